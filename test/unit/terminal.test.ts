import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/deps.js';
import { isTerminal } from '../../src/ui/terminal.js';

/** Runs `check` on a descriptor opened from `file`, then closes it. */
function onOpened(file: string, flags: string, check: (fd: number) => void): void {
  const fd = fs.openSync(file, flags);
  try {
    check(fd);
  } finally {
    fs.closeSync(fd);
  }
}

describe('isTerminal', () => {
  it('says no to a file, /dev/null, another character device and a closed descriptor', () => {
    const file = path.join(tempDir(), 'out.txt');
    onOpened(file, 'w', (fd) => expect(isTerminal(fd)).toBe(false));
    // /dev/null is told apart without loading node:tty.
    const noTty = (): never => {
      throw new Error('node:tty loaded for /dev/null');
    };
    onOpened('/dev/null', 'w', (fd) => expect(isTerminal(fd, noTty)).toBe(false));
    onOpened('/dev/zero', 'r', (fd) => expect(isTerminal(fd)).toBe(false));
    expect(isTerminal(987_654)).toBe(false);
  });

  it('says yes to a pseudo-terminal', () => {
    onOpened('/dev/ptmx', 'r+', (fd) => expect(isTerminal(fd)).toBe(true));
  });
});
