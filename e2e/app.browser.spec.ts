/** The scenarios in Debian's Chromium against the `doctable serve` host (one host per worker). */
import { test } from './fixtures/browser.js';
import { SCENARIO_GROUPS } from './scenarios/index.js';

for (const [group, scenarios] of Object.entries(SCENARIO_GROUPS)) {
  test.describe(group, () => {
    for (const scenario of scenarios) {
      test(scenario.title, async ({ app, corpusFolder }) => scenario.run({ app, corpusFolder }));
    }
  });
}
