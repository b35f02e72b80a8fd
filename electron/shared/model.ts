// The parsed page's model (electron/core/model.ts), as the renderer may see it: the renderer imports from
// electron/shared/ only, and the parser keeps its model beside its readers.
export * from '../core/model.js';
