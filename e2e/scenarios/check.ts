/**
 * The compare view's Check tab: a Korean build with planted faults (an argument renamed, an event name retyped in
 * full-width letters) and a Japanese catalog with a fuzzy entry that keeps its previous msgid, checked against the
 * English build of the same version; each verdict with its line, and "Show row" bringing the event's row into view.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { saveScreenshot } from '../support/screenshots.js';
import { appUi, escapeRegExp } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the file: ${from}`);
  return text.replace(from, to);
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

export async function checkPanelVerdicts({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  const ko = folder.names.find((name) => name.startsWith('ko_3.9.4_html_'));
  const ja = folder.names.find((name) => name.startsWith('ja_3.11_po_'));
  test.skip(!ko || !ja || !folder.names.some((name) => name.startsWith('en_3.9.4_html_')), 'needs the shared corpus (real/ ko, ja, en 3.9.4)');

  // Plant the faults in the copies (never the corpus itself).
  const koPath = path.join(folder.dir, ko!);
  let koText = await fs.readFile(koPath, 'utf8');
  koText = replaceOnce(koText, '<td><p>os.system</p></td>\n<td><p><code class="docutils literal notranslate"><span class="pre">command</span>', '<td><p>os.system</p></td>\n<td><p><code class="docutils literal notranslate"><span class="pre">cmd</span>');
  koText = replaceOnce(koText, '<td><p>os.walk</p></td>', '<td><p>ｏｓ.ｗａｌｋ</p></td>');
  await fs.writeFile(koPath, koText);
  const jaPath = path.join(folder.dir, ja!);
  const jaText = replaceOnce(
    await fs.readFile(jaPath, 'utf8'),
    '#: ../../library/audit_events.rst:12\nmsgid ""',
    '#: ../../library/audit_events.rst:12\n#, fuzzy\n#| msgid ""\n#| "See :func:`sys.addaudithook` for information on the events."\nmsgid ""',
  );
  await fs.writeFile(jaPath, jaText);

  await app.openFolder(folder.dir);
  const ui = appUi(app.page);
  const page = app.page;
  await ui.viewButton('Compare').click();
  const picker = page.getByRole('group', { name: 'Sources to compare' });
  const pick = (label: string) => picker.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}\\s`) });
  await expect(picker.getByRole('checkbox', { checked: true }).first()).toBeVisible();
  const checked = picker.getByRole('checkbox', { checked: true });
  while ((await checked.count()) > 0) await checked.first().uncheck();
  for (const label of ['en 3.9.4', 'ko 3.9.4', 'ja 3.13']) await pick(label).check();

  const tab = (name: string) => page.getByRole('tablist', { name: 'Compare' }).getByRole('tab', { name });
  await tab('Check').click();
  await expect(tab('Check')).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('combobox', { name: /^Reference/ }).selectOption({ label: 'en 3.9.4' });

  const koCheck = page.getByRole('region', { name: 'Check of ko 3.9.4' });
  await expect(koCheck.getByTestId('check-health')).toHaveText('171 of 173 events ok · 2 problems');
  const renamed = koCheck.locator('details[data-kind="argument-renamed"] li');
  await expect(renamed).toContainText('argument command is named "cmd"');
  await expect(renamed).toHaveAttribute('data-line', String(lineOf(koText, '<td><p>os.system</p></td>')));
  const retyped = koCheck.locator('details[data-kind="translated-identifier"] li');
  await expect(retyped).toContainText('ｏｓ.ｗａｌｋ');
  await expect(retyped).toHaveAttribute('data-line', String(lineOf(koText, 'ｏｓ.ｗａｌｋ')));

  const jaCheck = page.getByRole('region', { name: 'Check of ja 3.13' });
  await expect(jaCheck.getByTestId('check-health')).toContainText('1 fuzzy');
  await expect(jaCheck.locator('details[data-kind="version-mismatch"]')).toContainText('the translation is of 3.13, the reference of 3.9.4');
  const fuzzy = jaCheck.locator('details[data-kind="fuzzy"] li');
  await expect(fuzzy.locator('ins').first()).toHaveText(/and :c:func:`PySys_AddAuditHook`/);
  await expect(fuzzy.locator('del').first()).toHaveText('the');
  await saveScreenshot(app, 'check');
  await expectNoSeriousA11yViolations(page, 'the Check panel (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page, 'the Check panel (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  // "Show row": the Events tab, scrolled to the event (the grid is virtualized: the row is rendered on demand).
  await koCheck.getByRole('button', { name: /^Show the row of os\.system/ }).click();
  await expect(tab('Events')).toHaveAttribute('aria-selected', 'true');
  const row = page.getByRole('region', { name: 'Aligned events, scrollable' }).locator('tr[aria-current="true"]');
  await expect(row).toHaveAttribute('data-event', 'os.system');
  await expect(row).toBeInViewport();
  await expect(row).toContainText('cmd');
}
