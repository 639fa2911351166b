// electron-builder configuration (`npm run dist`). The app ships only what runs: the bundled main,
// preload, renderer and import parse worker, and better-sqlite3 (the one runtime dependency, a native module). The
// Electron-ABI build of better-sqlite3 lives in native/electron (see docs/ARCHITECTURE.md), so
// electron-builder must not rebuild node_modules in place: that would break the Node build that
// tests and the CLI use.
module.exports = {
  appId: 'app.instinctworkbook.desktop',
  productName: 'Instinct Workbook',
  executableName: 'instinct-workbook',
  copyright: 'Copyright © 2026 Instinct Workbook',
  directories: { output: 'release', buildResources: 'build/resources' },
  files: [
    'package.json',
    'dist/main/**',
    'dist/preload/**',
    'dist/renderer/**',
    'dist/workers/**',
    'native/electron/**',
    '!**/*.map',
    '!native/.rebuild/**',
    // better-sqlite3's sources and build intermediates: only its compiled module runs.
    '!node_modules/better-sqlite3/{deps,src}/**',
    '!node_modules/better-sqlite3/build/{deps,Release/obj,Release/.deps,Release/obj.target}/**',
    '!node_modules/better-sqlite3/build/Release/test_extension.node',
  ],
  // The import's parse worker runs as a worker thread from a plain file: Electron can start
  // workers inside app.asar too, but a self-contained script beside it needs nothing of asar.
  asarUnpack: ['**/*.node', 'dist/workers/**'],
  npmRebuild: false,
  fileAssociations: [
    {
      ext: 'iwb',
      name: 'Instinct Workbook',
      description: 'Instinct Workbook file',
      mimeType: 'application/x-instinct-workbook',
      role: 'Editor',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Instinct Workbook <team@instinctworkbook.app>',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0'] },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.finance' },
};
