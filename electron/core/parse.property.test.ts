/**
 * Property-based: whatever the text, parseDocTable returns a model or throws NotADocTableError, and it finishes.
 * Real renditions cut at any point keep exactly the rows before the cut.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { parseDocTable } from './parse.js';
import { corpusPath, hasCorpus, readCorpus } from './test-support/corpus.js';
import { gfmMarkdown, knownRows, sphinx18Html, sphinxGrid, tabSeparatedCopy } from './test-support/render.js';
import { parseOrNull } from './test-support/parse-or-null.js';


function renditions(): Array<[string, string]> {
  const texts: Array<[string, string]> = [
    ['sphinx 1.8 html', sphinx18Html(knownRows('3.8.0'))],
    ['gfm', gfmMarkdown(knownRows('3.11.0'), { outerPipes: true, pad: true })],
    ['tabbed copy', tabSeparatedCopy(knownRows('3.10.2'), knownRows('3.10.2', 'internal'))],
    ['cjk grid', `审计事件表\n*****\n\n${sphinxGrid(['审计事件', '实参'], knownRows('3.12.4', 'internal'), [16, 24])}\n`],
  ];
  if (hasCorpus) {
    for (const folder of ['seeds', 'real']) {
      for (const name of readdirSync(corpusPath(folder))) texts.push([`${folder}/${name}`, readCorpus(`${folder}/${name}`)]);
    }
  }
  return texts;
}

const TEXTS = renditions();
const FULL = new Map(TEXTS.map(([name, text]) => [name, parseDocTable(text)]));

/** Pieces of every format's syntax, so random texts reach the readers' corners. */
const TOKENS = [
  '\n', '\n\n', ' ', '  \n', '\t', '+', '-', '---', '+-----+-----+', '|', '| ', ' |', '|=====|=====|', '+=====+',
  '[1]', '[2]', '[[1]](a.md#x)', '[[1\\]](b)', '(', ')', '`', '``', '\\', '\\_', '*', '**', '**CPython:**', ':',
  '"', "'", '<', '>', '</', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<h1>', '<p>', '<div class="impl-detail">',
  '<!DOCTYPE html>', '<html lang="ja">', '<!--', '-->', '<script>', 'msgid ""', 'msgstr ""', 'msgid "os.chmod"',
  '#: audit_events.rst:29', '#, fuzzy', '.. audit-event-table::', '.. impl-detail::', '.. _x:', '=====', '*****',
  '---|---|---', '# Audit events table', 'os.chmod', 'builtins.input/result', 'compile', 'open', '_winapi.CreatePipe',
  'path, mode, flags', '"path", "mode"', 'Audit event', 'Arguments', 'References', '監査イベント表', '审计事件', 'sys.audit()',
  'Python 3.12.1 documentation', 'VERSION: \'3.9.4\'', '\uFEFF', '\r\n', '\u00b6', '\uff1a', 'a'.repeat(300),
];

const RUNS = { numRuns: 150 };

describe('any input', () => {
  it('random strings only ever give a model or NotADocTableError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        parseOrNull(text);
      }),
      RUNS,
    );
  });

  it('random mixes of every format’s syntax only ever give a model or NotADocTableError', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }), (tokens) => {
        const model = parseOrNull(tokens.join(''));
        if (model) {
          expect(model.tables.length).toBeLessThanOrEqual(2);
          expect(JSON.parse(JSON.stringify(model))).toEqual(model);
        }
      }),
      RUNS,
    );
  });
});

