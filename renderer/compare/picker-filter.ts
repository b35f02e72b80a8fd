import { formatLabel, formatTechnicalName, versionText } from '../help/formats';
import { hasEventTable, sourceLabel, type ParsedFile } from './sources';

/** What a picker entry says about a file, as one lowercase string the search looks in. */
function searchableText(file: ParsedFile): string {
  return [
    sourceLabel(file),
    file.relPath,
    formatLabel(file.model.format),
    formatTechnicalName(file.model.format),
    versionText(file.version),
    hasEventTable(file) ? '' : 'page text only',
  ]
    .join(' ')
    .toLowerCase();
}

/**
 * The files a picker search keeps: each word of the query must occur somewhere in the entry (label, path, format,
 * version), in any order and case, so "ja 3.11" or "po fr" find a file among hundreds.
 */
export function filterPickable(files: readonly ParsedFile[], query: string): ParsedFile[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...files];
  return files.filter((file) => {
    const text = searchableText(file);
    return words.every((word) => text.includes(word));
  });
}
