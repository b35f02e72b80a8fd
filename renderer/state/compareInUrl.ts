/**
 * The compare view's choices in the view state (and so in the URL hash and sessionStorage): which files are
 * compared, which one is the reference, and its two filters (only differences, missing in a source). Kept out of the compare view's own state, which is gone the moment the
 * user switches to another view.
 */

export interface CompareChoice {
  /** File ids, in the order the user picked them; null until the user picks (the view then picks two itself). */
  picks: string[] | null;
  /** The chosen reference's file id; null: the newest picked source. */
  reference: string | null;
  /** Only the events where some source differs from the reference. */
  onlyDifferences: boolean;
  /** Only the events this source (a file id) lacks; null: any. */
  missingIn: string | null;
}

export const DEFAULT_COMPARE_CHOICE: CompareChoice = { picks: null, reference: null, onlyDifferences: false, missingIn: null };

/** `pick=<id>` once per picked file; a lone empty `pick=` when the user unpicked everything (not the default). */
export function writeCompareParams(params: URLSearchParams, choice: CompareChoice): void {
  if (choice.picks !== null) {
    if (choice.picks.length === 0) params.append('pick', '');
    for (const id of choice.picks) params.append('pick', id);
  }
  if (choice.reference) params.set('ref', choice.reference);
  if (choice.onlyDifferences) params.set('diff', '1');
  if (choice.missingIn) params.set('missing', choice.missingIn);
}

export function readCompareParams(params: URLSearchParams): CompareChoice {
  const picks = params.getAll('pick');
  return {
    picks: picks.length === 0 ? null : [...new Set(picks.filter(Boolean))],
    reference: params.get('ref') || null,
    onlyDifferences: params.get('diff') === '1',
    missingIn: params.get('missing') || null,
  };
}
