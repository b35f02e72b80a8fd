/**
 * prejudge gives a verdict only when it is the parser's own: checked on every file of the shared corpus and the
 * bundled samples, on cut-off copies of them, and on pages made to sit on the edges of its reasoning.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocTable } from '../core/parse.js';
import { hasCorpus } from '../core/test-support/corpus.js';
import { examineBytes, type Verdict } from './examine.js';
import { prejudge } from './prejudge.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import { CORPUS_DIR, CORPUS_TREE } from './test-support.js';

/** The parser's verdict, the whole way (a parser other than parseDocTable itself is never prejudged). */
function parserVerdict(bytes: Uint8Array, filePath: string): Verdict {
  return examineBytes(bytes, filePath, (text, options) => parseDocTable(text, options));
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** prejudge says nothing, or exactly what the parser says. Returns whether it decided. */
function expectSameOrUndecided(bytes: Uint8Array, filePath: string): boolean {
  const early = prejudge(bytes, filePath);
  if (early === null) return false;
  expect({ file: filePath, verdict: early }).toEqual({ file: filePath, verdict: parserVerdict(bytes, filePath) });
  return true;
}

const page = (title: string, body: string, head = '') =>
  `<!DOCTYPE html>\n<html><head>${head}<meta charset="utf-8" />\n<title>${title} &#8212; Python 3.12 documentation</title></head>\n<body><h1>${title}</h1>\n${body}\n</body></html>\n`;
const table = (cells: string[]) => `<table><tbody>${cells.map((cell) => `<tr><td>${cell}</td><td>x</td></tr>`).join('')}</tbody></table>`;
const bytesOf = (text: string) => Buffer.from(text, 'utf8');

describe.skipIf(!hasCorpus)('prejudge on the shared corpus', () => {
  const files = [...filesUnder(CORPUS_DIR), ...filesUnder(BUNDLED_SAMPLES_DIR)].filter((file) => !file.endsWith('.json'));

  it('gives the parser’s verdict for every corpus and sample file it decides', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expectSameOrUndecided(readFileSync(file), file);
  });

  it('gives the parser’s verdict for cut-off copies (cuts inside characters included)', () => {
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const cut of [1, 100, 4095, 4097, 9000, 65_537, Math.floor(bytes.length / 2), bytes.length - 1]) {
        if (cut > 0 && cut < bytes.length) expectSameOrUndecided(bytes.subarray(0, cut), `${file}.cut${cut}`);
      }
    }
  });

  it('decides most pages of a docs build, and never the audit events page', () => {
    const pages = filesUnder(CORPUS_TREE).filter((file) => /\.(html|txt)$/.test(file));
    const decided = pages.filter((file) => expectSameOrUndecided(readFileSync(file), file));
    const audit = path.join(CORPUS_TREE, 'library', 'audit_events.html');
    expect(pages).toContain(audit);
    expect(decided).not.toContain(audit);
    // A corpus audit page under another name, too: its identity marks are in its bytes.
    const real = filesUnder(path.join(CORPUS_DIR, 'real'));
    for (const file of real) expect(prejudge(readFileSync(file), `/d/copy-${real.indexOf(file)}.html`)).toBeNull();
    expect(decided.length).toBeGreaterThan(pages.length * 0.75);
  });
});

describe('prejudge on the edges of its reasoning', () => {
  const events = ['os.system', 'socket.getaddrinfo', 'builtins.input'];

  it('leaves three known events in cells to the parser, however they are written', () => {
    for (const cells of [
      events,
      events.map((name) => `\u00a0${name}\u00a0`),
      events.map((name) => `<p>${name.replace('.', '\\.')}</p>`),
    ]) {
      const bytes = bytesOf(page('Some page', table(cells)));
      expect(prejudge(bytes, '/d/some.html')).toBeNull();
    }
    const piped = `Some page\n=========\n\n| ${events.join(' |\n| ')} |\n`;
    expect(prejudge(bytesOf(piped), '/d/some.md')).toBeNull();
  });

  it('leaves pages with an identity mark or an audit title to the parser', () => {
    for (const text of [
      page('AUDIT LOG', '<p>nothing</p>'),
      page('監査イベント表', '<p>nothing</p>'),
      page('Other', '<p>see <a href="audit_events.html">here</a></p>'),
      page('Other', '<span id="audit-events"></span>'),
      `Title\n=====\n\n.. audit-event-table::\n`,
    ]) {
      expect(prejudge(bytesOf(text), '/d/other.html')).toBeNull();
    }
    expect(prejudge(bytesOf(page('Other', '<p>x</p>')), '/d/library/audit_events.html')).toBeNull();
  });

  it('decides other pages as the parser does: CRLF, BOM, a late title, two events, a catalog of another page', () => {
    const other = page('Descriptor HowTo Guide', table(events.slice(0, 2)) + '<p>os.path and sys.argv</p>');
    const cases = [
      other,
      other.replaceAll('\n', '\r\n'),
      `\ufeff${other}`,
      page('Late title', '<p>text</p>', `<!-- ${'padding '.repeat(1000)} -->`),
      `# Translation\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n#: ../../library/os.rst:10\nmsgid "Miscellaneous operating system interfaces"\nmsgstr "x"\n`,
      'Plain notes\n\nnothing here\n',
    ];
    for (const text of cases) expect(expectSameOrUndecided(bytesOf(text), '/d/other.html')).toBe(true);
  });

  it('leaves bytes that are not plain UTF-8 text to the parser', () => {
    const other = page('Other', '<p>x</p>');
    expect(prejudge(Buffer.concat([bytesOf(other), Buffer.from([0xff, 0xfe])]), '/d/o.html')).toBeNull();
    expect(prejudge(Buffer.concat([bytesOf(other), Buffer.from([0])]), '/d/o.html')).toBeNull();
    expect(prejudge(bytesOf(`\u0001\u0002${other}`), '/d/o.html')).toBeNull();
    expect(prejudge(Buffer.from(other, 'utf16le'), '/d/o.html')).toBeNull();
    expect(prejudge(bytesOf('  \n\n '), '/d/o.html')).toBeNull();
  });
});
