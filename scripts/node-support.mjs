/**
 * Which Node runs what. The command line and the browser host (`doctable serve`) run on Node >= 20.19 (package.json
 * engines). The desktop app needs Electron 45's binary, and Electron 45's installer (the `electron` package, which
 * downloads the binary on first use) requires Node >= 22.12.
 */
export const DESKTOP_MIN_NODE = '22.12.0';

/** a < b for dotted versions ("20.19.0" < "22.12.0"). */
export function isOlder(a, b) {
  const [x, y] = [a, b].map((v) => v.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0));
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
}

/** What to upgrade for the desktop app on this Node, in one line; null when this Node can install Electron. */
export function desktopNodeProblem(version = process.versions.node) {
  if (!isOlder(version, DESKTOP_MIN_NODE)) return null;
  return (
    `the desktop app needs Node >= ${DESKTOP_MIN_NODE} to install Electron 45, and this is Node ${version}: ` +
    `upgrade Node (e.g. \`nvm install 22\`) for the desktop app; the browser version and \`doctable\` run on this Node`
  );
}
