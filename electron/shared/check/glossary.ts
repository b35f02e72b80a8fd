/**
 * A translation team's glossary (CSV: english term, locale, translation): prose whose English uses a term and whose
 * translation does not use the glossary's translation of it.
 */
import type { Problem } from './types.js';

export interface GlossaryEntry {
  term: string;
  locale: string;
  translation: string;
  /** Line in the CSV. */
  line: number;
}

export class GlossaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryError';
  }
}

/** RFC 4180 fields (quoted fields may hold commas, quotes as "" and newlines); a header row naming the columns is skipped. */
export function parseGlossary(text: string): GlossaryEntry[] {
  const records = parseCsv(text.replace(/^\ufeff/, ''));
  const entries: GlossaryEntry[] = [];
  for (const { fields, line } of records) {
    if (fields.every((field) => field.trim() === '')) continue;
    if (fields.length < 3) throw new GlossaryError(`line ${line}: expected 3 columns (english term, locale, translation), found ${fields.length}`);
    const [term, locale, translation] = fields.map((field) => field.trim()) as [string, string, string];
    if (entries.length === 0 && /^locale$/i.test(locale) && /term|english/i.test(term)) continue;
    if (term === '' || locale === '' || translation === '') throw new GlossaryError(`line ${line}: an empty column`);
    entries.push({ term, locale, translation, line });
  }
  return entries;
}

function parseCsv(text: string): Array<{ fields: string[]; line: number }> {
  const records: Array<{ fields: string[]; line: number }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) throw new GlossaryError(`line ${recordLine}: a quoted field is not closed`);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  return records;
}

/** "pt_BR", "pt-br" → "pt-br". */
function localeKey(locale: string): string {
  return locale.trim().replace(/_/g, '-').toLowerCase();
}

/** The entries for a locale: those naming it, and those naming only its language ("pt" for pt-BR). */
export function entriesFor(entries: readonly GlossaryEntry[], locale: string | null): GlossaryEntry[] {
  if (locale === null) return [];
  const key = localeKey(locale);
  const language = key.split('-')[0];
  return entries.filter((entry) => localeKey(entry.locale) === key || localeKey(entry.locale) === language);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface GlossaryText {
  english: string;
  translation: string;
  line: number | null;
  /** What the text is, for the message ("introduction"). */
  what: string;
}

/** One problem per text and term: the English uses the term (or its plural), the translation none of its translations. */
export function checkGlossary(texts: readonly GlossaryText[], entries: readonly GlossaryEntry[]): Problem[] {
  const byTerm = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) byTerm.set(entry.term.toLowerCase(), [...(byTerm.get(entry.term.toLowerCase()) ?? []), entry]);
  const problems: Problem[] = [];
  for (const text of texts) {
    const translation = text.translation.toLowerCase();
    for (const [term, choices] of byTerm) {
      const uses = new RegExp(`(?<![\\w-])${escapeRegExp(term).replace(/\s+/g, '\\s+')}(?:s|es)?(?![\\w-])`, 'i');
      if (!uses.test(text.english)) continue;
      if (choices.some((choice) => translation.includes(choice.translation.toLowerCase()))) continue;
      const wanted = choices.map((choice) => `"${choice.translation}"`).join(' or ');
      problems.push({
        kind: 'glossary',
        line: text.line,
        event: null,
        expected: choices[0]!.translation,
        found: text.translation,
        message: `${text.what}: the English says "${choices[0]!.term}", the translation does not use ${wanted} (glossary line ${choices[0]!.line})`,
      });
    }
  }
  return problems;
}
