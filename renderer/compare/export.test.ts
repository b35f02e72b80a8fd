import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv';
import { alignSources } from './align';
import { gridExport, proseExport } from './export';
import { filterRows } from './filter';
import { alignProse } from './prose';
import { toCompareSources } from './sources';
import { handModel, sourceFileFromModel } from './test-support/source-file';

const reference = sourceFileFromModel(
  handModel({ locale: 'pt-BR', version: '3.12', publicRows: [['ctypes.string_at', 'ptr, size', 1], ['=cmd|calc', '@x', 2]] }),
  '/pt/audit.html',
);
const other = sourceFileFromModel(
  handModel({ locale: 'ja', version: '3.9', publicRows: [['ctypes.string_at', 'address, size', 1], ['ctypes.seh_exception', 'code', 1]] }),
  '/ja/audit.html',
);

describe('gridExport', () => {
  const sources = toCompareSources([other, reference]);
  const alignment = alignSources(sources, reference.id);

  it('has three columns per source and one row per shown event', () => {
    const shown = filterRows(alignment.rows, { query: '', split: 'public', onlyDifferences: true, missingIn: null });
    const exported = gridExport(alignment, shown)!;
    expect(exported.header).toEqual([
      'Audit event',
      'Table',
      'ja 3.9: status',
      'ja 3.9: arguments',
      'ja 3.9: references',
      'pt-BR 3.12 (reference): status',
      'pt-BR 3.12 (reference): arguments',
      'pt-BR 3.12 (reference): references',
    ]);
    expect(exported.rows).toEqual([
      ['ctypes.string_at', 'public', 'changed: renamed ptr → address', 'address, size', '1', 'reference', 'ptr, size', '1'],
      ['ctypes.seh_exception', 'public', 'extra', 'code', '1', 'absent', '', ''],
      ['=cmd|calc', 'public', 'missing', '', '', 'reference', '@x', '2'],
    ]);
    expect(exported.suggestedName).toBe('audit-events-compare-ja_3.9-vs-pt-BR_3.12.csv');
  });

  it('survives the CSV writer: formulas neutralised, everything else read back as is', () => {
    const exported = gridExport(alignment, alignment.rows)!;
    const parsed = Papa.parse<string[]>(toCsv(exported.header, exported.rows), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(exported.header);
    const formulaRow = parsed.find((row) => row[0]?.includes('cmd|calc'));
    expect(formulaRow?.[0]).toBe("'=cmd|calc");
    expect(formulaRow?.[6]).toBe("'@x");
    expect(parsed.find((row) => row[0] === 'ctypes.string_at')).toEqual(exported.rows.find((row) => row[0] === 'ctypes.string_at'));
  });

  it('exports nothing when nothing is shown', () => {
    expect(gridExport(alignment, [])).toBeNull();
  });
});

describe('proseExport', () => {
  it('adds a fuzzy column beside each msgstr column', () => {
    const po = sourceFileFromModel(
      {
        ...handModel({ locale: 'fr', version: '3.13', publicRows: [] }),
        format: 'po',
        tables: [],
        prose: [{ role: 'title', source: 'Audit events table', text: 'Table des évènements', fuzzy: true, line: 3 }],
      },
      '/fr/audit.po',
    );
    const sources = toCompareSources([po]);
    const exported = proseExport(sources, alignProse(sources))!;
    expect(exported.header).toEqual(['Part', 'fr 3.13 · msgid', 'fr 3.13 · msgstr', 'fr 3.13 · fuzzy']);
    expect(exported.rows).toEqual([['Title', 'Audit events table', 'Table des évènements', 'fuzzy']]);
  });
});
