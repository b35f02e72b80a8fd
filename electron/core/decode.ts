/**
 * Bytes to text, for every reader of doc-table files (the CLI, the library, the serve host).
 *
 * Real renditions of the page come in UTF-8 (with or without a BOM), UTF-16 LE/BE (with or without a BOM) and
 * the legacy encodings of the locales the docs are translated into: Shift_JIS, EUC-JP, GB18030/GBK, Big5,
 * EUC-KR, windows-1252... The encoding is decided in this order, each step only when the ones before it did
 * not decide:
 *
 *   1. a byte order mark;
 *   2. UTF-16 without a BOM, from where the NUL bytes fall (the page is mostly ASCII: one NUL per character,
 *      all at odd offsets for little-endian, all at even ones for big-endian);
 *   3. NUL bytes anywhere else mean the file is not text ("binary");
 *   4. valid UTF-8 is UTF-8 (pure ASCII included);
 *   5. a charset the file declares: HTML `<meta charset>` / `http-equiv` content, an XML declaration's
 *      `encoding=`, a .po `Content-Type: ...; charset=` header, when the bytes decode cleanly in it;
 *   6. statistical detection (the `chardet` package) of the bytes, trying its candidates best first;
 *   7. UTF-8 with the invalid sequences replaced (reported as a problem).
 *
 * Encodings are named as WHATWG (TextDecoder) does: "utf-8", "utf-16le", "shift_jis", "euc-jp", "gb18030",
 * "gbk", "big5", "euc-kr", "windows-1252" (ISO-8859-1 is decoded as windows-1252, as browsers do), plus
 * "utf-8-bom" (UTF-8 with a BOM) and "binary". Line endings are left as they are: the parser normalises
 * CRLF/CR itself, so that line numbers stay those of the file.
 *
 * A statistical guess can be wrong; it says how sure it is (`guess.confidence`). Text decoded by an unsure
 * guess, or with replacement characters, must not be used to tell the page's language from its script (a
 * Shift_JIS page read as anything else shows CJK characters of some other language): see
 * `isUnreliableText`, which parseOptionsFor passes to the parser.
 */
import chardet from 'chardet';
import type { ParseOptions } from './model.js';

export interface DecodedText {
  text: string;
  /** WHATWG encoding name ("utf-8", "shift_jis", "utf-16le", ...), "utf-8-bom", or "binary". */
  encoding: string;
  /** Human-readable problems met while decoding (empty when the bytes were clean). */
  problems: string[];
  /** Set when the encoding was guessed statistically (step 6): how sure the guess is, 0..1. */
  guess?: { confidence: number };
}

/** How much of the file is looked at to decide "binary" / UTF-16 and to find a declared charset. */
const SNIFF_BYTES = 8192;
/** More NUL bytes than this share of the sniffed bytes means the file is not text (unless it is UTF-16). */
const BINARY_NUL_SHARE = 0.01;
/** BOM-less UTF-16: at least this share of the code units have a NUL on one side, and almost none on the other. */
const UTF16_NUL_SHARE = 0.3;
const UTF16_OTHER_SIDE_MAX = 0.02;
/** How much of a file statistical detection reads (its multi-byte models need a few kilobytes of text). */
const DETECT_BYTES = 256 * 1024;
/** Below this confidence a statistical guess is unsure: its text is not used to tell the language. */
export const SURE_GUESS = 0.5;

