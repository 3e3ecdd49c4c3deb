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

/** node:tty, loaded when it is needed (a parameter so a test can see when that is). */
const loadTty = (): typeof import('node:tty') =>
  // Required, not imported: bundles run where a dynamic import is not available (build.mjs).
  createRequire(import.meta.url)('node:tty') as typeof import('node:tty');

export function isTerminal(fd: number, tty: () => typeof import('node:tty') = loadTty): boolean {
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
  return tty().isatty(fd);
}
