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
    expect(decoded.encoding).toBe('iso-8859-1');
    expect(decoded.text.endsWith('Table des évènements"')).toBe(true);
    expect(decoded.problems).toEqual([]);
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
