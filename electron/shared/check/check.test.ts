/** The check's parts in process: real corpus models through the real parser, and the pure helpers on their own. */
import { describe, expect, it } from 'vitest';
import { parseDocTable } from '../../core/parse.js';
import { corpusFile, hasCorpus, readCorpus } from '../../core/test-support/corpus.js';
import { argumentProblems } from './events.js';
import { identifierKey, isEventIdentifier, retypedAs } from './identifiers.js';
import { compareMarkup } from './markup.js';
import { bundledHistory, checkTranslation, GlossaryError, parseGlossary, sameVersion, wordDiff, wordDiffText } from './index.js';

const history = bundledHistory();

function model(relative: string, edit: (text: string) => string = (text) => text) {
  return parseDocTable(edit(readCorpus(relative)), { path: relative });
}

describe('identifiers', () => {
  it('tells identifiers from translated names and finds what a retyped name stands for', () => {
    expect(isEventIdentifier('builtins.input/result')).toBe(true);
    expect(isEventIdentifier('os.系统')).toBe(false);
    expect(identifierKey('ｏｓ．ｓｙｓｔｅｍ')).toBe('os.system');
    expect(retypedAs('оs.system', 'os.system')).toMatch(/look-alike/); // Cyrillic о
    expect(retypedAs('os.sys\u200btem', 'os.system')).toMatch(/invisible/);
    expect(retypedAs('os.exec', 'os.system')).toBeNull();
  });

  it('names argument differences by kind', () => {
    const row = (args: string[]) => ({ event: 'os.rename', args, refs: [], line: 7 });
    const kindsOf = (want: string[], have: string[]) => argumentProblems('public table', row(want), row(have)).map((problem) => [problem.kind, problem.expected, problem.found]);
    expect(kindsOf(['src', 'dst'], ['dst', 'src'])).toEqual([['argument-reordered', 'src, dst', 'dst, src']]);
    expect(kindsOf(['src', 'dst', 'dir_fd'], ['src', 'dst'])).toEqual([['argument-missing', 'dir_fd', null]]);
    expect(kindsOf(['src'], ['src', 'extra'])).toEqual([['argument-extra', null, 'extra']]);
    expect(kindsOf(['src', 'dst'], ['src', '目标'])).toEqual([['translated-identifier', 'dst', '目标']]);
    expect(kindsOf(['src', 'dst'], ['src', 'ｄｓｔ'])).toEqual([['translated-identifier', 'dst', 'ｄｓｔ']]);
  });
});

describe('markup kept between msgid and msgstr', () => {
  it('keeps role targets, literals and substitutions; a :ref: title may be translated', () => {
    const english = 'See :ref:`audit events <audit-events>`, :func:`~sys.audit`, ``obj`` and |version|.';
    expect(compareMarkup(english, 'Voir :ref:`évènements <audit-events>`, :func:`sys.audit`, ``obj`` et |version|.')).toEqual({ missing: [], broken: [] });
    expect(compareMarkup(english, 'Voir :ref:`évènements <audit-events>`, :func: sys.audit, ``obj`` et |version|.')).toEqual({
      missing: [':func:`sys.audit`'],
      broken: [':func: sys.audit'],
    });
    expect(compareMarkup(english, 'Voir :ref:`évènements <audit-events>`, :func:`sys.audit`, `obj` et version.').missing).toEqual(['``obj``', '|version|']);
    expect(compareMarkup('Use ``obj``.', 'Utilisez ``obj`.')).toEqual({ missing: ['``obj``'], broken: ['Utilisez ``obj`.'] });
  });
});

describe('word diff', () => {
  it('shows what the English changed, removals before additions', () => {
    expect(wordDiffText(wordDiff('may not show events', 'may not represent events raised'))).toBe('may not [-show-] {+represent+} events {+raised+}');
    expect(wordDiff('', 'new text')).toEqual([{ op: 'added', text: 'new text' }]);
  });
});

describe('glossary CSV', () => {
  it('reads quoted fields and skips a header row; says which line is wrong', () => {
    expect(parseGlossary('\ufeffenglish term,locale,translation\r\n"audit event, table",fr,"table ""audit"""\n')).toEqual([
      { term: 'audit event, table', locale: 'fr', translation: 'table "audit"', line: 2 },
    ]);
    expect(() => parseGlossary('audit event,fr\n')).toThrow(GlossaryError);
    expect(() => parseGlossary('a,b,"c\n')).toThrow(/line 1: a quoted field is not closed/);
  });
});

describe('versions', () => {
  it('treats a release line and its releases, and ranges, as the same version', () => {
    expect(sameVersion('3.12', '3.12.3')).toBe(true);
    expect(sameVersion('3.12.1', '3.12.3')).toBe(false);
    expect(sameVersion('3.13.0rc2\u20133.14.0a0', '3.13.0rc2')).toBe(true);
    expect(sameVersion('3.13.0rc2\u20133.14.0a0', '3.12.4')).toBe(false);
  });
});

describe.skipIf(!hasCorpus)('checkTranslation on corpus models', () => {
  it('reports a file cut off once, not each event after the cut', () => {
    const english = model(corpusFile('real', 'en_3.9.4_html_'));
    const ko = model(corpusFile('real', 'ko_3.9.4_html_'), (text) => text.slice(0, text.indexOf('<tr class="row-even"><td><p>os.system</p></td>')));
    const check = checkTranslation('ko.html', ko, { kind: 'file', path: 'en.html', model: english }, { history });
    expect(check.problems.map((problem) => problem.kind)).toEqual(['cut-off']);
    expect(check.problems[0]!.message).toMatch(/public events of the reference after it are not there/);
  });

  it('reports a missing internal table and untranslated catalog entries', () => {
    const english = model(corpusFile('real', 'en_3.12.1_html_'));
    const withoutInternal = { ...english, tables: english.tables.filter((table) => table.kind === 'public') };
    const check = checkTranslation('en.html', withoutInternal, { kind: 'file', path: 'en.html', model: english }, { history });
    expect(check.problems.map((problem) => problem.kind)).toEqual(['internal-table-missing']);

    const ja = model(corpusFile('real', 'ja_3.11_po_'), (text) => text.replace('msgstr "引数"', 'msgstr ""'));
    const catalog = checkTranslation('ja.po', ja, { kind: 'truth' }, { history });
    expect(catalog.problems).toEqual([expect.objectContaining({ kind: 'untranslated', expected: 'Arguments', found: null })]);
    expect(catalog.health).toMatchObject({ untranslated: 1, fuzzy: 0 });
  });

  it('finds a translated event name and argument among a catalog\'s internal-table cells', () => {
    const ja = model(corpusFile('real', 'ja_3.11_po_'), (text) =>
      text.replace('msgstr "_winapi.CreateFile"', 'msgstr "_winapi.ファイル作成"').replace('msgstr "``src_path``, ``dst_path``"', 'msgstr "``src_path``, ``宛先``"'),
    );
    const check = checkTranslation('ja.po', ja, { kind: 'truth' }, { history });
    expect(check.problems.map((problem) => [problem.kind, problem.expected, problem.found])).toEqual([
      ['translated-identifier', '_winapi.CreateFile', '_winapi.ファイル作成'],
      ['translated-identifier', 'dst_path', '宛先'],
    ]);
    expect(check.problems[0]!.line).toBe(ja.tables[0]!.rows[0]!.line);
  });
});
