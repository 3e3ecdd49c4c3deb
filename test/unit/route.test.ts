/** Which bundle a command line runs in (src/route.ts): a light one only where it is certain. */
import { describe, expect, it } from '@jest/globals';
import { bundleNames } from '../../src/route.js';

describe('bundleNames', () => {
  it('names the command, after any global options', () => {
    expect(bundleNames(['status', '--json'])).toEqual(['status']);
    expect(bundleNames(['--data-dir', '/tmp/x', '--no-color', 'faq', 'list'])).toEqual(['faq']);
  });

  it('tries the light bundle first for a read-only subcommand right after its command', () => {
    expect(bundleNames(['reflect', 'list', '--json'])).toEqual(['reflect-history', 'reflect']);
    expect(bundleNames(['--data-dir', 'd', 'reflect', 'show', 'r1'])).toEqual([
      'reflect-history',
      'reflect',
    ]);
  });

  it('never sends a check-in to the light bundle, even with a note that reads "list"', () => {
    expect(bundleNames(['reflect', '--note', 'list', '--mood', '3'])).toEqual(['reflect']);
    expect(bundleNames(['reflect', '--mistakes'])).toEqual(['reflect']);
    expect(bundleNames(['reflect'])).toEqual(['reflect']);
  });

  it('names none for help, the version or no command', () => {
    expect(bundleNames([])).toEqual([]);
    expect(bundleNames(['--help', 'reflect'])).toEqual([]);
    expect(bundleNames(['-V'])).toEqual([]);
    expect(bundleNames(['--data-dir', 'x'])).toEqual([]);
  });
});
