/**
 * The user's column choices for one view: order, shown or hidden, width. Only what the user changed is kept:
 * a column never touched follows the view's defaults (e.g. Source shows when several files are mixed), and
 * columns that appear later (a new source in the by-event view) join at their default place.
 */
export interface ColumnLayout {
  /** Column ids in the order the user put them (may hold ids no longer present, and lack new ones). */
  order: readonly string[];
  /** Explicit shown (true) / hidden (false) choices. */
  visibility: Readonly<Record<string, boolean>>;
  widths: Readonly<Record<string, number>>;
  /** Columns without a choice are hidden rather than following the defaults (a URL listing its columns). */
  hideOthers?: boolean;
}

export const EMPTY_LAYOUT: ColumnLayout = { order: [], visibility: {}, widths: {} };

export interface LayoutColumn {
  id: string;
  width: number;
}

/** The columns in the layout's order (ids it does not know after their default predecessor). */
export function orderedColumns<T extends LayoutColumn>(columns: readonly T[], layout: ColumnLayout): T[] {
  const known = layout.order.filter((id) => columns.some((column) => column.id === id));
  const result = known.map((id) => columns.find((column) => column.id === id)!);
  columns.forEach((column, index) => {
    if (known.includes(column.id)) return;
    // After the nearest column before it (in the default order) that is placed; else first.
    let at = 0;
    for (let k = index - 1; k >= 0; k--) {
      const placed = result.indexOf(columns[k]!);
      if (placed >= 0) {
        at = placed + 1;
        break;
      }
    }
    result.splice(at, 0, column);
  });
  return result;
}

/** The columns shown, in order, with the user's widths. */
export function visibleColumns<T extends LayoutColumn>(columns: readonly T[], layout: ColumnLayout, shownByDefault: (id: string) => boolean): T[] {
  return orderedColumns(columns, layout)
    .filter((column) => isShown(layout, column.id, shownByDefault))
    .map((column) => (layout.widths[column.id] ? { ...column, width: layout.widths[column.id]! } : column));
}

export function isShown(layout: ColumnLayout, id: string, shownByDefault: (id: string) => boolean): boolean {
  return layout.visibility[id] ?? (layout.hideOthers ? false : shownByDefault(id));
}

/** True when the user has chosen anything (a layout worth writing into the URL). */
export function isCustomised(layout: ColumnLayout): boolean {
  return layout.order.length > 0 || Object.keys(layout.visibility).length > 0 || Object.keys(layout.widths).length > 0;
}

export function setVisibility(layout: ColumnLayout, id: string, shown: boolean): ColumnLayout {
  return { ...layout, visibility: { ...layout.visibility, [id]: shown } };
}

export function setWidth(layout: ColumnLayout, id: string, width: number): ColumnLayout {
  return { ...layout, widths: { ...layout.widths, [id]: width } };
}

/** Moves a column one place (delta -1 / +1) among all the view's columns. */
export function moveColumn(layout: ColumnLayout, columns: readonly LayoutColumn[], id: string, delta: number): ColumnLayout {
  const ids = orderedColumns(columns, layout).map((column) => column.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return layout;
  ids.splice(from, 1);
  ids.splice(to, 0, id);
  // Ids of columns not present now keep their place at the end (a source that comes back).
  return { ...layout, order: [...ids, ...layout.order.filter((known) => !ids.includes(known))] };
}

/** Reads a stored layout; anything malformed gives the empty layout. */
export function parseLayout(text: string | null): ColumnLayout {
  if (!text) return EMPTY_LAYOUT;
  try {
    const value = JSON.parse(text) as Partial<ColumnLayout>;
    const order = Array.isArray(value.order) ? value.order.filter((id): id is string => typeof id === 'string') : [];
    const visibility = Object.fromEntries(
      Object.entries(value.visibility ?? {}).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
    );
    const widths = Object.fromEntries(
      Object.entries(value.widths ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0),
    );
    return value.hideOthers === true ? { order, visibility, widths, hideOthers: true } : { order, visibility, widths };
  } catch {
    return EMPTY_LAYOUT;
  }
}
