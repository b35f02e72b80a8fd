/**
 * Which CPython version a rendition of the page shows.
 *
 * 1. The page's own metadata (HTML <title>, DOCUMENTATION_OPTIONS, version switcher; .po Project-Id-Version).
 * 2. Otherwise its tables, compared with the event sets of known docs builds (resources/truth): every event
 *    the file has and a build lacks, every event the build has and the file lacks, and every differing argument
 *    list counts as one difference (argument lists known to differ between directives — `open`,
 *    `os.truncate` — do not count: a build shows whichever it met last). The builds with the fewest
 *    differences win, as their release line ("3.12", one build too: the known builds are samples, and the
 *    releases between two of them share one event set) or, across lines, the range of the winners. A file whose
 *    events fall between two builds (more than one, fewer than the next) gets that range. An inferred version
 *    is never a point, so its confidence stays at or under 0.5.
 * 3. A version in the path is a weak hint: it refines an inferred or vague version it agrees with.
 *
 * Confidence grows with how close the best match is, how far ahead of the next candidate it is, and how many
 * rows the file has; a file that stops early (cut off) halves it.
 */
import type { DocRow, VersionInfo } from './model.js';
import type { DeclaredVersion } from './formats/page.js';
import { truth, type KnownVersion } from './truth.js';
import { compareVersions, hasMinor, minorOf } from './version-order.js';

export interface InferenceInput {
  publicRows: readonly DocRow[] | null;
  internalRows: readonly DocRow[] | null;
  /** Set when the file stops early: known tables are compared only up to this event name (tables are sorted). */
  truncatedAfter: string | null;
}

export interface Inference {
  value: string;
  confidence: number;
  evidence: string;
  /** The winning builds (several when they tie). */
  best: KnownVersion[];
  /** No difference at all with the best builds. */
  exact: boolean;
  /** Oldest and newest version the inference allows (equal for a single build). */
  range: [string, string];
}

interface Score {
  version: KnownVersion;
  differences: number;
  matchedPublic: number;
  knownPublic: number;
  matchedInternal: number;
  knownInternal: number;
  extra: number;
  missing: string[];
  argDiffs: string[];
  /** Differences only in the argument lists known to vary (used to order tied builds in the evidence). */
  unstableDiffs: number;
  /** Whether every event of the build is in the file / every event of the file is in the build. */
  coveredByFile: boolean;
  coversFile: boolean;
}

const PUBLIC_ROWS_FOR_FULL_CONFIDENCE = 20;
/** The highest confidence of an inferred version, which is always a series or a range (see VersionInfo.value). */
const NOT_A_POINT = 0.5;

function rowsToMap(rows: readonly DocRow[]): Map<string, string> {
  return new Map(rows.map((row) => [row.event, row.args.join(', ')]));
}

interface TableComparison {
  matched: number;
  known: number;
  /** Events of the file the build lacks (names are listed for the winning build only). */
  extra: number;
  missing: string[];
  argDiffs: string[];
  unstableDiffs: number;
}

function compareTable(
  file: Map<string, string> | null,
  known: ReadonlyMap<string, string>,
  until: string | null,
  unstable: ReadonlySet<string>,
): TableComparison {
  const result: TableComparison = { matched: 0, known: 0, extra: 0, missing: [], argDiffs: [], unstableDiffs: 0 };
  if (file === null) return result;
  let inFile = 0;
  for (const [event, args] of known) {
    const fileArgs = file.get(event);
    if (fileArgs !== undefined) inFile++;
    if (until !== null && event > until) continue;
    result.known++;
    if (fileArgs === undefined) result.missing.push(event);
    else {
      result.matched++;
      if (fileArgs !== args) {
        if (unstable.has(event)) result.unstableDiffs++;
        else result.argDiffs.push(event);
      }
    }
  }
  result.extra = file.size - inFile;
  return result;
}

/** The file's tables as event → joined argument list (null: the file has no such table). */
interface FileTables {
  pub: Map<string, string> | null;
  int: Map<string, string> | null;
}

