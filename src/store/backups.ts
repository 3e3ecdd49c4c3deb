/**
 * Copies of the data file in `backups/`: at most one a day, taken before the day's first write,
 * the last few kept; plus one before every migration or import, which are never pruned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dayOf } from '../core/dates.js';
import type { DataPaths } from './paths.js';
import { ensurePrivateDir, writePrivateFileAtomic } from './files.js';

export const DAILY_BACKUPS_KEPT = 7;
const DAILY = /^daily-(\d{4}-\d{2}-\d{2})\.json$/;

export interface BackupFile {
  name: string;
  path: string;
  mtimeMs: number;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Writes one backup as `name`, in the backups folder narrowed to exco's own first. */
function writeBackup(paths: DataPaths, name: string, raw: string): string {
  const file = path.join(paths.backups, name);
  ensurePrivateDir(paths.backups);
  writePrivateFileAtomic(file, raw);
  return file;
}

const dailyName = (now: Date): string => `daily-${dayOf(now)}.json`;

/** Whether today's backup has been taken, so the day has had its first write. */
export function hasDailyBackup(paths: DataPaths, now: Date): boolean {
  return fs.existsSync(path.join(paths.backups, dailyName(now)));
}

/** Keeps a copy of `raw` as today's backup unless today already has one. Returns the path if written. */
export function backupDaily(paths: DataPaths, raw: string, now: Date): string | null {
  if (hasDailyBackup(paths, now)) return null;
  const file = writeBackup(paths, dailyName(now), raw);
  pruneDaily(paths);
  return file;
}

/** A named backup before a migration or an import; these are not pruned. */
export function backupBefore(paths: DataPaths, reason: string, raw: string, now: Date): string {
  return writeBackup(paths, `${reason}-${stamp(now)}.json`, raw);
}

export function listBackups(paths: DataPaths): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(paths.backups);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const file = path.join(paths.backups, name);
      return { name, path: file, mtimeMs: fs.statSync(file).mtimeMs };
    })
    .sort((a, b) => b.mtimeMs - a.mtimeMs || b.name.localeCompare(a.name));
}

function pruneDaily(paths: DataPaths): void {
  const daily = fs
    .readdirSync(paths.backups)
    .filter((name) => DAILY.test(name))
    .sort()
    .reverse();
  for (const name of daily.slice(DAILY_BACKUPS_KEPT)) {
    fs.rmSync(path.join(paths.backups, name), { force: true });
  }
}
