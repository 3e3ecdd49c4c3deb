/**
 * Bundles load from V8's code cache when there is a usable one, and as plain source otherwise:
 * a cache is only ever a shortcut, never a different program.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cacheFileOf, loadBundle, saveCodeCaches } from '../../src/bundle-loader.js';
import { tempDir } from '../helpers/deps.js';

function bundleIn(dir: string, name: string, source: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, source);
  return file;
}

const later = (file: string, seconds: number) => {
  const at = new Date(Date.now() + seconds * 1000);
  fs.utimesSync(file, at, at);
};

describe('loadBundle', () => {
  it('runs a CommonJS bundle with its own module, exports, require and file names', () => {
    const dir = tempDir();
    const file = bundleIn(
      dir,
      'a.cjs',
      "exports.name = require('node:path').basename(__filename); exports.dir = __dirname;",
    );
    expect(loadBundle(file)).toEqual({ name: 'a.cjs', dir });
    expect(loadBundle(file)).toBe(loadBundle(file));
  });

  it('loads ./vendor/ requires the same way, once each', () => {
    const dir = tempDir();
    bundleIn(
      dir,
      'vendor/lib.cjs',
      'module.exports = { loaded: (globalThis.__excoLibLoads = (globalThis.__excoLibLoads ?? 0) + 1) };',
    );
    const file = bundleIn(
      dir,
      'b.cjs',
      "module.exports = [require('./vendor/lib.cjs'), require('./vendor/lib.cjs')];",
    );
    const [first, second] = loadBundle(file) as unknown[];
    expect(first).toBe(second);
    expect(first).toEqual({ loaded: 1 });
  });

  it('saves a cache beside each bundle, which a later load can use', () => {
    const dir = tempDir();
    const file = bundleIn(dir, 'c.cjs', 'exports.twice = (n) => n * 2; exports.twice(2);');
    loadBundle(file);
    expect(saveCodeCaches()).toContain(cacheFileOf(file));
    expect(fs.statSync(cacheFileOf(file)).size).toBeGreaterThan(0);
  });

  it('ignores a cache that is not V8 data for this very bundle', () => {
    const dir = tempDir();
    const garbled = bundleIn(dir, 'd.cjs', 'exports.value = 1;');
    fs.writeFileSync(cacheFileOf(garbled), 'not a code cache');
    expect(loadBundle(garbled)).toEqual({ value: 1 });

    // The cache of the code before a rebuild (V8 itself checks little more than the length).
    const before = bundleIn(dir, 'e-before.cjs', 'exports.value = "old";');
    loadBundle(before);
    saveCodeCaches();
    const rebuilt = bundleIn(dir, 'e.cjs', 'exports.value = "new";');
    fs.copyFileSync(cacheFileOf(before), cacheFileOf(rebuilt));
    later(rebuilt, 5);
    expect(loadBundle(rebuilt)).toEqual({ value: 'new' });

    // Edited to the same length and dated back: not the bundle the cache was made from either.
    const edited = bundleIn(dir, 'f.cjs', 'exports.value = "aaa";');
    loadBundle(edited);
    saveCodeCaches();
    const sameLength = bundleIn(dir, 'f2.cjs', 'exports.value = "bbb";');
    fs.copyFileSync(cacheFileOf(edited), cacheFileOf(sameLength));
    later(sameLength, -3600);
    expect(loadBundle(sameLength)).toEqual({ value: 'bbb' });
  });

  it('writes a cache whole, by rename, starting with the bundle it was made from', () => {
    const dir = tempDir();
    const file = bundleIn(dir, 'g.cjs', 'exports.ok = true;');
    loadBundle(file);
    saveCodeCaches();
    expect(fs.readdirSync(dir).sort()).toEqual(['g.cjs', 'g.cjs.v8']);
    const head = fs.readFileSync(cacheFileOf(file)).subarray(0, 24);
    expect(head.subarray(0, 8).toString()).toBe('exco-v8\n');
    expect(head.readBigUInt64LE(8)).toBe(BigInt(fs.statSync(file).size));
  });

  it('does not keep a bundle that failed to load', () => {
    const dir = tempDir();
    const file = bundleIn(dir, 'h.cjs', 'exports.partial = 1; throw new Error("broken");');
    expect(() => loadBundle(file)).toThrow('broken');
    expect(() => loadBundle(file)).toThrow('broken');
  });
});