function score(version: KnownVersion, input: InferenceInput, files: FileTables): Score {
  const { unstableArgs } = truth();
  const pub = compareTable(files.pub, version.publicKeys, input.truncatedAfter, unstableArgs);
  // A cut-off file never reached its internal table: its absence says nothing. A whole file without one lacks it.
  const fileInternal = input.truncatedAfter !== null && files.int === null ? null : (files.int ?? new Map<string, string>());
  const int = compareTable(fileInternal, version.internalKeys, null, unstableArgs);
  const extra = pub.extra + int.extra;
  const missing = [...pub.missing, ...int.missing];
  const argDiffs = [...pub.argDiffs, ...int.argDiffs];
  return {
    version,
    differences: extra + missing.length + argDiffs.length,
    matchedPublic: pub.matched,
    knownPublic: pub.known,
    matchedInternal: int.matched,
    knownInternal: int.known,
    extra,
    missing,
    argDiffs,
    unstableDiffs: pub.unstableDiffs + int.unstableDiffs,
    coveredByFile: missing.length === 0,
    coversFile: extra === 0,
  };
}

/** The file's events a build lacks, by name (for the evidence of the winning build). */
function extraEvents(version: KnownVersion, files: FileTables): string[] {
  const names: string[] = [];
  for (const event of files.pub?.keys() ?? []) if (!version.publicKeys.has(event)) names.push(event);
  for (const event of files.int?.keys() ?? []) if (!version.internalKeys.has(event)) names.push(event);
  return names;
}

export function inferVersion(input: InferenceInput): Inference | null {
  const publicCount = input.publicRows?.length ?? 0;
  const internalCount = input.internalRows?.length ?? 0;
  if (publicCount + internalCount === 0) return null;
  const files: FileTables = {
    pub: input.publicRows ? rowsToMap(input.publicRows) : null,
    int: input.internalRows ? rowsToMap(input.internalRows) : null,
  };
  const scores = truth().versions.map((version) => score(version, input, files));
  const fewest = Math.min(...scores.map((entry) => entry.differences));
  const best = scores
    .filter((entry) => entry.differences === fewest)
    .sort((a, b) => a.unstableDiffs - b.unstableDiffs || a.version.order - b.version.order);
  const others = scores.filter((entry) => entry.differences > fewest);
  const runnerUp = others.length === 0 ? null : others.reduce((a, b) => (b.differences < a.differences ? b : a));
  const exact = fewest === 0;

  const byOrder = [...best].sort((a, b) => a.version.order - b.version.order);
  let range: [string, string] = [byOrder[0]!.version.version, byOrder[byOrder.length - 1]!.version.version];
  let value = describeGroup(byOrder.map((entry) => entry.version.version));
  let between: string | null = null;
  if (!exact) {
    // Between two builds: everything of an older one and more, and nothing a newer one lacks (but not all of it).
    const older = scores
      .filter((entry) => entry.coveredByFile && entry.extra > 0)
      .sort((a, b) => b.version.order - a.version.order)[0];
    const newer =
      older &&
      scores
        .filter((entry) => entry.coversFile && entry.missing.length > 0 && entry.version.order > older.version.order)
        .sort((a, b) => a.version.order - b.version.order)[0];
    if (older && newer) {
      range = [older.version.version, newer.version.version];
      value = `${older.version.version}\u2013${newer.version.version}`;
      between =
        `its events lie between the ${label(older.version)} and ${label(newer.version)} builds ` +
        `(all of the first, ${older.extra} more; none the second lacks)`;
    }
  }

  const top = best[0]!;
  const base = exact ? 0.95 : Math.max(0.05, 0.75 * (1 - fewest / Math.max(1, publicCount + internalCount)));
  const margin = runnerUp ? runnerUp.differences - fewest : Infinity;
  const separation = margin >= 3 ? 1 : margin === 2 ? 0.85 : 0.7;
  const size = Math.min(1, (publicCount + internalCount) / PUBLIC_ROWS_FOR_FULL_CONFIDENCE);
  const cut = input.truncatedAfter !== null ? 0.5 : 1;
  // A series or a range is not a point: its confidence (as a point version) stays at or under NOT_A_POINT.
  const confidence = Math.round(Math.min(NOT_A_POINT, base * separation * size * cut) * 100) / 100;

  const counts = `${top.matchedPublic}/${top.knownPublic} public, ${top.matchedInternal}/${top.knownInternal} internal`;
  const builds = describeBuilds(byOrder.map((entry) => entry.version));
  const differences = describeDifferences(top, extraEvents(top.version, files));
  const parts = [`${exact ? 'event set matches' : 'closest event set:'} ${builds} (${counts}${differences})`];
  if (between) parts.push(between);
  if (input.truncatedAfter !== null) parts.push(`compared up to ${input.truncatedAfter}, where the file stops`);
  if (runnerUp) {
    const plural = runnerUp.differences === 1 ? '' : 's';
    parts.push(`next closest: ${label(runnerUp.version)} (${runnerUp.differences} difference${plural})`);
  }
  return { value, confidence, evidence: parts.join('; '), best: best.map((entry) => entry.version), exact, range };
}

