/**
 * The renderer's one way to its host: the Electron preload bridge when there is one, else the browser
 * host over HTTP with the token from the page's address.
 */
import type { DesktopBridge, DocTableApi } from '../../electron/shared/api';
import { createHttpApi } from './http-adapter';
import { createPreloadApi } from './preload-adapter';

export { HttpApiError, TOKEN_HEADER, createHttpApi } from './http-adapter';
export { createPreloadApi, ipcErrorMessage } from './preload-adapter';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in a browser. */
    doctable?: DesktopBridge;
  }
}

export const TOKEN_STORAGE_KEY = 'doctable.token';

/**
 * The host token: taken from `?token=` (then kept in sessionStorage and removed from the address bar, so
 * it does not end up in bookmarks or screenshots) or, after a reload, from sessionStorage.
 */
export function takeToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && fromUrl !== '') {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}

export function createApi(win: Window = window): DocTableApi {
  if (win.doctable !== undefined) return createPreloadApi(win.doctable);
  const token = takeToken(win.location, win.history, win.sessionStorage) ?? '';
  // The app asks for the snapshot once it has rendered; asking now overlaps the wait with that work.
  return createHttpApi({ baseUrl: win.location.origin, token, prefetchSnapshot: true });
}
