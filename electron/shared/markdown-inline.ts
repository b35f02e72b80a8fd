// Markdown cell text as the Markdown reader reads it (electron/core/formats/markdown-inline.ts), for the renderer's
// page-text view, so both show a cell the same way.
export { markdownCellText } from '../core/formats/markdown-inline.js';
