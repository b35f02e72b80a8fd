/**
 * Bytes to text, for every reader of doc-table files (the CLI, the library, the serve host).
 *
 * Handles what real renditions of the page come in: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM, and
 * legacy single/double-byte encodings when the file declares one (an HTML `<meta charset>` or a .po `charset=`)
 * and is not valid UTF-8. Line endings are left as they are: the parser normalises CRLF/CR itself, so that line
 * numbers stay those of the file.
 */

export interface DecodedText {
  text: string;
  /** "utf-8", "utf-8-bom", "utf-16le", "utf-16be", a declared legacy label ("windows-1252"...), or "binary". */
  encoding: string;
  /** Human-readable problems met while decoding (empty when the bytes were clean). */
  problems: string[];
}

/** How much of the file is looked at to decide "binary" and to find a declared charset. */
const SNIFF_BYTES = 8192;
/** More NUL bytes than this share of the sniffed bytes means the file is not text (no BOM-less UTF-16 is expected). */
const BINARY_NUL_SHARE = 0.01;

export function decodeText(bytes: Uint8Array): DecodedText {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeUnicode(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  if (a === 0xff && b === 0xfe) return decodeUnicode(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (a === 0xfe && b === 0xff) return decodeUnicode(bytes.subarray(2), 'utf-16be', 'utf-16be');

  const nuls = countNuls(bytes);
  if (nuls.count > 0 && nuls.count / nuls.sampled > BINARY_NUL_SHARE) {
    return {
      text: '',
      encoding: 'binary',
      problems: [`binary content: ${nuls.count} NUL bytes in the first ${nuls.sampled} bytes`],
    };
  }

  const strict = tryDecode('utf-8', bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', problems: [] };

  const declared = declaredCharset(bytes);
  if (declared !== null) {
    const legacy = tryDecode(declared, bytes);
    if (legacy !== null) return { text: legacy, encoding: declared, problems: [] };
  }
  return decodeUnicode(bytes, 'utf-8', 'utf-8');
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

function countNuls(bytes: Uint8Array): { count: number; sampled: number } {
  const sampled = Math.min(bytes.length, SNIFF_BYTES);
  let count = 0;
  for (let i = 0; i < sampled; i++) if (bytes[i] === 0) count++;
  return { count, sampled };
}

/**
 * A charset the file names for itself: `<meta charset="...">`, `content="text/html; charset=..."` or a .po
 * `Content-Type: text/plain; charset=...` header. Read from the ASCII-compatible head of the file.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES)));
  const match = /charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})/i.exec(head);
  if (!match?.[1]) return null;
  const label = match[1].toLowerCase();
  return label === 'utf-8' || label === 'utf8' ? null : label;
}
