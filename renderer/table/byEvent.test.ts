import { describe, expect, it } from 'vitest';
import { makeFile } from '../test-support/fixtures';
import { buildEventTable, eventCellText, eventSources, filterEvents, sortedGroups, STATUS } from './byEvent';
import { EMPTY_FILTERS, filterRows } from './filters';
import { ALL_SOURCES, buildRowSet } from './rows';

const en = makeFile({
  id: '0:en/audit.html',
  locale: 'en',
  version: '3.12',
  public: [['os.open', ['path', 'mode']], ['socket.connect', ['self', 'address']], ['os.chdir', ['path']]],
  internal: [['_winapi.CreateFile', ['file_name']]],
});
const ja = makeFile({
  id: '1:ja/audit.html',
  locale: 'ja',
  version: '3.12',
  public: [['os.open', ['path', 'mode']], ['os.chdir', ['fd']]],
});
const fr = makeFile({
  id: '2:fr/audit.html',
  locale: 'fr',
  version: '3.12',
  public: [['os.open', ['path', 'mode']], ['os.chdir', ['path']], ['socket.connect', ['self', 'address']]],
});

describe('buildEventTable', () => {
  const set = buildRowSet([en, ja, fr], ALL_SOURCES);
  const table = buildEventTable(set);
  const group = (event: string) => table.groups.find((candidate) => candidate.event === event)!;

  it('has one group per event and table kind, a column per file, and the sources each is in', () => {
    expect(table.sources.map((source) => source.label)).toEqual(['en/audit.html', 'ja/audit.html', 'fr/audit.html']);
    expect(table.groups.map((g) => `${g.kind}:${g.event}`)).toEqual(['public:os.open', 'public:socket.connect', 'public:os.chdir', 'internal:_winapi.CreateFile']);
    expect(group('os.open').presentIn).toBe(3);
    expect([...group('socket.connect').statuses]).toEqual([STATUS.present, STATUS.absent, STATUS.present]);
    expect(table.totals).toEqual({ public: 3, internal: 1 });
  });

  it('marks the arguments that differ from what most sources give', () => {
    const chdir = group('os.chdir');
    expect(chdir.argsText).toBe('path');
    expect([...chdir.statuses]).toEqual([STATUS.present, STATUS.differs, STATUS.present]);
    const position = table.groups.indexOf(chdir);
    expect(eventCellText(table, position, 'src:1:ja/audit.html')).toBe('arguments differ: fd');
    expect(eventCellText(table, position, 'presence')).toBe('3 of 3');
  });

  it('shows the events with a row passing the filters, per tab, in the chosen order', () => {
    const rows = filterRows(set, null, { ...EMPTY_FILTERS, split: 'all' });
    const events = (split: 'public' | 'internal' | 'all', order: Int32Array | null, shown = rows) =>
      [...filterEvents(table, order, shown.indices, split).groups].map((g) => table.groups[g]!.event);
    expect(events('public', null)).toEqual(['os.open', 'socket.connect', 'os.chdir']);
    // An event shows when any of its rows passes: os.chdir by its "fd" in the ja file alone.
    expect(events('all', null, filterRows(set, null, { ...EMPTY_FILTERS, split: 'all', argument: 'fd' }))).toEqual(['os.chdir']);
    expect(events('all', sortedGroups(table, [{ id: 'event', desc: false }]))).toEqual(['_winapi.CreateFile', 'os.chdir', 'os.open', 'socket.connect']);
    expect(events('public', sortedGroups(table, [{ id: 'presence', desc: false }, { id: 'event', desc: true }]))).toEqual([
      'socket.connect',
      'os.open',
      'os.chdir',
    ]);
    expect(filterEvents(table, null, rows.indices, 'public').splitCounts).toEqual({ public: 3, internal: 1, all: 4 });
  });
});

