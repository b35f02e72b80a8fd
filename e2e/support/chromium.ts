/**
 * How every Playwright run here starts Debian's Chromium (Playwright's own browser downloads cannot reach this
 * machine): one path and one set of switches for the e2e suite, the browser benchmarks and the adapter tests.
 * The switches keep a headless run quiet and offline: no sandbox (containers), no GPU, no background traffic.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The window size of every run: what a person sees on a laptop screen. */
export const VIEWPORT = { width: 1360, height: 860 } as const;

/**
 * Why a browser test cannot run here (no Chromium at CHROMIUM_PATH), for its skip message; null when it can.
 * `npm test` installs Chromium first where it may (root with apt-get), so this is a machine without it and without
 * the means to install it.
 */
export function chromiumMissingReason(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  return `no Chromium at ${CHROMIUM_PATH} (npm test installs it as root with apt-get; else: sudo apt-get install chromium)`;
}
