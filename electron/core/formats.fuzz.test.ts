/**
 * Property-based, per format reader (electron/core/formats/*): pages written the way each tool writes them,
 * from generated rows, read back to exactly those rows; and the same pages damaged at random (cut, lines
 * dropped, doubled or swapped, syntax pieces inserted) only ever give a well-formed draft or NotADocTableError.
 * parse.property.test.ts covers parseDocTable on random text and on the corpus; this file aims at each reader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';
import type { PageDraft } from './formats/page.js';
import { READERS } from './formats/readers.js';
import { DOC_FORMATS, type DocFormat, type DocTableModel } from './model.js';
import { normalizeNewlines } from './text/lines.js';
import { gfmMarkdown, sphinx18Html, sphinxGrid, tabSeparatedCopy, type SampleRow } from './test-support/render.js';
import { nullIfNotADocTable, parseOrNull } from './test-support/parse-or-null.js';

/** DOCTABLE_FUZZ_SCALE=20 multiplies every run count, for a deeper search than the test suite's. */
const SCALE = Math.max(1, Number(process.env['DOCTABLE_FUZZ_SCALE'] ?? 1) || 1);
const runs = (numRuns: number) => ({ numRuns: numRuns * SCALE });

// ---------------------------------------------------------------------------------------------------------
// Generated rows: event names and argument lists of the shapes real pages have.

const identifier = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_'), maxLength: 10 }))
  .map(([first, rest]) => first + rest);

/** "module.name", "module.Class.method", "module.name/variant": always namespaced, as formats without columns need. */
const eventName = fc
  .tuple(fc.array(identifier, { minLength: 2, maxLength: 3 }), fc.option(identifier, { nil: undefined }))
  .map(([parts, variant]) => parts.join('.') + (variant === undefined ? '' : `/${variant}`));

const publicRow = fc.record({
  event: eventName,
  args: fc.array(identifier, { maxLength: 5 }),
  refs: fc.array(identifier.map((name) => `${name}.html#${name}`), { minLength: 1, maxLength: 3 }),
});
const internalRow: fc.Arbitrary<SampleRow> = fc.record({
  event: eventName,
  args: fc.array(identifier, { maxLength: 4 }),
  refs: fc.constant<string[]>([]),
});

/** Distinct events: a repeated event is a separate (diagnosed) case, not what a round trip is about. */
const rowsOf = (row: fc.Arbitrary<SampleRow>, minLength: number, maxLength: number): fc.Arbitrary<SampleRow[]> =>
  fc.uniqueArray(row, { minLength, maxLength, selector: (entry) => entry.event });

// One internal row is enough: browser text opens a one-row internal table from the page's structure (the
// sentence introducing the internal events, then the table's headers), not from a run of rows.
const page = fc.record({ publicRows: rowsOf(publicRow, 1, 25), internalRows: rowsOf(internalRow, 1, 6) });

// ---------------------------------------------------------------------------------------------------------
// Writers the corpus has no generator for: the reST source and a gettext catalog of the page.

const RST_HEAD = [
  '.. _audit-events:',
  '',
  'Audit events table',
  '==================',
  '',
  'This table contains all events raised by :func:`sys.audit` or',
  ':c:func:`PySys_Audit` calls throughout the CPython runtime.',
  '',
  '.. audit-event-table::',
  '',
  'The following events are raised internally and do not correspond to any',
  'public API of CPython:',
  '',
];

function rstPage(internalRows: readonly SampleRow[]): string {
  const width = Math.max(11, ...internalRows.map((row) => row.event.length));
  return [...RST_HEAD, sphinxGrid(['Audit event', 'Arguments'], internalRows, [width, 40]), ''].join('\n');
}

const poString = (text: string): string => JSON.stringify(text);

