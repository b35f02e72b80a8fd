/**
 * The shapes table cells take in every format: event names, argument lists, reference cells.
 * All checks are single left-to-right scans (no backtracking regexes), so any input length is linear.
 */
import type { DocRef } from './model.js';
import { truth } from './truth.js';

const MAX_EVENT_LENGTH = 200;

function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    code === 0x5f // _
  );
}

/**
 * Identifier parts joined by "." or "/": "os.chmod", "builtins.input/result", "glob.glob/2", "compile".
 * No spaces, no commas, no leading digit, no empty part.
 */
export function isEventShaped(text: string): boolean {
  if (text.length === 0 || text.length > MAX_EVENT_LENGTH) return false;
  const first = text.charCodeAt(0);
  if (!isWordChar(first) || (first >= 0x30 && first <= 0x39)) return false;
  let previousWasSeparator = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x2f) {
      if (previousWasSeparator) return false;
      previousWasSeparator = true;
    } else if (isWordChar(code)) {
      previousWasSeparator = false;
    } else {
      return false;
    }
  }
  return !previousWasSeparator;
}

export function hasNamespaceMark(text: string): boolean {
  return text.includes('.') || text.includes('/');
}

/**
 * Whether a lone cell text names an event rather than an argument. Needed only where a format has no columns
 * (browser text, .po entries): events are namespaced ("module.name", "event/variant"); the few that are not
 * ("compile", "exec", "import", "open", ...) are recognised from the known event names.
 */
export function looksLikeEvent(text: string): boolean {
  return isEventShaped(text) && (hasNamespaceMark(text) || truth().events.has(text));
}

/** "[1]", "[1][2][3]", "[1] [2]": a References cell as plain text. */
export function isRefsText(text: string): boolean {
  let labels = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ' ' || char === '\t') {
      i++;
      continue;
    }
    if (char !== '[') return false;
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    if (j === i + 1 || text[j] !== ']') return false;
    labels++;
    i = j + 1;
  }
  return labels > 0;
}

/** The bracketed numbers of a plain-text References cell, as refs without targets. */
export function refsFromText(text: string): DocRef[] {
  const refs: DocRef[] = [];
  let i = text.indexOf('[');
  while (i !== -1) {
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    if (j > i + 1 && text[j] === ']') {
      refs.push({ label: text.slice(i + 1, j), target: null });
      i = text.indexOf('[', j + 1);
    } else {
      i = text.indexOf('[', i + 1);
    }
  }
  return refs;
}

const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['``', '``'], // reST literal
  ['`', '`'], // Markdown code span
  ['"', '"'], // Sphinx text builder's rendering of a literal
  ["'", "'"],
  ['\u201c', '\u201d'],
];

/** An argument without the quoting its format wraps literals in. */
export function unquote(text: string): string {
  let value = text.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [open, close] of QUOTE_PAIRS) {
      if (value.length >= open.length + close.length && value.startsWith(open) && value.endsWith(close)) {
        value = value.slice(open.length, value.length - close.length).trim();
        changed = true;
        break;
      }
    }
  }
  return value;
}

/** "path, mode, flags" / `"path", "mode"` / ``path``, ``mode`` → ["path", "mode"]. Argument names hold no commas. */
export function splitArgs(text: string): string[] {
  const collapsed = collapseWhitespace(text);
  if (collapsed === '') return [];
  return collapsed
    .split(',')
    .map(unquote)
    .filter((arg) => arg !== '');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Rejoins an argument cell wrapped over several lines by a fixed-width writer. The writer breaks after the
 * ", " between arguments (the space is dropped at the break) or, for an argument longer than the column, inside
 * it: so a fragment ending in a comma continues after a space, any other one continues directly.
 */
export function joinArgFragments(fragments: readonly string[]): string {
  let joined = '';
  for (const fragment of fragments) {
    if (fragment === '') continue;
    joined += joined === '' || !joined.endsWith(',') ? fragment : ` ${fragment}`;
  }
  return joined;
}
