/**
 * Orders CPython version strings ("3.9", "3.9.7", "3.13.0a0", "3.13.0rc2") numerically, the way PEP 440 does
 * for the forms the docs use: release segments compared as numbers ("3.10" > "3.9"), missing segments count as 0
 * ("3.12" == "3.12.0"), and a pre-release sorts before its final release: dev < a < b < rc < final.
 */

const PRE_RELEASE_RANK: Readonly<Record<string, number>> = { dev: 0, a: 1, alpha: 1, b: 2, beta: 2, c: 3, rc: 3 };
const FINAL_RANK = 4;

export interface ParsedVersion {
  release: number[];
  /** dev 0, a 1, b 2, rc 3, final 4. */
  preRank: number;
  preNumber: number;
}

const VERSION_PATTERN = /^\s*v?(\d+(?:\.\d+)*)(?:\.?(dev|alpha|beta|a|b|c|rc)\.?(\d*))?/i;

/** Null when the text does not start with a version number. Trailing text ("+", " (git main)") is ignored. */
export function parseVersion(text: string): ParsedVersion | null {
  const match = VERSION_PATTERN.exec(text);
  if (!match?.[1]) return null;
  const release = match[1].split('.').map(Number);
  const tag = match[2]?.toLowerCase();
  return {
    release,
    preRank: tag === undefined ? FINAL_RANK : (PRE_RELEASE_RANK[tag] ?? FINAL_RANK),
    preNumber: match[3] ? Number(match[3]) : 0,
  };
}

/** Negative when a is older than b, positive when newer, 0 when equal. Unparseable versions sort oldest. */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) {
    if (left) return 1;
    if (right) return -1;
    return a.localeCompare(b);
  }
  const length = Math.max(left.release.length, right.release.length);
  for (let i = 0; i < length; i += 1) {
    const difference = (left.release[i] ?? 0) - (right.release[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.preRank - right.preRank || left.preNumber - right.preNumber;
}
