import { useLayoutEffect, useRef, useState } from 'react';

/** The row height (px) at the default text size (16 px root, 13 px text), and where nothing can be measured. */
export const DEFAULT_ROW_HEIGHT = 28;

/**
 * The virtualized grids place rows at multiples of one height. It has to follow the text: the browser's text size
 * (a larger root font) and a minimum font size (larger text at the same root) both make a line taller, and a
 * fixed 28 px would cut it. The height is that of a hidden probe row styled like the real ones (.grid-row-probe:
 * at least --row-height, else its line box and padding), measured again whenever it resizes.
 */
export function rowHeightFrom(measured: number): number {
  return measured > 0 ? Math.ceil(measured) : DEFAULT_ROW_HEIGHT;
}

/** The measured row height and the hidden probe to render beside the grid (outside its rows and ARIA tree). */
export function useRowHeight(): { rowHeight: number; probe: React.ReactElement } {
  const probeRef = useRef<HTMLDivElement | null>(null);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  useLayoutEffect(() => {
    const probe = probeRef.current;
    if (!probe) return;
    const measure = () => setRowHeight(rowHeightFrom(probe.getBoundingClientRect().height));
    measure();
    // A text-size change resizes the probe; where ResizeObserver is missing (tests without layout) the first
    // measurement stands.
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(probe);
    return () => observer.disconnect();
  }, []);
  const probe = (
    <div ref={probeRef} className="grid-row-probe" aria-hidden="true">
      <span className="grid-row-probe-text">Ág</span>
      <code>Ág</code>
    </div>
  );
  return { rowHeight, probe };
}
