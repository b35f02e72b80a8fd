/** The page's two tables: Public / Internal / All tabs with their counts, and a file that has only one of them. */
import { expect } from '@playwright/test';
import { allRows, fileCounts, rowsOf, totals } from '../support/library-facts.js';
import { appUi, columnLabels, expectShown, expectTabCounts, renderedRows } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

export async function tabsSplitPublicAndInternal({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const ui = appUi(app.page);
  const snapshot = await app.snapshot();
  const counts = totals(snapshot);
  expect(counts.internal, 'the corpus has internal events').toBeGreaterThan(0);
  await expectTabCounts(ui, counts);

  await ui.tab('Internal').click();
  await expect(ui.tab('Internal')).toHaveAttribute('aria-selected', 'true');
  await expect(ui.tab('Public')).toHaveAttribute('aria-selected', 'false');
  await expectShown(ui, counts.internal, counts.internal);
  const internalEvents = new Set(allRows(snapshot, 'internal').map((row) => row.event));
  const shown = await renderedRows(ui);
  expect(shown.map((row) => row.cells[0]).filter((event) => !internalEvents.has(event ?? ''))).toEqual([]);
  // The internal table has no References column ("raised internally, not part of any public API").
  const internalHasRefs = allRows(snapshot, 'internal').some((row) => row.refs.length > 0);
  if (!internalHasRefs) expect(await columnLabels(ui)).not.toContain('References');

  await ui.tab('All').click();
  await expectShown(ui, counts.all, counts.all);
  expect(await columnLabels(ui)).toContain('References');

  await ui.tab('Public').click();
  await expectShown(ui, counts.public, counts.public);

  // A file holding only the internal table (a translation catalog, the reST source): its Public tab is empty
  // and says where its rows are; its Internal tab shows them under the file's own (translated) headers.
  const internalOnly = snapshot.files.find((file) => fileCounts(file).public === 0 && fileCounts(file).internal > 0);
  expect(internalOnly, 'the corpus has a catalog or reST source (internal table only)').toBeDefined();
  if (internalOnly) {
    await ui.sourceEntry(internalOnly.relPath).click();
    await expect(ui.sourceEntry(internalOnly.relPath)).toHaveAttribute('aria-current', 'true');
    await expectTabCounts(ui, fileCounts(internalOnly));
    const empty = ui.page.getByRole('status').filter({ hasText: `No public events in ${internalOnly.relPath}` });
    await expect(empty).toBeVisible();
    // Why, in words: the public table is generated when the docs are built, so neither format holds it.
    await expect(empty).toContainText(internalOnly.format === 'po' ? 'generated when the docs are built' : 'asks Sphinx to generate');
    await expect(empty).toContainText('The Internal tab has them.');
    await ui.tab('Internal').click();
    await expectShown(ui, fileCounts(internalOnly).internal);
    const headers = (internalOnly.model?.tables.find((table) => table.kind === 'internal')?.headers ?? []).map((h) => h.trim());
    if (headers.length >= 2 && headers.length <= 3 && headers.every(Boolean)) {
      expect(await columnLabels(ui)).toEqual(headers.slice(0, 2));
    }
    const events = rowsOf(internalOnly, 'internal').map((row) => row.event);
    const rendered = await renderedRows(ui);
    expect(rendered.map((row) => row.cells[0]), "the file's rows, in its order").toEqual(events.slice(0, rendered.length));
  }
}
