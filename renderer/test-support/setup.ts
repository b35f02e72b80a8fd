/**
 * Set-up for every renderer test file. testing-library's waitFor/findBy give up after 1 s by default: on a busy
 * two-core machine a render after an awaited host call can take longer than that, and the test then fails for speed,
 * not for a wrong state. They still wait on a state; only the point where they give up is later.
 *
 * The renderer project runs its files in one DOM per worker (`isolate: false` in vitest.config.ts: building a fresh
 * happy-dom and importing React again per file was over half of its time). So each file starts from what a fresh
 * page has: nothing rendered, empty storage, the address at the root; and whatever a test renders is unmounted
 * after it, whether or not its file calls cleanup itself.
 */
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 15_000 });

cleanup();
document.body.replaceChildren();
localStorage.clear();
sessionStorage.clear();
history.replaceState(null, '', '/');

afterEach(() => {
  cleanup();
});
