/**
 * Recognising the audit events page among the other pages of a docs build (identify.ts): every other page of
 * the shared sample tree (HTML and _sources/*.rst.txt), this repository's own Markdown docs, and other pages'
 * tables converted into the page's other formats are turned away with a short reason; the page itself, its
 * renditions in the corpus and cut-off copies of it are read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'domhandler';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { countCellEvents, sniffPage } from './identify.js';
import { NotADocTableError, type DocTableModel } from './model.js';
import { parseDocTable } from './parse.js';
import { corpusFile, corpusPath, hasCorpus, readCorpus } from './test-support/corpus.js';
import { knownRows, sphinxGrid } from './test-support/render.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The NotADocTableError message a text is turned away with, or null when it is read. */
function rejection(text: string, file?: string): string | null {
  try {
    parseDocTable(text, file === undefined ? {} : { path: file });
    return null;
  } catch (error) {
    if (error instanceof NotADocTableError) return error.message;
    throw error;
  }
}

const TREE = hasCorpus ? corpusPath('trees') : '';
const treeFiles = (): string[] => filesUnder(TREE).filter((file) => !file.endsWith('README.md')).sort();
const isAuditPage = (file: string): boolean => path.basename(file) === 'audit_events.html';

describe.skipIf(!hasCorpus)('a whole docs tree', () => {
  it('reads exactly the audit events page and turns every other file away with a short reason', () => {
    const files = treeFiles();
    expect(files.length).toBeGreaterThan(90);
    const accepted: string[] = [];
    const reasons: string[] = [];
    for (const file of files) {
      const reason = rejection(readFileSync(file, 'utf8'), file);
      if (reason === null) accepted.push(path.relative(TREE, file));
      else reasons.push(reason);
    }
    expect(accepted).toEqual(files.filter(isAuditPage).map((file) => path.relative(TREE, file)));
    expect(reasons).toHaveLength(files.length - 1);
    for (const reason of reasons) {
      expect(reason).toMatch(/^not the audit events page \(.+\)$/);
      expect(reason.length).toBeLessThan(140);
    }
    expect(reasons).toContain('not the audit events page (title: Descriptor HowTo Guide)');
  });

  it('turns most pages away from their raw text, before any reader runs', () => {
    const files = treeFiles().filter((file) => !isAuditPage(file));
    let sniffedAway = 0;
    for (const file of files) {
      try {
        sniffPage(readFileSync(file, 'utf8'), file);
      } catch (error) {
        if (!(error instanceof NotADocTableError)) throw error;
        sniffedAway++;
      }
    }
    expect(sniffedAway / files.length).toBeGreaterThan(0.9);
  });

  it('the same page under a random name is still read (the file name is a hint only)', () => {
    const file = treeFiles().find(isAuditPage)!;
    expect(rejection(readFileSync(file, 'utf8'), '/tmp/x/8f3a2c.html')).toBeNull();
    expect(rejection(readFileSync(file, 'utf8'))).toBeNull();
  });
});

