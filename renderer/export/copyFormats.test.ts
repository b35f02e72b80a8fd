import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatTable, toMarkdown, toTsv } from './copyFormats';

const header = ['Audit event', 'Arguments'];
const rows = [
  ['os.open', 'path, mode'],
  ['a|b', 'tab\there\nnewline'],
];

describe('copy formats', () => {
  it('writes TSV with the header and no tab or line break inside a cell', () => {
    expect(toTsv(header, rows)).toBe('Audit event\tArguments\nos.open\tpath, mode\na|b\ttab here newline\n');
  });

  it('writes CSV that parses back, JSON keyed by header, and an escaped Markdown table', () => {
    const csv = formatTable('csv', header, rows);
    expect(Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data).toEqual([header, ...rows]);
    expect(JSON.parse(formatTable('json', header, rows))).toEqual([
      { 'Audit event': 'os.open', Arguments: 'path, mode' },
      { 'Audit event': 'a|b', Arguments: 'tab\there\nnewline' },
    ]);
    expect(toMarkdown(header, rows).split('\n')).toEqual([
      '| Audit event | Arguments |',
      '| --- | --- |',
      '| os.open | path, mode |',
      '| a\\|b | tab\there newline |',
      '',
    ]);
  });
});
