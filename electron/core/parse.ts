import type { DocTableModel, ParseOptions } from './model.js';

/**
 * Parse any rendition of the audit events table page. Detects the format from content.
 * Throws NotADocTableError when the text holds no audit events table at all.
 * (Being written: see issue 2.)
 */
export function parseDocTable(_text: string, _options: ParseOptions = {}): DocTableModel {
  throw new Error('parseDocTable: not written yet');
}
