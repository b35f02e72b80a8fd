import type { TableKind } from '../../electron/core/model';
import type { Split } from './types';
import { describeCoverage, describeVersion, type SourceSummary } from './summary';

interface CompareSummaryProps {
  summaries: readonly SourceSummary[];
  split: Split;
}

function kindsOf(split: Split): TableKind[] {
  return split === 'all' ? ['public', 'internal'] : [split];
}

/** Per source: locale, version and how it was known, rows, and coverage against the reference. */
export function CompareSummary({ summaries, split }: CompareSummaryProps) {
  return (
    <section className="cmp-summary" aria-labelledby="cmp-summary-heading">
      <h2 id="cmp-summary-heading">Summary</h2>
      <ul>
        {summaries.map((summary) => (
          <li key={summary.sourceId} data-source-id={summary.sourceId}>
            <p className="cmp-summary-head">
              <strong>{summary.label}</strong>
              {summary.isReference ? (
                <span className="cmp-badge cmp-status-reference">
                  <span aria-hidden="true">★ </span>reference
                </span>
              ) : null}
            </p>
            <p className="cmp-muted">
              Locale {summary.locale ?? 'unknown'} · {summary.format} · version {describeVersion(summary.version)} ·{' '}
              {summary.rows.public} public and {summary.rows.internal} internal rows
            </p>
            {summary.problems.map((problem) => (
              <p key={problem} className="cmp-problem">
                <span aria-hidden="true">⚠ </span>
                {problem}
              </p>
            ))}
            {kindsOf(split).map((kind) => (
              <p key={kind} className="cmp-coverage">
                {describeCoverage(summary, kind)}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
