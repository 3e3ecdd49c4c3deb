import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runDataDoctor, runExport, runForget, runImport } from '../../src/commands/data.js';
import type { ExportEnvelope } from '../../src/core/export.js';
import { ExitCode } from '../../src/errors.js';
import { listBackups } from '../../src/store/backups.js';
import { sampleData } from '../helpers/data.js';
import { tempDir, testDeps } from '../helpers/deps.js';

async function seeded(options: Parameters<typeof testDeps>[0] = {}) {
  const deps = testDeps(options);
  await deps.store.replace(sampleData(), 'test');
  return deps;
}

function exportTo(
  deps: Awaited<ReturnType<typeof seeded>>,
  format: 'json' | 'md',
  redact: boolean,
) {
  const file = path.join(tempDir(), `export.${format}`);
  runExport({ format, redact, output: file, force: false }, deps);
  return file;
}

describe('data export', () => {
  it('writes a private JSON envelope with the whole document', async () => {
    const deps = await seeded();
    const file = exportTo(deps, 'json', false);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const env = JSON.parse(fs.readFileSync(file, 'utf8')) as ExportEnvelope;
    expect(env.format).toBe('exco-export');
    expect(env.redacted).toBe(false);
    expect(env.data).toEqual(sampleData());
  });

  it('--redact leaves out the ex’s name and every piece of free text', async () => {
    const deps = await seeded();
    for (const format of ['json', 'md'] as const) {
      const text = fs.readFileSync(exportTo(deps, format, true), 'utf8');
      for (const secret of [
        'Sam',
        'texted',
        'went quiet',
        'Hard day',
        'shut down',
        'say what I feel',
        'Alex',
        'our song',
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(text).toContain('medium');
    }
  });

  it('Markdown carries the person’s words when not redacted', async () => {
    const deps = await seeded();
    const md = fs.readFileSync(exportTo(deps, 'md', false), 'utf8');
    expect(md).toMatch(/^# exco export/);
    expect(md).toContain('I went quiet when things got hard.');
    expect(md).toContain('Call Alex every Sunday');
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const deps = await seeded();
    const file = exportTo(deps, 'json', false);
    expect(() =>
      runExport({ format: 'json', redact: false, output: file, force: false }, deps),
    ).toThrow(/already exists/);
    runExport({ format: 'json', redact: false, output: file, force: true }, deps);
  });

  it('leaves the folder it exports into as it was, and creates a missing one private', async () => {
    const deps = await seeded();
    const shared = tempDir();
    fs.chmodSync(shared, 0o755);
    const missing = path.join(shared, 'new', 'folder');
    runExport(
      { format: 'json', redact: false, output: path.join(shared, 'a.json'), force: false },
      deps,
    );
    runExport(
      { format: 'json', redact: false, output: path.join(missing, 'b.json'), force: false },
      deps,
    );
    expect(fs.statSync(shared).mode & 0o777).toBe(0o755);
    expect(fs.statSync(missing).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(shared, 'a.json')).mode & 0o777).toBe(0o600);
  });

  it('says there is nothing to export before any data exists', () => {
    expect(() => runExport({ format: 'json', redact: false, force: false }, testDeps())).toThrow(
      /nothing to export/,
    );
  });
});

describe('data import', () => {
  it('round-trips an export into a fresh data dir', async () => {
    const file = exportTo(await seeded(), 'json', false);
    const fresh = testDeps();
    await runImport(file, { yes: false }, fresh);
    expect(fresh.store.read()).toEqual(sampleData());
  });

  it('backs up the current data before replacing it', async () => {
    const file = exportTo(await seeded(), 'json', false);
    const deps = testDeps();
    await deps.store.update((d) => void (d.settings.dayStartHour = 2));
    await runImport(file, { yes: true }, deps);
    const backup = listBackups(deps.store.paths).find((b) => b.name.startsWith('pre-import'));
    expect(backup).toBeDefined();
    expect(JSON.parse(fs.readFileSync(backup!.path, 'utf8')).settings.dayStartHour).toBe(2);
  });

  it('asks before replacing existing data, and keeps it when told no', async () => {
    const file = exportTo(await seeded(), 'json', false);
    const deps = testDeps({ answers: [false] });
    await deps.store.update((d) => void (d.settings.dayStartHour = 2));
    await runImport(file, { yes: false }, deps);
    expect(deps.prompter.asked[0]).toMatch(/Replace your current exco data/);
    expect(deps.store.read()?.settings.dayStartHour).toBe(2);
  });

  it('without a terminal, existing data is only replaced with --yes', async () => {
    const file = exportTo(await seeded(), 'json', false);
    const deps = testDeps({ interactive: false });
    await deps.store.update(() => undefined);
    await expect(runImport(file, { yes: false }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
    });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', 'hello', /not valid JSON/],
    ['a redacted export', '', /redacted/],
    [
      'a schema violation',
      JSON.stringify({ ...sampleData(), goals: [{ id: 'g1' }] }),
      /does not match/,
    ],
    ['a newer schema', JSON.stringify({ ...sampleData(), schemaVersion: 42 }), /newer exco/],
  ];

  it.each(bad)('refuses %s with exit 3 and leaves current data alone', async (_, contents, why) => {
    const deps = await seeded();
    let file = path.join(tempDir(), 'in.json');
    if (contents === '') file = exportTo(deps, 'json', true);
    else fs.writeFileSync(file, contents);
    const before = fs.readFileSync(deps.store.paths.file, 'utf8');
    await expect(runImport(file, { yes: true }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.data,
      message: expect.stringMatching(why),
    });
    expect(fs.readFileSync(deps.store.paths.file, 'utf8')).toBe(before);
  });

  it('names a missing file as a usage error', async () => {
    await expect(
      runImport('/nonexistent/file.json', { yes: true }, testDeps()),
    ).rejects.toMatchObject({ exitCode: ExitCode.usage });
  });
});

describe('data doctor', () => {
  it('reports a healthy store and exits 0', async () => {
    const deps = await seeded();
    await runDataDoctor({ repair: false, json: false }, deps);
    expect(deps.out.text()).toMatch(/✓ Data file is valid/);
  });

  it('repairs a corrupt file from the newest good backup and keeps the broken one', async () => {
    let clock = new Date('2026-11-25T10:00:00');
    const deps = testDeps({ now: () => clock });
    await deps.store.replace(sampleData(), 'test');
    clock = new Date('2026-11-26T10:00:00');
    await deps.store.update((d) => void (d.settings.dayStartHour = 2)); // takes today's backup
    fs.writeFileSync(deps.store.paths.file, '{"schemaVersion": 1, "trunc');
    await expect(runDataDoctor({ repair: false, json: false }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.data,
    });
    await runDataDoctor({ repair: true, json: false }, deps);
    expect(deps.store.read()).toEqual(sampleData());
    const broken = fs.readdirSync(deps.dir).filter((n) => n.startsWith('data.json.broken-'));
    expect(broken).toHaveLength(1);
    expect(fs.readFileSync(path.join(deps.dir, broken[0]!), 'utf8')).toContain('trunc');
    expect(deps.out.text()).toMatch(/restored daily-2026-11-26\.json/);
  });

  it('leaves a broken file in place when there is no good backup', async () => {
    const deps = testDeps();
    fs.mkdirSync(deps.dir, { recursive: true });
    fs.writeFileSync(deps.store.paths.file, 'garbage');
    await expect(runDataDoctor({ repair: true, json: false }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.data,
    });
    expect(fs.readFileSync(deps.store.paths.file, 'utf8')).toBe('garbage');
    expect(deps.out.text()).toMatch(/no good backup/);
  });

  it('never "repairs" a file from a newer exco', async () => {
    const deps = await seeded();
    await deps.store.update((d) => void (d.settings.dayStartHour = 2));
    const newer = JSON.stringify({ ...sampleData(), schemaVersion: 9 });
    fs.writeFileSync(deps.store.paths.file, newer);
    await expect(runDataDoctor({ repair: true, json: false }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.data,
    });
    expect(fs.readFileSync(deps.store.paths.file, 'utf8')).toBe(newer);
  });

  it('fixes loose permissions and removes a stale lock', async () => {
    const deps = await seeded();
    fs.chmodSync(deps.store.paths.file, 0o644);
    fs.mkdirSync(deps.store.paths.lock);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(deps.store.paths.lock, old, old);
    await runDataDoctor({ repair: true, json: false }, deps);
    expect(fs.statSync(deps.store.paths.file).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(deps.store.paths.lock)).toBe(false);
  });
});

describe('data forget', () => {
  it('deletes the data and backups after the typed confirmation', async () => {
    const deps = await seeded({ answers: ['forget'] });
    await deps.store.update((d) => void (d.settings.dayStartHour = 1));
    await runForget({ yes: false }, deps);
    expect(fs.existsSync(deps.dir)).toBe(false);
    expect(deps.store.read()).toBeNull();
  });

  it('keeps everything when the confirmation is not typed', async () => {
    const deps = await seeded({ answers: ['no'] });
    await runForget({ yes: false }, deps);
    expect(deps.store.read()).not.toBeNull();
  });

  it('leaves files that are not exco’s in a folder the person chose', async () => {
    const deps = await seeded();
    fs.writeFileSync(path.join(deps.dir, 'notes.txt'), 'mine');
    await runForget({ yes: true }, deps);
    expect(fs.readdirSync(deps.dir)).toEqual(['notes.txt']);
  });

  it('needs --yes without a terminal', async () => {
    const deps = await seeded({ interactive: false });
    await expect(runForget({ yes: false }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--yes/),
    });
    expect(deps.store.read()).not.toBeNull();
  });
});
