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

interface EncodeJob {
  text: string;
  /** Python codec name. */
  codec: string;
  /** What to do with characters the codec lacks: fail, or write HTML character references. */
  errors: 'strict' | 'xmlcharrefreplace';
}

const jobKey = ({ text, codec, errors }: EncodeJob): string => `${codec}\0${errors}\0${text}`;

/**
 * Every job's text in its codec, from one python3 run: each start of python3 costs most of a second of CPU on the
 * test machines, and this file needs a dozen conversions. An entry is the bytes or the codec's own error; null
 * when there is no python3 to run.
 */
function encodeAll(jobs: EncodeJob[]): Map<string, Buffer | Error> | null {
  const script = [
    'import base64, json, sys',
    'out = []',
    'for text, codec, errors in json.loads(sys.stdin.buffer.read().decode("utf-8")):',
    '    try: out.append(base64.b64encode(text.encode(codec, errors)).decode("ascii"))',
    '    except Exception as error: out.append({"error": repr(error)})',
    'sys.stdout.write(json.dumps(out))',
  ].join('\n');
  const input = Buffer.from(JSON.stringify(jobs.map((job) => [job.text, job.codec, job.errors])), 'utf8');
  const run = spawnSync('python3', ['-c', script], { input, maxBuffer: 256 << 20 });
  if (run.error) return null;
  if (run.status !== 0) throw new Error(`python3 could not run the conversions: ${run.stderr.toString()}`);
  const out = JSON.parse(run.stdout.toString('utf8')) as Array<string | { error: string }>;
  return new Map(
    jobs.map((job, i) => {
      const result = out[i]!;
      return [jobKey(job), typeof result === 'string' ? Buffer.from(result, 'base64') : new Error(`python3 could not encode to ${job.codec}: ${result.error}`)];
    }),
  );
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

/** A Japanese page in Shift_JIS, damaged below so that no encoding reads it cleanly. */
const SJIS_PAGE =
  'Audit events table\n監査イベント表です。このテーブルには、監査イベントが含まれています。\nAudit event\tArguments\tReferences\nos.system\tcommand\t[1]\nos.chdir\tpath\t[1]\n';

/** What each case converts: its file (with the declaration rewritten), in its codec; big-endian UTF-16 again without the BOM. */
function jobsOf(entry: Case): EncodeJob[] {
  const original = readCorpus(entry.file());
  const text = entry.declare ? entry.declare(original) : original;
  const jobs: EncodeJob[] = [{ text, codec: entry.codec, errors: entry.errors ?? 'strict' }];
  if (entry.codec === 'utf-16' && entry.encoding === 'utf-16be') jobs.push({ text, codec: 'utf-16-be', errors: 'strict' });
  return jobs;
}

const ENCODED = encodeAll([{ text: SJIS_PAGE, codec: 'shift_jis', errors: 'strict' }, ...(hasCorpus ? CASES.flatMap(jobsOf) : [])]);
const hasPython = ENCODED !== null;

/** The text in `codec`, as python3 converted it above (characters the codec lacks become HTML character references). */
function encode(text: string, codec: string, errors: 'strict' | 'xmlcharrefreplace' = 'strict'): Buffer {
  const result = ENCODED?.get(jobKey({ text, codec, errors }));
  if (result === undefined) throw new Error(`not among the conversions made up front: ${codec} (${errors})`);
  if (result instanceof Error) throw result;
  return result;
}

/** The UTF-8 original's model, parsed once per file (several cases convert the same file). */
const expectedModels = new Map<string, DocTableModel>();
function expectedModel(relative: string, original: string, path: string): DocTableModel {
  let model = expectedModels.get(relative);
  if (!model) expectedModels.set(relative, (model = parseDocTable(original, { path })));
  return model;
}

describe.skipIf(!hasCorpus || !hasPython)('a real file converted to another encoding reads as its UTF-8 original', () => {
  it.each(CASES)('$name', ({ file, codec, encoding, errors, declare, name }) => {
    const relative = file();
    const original = readCorpus(relative);
    const path = `/tmp/converted/${relative.split('/').pop()}`;
    const expected = expectedModel(relative, original, path);
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
    const sjis = hasPython ? encode(SJIS_PAGE, 'shift_jis') : null;
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
