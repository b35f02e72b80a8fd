/**
 * Which files the library considers at all. A name is only a first filter: content sniffing (binary or text)
 * and the parser's NotADocTableError decide whether a candidate is shown.
 */
import path from 'node:path';

/** Extensions the doc table renditions come in (".rst.txt" Sphinx sources end in ".txt" too). */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.html', '.htm', '.txt', '.md', '.markdown', '.po', '.rst'];

/** Folders that never hold doc tables but can hold many files (each watched file costs an inotify watch). */
const SKIPPED_DIRECTORY_NAMES = new Set(['node_modules', '__pycache__']);

export function hasSupportedExtension(filePath: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

/** Hidden entries (.git, .venv, editor temp files) and dependency folders are neither read nor descended into. */
export function isSkippedEntryName(name: string): boolean {
  return (name.startsWith('.') && name !== '.' && name !== '..') || SKIPPED_DIRECTORY_NAMES.has(name);
}

const SNIFF_CHARS = 8192;
/** Random bytes decode to over half replacement and control characters; real text in any language to few. */
const BINARY_SHARE = 0.3;

/**
 * True when decoded text is really binary data: compressed or encrypted bytes have too few NULs for the
 * decoder's check, but decode to mostly U+FFFD and control characters.
 */
export function looksLikeBinaryText(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && !isTextControl(code))) odd++;
  }
  return odd / sample.length > BINARY_SHARE;
}

/** Tab, LF, VT, FF, CR; ESC (colour codes in terminal captures); SUB (DOS end of file). */
function isTextControl(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x1b || code === 0x1a;
}
