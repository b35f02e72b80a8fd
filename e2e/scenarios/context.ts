/** What every scenario gets: the app on its host, and temp folders of real files to open. */
import type { CorpusFixtures } from '../fixtures/common.js';
import type { AppDriver } from '../support/driver.js';

export interface ScenarioContext extends CorpusFixtures {
  app: AppDriver;
}

export interface Scenario {
  title: string;
  run(context: ScenarioContext): Promise<void>;
}
