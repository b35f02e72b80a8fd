/** Space kept between the legend panel and the window's edges, in CSS pixels (0.5rem). */
const EDGE = 8;

export interface PanelBox {
  left: number;
  right: number;
  top: number;
}

/**
 * How far to move the open legend panel left so it ends inside the window (it opens under its button, which may sit
 * near the right edge), and how tall it may be so its bottom stays inside too: it scrolls past that.
 */
export function legendPlacement(panel: PanelBox, viewport: { width: number; height: number }): { shiftLeft: number; maxHeight: number } {
  const overflowRight = panel.right - (viewport.width - EDGE);
  const room = panel.left - EDGE;
  const shiftLeft = overflowRight > 0 ? Math.min(overflowRight, Math.max(room, 0)) : 0;
  return { shiftLeft, maxHeight: Math.max(viewport.height - panel.top - EDGE, 0) };
}
