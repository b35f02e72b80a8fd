/** Which truth build a version string names, for the CLI (`--version 3.12`) and for checking an open file. */
import type { EventSet } from './event-set.js';
import { compareVersions, minorOf, parseVersion } from './order.js';

function isSeries(version: string): boolean {
  return parseVersion(version)?.release.length === 2 && /^\s*v?\d+\.\d+\s*$/.test(version);
}

function inSeries(sets: readonly EventSet[], version: string): EventSet[] {
  const minor = minorOf(version);
  return minor === null ? [] : sets.filter((set) => set.version !== null && minorOf(set.version) === minor);
}

/**
 * The truth build `query` names: the one of that exact version ("3.12.4", "3.11.10+", or "3.11.10" for it), or for a
 * series ("3.12") its newest known build. Null when no build matches. `sets` are oldest first.
 */
export function resolveTruthVersion(sets: readonly EventSet[], query: string): EventSet | null {
  const wanted = query.trim();
  const exact = sets.find((set) => set.version === wanted);
  if (exact) return exact;
  if (isSeries(wanted)) return inSeries(sets, wanted).at(-1) ?? null;
  return (
    sets.find((set) => set.version !== null && compareVersions(set.version, wanted) === 0) ??
    sets.find((set) => set.version !== null && set.version.replace(/\+$/, '') === wanted.replace(/\+$/, '')) ??
    null
  );
}

/**
 * The truth build an open file of `version` is checked against: the exact build, for a series the newest build of
 * it, else the newest build of the same series at or before the version, else the oldest after it ("3.12.1" is
 * checked against 3.12.2). Null for an unknown version or a series no build covers.
 */
export function truthFor(sets: readonly EventSet[], version: string | null): EventSet | null {
  if (version === null) return null;
  const resolved = resolveTruthVersion(sets, version);
  if (resolved) return resolved;
  const series = inSeries(sets, version);
  const atOrBefore = series.filter((set) => compareVersions(set.version!, version) <= 0);
  return atOrBefore.at(-1) ?? series[0] ?? null;
}
