/**
 * Every real file of the shared corpus, parsed and compared row for row (events and arguments, in order) with
 * the truth data of the build it comes from, and across formats.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocRow, DocTableModel, TableKind } from './model.js';
import { parseDocTable } from './parse.js';
import { UNSTABLE_ARGS, corpusFile, corpusPath, hasCorpus, readCorpus, truthBuild, type TruthRow } from './test-support/corpus.js';

const parsed = new Map<string, DocTableModel>();
function parseCorpus(relative: string): DocTableModel {
  let model = parsed.get(relative);
  if (!model) {
    model = parseDocTable(readCorpus(relative), { path: corpusPath(relative) });
    parsed.set(relative, model);
  }
  return model;
}

function rows(model: DocTableModel, kind: TableKind): DocRow[] {
  return model.tables.find((table) => table.kind === kind)?.rows ?? [];
}

/** Events and argument lists in order; the arguments of events known to vary between builds are left out. */
function shape(list: ReadonlyArray<{ event: string; args: string[] }>): Array<[string, string[] | '(varies)']> {
  return list.map((row) => [row.event, UNSTABLE_ARGS.has(row.event) ? '(varies)' : row.args]);
}

function find(model: DocTableModel, event: string): DocRow {
  const row = model.tables.flatMap((table) => table.rows).find((candidate) => candidate.event === event);
  if (!row) throw new Error(`${event} not parsed`);
  return row;
}

const SEED = {
  ptBrBrowser: () => corpusFile('seeds', '000_'),
  jaBrowser: () => corpusFile('seeds', '001_'),
  enCollapsed: () => corpusFile('seeds', '002_'),
  zhMarkdown: () => corpusFile('seeds', '003_'),
  zhTruncated: () => corpusFile('seeds', '004_'),
};
const REAL = {
  en3121: () => corpusFile('real', 'en_3.12.1_html_'),
  en394: () => corpusFile('real', 'en_3.9.4_html_'),
  ko394: () => corpusFile('real', 'ko_3.9.4_html_'),
  zhCn3123: () => corpusFile('real', 'zh-cn_3.12.3_html_'),
  zhTw3124: () => corpusFile('real', 'zh-tw_3.12.4_html_'),
  zhCnText: () => corpusFile('real', 'zh-cn_3.10.12_sphinx-text_'),
  rst: () => corpusFile('real', 'en_3.11.0_rst-txt_'),
  poFr: () => corpusFile('real', 'fr_3.13_po_'),
  poJa: () => corpusFile('real', 'ja_3.11_po_'),
  poPtBr: () => corpusFile('real', 'pt-br_3.12_po_'),
};

