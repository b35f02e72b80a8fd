// Types for scripts/build-freshness.mjs.
export declare function staleness(output: string, dirs: readonly string[], files: readonly string[], root?: string, pattern?: RegExp): string | null;
export declare function cliBundleStaleness(root?: string, bundle?: string): string | null;
export declare function rendererStaleness(root?: string): string | null;
export declare function ensureCliBundle(root?: string): Promise<void>;
