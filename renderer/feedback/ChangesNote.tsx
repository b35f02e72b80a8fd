import { type ChangeCounts, totalChanges } from './useRecentChanges';

function describe(counts: ChangeCounts): string {
  const parts = [
    counts.added && `${counts.added} added`,
    counts.changed && `${counts.changed} changed`,
    counts.failing && `${counts.failing} failing`,
    counts.removed && `${counts.removed} removed`,
  ].filter(Boolean);
  return parts.join(', ');
}

/** "3 changes since you looked": what the watcher did meanwhile; a click (or Enter) acknowledges it. */
export function ChangesNote({ counts, onSeen }: { counts: ChangeCounts; onSeen(): void }) {
  const total = totalChanges(counts);
  return (
    <div className="changes-note-slot" aria-live="polite">
      {total > 0 && (
        <button type="button" className={`changes-note${counts.failing > 0 ? ' has-failing' : ''}`} onClick={onSeen} title="Mark as seen">
          {total === 1 ? '1 change' : `${total} changes`} since you looked <span className="changes-note-detail">({describe(counts)})</span>
        </button>
      )}
    </div>
  );
}
