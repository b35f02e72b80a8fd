/**
 * CPython version strings as the docs write them ("3.12", "3.9.4", "3.13.0rc2", "3.8.7+", "3.13.0.dev1"): parsed
 * and compared the way PEP 440 orders them. Release segments compare as numbers ("3.10" > "3.9") and missing ones
 * count as 0 ("3.12" == "3.12.0"); a pre-release sorts before its release (dev < a < b < rc), and a "+" (a branch
 * after that release) after it. Used by version inference here and by the renderer's compare view (pure: no Node).
 */

export interface ParsedVersion {
  release: number[];
  /** dev 0, a 1, b 2, rc 3, final 4, post ("+") 5. */
  phase: number;
  serial: number;
}

const PATTERN = /^v?(\d+(?:\.\d+)*)(?:\.?(dev|alpha|beta|a|b|c|rc)\.?(\d*))?(\+)?/i;
const PHASE: Readonly<Record<string, number>> = { dev: 0, a: 1, alpha: 1, b: 2, beta: 2, c: 3, rc: 3 };
const FINAL = 4;
const POST = 5;

/** Null when the text does not start with a version number; trailing text (" (git main)") is ignored. */
export function parseVersion(text: string): ParsedVersion | null {
  const match = PATTERN.exec(text.trim());
  if (!match?.[1]) return null;
  const tag = match[2]?.toLowerCase();
  return {
    release: match[1].split('.').map(Number),
    phase: match[4] ? POST : tag === undefined ? FINAL : (PHASE[tag] ?? FINAL),
    serial: match[3] ? Number(match[3]) : 0,
  };
}

/**
 * Negative when a is older than b, positive when newer, 0 when equal. Unparseable versions sort oldest.
 * Ranges ("3.10.2–3.11.0", see VersionInfo.value) sort by their oldest end, then their newest; a series
 * ("3.10") sorts as its .0 release, so: 3.9 < 3.10 < 3.10–3.11 < 3.10.2.
 */
export function compareVersions(a: string, b: string): number {
  const [aLow, aHigh] = rangeEnds(a);
  const [bLow, bHigh] = rangeEnds(b);
  return comparePoints(aLow, bLow) || (aHigh === aLow && bHigh === bLow ? 0 : comparePoints(aHigh, bHigh));
}

/** "3.10.2–3.11.0" → its two ends; anything else → itself twice. */
function rangeEnds(version: string): [string, string] {
  const dash = version.indexOf('–');
  if (dash === -1) return [version, version];
  return [version.slice(0, dash), version.slice(dash + 1)];
}

function comparePoints(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) return left ? 1 : right ? -1 : a.localeCompare(b);
  for (let i = 0; i < Math.max(left.release.length, right.release.length); i++) {
    const difference = (left.release[i] ?? 0) - (right.release[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.phase - right.phase || left.serial - right.serial;
}

/** "3.12.4" → "3.12"; null for a bare major version. */
export function minorOf(version: string): string | null {
  const parsed = parseVersion(version);
  return parsed && parsed.release.length >= 2 ? `${parsed.release[0]}.${parsed.release[1]}` : null;
}

/** Whether a version names a release line at least as precisely as "3.12". */
export function hasMinor(version: string): boolean {
  return minorOf(version) !== null;
}
