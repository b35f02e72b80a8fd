/**
 * checkTranslation: is a translated rendition of the page faithful to its reference of the same version?
 * Pure (no Node, no DOM): the CLI (`doctable check`) and the compare view's Check panel both call it.
 */
import { compareVersions, minorOf } from '../../core/version-order.js';
import type { DocRow, DocTable, DocTableModel, ProseBlock, TableKind } from '../../core/model.js';
import { checkCatalog } from './catalog.js';
import { checkTable } from './events.js';
import { checkGlossary, entriesFor, type GlossaryEntry, type GlossaryText } from './glossary.js';
import { buildFor, explainedByVersion, knownArgLists, versionRange, type EventSets, type PickedBuild } from './history.js';
import { PROBLEM_KINDS, type FileCheck, type KnownBuild, type Problem, type VersionHistory } from './types.js';

/** What a translation is checked against: a file, or the bundled truth build of the translation's version. */
export type CheckReference = { kind: 'file'; path: string; model: DocTableModel } | { kind: 'truth' };

export interface CheckOptions {
  history: VersionHistory;
  glossary?: readonly GlossaryEntry[];
}

/** The check could not run for this file (no version to pick a truth build by, a reference without tables). */
export class CheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckError';
  }
}

/** Formats whose public table is generated at build time and so is not in the file. */
const ROWLESS = new Set<DocTableModel['format']>(['po', 'rst']);
/** Every reader words a cut-off the same way (electron/core/formats/cut.ts and friends). */
const CUT_OFF = /rest of the page is missing/i;

export function checkTranslation(path: string, model: DocTableModel, against: CheckReference, options: CheckOptions): FileCheck {
  const { history } = options;
  const notes: string[] = [];
  const problems: Problem[] = [];
  const version = model.version?.value ?? null;
  const cutOff = model.diagnostics.find((diagnostic) => diagnostic.severity !== 'info' && CUT_OFF.test(diagnostic.message)) ?? null;
  const ownEvents = eventSets(model, cutOff !== null);

  // The reference's tables and version, and the builds standing for both versions (to tell version changes).
  let referenceTables: DocTable[];
  let referenceProse: readonly ProseBlock[] = [];
  let referenceVersion: string | null;
  let againstText: string;
  let compareRefs: boolean;
  if (against.kind === 'truth') {
    if (version === null) throw new CheckError('its version is unknown, so no bundled truth build can stand for it: give a reference with --against');
    const picked = buildFor(history, version, ownEvents);
    if (!picked) throw new CheckError('no bundled truth data');
    referenceTables = truthTables(picked.build);
    referenceVersion = picked.build.version;
    againstText =
      `bundled truth: ${picked.build.version} build (${picked.build.label})` +
      (picked.exact ? '' : `, the closest known to ${version}`);
    compareRefs = false;
    if (model.tables.some(hasRefs)) notes.push('The bundled truth has no references: reference counts are checked only against a reference file.');
  } else {
    referenceTables = against.model.tables;
    referenceProse = against.model.prose;
    referenceVersion = against.model.version?.value ?? null;
    againstText = against.path;
    compareRefs = true;
  }

  let explain: (kind: TableKind, event: string, found: readonly string[] | undefined) => boolean = () => false;
  let versionProblem: Problem | null = null;
  if (against.kind === 'file' && version !== null && referenceVersion !== null && !sameVersion(version, referenceVersion)) {
    const own = buildFor(history, version, ownEvents);
    const theirs = buildFor(history, referenceVersion, eventSets(against.model, false));
    if (own && theirs) explain = (kind, event, found) => explainedByVersion(history, event, kind, found, own.build, theirs.build);
    versionProblem = {
      kind: 'version-mismatch',
      line: null,
      event: null,
      expected: referenceVersion,
      found: version,
      message: `the translation is of ${version}, the reference of ${referenceVersion}${describeBuilds(own, theirs)}`,
    };
  }

  if (cutOff) problems.push({ kind: 'cut-off', line: cutOff.line, event: null, expected: null, found: null, message: cutOff.message });

  let eventsOk = 0;
  let eventsChecked = 0;
  const versionChanges: string[] = [];
  if (ROWLESS.has(model.format)) {
    notes.push(
      model.format === 'po'
        ? 'gettext catalog: the public table is generated at build time and is not in it; checked: the internal table, the entries (untranslated, fuzzy) and their markup.'
        : 'reST source: the public table is generated at build time and is not in it; checked: the internal table.',
    );
  }
  for (const kind of ['public', 'internal'] as const) {
    if (kind === 'public' && ROWLESS.has(model.format)) continue;
    const expected = referenceTables.find((table) => table.kind === kind);
    if (!expected || expected.rows.length === 0) continue;
    const own = model.tables.find((table) => table.kind === kind);
    if (!own || own.rows.length === 0) {
      if (kind === 'internal' && !cutOff) {
        problems.push({
          kind: 'internal-table-missing',
          line: lastLine(model),
          event: null,
          expected: `${expected.rows.length} internal events`,
          found: null,
          message: `the reference has a table of ${expected.rows.length} events raised internally; the translation has none`,
        });
      }
      if (kind === 'public' && !cutOff) notes.push('The translation has no public table to check.');
      eventsChecked += expected.rows.length;
      continue;
    }
    const result = checkTable({
      kind,
      rows: own.rows,
      reference: expected.rows,
      compareRefs: compareRefs && hasRefs(expected) && hasRefs(own),
      cutOff: cutOff !== null,
      explained: (event, found) => explain(kind, event, found),
      otherKnownArgs: (event, found) =>
        history.unstableArgs.has(event) && knownArgLists(history, event).some((args) => args.join(', ') === found.join(', ')),
    });
    problems.push(...result.problems);
    eventsOk += result.eventsOk;
    eventsChecked += result.eventsChecked;
    versionChanges.push(...result.versionChanges);
    if (cutOff && result.cutAway > 0) {
      const problem = problems.find((candidate) => candidate.kind === 'cut-off')!;
      problem.message += ` (${result.cutAway} ${kind} event${result.cutAway === 1 ? '' : 's'} of the reference after it are not there)`;
    }
  }
  if (versionProblem) {
    if (versionChanges.length > 0) {
      const names = versionChanges.slice(0, 6).join(', ') + (versionChanges.length > 6 ? ', …' : '');
      versionProblem.message += `; ${versionChanges.length} event difference${versionChanges.length === 1 ? ' is a change' : 's are changes'} between these versions and not reported (${names})`;
    }
    problems.unshift(versionProblem);
  }

  let untranslated: number | null = null;
  let fuzzy: number | null = null;
  if (model.format === 'po') {
    const catalog = checkCatalog(model.prose);
    problems.push(...catalog.problems);
    untranslated = catalog.untranslated;
    fuzzy = catalog.fuzzy;
  }
  if (options.glossary && options.glossary.length > 0) {
    const entries = entriesFor(options.glossary, model.locale);
    if (entries.length === 0) notes.push(`The glossary has no entries for ${model.locale ?? 'an unknown locale'}.`);
    else {
      const texts = glossaryTexts(model, referenceProse);
      if (texts.length === 0) notes.push('Glossary: no English prose to hold the translation against (give a reference file with prose, or check a .po catalog).');
      problems.push(...checkGlossary(texts, entries));
    }
  }

  sortProblems(problems);
  return {
    path,
    against: againstText,
    locale: model.locale,
    version,
    notes,
    problems,
    health: { eventsOk, eventsChecked, versionChanges: versionChanges.length, problems: problems.length, untranslated, fuzzy },
  };
}

