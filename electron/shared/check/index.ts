/** The translation check (issue 16): pure TypeScript shared by `doctable check` and the compare view's Check panel. */
export { checkTranslation, CheckError, sameVersion, type CheckOptions, type CheckReference } from './check.js';
export { bundledHistory } from './bundled-truth.js';
export { parseGlossary, GlossaryError, type GlossaryEntry } from './glossary.js';
export { formatGithub, formatJson, formatText, healthLine } from './report.js';
export { wordDiff, wordDiffText, type DiffPart } from './word-diff.js';
export * from './types.js';
