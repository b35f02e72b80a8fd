/**
 * The app on real data: corpus files parsed by the real parser, held by an in-memory host (test-support/memoryHost.ts)
 * that pushes changes the way the library does, shown by <App>.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceFile } from '../electron/shared/library-types';
import { App } from './App';
import { corpusText } from './test-support/corpus';
import { createMemoryHost, type Folder, type MemoryHost } from './test-support/memoryHost';

const SEED_PT_BR = '000_9493f53802cf7fa1.txt';
const SEED_JA = '001_6db4323bae0c00ec.txt';
const ZH_TW_HTML = 'zh-tw_3.12.4_html.html';
const KO_HTML = 'ko_3.9.4_html.html';

const ROOT = '/home/user/docs';

let host: MemoryHost | null = null;

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  host = null;
});

async function start(files: Folder, options: Parameters<typeof createMemoryHost>[2] = {}): Promise<{ host: MemoryHost; user: UserEvent }> {
  host = createMemoryHost(ROOT, files, options);
  const user = userEvent.setup();
  render(<App api={host.api} />);
  await screen.findByRole('navigation', { name: 'Sources' });
  return { host, user };
}

function fileNamed(name: string): SourceFile {
  const file = host!.snapshot().files.find((candidate) => candidate.name === name);
  if (!file) throw new Error(`${name} is not in the library`);
  return file;
}

async function chooseSource(user: UserEvent, name: string): Promise<void> {
  await user.click(within(screen.getByRole('navigation', { name: 'Sources' })).getByRole('button', { name: new RegExp(name.replace('.', '\\.')) }));
}

function tabCounts(): Record<string, number> {
  return Object.fromEntries(
    screen.getAllByRole('tab', { hidden: false }).filter((tab) => tab.closest('[aria-label="Event tables"]')).map((tab) => {
      const [label, count] = (tab.textContent ?? '').split(' ');
      return [label!, Number(count)];
    }),
  );
}

function counts(): string {
  return screen.getByTestId('row-counts').textContent ?? '';
}

/** The body rows in the DOM (the grid renders only those in view), as their cells' texts. */
function shownRows(): string[][] {
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  return within(grid)
    .getAllByRole('row')
    .filter((row) => row.classList.contains('grid-body-row'))
    .map((row) => within(row).getAllByRole('gridcell').map((cell) => cell.textContent ?? ''));
}

function search(): HTMLInputElement {
  return screen.getByRole('searchbox', { name: 'Search events and arguments' });
}

describe('the public / internal split on real files', () => {
  it('counts each tab per file as the corpus documents them', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_'), [SEED_JA]: corpusText('seeds', '001_') });
    await chooseSource(user, SEED_PT_BR);
    expect(tabCounts()).toEqual({ Public: 181, Internal: 8, All: 189 });
    expect(counts()).toContain('181 of 181 public events shown');
    expect(shownRows()[0]?.[0]).toBe('_thread.start_new_thread');

    await user.click(screen.getByRole('tab', { name: /Internal/ }));
    expect(counts()).toContain('8 of 8 internal events shown');
    const internal = shownRows().map((row) => row[0]);
    expect(internal).toHaveLength(8);
    expect(internal.filter((event) => event?.startsWith('_winapi.'))).toHaveLength(7);
    expect(internal).toContain('ctypes.PyObj_FromPtr');

    await chooseSource(user, SEED_JA);
    expect(tabCounts()).toEqual({ Public: 168, Internal: 8, All: 176 });
  });

  it('shows all files at once, each row tagged with its file', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_'), [SEED_JA]: corpusText('seeds', '001_') });
    await chooseSource(user, 'All files');
    expect(tabCounts()).toEqual({ Public: 181 + 168, Internal: 16, All: 189 + 176 });
    expect(screen.getByRole('columnheader', { name: /Source/ })).toBeTruthy();
    const sources = new Set(shownRows().map((row) => row[3]));
    expect([...sources].every((name) => name === SEED_PT_BR || name === SEED_JA)).toBe(true);
  });
});

