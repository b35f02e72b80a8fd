/**
 * What the parser knows about real CPython docs builds: their event sets (for version inference) and the event
 * names themselves (for telling an event from an argument where a format has no column structure).
 * Compacted from the corpus truth data into resources/truth/ by scripts/build-truth.ts.
 */
import raw from '../../resources/truth/audit-events-truth.json' with { type: 'json' };
import type { TruthData } from './truth-types.js';

export interface KnownVersion {
  version: string;
  label: string;
  description: string;
  /** Position in the version order (oldest 0). */
  order: number;
  /** Event name → argument list, per table. */
  public: ReadonlyMap<string, readonly string[]>;
  internal: ReadonlyMap<string, readonly string[]>;
  /** Event name → argument list joined by ", " (what comparisons use), per table. */
  publicKeys: ReadonlyMap<string, string>;
  internalKeys: ReadonlyMap<string, string>;
}

export interface Truth {
  origin: string;
  versions: readonly KnownVersion[];
  /** Events whose arguments differ between the directives documenting them (a build shows either list). */
  unstableArgs: ReadonlySet<string>;
  /** Every event name any known version has. */
  events: ReadonlySet<string>;
}

let cached: Truth | null = null;

export function truth(): Truth {
  cached ??= decode(raw as TruthData);
  return cached;
}

function decode(data: TruthData): Truth {
  const argLists = data.argLists.map((joined) => (joined === '' ? [] : joined.split(', ')));
  const table = (pairs: number[]): Map<string, readonly string[]> => {
    const map = new Map<string, readonly string[]>();
    for (let i = 0; i + 1 < pairs.length; i += 2) map.set(data.events[pairs[i]!]!, argLists[pairs[i + 1]!]!);
    return map;
  };
  const keys = (pairs: number[]): Map<string, string> => {
    const map = new Map<string, string>();
    for (let i = 0; i + 1 < pairs.length; i += 2) map.set(data.events[pairs[i]!]!, data.argLists[pairs[i + 1]!]!);
    return map;
  };
  return {
    origin: data.origin,
    versions: data.versions.map((version, order) => ({
      version: version.version,
      label: version.label,
      description: version.description,
      order,
      public: table(version.public),
      internal: table(version.internal),
      publicKeys: keys(version.public),
      internalKeys: keys(version.internal),
    })),
    unstableArgs: new Set(data.unstableArgs),
    events: new Set(data.events),
  };
}
