// electron-builder: `npm run dist` packages dist/ (built by scripts/build.mjs) for Linux, macOS and Windows.
// Everything the main process needs is bundled into dist/electron/main.js (its parser worker threads, which read
// files and decompress archives too, into dist/electron/parse-worker.cjs) by esbuild, so the package holds no node_modules at all, and no source maps,
// tests or sources.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.doctable.explorer',
  productName: 'DocTable Explorer',
  copyright: 'Copyright © DocTable Explorer team. Bundled documentation tables: © Python Software Foundation (PSF licence).',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'package.json',
    'dist/electron/main.js',
    'dist/electron/parse-worker.cjs',
    'dist/electron/preload.cjs',
    'dist/renderer/**/*',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    '!**/*.test.*',
    '!node_modules/**/*',
  ],
  // Bundled sample tables and truth data, outside app.asar (read at run time from process.resourcesPath).
  extraResources: [
    { from: 'resources/samples', to: 'samples', filter: ['**/*'] },
    { from: 'resources/truth', to: 'truth', filter: ['**/*.json'] },
  ],
  asar: true,
  // Nothing to rebuild (no native modules) and nothing to install: dependencies are bundled.
  npmRebuild: false,
  nodeGypRebuild: false,
  // Production hardening of the Electron binary itself.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // grantFileProtocolExtraPrivileges stays at its default: the page is loaded from file:// and its module
    // scripts need file: to fetch file: (the request filter in electron/main/security.ts confines it to the page's folder).
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Development',
    icon: 'build/icons',
    synopsis: "Explore CPython's audit events table",
    executableName: 'doctable-explorer',
    mimeTypes: ['inode/directory'],
  },
  deb: {
    maintainer: 'DocTable Explorer team <doctable@example.org>',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.developer-tools',
    icon: 'build/icons/1024x1024.png',
    hardenedRuntime: true,
  },
  dmg: { title: '${productName} ${version}' },
  win: {
    target: ['nsis'],
    icon: 'build/icons/256x256.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  publish: null,
};
