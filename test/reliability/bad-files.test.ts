/**
 * Data files exco cannot use: it stops with exit 3 and one clear error, leaves the file exactly as
 * it was, and `exco data doctor --repair` sets it aside and restores the newest good backup.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { BIN, exco } from '../helpers/cli.js';
import { STACK_FRAME, dataFile, excoOk, readValid, startedHome } from '../helpers/seed.js';

/** A started home that also has a daily backup (taken before the day's first write after start). */
function homeWithBackup(): { home: string; good: string; backup: string } {
  const home = startedHome();
  const good = fs.readFileSync(dataFile(home), 'utf8');
  excoOk(['reflect', '--mood', '3', '--urge', '2', '--note', 'first'], home);
  const [name] = fs.readdirSync(path.join(home, 'backups'));
  return { home, good, backup: path.join(home, 'backups', name ?? 'missing') };
}

const WRITES = [['reflect', '--mood', '3', '--urge', '2', '--note', 'after'], ['status']];

function expectRefused(home: string, check: () => void): void {
  for (const args of WRITES) {
    const result = exco(args, { home });
    expect({ args, code: result.code }).toEqual({ args, code: 3 });
    const [first, ...rest] = result.stderr.trim().split('\n');
    expect(first).toMatch(/^Error: exco cannot (read|use) its data file .*data\.json/);
    expect(rest.join('\n')).toMatch(/exco data doctor|Update exco/);
    expect(result.stderr).not.toMatch(STACK_FRAME);
    check();
  }
}

const CASES: Array<[string, (good: string) => string]> = [
  ['corrupt', (good) => good.replace(/"/g, "'")],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['empty', () => ''],
  ['schema-violating', (good) => JSON.stringify({ ...JSON.parse(good), reflections: 'none' })],
  ['not an object', () => '[1, 2, 3]'],
];

describe('a data file exco cannot use', () => {
  it.each(CASES)('%s: exit 3, untouched, then repaired from the backup', (_, breakIt) => {
    const { home, good, backup } = homeWithBackup();
    const broken = breakIt(fs.readFileSync(dataFile(home), 'utf8'));
    fs.writeFileSync(dataFile(home), broken, { mode: 0o600 });
    expectRefused(home, () => expect(fs.readFileSync(dataFile(home), 'utf8')).toBe(broken));

    const doctor = exco(['data', 'doctor'], { home });
    expect(doctor.code).toBe(3);
    expect(fs.readFileSync(dataFile(home), 'utf8')).toBe(broken);

    const repair = exco(['data', 'doctor', '--repair'], { home });
    expect(repair.code).toBe(0);
    expect(repair.stdout).toMatch(/moved aside to .* \(kept\) and restored daily-/);
    expect(fs.readFileSync(dataFile(home), 'utf8')).toBe(fs.readFileSync(backup, 'utf8'));
    expect(fs.readFileSync(dataFile(home), 'utf8')).toBe(good);
    const aside = fs.readdirSync(home).filter((n) => n.startsWith('data.json.broken-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(home, aside[0] ?? ''), 'utf8')).toBe(broken);
    excoOk(WRITES[0] ?? [], home);
    expect(readValid(home).reflections).toHaveLength(1);
  });

  it('written by a newer exco: exit 3, and --repair never downgrades it', () => {
    const { home } = homeWithBackup();
    const newer = JSON.stringify({ ...readValid(home), schemaVersion: 99 });
    fs.writeFileSync(dataFile(home), newer);
    expectRefused(home, () => expect(fs.readFileSync(dataFile(home), 'utf8')).toBe(newer));
    const repair = exco(['data', 'doctor', '--repair'], { home });
    expect(repair.code).toBe(3);
    expect(repair.stdout).toMatch(/newer exco/);
    expect(fs.readFileSync(dataFile(home), 'utf8')).toBe(newer);
  });

  it('unreadable even for root (a directory where the file should be): exit 3, then repaired', () => {
    const { home, good } = homeWithBackup();
    fs.rmSync(dataFile(home));
    fs.mkdirSync(dataFile(home), { mode: 0o755 });
    fs.writeFileSync(path.join(dataFile(home), 'inside.txt'), 'keep me');
    expectRefused(home, () => expect(fs.statSync(dataFile(home)).isDirectory()).toBe(true));
    const repair = exco(['data', 'doctor', '--repair'], { home });
    expect(repair.code).toBe(0);
    expect(fs.readFileSync(dataFile(home), 'utf8')).toBe(good);
    const [aside] = fs.readdirSync(home).filter((n) => n.startsWith('data.json.broken-'));
    expect(fs.readFileSync(path.join(home, aside ?? '', 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('a directory in place of the file keeps its permissions: exco only narrows files', () => {
    const home = startedHome();
    fs.rmSync(dataFile(home));
    fs.mkdirSync(dataFile(home));
    fs.chmodSync(dataFile(home), 0o755);
    expect(exco(['status'], { home }).code).toBe(3);
    expect(fs.statSync(dataFile(home)).mode & 0o777).toBe(0o755);
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)(
    'a file owned by someone else that the user cannot read or narrow: exit 3, untouched',
    () => {
      const home = startedHome();
      const raw = fs.readFileSync(dataFile(home));
      // The person runs as `nobody`; the file was left by root (say, an earlier `sudo exco`).
      fs.chownSync(home, 65534, 65534);
      for (const mode of [0o600, 0o640]) {
        fs.chmodSync(dataFile(home), mode);
        const result = spawnSync(
          'setpriv',
          ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'status'],
          { encoding: 'utf8', env: { ...process.env, EXCO_HOME: home, NO_COLOR: '1' } },
        );
        expect({ mode: mode.toString(8), code: result.status, stderr: result.stderr }).toEqual({
          mode: mode.toString(8),
          code: 3,
          stderr: expect.stringMatching(
            /^Error: exco cannot (read its data file|make its data private)\b.*\((EACCES|EPERM)\)/,
          ),
        });
        expect(fs.readFileSync(dataFile(home)).equals(raw)).toBe(true);
      }
    },
  );
});
