/**
 * Whether a text is the "Audit events table" page (or a cut-off copy of it), not just any page holding a table.
 * A docs build holds hundreds of pages; a few dozen have tables whose first column looks like names
 * (c-api reference counts, whatsnew, howtos), and only one is this page. The decision weighs evidence that
 * holds across locales, versions and formats, never a list of known other pages:
 *
 *   page identity   the reST label `.. _audit-events:` / the HTML anchor `id="audit-events"`, the
 *                   `.. audit-event-table::` directive, a .po catalog whose entries come from audit_events.rst,
 *                   the page title in one of the locales the page is known in (TITLES: data, not required),
 *                   the tables' header cells ("Audit event", translated or not), the file name `audit_events`
 *                   (a hint only: copies have any name)
 *   the tables      3 columns (event, arguments, references) / 2 (internal), event names shaped `module.name`,
 *                   the share of rows naming events of known CPython builds and how many distinct ones,
 *                   the internal table's own events (`_winapi.*`, `ctypes.PyObj_FromPtr`)
 *
 * Two stages, so that a whole docs build is cheap to scan:
 *   1. sniffPage, on the raw text (a few indexOf calls and one linear pass, no parser): the identity marks,
 *      and the known event names standing alone in a table cell (`<td><p>os.system</p>`, `| os.system |`, a
 *      line or tab-separated cell holding just the name). A page with no identity mark and fewer than
 *      MIN_CELL_EVENTS such names cannot reach the acceptance score below, and is rejected here.
 *   2. judgePage, on what the reader parsed: the score of every piece of evidence; accepted at ACCEPT_SCORE.
 * Rejections throw NotADocTableError whose message is the short reason the library shows:
 * "not the audit events page (title: Descriptor HowTo Guide)".
 */
import { NotADocTableError, type DocFormat, type DocTable } from './model.js';
import type { PageDraft } from './formats/page.js';
import { hasNamespaceMark, isEventShaped } from './shape.js';
import { truth } from './truth.js';

/** The page's title in the locales it is known in (from the corpus); any other locale is recognised otherwise. */
export const TITLES = [
  'Audit events table',
  'Tabela de eventos de auditoria',
  "Table des évènements d'audit",
  'Table des événements d’audit',
  '監査イベント表',
  '审计事件表',
  '稽核事件表',
  '감사 이벤트 표',
];

/** The first header cell of either table ("Audit event"), as builds show it in the known locales. */
export const EVENT_HEADERS = ['Audit event', 'Evento de auditoria', 'Évènement d’audit', '監査イベント', '审计事件', '稽核事件', '감사 이벤트'];

/** Fewest known event names standing alone in cells for a page without any identity mark to be read at all. */
const MIN_CELL_EVENTS = 3;
/** Score at which a parsed page is taken for the audit events page (see judgePage for the weights). */
export const ACCEPT_SCORE = 6;
/** How much of the start of a file is searched for its title. */
const HEAD_CHARS = 65536;
const MAX_REASON_TITLE = 80;

/** What the raw text shows before any parsing. */
export interface RawEvidence {
  /** `.. _audit-events:` or `id="audit-events"`. */
  label: boolean;
  /** `.. audit-event-table::`. */
  directive: boolean;
  /** A gettext reference to audit_events.rst. */
  catalogOfPage: boolean;
  /** The file's name says audit_events. */
  path: boolean;
  /** One of TITLES or EVENT_HEADERS occurs in the head of the file (the judge checks where it really is). */
  knownTitleInHead: boolean;
  /** The rough title mentions "audit" (auditoría, Audit-Ereignisse...). */
  auditTitle: boolean;
  /** Distinct known, namespaced event names found alone in a table cell. */
  cellEvents: number;
  /** The title as far as the raw text shows it (for the reason of a rejection). */
  roughTitle: string | null;
}

export function isIdentityMarked(raw: RawEvidence): boolean {
  return raw.label || raw.directive || raw.catalogOfPage || raw.path || raw.knownTitleInHead;
}

