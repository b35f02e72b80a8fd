/**
 * The table view's explorer features on real corpus files through <App>: the by-event view, the column layout
 * (shown, order, width) kept across a reload and written to the CSV, and copying the selection.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost, type Folder, type MemoryHost } from '../test-support/memoryHost';

const SEED_PT_BR = '000_9493f53802cf7fa1.txt';
const SEED_JA = '001_6db4323bae0c00ec.txt';
const ROOT = '/home/user/docs';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
  window.localStorage.clear();
});

async function start(files: Folder): Promise<{ host: MemoryHost; user: UserEvent }> {
  const host = createMemoryHost(ROOT, files);
  const user = userEvent.setup();
  render(<App api={host.api} />);
  await screen.findByRole('navigation', { name: 'Sources' });
  return { host, user };
}

function bodyRows(gridName: string): string[][] {
  return within(screen.getByRole('grid', { name: gridName }))
    .getAllByRole('row')
    .filter((row) => row.classList.contains('grid-body-row'))
    .map((row) => within(row).getAllByRole('gridcell').map((cell) => cell.textContent ?? ''));
}

function headers(gridName: string): string[] {
  return within(screen.getByRole('grid', { name: gridName }))
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent?.replace(/[▲▼]\d*/g, '') ?? '');
}

const counts = () => screen.getByTestId('row-counts').textContent ?? '';
const parseCsv = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trimEnd(), { newline: '\r\n' }).data;

describe('by event', () => {
  it('shows each event once with the files that have it, counted as the parsed models say', async () => {
    const { host, user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_'), [SEED_JA]: corpusText('seeds', '001_') });
    const models = host.snapshot().files.map((file) => file.model!);
    const publicEvents = models.map((model) => new Set(model.tables.find((table) => table.kind === 'public')!.rows.map((row) => row.event)));
    const union = new Set(publicEvents.flatMap((events) => [...events]));
    const inBoth = [...union].filter((event) => publicEvents.every((events) => events.has(event)));

    await user.click(screen.getByRole('button', { name: 'By event' }));
    expect(counts()).toContain(`${union.size} of ${union.size} public events shown`);
    expect(screen.getByRole('tab', { name: /Public/ }).textContent).toContain(String(union.size));
    const rows = bodyRows('Audit events by event');
    expect(headers('Audit events by event').slice(0, 3)).toEqual(['Audit event', 'Arguments', 'In']);
    for (const row of rows) {
      const [event, , presence] = row;
      expect(presence).toBe(`${publicEvents.filter((events) => events.has(event!)).length} of 2`);
    }

    // Filters narrow the events the way they narrow the rows: an event shows when any file's row passes.
    await user.type(screen.getByRole('searchbox', { name: 'Search events and arguments' }), 'socket.');
    const socket = [...union].filter((event) => event.toLowerCase().includes('socket.'));
    expect(bodyRows('Audit events by event').map((row) => row[0]).sort()).toEqual(socket.sort());
    expect(inBoth.length).toBeGreaterThan(100);

    // Sorted by presence: events only one file has come first.
    await user.click(within(screen.getByRole('columnheader', { name: /^In/ })).getByRole('button'));
    const first = bodyRows('Audit events by event')[0]!;
    expect(first[2]).toBe(socket.every((event) => inBoth.includes(event)) ? '2 of 2' : '1 of 2');

    // Two sort keys show their priority.
    await user.keyboard('{Shift>}');
    await user.click(within(screen.getByRole('columnheader', { name: /^Audit event/ })).getByRole('button'));
    await user.keyboard('{/Shift}');
    expect(screen.getByRole('columnheader', { name: /^In/ }).textContent).toBe('In▲1');
    expect(screen.getByRole('columnheader', { name: /^Audit event/ }).textContent).toBe('Audit event▲2');
    // On the All tab the Table column tells public from internal.
    await user.click(screen.getByRole('tab', { name: /^All/ }));
    expect(headers('Audit events by event')).toContain('Table');
    await user.click(screen.getByRole('tab', { name: /^Public/ }));

    // The export writes the events shown, with the columns shown.
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    const [header, ...exported] = parseCsv(host.saved[0]!.csv);
    expect(header).toEqual(headers('Audit events by event'));
    expect(exported.map((row) => row[0])).toEqual(bodyRows('Audit events by event').map((row) => row[0]));
    expect(host.saved[0]!.name).toMatch(/^audit-events-all-files-public-by-event-q-socket\.csv$/);
  });
});

describe('columns', () => {
  it('hides, shows, reorders and resizes columns, keeps them across a reload and exports them', async () => {
    const files = { [SEED_PT_BR]: corpusText('seeds', '000_') };
    const first = await start(files);
    let user = first.user;
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Locale' }));
    await user.click(screen.getByRole('checkbox', { name: 'Version' }));
    await user.click(screen.getByRole('checkbox', { name: /^References$|^Referências$|References/ }));
    await user.click(screen.getByRole('button', { name: /Move Locale left/ }));
    expect(headers('Audit events')).toEqual(['Audit event', 'Arguments', 'Locale', 'Version']);

    const handle = screen.getByRole('separator', { name: 'Resize Audit event' });
    const before = Number(handle.getAttribute('aria-valuenow'));
    handle.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(Number(screen.getByRole('separator', { name: 'Resize Audit event' }).getAttribute('aria-valuenow'))).toBe(before + 32);

    cleanup();
    const second = await start(files);
    user = second.user;
    expect(headers('Audit events')).toEqual(['Audit event', 'Arguments', 'Locale', 'Version']);
    expect(Number(screen.getByRole('separator', { name: 'Resize Audit event' }).getAttribute('aria-valuenow'))).toBe(before + 32);
    const file = second.host.snapshot().files[0]!;

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(second.host.saved).toHaveLength(1));
    const [header, row] = parseCsv(second.host.saved[0]!.csv);
    expect(header).toEqual(['Audit event', 'Arguments', 'Locale', 'Version']);
    expect(row!.slice(2)).toEqual([file.locale ?? '', file.version?.value ?? '']);
  });
});

describe('copy', () => {
  it('copies the selected rows as TSV with headers (Shift+click, Ctrl+A) and a cell from the context menu', async () => {
    const { user } = await start({ [SEED_PT_BR]: corpusText('seeds', '000_') });
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const rows = () => within(grid).getAllByRole('row').filter((row) => row.classList.contains('grid-body-row'));
    await user.click(rows()[1]!);
    await user.keyboard('{Shift>}');
    await user.click(rows()[3]!);
    await user.keyboard('{/Shift}');
    expect(rows().filter((row) => row.getAttribute('aria-selected') === 'true')).toHaveLength(3);
    grid.focus();
    await user.keyboard('{Control>}c{/Control}');
    const shown = bodyRows('Audit events');
    const expected = [headers('Audit events'), ...shown.slice(1, 4)].map((cells) => cells.join('\t')).join('\n') + '\n';
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(expected));
    expect(document.querySelector('.status-message')?.textContent).toBe('Copied 3 rows as TSV.');

    await user.keyboard('{Control>}a{/Control}');
    expect(rows().every((row) => row.getAttribute('aria-selected') === 'true')).toBe(true);

    await user.pointer({ keys: '[MouseRight]', target: within(rows()[2]!).getAllByRole('gridcell')[0]! });
    const menu = screen.getByRole('menu', { name: 'Copy' });
    await user.click(within(menu).getByRole('menuitem', { name: 'Copy this cell' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(shown[2]![0]));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
