/** The reader of each format: text of that format → a page draft (the tables and prose before any inference). */
import { readBrowserText } from './browser-text.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import type { PageDraft } from './page.js';
import { readPo } from './po.js';
import { readRst } from './rst.js';
import { readCollapsedSphinxText, readSphinxText } from './sphinx-text.js';
import type { DocFormat } from '../model.js';

export const READERS: Readonly<Record<DocFormat, (text: string) => PageDraft>> = {
  html: readHtml,
  'sphinx-text': readSphinxText,
  'sphinx-text-collapsed': readCollapsedSphinxText,
  markdown: readMarkdown,
  'browser-text': readBrowserText,
  po: readPo,
  rst: readRst,
};
