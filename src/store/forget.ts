/** `exco data forget`: removes everything exco wrote in its data directory. */
import fs from 'node:fs';
import path from 'node:path';
import type { DataPaths } from './paths.js';

/** Deletes the data file, its backups, set-aside copies and lock. Returns what was removed. */
export function forgetAll(paths: DataPaths): string[] {
  if (!fs.existsSync(paths.dir)) return [];
  const ours = (name: string) => name === 'data.json' || name.startsWith('data.json.');
  const removed: string[] = [];
  for (const name of fs.readdirSync(paths.dir)) {
    const target = path.join(paths.dir, name);
    if (ours(name) || target === paths.backups) {
      fs.rmSync(target, { recursive: true, force: true });
      removed.push(target);
    }
  }
  // The directory goes too when nothing else lives in it (it may be a folder the person chose).
  if (fs.readdirSync(paths.dir).length === 0) fs.rmdirSync(paths.dir);
  return removed;
}
