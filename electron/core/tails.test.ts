/**
 * The ends of pages, where formats without an end marker used to go quiet:
 *
 * - browser copies whose internal table has one row (opened from the page's structure: the sentence that
 *   introduces the internal events, then the table's own headers), in six locales, built from the real seeds
 *   and from the real HTML builds by deleting internal rows; a lone dotted word in the prose still opens none;
 * - every real .po catalog, reST source and browser copy cut at every line: a cut that loses part of the
 *   internal table (or the sentence before it) is reported, a complete file is not.
 */
import { describe, expect, it } from 'vitest';
import type { DocTableModel, TableKind } from './model.js';
import { parseDocTable } from './parse.js';
import { corpusFile, hasCorpus, readCorpus } from './test-support/corpus.js';
import { parseOrNull } from './test-support/parse-or-null.js';

const warnings = (model: DocTableModel): string[] =>
  model.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => diagnostic.message);

const tableOf = (model: DocTableModel, kind: TableKind) => model.tables.find((table) => table.kind === kind);

const shape = (model: DocTableModel, kind: TableKind): Array<[string, string[]]> =>
  (tableOf(model, kind)?.rows ?? []).map((row) => [row.event, row.args]);

// ---------------------------------------------------------------------------------------------------------
// Browser copies: one cell per paragraph, blank lines between.

interface BrowserCopy {
  /** Cells before the internal table's first row (title, prose, public table, sentence, headers). */
  head: string[];
  /** The internal table's rows, as cells: event, then the arguments when there are any. */
  rows: string[][];
}

/** A seed that is a browser copy, cut into the cells before the internal rows and the rows themselves. */
function seedCopy(text: string, model: DocTableModel): BrowserCopy {
  const cells = text.split(/\n\s*\n/).map((cell) => cell.trim()).filter((cell) => cell !== '');
  const internal = tableOf(model, 'internal')!.rows;
  // The internal table's first event, after the public table (where the same name could appear too).
  const first = cells.lastIndexOf(internal[0]!.event);
  const rows: string[][] = [];
  let i = first;
  for (const row of internal) {
    expect(cells[i]).toBe(row.event);
    const argCell = row.args.length > 0 ? [cells[i + 1]!] : [];
    rows.push([cells[i]!, ...argCell]);
    i += 1 + argCell.length;
  }
  expect(i).toBe(cells.length);
  return { head: cells.slice(0, first), rows };
}

/** What a browser copy of a parsed page looks like: each paragraph, header and cell on its own line. */
function copyOf(model: DocTableModel): BrowserCopy {
  const head: string[] = [];
  let headerGroups = 0;
  let inHeaders = false;
  const publicRows = tableOf(model, 'public')!.rows;
  for (const block of model.prose) {
    const isHeader = block.role === 'table-header';
    if (inHeaders && !isHeader && headerGroups === 1) {
      for (const row of publicRows) {
        head.push(row.event);
        if (row.args.length > 0) head.push(row.args.join(', '));
        head.push(row.refs.map((_, n) => `[${n + 1}]`).join(''));
      }
    }
    if (isHeader && !inHeaders) headerGroups++;
    inHeaders = isHeader;
    head.push(block.text.replace(/\s+/g, ' ').trim());
  }
  expect(headerGroups).toBe(2);
  const rows = tableOf(model, 'internal')!.rows.map((row) => (row.args.length > 0 ? [row.event, row.args.join(', ')] : [row.event]));
  return { head, rows };
}

const render = (copy: BrowserCopy, rows: readonly string[][], tail: readonly string[] = []): string =>
  `${[...copy.head, ...rows.flat(), ...tail].join('\n\n')}\n`;

const SOURCES: ReadonlyArray<{ locale: string; file: () => string; seed: boolean }> = [
  { locale: 'pt-BR', file: () => corpusFile('seeds', '000_'), seed: true },
  { locale: 'ja', file: () => corpusFile('seeds', '001_'), seed: true },
  { locale: 'en', file: () => corpusFile('real', 'en_3.12.1_html_'), seed: false },
  { locale: 'ko', file: () => corpusFile('real', 'ko_3.9.4_html_'), seed: false },
  { locale: 'zh-CN', file: () => corpusFile('real', 'zh-cn_3.12.3_html_'), seed: false },
  { locale: 'zh-TW', file: () => corpusFile('real', 'zh-tw_3.12.4_html_'), seed: false },
];

function browserCopy(source: (typeof SOURCES)[number]): { copy: BrowserCopy; whole: DocTableModel } {
  const text = readCorpus(source.file());
  const parsed = parseDocTable(text);
  const copy = source.seed ? seedCopy(text, parsed) : copyOf(parsed);
  // The copy itself (rebuilt from the HTML builds) reads back as the page it came from.
  const whole = parseDocTable(render(copy, copy.rows));
  expect(whole.format).toBe('browser-text');
  expect(shape(whole, 'public')).toEqual(shape(parsed, 'public'));
  expect(shape(whole, 'internal')).toEqual(shape(parsed, 'internal'));
  expect(warnings(whole)).toEqual([]);
  return { copy, whole };
}

