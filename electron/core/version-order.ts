/**
 * CPython version strings as the docs write them ("3.12", "3.9.4", "3.13.0rc2", "3.8.7+"): parsed and compared
 * release segment by segment, a pre-release before its release, a "+" (a branch after that release) after it.
 */

export interface ParsedVersion {
  release: number[];
  /** a 0, b 1, rc 2, final 3, post ("+") 4. */
  phase: number;
  serial: number;
}

const PATTERN = /^(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?(\+)?/;
const PHASE: Readonly<Record<string, number>> = { a: 0, b: 1, rc: 2 };

export function parseVersion(text: string): ParsedVersion | null {
  const match = PATTERN.exec(text.trim());
  if (!match?.[1]) return null;
  return {
    release: match[1].split('.').map(Number),
    phase: match[4] ? 4 : match[2] ? PHASE[match[2]]! : 3,
    serial: match[3] ? Number(match[3]) : 0,
  };
}

export function compareVersions(a: string, b: string): number {
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
