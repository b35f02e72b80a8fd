/** For properties over arbitrary text: "no audit events table" is an answer; anything else thrown is a failure. */
import { NotADocTableError, type DocTableModel, type ParseOptions } from '../model.js';
import { parseDocTable } from '../parse.js';

/** `read()`'s result, or null when it refuses the text with NotADocTableError (anything else is rethrown). */
export function nullIfNotADocTable<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotADocTableError) return null;
    throw error;
  }
}

/** The model, or null when the text holds no audit events table. */
export function parseOrNull(text: string, options?: ParseOptions): DocTableModel | null {
  return nullIfNotADocTable(() => parseDocTable(text, options));
}
