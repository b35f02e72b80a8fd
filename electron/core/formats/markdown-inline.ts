/**
 * The bits of Markdown inline syntax table cells use: backslash escapes (`\_`, `[[1\]]`), code spans, links.
 * Linear scans only: every loop consumes input, and every look-ahead is bounded.
 */
import type { DocRef } from '../model.js';

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const MAX_LINK_TEXT = 500;
const MAX_LINK_TARGET = 2000;
/** [text](target "title"), every part bounded so that no match attempt can run far. */
const INLINE_LINK = new RegExp(
  `\\[([^\\[\\]]{0,${MAX_LINK_TEXT}})\\]` + `\\([^()\\s]{0,${MAX_LINK_TARGET}}(?:[ \\t]+"[^"]{0,${MAX_LINK_TEXT}}")?\\)`,
  'g',
);

/** Drops the backslash of an escaped ASCII punctuation character (CommonMark). */
export function unescapeMarkdown(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.includes(text[i + 1]!)) {
      out += text[i + 1];
      i++;
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * Splits a table line at its unescaped pipes: "a | b" → ["a ", " b"], "|" → ["", ""]. Escaped pipes stay in
 * the cell text (still escaped; unescapeMarkdown removes the backslash later).
 */
export function splitAtPipes(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') {
      parts.push(line.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(line.slice(start));
  return parts;
}

/** A cell's plain text: link syntax reduced to its text, code-span backticks dropped, escapes resolved. */
export function markdownCellText(text: string): string {
  const withoutLinks = text.replace(INLINE_LINK, '$1');
  let out = '';
  for (let i = 0; i < withoutLinks.length; i++) {
    const char = withoutLinks[i]!;
    if (char === '\\' && i + 1 < withoutLinks.length && ASCII_PUNCTUATION.includes(withoutLinks[i + 1]!)) {
      out += withoutLinks[i + 1];
      i++;
    } else if (char !== '`') {
      out += char;
    }
  }
  return out;
}

/**
 * References of a Markdown cell: "[[1]](a.md#x)[[2]](b.md#y)" (a link whose text is "[1]"), "[1](a.md#x)",
 * or plain "\[1\]" without a target.
 */
export function markdownRefs(cell: string): DocRef[] {
  const text = unescapeMarkdown(cell);
  const refs: DocRef[] = [];
  // Next ")" at or after the current position; -1 once none is left (then none is left further on either).
  let nextClose = -2;
  for (let i = text.indexOf('['); i !== -1; ) {
    let j = i + 1;
    const double = text[j] === '[';
    if (double) j++;
    let k = j;
    while (k < text.length && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
    const label = text.slice(j, k);
    if (label === '' || text[k] !== ']' || (double && text[k + 1] !== ']')) {
      i = text.indexOf('[', i + 1);
      continue;
    }
    k += double ? 2 : 1;
    let target: string | null = null;
    if (text[k] === '(') {
      // The next ")" is found once per position reached, so a run of unclosed "(" stays linear.
      if (nextClose !== -1 && nextClose < k) nextClose = text.indexOf(')', k);
      if (nextClose !== -1 && nextClose - k <= MAX_LINK_TARGET) {
        target = linkDestination(text.slice(k + 1, nextClose));
        k = nextClose + 1;
      }
    }
    refs.push({ label, target });
    i = text.indexOf('[', k);
  }
  return refs;
}

/** `<a b.md>` or `a.md "title"` → the destination alone. */
function linkDestination(inside: string): string | null {
  const trimmed = inside.trim();
  if (trimmed.startsWith('<')) {
    const close = trimmed.indexOf('>');
    return close === -1 ? null : trimmed.slice(1, close);
  }
  const space = trimmed.search(/\s/);
  const destination = space === -1 ? trimmed : trimmed.slice(0, space);
  return destination === '' ? null : destination;
}
