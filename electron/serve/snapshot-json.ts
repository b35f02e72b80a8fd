/**
 * The JSON text of snapshots and changes, built from one cached text per file. A published SourceFile is never
 * mutated (snapshot-store.ts: a change replaces the object), so its text can be kept as long as the object lives:
 * after a one-file change only that file is serialized again, not 100,000 rows (12.6 MiB, 0.1–0.5 s of the
 * host's event loop).
 *
 * The text is JSON.stringify's with every character past ASCII written as a \uXXXX escape: the same JSON value
 * (tested), in a text a browser holds as one byte per character. A single "–" in 12.6 MiB made Chromium decode
 * and parse the whole body as two-byte text, 2–3× slower (docs/performance.md); the escapes cost a few bytes,
 * mostly in translated prose, and the rows are ASCII.
 */
import type { LibraryChange, LibrarySnapshot, SourceFile } from '../shared/library-types.js';

const fileTexts = new WeakMap<SourceFile, string>();

/** JSON text with only ASCII in it: each UTF-16 code unit past U+007E as \uXXXX (surrogate pairs as two). */
export function asciiJson(value: unknown): string {
  return escapeNonAscii(JSON.stringify(value));
}

const NON_ASCII = /[^\x00-\x7e]/g;

/**
 * The regular expression finds each character (the engine scans natively) and the loop writes its escape: 2–4 ms
 * for a 10,000-row file's 1.3 MB of JSON, where replace() with a replacer function took 20–65 ms and a charCodeAt
 * loop 6–16 ms (a change to that file pays this before it is pushed).
 */
function escapeNonAscii(text: string): string {
  let escaped = '';
  let copied = 0;
  NON_ASCII.lastIndex = 0;
  for (let match = NON_ASCII.exec(text); match !== null; match = NON_ASCII.exec(text)) {
    escaped += `${text.slice(copied, match.index)}\\u${text.charCodeAt(match.index).toString(16).padStart(4, '0')}`;
    copied = match.index + 1;
  }
  return copied === 0 ? text : escaped + text.slice(copied);
}

/** asciiJson(file), once per file object. */
export function fileJson(file: SourceFile): string {
  let text = fileTexts.get(file);
  if (text === undefined) {
    text = asciiJson(file);
    fileTexts.set(file, text);
  }
  return text;
}

function filesJson(files: readonly SourceFile[]): string {
  return `[${files.map(fileJson).join(',')}]`;
}

/**
 * asciiJson(value), with the file lists under the given keys taken from the per-file cache. Keys keep their
 * order; keys whose value is undefined are left out, as JSON.stringify leaves them out.
 */
function objectJson(value: object, fileKeys: readonly string[], nested: Readonly<Record<string, (inner: never) => string>> = {}): string {
  const parts: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined) continue;
    const make = nested[key];
    const text = make !== undefined ? make(inner as never)
      : fileKeys.includes(key) ? filesJson(inner as SourceFile[])
      : asciiJson(inner);
    parts.push(`${asciiJson(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

/** asciiJson(snapshot), its files from the per-file cache. */
export function snapshotJson(snapshot: LibrarySnapshot): string {
  return objectJson(snapshot, ['files']);
}

/** asciiJson(change), the files it adds or changes (and a reset's) from the per-file cache. */
export function changeJson(change: LibraryChange): string {
  return objectJson(change, ['added', 'changed'], { reset: (reset: LibrarySnapshot) => snapshotJson(reset) });
}