describe.skipIf(!hasCorpus)('browser copies with a one-row internal table', () => {
  it.each(SOURCES)('$locale: every row kept alone is read as the internal table, headers and sentence included', (source) => {
    const { copy, whole } = browserCopy(source);
    const internalHeaders = tableOf(whole, 'internal')!.headers;
    const intro = whole.prose.find((block) => block.role === 'internal-intro')!.text;
    expect(internalHeaders).toHaveLength(2);
    copy.rows.forEach((kept, index) => {
      const model = parseDocTable(render(copy, [kept]));
      const label = `${source.locale}, row ${index + 1} (${kept[0]}) alone`;
      expect(model.tables.map((table) => table.kind), label).toEqual(['public', 'internal']);
      expect(shape(model, 'public'), label).toEqual(shape(whole, 'public'));
      expect(shape(model, 'internal'), label).toEqual([shape(whole, 'internal')[index]]);
      expect(tableOf(model, 'internal')!.headers, label).toEqual(internalHeaders);
      expect(model.prose.find((block) => block.role === 'internal-intro')?.text, label).toBe(intro);
      // The first row alone is also what a copy cut after its first row looks like: every known version goes
      // on after it, so that one says so. Any other row alone is no prefix of a known table: no warning.
      if (index === 0) expect(warnings(model).join('\n'), label).toMatch(/stops inside the internal table.*goes on with _winapi\.CreateJunction/);
      else expect(warnings(model), label).toEqual([]);
    });
  });

  it.each(SOURCES)('$locale: one row between prose and a lone dotted word, no third table', (source) => {
    const { copy, whole } = browserCopy(source);
    const last = copy.rows[copy.rows.length - 1]!;
    // Prose after the table, with a dotted word on a line of its own: not a third table, nor an argument.
    const model = parseDocTable(render(copy, [last], ['See also:', 'sys.addaudithook', 'More text.']));
    expect(shape(model, 'internal')).toEqual([shape(whole, 'internal').at(-1)]);
    expect(model.tables).toHaveLength(2);
    expect(warnings(model)).toEqual([]);
  });

  it.each(SOURCES)('$locale: a lone dotted word in the prose opens no table, before or after the public table', (source) => {
    const { copy, whole } = browserCopy(source);
    const publicEnd = copy.head.lastIndexOf(whole.prose.find((block) => block.role === 'internal-intro')!.text);
    for (const [at, words] of [
      [2, ['sys.audit']], // in the lead prose
      [2, ['Note.', 'sys.audit', 'PySys_Audit']],
      [publicEnd, ['os.system']], // right after the public table
      [publicEnd, ['A sentence.', 'os.system']],
      [publicEnd, ['A sentence.', 'Short', 'os.system']],
    ] as const) {
      const head = [...copy.head.slice(0, at), ...words, ...copy.head.slice(at)];
      const model = parseDocTable(render({ head, rows: copy.rows }, copy.rows));
      const label = `${source.locale}: ${words.join(' / ')} at cell ${at}`;
      expect(shape(model, 'public'), label).toEqual(shape(whole, 'public'));
      expect(shape(model, 'internal'), label).toEqual(shape(whole, 'internal'));
      expect(model.tables, label).toHaveLength(2);
      expect(model.prose.some((block) => block.text === words.at(-1)), label).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Cut at every line: what is lost is reported, except where nothing in the file can tell.

interface CutCase {
  lines: number;
  text: string;
  model: DocTableModel | null;
}

function cutsOf(text: string): CutCase[] {
  const lines = text.split('\n');
  const cases: CutCase[] = [];
  for (let n = 1; n < lines.length; n++) {
    // Cut after line n, as a write that stopped at a line end leaves it.
    const cut = `${lines.slice(0, n).join('\n')}\n`;
    if (cut === text) continue;
    cases.push({ lines: n, text: cut, model: parseOrNull(cut) });
  }
  return cases;
}

/** Whether a cut lost part of the internal table (a row, an argument list, a header) of the whole file. */
function lostInternal(cut: DocTableModel, whole: DocTableModel): boolean {
  return (
    JSON.stringify(shape(cut, 'internal')) !== JSON.stringify(shape(whole, 'internal')) ||
    JSON.stringify(tableOf(cut, 'internal')?.headers ?? []) !== JSON.stringify(tableOf(whole, 'internal')!.headers)
  );
}

const PO_FILES = ['fr_', 'ja_', 'pt-br_'] as const;

describe.skipIf(!hasCorpus)('real files cut at every line', () => {
  it.each(PO_FILES)('%s*.po: every cut that loses part of the internal table or its sentence says so', (prefix) => {
    const text = readCorpus(corpusFile('real', prefix));
    const whole = parseDocTable(text);
    expect(warnings(whole)).toEqual([]);
    const wholeIntro = whole.prose.find((block) => block.role === 'internal-intro')!;
    let warned = 0;
    let silentBeforeIntro = 0;
    let silentWhole = 0;
    for (const cut of cutsOf(text)) {
      if (cut.model === null) continue; // the header entry alone, or the title not yet written
      const label = `${prefix} cut after line ${cut.lines}`;
      const said = warnings(cut.model);
      if (said.length > 0) warned++;
      if (lostInternal(cut.model, whole)) {
        const keepsIntro = cut.model.prose.some((block) => block.source === wholeIntro.source);
        // Cut between two entries before the sentence: only a Project-Id-Version naming a series whose every
        // known build has the internal table tells (ja: 3.13, pt-br: 3.12; fr says "Python 3").
        if (said.length === 0 && !keepsIntro && prefix === 'fr_') {
          silentBeforeIntro++;
          continue;
        }
        expect(said.length, `${label}: lost internal rows, no warning`).toBeGreaterThan(0);
      } else if (said.length === 0) {
        silentWhole++;
      }
    }
    console.info(`${prefix}*.po: ${cutsOf(text).length} cuts, ${warned} warned, ${silentBeforeIntro} silent before the sentence, ${silentWhole} silent with the table whole`);
    if (prefix !== 'fr_') expect(silentBeforeIntro).toBe(0);
  });

  it('the reST source: every cut after its directive that loses the internal table says so', () => {
    const text = readCorpus(corpusFile('real', 'en_3.11.0_rst-txt_'));
    const whole = parseDocTable(text);
    expect(warnings(whole)).toEqual([]);
    const directiveLine = text.split('\n').findIndex((line) => line.startsWith('.. audit-event-table::')) + 1;
    let silentAtDirective = 0;
    let warned = 0;
    for (const cut of cutsOf(text)) {
      if (cut.lines < directiveLine) {
        expect(cut.model, `cut after line ${cut.lines}: before the directive`).toBeNull();
        continue;
      }
      const said = warnings(cut.model!);
      expect(lostInternal(cut.model!, whole)).toBe(true);
      if (said.length > 0) {
        warned++;
        continue;
      }
      // Right after the directive (and the blank line after it), the file is what 3.8 to 3.9.0 sources were.
      expect(cut.lines, `cut after line ${cut.lines}: lost internal rows, no warning`).toBeLessThanOrEqual(directiveLine + 1);
      silentAtDirective++;
    }
    console.info(`rst: ${cutsOf(text).length} cuts, ${warned} warned, ${silentAtDirective} silent right after the directive`);
    expect(silentAtDirective).toBeLessThanOrEqual(2);
  });

  it.each(['000_', '001_'])('seed %s (browser copy): every cut from the internal sentence on says so', (prefix) => {
    const text = readCorpus(corpusFile('seeds', prefix));
    const whole = parseDocTable(text);
    const intro = whole.prose.find((block) => block.role === 'internal-intro')!;
    let checked = 0;
    for (const cut of cutsOf(text)) {
      if (cut.lines < intro.line!) continue;
      checked++;
      expect(warnings(cut.model!).length, `${prefix} cut after line ${cut.lines}`).toBeGreaterThan(0);
    }
    console.info(`seed ${prefix}: ${checked} cuts from the internal sentence on, all reported`);
    expect(checked).toBeGreaterThan(20);
  });
});

describe.skipIf(!hasCorpus)('a catalog cut between two entries before its internal sentence', () => {
  /** The pt-BR catalog up to (not including) the entry of the sentence introducing the internal events. */
  function cutBeforeSentence(projectVersion: string): string {
    const text = readCorpus(corpusFile('real', 'pt-br_')).replace(/Project-Id-Version: [^\\]*/, `Project-Id-Version: ${projectVersion}`);
    const entries = text.split('\n\n');
    const sentence = entries.findIndex((entry) => entry.includes('msgid ""\n"The following events are raised internally'));
    expect(sentence).toBeGreaterThan(2);
    return `${entries.slice(0, sentence).join('\n\n')}\n`;
  }

  it.each(['Python 3.10', 'Python 3.12', 'Python 3.13', 'Python 3.15'])('%s: every known build of the series has the table, so it is reported', (version) => {
    const model = parseDocTable(cutBeforeSentence(version));
    expect(model.tables).toEqual([]);
    expect(warnings(model).join('\n')).toMatch(new RegExp(`no internal-events table, which every known build of ${version} has`));
  });

  it.each(['Python 3.8', 'Python 3.9', 'Python 3', 'Python 4.0', ''])('"%s": a series that began without the table (or none named): silent', (version) => {
    const model = parseDocTable(cutBeforeSentence(version));
    expect(model.tables).toEqual([]);
    expect(warnings(model)).toEqual([]);
  });
});
