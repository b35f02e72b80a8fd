/**
 * Which known build stands for a version, and whether a difference between two files is a change between their
 * versions rather than a translation error.
 */
import { compareVersions, minorOf } from '../../core/version-order.js';
import type { TableKind } from '../../core/model.js';
import type { KnownBuild, VersionHistory } from './types.js';

export interface PickedBuild {
  build: KnownBuild;
  /** The build is of exactly the version asked for. */
  exact: boolean;
}

/** A file's events per table, to choose among the builds of its series the one it matches best. */
export type EventSets = Readonly<Partial<Record<TableKind, ReadonlyMap<string, readonly string[]>>>> & {
  /** The file is cut off after this event (the tables are sorted by name): events after it are not held against a build. */
  cutAfter?: string | null;
};

/**
 * The build of `version`; else, among the builds of its series (3.12 for 3.12.1), the one the file's events match
 * best, then the nearest by version; else the nearest known build by version.
 */
export function buildFor(history: VersionHistory, version: string, events: EventSets = {}): PickedBuild | null {
  const builds = history.versions;
  if (builds.length === 0) return null;
  const exact = versionRange(version) ? undefined : builds.find((build) => build.version === version) ?? builds.find((build) => compareVersions(build.version, version) === 0);
  if (exact) return { build: exact, exact: true };
  const range = versionRange(version);
  const series = minorOf(version);
  const inRange = range ? builds.filter((build) => withinRange(build.version, range)) : [];
  const sameSeries = series === null ? [] : builds.filter((build) => minorOf(build.version) === series);
  const candidates = inRange.length > 0 ? inRange : sameSeries.length > 0 ? sameSeries : builds;
  const distance = (build: KnownBuild): number => Math.abs(orderDistance(builds, build, version));
  const ranked = [...candidates].sort(
    (a, b) => differences(a, events) - differences(b, events) || distance(a) - distance(b) || compareVersions(b.version, a.version),
  );
  return { build: ranked[0]!, exact: false };
}

/** "3.13.0rc2–3.14.0a0": the parser names the builds a file matches equally by their oldest and newest. */
export function versionRange(version: string): [string, string] | null {
  const parts = version.split('\u2013');
  return parts.length === 2 ? [parts[0]!.trim(), parts[1]!.trim()] : null;
}

export function withinRange(version: string, [from, to]: [string, string]): boolean {
  return compareVersions(version, from) >= 0 && compareVersions(version, to) <= 0;
}

/** Where the version would sit among the builds, relative to the build (in build positions). */
function orderDistance(builds: readonly KnownBuild[], build: KnownBuild, version: string): number {
  const at = builds.indexOf(build);
  const insertAt = builds.filter((candidate) => compareVersions(candidate.version, version) < 0).length;
  return at - insertAt + 0.5;
}

function differences(build: KnownBuild, events: EventSets): number {
  let count = 0;
  for (const kind of ['public', 'internal'] as const) {
    const mine = events[kind];
    if (!mine) continue;
    const theirs = build[kind];
    for (const [event, args] of mine) if (!sameArgs(theirs.get(event), args)) count++;
    const cutAfter = events.cutAfter ?? null;
    for (const event of theirs.keys()) if (!mine.has(event) && (cutAfter === null || event <= cutAfter)) count++;
  }
  return count;
}

function sameArgs(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((arg, index) => arg === b[index]);
}

/** Every argument list any build shows for the event (several for the events documented with two lists). */
export function knownArgLists(history: VersionHistory, event: string): string[][] {
  const seen = new Map<string, string[]>();
  for (const build of history.versions) {
    for (const table of [build.public, build.internal]) {
      const args = table.get(event);
      if (args) seen.set(args.join(', '), [...args]);
    }
  }
  return [...seen.values()];
}

/**
 * Whether the translation's entry for an event (its arguments, or undefined where it lacks the event) is what its
 * own version has and the reference's version has otherwise: a version change, not a translation error.
 */
export function explainedByVersion(
  history: VersionHistory,
  event: string,
  kind: TableKind,
  found: readonly string[] | undefined,
  translationBuild: KnownBuild,
  referenceBuild: KnownBuild,
): boolean {
  if (translationBuild === referenceBuild) return false;
  const own = translationBuild[kind].get(event);
  const theirs = referenceBuild[kind].get(event);
  const agrees = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
    sameArgs(a, b) || (a !== undefined && b !== undefined && history.unstableArgs.has(event));
  return agrees(found, own) && !agrees(own, theirs);
}