describe('real renditions, mangled', () => {
  const names = TEXTS.map(([name]) => name);
  const textOf = (name: string): string => TEXTS.find(([candidate]) => candidate === name)![1];

  it('cut at any point keep the rows before the cut, unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.double({ min: 0, max: 1, noNaN: true }), (name, at) => {
        const text = textOf(name);
        const model = parseOrNull(text.slice(0, Math.floor(text.length * at)));
        if (!model) return;
        const full = FULL.get(name)!;
        for (const table of model.tables) {
          const whole = full.tables.find((candidate) => candidate.kind === table.kind)?.rows ?? [];
          const rows = table.rows;
          expect(rows.length, name).toBeLessThanOrEqual(whole.length);
          // Every row but the last is complete; the last may have been cut inside a cell.
          expect(rows.slice(0, -1), name).toEqual(whole.slice(0, Math.max(0, rows.length - 1)));
          if (rows.length > 0) expect(whole[rows.length - 1]!.event.startsWith(rows.at(-1)!.event), name).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lines shuffled or duplicated only ever give a model or NotADocTableError', () => {
    const mangled = fc.constantFrom(...names).chain((name) => {
      const lines = textOf(name).split('\n');
      return fc.tuple(
        fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }),
        fc.array(fc.nat(lines.length - 1), { maxLength: 40 }),
        fc.constant(lines),
      );
    });
    fc.assert(
      fc.property(mangled, ([shuffled, repeats, lines]) => {
        parseOrNull(shuffled.join('\n'));
        const duplicated = [...lines];
        for (const at of repeats) duplicated.splice(at, 0, lines[at]!);
        parseOrNull(duplicated.join('\n'));
      }),
      { numRuns: 60 },
    );
  });

  it('bytes flipped only ever give a model or NotADocTableError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
        (name, flips) => {
          const bytes = new TextEncoder().encode(textOf(name));
          for (const [where, value] of flips) bytes[Math.min(bytes.length - 1, Math.floor(where * bytes.length))] = value;
          const decoded = decodeText(bytes);
          if (decoded.encoding !== 'binary') parseOrNull(decoded.text);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('large adversarial inputs finish (every scan is linear)', () => {
  // Half a MiB is enough to tell linear from quadratic without timing anything: a linear scan of it takes
  // well under a second, while a quadratic one makes (2^19)^2, about 2.7e11 steps, and cannot finish within the test
  // timeout (30 s) even at a few steps per nanosecond. (2 MiB inputs proved the same at four times the cost.)
  const HALF_MB = 1 << 19;
  const fill = (unit: string, size = HALF_MB): string => unit.repeat(Math.ceil(size / unit.length));
  // Inputs meant to reach a format's reader carry the page's identity (title, label, header cells): without
  // it they are turned away before any reader runs (identify.ts), which is linear too but tests less.
  const MD_PAGE = '# Audit events table\n\n';
  const TEXT_PAGE = 'Audit events table\n';
  const PO_PAGE = ['Audit events table', 'Audit event', 'Arguments']
    .map((msgid, i) => `#: library/audit_events.rst:${i + 3}\nmsgid "${msgid}"\nmsgstr ""\n\n`)
    .join('');
  const HTML_PAGE = '<html><head><title>Audit events table</title></head><body><span id="audit-events"></span>';
  const RST_PAGE = '.. _audit-events:\n\nAudit events table\n==================\n\n';
  /** What each gives: rejected (null), or the format it is read as. */
  const cases: Array<[string, () => string, string | null]> = [
    ['an endless border', () => `+${fill('-')}`, null],
    ['a grid that never closes', () => `+-----+\n${fill('| a.b |\n')}`, null],
    ['collapsed pipes', () => `+---+ ${fill('| ')}`, null],
    ['collapsed borders', () => fill('+---+ |a| '), null],
    ['pipes', () => fill('|'), null],
    ['pipe lines', () => fill('|\n'), null],
    ['Markdown rows that never end', () => `${MD_PAGE}Audit event | Arguments\n---|---\n${fill('a.b\n\n|\n\n')}`, 'markdown'],
    ['Markdown delimiters', () => fill('---|---\n'), null],
    ['brackets', () => fill('['), null],
    ['unclosed links', () => `${MD_PAGE}Audit event | Arguments | References\n---|---|---\nx.y | z | ${fill('[1](')}`, 'markdown'],
    ['backslashes', () => fill('\\'), null],
    ['backticks', () => `${MD_PAGE}Audit event | Arguments\n---|---\nx.y | ${fill('`')}`, 'markdown'],
    ['bold markers', () => fill('**'), null],
    ['events without references', () => `${TEXT_PAGE}Audit event\nArguments\n${fill('a.b\n')}`, 'browser-text'],
    ['events and references', () => `${TEXT_PAGE}Audit event\nArguments\nReferences\n${fill('a.b\nc, d\n[1]\n')}`, 'browser-text'],
    ['catalog entries', () => `${PO_PAGE}${fill('#: library/audit_events.rst:1\nmsgid "a.b"\nmsgstr ""\n\n')}`, 'po'],
    ['catalog contexts', () => fill('msgctxt "x"\nmsgid "a.b"\nmsgstr ""\n'), null],
    ['nested elements', () => `<html>${fill('<div><span>')}`, null],
    ['unmatched end tags', () => `<html>${fill('<div>')}${fill('</span>')}`, null],
    ['nested tables', () => fill('<table><tr><td>a.b</td><td>x</td>'), null],
    ['a long table', () => `${HTML_PAGE}<table>${fill('<tr><td>a.b</td><td>c</td><td><a href="x">[1]</a></td></tr>')}</table>`, 'html'],
    ['one long line', () => fill('a'), null],
    ['reST directives', () => `${RST_PAGE}.. audit-event-table::\n${fill('.. x::\n   y\n')}`, 'rst'],
    ['headings', () => fill('# x\n'), null],
  ];

  it.each(cases)('%s', (_name, make, format) => {
    const model = parseOrNull(make());
    expect(model?.format ?? null).toBe(format);
    if (model) expect(model.diagnostics.length).toBeLessThan(100);
  });
});
