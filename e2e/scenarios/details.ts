/**
 * Row details and the links in them: a reference goes to its page in the opened folder when the folder has it (the
 * grid links it to the same page on docs.python.org for the file's language and version), the docs search to
 * docs.python.org, and the source file to the file itself (inside the opened folder).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from '@playwright/test';
import type { DocRow } from '../../electron/core/model.js';
import type { SourceFile } from '../../electron/shared/library-types.js';
import { rowsOf } from '../support/library-facts.js';
import { saveScreenshot } from '../support/screenshots.js';
import { appUi, expectShown } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

interface LinkedRow {
  file: SourceFile;
  row: DocRow;
  target: string;
}

/**
 * An HTML build's row, near the top of its table (in view without scrolling), whose first reference links to another
 * page of the docs; English builds first.
 */
function pickLinkedRow(files: readonly SourceFile[]): LinkedRow {
  const candidates = files
    .filter((file) => file.format === 'html' && file.status === 'ok' && file.version)
    .sort((a, b) => Number(b.locale === 'en') - Number(a.locale === 'en'));
  for (const file of candidates) {
    const row = rowsOf(file, 'public').slice(0, 15).find((candidate) => candidate.args.length > 1 && /^[\w-]+\.html#/.test(candidate.refs[0]?.target ?? ''));
    if (row) return { file, row, target: row.refs[0]!.target! };
  }
  throw new Error('no HTML build with linked references among the opened files');
}

/** docs.python.org's address of the audit events page's folder for a file's language and version. */
function docsLibraryUrl(file: SourceFile): string {
  const language = file.locale === null || file.locale.toLowerCase().startsWith('en') ? '' : `${file.locale.toLowerCase()}/`;
  const [major, minor] = (file.version?.value ?? '3').split('.');
  return `https://docs.python.org/${language}${major}.${minor}/library/`;
}

export async function rowDetailsAndLinks({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const ui = appUi(app.page);
  const { file, row, target } = pickLinkedRow((await app.snapshot()).files);
  // The referenced page beside the file, as in a whole HTML build (the corpus holds only the audit events pages).
  const [page = '', fragment = ''] = target.split('#');
  const localPage = path.join(path.dirname(file.path), page);
  await fs.writeFile(localPage, `<!doctype html><title>${page}</title><h1 id="${fragment}">${page}</h1>`);

  await ui.sourceEntry(file.relPath).click();
  await expect(ui.statusBar).toContainText(`· ${file.relPath}`);
  await expectShown(ui, rowsOf(file, 'public').length);
  const gridRow = ui.bodyRows.filter({ has: app.page.getByRole('gridcell', { name: row.event, exact: true }) });
  await gridRow.click();

  const details = ui.details(row.event);
  await expect(details).toBeVisible();
  await expect(gridRow).toHaveAttribute('aria-selected', 'true');
  await expect(details.getByRole('list', { name: 'Arguments' }).getByRole('listitem')).toHaveText(row.args);
  await expect(details.getByRole('link', { name: file.relPath, exact: true })).toBeVisible();

  const referenceLink = details.getByRole('link', { name: `[${row.refs[0]!.label}]`, exact: true });
  const local = pathToFileURL(localPage);
  local.hash = fragment;
  const localUrl = local.href;
  await expect(referenceLink, 'the details link the page in the opened folder').toHaveAttribute('href', localUrl);
  await expect(details.getByText(`local page ${page}`).first()).toBeVisible();
  await saveScreenshot(app, 'details');
  expect(await app.captureExternalOpen(() => referenceLink.click()), 'the local page opens through the host').toBe(localUrl);
  const gridReference = gridRow.getByRole('link', { name: `[${row.refs[0]!.label}]`, exact: true });
  await expect(gridReference, 'the grid links the page on docs.python.org for the file’s language and version').toHaveAttribute(
    'href',
    new URL(target, docsLibraryUrl(file)).href,
  );

  const search = new URL(await app.captureExternalOpen(() => details.getByRole('link', { name: `Search docs.python.org for ${row.event}` }).click()));
  expect(search.origin).toBe('https://docs.python.org');
  expect(search.pathname).toBe(new URL('../search.html', docsLibraryUrl(file)).pathname);
  expect(search.searchParams.get('q')).toBe(row.event);

  const source = await app.captureExternalOpen(() => details.getByRole('link', { name: file.relPath, exact: true }).click());
  expect(source.startsWith('file://')).toBe(true);
  expect(fileURLToPath(source), 'the source link opens the file itself').toBe(file.path);

  // An argument chip filters by that argument.
  const argument = row.args[0]!;
  await details.getByRole('list', { name: 'Arguments' }).getByRole('button', { name: argument, exact: true }).click();
  await expect(ui.filters.getByRole('combobox', { name: 'Argument' })).toHaveValue(argument);

  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toBeHidden();
}
