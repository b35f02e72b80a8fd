/**
 * A docs build is hundreds of pages and one audit events page: most files must be turned away without decoding
 * them whole. `prejudge` looks at a file's bytes and, when it can be sure, returns the very verdict the real parser
 * would reach (`examineBytes` with `parseDocTable`: the same `not-a-doc-table` message), having decoded only the head
 * the message needs. When it cannot be sure it returns null and the file takes the full path. It never accepts a page.
 *
 * Sure means: the bytes are valid UTF-8 without NUL bytes or control characters in the part the binary check reads
 * (so they decode exactly as `toString('utf8')`), and the text cannot pass the parser's raw-text stage
 * (core/identify.ts `sniffPage`):
 *
 *   identity marks   none of `audit-event`, `audit_events`, the known titles and event column headers occurs
 *                    anywhere in the bytes (UTF-8 bytes hold a string exactly when the text does), and the path
 *                    does not say "audit";
 *   cell events      fewer than 3 distinct known namespaced event names occur as a whole word of name characters
 *                    standing where the parser's cell expressions could see a cell (between line, tab or pipe
 *                    separators, or right inside `<td>` / `<td><p>`): an upper bound of the parser's count;
 *   the title        `sniffPage` itself then runs on the decoded head: its rejection and message are the parser's
 *                    own. The head is the first 64 Ki characters, or, for HTML whose <title> shows in the first
 *                    4 KiB, that prefix (the first <title> match of a prefix is the text's first match).
 *
 * The corpus test (prejudge.test.ts) checks, for every file of the shared corpus and samples, that a verdict given
 * here is the one the parser gives.
 */
import { isUtf8 } from 'node:buffer';
import { EVENT_HEADERS, TITLES, rejection, roughTitle, sniffPage } from '../core/identify.js';
import { NotADocTableError } from '../core/model.js';
import { hasNamespaceMark } from '../core/shape.js';
import { normalizeNewlines } from '../core/text/lines.js';
import { truth } from '../core/truth.js';
import { errorMessage } from '../shared/error-message.js';
import type { Verdict } from './examine.js';

/** sniffPage reads the first 64 Ki characters for the title; 3 bytes of UTF-8 at most per character (+ slack). */
const HEAD_BYTES = 3 * 65536 + 16;
/** The binary check (supported.ts looksLikeBinaryText) reads 8192 characters: at most this many bytes. */
const BINARY_CHECK_BYTES = 3 * 8192 + 4;
/** Sphinx puts <title> in the first kilobyte; a page whose title shows this early needs no more decoding. */
const TITLE_PREFIX_BYTES = 4096;
/** The parser's MIN_CELL_EVENTS: a page without identity marks needs this many known names in cells. */
const MIN_CELL_EVENTS = 3;
/** The first expression core/identify.ts roughTitle tries on the head. */
const HTML_TITLE = /<title[^>]*>([^<]*)<\/title>/i;

/** The parser's verdict on bytes that surely are not the audit events page; null when only the parser can tell. */
export function prejudge(bytes: Uint8Array, filePath: string): Verdict | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length === 0 || buffer.indexOf(0) !== -1 || !isUtf8(buffer)) return null;
  if (/audit/i.test(filePath)) return null;
  if (hasControlCharacters(buffer)) return null;
  if (hasIdentityMark(buffer)) return null;
  if (knownWordsAtLeast(buffer, MIN_CELL_EVENTS)) return null;
  return verdictFromHead(buffer, filePath);
}

/**
 * The parser's rejection, from as little of the text as gives its message exactly: the rough title (core/identify.ts
 * roughTitle) of a prefix that decides it, else sniffPage on the first 64 Ki characters. Null when the parser may
 * still take the page (its title mentions audit) or the file is blank (the parser's "empty file" message).
 */
function verdictFromHead(buffer: Buffer, filePath: string): Verdict | null {
  // decodeText drops a UTF-8 BOM; normalizeNewlines then drops a BOM character as the parser does.
  const body = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
  // Only a gettext catalog's head changes the message (the page it translates): otherwise the title alone does.
  if (!body.includes('msgid "')) {
    const prefix = titlePrefix(body);
    if (prefix !== null) {
      const title = roughTitle(prefix);
      if (/audit/i.test(title ?? '')) return null;
      return { kind: 'not-a-doc-table', message: rejection(title, null) };
    }
  }
  const head = normalizeNewlines(decodePrefix(body, HEAD_BYTES));
  if (head.trim() === '') return null;
  try {
    sniffPage(head, filePath);
    // The raw-text stage let it through (a title that mentions audit...): the parser decides.
    return null;
  } catch (error) {
    if (!(error instanceof NotADocTableError)) return null;
    return { kind: 'not-a-doc-table', message: errorMessage(error) };
  }
}

