/**
 * The one model every rendition of CPython's "Audit events table" page is parsed into.
 * Plain data only (JSON-serialisable): it crosses IPC, HTTP and the CLI unchanged.
 */

/** How the page was rendered. Detected from content, never from the file name alone. */
export type DocFormat =
  | 'html' // Sphinx HTML build (docs.python.org, local builds)
  | 'sphinx-text' // Sphinx text builder: +---+ grid tables
  | 'sphinx-text-collapsed' // the same with every newline collapsed into spaces
  | 'markdown' // pipe tables (HTML converted to Markdown)
  | 'browser-text' // text copied from a browser: one cell per paragraph
  | 'po' // gettext catalog of the page (prose, headers, and the internal table's cells as source strings)
  | 'rst'; // the page's reStructuredText source: the public table is a directive, only the internal table is written out

export const DOC_FORMATS: readonly DocFormat[] = [
  'html',
  'sphinx-text',
  'sphinx-text-collapsed',
  'markdown',
  'browser-text',
  'po',
  'rst',
];

export interface DocRef {
  /** As written, without brackets: "1", "2". */
  label: string;
  /** Link target as written in the file (relative href, md link), or null where the format has none. */
  target: string | null;
}

export interface DocRow {
  event: string;
  args: string[];
  refs: DocRef[];
  /** 1-based line in the source file where the row starts (null where not known). */
  line: number | null;
}

export type TableKind = 'public' | 'internal';

export interface DocTable {
  kind: TableKind;
  /** Column headers as written in the file (translated where the file translated them). */
  headers: string[];
  rows: DocRow[];
}

export type VersionSource = 'metadata' | 'path' | 'inferred';

export interface VersionInfo {
  /** "3.12", "3.9.4", "3.13.0a0" ... */
  value: string;
  source: VersionSource;
  /** 0..1 */
  confidence: number;
  /** Human-readable: what the value was read from or matched against. */
  evidence: string;
}

export type ProseRole =
  | 'title'
  | 'intro'
  | 'see-also'
  | 'implementation-detail'
  | 'internal-intro'
  | 'table-header'
  | 'other';

export interface ProseBlock {
  role: ProseRole;
  /** The text as the file shows it (for .po: the msgstr, or the msgid where untranslated). */
  text: string;
  /** .po only: the English msgid the text translates. */
  source?: string;
  /** .po only: the entry is marked fuzzy. */
  fuzzy?: boolean;
  /** .po only, set when true: the entry has no msgstr (the text shown is the English msgid). */
  untranslated?: boolean;
  /** .po only, when the catalog keeps it (`#| msgid`): the English msgid the fuzzy translation was made for. */
  previousSource?: string;
  line: number | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  message: string;
  line: number | null;
}

export interface DocTableModel {
  format: DocFormat;
  /** BCP 47: "en", "pt-BR", "ja", "zh-CN", "zh-TW", "ko" ... null when nothing tells. */
  locale: string | null;
  version: VersionInfo | null;
  title: string | null;
  prose: ProseBlock[];
  /** At most one public and one internal table, public first. */
  tables: DocTable[];
  diagnostics: Diagnostic[];
}

/** Input given to the parser besides the text. The path is a hint (locale, version), never the format. */
export interface ParseOptions {
  path?: string;
}

/** Thrown (and reported by the CLI as one line) when a text holds no audit events table at all. */
export class NotADocTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotADocTableError';
  }
}
