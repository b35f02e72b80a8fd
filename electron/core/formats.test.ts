/** Format variants beyond the corpus: older Sphinx HTML, GFM tables, CJK grids collapsed, tab-separated copies. */
import { describe, expect, it } from 'vitest';
import { NotADocTableError, type DocRow, type DocTableModel } from './model.js';
import { parseDocTable } from './parse.js';
import { corpusFile, hasCorpus, readCorpus } from './test-support/corpus.js';
import { gfmMarkdown, knownRows, sphinx18Html, sphinxGrid, tabSeparatedCopy, type SampleRow } from './test-support/render.js';

function eventsAndArgs(rows: readonly DocRow[] | readonly SampleRow[]): Array<[string, string[]]> {
  return rows.map((row) => [row.event, row.args]);
}

function table(model: DocTableModel, kind: 'public' | 'internal'): DocRow[] {
  return model.tables.find((entry) => entry.kind === kind)?.rows ?? [];
}

describe('Sphinx 1.8 HTML (text straight in the cells)', () => {
  const rows = knownRows('3.8.0');

  it('gives every row with link targets, the <title> version and the prose roles', () => {
    const model = parseDocTable(sphinx18Html(rows));
    expect(model.format).toBe('html');
    expect(eventsAndArgs(table(model, 'public'))).toEqual(eventsAndArgs(rows));
    expect(table(model, 'public').map((row) => row.refs.map((ref) => ref.target))).toEqual(rows.map((row) => row.refs));
    expect(model.tables[0]!.headers).toEqual(['Audit event', 'Arguments', 'References']);
    expect(model.version).toMatchObject({ value: '3.8.0', source: 'metadata' });
    expect(model.version!.evidence).toContain('3.8.0 (git tag v3.8.0) build');
    expect(model.locale).toBe('en');
    expect(model.prose.map((block) => block.role).slice(0, 4)).toEqual(['title', 'intro', 'see-also', 'implementation-detail']);
    // 3.8.0 had no internal table: a page ending after the public table is complete when it matches exactly.
    expect(model.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')).toEqual([]);
  });

  it('reads the version from an inline DOCUMENTATION_OPTIONS when the title has none', () => {
    const model = parseDocTable(sphinx18Html(rows, { title: 'Audit events table', inlineVersion: '3.8.0' }));
    expect(model.version).toMatchObject({ value: '3.8.0', source: 'metadata' });
    expect(model.version!.evidence).toContain('DOCUMENTATION_OPTIONS');
  });

  it('keeps the complete rows of a page cut inside the table and says where it stopped', () => {
    const html = sphinx18Html(rows);
    const cut = html.slice(0, html.indexOf('<tr', html.indexOf('>pdb.Pdb<')) + 40);
    const model = parseDocTable(cut);
    const kept = table(model, 'public');
    expect(kept.at(-1)!.event).toBe('pdb.Pdb');
    expect(eventsAndArgs(kept)).toEqual(eventsAndArgs(rows.slice(0, kept.length)));
    const warning = model.diagnostics.find((diagnostic) => diagnostic.severity === 'warning')!;
    expect(warning.message).toContain('public table');
    expect(warning.message).toContain('pdb.Pdb');
    expect(warning.line).toBe(cut.split('\n').length);
    // The page's own metadata still names its version.
    expect(model.version).toMatchObject({ value: '3.8.0', source: 'metadata' });
  });
});

describe('GFM pipe tables', () => {
  const rows = knownRows('3.12.4');

  it.each([
    { outerPipes: true, pad: true },
    { outerPipes: false, pad: false },
    { outerPipes: true, pad: false },
  ])('outer pipes $outerPipes, padded $pad: escapes resolved, references as links', (options) => {
    const model = parseDocTable(gfmMarkdown(rows, options));
    expect(model.format).toBe('markdown');
    expect(eventsAndArgs(table(model, 'public'))).toEqual(eventsAndArgs(rows));
    expect(table(model, 'public').map((row) => row.refs)).toEqual(
      rows.map((row) => row.refs.map((target, n) => ({ label: String(n + 1), target }))),
    );
    expect(model.title).toBe('Audit events table');
    expect(model.prose.find((block) => block.role === 'implementation-detail')?.text).toMatch(/^\*\*CPython implementation detail:\*\*/);
  });
});

describe.skipIf(!hasCorpus)('variants of corpus files', () => {
  it('Markdown whose trailing spaces were stripped (no hard breaks) gives the same rows', () => {
    const text = readCorpus(corpusFile('seeds', '003_'));
    const original = parseDocTable(text);
    const stripped = parseDocTable(text.replace(/[ \t]+$/gm, ''));
    expect(stripped.tables).toEqual(original.tables);
  });

  it('CJK Sphinx text collapsed onto one line gives the same rows (grid lines padded by display width)', () => {
    const text = readCorpus(corpusFile('real', 'zh-cn_3.10.12_sphinx-text_'));
    const lines = parseDocTable(text);
    const collapsed = parseDocTable(text.replace(/\n+/g, ' '));
    expect(collapsed.format).toBe('sphinx-text-collapsed');
    expect(collapsed.tables.map((entry) => ({ ...entry, rows: eventsAndArgs(entry.rows) }))).toEqual(
      lines.tables.map((entry) => ({ ...entry, rows: eventsAndArgs(entry.rows) })),
    );
    expect(collapsed.tables[1]!.headers).toEqual(['审计事件', '实参']);
    expect(collapsed.title).toBe('审计事件表');
  });

  it('CRLF line endings and a BOM change nothing but the bytes', () => {
    for (const file of [corpusFile('seeds', '000_'), corpusFile('seeds', '003_'), corpusFile('real', 'zh-cn_3.10.12_sphinx-text_')]) {
      const text = readCorpus(file);
      expect(parseDocTable(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual(parseDocTable(text));
    }
  });

  it('text cut inside the public table keeps the rows before the cut and warns where', () => {
    for (const [file, marker] of [
      [corpusFile('seeds', '000_'), '\nsocket.bind\n'],
      [corpusFile('seeds', '003_'), '\nsocket.bind\n'],
      [corpusFile('real', 'zh-cn_3.10.12_sphinx-text_'), '| socket.bind'],
    ] as const) {
      const text = readCorpus(file);
      const full = table(parseDocTable(text), 'public');
      const cut = text.slice(0, text.indexOf(marker) + marker.length + 5);
      const model = parseDocTable(cut);
      const kept = table(model, 'public');
      expect(kept.length, file).toBeGreaterThan(100);
      expect(kept, file).toEqual(full.slice(0, kept.length));
      expect(full[kept.length]!.event, file).toBe('socket.bind');
      const warning = model.diagnostics.find((diagnostic) => diagnostic.severity === 'warning');
      expect(warning?.message, file).toContain(kept.at(-1)!.event);
      // The unfinished row's line: the line socket.bind starts on.
      expect(warning?.line, file).toBe(cut.slice(0, cut.indexOf(marker) + 1).split('\n').length);
    }
  });
});

describe('synthetic grids and copies', () => {
  const internal = knownRows('3.12.4', 'internal');

  it('a CJK-headed grid table, wrapped narrow and collapsed, keeps every argument list', () => {
    const grid = sphinxGrid(['审计事件', '实参'], internal, [16, 24]);
    const page = `审计事件表\n**********\n\n下列事件只在内部被引发:\n\n${grid}\n`;
    for (const text of [page, page.replace(/\n+/g, ' ')]) {
      const model = parseDocTable(text);
      expect(model.tables.map((entry) => entry.headers)).toEqual([['审计事件', '实参']]);
      expect(eventsAndArgs(model.tables[0]!.rows)).toEqual(eventsAndArgs(internal));
      expect(model.locale).toBe('zh-CN');
    }
  });

  it('a browser copy with tab-separated rows gives both tables', () => {
    const rows = knownRows('3.11.0');
    const model = parseDocTable(tabSeparatedCopy(rows, internal));
    expect(model.format).toBe('browser-text');
    expect(eventsAndArgs(table(model, 'public'))).toEqual(eventsAndArgs(rows));
    expect(eventsAndArgs(table(model, 'internal'))).toEqual(eventsAndArgs(internal));
    expect(model.tables.map((entry) => entry.headers)).toEqual([
      ['Audit event', 'Arguments', 'References'],
      ['Audit event', 'Arguments'],
    ]);
    expect(model.version).toMatchObject({ value: '3.11', source: 'inferred' });
  });
});

describe('texts that hold no audit table', () => {
  it.each([
    ['an empty file', ''],
    ['whitespace', '  \n\t\n'],
    ['prose', 'Just some notes.\n\nNothing to see: sys.audit() is mentioned once.\n'],
    ['an HTML page without the table', '<!DOCTYPE html><html><body><h1>Hello</h1><table><tr><td>a</td><td>b</td></tr></table></body></html>'],
    ['a catalog of another page', 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\n#: library/os.rst:1\nmsgid "os"\nmsgstr "os"\n'],
    ['a malformed catalog', 'msgid "a"\nmsgstr "b\nmsgid'],
    ['reST without the table', '.. _x:\n\nTitle\n=====\n\n.. note::\n\n   Text.\n'],
    ['a Markdown table of something else', '| a | b |\n|---|---|\n| 1 | 2 |\n'],
  ])('%s → NotADocTableError', (_name, text) => {
    expect(() => parseDocTable(text)).toThrow(NotADocTableError);
  });
});
