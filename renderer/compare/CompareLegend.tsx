import { STATUS_MARKERS, STATUS_ORDER } from './cell-text';

/** What the markers mean, in icons and words (color is only a third cue). Opens over the grid, not above it. */
export function CompareLegend() {
  return (
    <details className="cmp-legend">
      <summary>Legend</summary>
      <div className="cmp-legend-panel">
        <ul>
          {STATUS_ORDER.map((status) => (
            <li key={status} className={`cmp-status-${status}`}>
              <span className="cmp-marker" aria-hidden="true">
                {STATUS_MARKERS[status].icon}
              </span>{' '}
              <strong>{STATUS_MARKERS[status].word}</strong>: {STATUS_MARKERS[status].meaning}
            </li>
          ))}
        </ul>
        <p>
          Arguments are compared with the reference's in order. A removed and an added argument in the same place (between
          the same unchanged neighbours) count as <em>renamed</em>; an argument found elsewhere in the list counts as{' '}
          <em>moved</em>. Reference counts are shown but are not a difference.
        </p>
      </div>
    </details>
  );
}
