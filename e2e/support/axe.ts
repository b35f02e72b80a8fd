/**
 * Accessibility check of what the page shows now: no serious or critical axe-core violation.
 *
 * Fast enough to run at every state of a scenario, on a busy machine too:
 * - axe-core is put into the page once (per document) and run there, instead of AxeBuilder's way of injecting
 *   it again on every check and merging frame results in an extra blank page (this app has no frames);
 * - only violations come back: passes and inapplicable results name every node checked (thousands in the table);
 * - a check scans what changed: `include` names the parts the last step changed (CSS selectors), and `colorsOnly`
 *   runs only the rules a color scheme can change (structure, names and roles are the same in every scheme).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const BLOCKING = new Set(['serious', 'critical']);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colors. */
const COLOR_RULES = ['color-contrast', 'link-in-text-block'];

// The axe-core that @axe-core/playwright itself uses.
const requireFromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(requireFromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

export interface A11yScan {
  /** Scan only these parts of the page (CSS selectors): what the last step changed. Default: the whole page. */
  include?: readonly string[];
  /** Only the rules colors decide (contrast), for a color scheme whose structure was checked already. */
  colorsOnly?: boolean;
}

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function runAxe(page: Page, scan: A11yScan): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const runOnly = scan.colorsOnly ? { type: 'rule', values: COLOR_RULES } : { type: 'tag', values: TAGS };
  return page.evaluate(
    async ({ include, runOnly }) => {
      const { axe } = globalThis as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };
      };
      const context = include.length > 0 ? { include: include.map((selector) => [selector]) } : { exclude: [] };
      const results = await axe.run(context, { runOnly, resultTypes: ['violations'] });
      return results.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      }));
    },
    { include: [...(scan.include ?? [])], runOnly },
  );
}

export async function expectNoSeriousA11yViolations(page: Page, view: string, scan: A11yScan = {}): Promise<void> {
  const violations = await runAxe(page, scan);
  if (scan.include) {
    // A selector that matches nothing would make a check that checks nothing.
    for (const selector of scan.include) expect(await page.locator(selector).count(), `${view}: ${selector} is on the page`).toBeGreaterThan(0);
  }
  const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
  const report = blocking.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n'),
  );
  expect(report, `axe: serious/critical violations in ${view}`).toEqual([]);
}