function poPage(internalRows: readonly SampleRow[]): string {
  const entries: string[] = [
    'msgid ""\nmsgstr ""\n"Project-Id-Version: Python 3.12\\n"\n"Language: ja\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"',
    '#: ../../library/audit_events.rst:6\nmsgid "Audit events table"\nmsgstr "監査イベント表"',
    '#: ../../library/audit_events.rst:8\nmsgid "This table contains all events raised by :func:`sys.audit` calls."\nmsgstr ""',
    '#: ../../library/audit_events.rst:21\nmsgid "The following events are raised internally:"\nmsgstr ""',
    '#: ../../library/audit_events.rst:25\nmsgid "Audit event"\nmsgstr "監査イベント"',
    '#: ../../library/audit_events.rst:25\nmsgid "Arguments"\nmsgstr "引数"',
  ];
  const seenArgs = new Set<string>();
  internalRows.forEach((row, index) => {
    const line = 27 + 2 * index;
    entries.push(`#: ../../library/audit_events.rst:${line}\nmsgid ${poString(row.event)}\nmsgstr ${poString(row.event)}`);
    const args = row.args.map((arg) => `\`\`${arg}\`\``).join(', ');
    // gettext merges identical strings into one unit: rows sharing an argument list share its entry.
    if (args !== '' && !seenArgs.has(args)) {
      seenArgs.add(args);
      const lines = internalRows.flatMap((other, n) =>
        other.args.map((arg) => `\`\`${arg}\`\``).join(', ') === args ? [`../../library/audit_events.rst:${27 + 2 * n}`] : [],
      );
      entries.push(`#: ${lines.join(' ')}\nmsgid ${poString(args)}\nmsgstr ${poString(args)}`);
    }
  });
  return `${entries.join('\n\n')}\n`;
}

const sphinxTextPage = (publicRows: readonly SampleRow[], internalRows: readonly SampleRow[]): string => {
  const width = (rows: readonly SampleRow[]) => Math.max(11, ...rows.map((row) => row.event.length));
  return [
    'Audit events table',
    '******************',
    '',
    'This table contains all events raised by "sys.audit()" or "PySys_Audit()" calls.',
    '',
    sphinxGrid(['Audit event', 'Arguments', 'References'], publicRows, [width(publicRows), 30, 12]),
    '',
    'The following events are raised internally and do not correspond to any public API of CPython:',
    '',
    sphinxGrid(['Audit event', 'Arguments'], internalRows, [width(internalRows), 30]),
    '',
  ].join('\n');
};

interface Rendition {
  format: DocFormat;
  text: string;
  /** Rows each table must read back to (by kind). */
  expected: { public?: readonly SampleRow[]; internal?: readonly SampleRow[] };
}

