/**
 * Event and argument names are identifiers: the same in every locale. These tell an identifier from a translated
 * one, and find the identifier a translated or retyped name stands for (full-width letters, look-alike Cyrillic or
 * Greek letters, an ideographic full stop, invisible characters).
 */

const EVENT_SHAPE = /^[A-Za-z_][A-Za-z0-9_]*(?:[./][A-Za-z_0-9][A-Za-z0-9_]*)*$/;
/** Arguments are names, a few dotted ("sys.path") or hyphenated ("module-name"). */
const ARGUMENT_SHAPE = /^[A-Za-z_*][A-Za-z0-9_]*(?:[.-][A-Za-z_][A-Za-z0-9_]*)*$/;

export function isEventIdentifier(text: string): boolean {
  return EVENT_SHAPE.test(text);
}

export function isArgumentIdentifier(text: string): boolean {
  return ARGUMENT_SHAPE.test(text);
}

/** Letters that look like Latin ones: what a retyped or transliterated name brings in. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i',
  ј: 'j', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  // CJK punctuation that NFKC leaves alone
  '。': '.', '．': '.', '＿': '_', '／': '/',
};
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** The identifier a name reads as: NFKC (full-width → ASCII), look-alikes → Latin, invisible characters out, lower case. */
export function identifierKey(text: string): string {
  const folded = text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  let out = '';
  for (const char of folded) out += LOOKALIKES[char] ?? char;
  return out.trim();
}

/** How a found name differs from the expected identifier it stands for, or null when it does not stand for it. */
export function retypedAs(found: string, expected: string): string | null {
  if (found === expected || identifierKey(found) !== identifierKey(expected)) return null;
  if (found.normalize('NFKC') !== found) return 'written in full-width or compatibility characters';
  if (found.replace(INVISIBLE, '') !== found) return 'with invisible characters in it';
  if (/[^\x00-\x7f]/.test(found)) return 'written with look-alike non-Latin letters';
  return 'in other letter case';
}
