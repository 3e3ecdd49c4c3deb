/**
 * Whether a standard stream is a terminal, found cheaply: a pipe or a file is told apart by one
 * `fstat`, and node:tty (a few ms to load, with the stream modules it pulls in) is loaded only for
 * a character device, which may be a terminal or /dev/null. Asking `process.stdin.isTTY` instead
 * would set up the whole stream.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

export function isTerminal(fd: number): boolean {
  try {
    if (!fs.fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  // Required, not imported: bundles run where import() is not available (scripts/build.mjs).
  const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return tty.isatty(fd);
}
