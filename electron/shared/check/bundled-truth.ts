/** The bundled truth data (electron/core/truth.ts: pure, no Node) as the check's version history. */
import { truth } from '../../core/truth.js';
import type { VersionHistory } from './types.js';

export function bundledHistory(): VersionHistory {
  return truth();
}
