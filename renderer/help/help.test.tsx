/**
 * Help in the app: the shortcut sheet (F1, "?" outside text fields, the Help menu, the desktop menu's command),
 * the About dialog, and plain format names with the technical name on hover, on real parsed corpus files.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost, type Folder } from '../test-support/memoryHost';
import { FORMAT_LABELS, formatLabel, noPublicTableReason, versionText } from './formats';
import { isHelpKey } from './useHelpKeys';

const ROOT = '/home/user/docs';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});

async function start(files: Folder) {
  const host = createMemoryHost(ROOT, files);
  const user = userEvent.setup();
  render(<App api={host.api} />);
  await screen.findByRole('navigation', { name: 'Sources' });
  return { host, user };
}

const FILES: Folder = {
  'ko.html': corpusText('real', 'ko_3.9.4_html'),
  'ja.po': corpusText('real', 'ja_3.11_po'),
  'seed.txt': corpusText('seeds', '001_'),
};

describe('format and version wording', () => {
  it('names every format in plain words, and says why a catalog or reST source has no public rows', () => {
    expect(Object.values(FORMAT_LABELS)).not.toContain('browser-text');
    expect(formatLabel('sphinx-text-collapsed')).toBe('Sphinx text (newlines collapsed)');
    expect(formatLabel(null)).toBe('Unknown format');
    expect(noPublicTableReason('po')).toMatch(/generated/);
    expect(noPublicTableReason('rst')).toMatch(/directive/);
    expect(noPublicTableReason('html')).toBeNull();
  });

  it('always says where a version came from', () => {
    expect(versionText({ value: '3.12', source: 'metadata', confidence: 1, evidence: 'x' })).toBe('3.12 (from the page)');
    expect(versionText({ value: '3.12', source: 'path', confidence: 0.9, evidence: 'x' })).toBe('3.12 (from the path)');
    expect(versionText({ value: '3.9.7', source: 'inferred', confidence: 0.8, evidence: 'x' })).toBe('3.9.7 (inferred, 80%)');
    expect(versionText(null)).toBe('version unknown');
  });
});

describe('the help keys', () => {
  const key = (key: string, target: EventTarget | null = document.body) => ({ key, target, ctrlKey: false, metaKey: false, altKey: false });

  it('F1 anywhere, ? only outside text fields', () => {
    const search = document.createElement('input');
    search.type = 'search';
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isHelpKey(key('F1', search))).toBe(true);
    expect(isHelpKey(key('?'))).toBe(true);
    expect(isHelpKey(key('?', checkbox))).toBe(true);
    expect(isHelpKey(key('?', search))).toBe(false);
    expect(isHelpKey({ ...key('F1'), ctrlKey: true })).toBe(false);
  });
});

describe('help in the app', () => {
  it('F1 opens the shortcut sheet, Escape closes it and the focus goes back', async () => {
    const { user } = await start(FILES);
    const search = screen.getByRole('searchbox', { name: 'Search events and arguments' });
    await user.click(search);
    await user.keyboard('{F1}');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(sheet).getByText('Open the row’s details')).toBeTruthy();
    expect(within(sheet).getAllByText('Ctrl+F').length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(search);
  });

  it('"?" types into the search box but opens the sheet elsewhere', async () => {
    const { user } = await start(FILES);
    const search = screen.getByRole('searchbox', { name: 'Search events and arguments' });
    await user.click(search);
    await user.keyboard('?');
    expect((search as HTMLInputElement).value).toBe('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('the Help menu opens About: version, licence and where the data comes from', async () => {
    const { user } = await start(FILES);
    const helpButton = screen.getByRole('button', { name: 'Help' });
    await user.click(helpButton);
    expect(helpButton.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('menuitem', { name: 'About DocTable Explorer' }));
    const about = await screen.findByRole('dialog', { name: 'About DocTable Explorer' });
    expect(within(about).getByTestId('about-version').textContent).toBe('test (in the browser)');
    expect(within(about).getByText('MIT')).toBeTruthy();
    expect(within(about).getByRole('link', { name: 'library/audit_events' })).toBeTruthy();
    expect(within(about).getByRole('link', { name: 'PSF licence' })).toBeTruthy();
    await user.click(within(about).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(helpButton);
  });

  it('the Help menu works from the keyboard: ↓ opens on the first item, Escape closes', async () => {
    const { user } = await start(FILES);
    const helpButton = screen.getByRole('button', { name: 'Help' });
    helpButton.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^Keyboard shortcuts/));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('About DocTable Explorer');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(helpButton);
  });

  it('the desktop menu’s commands open the same dialogs', async () => {
    const { host } = await start(FILES);
    host.command('show-about');
    expect(await screen.findByRole('dialog', { name: 'About DocTable Explorer' })).toBeTruthy();
  });

  it('Sources shows plain format names with the technical one on hover, and explains a catalog’s 0 public', async () => {
    await start(FILES);
    const sources = screen.getByRole('navigation', { name: 'Sources' });
    const catalog = within(sources).getByRole('button', { name: /ja\.po/ });
    const format = within(catalog).getByText('Translation catalog (.po)');
    expect(format.getAttribute('title')).toBe('format: po');
    expect(catalog.textContent).toMatch(/0 public · \d+ internal \(no public table in this format\)/);
    const html = within(sources).getByRole('button', { name: /ko\.html/ });
    expect(within(html).getByText('Sphinx HTML').getAttribute('title')).toBe('format: html');
    expect(html.textContent).not.toMatch(/no public table/);
    const seed = within(sources).getByRole('button', { name: /seed\.txt/ });
    expect(within(seed).getByText('Text copied from a browser')).toBeTruthy();
    // Every file's version says where it came from.
    for (const entry of [catalog, html, seed]) expect(entry.textContent).toMatch(/\((from the page|from the path|inferred, \d+%)\)|version unknown/);
  });
});
