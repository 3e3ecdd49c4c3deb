// One way for the scripts to run TypeScript sources under Node: bundle an entry file, with all it
// imports, into one ES module at `outfile`.
import { build } from 'esbuild';

/** Bundles `entry` into the ES module `outfile`; `plugins` as esbuild takes them. */
export function bundleForNode(entry, outfile, plugins = []) {
  return build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
    plugins,
  });
}
