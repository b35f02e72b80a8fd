import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { headerLabels, shownColumns } from '../table/cells';
import { EMPTY_FILTERS, filterRows } from '../table/filters';
import { ALL_SOURCES, buildRowSet } from '../table/rows';
import { sortedOrder } from '../table/sort';
import { makeFile } from '../test-support/fixtures';
import { toCsv } from './csv';
import { buildTableExport, exportFileName } from './tableExport';

const zh = makeFile({
  id: '0:zh/audit.html',
  locale: 'zh-CN',
  version: '3.13',
  headers: ['审计事件', '参数', '引用'],
  public: [
    ['os.open', ['path', 'mode', 'flags'], ['os.html#os.open']],
    ['=cmd|calc', ['-1+1', '@SUM(A1)']],
    ['socket.connect', ['self', 'address']],
  ],
});

describe('buildTableExport', () => {
  it('exports the shown rows in the shown order with the shown header labels', () => {
    const set = buildRowSet([zh], zh.id);
    const order = sortedOrder(set, [{ id: 'event', desc: true }]);
    const result = filterRows(set, order, { ...EMPTY_FILTERS, query: 'o' });
    const shown = buildTableExport(set, result.indices, shownColumns(set, 'public'), headerLabels(set), 'public');
    expect(shown.header).toEqual(['审计事件', '参数', '引用']);
    expect(shown.rows).toEqual([
      ['socket.connect', 'self, address', '[1]'],
      ['os.open', 'path, mode, flags', '[1]'],
    ]);
    expect(shown.suggestedName).toBe('audit-events-zh-CN-3.13-public.csv');
  });

  it('round-trips through CSV with formula cells neutralised', () => {
    const set = buildRowSet([zh], zh.id);
    const result = filterRows(set, null, EMPTY_FILTERS);
    const shown = buildTableExport(set, result.indices, shownColumns(set, 'public'), headerLabels(set), 'public');
    const csv = toCsv(shown.header, shown.rows, { bom: true });
    expect(csv.startsWith('\uFEFF审计事件,参数,引用\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(shown.header);
    expect(parsed[2]).toEqual(["'=cmd|calc", "'-1+1, @SUM(A1)", '[1]']);
    expect(parsed.slice(1).filter((_, i) => i !== 1)).toEqual(shown.rows.filter((_, i) => i !== 1));
  });

  it('adds the Source column and names the file for all files', () => {
    const en = makeFile({ id: '1:en/audit.txt', public: [['sys.exit', []]] });
    const set = buildRowSet([zh, en], ALL_SOURCES);
    const result = filterRows(set, null, { ...EMPTY_FILTERS, split: 'all' });
    const shown = buildTableExport(set, result.indices, shownColumns(set, 'all'), headerLabels(set), 'all');
    expect(shown.header).toEqual(['Audit event', 'Arguments', 'References', 'Source']);
    expect(shown.rows.at(-1)).toEqual(['sys.exit', '', '[1]', 'en/audit.txt']);
    expect(exportFileName(set, 'all')).toBe('audit-events-all-files-all.csv');
  });
});

describe('export names and the formula guard', () => {
  it('names the file after the active filters and the view', () => {
    const set = buildRowSet([zh], zh.id);
    const filters = { ...EMPTY_FILTERS, query: 'socket.*', modules: ['os', ''], argument: 'path', columns: { args: 'mode' } };
    expect(exportFileName(set, 'public', filters)).toBe('audit-events-zh-CN-3.13-public-q-socket.x-args-mode-mod-os_none-arg-path.csv');
    expect(exportFileName(set, 'all', EMPTY_FILTERS, 'by-event')).toBe('audit-events-zh-CN-3.13-all-by-event.csv');
    expect(exportFileName(set, 'all', { ...EMPTY_FILTERS, query: 'x'.repeat(300) }).length).toBeLessThanOrEqual(84);
  });

  it('neutralises formulas by default and writes cells as they are when the guard is off', () => {
    expect(toCsv(['a'], [['=1+1']])).toBe("a\r\n\"'=1+1\"\r\n");
    expect(toCsv(['a'], [['=1+1']], { formulaGuard: false })).toBe('a\r\n=1+1\r\n');
  });
});
