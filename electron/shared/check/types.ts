/**
 * The contract of the translation check (issue 16): what `doctable check` prints as JSON and what the compare
 * view's Check panel shows. Plain data, JSON-serialisable.
 */

export type ProblemKind =
  | 'version-mismatch' // the reference is of another version than the translation
  | 'event-missing'
  | 'event-extra'
  | 'argument-renamed'
  | 'argument-missing'
  | 'argument-extra'
  | 'argument-reordered'
  | 'reference-count' // the number of references (links) of a row differs
  | 'translated-identifier' // an event or argument name was translated, transliterated or written in other characters
  | 'internal-table-missing'
  | 'cut-off' // the parser found the file cut off
  | 'untranslated' // .po: an entry of the page without msgstr
  | 'fuzzy' // .po: an entry marked fuzzy (its English changed since it was translated)
  | 'markup-mismatch' // .po: a role, literal or substitution of the msgid not kept in the msgstr
  | 'glossary'; // prose that does not use the glossary's translation of a term its English uses

/** The order the kinds are listed and grouped in (the version first: it explains what follows). */
export const PROBLEM_KINDS: readonly ProblemKind[] = [
  'version-mismatch',
  'cut-off',
  'internal-table-missing',
  'translated-identifier',
  'event-missing',
  'event-extra',
  'argument-renamed',
  'argument-missing',
  'argument-extra',
  'argument-reordered',
  'reference-count',
  'untranslated',
  'fuzzy',
  'markup-mismatch',
  'glossary',
];

export const PROBLEM_KIND_LABELS: Readonly<Record<ProblemKind, string>> = {
  'version-mismatch': 'Version mismatch',
  'cut-off': 'File cut off',
  'internal-table-missing': 'Internal table missing',
  'translated-identifier': 'Translated identifier',
  'event-missing': 'Event missing',
  'event-extra': 'Event extra',
  'argument-renamed': 'Argument renamed',
  'argument-missing': 'Argument missing',
  'argument-extra': 'Argument extra',
  'argument-reordered': 'Arguments reordered',
  'reference-count': 'Reference count differs',
  untranslated: 'Untranslated entry',
  fuzzy: 'Fuzzy entry',
  'markup-mismatch': 'Markup not kept',
  glossary: 'Glossary term',
};

export interface Problem {
  kind: ProblemKind;
  /** 1-based line in the translated file; null where the problem has no place (a whole-file matter). */
  line: number | null;
  /** The event the problem is about (the reference's name), null for prose problems. */
  event: string | null;
  /** What the reference (or the English msgid) has; null when nothing is expected. */
  expected: string | null;
  /** What the translation has; null when it has nothing. */
  found: string | null;
  message: string;
  /** fuzzy only: the English msgid the fuzzy translation was made for (`#| msgid`), when the catalog keeps it. */
  previous?: string;
}

/** Counts of one checked file, for a health line. */
export interface CheckHealth {
  /** Reference events the translation has with the same name and arguments. */
  eventsOk: number;
  /** Reference events checked (0 where the translation holds no table to check). */
  eventsChecked: number;
  /** Events the version difference explains (not counted as problems). */
  versionChanges: number;
  problems: number;
  /** .po only: entries of the page without translation / marked fuzzy (null for other formats). */
  untranslated: number | null;
  fuzzy: number | null;
}

export interface FileCheck {
  path: string;
  /** What the translation was checked against: a file path, or the bundled truth build ("bundled truth: 3.12.3 build …"). */
  against: string;
  locale: string | null;
  version: string | null;
  /** What was and was not checked ("gettext catalog: …"). */
  notes: string[];
  problems: Problem[];
  health: CheckHealth;
}

/** The --json output. */
export interface CheckReport {
  files: FileCheck[];
}

/** One version of the page the truth knows (structurally the parser's KnownVersion). */
export interface KnownBuild {
  version: string;
  /** The truth build it was compacted from ("3.12.3_sources-lcctoor"). */
  label: string;
  public: ReadonlyMap<string, readonly string[]>;
  internal: ReadonlyMap<string, readonly string[]>;
}

/** What the check needs of the truth data: every known build, oldest first, and the events with unstable arguments. */
export interface VersionHistory {
  versions: readonly KnownBuild[];
  /** Events whose arguments differ between the directives documenting them (a build shows either list). */
  unstableArgs: ReadonlySet<string>;
}
