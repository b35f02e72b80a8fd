#!/usr/bin/env node
// Renders build/icon.svg to the PNGs electron-builder packages (build/icon.png and build/icons/NxN.png),
// with Chromium headless. Run again after editing the SVG: node build/render-icons.mjs
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const SIZES = [1024, 512, 256, 128, 64, 32, 16];

const svg = await fs.readFile(path.join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  await fs.mkdir(path.join(here, 'icons'), { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await fs.writeFile(path.join(here, 'icons', `${size}x${size}.png`), png);
    if (size === 512) await fs.writeFile(path.join(here, 'icon.png'), png);
  }
} finally {
  await browser.close();
}
console.log(`Rendered ${SIZES.join(', ')} px icons into ${path.relative(process.cwd(), here) || '.'}`);
