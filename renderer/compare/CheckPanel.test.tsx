import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseDocTable } from '../../electron/core/parse';
import type { SourceFile } from '../../electron/shared/library-types';
import { CompareView } from './CompareView';
import type { CompareViewProps } from './types';
import { corpusFile, readCorpusText } from './test-support/corpus';
import { sourceFileFromModel } from './test-support/source-file';

afterEach(cleanup);

function renderView(files: readonly SourceFile[], query = ''): void {
  const props: CompareViewProps = { files, query, split: 'all', registerExport: () => {}, openLink: () => {}, pickerHost: null };
  render(<CompareView {...props} />);
}

async function pick(file: SourceFile): Promise<void> {
  const box = screen.getAllByRole<HTMLInputElement>('checkbox').find((candidate) => candidate.closest('label')?.textContent?.includes(file.name));
  if (!box) throw new Error(`no picker box for ${file.name}`);
  if (!box.checked) await userEvent.setup().click(box);
}

let en: SourceFile; // en 3.9.4 HTML build
let koFaulty: SourceFile; // ko 3.9.4 HTML build with os.system's argument renamed and the os.symlink row dropped
let frPo: SourceFile; // fr catalog of the page, with two fuzzy entries

beforeAll(() => {
  en = corpusFile('real/en_3.9.4_html_');
  let text = readCorpusText('real/ko_3.9.4_html_');
  text = text.replace('<td><p>os.system</p></td>\n<td><p><code class="docutils literal notranslate"><span class="pre">command</span>', (row) =>
    row.replace('>command<', '>cmd<'),
  );
  const symlink = text.indexOf('<tr class="row-odd"><td><p>os.symlink</p></td>');
  text = text.slice(0, symlink) + text.slice(text.indexOf('</tr>', symlink) + '</tr>\n'.length);
  koFaulty = sourceFileFromModel(parseDocTable(text, { path: '/planted/ko_3.9.4_audit_events.html' }), '/planted/ko_3.9.4_audit_events.html');
  frPo = corpusFile('real/fr_3.13_po');
});

describe('the Check panel of the compare view', () => {
  it('gives each source a health line and its problems grouped by kind, against the reference', async () => {
    renderView([en, koFaulty, frPo]);
    await pick(frPo);
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Check' }));

    const ko = screen.getByRole('region', { name: 'Check of ko 3.9.4' });
    expect(within(ko).getByTestId('check-health').textContent).toBe('171 of 173 events ok · 2 problems');
    const groups = [...ko.querySelectorAll('details')].map((group) => group.querySelector('summary')?.textContent);
    expect(groups).toEqual(['Event missing (1)', 'Argument renamed (1)']);
    const renamed = ko.querySelector<HTMLElement>('details[data-kind="argument-renamed"] li')!;
    expect(renamed.textContent).toContain('argument command is named "cmd"');
    expect(renamed.getAttribute('data-line')).toBe(String(koFaulty.model!.tables[0]!.rows.find((row) => row.event === 'os.system')!.line));

    const fr = screen.getByRole('region', { name: 'Check of fr 3.13' });
    expect(within(fr).getByTestId('check-health').textContent).toMatch(/^8 of 8 events ok · \d+ problems · 0 untranslated · 2 fuzzy$/);
    expect(fr.querySelector('details[data-kind="version-mismatch"] li')?.textContent).toMatch(/translation is of 3\.13, the reference of 3\.9\.4/);
    expect(fr.querySelectorAll('details[data-kind="fuzzy"] li')).toHaveLength(2);
    expect(within(fr).getAllByText(/public table is generated at build time/)).toHaveLength(1);
  });

  it('shows a problem\'s row in the Events tab, or says what hides it', async () => {
    // A search that keeps the grid short enough to render every row (the e2e scenario covers the virtualized grid).
    renderView([en, koFaulty], 'os.');
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: /show the row of os\.system/i }));
    expect(screen.getByRole('tab', { name: 'Events' }).getAttribute('aria-selected')).toBe('true');
    const row = screen.getByRole('table', { name: /audit events aligned/i }).querySelector('tr[aria-current="true"]');
    expect(row?.getAttribute('data-event')).toBe('os.system');
    cleanup();

    renderView([en, koFaulty], 'socket');
    await user.click(screen.getByRole('tab', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: /show the row of os\.system/i }));
    expect(screen.getByText(/the row of os\.system is hidden by the search/i)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Check' }).getAttribute('aria-selected')).toBe('true');
  });
});
