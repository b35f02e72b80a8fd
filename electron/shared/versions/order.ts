/**
 * Version order for the renderer's versions view: the same semantics as the parser's (PEP 440 style: "3.10" after
 * "3.9", pre-releases before their release, "3.8.7+" after 3.8.7), re-exported here because the renderer imports
 * only from electron/shared/.
 */
export { compareVersions, minorOf, parseVersion, type ParsedVersion } from '../../core/version-order.js';
