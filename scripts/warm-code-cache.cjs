#!/usr/bin/env node
'use strict';
/**
 * Part of the build (scripts/build.mjs): runs one exco command line the way bin/exco.cjs does,
 * then saves V8's code cache of every bundle it loaded (see src/bundle-loader.ts). The build runs
 * a short, everyday session of commands through it against a throw-away data folder.
 *
 *   EXCO_HOME=<temp dir> node scripts/warm-code-cache.cjs <exco arguments...>
 */
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist');
const { startBundle, saveCodeCaches } = require(path.join(dist, 'route.cjs'));
const argv = [
  process.argv[0],
  path.join(__dirname, '..', 'bin', 'exco.cjs'),
  ...process.argv.slice(2),
];

startBundle(argv)
  .main(argv)
  .then((code) => {
    saveCodeCaches();
    process.exitCode = code;
  });
