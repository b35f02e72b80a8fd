/**
 * The browser host: the renderer served by `doctable serve` (startServeHost, the same code as the CLI) and
 * driven in Debian's Chromium. A folder is opened through the typed-path dialog; an export is a browser
 * download; an opened link is a new tab (docs.python.org, or the host's local-file endpoint).
 */
import fs from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import type { LibrarySnapshot } from '../../electron/shared/library-types.js';
import type { ServeHost } from '../../electron/serve/index.js';
import type { AppDriver, ExportedFile } from './driver.js';
import { appUi } from './ui.js';

const TOKEN_HEADER = 'X-DocTable-Token';

async function hostCall<T>(host: ServeHost, method: 'GET' | 'POST', endpoint: string, body?: unknown): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${host.port}${endpoint}`, {
    method,
    headers: { [TOKEN_HEADER]: host.token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${endpoint}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Back to the state of a host started without folders (the bundled samples), between tests sharing a host. */
export async function resetHost(host: ServeHost): Promise<LibrarySnapshot> {
  return hostCall<LibrarySnapshot>(host, 'POST', '/api/samples', {});
}

export class ServeDriver implements AppDriver {
  readonly kind = 'browser';
  readonly typedPathDialog = true;

  constructor(
    readonly page: Page,
    private readonly host: ServeHost,
  ) {}

  /** Opens the address `doctable serve` prints (token included) and waits for the events grid. */
  async load(): Promise<void> {
    await this.page.goto(this.host.url);
    await expect(appUi(this.page).grid).toBeVisible();
  }

  async openFolder(dir: string, { keyboard = false } = {}): Promise<void> {
    const ui = appUi(this.page);
    if (keyboard) await this.page.keyboard.press('Control+O');
    else await ui.openFolderButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'Open folder' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByLabel('Path of a folder on this machine');
    await expect(input).toBeFocused();
    if (keyboard) await this.page.keyboard.type(dir);
    else await input.fill(dir);
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(ui.samplesBadge).toBeHidden();
  }

  snapshot(): Promise<LibrarySnapshot> {
    return hostCall<LibrarySnapshot>(this.host, 'GET', '/api/snapshot');
  }

  async captureExport(trigger: () => Promise<void>): Promise<ExportedFile> {
    const downloaded = this.page.waitForEvent('download');
    await trigger();
    const download = await downloaded;
    const file = await download.path();
    return { fileName: download.suggestedFilename(), text: await fs.readFile(file, 'utf8') };
  }

  async captureExternalOpen(trigger: () => Promise<void>): Promise<string> {
    const opened = this.page.context().waitForEvent('page');
    await trigger();
    const tab = await opened;
    await tab.waitForURL((url) => url.protocol !== 'about:');
    const url = new URL(tab.url());
    let target = url.href;
    if (url.origin === `http://127.0.0.1:${this.host.port}`) {
      // A local page goes through the host, which serves only files inside an opened folder.
      expect(url.pathname, 'a local file opens through the host').toBe('/api/local-file');
      target = url.searchParams.get('url') ?? '';
      await expect(tab.locator('body')).not.toBeEmpty();
      await expect(tab.locator('body'), 'the host served the file, not an error').not.toContainText('"error"');
    }
    await tab.close();
    return target;
  }
}