/**
 * A prefix of the text whose rough title is the whole text's, or null: HTML whose <title> shows in the first 4 KiB
 * (the first match of a prefix is the text's first match), or text without any `<t`/`<h` (no <title>, no <h1>) and
 * without carriage returns whose first 400 lines, all roughTitle reads of it, end within its first 64 Ki characters.
 */
function titlePrefix(body: Buffer): string | null {
  if (body.length > TITLE_PREFIX_BYTES) {
    const prefix = normalizeNewlines(decodePrefix(body, TITLE_PREFIX_BYTES));
    if (HTML_TITLE.test(prefix)) return prefix;
  }
  const head = body.subarray(0, HEAD_BYTES);
  if (head.includes(CR) || hasTitleOrHeadingTag(head)) return null;
  let newline = -1;
  for (let line = 0; line < TITLE_LINES; line++) {
    newline = head.indexOf(LF, newline + 1);
    if (newline === -1) return null;
  }
  // Up to (not including) the 400th newline: splitting it gives the same 400 lines as splitting the head.
  const prefix = normalizeNewlines(body.toString('utf8', 0, newline));
  return prefix.length < HEAD_CHARS && prefix.trim() !== '' ? prefix : null;
}

/** roughTitle reads the first 400 lines of a text without HTML title or heading; sniffPage the first 64 Ki characters. */
const TITLE_LINES = 400;
const HEAD_CHARS = 65536;

/** Whether `<title` or `<h1` (any case: roughTitle's expressions) occurs. */
function hasTitleOrHeadingTag(head: Buffer): boolean {
  for (let at = head.indexOf(LT); at !== -1; at = head.indexOf(LT, at + 1)) {
    if (startsWithFolded(head, at + 1, 'title') || startsWithFolded(head, at + 1, 'h1')) return true;
  }
  return false;
}

