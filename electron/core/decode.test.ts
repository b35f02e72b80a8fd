import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const text = 'Tabela de eventos de auditoria — 監査イベント表\r\nsys.audit\n';

function utf16(value: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.set(endian === 'le' ? [low, high] : [high, low], 2 + i * 2);
  }
  return bytes;
}

/** EUC-JP bytes of a text, found by searching the decoder's own table (TextEncoder only writes UTF-8). */
function eucJp(value: string): Uint8Array {
  const decoder = new TextDecoder('euc-jp');
  const table = new Map<string, number[]>();
  for (let lead = 0xa1; lead <= 0xfe; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...table.get(char)!);
  }
  return new Uint8Array(bytes);
}

describe('decodeText', () => {
  it('reads UTF-8 without and with a BOM, keeping line endings', () => {
    const plain = new TextEncoder().encode(text);
    expect(decodeText(plain)).toEqual({ text, encoding: 'utf-8', problems: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text, encoding: 'utf-8-bom', problems: [] });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le', problems: [] });
    expect(decodeText(utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be', problems: [] });
  });

  it('replaces invalid UTF-8 and says how many sequences it replaced', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('open '), 0xc3, 0x28, 0xff, ...new TextEncoder().encode(' path')]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('open \uFFFD(\uFFFD path');
    expect(decoded.problems).toEqual(['invalid UTF-8: 2 byte sequence(s) replaced with U+FFFD']);
  });

  it('uses a legacy charset the file declares when its bytes are not UTF-8', () => {
    const head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Audit events table"\nmsgstr "Table des ';
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xe9, 0x76, 0xe8, 0x6e, 0x65, 0x6d, 0x65, 0x6e, 0x74, 0x73, 0x22]);
    const decoded = decodeText(bytes);
    // Named as WHATWG decoders (and browsers) read ISO-8859-1: windows-1252.
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.endsWith('Table des évènements"')).toBe(true);
    expect(decoded.problems).toEqual([]);
  });

  it('reads UTF-16 without a BOM from where its NUL bytes fall', () => {
    const ascii = 'Audit events table\nos.system\tcommand\t[1]\n'.repeat(4) + '監査イベント表\n';
    expect(decodeText(utf16(ascii, 'le').subarray(2))).toEqual({ text: ascii, encoding: 'utf-16le', problems: [] });
    expect(decodeText(utf16(ascii, 'be').subarray(2))).toEqual({ text: ascii, encoding: 'utf-16be', problems: [] });
  });

  it('uses the encoding an XML declaration names', () => {
    const head = '<?xml version="1.0" encoding="windows-1251"?>\n<title>';
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xc0, 0xf3, 0xe4, 0xe8, 0xf2]);
    expect(decodeText(bytes)).toEqual({ text: `${head}Аудит`, encoding: 'windows-1251', problems: [] });
  });

  it('guesses an undeclared legacy encoding statistically, and says how sure it is', () => {
    const japanese = 'このテーブルには、CPython ランタイムと標準ライブラリ全体での sys.audit() または PySys_Audit() の呼び出しによって送出される全てのイベントが含まれています。\n'.repeat(6);
    const decoded = decodeText(eucJp(japanese));
    expect(decoded.encoding).toBe('euc-jp');
    expect(decoded.text).toBe(japanese);
    expect(decoded.guess!.confidence).toBeGreaterThan(0.5);
  });

  it('reports NUL-heavy content as binary', () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('binary');
    expect(decoded.text).toBe('');
    expect(decoded.problems[0]).toMatch(/^binary content: 1334 NUL bytes in the first 4000 bytes$/);
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', problems: [] });
  });
});
