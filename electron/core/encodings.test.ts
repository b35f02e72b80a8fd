/**
 * Real corpus files converted to the legacy encodings of their locales (with Python's codecs, a real encoder
 * independent of the decoder under test) read back to the same rows and locale as the UTF-8 original, and
 * report their encoding: found statistically where the file declares nothing (or wrongly declares UTF-8), from
 * the declaration where it has one, and UTF-16 with or without a BOM.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeText, parseOptionsFor } from './decode.js';
import type { DocTableModel } from './model.js';
import { parseDocTable } from './parse.js';
import { corpusFile, hasCorpus, readCorpus } from './test-support/corpus.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;

/** The text in `codec` (Python codec name); characters the codec lacks become HTML character references. */
function encode(text: string, codec: string, errors: 'strict' | 'xmlcharrefreplace' = 'strict'): Buffer {
  const script = 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode(sys.argv[1], sys.argv[2]))';
  const run = spawnSync('python3', ['-c', script, codec, errors], { input: Buffer.from(text, 'utf8'), maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`python3 could not encode to ${codec}: ${run.stderr.toString()}`);
  return run.stdout;
}

function parseBytes(bytes: Uint8Array, path: string): { model: DocTableModel; encoding: string } {
  const decoded = decodeText(bytes);
  expect(decoded.problems).toEqual([]);
  return { model: parseDocTable(decoded.text, parseOptionsFor(decoded, path)), encoding: decoded.encoding };
}

const rowsOf = (model: DocTableModel) => model.tables.map((table) => ({ kind: table.kind, headers: table.headers, rows: table.rows }));

interface Case {
  name: string;
  file: () => string;
  codec: string;
  encoding: string;
  errors?: 'xmlcharrefreplace';
  /** Rewrite the file's own charset declaration to the one it is now in. */
  declare?: (text: string) => string;
}

const poCharset = (charset: string) => (text: string) => text.replace(/charset=UTF-8/i, `charset=${charset}`);

const CASES: Case[] = [
  { name: 'ja browser copy in Shift_JIS (detected)', file: () => corpusFile('seeds', '001_'), codec: 'shift_jis', encoding: 'shift_jis' },
  { name: 'ja browser copy in EUC-JP (detected)', file: () => corpusFile('seeds', '001_'), codec: 'euc_jp', encoding: 'euc-jp' },
  { name: 'ja catalog declaring Shift_JIS', file: () => corpusFile('real', 'ja_3.11_po_'), codec: 'shift_jis', encoding: 'shift_jis', declare: poCharset('Shift_JIS') },
  { name: 'ja catalog declaring EUC-JP', file: () => corpusFile('real', 'ja_3.11_po_'), codec: 'euc_jp', encoding: 'euc-jp', declare: poCharset('EUC-JP') },
  { name: 'zh-CN HTML in GB18030 (declaring UTF-8: detected)', file: () => corpusFile('real', 'zh-cn_3.12.3_html_'), codec: 'gb18030', encoding: 'gb18030' },
  { name: 'zh-CN Sphinx text in GBK (detected)', file: () => corpusFile('real', 'zh-cn_3.10.12_sphinx-text_'), codec: 'gbk', encoding: 'gb18030' },
  { name: 'zh-TW HTML in Big5 (detected)', file: () => corpusFile('real', 'zh-tw_3.12.4_html_'), codec: 'big5', encoding: 'big5', errors: 'xmlcharrefreplace' },
  { name: 'ko HTML in EUC-KR (detected)', file: () => corpusFile('real', 'ko_3.9.4_html_'), codec: 'euc_kr', encoding: 'euc-kr' },
  {
    name: 'ko HTML declaring EUC-KR in its <meta>',
    file: () => corpusFile('real', 'ko_3.9.4_html_'),
    codec: 'euc_kr',
    encoding: 'euc-kr',
    declare: (text) => text.replace(/<meta charset="utf-8"\s*\/?>/i, '<meta charset="euc-kr" />'),
  },
  { name: 'pt-BR browser copy in UTF-16 LE with a BOM', file: () => corpusFile('seeds', '000_'), codec: 'utf-16', encoding: 'utf-16le' },
  { name: 'pt-BR browser copy in UTF-16 LE without a BOM', file: () => corpusFile('seeds', '000_'), codec: 'utf-16-le', encoding: 'utf-16le' },
  { name: 'ja browser copy in UTF-16 BE without a BOM', file: () => corpusFile('seeds', '001_'), codec: 'utf-16-be', encoding: 'utf-16be' },
  { name: 'zh-CN Markdown in UTF-16 BE with a BOM', file: () => corpusFile('seeds', '003_'), codec: 'utf-16', encoding: 'utf-16be' },
];

describe.skipIf(!hasCorpus || !hasPython)('a real file converted to another encoding reads as its UTF-8 original', () => {
  it.each(CASES)('$name', ({ file, codec, encoding, errors, declare, name }) => {
    const relative = file();
    const original = readCorpus(relative);
    const path = `/tmp/converted/${relative.split('/').pop()}`;
    const expected = parseDocTable(original, { path });
    let text = declare ? declare(original) : original;
    let bytes = encode(text, codec, errors);
    // Python's "utf-16" writes the machine's order with a BOM: make BE cases big-endian.
    if (codec === 'utf-16' && encoding === 'utf-16be') bytes = encode(text, 'utf-16-be');
    if (codec === 'utf-16' && encoding === 'utf-16be') bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
    expect(declare ? text !== original : true, `${name}: the declaration was rewritten`).toBe(true);
    text = '';
    const { model, encoding: found } = parseBytes(bytes, path);
    expect(found).toBe(encoding);
    expect(model.locale).toBe(expected.locale);
    expect(model.title).toBe(expected.title);
    expect(rowsOf(model)).toEqual(rowsOf(expected));
  });
});

describe('text decoded by an unsure guess or with replaced bytes gives no locale from its script', () => {
  it('a Shift_JIS page read with replacement characters is not labelled zh (or anything from its text)', () => {
    const page = 'Audit events table\n監査イベント表です。このテーブルには、監査イベントが含まれています。\nAudit event\tArguments\tReferences\nos.system\tcommand\t[1]\nos.chdir\tpath\t[1]\n';
    const sjis = hasPython ? encode(page, 'shift_jis') : null;
    if (!sjis) return;
    // Damage it so that no encoding reads it cleanly: the decoder falls back to UTF-8 with replacements.
    const damaged = Buffer.concat([sjis, Buffer.from([0xff, 0xfe, 0xc3])]);
    const decoded = decodeText(damaged);
    const model = parseDocTable(decoded.text, parseOptionsFor(decoded, '/tmp/page.txt'));
    expect([null, 'ja']).toContain(model.locale);
  });

  it('the parser leaves the locale to the declaration and the path when told the text is unreliable', () => {
    const page = 'Tabla de eventos de auditoría\nEsta tabla contiene todos los eventos de auditoría que son generados por las llamadas.\nAudit event\tArguments\tReferences\nos.system\tcommand\t[1]\nos.chdir\tpath\t[1]\n';
    expect(parseDocTable(page, { path: '/docs/x.txt' }).locale).toBe('es');
    expect(parseDocTable(page, { path: '/docs/x.txt', unreliableText: true }).locale).toBeNull();
    expect(parseDocTable(page, { path: '/docs/ja/x.txt', unreliableText: true }).locale).toBe('ja');
  });
});
