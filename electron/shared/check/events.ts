/**
 * One table of a translation against the same table of its reference: events and arguments must be identical (they
 * are identifiers), references as many. Pairs a translated or retyped name with the reference event it stands for,
 * so it is reported once, as what it is, rather than as one event missing and another extra.
 */
import type { DocRow, TableKind } from '../../core/model.js';
import { identifierKey, isArgumentIdentifier, isEventIdentifier, retypedAs } from './identifiers.js';
import type { Problem } from './types.js';

export interface TableCheckInput {
  kind: TableKind;
  /** The translation's rows, in file order. */
  rows: readonly DocRow[];
  /** The reference's rows, in its order. */
  reference: readonly DocRow[];
  /** Compare reference counts (only where both sides have references). */
  compareRefs: boolean;
  /** The translation is cut off: reference events after its last row are missing for that reason. */
  cutOff: boolean;
  /** A difference the version difference explains (the translation's arguments, undefined where it lacks the event). */
  explained(event: string, found: readonly string[] | undefined): boolean;
  /** Another argument list the docs document the event with (events documented with two lists). */
  otherKnownArgs(event: string, found: readonly string[]): boolean;
}

export interface TableCheckResult {
  problems: Problem[];
  eventsOk: number;
  eventsChecked: number;
  /** Events whose difference is a change between the two versions. */
  versionChanges: string[];
  /** Reference events left out because the file stops before them. */
  cutAway: number;
}

interface Slot {
  row: DocRow;
  index: number;
}

export function checkTable(input: TableCheckInput): TableCheckResult {
  const { kind, rows, reference } = input;
  const label = kind === 'public' ? 'public table' : 'internal table';
  const problems: Problem[] = [];
  const versionChanges: string[] = [];
  const referenceIndex = firstByEvent(reference);
  const ownIndex = firstByEvent(rows);

  // Translation row index -> reference index, for the rows both have by name.
  const matchedAt = new Map<number, number>();
  rows.forEach((row, index) => {
    const at = referenceIndex.get(row.event);
    if (at !== undefined && ownIndex.get(row.event)?.index === index) matchedAt.set(index, at.index);
  });
  const unmatchedReference = new Set(reference.map((_, index) => index).filter((index) => !ownIndex.has(reference[index]!.event)));
  const pairs: Array<{ own: Slot; expected: Slot; why: string }> = [];
  const extras: Slot[] = [];

  rows.forEach((row, index) => {
    if (matchedAt.has(index) || ownIndex.get(row.event)?.index !== index) return;
    const key = identifierKey(row.event);
    let partner = [...unmatchedReference].find((candidate) => identifierKey(reference[candidate]!.event) === key);
    let why = partner === undefined ? '' : (retypedAs(row.event, reference[partner]!.event) ?? 'retyped');
    if (partner === undefined && !isEventIdentifier(row.event)) {
      // A translated name: the reference event in the same place (between the same neighbours) is the one it stands for.
      const [from, to] = neighbourSpan(matchedAt, index, reference.length);
      partner = [...unmatchedReference].find((candidate) => candidate > from && candidate < to);
      why = 'translated';
    }
    if (partner === undefined) {
      extras.push({ row, index });
      return;
    }
    unmatchedReference.delete(partner);
    matchedAt.set(index, partner);
    pairs.push({ own: { row, index }, expected: { row: reference[partner]!, index: partner }, why });
  });

  // Where the file stops: reference events past the reference position of its last row are cut away, not missing.
  const lastAt = Math.max(-1, ...matchedAt.values());
  let cutAway = 0;
  for (const index of [...unmatchedReference].sort((a, b) => a - b)) {
    const expected = reference[index]!;
    if (input.explained(expected.event, undefined)) {
      versionChanges.push(expected.event);
      continue;
    }
    if (input.cutOff && index > lastAt) {
      cutAway++;
      continue;
    }
    problems.push({
      kind: 'event-missing',
      line: lineNear(rows, matchedAt, index),
      event: expected.event,
      expected: describeRow(expected),
      found: null,
      message: `${label}: ${expected.event} is missing (the reference has it${argsPhrase(expected.args)})`,
    });
  }
  for (const { row } of extras) {
    if (input.explained(row.event, row.args)) {
      versionChanges.push(row.event);
      continue;
    }
    const shape = isEventIdentifier(row.event) ? '' : ', and its name is not an identifier';
    problems.push({
      kind: isEventIdentifier(row.event) ? 'event-extra' : 'translated-identifier',
      line: row.line,
      event: row.event,
      expected: null,
      found: describeRow(row),
      message: `${label}: ${row.event} is not in the reference${shape}`,
    });
  }

  let eventsOk = 0;
  for (const { own, expected, why } of pairs) {
    problems.push({
      kind: 'translated-identifier',
      line: own.row.line,
      event: expected.row.event,
      expected: expected.row.event,
      found: own.row.event,
      message: `${label}: the event name "${own.row.event}" stands for ${expected.row.event} (${why}): event names are identifiers and stay as they are`,
    });
    problems.push(...argumentProblems(label, expected.row, own.row));
  }
  for (const [ownAt, referenceAt] of matchedAt) {
    if (pairs.some((pair) => pair.own.index === ownAt)) continue;
    const own = rows[ownAt]!;
    const expected = reference[referenceAt]!;
    let rowOk = true;
    if (!sameList(own.args, expected.args)) {
      if (input.explained(own.event, own.args)) {
        versionChanges.push(own.event);
        rowOk = false;
      } else if (!input.otherKnownArgs(own.event, own.args)) {
        problems.push(...argumentProblems(label, expected, own));
        rowOk = false;
      }
    }
    if (input.compareRefs) {
      const problem = referenceCountProblem(label, expected, own);
      if (problem) {
        problems.push(problem);
        rowOk = false;
      }
    }
    if (rowOk) eventsOk++;
  }
  return { problems, eventsOk, eventsChecked: reference.length, versionChanges, cutAway };
}