describe('a file read with problems', () => {
  it('says what is wrong above its rows', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_'), 'truncated.txt': corpusText('seeds', '004_') });
    const truncated = fileNamed('truncated.txt');
    expect(truncated.status).toBe('warning');
    expect(screen.queryByRole('note')).toBeNull();
    await chooseSource(user, 'truncated.txt');
    expect(screen.getByRole('note').textContent).toBe(`⚠ ${truncated.message}`);
    await chooseSource(user, SEED_PT_BR);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('filtering', () => {
  it('searches event names and arguments, with shown/total counts', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_') });
    const model = fileNamed(SEED_PT_BR).model!;
    const publicRows = model.tables.find((table) => table.kind === 'public')!.rows;
    await user.type(search(), 'socket.');
    const expected = publicRows.filter((row) => `${row.event}\n${row.args.join(', ')}`.toLowerCase().includes('socket.'));
    expect(expected.length).toBeGreaterThan(3);
    expect(counts()).toContain(`${expected.length} of 181 public events shown`);
    expect(shownRows().map((row) => row[0])).toEqual(expected.map((row) => row.event));

    await user.clear(search());
    await user.type(search(), 'xyzzy');
    expect(screen.getByText('No events match ‘xyzzy’')).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(search().value).toBe('');
    expect(counts()).toContain('181 of 181');
  });

  it('filters per column, by module facet and by argument name, and the facets count under the other filters', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_') });
    const publicRows = fileNamed(SEED_PT_BR).model!.tables.find((table) => table.kind === 'public')!.rows;

    await user.type(screen.getByRole('searchbox', { name: 'Filter Arguments' }), 'fd');
    const withFd = publicRows.filter((row) => row.args.join(', ').toLowerCase().includes('fd'));
    expect(shownRows().map((row) => row[0])).toEqual(withFd.map((row) => row.event));
    await user.clear(screen.getByRole('searchbox', { name: 'Filter Arguments' }));

    const modules = screen.getByRole('group', { name: /Modules/ });
    const osBox = within(modules).getByRole('checkbox', { name: /^os\b/ });
    const osEvents = publicRows.filter((row) => row.event.startsWith('os.'));
    expect(osBox.closest('label')?.textContent).toBe(`os${osEvents.length}`);
    await user.click(osBox);
    expect(counts()).toContain(`${osEvents.length} of 181 public events shown`);
    expect(shownRows().every((row) => row[0]!.startsWith('os.'))).toBe(true);

    await user.type(screen.getByRole('combobox', { name: 'Argument' }), 'path');
    const osWithPath = osEvents.filter((row) => row.args.includes('path'));
    expect(osWithPath.length).toBeGreaterThan(3);
    expect(shownRows().map((row) => row[0])).toEqual(osWithPath.map((row) => row.event));
    // The module facet counts under the argument filter, ignoring its own choice.
    const shutil = publicRows.filter((row) => row.event.startsWith('shutil.') && row.args.includes('path'));
    expect(within(modules).getByRole('checkbox', { name: /^shutil\b/ }).closest('label')?.textContent).toBe(`shutil${shutil.length}`);
  });

  it('sorts by a column from its header, both ways', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_') });
    const events = fileNamed(SEED_PT_BR).model!.tables.find((table) => table.kind === 'public')!.rows.map((row) => row.event);
    const header = screen.getByRole('columnheader', { name: /Audit event/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = [...events].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
    expect(shownRows().map((row) => row[0])).toEqual(ascending.slice(0, shownRows().length));
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(shownRows()[0]?.[0]).toBe(ascending.at(-1));
  });

  it('keeps the filters across a reload of the page (URL hash / sessionStorage)', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_') });
    await chooseSource(user, SEED_PT_BR);
    await user.type(search(), 'os.');
    await user.click(screen.getByRole('tab', { name: /All/ }));
    const before = counts();
    cleanup();
    render(<App api={host!.api} />);
    await screen.findByRole('navigation', { name: 'Sources' });
    await waitFor(() => expect(counts()).toBe(before));
    expect(search().value).toBe('os.');
    expect(screen.getByRole('tab', { name: /All/ }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('export', () => {
  function parseCsv(csv: string): string[][] {
    return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  }

  it('exports exactly the rows and columns shown, in the order shown, with formula-looking cells neutralised', async () => {
    // A real Sphinx text build, with two argument cells changed to look like spreadsheet formulas.
    const text = corpusText('real', 'zh-cn_3.10.12_sphinx-text')
      .replace('| "typecode", "initializer"', '| "=SUM(A1)", "initializer"')
      .replace('| "id"   ', '| "+1"   ');
    expect(text).toContain('"=SUM(A1)"');
    const { host, user } = await start({ 'zh-cn/audit_events.txt': text });
    await user.type(search(), 'builtins');
    await user.click(within(screen.getByRole('columnheader', { name: /Audit event/ })).getByRole('button'));
    await user.click(within(screen.getByRole('columnheader', { name: /Audit event/ })).getByRole('button'));
    await user.click(screen.getByRole('checkbox', { name: 'BOM' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    const { name, csv } = host.saved[0]!;
    expect(name).toMatch(/^audit-events-zh-CN-3\.10.*-public-q-builtins\.csv$/);
    expect(csv.startsWith('\uFEFF')).toBe(false);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['Audit event', 'Arguments', 'References']);
    expect(rows.map((row) => row[0])).toEqual(shownRows().map((row) => row[0]));
    expect(rows.length).toBe(Number(counts().split(' ')[0]));
    expect(rows).toContainEqual(['builtins.id', "'+1", '[1]']);

    await user.clear(search());
    await user.type(search(), 'array');
    await user.keyboard('{Control>}e{/Control}');
    await waitFor(() => expect(host.saved).toHaveLength(2));
    expect(parseCsv(host.saved[1]!.csv)).toContainEqual(['array.__new__', "'=SUM(A1), initializer", '[1]']);
  });

  it('writes CJK headers and text with a BOM, readable back', async () => {
    const { host, user } = await start({ [ZH_TW_HTML]: corpusText('real', 'zh-tw_3.12.4_html') });
    await user.click(screen.getByRole('tab', { name: /Internal/ }));
    expect(screen.getByRole('checkbox', { name: 'BOM' })).toHaveProperty('checked', true);
    host.command('export-csv');
    await waitFor(() => expect(host.saved).toHaveLength(1));
    const { csv } = host.saved[0]!;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header?.[0]).toBe('稽核事件');
    expect(header).toEqual(screen.getAllByRole('columnheader').map((cell) => cell.textContent?.replace(/[▲▼]/g, '')));
    expect(rows.map((row) => row[0])).toEqual(shownRows().map((row) => row[0]));
    expect(rows.length).toBe(tabCounts().Internal);
  });
});

describe('row details and links', () => {
  it('opens with Enter, links references to docs.python.org for the file language and version, closes with Escape', async () => {
    const { host, user } = await start({ [KO_HTML]: corpusText('real', 'ko_3.9.4_html') });
    await user.type(search(), 'os.chdir');
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    act(() => grid.focus());
    await user.keyboard('{Enter}');
    const details = screen.getByRole('region', { name: 'os.chdir' });
    const links = within(details).getAllByRole('link').filter((link) => /^\[\d+\]$/.test(link.textContent ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^https:\/\/docs\.python\.org\/ko\/3\.9\/library\/os\.html#/);
    await user.click(links[0]!);
    expect(host.opened).toEqual([links[0]!.getAttribute('href')]);
    expect(within(details).getByRole('link', { name: KO_HTML }).getAttribute('href')).toMatch(/^file:\/\/\/.*ko_3\.9\.4_html\.html$/);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'os.chdir' })).toBeNull();
    expect(document.activeElement).toBe(grid);
  });

  it('links a reference to the page in the opened folder when the host finds it there', async () => {
    const { host, user } = await start({ [KO_HTML]: corpusText('real', 'ko_3.9.4_html') }, { pages: ['os.html'] });
    await user.type(search(), 'os.chdir');
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    act(() => grid.focus());
    await user.keyboard('{Enter}');
    const details = screen.getByRole('region', { name: 'os.chdir' });
    const refs = fileNamed(KO_HTML).model!.tables[0]!.rows.find((row) => row.event === 'os.chdir')!.refs;
    const target = refs[0]!.target!;
    const link = within(details).getByRole('link', { name: '[1]' });
    await waitFor(() => expect(link.getAttribute('href')).toBe(`file://${ROOT}/${target}`));
    expect(within(details).getAllByText('local page os.html')).toHaveLength(refs.length);
    await user.click(link);
    expect(host.opened).toEqual([`file://${ROOT}/${target}`]);
    // The grid itself keeps the docs.python.org link: only the details panel asks the host.
    const cellLink = within(grid).getAllByRole('link', { hidden: true }).find((candidate) => candidate.textContent === '[1]')!;
    expect(cellLink.getAttribute('href')).toMatch(/^https:\/\/docs\.python\.org\/ko\/3\.9\/library\/os\.html#/);
  });

  it('moves through rows with the keyboard', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_') });
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    act(() => grid.focus());
    const active = () => document.getElementById(grid.getAttribute('aria-activedescendant') ?? '')?.querySelector('[role="gridcell"]')?.textContent;
    expect(active()).toBe('_thread.start_new_thread');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toBe(shownRows()[2]?.[0]);
    await user.keyboard('{End}');
    expect(grid.getAttribute('aria-activedescendant')).toMatch(/-row-180$/);
    await user.keyboard('{Home}');
    expect(grid.getAttribute('aria-activedescendant')).toMatch(/-row-0$/);
    await user.keyboard('{PageDown}');
    expect(Number(grid.getAttribute('aria-activedescendant')?.match(/(\d+)$/)?.[1])).toBeGreaterThan(5);
  });
});

describe('keyboard shortcuts and menu commands', () => {
  it('focuses search, switches tabs, switches to the compare view', async () => {
    const { host, user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_'), [SEED_JA]: corpusText('seeds', '001_') });
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(search());
    await user.keyboard('{Control>}{Shift>}2{/Shift}{/Control}');
    expect(screen.getByRole('tab', { name: /Internal/ }).getAttribute('aria-selected')).toBe('true');
    const internalTab = screen.getByRole('tab', { name: /Internal/ });
    act(() => internalTab.focus());
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /All/ }).getAttribute('aria-selected')).toBe('true');
    act(() => host.command('tab-public'));
    expect(screen.getByRole('tab', { name: /Public/ }).getAttribute('aria-selected')).toBe('true');
    act(() => host.command('view-compare'));
    expect(await screen.findByRole('tablist', { name: 'Compare' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Compare' }).getAttribute('aria-pressed')).toBe('true');
    act(() => host.command('view-table'));
    expect(await screen.findByRole('grid', { name: 'Audit events' })).toBeTruthy();
  });

  it('reloads without losing the filters, and opens the path dialog from the menu', async () => {
    const { host, user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_') });
    await user.type(search(), 'socket.');
    const before = counts();
    const revision = host.snapshot().revision;
    act(() => host.command('reload'));
    await waitFor(() => expect(host.snapshot().revision).toBeGreaterThan(revision));
    await waitFor(() => expect(screen.getByRole('status', { name: '' }).textContent).not.toBe('Reloading…'));
    expect(search().value).toBe('socket.');
    expect(counts()).toBe(before);
    act(() => host.command('open-folder'));
    expect(await screen.findByRole('dialog', { name: 'Open folder' })).toBeTruthy();
    // The dialog owns the keyboard: menu commands wait until it closes.
    act(() => host.command('tab-internal'));
    expect(screen.getByRole('tab', { name: /Public/ }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('opening and live updates', () => {
  it('says what to do when nothing is open, and opens a typed path when the host has no native dialogs', async () => {
    const other = '/home/user/ja-docs';
    const { user } = await start({}, { folders: { [other]: { [SEED_JA]: corpusText('seeds', '001_') } } });
    expect(screen.getByText('No doc-table files are open.')).toBeTruthy();

    await user.click(screen.getAllByRole('button', { name: 'Open folder…' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Open folder' });
    const input = within(dialog).getByRole('combobox', { name: /Path of a folder/ });
    expect(document.activeElement).toBe(input);
    await user.type(input, 'no/such/folder');
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('paths must be absolute');

    await user.clear(input);
    await user.type(input, `${other}{Enter}`);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tabCounts()).toEqual({ Public: 168, Internal: 8, All: 176 });
    expect(screen.getByRole('button', { name: new RegExp(SEED_JA) })).toBeTruthy();
  });

  it('closes the open dialog with Escape', async () => {
    const { user } = await start({});
    await user.click(screen.getAllByRole('button', { name: 'Open folder…' })[0]!);
    await screen.findByRole('dialog', { name: 'Open folder' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('applies live changes to the files without losing filters or selection', async () => {
    const { host, user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_') });
    await user.type(search(), 'os.');
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    act(() => grid.focus());
    await user.keyboard('{ArrowDown}{Enter}');
    const selected = shownRows()[1]![0]!;
    expect(screen.getByRole('region', { name: selected })).toBeTruthy();
    const shownCount = () => Number(counts().split(' ')[0]);
    const before = shownCount();

    // Another file appears in the folder, then the first one changes on disk.
    act(() => host.write('ja/' + SEED_JA, corpusText('seeds', '001_')));
    await waitFor(() => expect(counts()).toContain('2 files'));
    expect(screen.getByRole('button', { name: new RegExp(SEED_JA) })).toBeTruthy();
    expect(search().value).toBe('os.');
    expect(screen.getByRole('region', { name: selected })).toBeTruthy();
    const withJa = shownCount();
    expect(withJa).toBeGreaterThan(before);

    const original = corpusText('seeds', '000_');
    const withoutSystem = original.replace(/^os\.system\n\ncommand\n\n\[1\]\n\n/m, '');
    expect(withoutSystem.length).toBeLessThan(original.length);
    expect(selected).not.toBe('os.system');
    act(() => host.write(SEED_PT_BR, withoutSystem));
    await waitFor(() => expect(shownCount()).toBe(withJa - 1));
    expect(screen.getByRole('region', { name: selected })).toBeTruthy();
    expect(search().value).toBe('os.');
  });
});
