#!/usr/bin/env node
'use strict';
// CommonJS, like the bundles it loads: Node starts a CommonJS entry without its ESM loader.
// The build writes one bundle per command (scripts/build.mjs); load only the one this run needs.
const { bundleFor } = require('../dist/route.cjs');

require(bundleFor(process.argv))
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
