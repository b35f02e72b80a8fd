/** Which rows a view shows: the public table, the internal one, or both. One app-wide choice: table and compare view. */
export type Split = 'public' | 'internal' | 'all';

export const SPLITS: readonly Split[] = ['public', 'internal', 'all'];
