/** The same scenarios in the Electron app, where an Electron binary exists. */
import { NO_ELECTRON_MESSAGE, electronBinary, test } from './fixtures/electron.js';
import { SCENARIO_GROUPS } from './scenarios/index.js';

test.skip(electronBinary.path === null, NO_ELECTRON_MESSAGE);

for (const [group, scenarios] of Object.entries(SCENARIO_GROUPS)) {
  test.describe(group, () => {
    for (const scenario of scenarios) {
      test(scenario.title, async ({ app, corpusFolder }) => scenario.run({ app, corpusFolder }));
    }
  });
}
