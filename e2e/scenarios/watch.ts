/**
 * Live watching of the opened folder: a file written into it appears, a truncated file shows its problem while
 * the rest stays usable, a deleted file goes; a folder that does not exist yet is watched until it appears.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { LibrarySnapshot, SourceFile } from '../../electron/shared/library-types.js';
import { allRows, fileByName, fileCounts, matchesSearch, totals, type Counts } from '../support/library-facts.js';
import { saveScreenshot } from '../support/screenshots.js';
import { appUi, expectShown, expectTabCounts } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

function plus(a: Counts, b: Counts): Counts {
  return { public: a.public + b.public, internal: a.internal + b.internal, all: a.all + b.all };
}

/** A file with both tables to copy in: an HTML build when there is one (its truncation is a real-world failure). */
function pickTemplate(snapshot: LibrarySnapshot): SourceFile {
  const complete = snapshot.files.filter((file) => file.status === 'ok' && fileCounts(file).public > 0 && fileCounts(file).internal > 0);
  const template = complete.find((file) => file.format === 'html') ?? complete[0];
  if (!template) throw new Error('no complete file to copy');
  return template;
}

export async function watchesTheFolder({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const ui = appUi(app.page);
  const before = await app.snapshot();
  const baseline = totals(before);
  const template = pickTemplate(before);
  await expectTabCounts(ui, baseline);

  // A new file appears, counted.
  const name = `added_audit_events${path.extname(template.name)}`;
  const added = path.join(folder.dir, name);
  const bytes = await fs.readFile(template.path);
  await fs.writeFile(added, bytes);
  await expect(ui.sourceEntry(name)).toBeVisible();
  await expect(ui.allFilesEntry).toContainText(`of ${before.files.length + 1} files`);
  await expectTabCounts(ui, plus(baseline, fileCounts(template)));

  // Truncated mid-table: the file shows its problem; the others stay as they were and usable.
  await fs.writeFile(added, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await expect(ui.sourceEntry(name)).toHaveAccessibleName(/^(Warning|Error) /);
  let truncated = fileByName(await app.snapshot(), name);
  await expect.poll(async () => (truncated = fileByName(await app.snapshot(), name)).status).not.toBe('ok');
  expect(truncated.message, 'the problem is explained').toBeTruthy();
  await expect(ui.sourceEntry(name)).toContainText(truncated.message!);
  const during = await app.snapshot();
  await expectTabCounts(ui, totals(during));
  for (const file of before.files) expect(fileByName(during, file.name).status, `${file.name} is untouched`).toBe(file.status);

  await ui.sourceEntry(name).click();
  await expect(ui.statusBar).toContainText(`· ${name}`);
  await saveScreenshot(app, 'problem-file');
  await ui.allFilesEntry.click();
  await ui.search.fill('socket');
  await expectShown(ui, allRows(during, 'public').filter((row) => matchesSearch(row, 'socket')).length);
  await ui.search.fill('');

  // Deleted: gone, and the counts are what they were.
  await fs.rm(added);
  await expect(ui.sourceEntry(name)).toHaveCount(0);
  await expect(ui.allFilesEntry).toContainText(`of ${before.files.length} files`);
  await expectTabCounts(ui, baseline);
}

export async function watchesAFolderUntilItAppears({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const parent = await corpusFolder();
  const later = path.join(parent.dir, 'not-there-yet');
  await app.openFolder(later);
  const ui = appUi(app.page);
  const problems = ui.sources.getByRole('alert');
  await expect(problems).toContainText(later);
  await expect(app.page.getByText('No doc-table files are open.')).toBeVisible();

  await fs.mkdir(later);
  const name = parent.names[0]!;
  await fs.copyFile(path.join(parent.dir, name), path.join(later, name));
  await expect(ui.sourceEntry(name)).toBeVisible();
  await expect(problems).toHaveCount(0);
  await expectTabCounts(ui, totals(await app.snapshot()));
}
