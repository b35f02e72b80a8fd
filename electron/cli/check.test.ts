/** The real `doctable check` as a child process, on real pairs of the shared corpus and on copies with planted faults. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { doctable } from './test-support/run-cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, FileCheck, Problem } from '../shared/check/types.js';
import { corpusFile, corpusPath, hasCorpus, readCorpus } from '../core/test-support/corpus.js';




/** 1-based line of the first line containing `needle` (after line `from`). */
function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split('\n');
  const index = lines.findIndex((line, at) => at >= from && line.includes(needle));
  if (index === -1) throw new Error(`not in the text: ${needle}`);
  return index + 1;
}

/** The line of the `msgid` keyword of the catalog entry holding `needle` in its msgid or msgstr. */
function entryLine(text: string, needle: string): number {
  const lines = text.split('\n');
  for (let at = lineOf(text, needle) - 1; at >= 0; at--) if (lines[at]!.startsWith('msgid ')) return at + 1;
  throw new Error(`no entry holds ${needle}`);
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the text: ${from}`);
  return text.replace(from, to);
}

function fileOf(report: CheckReport, file: string): FileCheck {
  const found = report.files.find((candidate) => candidate.path === file);
  if (!found) throw new Error(`${file} not in the report`);
  return found;
}

const kinds = (problems: readonly Problem[]): string[] => problems.map((problem) => problem.kind);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'doctable-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ZH_CN = hasCorpus ? corpusPath(corpusFile('real', 'zh-cn_3.12.3_html_')) : '';
const KO = hasCorpus ? corpusPath(corpusFile('real', 'ko_3.9.4_html_')) : '';
const EN_394 = hasCorpus ? corpusPath(corpusFile('real', 'en_3.9.4_html_')) : '';
const EN_3121 = hasCorpus ? corpusPath(corpusFile('real', 'en_3.12.1_html_')) : '';
const JA_PO = hasCorpus ? corpusPath(corpusFile('real', 'ja_3.11_po_')) : '';
const FR_PO = hasCorpus ? corpusPath(corpusFile('real', 'fr_3.13_po_')) : '';

describe.skipIf(!hasCorpus)('doctable check on real pairs', () => {
  it('passes a clean pair (ko 3.9.4 against en 3.9.4) and a translation against the bundled truth, exit 0', async () => {
    const pair = await doctable('check', KO, '--against', EN_394);
    expect(pair.stderr).toBe('');
    expect(pair.code).toBe(0);
    expect(pair.stdout).toContain('173 of 173 events ok · no problems');

    const truth = await doctable('check', ZH_CN, '--json');
    expect(truth.code).toBe(0);
    const report = JSON.parse(truth.stdout) as CheckReport;
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ path: ZH_CN, problems: [], version: '3.12.3', locale: 'zh-CN' });
    expect(report.files[0]!.against).toBe('bundled truth: 3.12.3 build (3.12.3_sources-lcctoor)');
  });

  it('reports a 3.12.3 translation against a 3.12.1 English page as one version mismatch, not as event errors', async () => {
    const run = await doctable('check', ZH_CN, '--against', EN_3121, '--json');
    expect(run.code).toBe(1);
    const [file] = (JSON.parse(run.stdout) as CheckReport).files;
    expect(kinds(file!.problems)).toEqual(['version-mismatch']);
    expect(file!.problems[0]).toMatchObject({ expected: '3.12.1', found: '3.12.3', line: null });
    expect(file!.problems[0]!.message).toMatch(/2 event differences are changes between these versions.*ctypes\.string_at/);
    expect(file!.health).toMatchObject({ versionChanges: 2, eventsChecked: 189 });
  });

  it('reads the real catalogs: only the internal table, entries and markup, saying so; fuzzy entries of the fr catalog', async () => {
    const run = await doctable('check', JA_PO, FR_PO, '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as CheckReport;
    const ja = fileOf(report, JA_PO);
    expect(ja.problems).toEqual([]);
    expect(ja.notes.join(' ')).toMatch(/public table is generated at build time/);
    expect(ja.health).toMatchObject({ eventsOk: 8, eventsChecked: 8, untranslated: 0, fuzzy: 0 });
    const fr = fileOf(report, FR_PO);
    const text = readCorpus(corpusFile('real', 'fr_3.13_po_'));
    expect(fr.problems.map((problem) => [problem.kind, problem.line])).toEqual([
      ['fuzzy', entryLine(text, 'This table contains all events')],
      ['fuzzy', lineOf(text, 'msgid "Audit event"')],
    ]);
  });
});

describe.skipIf(!hasCorpus)('doctable check finds planted faults, each with its kind and line', () => {
  it('a translated event name and one retyped in full-width letters (zh-cn 3.12.3 against the bundled truth)', async () => {
    const original = readCorpus(corpusFile('real', 'zh-cn_3.12.3_html_'));
    let text = replaceOnce(original, '<td><p>os.system</p></td>', '<td><p>操作系统.system</p></td>');
    text = replaceOnce(text, '<td><p>os.walk</p></td>', '<td><p>ｏｓ.ｗａｌｋ</p></td>');
    const file = path.join(dir, 'zh-cn_3.12.3_translated-event.html');
    await writeFile(file, text);
    const run = await doctable('check', file, '--json');
    expect(run.code).toBe(1);
    const [check] = (JSON.parse(run.stdout) as CheckReport).files;
    expect(check!.problems).toEqual([
      expect.objectContaining({ kind: 'translated-identifier', line: lineOf(text, '操作系统.system'), event: 'os.system', expected: 'os.system', found: '操作系统.system' }),
      expect.objectContaining({ kind: 'translated-identifier', line: lineOf(text, 'ｏｓ.ｗａｌｋ'), event: 'os.walk', found: 'ｏｓ.ｗａｌｋ' }),
    ]);
    expect(check!.problems[1]!.message).toContain('full-width');
  });

  it('a renamed argument and a dropped row (ko 3.9.4 against en 3.9.4), also as GitHub annotations', async () => {
    const original = readCorpus(corpusFile('real', 'ko_3.9.4_html_'));
    const systemRow = '<tr class="row-even"><td><p>os.system</p></td>\n<td><p><code class="docutils literal notranslate"><span class="pre">command</span>';
    let text = replaceOnce(original, systemRow, systemRow.replace('>command<', '>cmd<'));
    const symlinkStart = text.indexOf('<tr class="row-odd"><td><p>os.symlink</p></td>');
    text = text.slice(0, symlinkStart) + text.slice(text.indexOf('</tr>', symlinkStart) + '</tr>\n'.length);
    const file = path.join(dir, 'ko_3.9.4_faults.html');
    await writeFile(file, text);

    const run = await doctable('check', file, '--against', EN_394, '--json');
    expect(run.code).toBe(1);
    const [check] = (JSON.parse(run.stdout) as CheckReport).files;
    expect(check!.problems).toEqual([
      expect.objectContaining({ kind: 'event-missing', event: 'os.symlink', line: lineOf(text, '<p>os.startfile</p>'), found: null }),
      expect.objectContaining({ kind: 'argument-renamed', event: 'os.system', line: lineOf(text, '<p>os.system</p>'), expected: 'command', found: 'cmd' }),
    ]);
    expect(check!.health).toMatchObject({ eventsOk: 171, eventsChecked: 173, problems: 2 });

    const github = await doctable('check', file, '--against', EN_394, '--format', 'github');
    expect(github.code).toBe(1);
    const annotations = github.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toEqual([
      `::error file=${file},line=${lineOf(text, '<p>os.startfile</p>')},title=doctable check%3A Event missing::public table: os.symlink is missing (the reference has it with arguments src, dst, dir_fd)`,
      `::error file=${file},line=${lineOf(text, '<p>os.system</p>')},title=doctable check%3A Argument renamed::public table: os.system: argument command is named "cmd"`,
    ]);
  });

  it('a broken role in a msgstr and a fuzzy entry with its previous msgid, shown as a word diff (ja catalog)', async () => {
    const original = readCorpus(corpusFile('real', 'ja_3.11_po_'));
    let text = replaceOnce(original, '"これらのイベントの処理についての情報は :func:`sys.addaudithook` と', '"これらのイベントの処理についての情報は :func: sys.addaudithook と');
    const introEntry = '#: ../../library/audit_events.rst:17\nmsgid ""';
    text = replaceOnce(
      text,
      introEntry,
      '#: ../../library/audit_events.rst:17\n#, fuzzy\n#| msgid ""\n#| "This table is generated from the CPython documentation, and may not "\n#| "show events raised by other implementations."\nmsgid ""',
    );
    const file = path.join(dir, 'ja_3.13_faults.po');
    await writeFile(file, text);
    const run = await doctable('check', file, '--json');
    expect(run.code).toBe(1);
    const [check] = (JSON.parse(run.stdout) as CheckReport).files;
    expect(kinds(check!.problems)).toEqual(['markup-mismatch', 'fuzzy']);
    expect(check!.problems[0]).toMatchObject({
      line: entryLine(text, 'See :func:`sys.addaudithook`'),
      expected: ':func:`sys.addaudithook`',
      found: expect.stringContaining(':func: sys.addaudithook'),
    });
    expect(check!.problems[1]).toMatchObject({
      line: lineOf(text, 'msgid ""', lineOf(text, '#| "show events')),
      previous: 'This table is generated from the CPython documentation, and may not show events raised by other implementations.',
    });
    expect(check!.problems[1]!.message).toContain('[-show-] {+represent+}');
    expect(check!.problems[1]!.message).toContain('{+See your runtime specific documentation for actual events raised.+}');
    expect(check!.health).toMatchObject({ fuzzy: 1, untranslated: 0 });

    const summary = await doctable('check', file);
    expect(summary.stdout).toMatch(/line \d+: fuzzy: .*the English changed: This table is generated/);
  });

  it('flags prose that does not use the glossary term, and passes where it does', async () => {
    const glossary = path.join(dir, 'glossary.csv');
    await writeFile(glossary, 'english term,locale,translation\nauditing event,ja,監査イベント\n"events",ja,"イベント"\nevents,fr,évènements\nraised internally,ja,内部的に発生\n');
    const run = await doctable('check', JA_PO, '--glossary', glossary, '--json');
    expect(run.code).toBe(1);
    const [check] = (JSON.parse(run.stdout) as CheckReport).files;
    const text = readCorpus(corpusFile('real', 'ja_3.11_po_'));
    expect(check!.problems).toEqual([
      expect.objectContaining({ kind: 'glossary', line: entryLine(text, 'The following events are raised internally'), expected: '内部的に発生' }),
    ]);
    const bad = await doctable('check', JA_PO, '--glossary', path.join(dir, 'missing.csv'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no such file');
  });
});

describe('doctable check cannot run', () => {
  it('exits 2 for a missing file, a file without the page and a usage error', async () => {
    const notPage = path.join(dir, 'notes.txt');
    await writeFile(notPage, 'nothing about audit events here\n');
    const missing = await doctable('check', path.join(dir, 'nope.html'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect((await doctable('check', notPage)).code).toBe(2);
    expect((await doctable('check')).code).toBe(2);
    expect((await doctable('check', notPage, '--format', 'xml')).code).toBe(2);
  });
});
