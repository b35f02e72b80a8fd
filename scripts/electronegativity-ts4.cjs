// Electronegativity parses sources with @typescript-eslint/typescript-estree, which requires the `typescript` JS API.
// The project's TypeScript 7 has no JS API, so point that one require at the TypeScript 4 that electronegativity
// itself depends on (installed nested under it).
const Module = require('node:module');
const path = require('node:path');

const ts4 = path.join(__dirname, '..', 'node_modules', '@doyensec', 'electronegativity', 'node_modules', 'typescript');
const original = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  if (request === 'typescript' && parent && /[\\/]@typescript-eslint[\\/]|[\\/]@doyensec[\\/]/.test(parent.filename ?? '')) {
    return original.call(this, ts4, parent, ...rest);
  }
  return original.call(this, request, parent, ...rest);
};
