/**
 * The browser host's open-folder dialog in the app, against the in-memory host (real parsed files; it refuses to
 * list outside home and the open folder as the real hosts do): completion, browsing, recent folders, and the
 * question before a path that does not exist replaces the library.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost } from '../test-support/memoryHost';
import { completionQuery, completions } from './completion';
import { RECENT_FOLDERS_KEY, loadRecentFolders, rememberRecentFolder } from './recentFolders';

const HOME = '/home/user';
const OPEN = `${HOME}/docs`;
const OTHER = `${HOME}/cpython/Doc/build`;

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  window.localStorage.clear();
});

async function start() {
  const host = createMemoryHost(
    OPEN,
    { 'ko.html': corpusText('real', 'ko_3.9.4_html') },
    { home: HOME, folders: { [OTHER]: { 'ja.txt': corpusText('seeds', '001_') }, [`${HOME}/cpython/Lib`]: {} } },
  );
  const user = userEvent.setup();
  render(<App api={host.api} />);
  await screen.findByRole('navigation', { name: 'Sources' });
  await user.click(screen.getByRole('button', { name: 'Open folder…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Open folder' });
  const input = within(dialog).getByRole('combobox', { name: 'Path of a folder on this machine' }) as HTMLInputElement;
  return { host, user, dialog, input };
}

describe('completion', () => {
  it('asks about the folder typed so far and offers the sub-folders that fit', () => {
    expect(completionQuery('/home/user/cp')).toEqual({ folder: '/home/user/', prefix: 'cp' });
    expect(completionQuery('/')).toEqual({ folder: '/', prefix: '' });
    expect(completionQuery('~')).toEqual({ folder: '~', prefix: '' });
    expect(completionQuery('docs')).toBeNull();
    const query = completionQuery('/srv/Do')!;
    expect(completions('/srv/Do', query, ['Doc', 'docs', 'Lib', 'Do'])).toEqual(['/srv/Doc', '/srv/docs']);
  });
});

describe('recent folders', () => {
  it('keeps the newest first, without repeats, at most eight, and survives a damaged entry', () => {
    for (let i = 0; i < 10; i++) rememberRecentFolder(window.localStorage, `/f${i}`);
    rememberRecentFolder(window.localStorage, '/f5');
    const recent = loadRecentFolders(window.localStorage);
    expect(recent[0]).toBe('/f5');
    expect(recent).toHaveLength(8);
    expect(new Set(recent).size).toBe(8);
    window.localStorage.setItem(RECENT_FOLDERS_KEY, '{not json');
    expect(loadRecentFolders(window.localStorage)).toEqual([]);
  });
});

describe('the open-folder dialog', () => {
  it('completes a typed path from the host’s listing; ↓ and Enter take a suggestion', async () => {
    const { user, dialog, input } = await start();
    await user.type(input, `${HOME}/cp`);
    const listbox = within(dialog).getByRole('listbox', { name: 'Matching folders' });
    await waitFor(() => expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([`${HOME}/cpython`]));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(within(listbox).getByRole('option').id);
    await user.keyboard('{Enter}');
    expect(input.value).toBe(`${HOME}/cpython/`);
    await waitFor(() => expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([`${HOME}/cpython/Doc`, `${HOME}/cpython/Lib`]));
    // The dialog is still open: Enter took the suggestion, it did not open anything.
    expect(screen.getByRole('dialog', { name: 'Open folder' })).toBe(dialog);
  });

  it('offers nothing outside what the host may list', async () => {
    const { user, dialog, input } = await start();
    await user.type(input, `${HOME}/`);
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    await user.clear(input);
    await user.type(input, '/etc/');
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('false'));
    expect(within(dialog).queryAllByRole('option')).toHaveLength(0);
  });

  it('browses from home into a folder and opens it; the folder is remembered as recent', async () => {
    const { host, user, dialog, input } = await start();
    const browser = within(dialog).getByRole('region', { name: 'Browse folders' });
    await waitFor(() => expect(within(browser).getByTestId('browsed-folder').textContent).toBe(HOME));
    expect(within(browser).getByRole('button', { name: 'Up one folder' })).toHaveProperty('disabled', true);
    await user.click(within(browser).getByRole('button', { name: /cpython/ }));
    await waitFor(() => expect(within(browser).getByTestId('browsed-folder').textContent).toBe(`${HOME}/cpython`));
    await user.click(within(browser).getByRole('button', { name: /Doc/ }));
    await user.click(await within(browser).findByRole('button', { name: /build/ }));
    expect(input.value).toBe(OTHER);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.snapshot().roots).toEqual([OTHER]);
    expect(loadRecentFolders(window.localStorage)).toEqual([OTHER]);

    await user.click(screen.getByRole('button', { name: 'Open folder…' }));
    const again = await screen.findByRole('dialog', { name: 'Open folder' });
    expect(within(again).getByRole('group', { name: 'Recent folders' }).textContent).toContain('build');
    // The folder now open is a place of its own.
    await waitFor(() => expect(within(again).getByRole('group', { name: 'Places' }).textContent).toContain('Open: build'));
  });

  it('the sub-folder list is one Tab stop with arrow keys inside', async () => {
    const { user, dialog } = await start();
    const browser = within(dialog).getByRole('region', { name: 'Browse folders' });
    await user.click(await within(browser).findByRole('button', { name: /cpython/ }));
    const list = await within(browser).findByRole('list', { name: `Folders in ${HOME}/cpython` });
    const entries = within(list).getAllByRole('button');
    expect(entries.map((entry) => entry.tabIndex)).toEqual([0, -1]);
    entries[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toMatch(/Lib\/?$/);
  });

  it('asks before a path that does not exist replaces the library: keep, then watch', async () => {
    const { host, user, dialog, input } = await start();
    const typo = `${HOME}/cpyhton`;
    await user.type(input, typo);
    await user.keyboard('{Enter}');
    const question = await within(dialog).findByRole('alert');
    expect(question.textContent).toBe(`${typo} does not exist. Watch for it to appear, or keep the current folder?`);
    const keep = within(dialog).getByRole('button', { name: 'Keep the current folder' });
    expect(document.activeElement).toBe(keep);
    await user.click(keep);
    expect(host.snapshot().roots).toEqual([OPEN]);
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(input.value).toBe(typo);

    await user.keyboard('{Enter}');
    await user.click(await within(dialog).findByRole('button', { name: 'Watch for it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.snapshot().roots).toEqual([typo]);
    expect(host.snapshot().problems[0]).toMatch(/watching for it to appear/);
  });

  it('opens a path outside what may be listed without asking (the host decides there)', async () => {
    const { host, user, input } = await start();
    await user.type(input, '/srv/elsewhere{Enter}');
    await waitFor(() => expect(host.snapshot().roots).toEqual(['/srv/elsewhere']));
  });
});
