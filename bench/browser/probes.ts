/**
 * Scripts run inside the page. They are plain JavaScript source, not functions: the benchmarks run under tsx,
 * whose compiled functions call a helper (__name) that does not exist in the page.
 *
 * "Painted" times are taken the way input-latency tools approximate the next paint without a GPU trace: a
 * requestAnimationFrame callback runs just before the frame is rendered, and a task posted from it runs once that
 * frame's rendering work is done. The task is a user-blocking `scheduler.postTask`: a MessageChannel message
 * waits behind every task already queued (the snapshot reader's slices, timers), and Chromium traces showed it
 * arriving 100–250 ms after the frame's Paint at 100,000 rows. Posted this way it runs within a few ms of it.
 */

/** The page's first data row (a header row and a filter row come before it). */
const FIRST_ROW = '[role="grid"] [role="row"][aria-rowindex="3"]';

const AFTER_NEXT_PAINT = `
  const afterNextPaint = (callback) => requestAnimationFrame(() => {
    // (Chromium has scheduler.postTask since 94; the MessageChannel is the fallback for other engines.)
    if (typeof scheduler !== 'undefined' && typeof scheduler.postTask === 'function') {
      scheduler.postTask(() => callback(performance.now()), { priority: 'user-blocking' });
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  });`;

/**
 * Installed before the page's own scripts (addInitScript): when the first grid row enters the DOM, and the end
 * of the frame that paints it, in ms since navigation start (performance.now()'s origin).
 */
export const FIRST_TABLE_PROBE = `(() => {
  ${AFTER_NEXT_PAINT}
  const result = { rowInDom: null, rowPainted: null, wholeParsedPainted: null };
  window.__benchFirstTable = result;
  // The frame after the adapter has parsed the whole snapshot (its last mark): with a streamed snapshot the first
  // row is painted before that, and the whole table follows.
  const marks = new PerformanceObserver((list) => {
    if (list.getEntriesByName('doctable:snapshot-parsed').length === 0) return;
    marks.disconnect();
    afterNextPaint((time) => { result.wholeParsedPainted = time; });
  });
  marks.observe({ type: 'mark' });
  const observer = new MutationObserver(() => {
    if (result.rowInDom !== null || !document.querySelector(${JSON.stringify(FIRST_ROW)})) return;
    result.rowInDom = performance.now();
    observer.disconnect();
    afterNextPaint((time) => { result.rowPainted = time; });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** What the first-table probe and the browser's own timings say about one page load, in ms since navigation start. */
export const FIRST_TABLE_READING = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const snapshot = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === '/api/snapshot');
  return {
    snapshotRequested: snapshot ? snapshot.startTime : null,
    snapshotFirstByte: snapshot ? snapshot.responseStart : null,
    snapshotLastByte: snapshot ? snapshot.responseEnd : null,
    snapshotTransferBytes: snapshot ? snapshot.encodedBodySize : null,
    // The HTTP adapter's marks (renderer/api/http-adapter.ts): its body read and decoded, then parsed.
    snapshotDecoded: (performance.getEntriesByName('doctable:snapshot-received')[0] || {}).startTime ?? null,
    snapshotParsed: (performance.getEntriesByName('doctable:snapshot-parsed')[0] || {}).startTime ?? null,
    // A streamed snapshot's first file parsed (a build without streaming has no such mark).
    snapshotFirstFile: (performance.getEntriesByName('doctable:snapshot-first-file')[0] || {}).startTime ?? null,
    // The whole library on screen: the later of the first row's frame and the frame after the whole snapshot was parsed.
    wholePainted: window.__benchFirstTable.wholeParsedPainted === null ? null
      : Math.max(window.__benchFirstTable.rowPainted, window.__benchFirstTable.wholeParsedPainted),
    rowInDom: window.__benchFirstTable.rowInDom,
    rowPainted: window.__benchFirstTable.rowPainted,
    responseEnd: nav ? nav.responseEnd : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    firstContentfulPaint: fcp ? fcp.startTime : null,
  };
})()`;

