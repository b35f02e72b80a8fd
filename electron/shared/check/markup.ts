/**
 * The reST markup of a catalog entry that a translation must keep: roles (`:func:\`sys.audit\``, `:ref:\`title
 * <label>\`` — the title may be translated, the target may not), inline literals (``code``), substitutions
 * (|version|) and hyperlink targets (`text <url>`_). All patterns are bounded, so no input makes them slow.
 */

const ROLE = /:((?:[A-Za-z][\w-]{0,40}:)?[A-Za-z][\w-]{0,40}):`([^`]{1,400})`/g;
const LITERAL = /``([^`]{1,400})``/g;
const LINK = /`[^`<]{0,400}<([^<>`]{1,400})>`__?/g;
const SUBSTITUTION = /\|([^|\s][^|]{0,100}?)\|(?=$|[\s.,;:!?)\]}'"、。，；：！？）])/g;
/** What is left of a role after a broken edit: ":func: `x`", ":func:x", ":func:`x" (no closing backtick). */
const ROLE_PREFIX = /:(?:[A-Za-z][\w-]{0,40}:)?[A-Za-z][\w-]{0,40}:/g;

/** The markup items of a text, as keys that compare equal when a translation kept them. */
export function markupItems(text: string): string[] {
  const items: string[] = [];
  let rest = text.replace(ROLE, (_match, role: string, content: string) => {
    items.push(`:${role}:\`${roleTarget(content)}\``);
    return ' ';
  });
  rest = rest.replace(LITERAL, (match) => {
    items.push(match);
    return ' ';
  });
  rest = rest.replace(LINK, (_match, target: string) => {
    items.push(`<${target.trim()}>`);
    return ' ';
  });
  rest.replace(SUBSTITUTION, (match) => {
    items.push(match);
    return match;
  });
  return items;
}

/** The target of a role's content: "title <target>" → target; "~sys.audit" and "!sys.audit" → sys.audit. */
function roleTarget(content: string): string {
  const titled = /<([^<>]{1,400})>\s*$/.exec(content);
  const target = titled ? titled[1]! : content;
  return target.trim().replace(/^[~!]/, '');
}

/** Pieces of markup left unparsed in a text (a role without its backticks, an unpaired backtick): a broken edit. */
export function brokenMarkup(text: string): string[] {
  // Blank out the valid markup, keeping positions, so what is reported can be quoted from the text itself.
  const blank = (match: string): string => ' '.repeat(match.length);
  const rest = text.replace(ROLE, blank).replace(LITERAL, blank).replace(LINK, blank);
  const broken: string[] = [];
  for (const match of rest.matchAll(ROLE_PREFIX)) {
    const piece = /^\S+(?:\s+[^\s,;]+)?/.exec(text.slice(match.index, match.index + 80))?.[0] ?? match[0];
    broken.push(piece.replace(/[,;.]$/, ''));
  }
  // Interpreted text with the default role (`x`) is valid; a backtick left over after it is not.
  const unpaired = rest.replace(/`[^`]{1,400}`/g, blank).indexOf('`');
  if (unpaired !== -1 && broken.length === 0) broken.push(text.slice(Math.max(0, unpaired - 20), unpaired + 20).trim());
  return broken;
}

export interface MarkupDifference {
  /** Items of the English the translation does not have. */
  missing: string[];
  /** Broken markup found in the translation. */
  broken: string[];
}

export function compareMarkup(english: string, translation: string): MarkupDifference {
  const have = markupItems(translation);
  const missing: string[] = [];
  for (const item of markupItems(english)) {
    const at = have.indexOf(item);
    if (at === -1) missing.push(item);
    else have.splice(at, 1);
  }
  return { missing, broken: brokenMarkup(translation) };
}
