/**
 * DocTableApi over the Electron preload bridge (`window.doctable`). The bridge already speaks the API; this
 * gives the renderer a plain object of its own and clean error messages.
 */
import type { DesktopBridge, DocTableApi } from '../../electron/shared/api';
import { errorMessage } from '../../electron/shared/error-message';

/** "Error invoking remote method 'library:open-paths': InvalidInputError: bad input" → "bad input". */
export function ipcErrorMessage(error: unknown): string {
  const message = errorMessage(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

function unwrap<A extends unknown[], R>(method: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await method(...args);
    } catch (error) {
      throw new Error(ipcErrorMessage(error), { cause: error });
    }
  };
}

export function createPreloadApi(bridge: DesktopBridge): DocTableApi {
  // The bridge's functions are contextBridge proxies: they need no `this` and can be passed on as they are.
  const getSnapshot = unwrap(bridge.getSnapshot);
  return {
    hostInfo: unwrap(bridge.hostInfo),
    // IPC hands the snapshot over in one piece: no partials, and no callback sent across the bridge.
    getSnapshot: () => getSnapshot(),
    openPaths: unwrap(bridge.openPaths),
    openDialog: unwrap(bridge.openDialog),
    openSamples: unwrap(bridge.openSamples),
    reload: unwrap(bridge.reload),
    saveCsv: unwrap(bridge.saveCsv),
    saveFile: unwrap(bridge.saveFile),
    // The main process allow-lists the URL (docs.python.org, or a documentation file inside an open root).
    openExternal: unwrap(bridge.openExternal),
    resolveLocalRef: unwrap(bridge.resolveLocalRef),
    listFolder: unwrap(bridge.listFolder),
    onChange: bridge.onChange,
    onCommand: bridge.onCommand,
    pathsForFiles: bridge.pathsForFiles,
  };
}
