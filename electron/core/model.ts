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
  /**
   * How many times the cell links this target, when more than once: incremental docs builds accumulate
   * repeated references (a cell with hundreds of `[n]` links to the same few places), which are kept once.
   */
  count?: number;
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
  /**
   * One of three shapes:
   *   a point version   "3.12.1", "3.9.4", "3.13.0rc2": only from the page's metadata or its path;
   *   a series          "3.10": the release line, when the evidence narrows to it but not to one release;
   *   a range           "3.13.0rc2–3.14.0a0" (en dash, oldest first, both ends inclusive): known builds
   *                     the event set fits between or ties with, spanning release lines.
   * Inference from the event set gives a series or a range, never a point: the known builds are samples,
   * and the releases between two of them share an event set (a 3.10.12 page matches the 3.10.2 build exactly).
   * version-order.ts orders all three (a series sorts with its .0 release; a range by its oldest end).
   */
  value: string;
  source: VersionSource;
  /** 0..1: how sure and how precise the value is (a series or range stays at or under 0.5). */
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
  /** BCP 47: "en", "pt-BR", "ja", "zh-CN", "zh-TW", "ko" ... the language of the content; null when nothing tells. */
  locale: string | null;
  /**
   * The language of the build's interface (the <html lang> a translated theme declares), only where it differs
   * from `locale`: tr, pl and zh-TW builds exist whose navigation is translated and whose page is English.
   */
  uiLocale?: string | null;
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
  /**
   * The bytes were decoded by an unsure statistical guess or with replacement characters (decode.ts
   * parseOptionsFor): the text's script says nothing of its language, so the locale is not inferred from it.
   */
  unreliableText?: boolean;
}

/** Thrown (and reported by the CLI as one line) when a text holds no audit events table at all. */
export class NotADocTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotADocTableError';
  }
}