/** Every format, written from the same generated page. */
function renditions({ publicRows, internalRows }: { publicRows: SampleRow[]; internalRows: SampleRow[] }): Rendition[] {
  const grid = sphinxTextPage(publicRows, internalRows);
  return [
    { format: 'html', text: sphinx18Html(publicRows), expected: { public: publicRows } },
    { format: 'markdown', text: gfmMarkdown(publicRows, { outerPipes: true, pad: true }), expected: { public: publicRows } },
    { format: 'markdown', text: gfmMarkdown(publicRows, { outerPipes: false, pad: false }), expected: { public: publicRows } },
    { format: 'browser-text', text: tabSeparatedCopy(publicRows, internalRows), expected: { public: publicRows, internal: internalRows } },
    { format: 'sphinx-text', text: grid, expected: { public: publicRows, internal: internalRows } },
    { format: 'sphinx-text-collapsed', text: grid.replace(/\n/g, ' '), expected: { public: publicRows, internal: internalRows } },
    { format: 'rst', text: rstPage(internalRows), expected: { internal: internalRows } },
    { format: 'po', text: poPage(internalRows), expected: { internal: internalRows } },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// What every draft and model must be, whatever the input.

/** A draft any consumer can rely on: at most a public then an internal table, lines inside the file, plain data. */
function expectWellFormed(draft: PageDraft | DocTableModel, text: string): void {
  const lineCount = normalizeNewlines(text).split('\n').length;
  const inFile = (line: number | null, what: string): void => {
    if (line === null) return;
    expect(Number.isInteger(line) && line >= 1 && line <= lineCount, `${what} line ${line} of ${lineCount}`).toBe(true);
  };
  expect(DOC_FORMATS).toContain(draft.format);
  expect(draft.tables.length).toBeLessThanOrEqual(2);
  expect(draft.tables.map((table) => table.kind)).toEqual(
    draft.tables.length === 2 ? ['public', 'internal'] : [draft.tables[0]?.kind].filter((kind) => kind !== undefined),
  );
  for (const table of draft.tables) {
    for (const header of table.headers) expect(typeof header).toBe('string');
    for (const row of table.rows) {
      expect(typeof row.event).toBe('string');
      for (const arg of row.args) expect(typeof arg).toBe('string');
      for (const ref of row.refs) {
        expect(typeof ref.label).toBe('string');
        expect(ref.target === null || typeof ref.target === 'string').toBe(true);
      }
      inFile(row.line, `row ${row.event}`);
    }
  }
  for (const block of draft.prose) inFile(block.line, `prose ${block.role}`);
  for (const diagnostic of draft.diagnostics) {
    expect(['error', 'warning', 'info']).toContain(diagnostic.severity);
    expect(diagnostic.message.length).toBeGreaterThan(0);
    inFile(diagnostic.line, 'diagnostic');
  }
  expect(JSON.parse(JSON.stringify(draft))).toEqual(draft);
}

/** The draft, or null for NotADocTableError; anything else thrown fails the property. */
function readOrNull(format: DocFormat, text: string): PageDraft | null {
  return nullIfNotADocTable(() => READERS[format](normalizeNewlines(text)));
}

const eventsAndArgs = (rows: ReadonlyArray<{ event: string; args: readonly string[] }>) =>
  rows.map((row) => [row.event, [...row.args]]);

// ---------------------------------------------------------------------------------------------------------

describe('each reader reads back what its writer wrote', () => {
  it('detects the format, and every table holds exactly the generated rows, in order', () => {
    fc.assert(
      fc.property(page, (generated) => {
        for (const rendition of renditions(generated)) {
          const label = `${rendition.format}:\n${rendition.text.slice(0, 2000)}`;
          expect(detectFormat(normalizeNewlines(rendition.text)), label).toBe(rendition.format);
          const draft = readOrNull(rendition.format, rendition.text);
          expect(draft, label).not.toBeNull();
          expectWellFormed(draft!, rendition.text);
          for (const kind of ['public', 'internal'] as const) {
            const want = rendition.expected[kind];
            if (want === undefined) continue;
            const table = draft!.tables.find((entry) => entry.kind === kind);
            expect(eventsAndArgs(table?.rows ?? []), `${kind} table of ${label}`).toEqual(eventsAndArgs(want));
          }
          const model = parseOrNull(rendition.text);
          expect(model?.format, label).toBe(rendition.format);
          expect(draft!.cutOff, label).toBeNull();
        }
      }),
      runs(60),
    );
  });
});

describe('browser text: a lone dotted word in the prose opens no table', () => {
  it('in the lead prose or between the public table and the internal sentence, the tables read as without it', () => {
    const word = fc.oneof(eventName, fc.constantFrom('open', 'exec', 'compile', 'sys.audit'));
    const before = fc.constantFrom<string[]>([], ['A sentence.'], ['Short'], ['A sentence.', 'Short']);
    fc.assert(
      fc.property(page, word, before, fc.constantFrom('lead', 'after-public'), (generated, dotted, lead, where) => {
        const lines = tabSeparatedCopy(generated.publicRows, generated.internalRows).split('\n');
        const at = where === 'lead' ? 2 : 3 + generated.publicRows.length;
        lines.splice(at, 0, ...lead, dotted);
        const text = lines.join('\n');
        const draft = readOrNull('browser-text', text);
        expect(draft, text).not.toBeNull();
        expect(draft!.tables.map((table) => table.kind), text).toEqual(['public', 'internal']);
        expect(eventsAndArgs(draft!.tables[0]!.rows), text).toEqual(eventsAndArgs(generated.publicRows));
        expect(eventsAndArgs(draft!.tables[1]!.rows), text).toEqual(eventsAndArgs(generated.internalRows));
        expect(draft!.prose.some((block) => block.text === dotted), text).toBe(true);
      }),
      runs(200),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Damage: what happens to files being written, merged badly, or edited by hand.

/** Pieces of each format's syntax, inserted at random places. */
const SYNTAX: Readonly<Record<DocFormat, readonly string[]>> = {
  html: ['<', '>', '</td>', '<td>', '<tr>', '</tr>', '</table>', '<table>', '<thead>', '<th>', '<a href="x">[1]</a>', '<!--', '-->', '&amp;', '&#', '<h1>', '<script>', '<p>', '"', '\n'],
  markdown: ['|', ' | ', '---|---', '\\', '`', '[[1\\]](x)', '[', ']', '(', ')', '**', '\n', '\n\n', '# '],
  'browser-text': ['\t', '\n', '\n\n', '[1]', '[1][2]', ', ', 'Audit event', 'Arguments', 'References', 'a.b', ':'],
  'sphinx-text': ['|', '+', '-', '=', '+-----+', '|=====|', '\n', ' ', '"', '[1]', '\t'],
  'sphinx-text-collapsed': ['|', '+', '-', '=', '+-----+ ', '|=====|', ' ', '"', '[1]', '\n'],
  rst: ['|', '+', '-', '=', '``', '.. ', '.. impl-detail::', '.. audit-event-table::', '\n', '   ', '+====+'],
  po: ['"', '\\', '\\n', 'msgid ""', 'msgstr ""', '#, fuzzy', '#: ../../library/audit_events.rst:1', 'msgctxt "x"', 'msgid_plural "x"', 'msgstr[0] ""', '\n', '#~ '],
};

type Damage =
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; piece: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'drop-line' | 'double-line'; at: number }
  | { kind: 'swap-lines'; at: number; other: number };

const where = fc.double({ min: 0, max: 1, noNaN: true });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: where }),
  fc.record({ kind: fc.constant('insert' as const), at: where, piece: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: where, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constantFrom('drop-line' as const, 'double-line' as const), at: where }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: where, other: where }),
);

function applyDamage(text: string, format: DocFormat, step: Damage): string {
  const at = Math.floor(step.at * text.length);
  switch (step.kind) {
    case 'cut':
      return text.slice(0, at);
    case 'insert': {
      const pieces = SYNTAX[format];
      return text.slice(0, at) + pieces[step.piece % pieces.length]! + text.slice(at);
    }
    case 'delete':
      return text.slice(0, at) + text.slice(at + step.length);
    default: {
      const lines = text.split('\n');
      const index = Math.floor(step.at * (lines.length - 1));
      if (step.kind === 'drop-line') lines.splice(index, 1);
      else if (step.kind === 'double-line') lines.splice(index, 0, lines[index]!);
      else if (step.kind === 'swap-lines') {
        const other = Math.floor(step.other * (lines.length - 1));
        [lines[index], lines[other]] = [lines[other]!, lines[index]!];
      }
      return lines.join('\n');
    }
  }
}

describe('each reader under damage', () => {
  const formats = [...new Set(DOC_FORMATS)];

  it.each(formats)('%s: a well-formed draft or NotADocTableError, whatever the damage', (format) => {
    fc.assert(
      fc.property(page, fc.array(damage, { minLength: 1, maxLength: 8 }), (generated, steps) => {
        const rendition = renditions(generated).find((entry) => entry.format === format)!;
        const text = steps.reduce((current, step) => applyDamage(current, format, step), rendition.text);
        const draft = readOrNull(format, text);
        if (draft) {
          expectWellFormed(draft, text);
          expect(draft.format).toBe(format);
        }
        const model = parseOrNull(text);
        if (model) expectWellFormed(model, text);
      }),
      runs(120),
    );
  });

  it.each(formats)('%s: cut anywhere, the complete rows before the cut are kept as written', (format) => {
    fc.assert(
      fc.property(page, where, (generated, at) => {
        const rendition = renditions(generated).find((entry) => entry.format === format)!;
        const cut = rendition.text.slice(0, Math.floor(at * rendition.text.length));
        const draft = readOrNull(format, cut);
        if (!draft) return;
        expectWellFormed(draft, cut);
        for (const table of draft.tables) {
          const want = rendition.expected[table.kind] ?? [];
          const rows = eventsAndArgs(table.rows);
          expect(rows.length, format).toBeLessThanOrEqual(want.length);
          // Every row but the last is complete; the last may have been cut inside a cell.
          expect(rows.slice(0, -1), format).toEqual(eventsAndArgs(want.slice(0, Math.max(0, rows.length - 1))));
          const last = table.rows.at(-1);
          if (last) expect(want[rows.length - 1]!.event.startsWith(last.event), `${format}: ${last.event}`).toBe(true);
        }
      }),
      runs(150),
    );
  });
});
