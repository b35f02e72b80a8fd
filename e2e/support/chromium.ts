/**
 * How every Playwright run here starts Debian's Chromium (Playwright's own browser downloads cannot reach this
 * machine): one path and one set of switches for the e2e suite, the browser benchmarks and the adapter tests.
 * The switches keep a headless run quiet and offline: no sandbox (containers), no GPU, no background traffic.
 */
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
