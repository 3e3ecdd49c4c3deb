#!/usr/bin/env node
'use strict';
// CommonJS, like the bundles it loads: Node starts a CommonJS entry without its ESM loader.
// The build writes one bundle per command (scripts/build.mjs); load only the one this run needs,
// from V8's code cache where the build left one (src/bundle-loader.ts).
const broken = (error) => {
  process.stderr.write(
    `exco could not start: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`,
  );
  process.stderr.write('Reinstall it, or run `npm run build` in its folder.\n');
  process.exitCode = 1;
};

try {
  const { startBundle } = require('../dist/route.cjs');
  startBundle(process.argv)
    .main(process.argv)
    .then((code) => {
      process.exitCode = code;
    }, broken);
} catch (error) {
  broken(error);
}
