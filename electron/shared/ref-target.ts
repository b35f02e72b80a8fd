/**
 * Reference targets as documentation files write them ("os.html#os.system", "../c-api/sys.html", "#anchor",
 * "https://docs.python.org/..."): which name a page beside the file, and their parts. Shared by the hosts (which look
 * for that page on disk) and the renderer (which links to docs.python.org otherwise). Plain string work only.
 */

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** True for a target naming a page relative to its file; false for URLs, absolute paths and blanks. */
export function isRelativeTarget(target: string | null): target is string {
  const trimmed = target?.trim() ?? '';
  return trimmed !== '' && !SCHEME.test(trimmed) && !/^[\\/]/.test(trimmed);
}

/** "os.html?highlight=x#os.system" → { page: "os.html", fragment: "os.system" } (the query is dropped). */
export function splitTarget(target: string): { page: string; fragment: string } {
  const hash = target.indexOf('#');
  const beforeHash = hash < 0 ? target : target.slice(0, hash);
  const query = beforeHash.indexOf('?');
  return { page: query < 0 ? beforeHash : beforeHash.slice(0, query), fragment: hash < 0 ? '' : target.slice(hash + 1) };
}
