/**
 * `exco data doctor`: looks at the data directory, the file, the lock and the backups, says what
 * it found, and with `repair` fixes what can be fixed without losing anything: permissions, a
 * stale lock, and an unreadable file (moved aside, never deleted, then the newest good backup
 * restored).
 */
import fs from 'node:fs';
import {
  DIR_MODE,
  FILE_MODE,
  ensurePrivateDir,
  ensurePrivateFile,
  modeOf,
  readIfExists,
  writePrivateFileAtomic,
} from './files.js';
import { type BackupFile, listBackups } from './backups.js';
import { DocumentProblem, decode } from './document.js';
import { STALE_LOCK_MS, isLocked } from './lock.js';
import { MIGRATIONS, type MigrationSet } from './migrations.js';
import type { DataPaths } from './paths.js';

export type CheckLevel = 'ok' | 'warn' | 'fail';

export interface Check {
  level: CheckLevel;
  message: string;
  /** What --repair did about it, if anything. */
  repaired?: string;
}

export interface DoctorReport {
  checks: Check[];
  healthy: boolean;
}

export interface DoctorOptions {
  repair: boolean;
  now: () => Date;
  migrations?: MigrationSet;
}

const octal = (mode: number) => `0${mode.toString(8)}`;

function fileProblem(raw: string, migrations: MigrationSet): DocumentProblem | null {
  try {
    decode(raw, migrations);
    return null;
  } catch (error) {
    if (error instanceof DocumentProblem) return error;
    throw error;
  }
}

function newestGoodBackup(paths: DataPaths, migrations: MigrationSet): BackupFile | null {
  for (const backup of listBackups(paths)) {
    const raw = readIfExists(backup.path);
    if (raw !== null && fileProblem(raw, migrations) === null) return backup;
  }
  return null;
}

function checkPermissions(paths: DataPaths, repair: boolean, checks: Check[]): void {
  for (const [target, wanted, what] of [
    [paths.dir, DIR_MODE, 'Data directory'],
    [paths.file, FILE_MODE, 'Data file'],
  ] as const) {
    const mode = modeOf(target);
    if (mode === null) continue;
    if (mode === wanted) {
      checks.push({ level: 'ok', message: `${what} permissions are ${octal(mode)} (private)` });
    } else {
      const check: Check = {
        level: 'warn',
        message: `${what} permissions are ${octal(mode)}; they should be ${octal(wanted)}`,
      };
      if (repair) {
        if (target === paths.dir) ensurePrivateDir(target);
        else ensurePrivateFile(target);
        check.repaired = `set to ${octal(wanted)}`;
      }
      checks.push(check);
    }
  }
}

async function checkLock(paths: DataPaths, repair: boolean, checks: Check[]): Promise<void> {
  if (!fs.existsSync(paths.lock)) return;
  if (await isLocked(paths.file, paths.lock)) {
    checks.push({
      level: 'warn',
      message: 'Another exco is writing right now (the lock is fresh)',
    });
    return;
  }
  const check: Check = {
    level: 'warn',
    message: `A stale lock was left behind (older than ${STALE_LOCK_MS / 1000} s); the next write takes it over`,
  };
  if (repair) {
    fs.rmSync(paths.lock, { recursive: true, force: true });
    check.repaired = 'removed';
  }
  checks.push(check);
}

function checkFile(
  paths: DataPaths,
  options: DoctorOptions,
  migrations: MigrationSet,
  checks: Check[],
): void {
  let raw: string | null;
  try {
    raw = readIfExists(paths.file);
  } catch (error) {
    raw = null;
    checks.push({
      level: 'fail',
      message: `The data file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    if (options.repair) restore(paths, options, migrations, checks);
    return;
  }
  if (raw === null) {
    checks.push({ level: 'ok', message: 'No data file yet: run `exco start` to begin' });
    return;
  }
  const problem = fileProblem(raw, migrations);
  if (!problem) {
    checks.push({ level: 'ok', message: `Data file is valid (${paths.file})` });
    return;
  }
  if (problem.kind === 'newer') {
    checks.push({
      level: 'fail',
      message: `Data file: ${problem.message}. Update exco; nothing to repair`,
    });
    return;
  }
  checks.push({ level: 'fail', message: `Data file is unusable: ${problem.message}` });
  if (options.repair) restore(paths, options, migrations, checks);
}

function restore(
  paths: DataPaths,
  options: DoctorOptions,
  migrations: MigrationSet,
  checks: Check[],
): void {
  const backup = newestGoodBackup(paths, migrations);
  const last = checks[checks.length - 1];
  if (!backup || !last) {
    if (last)
      last.repaired =
        'not repaired: there is no good backup to restore; the file was left as it is';
    return;
  }
  const aside = `${paths.file}.broken-${options.now().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(paths.file, aside);
  ensurePrivateFile(aside);
  writePrivateFileAtomic(paths.file, fs.readFileSync(backup.path, 'utf8'));
  last.level = 'warn';
  last.repaired = `moved aside to ${aside} (kept) and restored ${backup.name}`;
}

function checkBackups(paths: DataPaths, migrations: MigrationSet, checks: Check[]): void {
  const backups = listBackups(paths);
  if (backups.length === 0) {
    checks.push({
      level: 'ok',
      message: 'No backups yet (one is taken before the first write of each day)',
    });
    return;
  }
  const good = newestGoodBackup(paths, migrations);
  checks.push(
    good
      ? { level: 'ok', message: `${backups.length} backup(s); newest good one: ${good.name}` }
      : { level: 'warn', message: `${backups.length} backup(s), but none of them is readable` },
  );
}

export async function runDoctor(paths: DataPaths, options: DoctorOptions): Promise<DoctorReport> {
  const migrations = options.migrations ?? MIGRATIONS;
  const checks: Check[] = [];
  if (!fs.existsSync(paths.dir)) {
    checks.push({ level: 'ok', message: `No data directory yet (${paths.dir}): nothing to check` });
    return { checks, healthy: true };
  }
  checkPermissions(paths, options.repair, checks);
  await checkLock(paths, options.repair, checks);
  checkFile(paths, options, migrations, checks);
  checkBackups(paths, migrations, checks);
  return { checks, healthy: checks.every((c) => c.level !== 'fail') };
}
