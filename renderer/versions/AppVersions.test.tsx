/**
 * The versions view inside the app, on real files held by the in-memory host: reached beside Table and Compare,
 * its exports saved through the host API (saveFile for JSON and Python), and the table view's exports for code.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { corpusText } from '../test-support/corpus';
import { createMemoryHost } from '../test-support/memoryHost';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.sessionStorage.clear();
});

/**
 * The app writes its view state to the URL hash a moment after a change (history.replaceState), and happy-dom, unlike
 * browsers, then fires a hashchange, which the app answers by reading the state back from the hash. A command sent
 * before that event would be undone by it: wait for the event first.
 */
function hashWritten(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
}

async function start() {
  const host = createMemoryHost('/home/user/docs', {
    'pt-BR.txt': corpusText('seeds', '000_'),
    'zh-tw.html': corpusText('real', 'zh-tw_3.12.4_html_'),
  });
  const user = userEvent.setup();
  render(<App api={host.api} />);
  await screen.findByRole('navigation', { name: 'Sources' });
  return { host, user };
}

describe('the versions view in the app', () => {
  it('is reached beside Table and Compare, shows the open files as columns, and saves its exports through the host', async () => {
    const { host, user } = await start();
    const viewButton = within(screen.getByRole('group', { name: 'View' })).getByRole('button', { name: 'Versions' });
    const written = hashWritten();
    await user.click(viewButton);
    await written;
    expect(viewButton.getAttribute('aria-pressed')).toBe('true');
    const grid = await screen.findByRole('grid', { name: 'Audit events by version' });
    const headers = within(grid).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toContain('zh-TW 3.12.4file');
    expect(headers.filter((label) => label?.startsWith('pt-BR 3.12'))).toHaveLength(1);
    expect(screen.getByTestId('row-counts').textContent).toBe('2 files beside the bundled builds');

    await user.click(within(screen.getByRole('group', { name: 'Export the shown events' })).getByRole('button', { name: 'Python' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]).toMatchObject({ name: 'audit-events-versions.py', kind: 'python' });
    expect(host.saved[0]!.csv).toContain('and the files pt-BR 3.12');
    await waitFor(() => expect(screen.getByText(/^Exported \d+ rows\.$/)).toBeTruthy());

    // Export CSV (toolbar) saves what the view shows, through saveCsv.
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(host.saved).toHaveLength(2));
    expect(host.saved[1]!.name).toBe('audit-events-versions.csv');
    expect(host.saved[1]!.csv.split('\r\n')[0]).toBe('\uFEFFevent,arguments,table,added,removed,note');
  });

  it('the View menu command opens it', async () => {
    const { host } = await start();
    const written = hashWritten();
    host.command('view-versions');
    expect(await screen.findByRole('grid', { name: 'Audit events by version' })).toBeTruthy();
    await written;
    host.command('view-table');
    await waitFor(() => expect(screen.queryByRole('grid', { name: 'Audit events by version' })).toBeNull());
    expect(within(screen.getByRole('group', { name: 'View' })).getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('the table view exports its shown events for code', async () => {
    const { host, user } = await start();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Export the shown events for code' }), 'json');
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]).toMatchObject({ kind: 'json' });
    expect(host.saved[0]!.name).toMatch(/^audit-events-all-files-public\.json$/);
    const events = JSON.parse(host.saved[0]!.csv) as Array<{ event: string; args: string[]; added: string | null }>;
    expect(events).toHaveLength(181);
    expect(events.find((entry) => entry.event === 'ctypes.string_at')).toMatchObject({ args: ['ptr', 'size'], added: '3.8.3' });
  });
});
