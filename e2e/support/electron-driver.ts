/**
 * The desktop host: the built Electron app (dist/electron/main.js, launched as `electron <repo>` so it finds its
 * samples as in development). Native dialogs cannot be clicked by a test, so the main process' `dialog` and
 * `shell` are replaced (electronApp.evaluate) by stand-ins that answer with a temp path and record what the app
 * asked to open; everything else goes through the real preload bridge and IPC.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, type ElectronApplication, type Page } from '@playwright/test';
import type { LibrarySnapshot } from '../../electron/shared/library-types.js';
import type { AppDriver, ExportedFile } from './driver.js';
import { SCREENSHOT_SIZE } from './screenshots.js';
import { appUi, escapeRegExp } from './ui.js';

/** What the stand-ins keep in the main process, under globalThis.__doctableE2e. */
interface StandInState {
  opened: string[];
  openPaths: string[] | null;
  savePath: string | null;
  suggestedNames: string[];
}

type MainGlobal = typeof globalThis & { __doctableE2e: StandInState };

/** Replaces the native dialogs and shell.openExternal in the main process (dialogs.ts and main.ts look them up per call). */
async function installStandIns(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ dialog, shell }) => {
    const state: StandInState = { opened: [], openPaths: null, savePath: null, suggestedNames: [] };
    (globalThis as MainGlobal).__doctableE2e = state;
    shell.openExternal = async (url: string) => {
      state.opened.push(url);
    };
    dialog.showOpenDialog = (async () => ({
      canceled: state.openPaths === null,
      filePaths: state.openPaths ?? [],
    })) as unknown as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args[args.length - 1] as { defaultPath?: string };
      state.suggestedNames.push(options.defaultPath ?? '');
      return { canceled: state.savePath === null, filePath: state.savePath ?? '' };
    }) as unknown as typeof dialog.showSaveDialog;
  }, undefined);
}

export class ElectronDriver implements AppDriver {
  readonly kind = 'electron';
  readonly typedPathDialog = false;
  private exports = 0;

  constructor(
    readonly app: ElectronApplication,
    readonly page: Page,
    private readonly exportDir: string,
  ) {}

  /** Stand-ins in place, the window at the screenshots' size, the events grid shown. */
  async ready(): Promise<void> {
    await installStandIns(this.app);
    await this.app.evaluate(({ BrowserWindow }, size) => {
      BrowserWindow.getAllWindows()[0]?.setContentSize(size.width, size.height);
    }, SCREENSHOT_SIZE);
    await expect(appUi(this.page).grid).toBeVisible();
  }

  async openFolder(dir: string, { keyboard = false } = {}): Promise<void> {
    await this.app.evaluate((_electron, paths) => {
      (globalThis as MainGlobal).__doctableE2e.openPaths = paths;
    }, [dir]);
    const ui = appUi(this.page);
    if (keyboard) await this.page.keyboard.press('Control+O');
    else await ui.openFolderButton.click();
    await expect.poll(async () => (await this.snapshot()).roots, { message: 'the app opened the folder' }).toContain(dir);
    await expect(ui.samplesBadge).toBeHidden();
  }

  snapshot(): Promise<LibrarySnapshot> {
    return this.page.evaluate(() =>
      (globalThis as unknown as { doctable: { getSnapshot(): Promise<LibrarySnapshot> } }).doctable.getSnapshot(),
    );
  }

  async captureExport(trigger: () => Promise<void>): Promise<ExportedFile> {
    this.exports += 1;
    const savePath = path.join(this.exportDir, `export-${this.exports}.csv`);
    await this.app.evaluate((_electron, target) => {
      (globalThis as MainGlobal).__doctableE2e.savePath = target;
    }, savePath);
    await trigger();
    // The app reports where it saved once the file is written.
    await expect(appUi(this.page).statusBar).toContainText(new RegExp(`Exported \\d+ rows to ${escapeRegExp(savePath)}`));
    const suggested = await this.app.evaluate(() => (globalThis as MainGlobal).__doctableE2e.suggestedNames.at(-1) ?? '');
    return { fileName: path.basename(suggested), text: await fs.readFile(savePath, 'utf8') };
  }

  async captureExternalOpen(trigger: () => Promise<void>): Promise<string> {
    await this.app.evaluate(() => {
      (globalThis as MainGlobal).__doctableE2e.opened = [];
    });
    await trigger();
    let opened: string[] = [];
    await expect
      .poll(async () => {
        opened = await this.app.evaluate(() => (globalThis as MainGlobal).__doctableE2e.opened);
        return opened.length;
      }, { message: 'the app asked the shell to open a link' })
      .toBe(1);
    return opened[0]!;
  }
}
