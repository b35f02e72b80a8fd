/**
 * Electron entry point: one instance, one hardened window, the library behind IPC, native menus and dialogs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, ipcMain, screen, session, shell } from 'electron';
import { z } from 'zod';
import { createLibrary } from '../library/index.js';
import type { HostInfo } from '../shared/api.js';
import type { LibraryChange } from '../shared/library-types.js';
import { AUDIT_EVENTS_DOCS_URL } from '../shared/web-policy.js';
import { chooseOpenPaths, chooseSavePath } from './dialogs.js';
import { createIpcDispatcher, createIpcHandlers, registerIpc, sendToRenderer } from './ipc.js';
import { pathListSchema } from '../api/schemas.js';
import { appLocations } from './locations.js';
import { buildMenuTemplate } from './menu.js';
import { withRecentPaths } from './recent-paths.js';
import { hardenSession, hardenWebContents, isTrustedSenderUrl, type TrustedPage } from './security.js';
import { STATE_FILE_NAME, loadState, saveState, type AppState } from './state.js';
import { pathArgsFromArgv, resolveUserPaths } from '../api/user-paths.js';
import { createMainWindow, windowStateOf } from './windows.js';

const locations = appLocations({
  isPackaged: app.isPackaged,
  mainDir: path.dirname(fileURLToPath(import.meta.url)),
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
  devServerUrl: process.env.DOCTABLE_DEV_SERVER_URL,
});
const page: TrustedPage = { pageUrl: locations.pageUrl, devServerOrigin: locations.devServerOrigin };

function commandLinePaths(argv: readonly string[], cwd: string): string[] {
  return resolveUserPaths(pathArgsFromArgv(argv, { packaged: app.isPackaged }), { cwd, home: os.homedir() });
}

const launchPaths = commandLinePaths(process.argv, process.cwd());
// The second instance hands its (already absolute) paths over as additionalData, which Chromium leaves
// intact, unlike argv, which it may reorder.
const secondInstanceData = z.object({ paths: pathListSchema });

if (!app.requestSingleInstanceLock({ paths: launchPaths })) {
  app.quit();
} else {
  app.enableSandbox();
  void run();
}

async function run(): Promise<void> {
  // Paths arrive from a second instance and (macOS) files dropped on the Dock icon, possibly while the
  // library is still starting: keep them until it is up.
  const pendingOpens: string[] = [];
  let openNow: ((paths: string[]) => void) | null = null;
  const openWhenReady = (paths: string[]): void => {
    if (openNow === null) pendingOpens.push(...paths);
    else openNow(paths);
  };
  let focusWindow = (): void => undefined;
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openWhenReady([filePath]);
  });
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const handedOver = secondInstanceData.safeParse(additionalData);
    const paths = handedOver.success ? handedOver.data.paths : commandLinePaths(argv, workingDirectory);
    focusWindow();
    if (paths.length > 0) openWhenReady(paths);
  });

  await app.whenReady();
  const stateFile = path.join(app.getPath('userData'), STATE_FILE_NAME);
  const state: AppState = await loadState(stateFile);
  const library = createLibrary({ samplesDir: locations.samplesDir });
  let window: BrowserWindow | null = null;

  const rememberedPaths = state.lastPaths.filter((p) => fs.existsSync(p));
  const firstPaths = [...launchPaths, ...pendingOpens.splice(0)];
  const ready = library.open(firstPaths.length > 0 ? firstPaths : rememberedPaths);
  ready.catch((error: unknown) => console.error('could not open', error));

  // Set once the menu exists: a new open changes File → Open Recent.
  let installMenu = (): void => undefined;
  const persist = (): void => {
    const snapshot = library.snapshot();
    state.lastPaths = snapshot.samples ? [] : snapshot.roots;
    const recent = snapshot.samples ? (state.recentPaths ?? []) : withRecentPaths(state.recentPaths ?? [], snapshot.roots);
    if (recent.join('\n') !== (state.recentPaths ?? []).join('\n')) {
      state.recentPaths = recent;
      for (const root of snapshot.roots) app.addRecentDocument(root);
      installMenu();
    }
    if (window !== null && !window.isDestroyed()) state.window = windowStateOf(window);
    saveState(stateFile, state).catch((error: unknown) => console.error('could not save state', error));
  };
  openNow = (paths: string[]): void => {
    void ready.then(() => library.open(paths)).then(persist, (error: unknown) => console.error('could not open', error));
  };
  if (pendingOpens.length > 0) openNow(pendingOpens.splice(0));

  // Every caller passes a URL classifyLink allowed (docs.python.org, or a file ipc.ts checked against the open
  // roots) or the constant docs page from the Help menu.
  const openWebUrl = async (url: string): Promise<void> => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  const hostInfo: HostInfo = { kind: 'electron', appVersion: app.getVersion(), platform: process.platform, nativeDialogs: true };
  const handlers = createIpcHandlers({
    library,
    ready,
    hostInfo,
    chooseOpenPaths: (kind) => chooseOpenPaths(window, kind),
    chooseSavePath: (name, kind) => chooseSavePath(window, name, kind),
    openWebUrl,
    openLocalFile: openWebUrl,
    home: app.getPath('home'),
  });
  registerIpc(ipcMain, createIpcDispatcher(handlers, (url) => isTrustedSenderUrl(url, page)));

  hardenSession(session.defaultSession, page);
  // Any webContents that ever appears (there should be none besides the window's) gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, page, (url) => void openWebUrl(url)));

  library.subscribe((change: LibraryChange) => {
    if (window !== null && !window.isDestroyed()) sendToRenderer(window.webContents, 'library:changed', change);
    if (change.reset !== undefined) persist();
  });

  const createWindow = (): BrowserWindow => {
    const created = createMainWindow({ BrowserWindow, screen }, {
      title: app.getName(),
      state: state.window,
      preloadPath: locations.preloadPath,
      page,
      pageFile: locations.pageFile,
      iconPath: locations.iconPath,
      openWebLink: (url) => void openWebUrl(url),
    });
    created.on('close', persist);
    created.on('closed', () => {
      window = null;
    });
    return created;
  };

  installMenu = (): void => {
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.getName(),
      isPackaged: app.isPackaged,
      send: (command) => {
        if (window !== null && !window.isDestroyed()) sendToRenderer(window.webContents, 'app:command', command);
      },
      openSamples: () => void library.openSamples().then(persist),
      openDocs: () => void openWebUrl(AUDIT_EVENTS_DOCS_URL),
      recentPaths: state.recentPaths ?? [],
      openRecent: (recent) => openNow([recent]),
      clearRecent: () => {
        state.recentPaths = [];
        app.clearRecentDocuments();
        persist();
        installMenu();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  installMenu();

  focusWindow = (): void => {
    if (window === null) window = createWindow();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  app.on('activate', () => {
    if (window === null) window = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    void library.close().finally(() => app.quit());
  });

  window = createWindow();
}
