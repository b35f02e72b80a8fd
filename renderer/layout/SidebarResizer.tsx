import { useRef } from 'react';
import { MAX_SIDEBAR_WIDTH, MIN_SIDEBAR_WIDTH, widthAfterKey } from './sidebarWidth';

/** CSS px in one rem now (the browser's text size sets it): a drag's px become the width's rem. */
function pxPerRem(element: Element): number {
  const size = parseFloat(getComputedStyle(element.ownerDocument.documentElement).fontSize);
  return size > 0 ? size : 16;
}

interface SidebarResizerProps {
  /** Width in rem. */
  width: number;
  controls: string;
  onResize(rem: number): void;
  /** Enter collapses the sidebar (the window splitter pattern); its toggle brings it back. */
  onCollapse(): void;
}

/**
 * The sidebar's right edge: drag it, or focus it and press ←/→ (Shift: four times as far), Home/End for the
 * narrowest/widest, Enter to hide the sidebar.
 */
export function SidebarResizer({ width, controls, onResize, onCollapse }: SidebarResizerProps) {
  const drag = useRef<{ x: number; width: number; pxPerRem: number } | null>(null);
  return (
    <div
      className="sidebar-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize sidebar"
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={MIN_SIDEBAR_WIDTH}
      aria-valuemax={MAX_SIDEBAR_WIDTH}
      aria-valuetext={`${width} rem wide`}
      title="Drag, or use ← → (Enter hides the sidebar)"
      tabIndex={0}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture?.(event.pointerId);
        event.currentTarget.focus();
        drag.current = { x: event.clientX, width, pxPerRem: pxPerRem(event.currentTarget) };
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        if (start) onResize(start.width + (event.clientX - start.x) / start.pxPerRem);
      }}
      onPointerUp={(event) => {
        drag.current = null;
        event.currentTarget.releasePointerCapture?.(event.pointerId);
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onCollapse();
          return;
        }
        const next = widthAfterKey(width, event.key, event.shiftKey);
        if (next === null) return;
        event.preventDefault();
        onResize(next);
      }}
    />
  );
}
