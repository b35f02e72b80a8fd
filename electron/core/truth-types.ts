/** Shape of resources/truth/audit-events-truth.json (written by scripts/build-truth.ts). */

export interface TruthVersion {
  /** "3.8.0", "3.11.10+", "3.16.0a0" (as events-by-version.md names it). */
  version: string;
  /** The truth build file it was compacted from ("3.12.4_sources-mayavi-zh-tw"). */
  label: string;
  /** Where that build comes from ("build _sources", "git 3.8 branch 2021-01"). */
  description: string;
  commit: string;
  /** Flat pairs [eventId, argListId, ...] into TruthData.events / TruthData.argLists, in table order. */
  public: number[];
  internal: number[];
}

export interface TruthData {
  origin: string;
  /** Events whose argument list differs between the directives that document them: a build shows either. */
  unstableArgs: string[];
  events: string[];
  /** Argument lists joined by ", " ("" for none). */
  argLists: string[];
  /** Oldest first. */
  versions: TruthVersion[];
}
