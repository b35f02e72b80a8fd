/**
 * Property-based round trip of the CSV exporter: whatever the cells, what toCsv writes parses back (papaparse)
 * to the same header and cells. The one change is the formula neutralisation: a cell a spreadsheet would run
 * (leading = + - @ tab CR) comes back with a leading apostrophe, and nothing else does.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
/** Lone UTF-16 surrogates, which UTF-8 (Blob, fs.writeFile) cannot carry: they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a cell reads as after the export: neutralised when a spreadsheet would take it for a formula. */
const expectedCell = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * Parses the exported text the way a reader of the file would: comma-separated (a one-column file gives
 * papaparse nothing to guess from), line endings detected. The final CRLF ends the last record.
 */
function parseBack(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { header: false, delimiter: ',', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  // The terminating CRLF makes papaparse report one empty record after the last one.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

/** Characters that break naive CSV writers and readers, mixed into ordinary text. */
const NASTY = [
  ',', '"', '""', "'", '\r', '\n', '\r\n', '\n\r', '\t', ' ', '  ', '=', '+', '-', '@', '|', ';', BOM, '\u0000',
  '\u00a0', '\u2028', '\u2029', '审计事件', '監査イベント', '감사 이벤트', '😀', '\uD800', '\uDFFF', '=cmd|calc!A0',
  '=HYPERLINK("http://x")', '@SUM(A1)', '-1+1', '+1', 'os.open', 'path, mode, flags', '[1][2]', '\\', '\\"',
];

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A header and rows of the same width, as the table export builds them. */
const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.array(cell, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 }),
  }),
);

const RUNS = { numRuns: 400 };

describe('toCsv round trip', () => {
  it('parses back to the same cells, formula cells neutralised and nothing else changed (no BOM)', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const csv = toCsv(header, rows);
        // A cell holding a BOM is quoted, so only the option puts one at the very start.
        expect(csv.startsWith(BOM)).toBe(false);
        expect(parseBack(csv)).toEqual([header, ...rows].map((row) => row.map(expectedCell)));
      }),
      RUNS,
    );
  });

  it('with a BOM: the text starts with exactly one BOM, and the rest parses back the same', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const csv = toCsv(header, rows, { bom: true });
        expect(csv.startsWith(BOM)).toBe(true);
        expect(csv.slice(1)).toBe(toCsv(header, rows));
        expect(parseBack(csv.slice(1))).toEqual([header, ...rows].map((row) => row.map(expectedCell)));
      }),
      RUNS,
    );
  });

  it('papaparse itself drops the BOM in front of the header', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        expect(parseBack(toCsv(header, rows, { bom: true }))).toEqual(parseBack(toCsv(header, rows)));
      }),
      { numRuns: 100 },
    );
  });

  it('no parsed cell starts like a formula', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        for (const row of parseBack(toCsv(header, rows))) {
          for (const value of row) expect(FORMULA_START.test(value), JSON.stringify(value)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('every record ends in CRLF, and a bare CR or LF only ever occurs inside a quoted cell', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const csv = toCsv(header, rows);
        expect(csv.endsWith('\r\n')).toBe(true);
        // Outside quotes (quotes are doubled inside, so an even count of quotes precedes any unquoted position).
        const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
        expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      }),
      RUNS,
    );
  });

  it('through UTF-8 bytes (what is saved), only lone surrogates change: each becomes U+FFFD', () => {
    fc.assert(
      fc.property(table, fc.boolean(), ({ header, rows }, bom) => {
        const bytes = new TextEncoder().encode(toCsv(header, rows, { bom }));
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        const wellFormed = (value: string): string => value.replace(LONE_SURROGATE, '\uFFFD');
        expect(text.startsWith(BOM)).toBe(bom);
        expect(parseBack(bom ? text.slice(1) : text)).toEqual(
          [header, ...rows].map((row) => row.map((value) => wellFormed(expectedCell(value)))),
        );
      }),
      RUNS,
    );
  });
});

describe('toCsv, cases a spreadsheet user meets', () => {
  const cases: Array<[string, string]> = [
    ['a formula', '=1+1'],
    ['a formula after a newline', '=1+1\n=2+2'],
    ['a DDE payload', '=cmd|\' /C calc\'!A0'],
    ['a negative number', '-1'],
    ['a leading tab', '\t=1'],
    ['a leading CR', '\r=1'],
    ['an at sign', '@SUM(A1:A2)'],
  ];

  it.each(cases)('%s is neutralised with one apostrophe, and quoted', (_name, value) => {
    const csv = toCsv(['h'], [[value]]);
    expect(csv).toBe(`h\r\n"'${value.replace(/"/g, '""')}"\r\n`);
    expect(parseBack(csv)).toEqual([['h'], [`'${value}`]]);
  });

  it('a table filtered down to no rows exports its header alone (papaparse alone adds a blank record)', () => {
    expect(toCsv(['Audit event', 'Arguments'], [])).toBe('Audit event,Arguments\r\n');
    expect(parseBack(toCsv(['Audit event', 'Arguments'], [], { bom: true }))).toEqual([['Audit event', 'Arguments']]);
  });

  it('keeps CJK, commas, quotes, CR, LF, CRLF and empty cells exactly', () => {
    const row = ['审计事件', 'a, b', 'say "hi"', 'x\ry', 'x\ny', 'x\r\ny', '', ' padded '];
    expect(parseBack(toCsv(row.map((_, i) => `c${i}`), [row, row.map(() => '')]))).toEqual([
      row.map((_, i) => `c${i}`),
      row,
      row.map(() => ''),
    ]);
  });
});
