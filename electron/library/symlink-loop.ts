/**
 * Guards a recursive watch against symbolic link cycles. chokidar follows directory links without remembering
 * where it has been, so `root/sub/loop -> root` would be walked until path names grow too long.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * True when the directory at dirPath (a path below root) resolves to itself, to one of its own ancestors up to
 * root, or to a folder that contains one of them: following it would walk the same files again, forever.
 * An unresolvable directory (dangling or looping link) counts as a loop too: there is nothing to walk.
 */
export function isDirectoryCycle(root: string, dirPath: string): boolean {
  const target = realpathOrNull(dirPath);
  if (target === null) return true;
  let ancestor = path.dirname(dirPath);
  while (isSameOrInside(ancestor, root)) {
    const resolved = realpathOrNull(ancestor);
    if (resolved === null || isSameOrInside(resolved, target)) return true;
    if (ancestor === root) break;
    ancestor = path.dirname(ancestor);
  }
  return false;
}

/** Lexical containment: child equals parent or lies below it. */
export function isSameOrInside(child: string, parent: string): boolean {
  if (child === parent) return true;
  const relative = path.relative(parent, child);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function realpathOrNull(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}
