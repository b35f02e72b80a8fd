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
import type { SnapshotLinesHeader } from '../shared/snapshot-media.js';

const fileBytes = new WeakMap<SourceFile, Buffer>();

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

/**
 * asciiJson(file) as bytes, once per file object. Bytes, not the string: the escaped text is pieces of a
 * two-byte string (JSON.stringify's, when the file holds any non-ASCII), and joining eleven such texts took
 * 140–300 ms at 100,000 rows and encoding the result 25–100 ms, where concatenating the bytes is one copy.
 */
export function fileJson(file: SourceFile): Buffer {
  let bytes = fileBytes.get(file);
  if (bytes === undefined) {
    bytes = Buffer.from(asciiJson(file), 'latin1');
    fileBytes.set(file, bytes);
  }
  return bytes;
}

const COMMA = Buffer.from(',');

function filesJson(files: readonly SourceFile[]): Buffer[] {
  const parts: Buffer[] = [Buffer.from('[')];
  files.forEach((file, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(fileJson(file));
  });
  parts.push(Buffer.from(']'));
  return parts;
}

/**
 * asciiJson(value) as bytes, with the file lists under the given keys taken from the per-file cache. Keys keep
 * their order; keys whose value is undefined are left out, as JSON.stringify leaves them out.
 */
function objectJson(value: object, fileKeys: readonly string[], nested: Readonly<Record<string, (inner: never) => Buffer>> = {}): Buffer[] {
  const parts: Buffer[] = [];
  let text = '{';
  let first = true;
  const flush = (): void => {
    parts.push(Buffer.from(text, 'latin1'));
    text = '';
  };
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined) continue;
    text += `${first ? '' : ','}${asciiJson(key)}:`;
    first = false;
    const make = nested[key];
    if (make !== undefined) {
      flush();
      parts.push(make(inner as never));
    } else if (fileKeys.includes(key)) {
      flush();
      parts.push(...filesJson(inner as SourceFile[]));
    } else {
      text += asciiJson(inner);
    }
  }
  text += '}';
  flush();
  return parts;
}

/** asciiJson(snapshot) as bytes, its files from the per-file cache. */
export function snapshotJson(snapshot: LibrarySnapshot): Buffer {
  return Buffer.concat(objectJson(snapshot, ['files']));
}

/** asciiJson(change) as bytes, the files it adds or changes (and a reset's) from the per-file cache. */
export function changeJson(change: LibraryChange): Buffer {
  return Buffer.concat(objectJson(change, ['added', 'changed'], { reset: (reset: LibrarySnapshot) => snapshotJson(reset) }));
}

const NEWLINE = Buffer.from('\n');

/**
 * The snapshot as lines (electron/shared/snapshot-media.ts, SNAPSHOT_LINES_MEDIA_TYPE): a header line, then each
 * file's cached text on a line of its own. The texts are ASCII-only JSON, so none holds a raw newline.
 */
export function snapshotLines(snapshot: LibrarySnapshot): Buffer {
  const { files, ...rest } = snapshot;
  const header: SnapshotLinesHeader = { fileCount: files.length, snapshot: rest };
  const parts: Buffer[] = [Buffer.from(asciiJson(header), 'latin1'), NEWLINE];
  for (const file of files) parts.push(fileJson(file), NEWLINE);
  return Buffer.concat(parts);
}
