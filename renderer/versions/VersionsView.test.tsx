import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportFileKind } from '../../electron/shared/export-files';
import type { SourceFile } from '../../electron/shared/library-types';
import type { ViewExport } from '../compare/types';
import { corpusFile, readCorpusText } from '../compare/test-support/corpus';
import type { Split } from '../state/split';
import { makeFile } from '../test-support/fixtures';
import type { VersionsViewProps } from './types';
import { VersionsView } from './VersionsView';

afterEach(cleanup);

/** A truth build's events (truth/builds/<label>.json in the corpus). */
function buildEvents(label: string): { event: string; args: string[]; internal: boolean }[] {
  const { events } = JSON.parse(readCorpusText(`truth/builds/${label}`)) as { events: { event: string; args: string[]; internal: boolean }[] };
  return events.map(({ event, args, internal }) => ({ event, args, internal }));
}

interface Saved {
  name: string;
  text: string;
  kind: ExportFileKind;
  count: number;
}

function renderView(files: readonly SourceFile[], props: { query?: string; split?: Split } = {}) {
  let getExport: (() => ViewExport | null) | null = null;
  const saved: Saved[] = [];
  const base: VersionsViewProps = {
    files,
    query: props.query ?? '',
    split: props.split ?? 'all',
    bom: false,
    registerExport: (next) => {
      getExport = next;
    },
    save: (name, text, kind, count) => saved.push({ name, text, kind, count }),
  };
  const view = render(<VersionsView {...base} />);
  return { saved, exported: () => (getExport ? getExport() : null), rerender: (next: Partial<VersionsViewProps>) => view.rerender(<VersionsView {...base} {...next} />) };
}

const grid = () => screen.getByRole('grid', { name: 'Audit events by version' });
const headers = () => within(grid()).getAllByRole('columnheader').map((header) => header.textContent ?? '');
const bodyRows = () => within(grid()).getAllByRole('row').slice(1);
const row = (event: string) => bodyRows().find((candidate) => within(candidate).getByRole('rowheader').textContent?.startsWith(event))!;
/** Version column label → the cell's title (what it says in words). */
function cellTitles(event: string): Map<string, string> {
  const labels = headers();
  const cells = within(row(event)).getAllByRole('gridcell');
  return new Map(cells.map((cell, i) => [labels[i + 1]!, cell.querySelector('.versions-cell')?.getAttribute('title') ?? cell.textContent ?? '']));
}
const choose = (label: string, optionText: string) => {
  const select = screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
  const option = [...select.options].find((candidate) => candidate.text === optionText);
  if (!option) throw new Error(`${label}: no option ${optionText}`);
  fireEvent.change(select, { target: { value: option.value } });
};

