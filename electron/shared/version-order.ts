// How CPython versions sort (electron/core/version-order.ts), for the renderer's compare view.
export * from '../core/version-order.js';
