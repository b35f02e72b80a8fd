/**
 * A gettext catalog's own problems, entry by entry: untranslated and fuzzy entries (with what the English changed
 * behind a fuzzy one, when the catalog keeps the previous msgid), and markup of the msgid its msgstr lost or broke.
 */
import type { ProseBlock } from '../../core/model.js';
import { compareMarkup } from './markup.js';
import type { Problem } from './types.js';
import { wordDiff, wordDiffText } from './word-diff.js';

export interface CatalogCheck {
  problems: Problem[];
  untranslated: number;
  fuzzy: number;
}

const ROLE_NAMES: Readonly<Record<ProseBlock['role'], string>> = {
  title: 'title',
  intro: 'introduction',
  'see-also': 'see-also paragraph',
  'implementation-detail': 'implementation note',
  'internal-intro': 'sentence introducing the internal events',
  'table-header': 'table header',
  other: 'entry',
};

function excerpt(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export function checkCatalog(prose: readonly ProseBlock[]): CatalogCheck {
  const problems: Problem[] = [];
  let untranslated = 0;
  let fuzzy = 0;
  for (const block of prose) {
    if (block.source === undefined) continue;
    const what = ROLE_NAMES[block.role];
    const base = { line: block.line, event: null, expected: block.source };
    if (block.fuzzy) {
      fuzzy++;
      const previous = block.previousSource;
      const change = previous !== undefined ? `; the English changed: ${wordDiffText(wordDiff(previous, block.source))}` : '';
      problems.push({
        ...base,
        kind: 'fuzzy',
        found: block.untranslated ? null : block.text,
        message: `fuzzy ${what} "${excerpt(block.source)}": its translation was made for other English and is not used${change}`,
        ...(previous !== undefined ? { previous } : {}),
      });
      continue;
    }
    if (block.untranslated) {
      untranslated++;
      problems.push({ ...base, kind: 'untranslated', found: null, message: `untranslated ${what} "${excerpt(block.source)}"` });
      continue;
    }
    const { missing, broken } = compareMarkup(block.source, block.text);
    for (const item of missing) {
      problems.push({
        ...base,
        kind: 'markup-mismatch',
        expected: item,
        found: broken[0] ?? null,
        message:
          `${what} "${excerpt(block.source, 40)}": the translation lacks ${item}` +
          (broken.length > 0 ? ` (it has broken markup: ${broken.map((piece) => `"${piece}"`).join(', ')})` : ''),
      });
    }
    if (missing.length === 0) {
      for (const piece of broken) {
        problems.push({ ...base, kind: 'markup-mismatch', expected: null, found: piece, message: `${what} "${excerpt(block.source, 40)}": broken markup in the translation: "${piece}"` });
      }
    }
  }
  return { problems, untranslated, fuzzy };
}
