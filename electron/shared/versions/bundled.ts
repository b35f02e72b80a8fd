/** The truth builds the app ships (resources/truth/, written by scripts/build-truth.ts), decoded once. */
import raw from '../../../resources/truth/audit-events-truth.json' with { type: 'json' };
import type { TruthData } from '../../core/truth-types.js';
import { truthSets, type TruthSets } from './event-set.js';

let cached: TruthSets | null = null;

export function bundledTruth(): TruthSets {
  cached ??= truthSets(raw as TruthData);
  return cached;
}
