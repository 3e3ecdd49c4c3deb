/** Private files: directories 0700, files 0600, whole-file writes by rename. */
import fs from 'node:fs';
import path from 'node:path';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

export function modeOf(file: string): number | null {
  try {
    return fs.statSync(file).mode & 0o777;
  } catch {
    return null;
  }
}

/** Creates the directory if needed and narrows its permissions to the owner. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  if (modeOf(dir) !== DIR_MODE) fs.chmodSync(dir, DIR_MODE);
}

/**
 * Narrows an existing regular file's permissions to the owner. A missing file, or something
 * else in its place (a directory, a link), is left alone: the reader reports it.
 */
export function ensurePrivateFile(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return;
  }
  if (stat.isFile() && (stat.mode & 0o777) !== FILE_MODE) fs.chmodSync(file, FILE_MODE);
}

/**
 * Writes a whole file next to its target and renames it into place, so readers see old or new.
 * Missing folders on the way are created private; an existing folder is left as it is, since it
 * may be the person's own (an export to ~/Documents or /tmp). exco's own folders are narrowed by
 * their owners (`ensurePrivateDir`). `durable: false` skips flushing it to the disk first, for a
 * file whose loss in a crash costs nothing (the note of a checked file).
 */
export function writePrivateFileAtomic(
  file: string,
  contents: string,
  { durable = true }: { durable?: boolean } = {},
): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: DIR_MODE });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = fs.openSync(temp, 'wx', FILE_MODE);
    try {
      fs.writeFileSync(fd, contents);
      if (durable) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

export function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
