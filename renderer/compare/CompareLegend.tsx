import { useLayoutEffect, useRef, useState } from 'react';
import { STATUS_MARKERS, STATUS_ORDER } from './cell-text';
import { legendPlacement } from './legend-placement';

/** What a compact cell shows for each status besides its marker (see cell-view.ts). */
const SHOWN: Record<(typeof STATUS_ORDER)[number], string> = {
  reference: 'its arguments',
  same: 'the mark only',
  changed: 'what changed',
  missing: 'the mark only',
  extra: 'its arguments',
  absent: 'the mark only',
  'no-table': 'the mark only',
};

/**
 * What the markers mean, in icons and words (color is only a third cue). Opens over the grid, not above it, and
 * moves to stay inside the window: the button may sit at its right edge.
 */
export function CompareLegend() {
  const [open, setOpen] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<{ shiftLeft: number; maxHeight: number } | null>(null);

  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const place = () => {
      panel.style.transform = '';
      const box = panel.getBoundingClientRect();
      setPlacement(legendPlacement(box, { width: window.innerWidth, height: window.innerHeight }));
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open]);

  return (
    <details className="cmp-legend" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Legend</summary>
      <div
        ref={panelRef}
        className="cmp-legend-panel"
        style={placement ? { transform: `translateX(${-placement.shiftLeft}px)`, maxHeight: placement.maxHeight } : undefined}
      >
        <ul>
          {STATUS_ORDER.map((status) => (
            <li key={status} className={`cmp-status-${status}`}>
              <span className="cmp-marker" aria-hidden="true">
                {STATUS_MARKERS[status].icon}
              </span>{' '}
              <strong>{STATUS_MARKERS[status].word}</strong>: {STATUS_MARKERS[status].meaning}{' '}
              <span className="cmp-muted">(shows {SHOWN[status]})</span>
            </li>
          ))}
          <li>
            <span className="cmp-refs" aria-hidden="true">
              2
            </span>{' '}
            <strong>references</strong>: how many the source gives for the event; a link opens the first. Shown where the
            count differs from the reference's, elsewhere when the row is hovered
          </li>
        </ul>
        <p>
          A cell shows text only where its source differs from the reference; hover a cell for all of it (arguments and
          references), and the CSV export holds it in full. Arguments are compared with the reference's in order. A
          removed and an added argument in the same place (between the same unchanged neighbours) count as <em>renamed</em>;
          an argument found elsewhere in the list counts as <em>moved</em>. Reference counts are shown but are not a
          difference.
        </p>
      </div>
    </details>
  );
}