function firstByEvent(rows: readonly DocRow[]): Map<string, Slot> {
  const index = new Map<string, Slot>();
  rows.forEach((row, at) => {
    if (!index.has(row.event)) index.set(row.event, { row, index: at });
  });
  return index;
}

/** The reference positions of the nearest matched rows before and after a translation row (exclusive bounds). */
function neighbourSpan(matchedAt: ReadonlyMap<number, number>, index: number, referenceLength: number): [number, number] {
  let from = -1;
  let to = referenceLength;
  let before = -1;
  let after = Infinity;
  for (const [ownAt, referenceAt] of matchedAt) {
    if (ownAt < index && ownAt > before) [before, from] = [ownAt, referenceAt];
    if (ownAt > index && ownAt < after) [after, to] = [ownAt, referenceAt];
  }
  return [from, to];
}

/** The line of the translation row that would precede a missing reference event (else the one that follows it). */
function lineNear(rows: readonly DocRow[], matchedAt: ReadonlyMap<number, number>, referenceAt: number): number | null {
  let before: DocRow | null = null;
  let beforeAt = -1;
  let after: DocRow | null = null;
  let afterAt = Infinity;
  for (const [ownAt, at] of matchedAt) {
    if (at < referenceAt && at > beforeAt) [beforeAt, before] = [at, rows[ownAt]!];
    if (at > referenceAt && at < afterAt) [afterAt, after] = [at, rows[ownAt]!];
  }
  return before?.line ?? after?.line ?? rows[0]?.line ?? null;
}

function argsPhrase(args: readonly string[]): string {
  return args.length === 0 ? ', without arguments' : ` with arguments ${args.join(', ')}`;
}

function describeRow(row: DocRow): string {
  return row.args.length === 0 ? row.event : `${row.event}: ${row.args.join(', ')}`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** What differs between the reference's arguments of an event and the translation's. */
export function argumentProblems(label: string, expected: DocRow, own: DocRow): Problem[] {
  const want = expected.args;
  const have = own.args;
  if (sameList(want, have)) return [];
  const problem = (kind: Problem['kind'], expectedText: string | null, found: string | null, message: string): Problem => ({
    kind,
    line: own.line,
    event: expected.event,
    expected: expectedText,
    found,
    message: `${label}: ${expected.event}: ${message}`,
  });
  if (want.length === have.length && [...want].sort().join('\0') === [...have].sort().join('\0')) {
    return [problem('argument-reordered', want.join(', '), have.join(', '), `arguments in another order: ${have.join(', ')} (reference: ${want.join(', ')})`)];
  }
  const problems: Problem[] = [];
  const missing = want.filter((arg) => !have.includes(arg));
  let extra = have.filter((arg) => !want.includes(arg));
  // Retyped names first (full-width, look-alike letters), then the rest in order.
  for (const found of [...extra]) {
    const match = missing.find((arg) => identifierKey(arg) === identifierKey(found));
    if (match === undefined) continue;
    missing.splice(missing.indexOf(match), 1);
    extra = extra.filter((arg) => arg !== found);
    problems.push(problem('translated-identifier', match, found, `the argument "${found}" stands for ${match} (${retypedAs(found, match) ?? 'retyped'}): argument names are identifiers`));
  }
  const pairCount = missing.length === extra.length ? missing.length : 0;
  for (let i = 0; i < pairCount; i++) {
    const [match, found] = [missing[i]!, extra[i]!];
    if (isArgumentIdentifier(found)) problems.push(problem('argument-renamed', match, found, `argument ${match} is named "${found}"`));
    else problems.push(problem('translated-identifier', match, found, `the argument "${found}" stands for ${match} (translated): argument names are identifiers`));
  }
  for (const match of missing.slice(pairCount)) problems.push(problem('argument-missing', match, null, `argument ${match} is missing`));
  for (const found of extra.slice(pairCount)) {
    const kind = isArgumentIdentifier(found) ? 'argument-extra' : 'translated-identifier';
    problems.push(problem(kind, null, found, `argument "${found}" is not in the reference${kind === 'argument-extra' ? '' : ' and is not an identifier'}`));
  }
  return problems;
}

/** Distinct reference targets: builds repeat references freely (incremental builds), which is no translation matter. */
function referenceCountProblem(label: string, expected: DocRow, own: DocRow): Problem | null {
  const count = (row: DocRow): number => new Set(row.refs.map((ref) => ref.target ?? ref.label)).size;
  const [want, have] = [count(expected), count(own)];
  if (want === have) return null;
  return {
    kind: 'reference-count',
    line: own.line,
    event: expected.event,
    expected: String(want),
    found: String(have),
    message: `${label}: ${expected.event} has ${have} reference${have === 1 ? '' : 's'}, the reference ${want}`,
  };
}