/** Stage 1: evidence from the raw text; throws NotADocTableError when the page cannot be the audit events page. */
export function sniffPage(text: string, path: string | undefined): RawEvidence {
  const head = text.slice(0, HEAD_CHARS);
  const raw: RawEvidence = {
    // includes() first: a native scan, so the regexes run only on the few files that name the page at all.
    label: text.includes('audit-events') && (/^\.\. _audit-events:/m.test(text) || /\bid=["']audit-events["']/.test(text)),
    directive: text.includes('audit-event-table::') && /^\.\. audit-event-table::/m.test(text),
    catalogOfPage: text.includes('audit_events.rst') && /^#:.*audit_events\.rst/m.test(text),
    path: path !== undefined && /audit[_-]events/i.test(baseName(path)),
    knownTitleInHead: TITLES.some((title) => head.includes(title)) || EVENT_HEADERS.some((header) => head.includes(header)),
    auditTitle: false,
    cellEvents: 0,
    roughTitle: null,
  };
  if (isIdentityMarked(raw)) return raw;
  raw.roughTitle = roughTitle(text);
  raw.auditTitle = /audit/i.test(raw.roughTitle ?? '');
  if (raw.auditTitle) return raw;
  raw.cellEvents = countCellEvents(text, MIN_CELL_EVENTS);
  if (raw.cellEvents >= MIN_CELL_EVENTS) return raw;
  throw new NotADocTableError(rejection(raw.roughTitle, catalogSource(head)));
}

export interface Judgement {
  accepted: boolean;
  score: number;
  /** The evidence that counted, for tests and diagnostics: "title +3", "known events 0.95 +2". */
  evidence: string[];
}

/**
 * Stage 2: the parsed page's score. Weights: identity marks 3 each (label, directive, catalog of the page,
 * known title), header cells naming the event column 2, the file name 1, a title mentioning "audit" in any
 * language 1, the sentence introducing the internal events (naming CPython) 1; per events table: the column count fitting its kind 1, event-shaped names (≥ 90 %) 1, known
 * events (≥ 80 % of rows 2, ≥ 50 % 1), distinct known events (≥ 20: 3, ≥ 5: 2, ≥ 2: 1), the internal table's
 * own events (≥ 5) 2. A page of non-events (under half the rows shaped like events) loses 3.
 */
export function judgePage(draft: PageDraft, raw: RawEvidence, format: DocFormat): Judgement {
  const evidence: string[] = [];
  let score = 0;
  const add = (points: number, what: string): void => {
    score += points;
    evidence.push(`${what} ${points > 0 ? '+' : ''}${points}`);
  };
  const titles = [draft.title, ...draft.prose.filter((block) => block.role === 'title').map((block) => block.source)]
    .filter((title): title is string => typeof title === 'string')
    .map(normalizeTitle);
  if (raw.label) add(3, 'audit-events label');
  if (raw.directive) add(3, 'audit-event-table directive');
  if (raw.catalogOfPage && format === 'po') add(3, 'catalog of audit_events.rst');
  if (titles.some((title) => TITLES.some((known) => normalizeTitle(known) === title))) add(3, 'title');
  else if (titles.some((title) => /audit/i.test(title))) add(1, 'title mentions audit');
  if (raw.path) add(1, 'file name');
  if (draft.tables.some((table) => EVENT_HEADERS.includes(table.headers[0]?.trim() ?? ''))) add(2, 'event column header');
  // The sentence before the second table says its events match no public API "of CPython", in every translation.
  if (draft.prose.some((block) => block.role === 'internal-intro' && block.text.includes('CPython'))) add(1, 'internal-events prose');

  const known = truth().events;
  const internalKnown = internalEvents();
  const rows = draft.tables.flatMap((table) => table.rows);
  if (rows.length > 0) {
    const shaped = rows.filter((row) => isEventShaped(row.event) && (hasNamespaceMark(row.event) || known.has(row.event)));
    const knownRows = rows.filter((row) => known.has(row.event));
    const distinct = new Set(knownRows.map((row) => row.event).filter(hasNamespaceMark)).size;
    const shapedShare = shaped.length / rows.length;
    const knownShare = knownRows.length / rows.length;
    if (draft.tables.some(columnsFit)) add(1, 'columns');
    if (shapedShare >= 0.9) add(1, 'event-shaped names');
    else if (shapedShare < 0.5) add(-3, 'rows are not events');
    if (knownShare >= 0.8) add(2, `known events ${knownShare.toFixed(2)}`);
    else if (knownShare >= 0.5) add(1, `known events ${knownShare.toFixed(2)}`);
    if (distinct >= 20) add(3, `${distinct} distinct known events`);
    else if (distinct >= 5) add(2, `${distinct} distinct known events`);
    else if (distinct >= 2) add(1, `${distinct} distinct known events`);
    if (new Set(rows.map((row) => row.event).filter((event) => internalKnown.has(event))).size >= 5) {
      add(2, 'internal events');
    }
  }
  return { accepted: score >= ACCEPT_SCORE, score, evidence };
}

/** Throws the rejection for a parsed page that judgePage did not accept. */
export function rejectPage(draft: PageDraft, raw: RawEvidence): never {
  throw new NotADocTableError(rejection(draft.title ?? raw.roughTitle ?? roughTitleFromRows(draft), null));
}

/** The reason a page is refused, from its rough title (or the page its catalog translates). */
export function rejection(title: string | null, catalogOf: string | null): string {
  if (catalogOf) return `not the audit events page (catalog of ${catalogOf})`;
  const shown = title ? collapse(title) : '';
  if (shown === '') return 'not the audit events page (no table of audit events)';
  const cut = shown.length > MAX_REASON_TITLE ? `${shown.slice(0, MAX_REASON_TITLE - 1)}…` : shown;
  return `not the audit events page (title: ${cut})`;
}

function roughTitleFromRows(draft: PageDraft): string | null {
  return draft.prose.find((block) => block.role !== 'table-header')?.text ?? null;
}

/** Whether a table has the columns of its kind: event, arguments, references (public) or event, arguments. */
function columnsFit(table: DocTable): boolean {
  const columns = table.headers.length;
  if (columns > 0) return table.kind === 'public' ? columns === 3 : columns === 2 || columns === 3;
  return table.kind === 'public' ? table.rows.some((row) => row.refs.length > 0) : true;
}

let internalCache: Set<string> | null = null;
function internalEvents(): Set<string> {
  internalCache ??= new Set(truth().versions.flatMap((version) => [...version.internal.keys()]));
  return internalCache;
}

function baseName(path: string): string {
  const parts = path.split(/[\\/!]/);
  return parts[parts.length - 1] ?? path;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Audit events table — Python 3.12 documentation", " Audit events table¶ " → "audit events table". */
function normalizeTitle(title: string): string {
  return collapse(title.replace(/[\u00b6#]+\s*$/, '').split(/\s[\u2014|-]\s/)[0]!)
    .replace(/[\u2019`]/g, "'")
    .toLowerCase();
}

const CELL = /[\n\t|][ \r]*([A-Za-z_\\][\w.\/\\]{2,119})[ \r]*(?=[\n\t|]|$)/g;

/**
 * Distinct known namespaced event names that stand alone in a table cell: right after `<td>` (or `<td><p>`)
 * up to the next tag, or between two of newline, tab and `|` (grid and pipe tables, a browser copy's cell
 * lines, html2text's cell paragraphs; Markdown escapes dropped). One linear pass; stops counting at `enough`.
 */
export function countCellEvents(text: string, enough = Infinity): number {
  const known = truth().events;
  const found = new Set<string>();
  const consider = (cell: string): void => {
    const name = cell.includes('\\') ? cell.replace(/\\/g, '') : cell;
    if (known.has(name) && hasNamespaceMark(name)) found.add(name);
  };
  // A name alone between separators (newline, tab, pipe), with spaces around it and Markdown escapes inside.
  const first = /^[ \r]*([A-Za-z_\\][\w.\/\\]{2,119})[ \r]*(?=[\n\t|]|$)/.exec(text);
  if (first) consider(first[1]!);
  CELL.lastIndex = 0;
  for (let match = CELL.exec(text); match !== null && found.size < enough; match = CELL.exec(text)) consider(match[1]!);
  for (let at = text.indexOf('<td'); at !== -1 && found.size < enough; at = text.indexOf('<td', at + 3)) {
    const open = text.indexOf('>', at);
    if (open === -1) break;
    let from = skipSpaces(text, open + 1);
    if (text.startsWith('<p', from)) {
      const close = text.indexOf('>', from);
      if (close === -1) break;
      from = skipSpaces(text, close + 1);
    }
    const end = text.indexOf('<', from);
    if (end === -1 || end - from > 200) continue;
    consider(text.slice(from, end).trim());
  }
  return found.size;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\r')) i++;
  return i;
}

/** The page title as the raw text shows it: HTML <title>/<h1>, a .po header's source file, an underlined or `#` heading, else the first line. */
export function roughTitle(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const html = /<title[^>]*>([^<]*)<\/title>/i.exec(head) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(head);
  if (html?.[1] !== undefined) {
    const title = decodeBasicEntities(html[1].replace(/<[^>]*>/g, ''));
    return collapse(title.split(/\s(?:\u2014|&#8212;|-)\s/)[0]!.replace(/\u00b6$/, '')) || null;
  }
  const lines = head.split('\n', 400);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (/^#{1,6}\s/.test(line)) return line.replace(/^#+\s*/, '');
    const next = lines[i + 1]?.trim() ?? '';
    if (next.length >= 3 && /^([=*#~^-])\1+$/.test(next) && !/^([=*#~^-])\1+$/.test(line)) return stripRoles(line);
  }
  const first = lines.find((line) => line.trim() !== '' && !/^([=*#~^-])\1+$/.test(line.trim()));
  return first ? stripRoles(first.trim()) : null;
}

/** ":mod:`abc` --- Abstract Base Classes" → "abc — Abstract Base Classes". */
function stripRoles(line: string): string {
  return line.replace(/:[\w:-]+:`([^`]*)`/g, '$1').replace(/ --- /g, ' \u2014 ');
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

/** A .po catalog's source page, from its first `#:` reference ("library/os.rst"). */
function catalogSource(head: string): string | null {
  if (!/^msgid "/m.test(head)) return null;
  const reference = /^#:\s*(\S+?)(?::\d+)?(?:\s|$)/m.exec(head);
  return reference?.[1]?.replace(/^(\.\.\/)+/, '') ?? null;
}