/**
 * Watches for an element matching a selector whose text is exactly the given text. arm() starts watching (and
 * returns at once); seen() resolves with the wall-clock times (epoch ms) of its arrival in the DOM and of the end
 * of the frame that painted it.
 */
export const APPEARANCE_PROBE = `(() => {
  ${AFTER_NEXT_PAINT}
  const epoch = (time) => performance.timeOrigin + time;
  let pending = null;
  window.__benchAppearance = {
    arm(selector, text) {
      const present = () => [...document.querySelectorAll(selector)].some((element) => element.textContent === text);
      if (present()) throw new Error('already shown before the write: ' + text);
      let resolve;
      const done = new Promise((r) => { resolve = r; });
      const observer = new MutationObserver(() => {
        if (!present()) return;
        observer.disconnect();
        const inDom = performance.now();
        afterNextPaint((painted) => resolve({ inDom: epoch(inDom), painted: epoch(painted) }));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      pending = done;
    },
    seen() {
      return pending;
    },
  };
})()`;

/**
 * Per keystroke: from the key event's timestamp to the start of the next frame (the input handled and React's
 * render done: the filter runs synchronously in the input's change handler) and to the end of that frame, with
 * the status bar's count once it is painted.
 */
export const KEYSTROKE_PROBE = `(() => {
  ${AFTER_NEXT_PAINT}
  const samples = [];
  window.__benchKeys = samples;
  addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => samples.push({
        key: event.key,
        toFrameStart: frameStart - start,
        toPainted: performance.now() - start,
        counts: document.querySelector('[data-testid="row-counts"]')?.textContent ?? '',
      });
      channel.port2.postMessage(null);
    });
  }, { capture: true });
})()`;

/**
 * Scrolls the grid from the page's own animation frames (a steady fling of \`step\` px per frame, or a jump to a
 * random place each frame, as dragging the scrollbar does) and records the time between frames. Resolves with
 * the frame intervals and a check that the rows in view are the ones the scroll position calls for.
 */
export function scrollProbe(mode: 'steady' | 'jump', frames: number, step: number): string {
  return `new Promise((resolve, reject) => {
    const grid = document.querySelector('[role="grid"]');
    const bodyRow = grid && grid.querySelector('[role="row"][aria-rowindex]:not([aria-rowindex="1"]):not([aria-rowindex="2"])');
    if (!bodyRow) return reject(new Error('no grid rows'));
    const rowHeight = bodyRow.getBoundingClientRect().height;
    grid.scrollTop = 0;
    let seed = 578;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const intervals = [];
    let last = null;
    let frame = 0;
    const tick = (now) => {
      if (last !== null) intervals.push(now - last);
      last = now;
      if (frame++ >= ${frames}) {
        const rows = [...grid.querySelectorAll('[role="row"][aria-rowindex]')]
          .map((row) => Number(row.getAttribute('aria-rowindex')))
          .filter((index) => index > 2);
        const expectedFirst = Math.floor(grid.scrollTop / rowHeight) + 3;
        resolve({
          intervals,
          scrollTop: grid.scrollTop,
          scrollHeight: grid.scrollHeight,
          rendered: rows.length,
          inView: rows.length > 0 && Math.min(...rows) <= expectedFirst && expectedFirst <= Math.max(...rows),
        });
        return;
      }
      if (${JSON.stringify(mode)} === 'steady') grid.scrollTop += ${step};
      else grid.scrollTop = Math.floor(random() * (grid.scrollHeight - grid.clientHeight));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`;
}

/** Frame intervals with nothing happening: the floor the scroll figures are to be read against. */
export function idleFramesProbe(frames: number): string {
  return `new Promise((resolve) => {
    const intervals = [];
    let last = null;
    const tick = (now) => {
      if (last !== null) intervals.push(now - last);
      last = now;
      if (intervals.length >= ${frames}) resolve(intervals);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`;
}