export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeUnicode(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  if (a === 0xff && b === 0xfe) return decodeUnicode(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (a === 0xfe && b === 0xff) return decodeUnicode(bytes.subarray(2), 'utf-16be', 'utf-16be');

  const nuls = countNuls(bytes);
  if (nuls.count > 0) {
    const utf16 = bomlessUtf16(nuls);
    if (utf16 && readsAsText(bytes, utf16)) return decodeUnicode(bytes, utf16, utf16);
    if (nuls.count / nuls.sampled > BINARY_NUL_SHARE) {
      return {
        text: '',
        encoding: 'binary',
        problems: [`binary content: ${nuls.count} NUL bytes in the first ${nuls.sampled} bytes`],
      };
    }
  }

  const strict = tryDecode('utf-8', bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', problems: [] };

  const declared = declaredCharset(bytes);
  if (declared !== null) {
    const legacy = tryDecode(declared, bytes);
    if (legacy !== null) return { text: legacy, encoding: whatwgName(declared), problems: [] };
  }
  return detected(bytes) ?? decodeUnicode(bytes, 'utf-8', 'utf-8');
}

/** The parse options a decoded text calls for: an unsure guess or replaced bytes make its script meaningless. */
export function parseOptionsFor(decoded: DecodedText, path?: string): ParseOptions {
  return { ...(path === undefined ? {} : { path }), ...(isUnreliableText(decoded) ? { unreliableText: true } : {}) };
}

export function isUnreliableText(decoded: DecodedText): boolean {
  return (decoded.guess !== undefined && decoded.guess.confidence < SURE_GUESS) || decoded.problems.length > 0;
}

function decodeUnicode(bytes: Uint8Array, decoder: 'utf-8' | 'utf-16le' | 'utf-16be', encoding: string): DecodedText {
  const strict = tryDecode(decoder, bytes);
  if (strict !== null) return { text: strict, encoding, problems: [] };
  const text = new TextDecoder(decoder, { ignoreBOM: true }).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return {
    text,
    encoding,
    problems: [`invalid ${decoder.toUpperCase()}: ${replaced} byte sequence(s) replaced with U+FFFD`],
  };
}

/** The decoded text, or null when the bytes are not valid in that encoding (or the label is unknown). */
function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const SINGLE_BYTE = /^(iso-8859|windows-125|koi8|ibm|cp\d|x-mac|macintosh)/i;

/** Valid UTF-8 multi-byte characters outnumber the invalid sequences tenfold: damaged UTF-8, not another encoding. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.length > DETECT_BYTES ? bytes.subarray(0, DETECT_BYTES) : bytes);
  let valid = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replaced++;
    else if (code >= 0x80) valid++;
  }
  return valid > 0 && replaced * 10 <= valid;
}

function whatwgName(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return label.toLowerCase();
  }
}

interface NulCount {
  count: number;
  sampled: number;
  /** NULs at even / odd byte offsets. */
  even: number;
  odd: number;
}

function countNuls(bytes: Uint8Array): NulCount {
  const sampled = Math.min(bytes.length, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sampled; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return { count: even + odd, sampled, even, odd };
}

/** UTF-16 without a BOM, from where its NULs fall: the high byte of each ASCII character. */
function bomlessUtf16(nuls: NulCount): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(nuls.sampled / 2);
  if (units < 8) return null;
  const share = (count: number): number => count / units;
  if (share(nuls.odd) >= UTF16_NUL_SHARE && share(nuls.even) <= UTF16_OTHER_SIDE_MAX) return 'utf-16le';
  if (share(nuls.even) >= UTF16_NUL_SHARE && share(nuls.odd) <= UTF16_OTHER_SIDE_MAX) return 'utf-16be';
  return null;
}

/** Binary data can have its NULs at even offsets too: as UTF-16 its head must read as text (few control characters). */
function readsAsText(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  const sample = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, SNIFF_BYTES & ~1));
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd++;
  }
  return odd <= sample.length * UTF16_OTHER_SIDE_MAX;
}

/**
 * A charset the file names for itself: `<meta charset="...">`, `content="text/html; charset=..."`, an XML
 * declaration's `encoding="..."` or a .po `Content-Type: text/plain; charset=...` header. Read from the
 * ASCII-compatible head of the file. UTF-8 is not returned: the bytes were found not to be UTF-8.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES)));
  const match =
    /charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})/i.exec(head) ?? /<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})/i.exec(head);
  if (!match?.[1]) return null;
  const label = match[1].toLowerCase();
  return label === 'utf-8' || label === 'utf8' ? null : label;
}

/**
 * Statistical detection: chardet's candidates, best first, the first whose decoding is clean. A single-byte
 * guess decodes any bytes cleanly, so it is taken only when chardet is fairly sure of it; a multi-byte one
 * (CJK) that decodes every byte cleanly is itself evidence, so it is taken even when chardet is unsure (and
 * marked so). UTF-8 with a few damaged bytes stays UTF-8 (step 7), rather than being read as mojibake.
 */
function detected(bytes: Uint8Array): DecodedText | null {
  if (mostlyUtf8(bytes)) return null;
  const sample = bytes.length > DETECT_BYTES ? bytes.subarray(0, DETECT_BYTES) : bytes;
  for (const candidate of chardet.analyse(sample)) {
    if (candidate.confidence <= 0 || /^utf-?8$/i.test(candidate.name)) continue;
    // A 16/32-bit guess for bytes without NULs is never right for this page.
    if (/^utf-(16|32)/i.test(candidate.name)) continue;
    if (candidate.confidence < SURE_GUESS * 100 && SINGLE_BYTE.test(candidate.name)) continue;
    const text = tryDecode(candidate.name, bytes);
    if (text === null) continue;
    return { text, encoding: whatwgName(candidate.name), problems: [], guess: { confidence: candidate.confidence / 100 } };
  }
  return null;
}