describe('facets of the by-event view', () => {
  const set = buildRowSet([en, ja, fr], ALL_SOURCES);
  const table = buildEventTable(set);
  const count = (facets: readonly { value: string; count: number }[], value: string) => facets.find((facet) => facet.value === value)?.count;

  it('count each event once (not the file rows standing for it), on the chosen tab only', () => {
    const byEvent = filterRows(set, null, { ...EMPTY_FILTERS, split: 'public' }, { groupOfRow: table.groupOfRow, groupCount: table.groups.length });
    // os: os.open and os.chdir (6 rows in 3 files); socket: socket.connect (2 rows); _winapi is internal.
    expect(count(byEvent.modules, 'os')).toBe(2);
    expect(count(byEvent.modules, 'socket')).toBe(1);
    expect(count(byEvent.modules, '_winapi')).toBe(0);
    // path: os.open and os.chdir; fd: os.chdir (in ja only).
    expect(count(byEvent.argumentNames, 'path')).toBe(2);
    expect(count(byEvent.argumentNames, 'fd')).toBe(1);
    // The rows of every tab still pass (the tab applies to the events).
    expect(byEvent.indices.length).toBe(set.rows.length);
    const internal = filterRows(set, null, { ...EMPTY_FILTERS, split: 'internal' }, { groupOfRow: table.groupOfRow, groupCount: table.groups.length });
    expect(count(internal.modules, '_winapi')).toBe(1);
    expect(count(internal.modules, 'os')).toBe(0);

    // The rows view keeps counting rows.
    const rows = filterRows(set, null, { ...EMPTY_FILTERS, split: 'public' });
    expect(count(rows.modules, 'os')).toBe(6);
    expect(count(rows.argumentNames, 'path')).toBe(5);
  });

  it('count under the other filters: a module chosen narrows the argument counts, an argument the module counts', () => {
    const state = { ...EMPTY_FILTERS, split: 'all' as const, argument: 'address' };
    const result = filterRows(set, null, state, { groupOfRow: table.groupOfRow, groupCount: table.groups.length });
    expect(count(result.modules, 'socket')).toBe(1);
    expect(count(result.modules, 'os')).toBe(0);
    const chosen = filterRows(set, null, { ...EMPTY_FILTERS, split: 'all', modules: ['socket'] }, { groupOfRow: table.groupOfRow, groupCount: table.groups.length });
    expect(count(chosen.argumentNames, 'self')).toBe(1);
    expect(count(chosen.argumentNames, 'path')).toBeUndefined();
  });
});

describe("sources without a table of the event's kind", () => {
  const html = makeFile({
    id: '0:en/audit.html',
    public: [['os.open', ['path']], ['os.chdir', ['path']]],
    internal: [['_winapi.CreateFile', ['file_name']]],
  });
  // A gettext catalog holds the internal table only (Sphinx generates the public one at build time).
  const catalog = makeFile({ id: '1:fr/audit.po', locale: 'fr', format: 'po', public: null, internal: [['_winapi.CreateFile', ['file_name']]] });
  // A copy cut off before the internal table.
  const cut = makeFile({ id: '2:zh/audit.txt', locale: 'zh-CN', format: 'sphinx-text', public: [['os.open', ['path']]] });
  const table = buildEventTable(buildRowSet([html, catalog, cut], ALL_SOURCES));
  const position = (event: string) => table.groups.findIndex((candidate) => candidate.event === event);
  const cells = (event: string) => table.sources.map((source) => eventCellText(table, position(event), `src:${source.key}`));

  it('are marked "no table" there, not "absent", and are left out of the "In" count', () => {
    expect([...table.groups[position('os.chdir')]!.statuses]).toEqual([STATUS.present, STATUS.noTable, STATUS.absent]);
    expect(cells('os.chdir')).toEqual(['present', 'no public table', 'absent']);
    expect(eventCellText(table, position('os.chdir'), 'presence')).toBe('1 of 2');
    expect(eventCellText(table, position('os.open'), 'presence')).toBe('2 of 2');
    expect(cells('_winapi.CreateFile')).toEqual(['present', 'present', 'no internal table']);
    expect(eventCellText(table, position('_winapi.CreateFile'), 'presence')).toBe('2 of 2');
  });

  it('sort by presence among the sources that can have the event', () => {
    const order = sortedGroups(table, [{ id: 'presence', desc: false }, { id: 'event', desc: false }])!;
    expect([...order].map((g) => table.groups[g]!.event)).toEqual(['os.chdir', '_winapi.CreateFile', 'os.open']);
  });
});

describe('eventSources', () => {
  it('groups files by locale × version when several are renditions of one build', () => {
    const html = makeFile({ id: '0:a.html', locale: 'ja', version: '3.12', public: [['os.open', []]] });
    const text = makeFile({ id: '1:a.txt', locale: 'ja', version: '3.12', public: [['os.open', []]] });
    const other = makeFile({ id: '2:b.html', locale: 'en', version: '3.13', public: [['os.open', []]] });
    expect(eventSources([html, text, other]).map((source) => [source.label, source.files.length])).toEqual([
      ['ja 3.12', 2],
      ['en 3.13', 1],
    ]);
    const unknown = makeFile({ id: '3:c.html', locale: null, version: null, public: [['os.open', []]] });
    expect(eventSources([html, text, unknown]).map((source) => source.label)).toEqual(['a.html', 'a.txt', 'c.html']);
  });
});
