/**
 * Loads a built bundle (see scripts/build.mjs) the way Node's CommonJS loader would, but with V8's
 * code cache: the build runs each command once and keeps what V8 compiled beside the bundle, in
 * `<bundle>.v8`, so a later start skips compiling most of the code it runs (about 15 ms a run on
 * this project, measured with scripts/bench.mjs).
 *
 * A cache is only a shortcut. It is used when it is at least as new as its bundle and V8 accepts it
 * (same V8 version and flags); otherwise, or if it cannot be read, the bundle compiles as usual.
 * The vendored libraries under dist/vendor/ load the same way when a bundle requires them.
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

function readCache(file: string): Buffer | undefined {
  try {
    const cache = cacheFileOf(file);
    if (fs.statSync(cache).mtimeMs < fs.statSync(file).mtimeMs) return undefined;
    return fs.readFileSync(cache);
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

/** The exports of the bundle at `file`, an absolute path, loaded once per process. */
export function loadBundle(file: string): unknown {
  const known = loaded.get(file);
  if (known !== undefined) return known.module.exports;
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {
    filename: file,
    cachedData: readCache(file),
  });
  const module = { exports: {} as unknown };
  loaded.set(file, { module, script, file });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, requireFor(file), module, file, path.dirname(file));
  return module.exports;
}

/**
 * Writes the code cache of every bundle this process loaded, with all it compiled so far. Only the
 * build calls this (scripts/warm-code-cache.cjs), after running a command.
 */
export function saveCodeCaches(): string[] {
  return [...loaded.values()].map(({ script, file }) => {
    fs.writeFileSync(cacheFileOf(file), script.createCachedData());
    return cacheFileOf(file);
  });
}
