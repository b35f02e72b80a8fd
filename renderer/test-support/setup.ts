/**
 * Set-up for every renderer test. testing-library's waitFor/findBy give up after 1 s by default: on a busy two-core
 * machine a render after an awaited host call can take longer than that, and the test then fails for speed, not
 * for a wrong state. They still wait on a state; only the point where they give up is later.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 15_000 });
