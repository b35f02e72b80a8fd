/**
 * The page's text around its tables, and which part of the page each paragraph is.
 *
 * Roles come from the page's structure, which every version and translation of it shares:
 *   title; then, before the public table, the intro paragraph, the "see also" paragraph(s) and the
 *   "CPython implementation detail" admonition (right before the table); between the tables, the sentence that
 *   introduces the internal events (the paragraph right before the second table); table headers.
 * The admonition is recognised by structure where the format keeps it (an `impl-detail` element, a bold label)
 * and by its label otherwise; English wording is never needed.
 */
import type { ProseBlock, ProseRole } from './model.js';

/** Han ideographs, kana and CJK punctuation: scripts written without spaces between words. */
function isSpacelessScript(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x2fdf) || // CJK radicals
    (code >= 0x3000 && code <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (code >= 0x3100 && code <= 0x31ff) || // bopomofo, katakana extensions
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) // fullwidth forms
  );
}

/**
 * Rejoins a paragraph a fixed-width writer wrapped. The break replaced a space, except between two characters
 * of a script written without spaces (Chinese, Japanese), where the writer broke inside a run of text.
 * (Korean separates words with spaces, so Hangul is joined with one.)
 */
export function joinWrappedLines(lines: readonly string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (joined === '') {
      joined = line;
      continue;
    }
    const before = joined.charCodeAt(joined.length - 1);
    const after = line.charCodeAt(0);
    joined += isSpacelessScript(before) && isSpacelessScript(after) ? line : ` ${line}`;
  }
  return joined;
}

const MAX_LABEL_LENGTH = 80;

/** "**CPython implementation detail:** ..." — an admonition label as the text builder and Markdown render it. */
export function startsWithBoldLabel(text: string): boolean {
  return findBoldLabel(text) === 0;
}

/** Offset of the first bold label ("**...:**", bold text ending in a colon), or -1. */
export function findBoldLabel(text: string): number {
  for (let open = text.indexOf('**'); open !== -1; ) {
    const close = text.indexOf('**', open + 2);
    if (close === -1) return -1;
    const last = text[close - 1];
    if (close - open <= MAX_LABEL_LENGTH && (last === ':' || last === '\uff1a')) return open;
    open = text.indexOf('**', close + 2);
  }
  return -1;
}

/**
 * "Detalhes da implementação do CPython: ...", "CPython 实现细节：...": the admonition's label as plain text
 * (a browser copy drops the bold). Every translation of the label names CPython, and it ends in a colon.
 */
export function startsWithImplDetailLabel(text: string): boolean {
  if (startsWithBoldLabel(text)) return true;
  const head = text.slice(0, MAX_LABEL_LENGTH);
  const colon = firstColon(head);
  return colon > 0 && head.slice(0, colon).includes('CPython');
}

function firstColon(text: string): number {
  const ascii = text.indexOf(':');
  const wide = text.indexOf('\uff1a');
  if (ascii === -1) return wide;
  if (wide === -1) return ascii;
  return Math.min(ascii, wide);
}

export interface LeadParagraph {
  text: string;
  line: number | null;
  /** The format marked it as the implementation-detail admonition (element class, bold label, directive). */
  implDetail: boolean;
}

/**
 * Roles of the paragraphs between the title and the public table: the first is the intro, a marked
 * admonition is the implementation detail, the others are "see also". When no paragraph is marked and
 * `implDetailByPosition` is set (formats that keep no markup of it, such as .po catalogs), the last of three or
 * more paragraphs is taken as the admonition, which is where the page has always placed it.
 */
export function leadBlocks(paragraphs: readonly LeadParagraph[], implDetailByPosition = false): ProseBlock[] {
  const marked = paragraphs.some((paragraph) => paragraph.implDetail);
  return paragraphs.map((paragraph, index): ProseBlock => {
    let role: ProseRole;
    if (paragraph.implDetail) role = 'implementation-detail';
    else if (index === 0) role = 'intro';
    else if (!marked && implDetailByPosition && paragraphs.length >= 3 && index === paragraphs.length - 1)
      role = 'implementation-detail';
    else role = 'see-also';
    return { role, text: paragraph.text, line: paragraph.line };
  });
}

/** Paragraphs between the public and the internal table: the last one introduces the internal events. */
export function betweenTablesBlocks(paragraphs: ReadonlyArray<{ text: string; line: number | null }>): ProseBlock[] {
  return paragraphs.map((paragraph, index) => ({
    role: index === paragraphs.length - 1 ? 'internal-intro' : 'other',
    text: paragraph.text,
    line: paragraph.line,
  }));
}

export function headerBlocks(headers: readonly string[], line: number | null): ProseBlock[] {
  return headers.map((text) => ({ role: 'table-header', text, line }));
}

export function otherBlocks(paragraphs: ReadonlyArray<{ text: string; line: number | null }>): ProseBlock[] {
  return paragraphs.map((paragraph) => ({ role: 'other', text: paragraph.text, line: paragraph.line }));
}
