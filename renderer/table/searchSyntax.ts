/**
 * The search box's syntax. Terms are separated by spaces and all must match:
 *   os path            each term anywhere in the event name or the arguments (case-insensitive substring)
 *   event:os.          a term in one column: event, args (arg, arguments), refs (ref, references), source (src, file)
 *   os.*dir            `*` stands for any run of characters within one cell (a term of `*` alone matches all)
 *   "os.open"          quoted: the whole event name, or one whole argument, equals it (args:"path": an argument)
 *   "open file"        quotes also keep spaces inside one term
 * Pure: parsed into needles that filters.ts runs over the joined text columns.
 */
import type { ColumnId } from './filters.js';

export interface SearchTerm {
  /** The column searched; 'search' = event name and arguments. */
  column: ColumnId | 'search';
  /** Lower-cased text (without quotes). */
  text: string;
  exact: boolean;
  /** Has a `*` inside (not only at its ends). */
  wildcard: boolean;
}

const FIELDS: Readonly<Record<string, ColumnId>> = {
  event: 'event',
  events: 'event',
  args: 'args',
  arg: 'args',
  arguments: 'args',
  argument: 'args',
  refs: 'refs',
  ref: 'refs',
  references: 'refs',
  source: 'source',
  src: 'source',
  file: 'source',
};

/** Splits the query into terms: `field:`"quoted text"`, "quoted text", or runs of non-space characters. */
export function parseSearch(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const pattern = /(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;
  for (const match of query.matchAll(pattern)) {
    const [, field, quoted, bare] = match;
    const column = field !== undefined ? FIELDS[field.toLowerCase()] : undefined;
    // An unknown "field:" is searched as written ("os.open:foo" is not a field).
    const raw = quoted ?? (field !== undefined && column === undefined ? `${field}:${bare ?? ''}` : bare ?? '');
    const text = raw.replaceAll('\u0000', '').toLowerCase();
    const exact = quoted !== undefined;
    const trimmed = exact ? text : text.replace(/^\*+|\*+$/g, '');
    if (trimmed === '') continue;
    terms.push({ column: column ?? 'search', text: trimmed, exact, wildcard: trimmed.includes('*') });
  }
  return terms;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The term as a regular expression over a joined text column (cells separated by \0; the search column holds
 * "event\narguments"; arguments are joined with ", "), or null when a plain substring search does.
 */
export function termPattern(term: SearchTerm): RegExp | null {
  if (!term.exact && !term.wildcard) return null;
  // `*` never crosses a cell: no \0, and in the search column no \n between event and arguments.
  const body = term.text.split('*').map(escape).join('[^\\u0000\\n]*?');
  if (!term.exact) return new RegExp(body, 'g');
  return new RegExp(`(?:^|\\u0000|\\n|, )(?:${body})(?=\\u0000|\\n|, )`, 'g');
}

/** What the search box matches, said in one line (the hint under the counts). */
export const SEARCH_HELP =
  'Search: every term in the event or its arguments (substring) · field:value (event, args, refs, source) · * any characters · "…" a whole name';