/** ASCII letters and digits compared without case, as a non-Unicode /i expression does. */
function startsWithFolded(buffer: Buffer, at: number, lower: string): boolean {
  if (at + lower.length > buffer.length) return false;
  for (let i = 0; i < lower.length; i++) {
    const byte = buffer[at + i]!;
    const folded = byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte;
    if (folded !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** The first `limit` bytes (fewer, ending on a character boundary) as text: a prefix of the whole decoded text. */
function decodePrefix(body: Buffer, limit: number): string {
  let end = Math.min(body.length, limit);
  while (end < body.length && end > 0 && (body[end]! & 0xc0) === 0x80) end--;
  return body.toString('utf8', 0, end);
}

/** C0 controls other than tab, newlines, form feed, SUB and ESC, or U+FFFD, where the binary check looks. */
function hasControlCharacters(buffer: Buffer): boolean {
  const end = Math.min(buffer.length, BINARY_CHECK_BYTES);
  // One byte per character, for a native scan (a loop over the bytes here cost more than the rest of prejudge).
  if (CONTROL.test(buffer.toString('latin1', 0, end))) return true;
  return buffer.subarray(0, end).includes(REPLACEMENT_CHARACTER);
}

const CONTROL = /[\x00-\x08\x0e-\x19\x1c-\x1f]/;
const REPLACEMENT_CHARACTER = Buffer.from('\ufffd', 'utf8');

interface Needles {
  /** Searched only when the bytes hold `udit` (every Latin-script mark does). */
  gated: Buffer[];
  always: Buffer[];
}

let needles: Needles | null = null;

/** The strings whose presence makes a page worth the parser, fewest and longest first (a string holding another is dropped). */
function identityNeedles(): Needles {
  if (needles) return needles;
  const strings = [...new Set(['audit-event', 'audit_events', ...TITLES, ...EVENT_HEADERS])];
  const kept = strings.filter((s) => !strings.some((other) => other !== s && s.includes(other)));
  needles = {
    gated: kept.filter((s) => s.includes('udit')).map((s) => Buffer.from(s, 'utf8')),
    always: kept.filter((s) => !s.includes('udit')).map((s) => Buffer.from(s, 'utf8')),
  };
  return needles;
}

const UDIT = Buffer.from('udit', 'latin1');

function hasIdentityMark(buffer: Buffer): boolean {
  const { gated, always } = identityNeedles();
  if (always.some((needle) => buffer.includes(needle))) return true;
  return buffer.includes(UDIT) && gated.some((needle) => buffer.includes(needle));
}

/** Bytes of the characters a cell's event name is made of: [A-Za-z0-9_./\\] (the parser's cell expression). */
const NAME_BYTE = new Uint8Array(256);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./\\') NAME_BYTE[char.charCodeAt(0)] = 1;

let namespaced: { names: Set<string>; anchors: number[] } | null = null;

/** Known event names with a namespace mark (the only ones the parser counts in cells), and a byte each one holds. */
function namespacedEvents(): { names: Set<string>; anchors: number[] } {
  if (namespaced) return namespaced;
  const names = new Set([...truth().events].filter(hasNamespaceMark));
  // Every such name holds a '.' today; should one hold only '/', words around slashes are looked at too.
  const anchors = [...names].every((name) => name.includes('.')) ? [0x2e] : [0x2e, 0x2f];
  namespaced = { names, anchors };
  return namespaced;
}

/**
 * Whether at least `enough` distinct known namespaced names occur as whole words (backslashes dropped) where the
 * parser could take them for a cell (`cellContext`).
 */
function knownWordsAtLeast(buffer: Buffer, enough: number): boolean {
  const { names, anchors } = namespacedEvents();
  const found = new Set<string>();
  for (const anchor of anchors) {
    for (let at = buffer.indexOf(anchor); at !== -1; ) {
      let start = at;
      while (start > 0 && NAME_BYTE[buffer[start - 1]!]) start--;
      let end = at + 1;
      while (end < buffer.length && NAME_BYTE[buffer[end]!]) end++;
      if (end - start >= 3 && cellContext(buffer, start, end)) {
        const word = buffer.toString('latin1', start, end);
        const name = word.includes('\\') ? word.replaceAll('\\', '') : word;
        if (names.has(name)) {
          found.add(name);
          if (found.size >= enough) return true;
        }
      }
      at = end < buffer.length ? buffer.indexOf(anchor, end) : -1;
    }
  }
  return false;
}

const SPACE = 0x20;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const PIPE = 0x7c;
const LT = 0x3c;
const GT = 0x3e;

/**
 * Whether the word at [start, end) stands where the parser's cell expressions could take it (a superset):
 *   - between separators: newline, tab or `|` (or the start / end of the text) on each side, with spaces and carriage
 *     returns between (a carriage return becomes a newline when the parser normalises line ends: it counts as one);
 *   - in an HTML cell: `<td …>` or `<p …>` closing just before it and a tag opening just after it, with white space
 *     between (any non-ASCII byte may be white space the parser trims).
 */
function cellContext(buffer: Buffer, start: number, end: number): boolean {
  return separatedLine(buffer, start, end) || inHtmlCell(buffer, start, end);
}

function separatedLine(buffer: Buffer, start: number, end: number): boolean {
  let left = start - 1;
  let sawCR = false;
  while (left >= 0 && (buffer[left] === SPACE || buffer[left] === CR)) sawCR ||= buffer[left--] === CR;
  // The start of the text: a UTF-8 BOM before it is dropped by the decoder.
  const atStart = left < 0 || (left === 2 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf);
  if (!(sawCR || atStart || isSeparator(buffer[left]!))) return false;
  let right = end;
  sawCR = false;
  while (right < buffer.length && (buffer[right] === SPACE || buffer[right] === CR)) sawCR ||= buffer[right++] === CR;
  return sawCR || right >= buffer.length || isSeparator(buffer[right]!);
}

function isSeparator(byte: number): boolean {
  return byte === LF || byte === TAB || byte === PIPE;
}

/** ASCII white space String.trim drops (tab to carriage return, space), or any byte of a non-ASCII character. */
function isTrimmable(byte: number): boolean {
  return byte === SPACE || (byte >= TAB && byte <= CR) || byte >= 0x80;
}

function inHtmlCell(buffer: Buffer, start: number, end: number): boolean {
  let right = end;
  while (right < buffer.length && isTrimmable(buffer[right]!)) right++;
  if (right >= buffer.length || buffer[right] !== LT) return false;
  let left = start - 1;
  while (left >= 0 && isTrimmable(buffer[left]!)) left--;
  if (left < 0 || buffer[left] !== GT) return false;
  // The tag closing here: what lies since the '>' before it (a tag's own first '>' ends it) names `<td` or `<p`.
  const previous = left > 0 ? buffer.lastIndexOf(GT, left - 1) : -1;
  const tag = buffer.subarray(previous + 1, left);
  return tag.includes(TD) || tag.includes(P);
}

const TD = Buffer.from('<td', 'latin1');
const P = Buffer.from('<p', 'latin1');
