/** The browser host: the programmatic server (tests, e2e) and the `doctable serve` command. */
export { DEFAULT_SERVE_TIMEOUTS, startServeHost, type ServeHost, type ServeHostOptions, type ServeTimeouts } from './host.js';
export { runServeCommand, parseServeArgs, SERVE_USAGE, DEFAULT_PORT } from './cli.js';