/** "3.12" and "3.12.3" name the same release line closely enough; "3.12.1" and "3.12.3" do not. */
export function sameVersion(a: string, b: string): boolean {
  const [rangeA, rangeB] = [versionRange(a), versionRange(b)];
  if (rangeA || rangeB) {
    const [fromA, toA] = rangeA ?? [a, a];
    const [fromB, toB] = rangeB ?? [b, b];
    return compareVersions(fromA, toB) <= 0 && compareVersions(fromB, toA) <= 0;
  }
  if (compareVersions(a, b) === 0) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return minorOf(shorter) === shorter && minorOf(longer) === shorter;
}

function describeBuilds(own: PickedBuild | null, theirs: PickedBuild | null): string {
  if (!own || !theirs) return '';
  if (own.build === theirs.build) return ` (the bundled truth knows one build for both, ${own.build.version}: it cannot tell what changed)`;
  return ` (compared as the known builds ${own.build.version} and ${theirs.build.version})`;
}

function eventSets(model: DocTableModel, cutOff: boolean): EventSets {
  const sets: Partial<Record<TableKind, Map<string, readonly string[]>>> = {};
  let last: string | null = null;
  for (const table of model.tables) {
    if (table.kind === 'public' && ROWLESS.has(model.format)) continue;
    sets[table.kind] = new Map(table.rows.map((row) => [row.event, row.args]));
    for (const row of table.rows) if (last === null || row.event > last) last = row.event;
  }
  return { ...sets, cutAfter: cutOff ? last : null };
}

function truthTables(build: KnownBuild): DocTable[] {
  const rows = (table: ReadonlyMap<string, readonly string[]>): DocRow[] =>
    [...table].map(([event, args]) => ({ event, args: [...args], refs: [], line: null }));
  return [
    { kind: 'public', headers: [], rows: rows(build.public) },
    { kind: 'internal', headers: [], rows: rows(build.internal) },
  ];
}

function hasRefs(table: DocTable): boolean {
  return table.rows.some((row) => row.refs.length > 0);
}

function lastLine(model: DocTableModel): number | null {
  let line: number | null = null;
  for (const table of model.tables) for (const row of table.rows) if (row.line !== null) line = Math.max(line ?? 0, row.line);
  return line;
}

const ROLE_WORDS: Readonly<Record<ProseBlock['role'], string>> = {
  title: 'title',
  intro: 'introduction',
  'see-also': 'see-also paragraph',
  'implementation-detail': 'implementation note',
  'internal-intro': 'internal events sentence',
  'table-header': 'table header',
  other: 'entry',
};

/** English beside translation: a catalog's msgid and msgstr; else the reference's prose of the same role, in order. */
function glossaryTexts(model: DocTableModel, referenceProse: readonly ProseBlock[]): GlossaryText[] {
  if (model.format === 'po') {
    return model.prose
      .filter((block) => block.source !== undefined && !block.untranslated && !block.fuzzy)
      .map((block) => ({ english: block.source!, translation: block.text, line: block.line, what: ROLE_WORDS[block.role] }));
  }
  const texts: GlossaryText[] = [];
  const seen = new Map<string, number>();
  for (const block of model.prose) {
    const nth = seen.get(block.role) ?? 0;
    seen.set(block.role, nth + 1);
    const english = referenceProse.filter((candidate) => candidate.role === block.role)[nth];
    if (english) texts.push({ english: english.source ?? english.text, translation: block.text, line: block.line, what: ROLE_WORDS[block.role] });
  }
  return texts;
}

function sortProblems(problems: Problem[]): void {
  const rank = (problem: Problem): number => (problem.kind === 'version-mismatch' ? 0 : 1);
  const order = (problem: Problem): number => PROBLEM_KINDS.indexOf(problem.kind);
  problems.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0) || order(a) - order(b));
}
