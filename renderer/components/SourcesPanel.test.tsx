/**
 * The Sources panel on real data: corpus files and other pages of a docs build, parsed by the real parser and held
 * by the in-memory host, shown by <App>: skipped files, a load's progress, and encodings other than UTF-8.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '../../electron/shared/library-types';
import { App } from '../App';
import { CORPUS_DIR, corpusText } from '../test-support/corpus';
import { makeFile, makeSnapshot } from '../test-support/fixtures';
import { createMemoryHost, type Folder } from '../test-support/memoryHost';
import { SourcesPanel } from './SourcesPanel';

const ROOT = '/home/user/docs';
const TREE = join(CORPUS_DIR, 'trees', 'en_3.12.1_html-build-sample_MegaPlayerXD-python-documentation-html');
/** A page of a docs build that the parser refuses today (no table at all). */
const OTHER_PAGE = 'library/secrets.html';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});

function folder(): Folder {
  return {
    'pt-BR.txt': corpusText('seeds', '000_'),
    [OTHER_PAGE]: readFileSync(join(TREE, OTHER_PAGE), 'utf8'),
    'notes.md': '# Shopping list\n\n- eggs\n',
  };
}

const sources = () => screen.getByRole('navigation', { name: 'Sources' });
const statusBar = () => screen.getByRole('status', { name: '' });

describe('SourcesPanel', () => {
  it('says how many other files were skipped, and lists them with the reason and the detail on demand', async () => {
    const host = createMemoryHost(ROOT, folder());
    const user = userEvent.setup();
    render(<App api={host.api} />);
    await within(await screen.findByRole('navigation', { name: 'Sources' })).findByText('pt-BR.txt');

    expect(within(sources()).queryByText(OTHER_PAGE)).toBeNull();
    const summary = within(sources()).getByText('2 other files skipped');
    expect(within(sources()).queryByRole('list', { name: 'Skipped files' })).toBeNull();

    await user.click(summary);
    const list = within(sources()).getByRole('list', { name: 'Skipped files' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.skipped-name')?.textContent)).toEqual([OTHER_PAGE, 'notes.md']);
    const skipped = host.snapshot().skipped.files;
    for (const [index, item] of items.entries()) {
      expect(within(item).getByText('not the audit events page')).toBeTruthy();
      expect(item.querySelector('.skipped-detail')?.textContent).toBe(skipped[index]!.detail);
      expect(item.getAttribute('title')).toContain(skipped[index]!.detail);
    }

    // A skipped file that turns into the page: listed among the sources, out of the skipped ones.
    act(() => host.write('notes.md', corpusText('seeds', '001_')));
    await within(sources()).findByText('notes.md');
    expect(within(sources()).getByText('1 other file skipped')).toBeTruthy();
  });

  it('shows a load in progress ("Reading 120 of 610…") instead of a bare "Opening…", until it ends', async () => {
    const host = createMemoryHost(ROOT, folder());
    const user = userEvent.setup();
    render(<App api={host.api} />);
    await within(await screen.findByRole('navigation', { name: 'Sources' })).findByText('pt-BR.txt');

    const release = host.holdOpens();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(statusBar().textContent).toBe('Reloading…'));

    act(() => host.progress({ done: 0, total: 610 }));
    await waitFor(() => expect(statusBar().textContent).toBe('Reading 0 of 610…'));
    act(() => host.progress({ done: 120, total: 610 }));
    await waitFor(() => expect(statusBar().textContent).toBe('Reading 120 of 610…'));
    const progress = within(sources()).getByRole('progressbar', { name: 'Reading 120 of 610…' });
    expect(progress.getAttribute('value')).toBe('120');
    expect(progress.getAttribute('max')).toBe('610');
    // The files of before stay on show while the load goes on.
    expect(within(sources()).getByText('pt-BR.txt')).toBeTruthy();

    act(() => host.progress({ done: 610, total: 610 }));
    await act(async () => release());
    await waitFor(() => expect(statusBar().textContent).not.toMatch(/Reading|Reloading/));
    expect(within(sources()).queryByRole('progressbar')).toBeNull();
  });

  it('marks a file decoded from another encoding than UTF-8 with a badge', () => {
    const shiftJis = { ...makeFile({ id: '0:ja.html', locale: 'ja' }), encoding: 'shift_jis' };
    const utf8 = makeFile({ id: '0:en.html' });
    render(<SourcesPanel snapshot={makeSnapshot([utf8, shiftJis])} source="" onSelect={() => undefined} />);
    const entry = (name: string) => screen.getByRole('button', { name: new RegExp(name.replace('.', '\\.')) });
    expect(within(entry('ja.html')).getByText('Shift_JIS')).toBeTruthy();
    expect(entry('en.html').querySelector('.encoding-badge')).toBeNull();
    expect(screen.queryByText(/other files? skipped/)).toBeNull();
  });

  it('says what the app is for and that the files shown are bundled samples', () => {
    const snapshot = (samples: boolean): LibrarySnapshot => makeSnapshot([makeFile({ id: '0:en.html' })], { roots: [], samples });
    const { rerender } = render(<SourcesPanel snapshot={snapshot(true)} source="" onSelect={() => undefined} />);
    const badge = screen.getByText('Samples');
    expect(badge.getAttribute('title')).toMatch(/^DocTable Explorer reads renditions of CPython’s “Audit events table” page .* to filter, compare and export them\.$/);
    expect(screen.getByText(/^Bundled samples: .* shipped with DocTable Explorer to try it on\. Open folder… to read your own\.$/)).toBeTruthy();

    rerender(<SourcesPanel snapshot={snapshot(false)} source="" onSelect={() => undefined} />);
    expect(screen.queryByText('Samples')).toBeNull();
    expect(screen.queryByText(/Bundled samples/)).toBeNull();
  });

  it('keeps a nested file name whole: the folders are the part a narrow sidebar cuts', () => {
    const nested = makeFile({ id: '0:en_3.12.1_html-build/library/audit_events.html' });
    const flat = makeFile({ id: '0:pt-BR.txt' });
    render(<SourcesPanel snapshot={makeSnapshot([nested, flat])} source="" onSelect={() => undefined} />);
    // Screen readers (the button's name) get the whole path once, not its two halves as well.
    const entry = screen.getByRole('button', { name: /^OK en_3\.12\.1_html-build\/library\/audit_events\.html en · / });
    expect(entry.querySelector('.source-dir')?.textContent).toBe('en_3.12.1_html-build/library/');
    expect(entry.querySelector('.source-base')?.textContent).toBe('audit_events.html');
    expect(entry.querySelector('.source-dir')?.getAttribute('aria-hidden')).toBe('true');
    expect(entry.querySelector('.source-base')?.getAttribute('aria-hidden')).toBe('true');
    // A name without folders is one piece, as before.
    const plain = screen.getByRole('button', { name: /^OK pt-BR\.txt en · / });
    expect(plain.querySelector('.source-dir')).toBeNull();
    expect(within(plain).getByText('pt-BR.txt').className).toBe('source-name');
  });
});