function describeBuilds(versions: readonly KnownVersion[]): string {
  if (versions.length === 1) return `the ${label(versions[0]!)} build`;
  if (versions.length <= 4) return `the ${versions.map(label).join(', ')} builds equally`;
  return `${versions.length} builds equally, ${label(versions[0]!)} to ${label(versions[versions.length - 1]!)}`;
}

function label(version: KnownVersion): string {
  return version.description.startsWith('build') ? version.version : `${version.version} (${version.description})`;
}

function describeDifferences(entry: Score, extra: string[]): string {
  const parts: string[] = [];
  const list = (names: string[]): string => names.slice(0, 4).join(', ') + (names.length > 4 ? ', …' : '');
  if (extra.length > 0) parts.push(`${extra.length} extra: ${list(extra)}`);
  if (entry.missing.length > 0) parts.push(`${entry.missing.length} missing: ${list(entry.missing)}`);
  if (entry.argDiffs.length > 0) parts.push(`arguments differ for ${list(entry.argDiffs)}`);
  return parts.length === 0 ? ', arguments agree' : `, ${parts.join(', ')}`;
}

/**
 * Builds of one release line → "3.12" (one build too: the known builds are samples, and the releases around a
 * build share its event set, so matching it says "that release line", not "that release"); else the
 * oldest–newest range.
 */
function describeGroup(versions: readonly string[]): string {
  const minors = new Set(versions.map(minorOf));
  if (minors.size === 1) {
    const minor = [...minors][0];
    if (minor) return minor;
  }
  return `${versions[0]}\u2013${versions[versions.length - 1]}`;
}

/** The version a path names ("…/en_3.12.1_html_…", "python-3.10.12-docs"), if any. */
export function versionFromPath(path: string): string | null {
  const segments = path.split(/[\\/]/).filter((segment) => segment !== '').reverse();
  for (const segment of segments) {
    const match = /(?:^|[^\d.])(3\.\d{1,2}(?:\.\d{1,2})?(?:(?:a|b|rc)\d{1,2})?)(?![\d])/.exec(segment);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** Whether a version (from a path or vague metadata) agrees with an inference: same release line, or in its range. */
function agrees(version: string, inference: Inference): boolean {
  const minor = minorOf(version);
  if (minor && inference.best.some((known) => minorOf(known.version) === minor)) return true;
  return compareVersions(version, inference.range[0]) >= 0 && compareVersions(version, inference.range[1]) <= 0;
}

export function decideVersion(options: {
  declared: DeclaredVersion | null;
  inference: Inference | null;
  path: string | undefined;
}): VersionInfo | null {
  const { declared, inference } = options;
  const fromPath = options.path ? versionFromPath(options.path) : null;
  const inferred = inference ? `inferred: ${inference.evidence}` : null;

  if (declared && hasMinor(declared.value)) {
    const agreeing = !inference || agrees(declared.value, inference);
    return {
      value: declared.value,
      source: 'metadata',
      confidence: agreeing ? 0.98 : 0.8,
      evidence: [declared.evidence, inferred && (agreeing ? inferred : `but ${inferred}`)].filter(Boolean).join('; '),
    };
  }
  const vague = declared ? `${declared.evidence} (no minor version)` : null;
  if (inference && fromPath === inference.value) {
    return {
      value: inference.value,
      source: 'inferred',
      confidence: Math.min(NOT_A_POINT, inference.confidence + 0.1),
      evidence: [inference.evidence, `the path names ${fromPath} too`, vague].filter(Boolean).join('; '),
    };
  }
  if (fromPath && (!inference || agrees(fromPath, inference)) && (!declared || fromPath.startsWith(declared.value))) {
    return {
      value: fromPath,
      source: 'path',
      // A point version from the path: surer when the event set matches a build of its line exactly.
      confidence: inference ? (inference.exact ? 0.8 : 0.6) : 0.3,
      evidence: [`path names ${fromPath}`, vague, inferred].filter(Boolean).join('; '),
    };
  }
  if (inference) {
    return {
      value: inference.value,
      source: 'inferred',
      confidence: inference.confidence,
      evidence: [inference.evidence, fromPath && `path names ${fromPath}, which disagrees`, vague]
        .filter(Boolean)
        .join('; '),
    };
  }
  if (declared) return { value: declared.value, source: 'metadata', confidence: 0.3, evidence: vague! };
  return null;
}
