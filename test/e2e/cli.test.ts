import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { BIN, exco } from '../helpers/cli.js';
import { startedHome } from '../helpers/seed.js';
import { tempDir } from '../helpers/deps.js';
import { sampleData } from '../helpers/data.js';
import { WRAPPED } from '../../src/bundle-loader.js';

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** A fresh data folder holding the sample document, private as exco writes it. */
function homeWithSample(): string {
  const home = tempDir();
  fs.writeFileSync(path.join(home, 'data.json'), JSON.stringify(sampleData()), { mode: 0o600 });
  return home;
}

/** A check-in through the binary, with a script Node runs first (`-r`) to watch it. */
const checkInWith = (hook: string, home: string) =>
  spawnSync(
    process.execPath,
    ['-r', hook, BIN, 'reflect', '--mood', '3', '--urge', '2', '--note', 'a walk'],
    { encoding: 'utf8', env: { ...process.env, EXCO_HOME: home, NO_COLOR: '1' } },
  );

describe('the exco binary', () => {
  it('prints its version', () => {
    const result = exco(['--version'], { home: tempDir() });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('shows help with an example for every command', () => {
    const home = tempDir();
    const root = exco(['--help'], { home });
    expect(root.code).toBe(0);
    const commands = [...root.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
    expect(commands).toContain('data');
    for (const command of commands) {
      const help = exco([command, '--help'], { home });
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Examples?:\n\s+\$ exco /);
    }
  });

  it('a usage error is one line and a hint, exit 2, no stack', () => {
    const result = exco(['data', 'export', '--format', 'xml'], { home: tempDir() });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Allowed choices are json, md/);
    expect(lines[1]).toMatch(/exco data export --help/);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('an unknown command exits 2', () => {
    expect(exco(['flirt'], { home: tempDir() }).code).toBe(2);
  });

  it('a corrupt data file stops with exit 3, names the file and the doctor, and stays as it was', () => {
    const home = tempDir();
    const file = path.join(home, 'data.json');
    fs.writeFileSync(file, '{"schemaVersion": 1,');
    const result = exco(['data', 'export'], { home });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(/exco data doctor/);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1,');
  });

  it('a newer data file is refused with exit 3, not downgraded', () => {
    const home = tempDir();
    const raw = JSON.stringify({ ...sampleData(), schemaVersion: 2 });
    fs.writeFileSync(path.join(home, 'data.json'), raw);
    const result = exco(['data', 'export'], { home });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/newer exco/);
    expect(fs.readFileSync(path.join(home, 'data.json'), 'utf8')).toBe(raw);
  });

  it('--data-dir wins over EXCO_HOME', () => {
    const chosen = tempDir();
    const result = exco(['--data-dir', chosen, 'data', 'path'], { home: tempDir() });
    expect(result.stdout.trim()).toBe(path.join(chosen, 'data.json'));
  });

  it('exports, forgets and imports back through the binary', () => {
    const home = homeWithSample();
    const out = path.join(tempDir(), 'backup.json');
    expect(exco(['data', 'export', '-o', out], { home }).code).toBe(0);
    const forget = exco(['data', 'forget'], { home });
    expect(forget.code).toBe(2);
    expect(forget.stderr).toMatch(/--yes/);
    expect(exco(['data', 'forget', '--yes'], { home }).code).toBe(0);
    expect(fs.existsSync(path.join(home, 'data.json'))).toBe(false);
    expect(exco(['data', 'import', out], { home }).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(home, 'data.json'), 'utf8'))).toEqual(sampleData());
  });

  it('every built bundle runs in strict mode, all of it', () => {
    // The sources are ES modules; a sealed record written to in sloppy mode would be left as it
    // was without an error, and the change would be lost without a word.
    const dist = path.resolve(path.dirname(BIN), '..', 'dist');
    const bundles = [
      ...fs.readdirSync(dist),
      ...fs.readdirSync(path.join(dist, 'vendor')).map((f) => `vendor/${f}`),
    ].filter((f) => f.endsWith('.cjs'));
    expect(bundles).toEqual(expect.arrayContaining(['command-goals.cjs', 'route.cjs']));
    // What the loader loads comes inside CommonJS's wrapper, ready to compile as it lies.
    const opening = (f: string) =>
      ['route.cjs', 'prompts-import.cjs'].includes(f)
        ? "'use strict';\n"
        : `${WRAPPED}'use strict';\n`;
    const sloppy = bundles.filter(
      (f) => !fs.readFileSync(path.join(dist, f), 'latin1').startsWith(opening(f)),
    );
    expect(sloppy).toEqual([]);
  });

  it('the vendored conf hooks no signals and works out no folders of its own', () => {
    // scripts/build.mjs, `confWithoutHooks`: atomically's when-exit and conf's env-paths are
    // stand-ins (exco's writes are synchronous, and exco always gives conf its folder).
    const conf = fs.readFileSync(
      path.resolve(path.dirname(BIN), '..', 'dist', 'vendor', 'conf.cjs'),
      'latin1',
    );
    expect(conf).toContain('writeFileSync');
    expect(conf).not.toMatch(/SIGVTALRM|SIGPOLL|homedir\(\)/);
  });

  it('every bundle the build left a code cache for can use it in a run', () => {
    // A run sets V8's flags before its bundle loads (`startBundle` in route.ts), and a cache made
    // under other flags would be thrown away: every run would compile its bundle afresh. The
    // vendored libraries load in runs of the commands that write, which compile regexps natively.
    const dist = path.resolve(path.dirname(BIN), '..', 'dist');
    const verdictsUnder = (native: boolean): [string, boolean, boolean][] => {
      const check = `
        const fs = require('node:fs'), path = require('node:path'), vm = require('node:vm');
        const route = require(${JSON.stringify(path.join(dist, 'route.cjs'))});
        if (${native}) route.compileRegexpsNatively();
        const dist = ${JSON.stringify(dist)};
        const files = [...fs.readdirSync(dist), ...fs.readdirSync(path.join(dist, 'vendor')).map((f) => 'vendor/' + f)]
          .filter((f) => f.endsWith('.cjs') && fs.existsSync(path.join(dist, f + '.v8')));
        const verdicts = files.map((f) => {
          const file = path.join(dist, f);
          const script = new vm.Script(route.bundleSource(file), {
            filename: file,
            cachedData: fs.readFileSync(file + '.v8').subarray(24),
          });
          const runsNative = f.startsWith('vendor/') || route.nativeRegexps(file);
          return [f, runsNative, script.cachedDataRejected];
        });
        process.stdout.write(JSON.stringify(verdicts));`;
      const result = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as [string, boolean, boolean][];
    };
    const verdicts = [false, true].flatMap((native) =>
      verdictsUnder(native)
        .filter(([, runsNative]) => runsNative === native)
        .map(([file, , isRejected]) => [file, native, isRejected]),
    );
    expect(verdicts.map(([file]) => file)).toEqual(
      expect.arrayContaining([
        'cli.cjs',
        'command-faq.cjs',
        'command-reflect.cjs',
        'vendor/conf.cjs',
      ]),
    );
    expect(verdicts.filter(([, , isRejected]) => isRejected)).toEqual([]);
  });

  it('a check-in loads no file streams, fs/promises or readline for its lock', () => {
    // The lock is given the five calls of node:fs it makes (scripts/build.mjs): a copy of all of
    // node:fs runs its lazy getters, which load these for nothing on every write.
    const home = tempDir();
    const hook = path.join(tempDir(), 'modules.cjs');
    const list = path.join(home, 'modules.txt');
    fs.writeFileSync(
      hook,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`,
    );
    const result = checkInWith(hook, home);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Saved r1 /);
    const loaded = fs.readFileSync(list, 'utf8').split('\n');
    expect(loaded).toEqual(expect.arrayContaining(['NativeModule fs']));
    const extras = ['internal/fs/streams', 'internal/fs/promises', 'internal/readline/interface'];
    expect(loaded.filter((m) => extras.some((e) => m === `NativeModule ${e}`))).toEqual([]);
  });

  it('a check-in reads the data file once, not again through conf', () => {
    // conf reads the whole file twice before it saves; the vendored conf is handed the text exco
    // read under the lock (scripts/build.mjs, `confReadsOnce`). exco itself reads with readSync.
    const home = homeWithSample();
    const hook = path.join(tempDir(), 'reads.cjs');
    const count = path.join(home, 'reads.txt');
    fs.writeFileSync(
      hook,
      `const fs = require('node:fs'); const read = fs.readFileSync; let n = 0;
fs.readFileSync = function (file, ...rest) { if (String(file).endsWith('data.json')) n += 1; return read.call(this, file, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(count)}, String(n)));`,
    );
    const result = checkInWith(hook, home);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Saved r2 /);
    expect(fs.readFileSync(count, 'utf8')).toBe('0');
    const saved = JSON.parse(fs.readFileSync(path.join(home, 'data.json'), 'utf8')) as {
      reflections: { note: string }[];
    };
    expect(saved.reflections.map((r) => r.note)).toEqual(['Hard day.', 'a walk']);
  });

  it('saves with a handler on the signals in place, so Ctrl-C waits for the save', () => {
    // The vendored conf has no exit hooks of its own (scripts/build.mjs, `confWithoutHooks`): the
    // lock's signal-exit, loaded before the lock is taken, must be listening when the data file is
    // renamed into place, or a signal could end the process with its temp file left behind.
    const home = homeWithSample();
    const hook = path.join(tempDir(), 'signals.cjs');
    const seen = path.join(home, 'signals.txt');
    fs.writeFileSync(
      hook,
      `const fs = require('node:fs'); const rename = fs.renameSync; const counts = [];
fs.renameSync = function (from, to) {
  if (String(to).endsWith('data.json')) counts.push(['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s)));
  return rename.call(this, from, to);
};
process.on('exit', () => fs.writeFileSync(${JSON.stringify(seen)}, JSON.stringify(counts)));`,
    );
    const result = checkInWith(hook, home);
    expect(result.stdout).toMatch(/^Saved r2 /);
    const counts = JSON.parse(fs.readFileSync(seen, 'utf8')) as number[][];
    expect(counts).toHaveLength(1);
    expect(counts[0]!.every((n) => n > 0)).toBe(true);
  });

  it('prints no colour codes with NO_COLOR or --no-color', () => {
    const home = homeWithSample();
    for (const args of [
      ['data', 'doctor'],
      ['--no-color', 'data', 'doctor'],
    ]) {
      const result = exco(args, {
        home,
        env: { FORCE_COLOR: '1', NO_COLOR: args[0] === '--no-color' ? '' : '1' },
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('✓');
      expect(result.stdout).not.toContain('\u001b[');
    }
  });

  it('ends quietly when the reader of its output has gone (`exco … | head`)', async () => {
    const home = startedHome({ goal: true });
    const closedEarly = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          env: { ...process.env, EXCO_HOME: home, NO_COLOR: '1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.destroy();
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    for (const args of [
      ['data', 'export'],
      ['reflect', 'list', '--json'],
      ['status'],
      ['--help'],
    ]) {
      const result = await closedEarly(args);
      expect({ args, ...result }).toEqual({ args, code: 0, stderr: '' });
    }
    // A command that writes still does its work: the check-in is saved, resources or not.
    const notes = ['walked after work', 'everyone would be better off without me'];
    for (const note of notes) {
      const result = await closedEarly(['reflect', '--mood', '2', '--urge', '3', '--note', note]);
      expect({ note, code: result.code }).toEqual({ note, code: 0 });
    }
    const saved = JSON.parse(fs.readFileSync(path.join(home, 'data.json'), 'utf8')) as {
      reflections: { note: string }[];
    };
    expect(saved.reflections.map((r) => r.note)).toEqual(expect.arrayContaining(notes));
  });
});