describe.skipIf(!hasCorpus)('corpus seeds', () => {
  it('000: pt-BR text copied from a browser gives the 3.12 builds’ rows', () => {
    const model = parseCorpus(SEED.ptBrBrowser());
    const truth = truthBuild('3.12.3_sources-lcctoor');
    expect(model.format).toBe('browser-text');
    expect(model.locale).toBe('pt-BR');
    expect(model.title).toBe('Tabela de eventos de auditoria');
    expect(rows(model, 'public')).toHaveLength(181);
    expect(rows(model, 'internal')).toHaveLength(8);
    expect(shape(rows(model, 'public'))).toEqual(shape(truth.public));
    expect(shape(rows(model, 'internal'))).toEqual(shape(truth.internal));
    expect(model.tables.map((table) => table.headers)).toEqual([
      ['Audit event', 'Arguments', 'References'],
      ['Evento de auditoria', 'Argumentos'],
    ]);
    expect(find(model, 'code.__new__').args).toHaveLength(9);
    expect(find(model, 'cpython.run_stdin')).toMatchObject({ args: [], refs: [{ label: '1' }, { label: '2' }, { label: '3' }] });
    expect(find(model, '_winapi.CreatePipe').args).toEqual([]);
    expect(model.version).toMatchObject({ value: '3.12', source: 'inferred' });
    expect(model.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });

  it('001: ja browser copy (English intro, Japanese title) gives the 3.9.7 build’s rows, as a 3.9 release', () => {
    const model = parseCorpus(SEED.jaBrowser());
    const truth = truthBuild('3.9.7_sources-duyhpe');
    expect(model.format).toBe('browser-text');
    expect(model.locale).toBe('ja');
    expect(shape(rows(model, 'public'))).toEqual(shape(truth.public));
    expect(shape(rows(model, 'internal'))).toEqual(shape(truth.internal));
    // Matches the 3.9.7 build exactly, which says "a 3.9 release", not which one (issue 11: no over-precision).
    expect(model.version).toMatchObject({ value: '3.9', source: 'inferred' });
    expect(model.version!.confidence).toBeLessThanOrEqual(0.5);
    expect(model.version!.evidence).toContain('event set matches the 3.9.7 build');
  });

  it('002: collapsed Sphinx text gives the 3.10.2 build’s rows, all on line 1, as a 3.10 release', () => {
    const model = parseCorpus(SEED.enCollapsed());
    const truth = truthBuild('3.10.2_sources-weblate-zh-tw');
    expect(model.format).toBe('sphinx-text-collapsed');
    expect(model.locale).toBe('en');
    expect(model.title).toBe('Audit events table');
    expect(shape(rows(model, 'public'))).toEqual(shape(truth.public));
    expect(shape(rows(model, 'internal'))).toEqual(shape(truth.internal));
    expect(rows(model, 'public').map((row) => row.refs.length)).toEqual(truth.public.map((row) => row.refs));
    expect(new Set(model.tables.flatMap((table) => table.rows.map((row) => row.line)))).toEqual(new Set([1]));
    // Cells wrapped inside a word are rejoined without a space.
    expect(find(model, 'cpython.PyInterpreterState_Clear').args).toEqual([]);
    expect(find(model, 'winreg.ExpandEnvironmentStrings').args).toEqual(['str']);
    expect(model.prose.map((block) => block.role)).toEqual([
      'title', 'intro', 'see-also', 'implementation-detail', 'table-header', 'table-header', 'table-header',
      'internal-intro', 'table-header', 'table-header',
    ]);
    // The same event set as the 3.10.2 build (and as the real 3.10.12 text build in real/): a 3.10 release.
    expect(model.version).toMatchObject({ value: '3.10', source: 'inferred' });
    expect(model.version!.confidence).toBeLessThanOrEqual(0.5);
  });

  it('003: zh-CN Markdown (cells split over lines) gives the 3.13 rows with link targets', () => {
    const model = parseCorpus(SEED.zhMarkdown());
    const truth = truthBuild('3.13.0rc2_sources-kisaragi-zh-tw');
    expect(model.format).toBe('markdown');
    expect(model.locale).toBe('zh-CN');
    expect(model.title).toBe('审计事件表');
    expect(rows(model, 'public')).toHaveLength(178);
    expect(rows(model, 'internal')).toHaveLength(8);
    // This snapshot predates 3.12.3's rename of ctypes.string_at's argument: those two rows keep "address".
    const expected = truth.public.map((row): TruthRow =>
      row.event === 'ctypes.string_at' || row.event === 'ctypes.wstring_at' ? { ...row, args: ['address', 'size'] } : row,
    );
    expect(shape(rows(model, 'public'))).toEqual(shape(expected));
    expect(shape(rows(model, 'internal'))).toEqual(shape(truth.internal));
    expect(find(model, 'array.__new__').refs).toEqual([{ label: '1', target: 'array.md#array.array' }]);
    expect(find(model, 'tempfile.mkstemp').refs.map((ref) => ref.target)).toEqual([
      'tempfile.md#tempfile.NamedTemporaryFile',
      'tempfile.md#tempfile.TemporaryFile',
      'tempfile.md#tempfile.mkstemp',
    ]);
    expect(model.tables[1]!.headers).toEqual(['审计事件', '实参']);
    expect(model.version?.value).toBe('3.13.0rc2\u20133.14.0a0');
  });

  it('004: a cut-off zh-CN Sphinx text keeps its 71 rows, warns where it stops, and gets a low-confidence range', () => {
    const model = parseCorpus(SEED.zhTruncated());
    const v380 = truthBuild('git-v3.8.0-vmssoftware');
    const v383 = truthBuild('ja-3.8.3_sources');
    expect(model.format).toBe('sphinx-text');
    expect(model.locale).toBe('zh-CN');
    expect(rows(model, 'public')).toHaveLength(71);
    expect(rows(model, 'internal')).toHaveLength(0);
    // 3.8.0's events and the two the next known build (3.8.3) added first, with that build's arguments.
    const added = v383.public.filter((row) => row.event === 'import' || row.event === 'sys.addaudithook');
    const expected = [...v380.public, ...added].sort((a, b) => (a.event < b.event ? -1 : 1));
    expect(shape(rows(model, 'public'))).toEqual(shape(expected));
    const warnings = model.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('webbrowser.open');
    expect(warnings[0]!.line).toBe(find(model, 'webbrowser.open').line);
    expect(model.version).toMatchObject({ value: '3.8.0\u20133.8.3', source: 'inferred' });
    expect(model.version!.confidence).toBeLessThan(0.5);
  });
});

describe.skipIf(!hasCorpus)('corpus HTML builds match the truth build their name gives', () => {
  const cases = [
    { file: REAL.en3121, label: '3.12.2_sources-fangyuan', locale: 'en', version: '3.12.1', source: 'metadata' },
    { file: REAL.en394, label: '3.9.4_sources-obulat', locale: 'en', version: '3.9.4', source: 'metadata' },
    // No version in the page: its event set says 3.9, the path refines it to 3.9.4.
    { file: REAL.ko394, label: '3.9.4_sources-obulat', locale: 'ko', version: '3.9.4', source: 'path' },
    { file: REAL.zhCn3123, label: '3.12.3_sources-lcctoor', locale: 'zh-CN', version: '3.12.3', source: 'metadata' },
    { file: REAL.zhTw3124, label: '3.12.4_sources-mayavi-zh-tw', locale: 'zh-TW', version: '3.12.4', source: 'metadata' },
  ] as const;

  it.each(cases)('$label ← $locale $version', ({ file, label, locale, version, source }) => {
    const model = parseCorpus(file());
    const truth = truthBuild(label);
    expect(model.format).toBe('html');
    expect(model.locale).toBe(locale);
    expect(model.version).toMatchObject({ value: version, source });
    expect(shape(rows(model, 'public'))).toEqual(shape(truth.public));
    expect(shape(rows(model, 'internal'))).toEqual(shape(truth.internal));
    expect(rows(model, 'public').map((row) => row.refs.length)).toEqual(truth.public.map((row) => row.refs));
    expect(rows(model, 'public').every((row) => row.refs.every((ref) => ref.target?.includes('.html#')))).toBe(true);
    expect(model.prose.map((block) => block.role).slice(0, 4)).toEqual(['title', 'intro', 'see-also', 'implementation-detail']);
    expect(model.prose.some((block) => block.role === 'internal-intro')).toBe(true);
    expect(model.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });

  it('reads the translated internal headers as written', () => {
    expect(parseCorpus(REAL.ko394()).tables.map((table) => table.headers)).toEqual([
      ['Audit event', 'Arguments', 'References'],
      ['감사 이벤트', '인자'],
    ]);
    expect(parseCorpus(REAL.zhTw3124()).title).toBe('稽核事件表');
  });
});

describe.skipIf(!hasCorpus)('corpus text, catalogs and source', () => {
  it('zh-CN Sphinx text (grid tables) gives the 3.10 rows; the path refines the version', () => {
    const model = parseCorpus(REAL.zhCnText());
    const truth = truthBuild('3.10.2_sources-weblate-zh-tw');
    expect(model.format).toBe('sphinx-text');
    expect(shape(rows(model, 'public'))).toEqual(shape(truth.public));
    expect(shape(rows(model, 'internal'))).toEqual(shape(truth.internal));
    expect(model.tables[1]!.headers).toEqual(['审计事件', '实参']);
    expect(model.version).toMatchObject({ value: '3.10.12', source: 'path' });
  });

  it('the same era in two formats and two languages gives the same rows', () => {
    const english = parseCorpus(SEED.enCollapsed());
    const chinese = parseCorpus(REAL.zhCnText());
    for (const kind of ['public', 'internal'] as const) {
      expect(rows(english, kind).map(({ event, args, refs }) => ({ event, args, refs }))).toEqual(
        rows(chinese, kind).map(({ event, args, refs }) => ({ event, args, refs })),
      );
    }
    const browser = parseCorpus(SEED.ptBrBrowser());
    const html = parseCorpus(REAL.zhCn3123());
    expect(rows(browser, 'public').map(({ event, args }) => ({ event, args }))).toEqual(
      rows(html, 'public').map(({ event, args }) => ({ event, args })),
    );
  });

  it('gettext catalogs give title and prose with msgid beside msgstr and fuzzy flags', () => {
    const fr = parseCorpus(REAL.poFr());
    expect(fr.format).toBe('po');
    expect(fr.locale).toBe('fr');
    expect(fr.title).toBe("Table des évènements d'audit");
    const intro = fr.prose.find((block) => block.role === 'intro')!;
    expect(intro.fuzzy).toBe(true);
    expect(intro.source).toMatch(/^This table contains all events raised by/);
    expect(intro.text).toMatch(/^Cette table contient/);
    const headers = fr.prose.filter((block) => block.role === 'table-header');
    expect(headers.map((block) => [block.source, block.fuzzy])).toEqual([
      ['Audit event', true],
      ['Arguments', false],
    ]);
    // A build leaves fuzzy translations out, so the table header shows the msgid.
    expect(fr.tables[0]!.headers).toEqual(['Audit event', 'Arguments']);
    expect(fr.version).toMatchObject({ value: '3.13', source: 'path' });

    const ja = parseCorpus(REAL.poJa());
    expect(ja.locale).toBe('ja');
    expect(ja.prose.find((block) => block.role === 'title')).toMatchObject({ text: '監査イベント表', source: 'Audit events table', fuzzy: false, line: 28 });
    expect(ja.prose.map((block) => block.role)).toEqual([
      'title', 'intro', 'see-also', 'implementation-detail', 'internal-intro', 'table-header', 'table-header', 'other',
    ]);
    expect(ja.version).toMatchObject({ value: '3.13', source: 'metadata' });

    const ptBr = parseCorpus(REAL.poPtBr());
    expect(ptBr.locale).toBe('pt-BR');
    expect(ptBr.tables.map((table) => [table.kind, table.headers])).toEqual([['internal', ['Evento de auditoria', 'Argumentos']]]);
  });

  it('gettext catalogs rebuild the internal table from their cell entries', () => {
    const truth = truthBuild('3.12.4_sources-mayavi-zh-tw');
    for (const file of [REAL.poFr(), REAL.poJa(), REAL.poPtBr()]) {
      const model = parseCorpus(file);
      expect(model.tables.some((table) => table.kind === 'public')).toBe(false);
      expect(shape(rows(model, 'internal'))).toEqual(shape(truth.internal));
    }
  });

  it('the reST source parses as a page whose public table is generated: internal rows and an info note', () => {
    const model = parseCorpus(REAL.rst());
    const truth = truthBuild('3.11.0_sources-septatrix');
    expect(model.format).toBe('rst');
    expect(model.title).toBe('Audit events table');
    expect(model.tables.map((table) => table.kind)).toEqual(['internal']);
    expect(shape(rows(model, 'internal'))).toEqual(shape(truth.internal));
    expect(model.tables[0]!.headers).toEqual(['Audit event', 'Arguments']);
    const note = model.diagnostics.find((diagnostic) => diagnostic.message.includes('audit-event-table'));
    expect(note).toMatchObject({ severity: 'info', line: 21 });
    expect(model.prose.map((block) => block.role)).toEqual([
      'title', 'intro', 'see-also', 'implementation-detail', 'internal-intro', 'table-header', 'table-header',
    ]);
    expect(model.version).toMatchObject({ value: '3.11.0', source: 'path' });
  });
});

describe.skipIf(!hasCorpus)('row line numbers are the file’s', () => {
  const lineFiles = () =>
    ['seeds', 'real'].flatMap((folder) =>
      readdirSync(corpusPath(folder))
        .filter((name) => !name.includes('_po_') && !name.endsWith('.html') && !name.startsWith('002_'))
        .map((name) => `${folder}/${name}`),
    );

  it('each row of a text rendition starts on a line that holds (the start of) its event name', () => {
    for (const file of lineFiles()) {
      const lines = readCorpus(file).split('\n');
      for (const row of parseCorpus(file).tables.flatMap((table) => table.rows)) {
        const line = lines[row.line! - 1]!;
        expect(line.replace(/\\/g, ''), `${file}: ${row.event}`).toContain(row.event.slice(0, 20));
      }
    }
  });

  it('each HTML row starts on the line of its <tr>', () => {
    for (const file of [REAL.en3121(), REAL.ko394(), REAL.zhTw3124()]) {
      const lines = readCorpus(file).split('\n');
      for (const row of parseCorpus(file).tables.flatMap((table) => table.rows)) {
        expect(lines[row.line! - 1]).toMatch(new RegExp(`^<tr[^>]*><td><p>${row.event.replace(/[.]/g, '\\.')}</p>`));
      }
    }
  });
});
