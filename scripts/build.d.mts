// Types for scripts/build.mjs, for TypeScript callers (the packaging test).
export declare const PROJECT_ROOT: string;
/** esbuild: electron/main/main.ts → OUTDIR/main.js (ESM), the parser worker → OUTDIR/parse-worker.cjs, electron/preload/preload.ts → OUTDIR/preload.cjs. */
export declare function buildElectron(root?: string, outdir?: string): Promise<string>;
/** vite build of the renderer into outDir (default dist/renderer). */
export declare function buildRendererBundle(root?: string, outDir?: string): Promise<string>;
export declare function buildAll(options?: { electron?: boolean; renderer?: boolean; cli?: boolean; root?: string }): Promise<void>;
/** esbuild: electron/cli/main.ts (+ the serve host, split into its own chunk) → OUTDIR/main.js (ESM), the parser worker → OUTDIR/parse-worker.cjs. */
export declare function buildCli(root?: string, outdir?: string): Promise<string>;
