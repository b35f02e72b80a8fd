import { Fragment, useState } from 'react';
import { healthLine, PROBLEM_KIND_LABELS, wordDiff, type Problem } from '../../electron/shared/check';
import { rowOf, type SourceCheck } from './check';
import type { CompareSource } from './sources';
import './check.css';

interface CheckPanelProps {
  checks: readonly SourceCheck[];
  reference: CompareSource | null;
  /** Show the event's row in the Events tab; false when the app's search or split hides it. */
  onShowRow(event: string): boolean;
}

/** What the English changed behind a fuzzy entry: removed words struck through, added ones underlined. */
function EnglishChange({ previous, current }: { previous: string; current: string }) {
  return (
    <span className="chk-diff" lang="en">
      {wordDiff(previous, current).map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? ' ' : null}
          {part.op === 'same' ? part.text : part.op === 'removed' ? <del>{part.text}</del> : <ins>{part.text}</ins>}
        </Fragment>
      ))}
    </span>
  );
}

function ProblemItem({ problem, onShowRow, onHidden }: { problem: Problem; onShowRow(event: string): boolean; onHidden(event: string): void }) {
  const row = rowOf(problem);
  return (
    <li className="chk-problem" data-kind={problem.kind} data-line={problem.line ?? undefined}>
      <span className="chk-line">{problem.line === null ? 'file' : `line ${problem.line}`}</span>
      <span className="chk-message">
        {problem.message.split('; the English changed:')[0]}
        {problem.kind === 'fuzzy' && problem.previous !== undefined && problem.expected !== null ? (
          <>
            {' '}
            <span className="chk-muted">English changed:</span> <EnglishChange previous={problem.previous} current={problem.expected} />
          </>
        ) : null}
      </span>
      {row !== null ? (
        <button
          type="button"
          className="chk-show"
          aria-label={`Show the row of ${row} (line ${problem.line ?? 'unknown'})`}
          onClick={() => {
            if (!onShowRow(row)) onHidden(row);
          }}
        >
          Show row
        </button>
      ) : null}
    </li>
  );
}

/** The check of each picked source against the reference: a health line per source, its problems grouped by kind. */
export function CheckPanel({ checks, reference, onShowRow }: CheckPanelProps) {
  const [hidden, setHidden] = useState<string | null>(null);
  if (checks.length === 0) {
    return <p className="cmp-muted">Pick a translation besides the reference to check it.</p>;
  }
  return (
    <div className="chk-scroll" tabIndex={0} role="region" aria-label="Translation check, scrollable">
      <p className="chk-intro">
        Each source against{' '}
        {reference ? (
          <>
            the reference <strong>{reference.label}</strong>
          </>
        ) : (
          'the bundled truth build of its version'
        )}
        : event and argument names must be identical in every locale; only prose and headers are translated.
      </p>
      {hidden !== null ? (
        <p className="chk-hidden" role="status">
          The row of {hidden} is hidden by the search or the Public / Internal split.
        </p>
      ) : null}
      {checks.map(({ source, check, error, groups }) => (
        <section key={source.id} className="chk-source" aria-label={`Check of ${source.label}`} data-source={source.id}>
          <h3>
            {source.label}
            <span className={`chk-verdict ${error ? 'is-error' : check && check.problems.length === 0 ? 'is-ok' : 'is-problems'}`}>
              <span aria-hidden="true">{error ? '⚠ ' : check && check.problems.length === 0 ? '✓ ' : '✗ '}</span>
              {error ? 'not checked' : check && check.problems.length === 0 ? 'clean' : 'problems'}
            </span>
          </h3>
          {error ? (
            <p className="chk-muted">Could not check: {error}</p>
          ) : check ? (
            <>
              <p className="chk-health" data-testid="check-health">
                {healthLine(check.health)}
              </p>
              {check.notes.map((note) => (
                <p key={note} className="chk-note">
                  {note}
                </p>
              ))}
              {groups.map((group) => (
                <details key={group.kind} className="chk-group" data-kind={group.kind} open={group.problems.length <= 20}>
                  <summary>
                    {PROBLEM_KIND_LABELS[group.kind]} <span className="chk-count">({group.problems.length})</span>
                  </summary>
                  <ul>
                    {group.problems.map((problem, index) => (
                      <ProblemItem key={index} problem={problem} onShowRow={onShowRow} onHidden={setHidden} />
                    ))}
                  </ul>
                </details>
              ))}
            </>
          ) : null}
        </section>
      ))}
    </div>
  );
}
