/** Typed-path completion: which folder to ask the host about, and which of its sub-folders fit what was typed. */

export interface CompletionQuery {
  /** The folder to list, as typed ("~/cp" → "~", "/home/me/" → "/home/me/"). */
  folder: string;
  /** The start of the name being typed. */
  prefix: string;
}

/** Null while there is nothing to complete from: empty input, or a bare relative name. */
export function completionQuery(typed: string): CompletionQuery | null {
  const slash = Math.max(typed.lastIndexOf('/'), typed.lastIndexOf('\\'));
  if (slash < 0) return typed === '~' ? { folder: '~', prefix: '' } : null;
  return { folder: typed.slice(0, slash + 1) || '/', prefix: typed.slice(slash + 1) };
}

/** The typed text completed with each fitting sub-folder: case-sensitive matches first, then the rest. */
export function completions(typed: string, query: CompletionQuery, names: readonly string[], limit = 8): string[] {
  const base = query.folder === '~' && !typed.startsWith('~/') ? '~/' : query.folder;
  const exact = names.filter((name) => name.startsWith(query.prefix));
  const folded = query.prefix.toLowerCase();
  const loose = names.filter((name) => !name.startsWith(query.prefix) && name.toLowerCase().startsWith(folded));
  return [...exact, ...loose]
    .filter((name) => name !== query.prefix)
    .slice(0, limit)
    .map((name) => `${base}${name}`);
}