describe('this repository’s own docs are not the page', () => {
  it.each(['README.md', 'docs/performance.md', 'docs/reliability.md'])('%s', (relative) => {
    const reason = rejection(readFileSync(path.join(REPO, relative), 'utf8'), path.join(REPO, relative));
    expect(reason).toMatch(/^not the audit events page \(title: /);
  });
});

interface OtherTable {
  title: string;
  rows: string[][];
}

/** The tables of a real HTML page whose first column holds dotted names (module.name). */
function dottedTables(file: string): OtherTable {
  const document = parseDocument(readFileSync(file, 'utf8'));
  const h1 = findAll((element) => element.name === 'h1', document.children)[0]!;
  // A cell shows "run()" and links to "asyncio.run": the link's title is the dotted name.
  const cellText = (cell: Element): string =>
    findAll((link) => link.name === 'a', cell.children)[0]?.attribs['title'] ?? textContent(cell).replace(/\s+/g, ' ').trim();
  const rows = findAll((element) => element.name === 'tr', document.children)
    .map((row) => findAll((cell) => cell.name === 'td', row.children).map(cellText))
    .filter((cells) => cells.length >= 2 && /^\w+(\.\w+)+/.test(cells[0]!));
  return { title: textContent(h1).replace(/\u00b6/g, '').trim(), rows: rows.map((cells) => [cells[0]!.replace(/\(.*$/, ''), ...cells.slice(1)]) };
}

describe.skipIf(!hasCorpus)('other pages’ tables of module.name rows, converted to the page’s other formats', () => {
  const source = (): OtherTable => dottedTables(path.join(TREE, treeFiles().find((file) => file.endsWith('asyncio-api-index.html'))!.slice(TREE.length + 1)));

  it('the source page has such rows (the test would prove nothing otherwise)', () => {
    expect(source().rows.length).toBeGreaterThan(10);
  });

  const renditions: Array<[string, (table: OtherTable) => string]> = [
    [
      'Markdown',
      (table) =>
        [`# ${table.title}`, '', 'Name | Description', '---|---', ...table.rows.map((cells) => `${cells[0]} | ${cells[1]}`), ''].join('\n'),
    ],
    [
      'Sphinx text',
      (table) =>
        `${table.title}\n${'*'.repeat(table.title.length)}\n\n` +
        sphinxGrid(['Name', 'Description'], table.rows.map((cells) => ({ event: cells[0]!, args: [], refs: [] })), [40, 20]) +
        '\n',
    ],
    ['a browser copy', (table) => [table.title, 'Name\tDescription', ...table.rows.map((cells) => cells.join('\t'))].join('\n')],
    [
      'reST',
      (table) =>
        `${table.title}\n${'='.repeat(table.title.length)}\n\n` +
        sphinxGrid(['Name', 'Description'], table.rows.map((cells) => ({ event: cells[0]!, args: [], refs: [] })), [40, 20]).replace(/\|=/g, '+=').replace(/=\|/g, '=+') +
        '\n',
    ],
  ];

  it.each(renditions)('%s: turned away, with the page’s title as the reason', (_name, render) => {
    const table = source();
    expect(rejection(render(table), '/docs/x.txt')).toBe(`not the audit events page (title: ${table.title})`);
  });
});

describe('a made-up page whose table names a few known events is not the page', () => {
  it('four known events among other dotted names, under another title: past the pre-check, turned away by the score', () => {
    const changes = ['os.system', 'shutil.copyfile', 'os.chdir', 'socket.connect', 'foo.bar', 'baz.qux', 'spam.eggs', 'a.b'];
    const text = ['# Changes in 3.9', '', 'Function | Change', '---|---', ...changes.map((name) => `${name} | changed`), ''].join('\n');
    expect(() => sniffPage(text, undefined)).not.toThrow();
    expect(rejection(text)).toBe('not the audit events page (title: Changes in 3.9)');
  });

  it('while a copy of the page’s first rows, in any language and under any name, is read', () => {
    const rows = knownRows('3.12.4').slice(0, 6);
    const text = ['Tabla de eventos de auditoría', 'Evento\tArgumentos\tReferencias', ...rows.map((row) => `${row.event}\t${row.args.join(', ')}\t[1]`)].join('\n');
    expect(rejection(text, '/tmp/copy.txt')).toBeNull();
  });
});

describe.skipIf(!hasCorpus)('cut-off copies of the page are still read, with their warning', () => {
  const cutWarning = (model: DocTableModel): string | undefined =>
    model.diagnostics.find((diagnostic) => diagnostic.severity === 'warning' && /stops|cut off/.test(diagnostic.message))?.message;

  it('seed 004 (cut after webbrowser.open)', () => {
    const model = parseDocTable(readCorpus(corpusFile('seeds', '004_')), { path: '/tmp/004.txt' });
    expect(cutWarning(model)).toContain('webbrowser.open');
  });

  it.each([5, 40, 150])('the real English HTML page cut inside row %i of its public table, under a random name', (rowCount) => {
    const text = readCorpus(corpusFile('real', 'en_3.12.1_html_'));
    let at = -1;
    for (let row = 0; row < rowCount; row++) at = text.indexOf('<tr class="row-', at + 1);
    const model = parseDocTable(text.slice(0, at + 40), { path: '/tmp/a1b2c3.html' });
    expect(model.tables[0]!.rows.length).toBeGreaterThanOrEqual(rowCount - 2);
    expect(cutWarning(model)).toBeDefined();
  });

  it.each([3, 12])('seed 000 (pt-BR browser copy) cut after %i public rows, under a random name', (rowCount) => {
    const text = readCorpus(corpusFile('seeds', '000_'));
    const model = parseDocTable(text, {});
    const row = model.tables[0]!.rows[rowCount]!;
    const cut = text.split('\n').slice(0, row.line! - 1).join('\n');
    const copy = parseDocTable(cut, { path: '/tmp/x.txt' });
    expect(copy.tables[0]!.rows.length).toBe(rowCount);
  });
});

describe('the raw-text pre-check', () => {
  it('counts known event names alone in cells, not those in prose, links or code', () => {
    expect(countCellEvents('<td><p>os.system</p></td><td>x</td>\n<tr><td>shutil.copyfile</td>')).toBe(2);
    expect(countCellEvents('| os.system | command |\n| os.chdir | path |')).toBe(2);
    expect(countCellEvents('os.system\ncommand\n[1]\n\\_winapi.CreateFile\n')).toBe(2);
    expect(countCellEvents('Raises an auditing event os.system with argument command.\n<a href="os.html#os.chdir">os.chdir</a> <code><span class="pre">os.kill</span></code>')).toBe(0);
  });
});
