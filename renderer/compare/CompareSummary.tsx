import { useId, useState } from 'react';
import type { TableKind } from '../../electron/shared/model';
import type { Split } from '../state/split';
import { FormatName } from '../help/FormatName';
import { describeCoverage, describeCoverageShort, describeVersion, type SourceSummary } from './summary';

interface CompareSummaryProps {
  summaries: readonly SourceSummary[];
  split: Split;
}

function kindsOf(split: Split): TableKind[] {
  return split === 'all' ? ['public', 'internal'] : [split];
}

/**
 * Per source: its coverage against the reference and the parser's warnings, always shown; how the file was read
 * (locale, format, version evidence, row counts) on request, so that the aligned events keep most of the height.
 */
export function CompareSummary({ summaries, split }: CompareSummaryProps) {
  const [expanded, setExpanded] = useState(false);
  const ids = useId();
  const dense = summaries.length > 3;
  return (
    // Past three sources each coverage line keeps to one line (all of it on hover), so the grid keeps the height.
    <section className="cmp-summary" aria-labelledby={`${ids}-heading`} data-dense={dense ? '' : undefined}>
      <div className="cmp-summary-bar">
        <h2 id={`${ids}-heading`}>Summary</h2>
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={`${ids}-list`}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? 'Hide how each file was read' : 'Show how each file was read'}
        </button>
      </div>
      <ul id={`${ids}-list`}>
        {summaries.map((summary) => (
          <li key={summary.sourceId} data-source-id={summary.sourceId} className={summary.isReference ? 'is-reference' : undefined}>
            {kindsOf(split).map((kind) => (
              <p key={kind} className="cmp-coverage" title={describeCoverage(summary, kind)}>
                {dense ? (
                  <>
                    <span aria-hidden="true">{describeCoverageShort(summary, kind, split === 'all')}</span>
                    <span className="visually-hidden">{describeCoverage(summary, kind)}</span>
                  </>
                ) : (
                  describeCoverage(summary, kind)
                )}
              </p>
            ))}
            {summary.problems.map((problem) => (
              <p key={problem} className="cmp-problem" title={problem}>
                <span aria-hidden="true">⚠ </span>
                {problem}
              </p>
            ))}
            <p className="cmp-muted cmp-summary-more" hidden={!expanded}>
              Locale {summary.locale ?? 'unknown'} · <FormatName format={summary.format} /> · version {describeVersion(summary.version)} ·{' '}
              {summary.rows.public} public and {summary.rows.internal} internal rows
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
