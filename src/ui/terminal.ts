/**
 * Whether a standard stream is a terminal, found cheaply: a pipe or a file is told apart by one
 * `fstat`, and so is /dev/null (the character device scripts and cron send output to), by its
 * device number. node:tty (a few ms to load, with the stream modules it pulls in) is loaded only
 * for any other character device, which may be a terminal. Asking `process.stdin.isTTY` instead
 * would set up the whole stream.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

/** The device number of /dev/null, or null where there is none. */
let devNull: number | null | undefined;

export function isTerminal(fd: number): boolean {
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    if (devNull === undefined) {
      try {
        devNull = fs.statSync('/dev/null').rdev;
      } catch {
        devNull = null;
      }
    }
    if (stat.rdev === devNull) return false;
  } catch {
    return false;
  }
  // Required, not imported: bundles run where import() is not available (scripts/build.mjs).
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}
