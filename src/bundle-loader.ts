/**
 * Loads a built bundle (see scripts/build.mjs) the way Node's CommonJS loader would, but with V8's
 * code cache: the build runs each command once and keeps what V8 compiled beside the bundle, in
 * `<bundle>.v8`, so a later start skips compiling most of the code it runs (about 15 ms a run on
 * this project, measured with scripts/bench.mjs).
 *
 * A cache is only a shortcut. It starts with the size and modification time of the exact bundle it
 * was made from, and is used only while the bundle still has them (V8 itself checks little more
 * than the source's length) and V8 accepts it (same V8 version and flags); otherwise, or if it
 * cannot be read, the bundle compiles as usual. The build writes each cache by rename, after an
 * fsync, so a crash leaves the old cache or the new one, never a torn file. The vendored libraries
 * under dist/vendor/ load the same way when a bundle requires them.
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

interface Loaded {
  readonly module: { exports: unknown };
  readonly script: vm.Script;
  readonly file: string;
}

const loaded = new Map<string, Loaded>();

export const cacheFileOf = (file: string): string => `${file}.v8`;

/** "exco-v8", the bundle's size and its modification time in ns: 24 bytes before V8's data. */
const MAGIC = Buffer.from('exco-v8\n');
const HEADER = 24;

function header(file: string): Buffer {
  const stat = fs.statSync(file, { bigint: true });
  const head = Buffer.alloc(HEADER);
  MAGIC.copy(head, 0);
  head.writeBigUInt64LE(stat.size, 8);
  head.writeBigUInt64LE(stat.mtimeNs, 16);
  return head;
}

function readCache(file: string): Buffer | undefined {
  try {
    const cache = fs.readFileSync(cacheFileOf(file));
    if (cache.length <= HEADER || !cache.subarray(0, HEADER).equals(header(file))) return undefined;
    return cache.subarray(HEADER);
  } catch {
    return undefined;
  }
}

/** The `require` a bundle sees: the vendored libraries through this loader, the rest as usual. */
function requireFor(file: string): NodeJS.Require {
  const plain = createRequire(file);
  const required = ((request: string) =>
    request.startsWith('./vendor/')
      ? loadBundle(path.join(path.dirname(file), request))
      : plain(request)) as NodeJS.Require;
  return Object.assign(required, plain);
}

/**
 * From here on, V8 compiles regular expressions straight to machine code rather than first to
 * bytecode that it interprets. The phrase rules of the support and draft checks are long
 * alternations, often in a lookbehind, and interpreting them cost far more than compiling them (a
 * draft check took 140 ms less, a check-in with an everyday note 15-40 ms less). Loading node:v8
 * costs about 4 ms, so only the bundles that need it ask (`startBundle` in route.ts). The flag is
 * part of what a code cache is valid for: it must be set before the bundle loads, in a run and in
 * the build's warm-up alike.
 */
export function compileRegexpsNatively(): void {
  (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(
    '--no-regexp-tier-up',
  );
}

/**
 * The source V8 compiles for the bundle at `file`: its text inside CommonJS's function wrapper.
 * The build writes each bundle this loader loads already wrapped (`wrapBundles` in
 * scripts/build.mjs) and pure ASCII, so it is read as Latin-1, byte for byte, and handed to V8 as
 * it is: decoding it as UTF-8 and wrapping it here made two more copies of a file of up to 0.9 MB
 * (for `faq`, 370 more pages of memory touched and 6 ms a run). A bundle written otherwise is
 * wrapped here.
 */
export function bundleSource(file: string): string {
  const text = fs.readFileSync(file, 'latin1');
  return text.startsWith(WRAPPED) ? text : Module.wrap(fs.readFileSync(file, 'utf8'));
}
/** How CommonJS's wrapper opens: "(function (exports, require, module, __filename, __dirname) { ". */
export const WRAPPED = Module.wrap('').slice(0, Module.wrap('').indexOf('{') + 2);

/** The exports of the bundle at `file`, an absolute path, loaded once per process. */
export function loadBundle(file: string): unknown {
  const known = loaded.get(file);
  if (known !== undefined) return known.module.exports;
  const script = new vm.Script(bundleSource(file), {
    filename: file,
    cachedData: readCache(file),
  });
  const module = { exports: {} as unknown };
  loaded.set(file, { module, script, file });
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(
      module.exports,
      module.exports,
      requireFor(file),
      module,
      file,
      path.dirname(file),
    );
  } catch (error) {
    // Like Node's loader: a bundle that failed to load is not handed out half-loaded later.
    loaded.delete(file);
    throw error;
  }
  return module.exports;
}

/**
 * Writes the code cache of every bundle this process loaded, with all it compiled so far. Only the
 * build calls this (scripts/warm-code-cache.cjs), after running a command.
 */
export function saveCodeCaches(): string[] {
  return [...loaded.values()].map(({ script, file }) => {
    const target = cacheFileOf(file);
    const temp = `${target}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, header(file));
      fs.writeSync(fd, script.createCachedData());
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    return target;
  });
}
