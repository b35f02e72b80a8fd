/**
 * The host's snapshot and change JSON: the same value JSON.stringify gives, with only ASCII in the text, each
 * file's text built once per file object.
 */
import { describe, expect, it } from 'vitest';
import type { LibraryChange, LibrarySnapshot, SourceFile } from '../shared/library-types.js';
import { asciiJson, changeJson, fileJson, snapshotJson, snapshotLines } from './snapshot-json.js';
import { snapshotFromLines } from './test-support/snapshot-lines.js';

function file(id: string, title: string): SourceFile {
  return {
    id,
    path: `/docs/${id}`,
    relPath: id,
    name: id,
    size: 10,
    mtimeMs: 1.5,
    status: 'ok',
    message: null,
    format: 'sphinx-text',
    encoding: 'utf-8',
    locale: 'ja',
    version: { value: '3.13.0rc2–3.14.0a0', source: 'inferred', confidence: 0.4, evidence: 'closest … builds' },
    title,
    origin: null,
    model: {
      format: 'sphinx-text',
      locale: 'ja',
      version: null,
      title,
      prose: [{ role: 'title', text: title, line: 1 }],
      tables: [{ kind: 'public', headers: ['監査イベント', '引数'], rows: [{ event: 'os.system', args: ['command'], refs: [{ label: '1', target: null }], line: 3 }] }],
    },
  } as SourceFile;
}

const snapshot = (files: SourceFile[]): LibrarySnapshot => ({
  revision: 7,
  roots: ['/home/zoë/docs'],
  samples: false,
  files,
  problems: ['a “quoted” problem'],
  skipped: { count: 0, reasons: {}, files: [] },
  loading: null,
});

const ASCII_ONLY = /^[\x20-\x7e]*$/;

describe('snapshot JSON', () => {
  it('is the value JSON.stringify writes, in ASCII only', () => {
    const value = snapshot([file('a.txt', '監査イベント表 😀'), file('b.txt', 'Audit events table')]);
    const text = snapshotJson(value).toString('latin1');
    expect(text).toMatch(ASCII_ONLY);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toBe(asciiJson(value));
    expect(text).toBe(JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
  });

  it('keeps lone surrogates and control characters as JSON.stringify escapes them', () => {
    const value = { text: 'a\ud800b\u0007c\u007fd\u00e9' };
    expect(asciiJson(value)).toMatch(ASCII_ONLY);
    expect(JSON.parse(asciiJson(value))).toEqual(value);
  });

  it('writes a change as JSON.stringify would, leaving out what is undefined', () => {
    const added = file('c.txt', 'ç');
    const change: LibraryChange = { revision: 8, added: [added], changed: [], removed: ['x'], skipped: undefined, loading: null };
    expect(changeJson(change).toString('latin1')).toBe(asciiJson(change));
    expect(JSON.parse(changeJson(change).toString('latin1'))).toEqual({ revision: 8, added: [added], changed: [], removed: ['x'], loading: null });
    const reset: LibraryChange = { revision: 9, added: [], changed: [], removed: [], reset: snapshot([added]) };
    expect(changeJson(reset).toString('latin1')).toBe(asciiJson(reset));
    expect(JSON.parse(changeJson(reset).toString('latin1'))).toEqual(reset);
  });

  it('serializes a file object once: a new object (as every change publishes) is serialized anew', () => {
    const first = file('a.txt', 'one');
    expect(fileJson(first).toString('latin1')).toContain('"title":"one"');
    // Published files are never mutated; this one is, to show that its text was kept.
    (first as { title: string }).title = 'mutated';
    expect(fileJson(first).toString('latin1')).toContain('"title":"one"');
    expect(fileJson({ ...first }).toString('latin1')).toContain('"title":"mutated"');
  });

  it('writes a snapshot as lines: a header, then one line per file, even when the text of a file holds newlines', () => {
    const awkward = file('a.txt', 'line one\nline two\r\u2028\u2029 監査 😀');
    const value = snapshot([awkward, file('b.txt', 'Audit events table'), file('c.txt', 'ç')]);
    const text = snapshotLines(value).toString('latin1');
    const lines = text.split('\n');
    // Three files, a header, and the empty rest after the last newline.
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(line).toMatch(ASCII_ONLY);
    expect(JSON.parse(lines[0]!)).toEqual({ fileCount: 3, snapshot: { ...value, files: undefined } });
    expect(lines[1]).toBe(fileJson(awkward).toString('latin1'));
    expect(snapshotFromLines(snapshotLines(value))).toEqual(value);
    expect(snapshotFromLines(snapshotLines(snapshot([])))).toEqual(snapshot([]));
  });
});