describe('VersionsView: events by version', () => {
  it('has a column per bundled build in version order, with an open file beside the build of its version', () => {
    renderView([corpusFile('real/zh-tw_3.12.4_html_')]);
    const labels = headers();
    expect(labels.slice(0, 3)).toEqual(['Audit event', 'Added', 'Removed']);
    expect(labels.at(-1)).toBe('Arguments changed in');
    const versions = labels.slice(3, -1);
    expect(versions).toHaveLength(22);
    expect(versions.slice(0, 3)).toEqual(['3.8.0', '3.8.3', '3.8.7+']);
    expect(versions.indexOf('zh-TW 3.12.4file')).toBe(versions.indexOf('3.12.4') + 1);
    expect(versions.at(-1)).toBe('3.16.0a0');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Files as columns' }));
    expect(headers().filter((label) => label.endsWith('file'))).toEqual([]);
    expect(headers()).toHaveLength(3 + 21 + 1);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Files as columns' }));
    // Only open's known quirk differs from the 3.12.4 build: the file does not count as disagreeing.
    expect(screen.queryByText(/disagrees with 3\.12\.4 in/)).toBeNull();
    expect(headers().find((label) => label.startsWith('zh-TW'))).toBe('zh-TW 3.12.4file');
  });

  it('filters: present in a version and a module; the cells say added, listed, absent', () => {
    renderView([]);
    choose('Present in', '3.13.0rc2');
    choose('Module', 'time');
    expect(bodyRows()).toHaveLength(1);
    expect(screen.getByText(/^1 of \d+ events shown$/)).toBeTruthy();
    const cells = cellTitles('time.sleep');
    expect(cells.get('3.12.4')).toBe('3.12.4: not listed');
    expect(cells.get('3.13.0rc2')).toBe('3.13.0rc2: added (secs)');
    expect(cells.get('3.14.0a0')).toBe('3.14.0a0: listed (secs)');
    expect(within(row('time.sleep')).getAllByRole('gridcell')[0]!.textContent).toBe('3.13.0rc2');
  });

  it('filters: added since a version, changed between two, the app-wide table tab and search', () => {
    const view = renderView([]);
    choose('Added since', '3.14.0a0');
    expect(bodyRows().map((entry) => within(entry).getByRole('rowheader').textContent)).toEqual([
      '_posixsubprocess.fork_exec',
      'cpython.PyConfig_Set',
      'cpython.remote_debugger_script',
      'ctypes.memoryview_at',
      'os._clearenv',
      'sys.monitoring.register_callback',
      'sys.remote_exec',
      'winreg.DeleteTree',
    ]);
    view.rerender({ split: 'internal' });
    expect(bodyRows()).toHaveLength(1);
    view.rerender({ split: 'all' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    choose('Changed between', '3.12.2');
    choose('and', '3.12.4');
    expect(bodyRows().map((entry) => within(entry).getByRole('rowheader').textContent)).toEqual(['ctypes.string_at', 'ctypes.wstring_at']);
    expect(within(row('ctypes.string_at')).getAllByRole('gridcell').at(-1)!.textContent).toBe('3.12.3: address, size → ptr, size');
    view.rerender({ query: 'wstring' });
    expect(bodyRows()).toHaveLength(1);
  });

  it('a selected event shows its history in words; open shows the known quirk', () => {
    renderView([], { query: 'string_at' });
    fireEvent.click(row('ctypes.string_at'));
    const details = screen.getByRole('region', { name: 'History of ctypes.string_at' });
    expect(details.textContent).toContain('Added in 3.8.3');
    expect(details.textContent).toContain('Arguments changed in 3.12.3: address, size → ptr, size');
    cleanup();

    renderView([], { query: 'open' });
    choose('Module', '(none)');
    expect(within(row('open')).getByRole('rowheader').textContent).toContain('⚠');
    expect(cellTitles('open').get('3.13.0rc2')).toMatch(/other arguments than 3\.12\.4 \(file, mode, flags → path, mode, flags\); a known quirk/);
    fireEvent.click(row('open'));
    expect(screen.getByRole('note').textContent).toMatch(/Known quirk: the directives documenting open carry different argument lists/);
  });

  it('marks a file that disagrees with the build of its version', () => {
    const file = makeFile({
      id: '0:partial.html',
      path: '/docs/partial.html',
      locale: 'en',
      version: '3.13.0rc2',
      public: [
        ['time.sleep', ['seconds']],
        ['made.up', []],
      ],
    });
    renderView([file], { query: 'time.sleep' });
    const badge = headers().find((label) => label.startsWith('en 3.13.0rc2'));
    expect(badge).toMatch(/^en 3\.13\.0rc2file ≠\d+$/);
    expect(screen.getByText(/en 3\.13\.0rc2 disagrees with 3\.13\.0rc2 in \d+/)).toBeTruthy();
    const cell = within(row('time.sleep')).getAllByRole('gridcell')[headers().indexOf(badge!) - 1]!;
    expect(cell.querySelector('.is-mismatch')?.getAttribute('title')).toBe('en 3.13.0rc2 (file): other arguments than 3.13.0rc2 (secs → seconds)');
  });

  it.each(['json', 'python', 'csv'] as const)('exports the shown events as %s, matching the truth build', (kind) => {
    const view = renderView([]);
    choose('Present in', '3.13.0rc2');
    fireEvent.click(within(screen.getByRole('group', { name: 'Export the shown events' })).getByRole('button', { name: kind === 'python' ? 'Python' : kind.toUpperCase() }));
    expect(view.saved).toHaveLength(1);
    const [saved] = view.saved;
    expect(saved).toMatchObject({ name: 'audit-events-3.13.0rc2', kind, count: 186 });
    const truth = buildEvents('3.13.0rc2_sources-kisaragi-zh-tw');
    if (kind === 'json') {
      const events = JSON.parse(saved!.text) as Array<{ event: string; args: string[]; internal: boolean }>;
      expect(events.map(({ event, args, internal }) => ({ event, args, internal }))).toEqual(truth.sort((a, b) => (a.event < b.event ? -1 : 1)));
    } else if (kind === 'python') {
      expect(saved!.text).toContain('Shown: 186 events, present in 3.13.0rc2.');
      expect(saved!.text).toContain('"time.sleep": ("secs",),');
      expect(saved!.text).toMatch(/^# os\.truncate: .*different argument lists/m);
    } else {
      expect(saved!.text.split('\r\n')[0]).toBe('event,arguments,table,added,removed,note');
      expect(saved!.text).toContain('\r\ntime.sleep,secs,public,3.13.0rc2,,\r\n');
    }
    expect(view.exported()).toMatchObject({ suggestedName: 'audit-events-3.13.0rc2.csv' });
    expect(view.exported()!.rows).toHaveLength(186);
  });
});

describe('VersionsView: diff two versions', () => {
  it('3.12.4 → 3.13.0rc2: added, removed and changed with counts, the quirk said, and exports', () => {
    const view = renderView([corpusFile('real/zh-tw_3.12.4_html_')]);
    fireEvent.click(screen.getByRole('tab', { name: 'Diff two versions' }));
    choose('From (A)', '3.12.4');
    choose('To (B)', '3.13.0rc2');
    expect(screen.getByText('3.12.4 → 3.13.0rc2: 1 added, 4 removed, 1 changed')).toBeTruthy();
    const list = (name: RegExp) => within(screen.getByRole('region', { name })).getAllByRole('listitem').map((item) => item.textContent);
    expect(list(/^Added/)).toEqual(['+ time.sleep(secs)']);
    expect(list(/^Removed/)).toEqual([
      '− nntplib.connect(self, host, port)',
      '− nntplib.putline(self, line)',
      '− telnetlib.Telnet.open(self, host, port)',
      '− telnetlib.Telnet.write(self, buffer)',
    ]);
    expect(list(/^Changed/)[0]).toMatch(/^~ open\(file, mode, flags\) → \(path, mode, flags\) ⚠ open: its directives/);

    fireEvent.click(screen.getByRole('button', { name: 'Diff JSON' }));
    const json = JSON.parse(view.saved[0]!.text);
    expect(json).toMatchObject({ from: '3.12.4', to: '3.13.0rc2', added: [{ event: 'time.sleep', args: ['secs'] }] });
    expect(view.saved[0]).toMatchObject({ name: 'audit-events-diff-3.12.4-3.13.0rc2', kind: 'json', count: 6 });
    expect(view.exported()!.rows.map((entry) => `${entry[0]} ${entry[1]}`)).toEqual([
      'added time.sleep',
      'removed nntplib.connect',
      'removed nntplib.putline',
      'removed telnetlib.Telnet.open',
      'removed telnetlib.Telnet.write',
      'changed open',
    ]);

    // The app-wide tabs and search narrow the diff.
    view.rerender({ split: 'internal' });
    expect(screen.getByText('3.12.4 → 3.13.0rc2: 0 added, 0 removed, 0 changed (internal events)')).toBeTruthy();
    view.rerender({ split: 'all', query: 'telnet' });
    expect(screen.getByText('3.12.4 → 3.13.0rc2: 0 added, 2 removed, 0 changed (matching “telnet”)')).toBeTruthy();
    view.rerender({ split: 'all', query: '' });

    // A file against a build: the open file of 3.12.4 differs from its build only in open's quirk.
    choose('From (A)', 'zh-TW 3.12.4 (file)');
    choose('To (B)', '3.12.4');
    expect(screen.getByText('zh-TW 3.12.4 → 3.12.4: 0 added, 0 removed, 1 changed')).toBeTruthy();
  });

  it('a build against a gettext catalog: the public table is said to be not compared, on the All and Public tabs only', () => {
    const view = renderView([corpusFile('real/fr_3.13_po_')]);
    fireEvent.click(screen.getByRole('tab', { name: 'Diff two versions' }));
    choose('From (A)', '3.13.0rc2');
    choose('To (B)', 'fr 3.13 (file)');
    expect(screen.getByText('3.13.0rc2 → fr 3.13: 0 added, 0 removed, 0 changed')).toBeTruthy();
    expect(screen.getByText('public table not compared: fr 3.13 has none')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Diff JSON' }));
    expect(JSON.parse(view.saved[0]!.text).notes).toEqual(['public table not compared: fr 3.13 has none']);
    view.rerender({ split: 'internal' });
    expect(screen.queryByText(/table not compared/)).toBeNull();
    view.rerender({ split: 'public' });
    expect(screen.getByText('public table not compared: fr 3.13 has none')).toBeTruthy();
  });
});
