/**
 * Page fidelity cases seen on real builds (issue 11), each made from a real corpus file or a rendition of known
 * rows: a page holding only the internal table, a complete page of an unknown build, a version the evidence
 * cannot pin, accumulated duplicate references, an English page in a translated theme, rows repeated many times.
 */
import { describe, expect, it } from 'vitest';
import type { DocTableModel } from './model.js';
import { parseDocTable } from './parse.js';
import { corpusFile, hasCorpus, readCorpus } from './test-support/corpus.js';
import { knownRows, sphinx18Html, tabSeparatedCopy } from './test-support/render.js';

const warnings = (model: DocTableModel): string[] =>
  model.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => diagnostic.message);

const englishHtml = (): string => readCorpus(corpusFile('real', 'en_3.12.1_html_'));

/** The real page without its public table (what a build without CPython's Sphinx extension shows). */
function withoutPublicTable(html: string): string {
  const start = html.indexOf('<table');
  const end = html.indexOf('</table>', start) + '</table>'.length;
  return html.slice(0, start) + html.slice(end);
}

describe.skipIf(!hasCorpus)('a page holding only the internal table', () => {
  it('the real English HTML page without its public table: one internal table, no cut-off, no public evidence', () => {
    const model = parseDocTable(withoutPublicTable(englishHtml()), { path: '/docs/library/audit_events.html' });
    expect(model.tables.map((table) => [table.kind, table.rows.length, table.headers])).toEqual([
      ['internal', 8, ['Audit event', 'Arguments']],
    ]);
    expect(warnings(model)).toEqual([]);
    expect(model.prose.find((block) => block.role === 'internal-intro')?.text).toMatch(/^The following events are raised internally/);
    expect(model.version).toMatchObject({ value: '3.12.1', source: 'metadata' });
    expect(model.version!.evidence).toContain('no public table to compare');
    expect(model.version!.evidence).not.toMatch(/\d+\/\d+ public/);
  });

  it('the same in a browser copy without metadata: a range of the builds with that internal table, low confidence', () => {
    const text = tabSeparatedCopy([], knownRows('3.12.4', 'internal')).replace('Audit event\tArguments\tReferences\n', '');
    const model = parseDocTable(text, { path: '/tmp/copy.txt' });
    expect(model.tables.map((table) => [table.kind, table.rows.length])).toEqual([['internal', 8]]);
    expect(warnings(model)).toEqual([]);
    expect(model.version!.value).toMatch(/\u2013/);
    expect(model.version!.confidence).toBeLessThan(0.5);
  });
});

describe('a complete page whose event set matches no known build is not cut off', () => {
  const rows = knownRows('3.8.0').filter((row) => row.event !== 'os.system');

  it('a 3.8-era HTML page with an event removed, ending with </html>', () => {
    const model = parseDocTable(sphinx18Html(rows), { path: '/tmp/a.html' });
    expect(model.tables[0]!.rows).toHaveLength(68);
    expect(warnings(model)).toEqual([]);
  });

  it('while the same page cut right after its public table still is', () => {
    const html = sphinx18Html(rows);
    const cut = html.slice(0, html.indexOf('</table>') + '</table>'.length);
    expect(warnings(parseDocTable(cut, { path: '/tmp/a.html' })).join(' ')).toMatch(/looks cut off/);
  });
});

describe.skipIf(!hasCorpus)('the version is as precise as the evidence', () => {
  it('the zh-CN 3.10.12 text build under a name without a version: the 3.10 series, low confidence', () => {
    const model = parseDocTable(readCorpus(corpusFile('real', 'zh-cn_3.10.12_sphinx-text_')), { path: '/tmp/page.txt' });
    expect(model.version).toMatchObject({ value: '3.10', source: 'inferred' });
    expect(model.version!.confidence).toBeLessThanOrEqual(0.5);
    expect(model.version!.evidence).toContain('3.10.2 build');
  });

  it('with its real name, the path gives the point version the series agrees with', () => {
    const file = corpusFile('real', 'zh-cn_3.10.12_sphinx-text_');
    expect(parseDocTable(readCorpus(file), { path: `/corpus/${file}` }).version).toMatchObject({ value: '3.10.12', source: 'path' });
  });
});

describe.skipIf(!hasCorpus)('accumulated duplicate references', () => {
  it('a cell linking the same targets hundreds of times keeps each target once, with its count, and says so', () => {
    const html = englishHtml();
    const cell = '<a class="reference internal" href="array.html#array.array">[1]</a>';
    const repeated = Array.from({ length: 432 }, (_, n) => cell.replace('[1]', `[${n + 1}]`)).join('');
    const model = parseDocTable(html.replace(cell, repeated), { path: '/tmp/audit_events.html' });
    const row = model.tables[0]!.rows.find((candidate) => candidate.event === 'array.__new__')!;
    expect(row.refs).toEqual([{ label: '1', target: 'array.html#array.array', count: 432 }]);
    const info = model.diagnostics.filter((diagnostic) => diagnostic.message.includes('array.__new__ lists'));
    expect(info).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('lists 432 references to 1 places') }),
    ]);
    expect(warnings(model)).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)('the interface language is not the content language', () => {
  it('an English page in a Turkish-translated theme: locale en, uiLocale tr', () => {
    const html = englishHtml()
      .replace('<html>', '<html lang="tr">')
      .replaceAll('Previous topic', 'Önceki konu')
      .replaceAll('Next topic', 'Sonraki konu')
      .replaceAll('Quick search', 'Hızlı arama');
    const model = parseDocTable(html, { path: '/tmp/audit_events.html' });
    expect(model.locale).toBe('en');
    expect(model.uiLocale).toBe('tr');
  });

  it('a translated page keeps its declared language and has no uiLocale', () => {
    const model = parseDocTable(readCorpus(corpusFile('real', 'ko_3.9.4_html_')), { path: '/tmp/audit_events.html' });
    expect(model.locale).toBe('ko');
    expect(model.uiLocale).toBeUndefined();
    const english = parseDocTable(englishHtml().replace('<html>', '<html lang="en">'), { path: '/tmp/audit_events.html' });
    expect(english.locale).toBe('en');
    expect(english.uiLocale).toBeUndefined();
  });
});

describe('rows repeated many times', () => {
  it('each event is reported once, with the true count', () => {
    const rows = knownRows('3.12.4').slice(0, 30);
    const repeated = Array.from({ length: 50 }, () => rows).flat();
    const model = parseDocTable(tabSeparatedCopy(repeated, []), { path: '/tmp/big.txt' });
    const duplicates = model.diagnostics.filter((diagnostic) => /appears/.test(diagnostic.message)).map((diagnostic) => diagnostic.message);
    // 30 events, each 50 times: 20 listed one by one, the other 10 counted in one line.
    expect(duplicates).toEqual(rows.slice(0, 20).map((row) => `public table: ${row.event} appears 50 times`));
    expect(model.diagnostics.map((diagnostic) => diagnostic.message)).toContain('public table: 10 more rows like the above');
  });
});
