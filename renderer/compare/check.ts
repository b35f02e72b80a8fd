/** The compare view's Check panel data: each picked source checked against the view's reference (electron/shared/check). */
import {
  bundledHistory,
  checkTranslation,
  CheckError,
  PROBLEM_KINDS,
  type FileCheck,
  type Problem,
  type ProblemKind,
} from '../../electron/shared/check';
import type { CompareSource } from './sources';

export interface SourceCheck {
  source: CompareSource;
  /** Null when the check could not run for the source (its reason in `error`). */
  check: FileCheck | null;
  error: string | null;
  /** The source's problems grouped by kind, in PROBLEM_KINDS order. */
  groups: Array<{ kind: ProblemKind; problems: Problem[] }>;
}

/** Every picked source but the reference, checked against it (against the bundled truth when there is no reference). */
export function checkSources(sources: readonly CompareSource[], reference: CompareSource | null): SourceCheck[] {
  const history = bundledHistory();
  return sources
    .filter((source) => source.id !== reference?.id)
    .map((source) => {
      try {
        const check = checkTranslation(
          source.path,
          source.model,
          reference ? { kind: 'file', path: reference.label, model: reference.model } : { kind: 'truth' },
          { history },
        );
        return { source, check, error: null, groups: groupByKind(check.problems) };
      } catch (error) {
        if (!(error instanceof CheckError)) throw error;
        return { source, check: null, error: error.message, groups: [] };
      }
    });
}

export function groupByKind(problems: readonly Problem[]): Array<{ kind: ProblemKind; problems: Problem[] }> {
  return PROBLEM_KINDS.map((kind) => ({ kind, problems: problems.filter((problem) => problem.kind === kind) })).filter(
    (group) => group.problems.length > 0,
  );
}

/** Problems about a row of an event table: the panel can show that row in the Events tab. */
const ROW_KINDS: ReadonlySet<ProblemKind> = new Set([
  'event-missing',
  'event-extra',
  'argument-renamed',
  'argument-missing',
  'argument-extra',
  'argument-reordered',
  'reference-count',
  'translated-identifier',
]);

/** The event row a problem can jump to (the name as the aligned grid has it), or null. */
export function rowOf(problem: Problem): string | null {
  if (!ROW_KINDS.has(problem.kind) || problem.event === null) return null;
  // A translated name that stands for no reference event sits in the grid under its own name.
  return problem.kind === 'translated-identifier' && problem.expected === null ? problem.found : problem.event;
}
