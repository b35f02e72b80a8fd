import type { History, HistoryRow } from '../../electron/shared/versions/history';
import { isMismatch } from './cellText';

/** An argument list from a page: isolated and in its own direction (dir="auto"), so it never reorders the sentence. */
function argList(args: readonly string[] | null) {
  return <bdi dir="auto">{args && args.length > 0 ? args.join(', ') : '(none)'}</bdi>;
}

/** The selected event's history in words: added, removed, argument changes, quirks, and files that disagree. */
export function EventHistory({ history, row }: { history: History; row: HistoryRow }) {
  const mismatches = history.columns
    .map((column, index) => ({ column, cell: row.cells[index]! }))
    .filter(({ column, cell }) => isMismatch(column, cell, row.unstable));
  return (
    <section className="versions-details" aria-label={`History of ${row.event}`}>
      <h3>
        <code>{row.event}</code>({argList(row.args)}){' '}
        <span className="versions-muted">{row.internal ? 'internal' : 'public'}</span>
      </h3>
      <ul>
        <li>{row.added ? `Added in ${row.added}${row.added === history.columns[0]?.set.label ? ' (the oldest known build)' : ''}` : 'In no bundled build: only in open files'}</li>
        {row.removed ? <li>Removed in {row.removed}</li> : null}
        {row.transitions
          .filter((step) => step.kind !== 'changed' && step.version !== row.added && step.version !== row.removed)
          .map((step) => (
            <li key={`${step.kind}${step.column}`}>
              {step.kind === 'added' ? 'Added again' : 'Removed'} in {step.version}
            </li>
          ))}
        {row.transitions
          .filter((step) => step.kind === 'changed')
          .map((step) => (
            <li key={`changed${step.column}`}>
              Arguments changed in {step.version}: {argList(step.from)} → {argList(step.to)}
            </li>
          ))}
        {mismatches.map(({ column, cell }) => (
          <li key={column.set.id} className="versions-mismatch-note">
            {column.set.label} (file) disagrees with the {column.truth?.label} build:{' '}
            {cell.state === 'added' ? (
              'it lists the event, the build does not'
            ) : cell.state === 'removed' ? (
              'it lacks the event'
            ) : (
              <>
                {argList(cell.before)} → {argList(cell.args)}
              </>
            )}
          </li>
        ))}
      </ul>
      {row.unstable && (
        <p className="versions-quirk-note" role="note">
          ⚠ Known quirk: the directives documenting <code>{row.event}</code> carry different argument lists within one version, and a docs
          build shows whichever it met last; its “changes” may be this quirk rather than a change in CPython.
        </p>
      )}
    </section>
  );
}
