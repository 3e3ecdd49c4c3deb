/** What goes wrong at a real terminal: Ctrl-C mid-flow, colour settings, a narrow window. */
import fs from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { tempDir } from '../helpers/deps.js';
import { dataFile, startedHome } from '../helpers/seed.js';
import { Tty, type TtyOptions, requireTmux } from '../helpers/tty.js';

const open: Tty[] = [];
function tty(args: string[], options: TtyOptions): Tty {
  const t = new Tty(args, options);
  open.push(t);
  return t;
}

beforeAll(() => requireTmux());
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

const ESC = '\u001b[';

describe('Ctrl-C in the middle of a flow', () => {
  it('start: exit 130, a quiet message, and no data file', async () => {
    const home = tempDir();
    const t = tty(['start'], { home });
    await t.confirm('Ready to begin?', true);
    await t.confirm('Have you ever felt afraid of your ex', false);
    await t.waitFor('? Has your ex threatened you');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    const screen = t.screen({ join: true });
    expect(screen).toContain('Nothing was saved');
    expect(screen).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(dataFile(home))).toBe(false);
  }, 60_000);

  it('start: Ctrl-C on the last profile question still saves nothing', async () => {
    const home = tempDir();
    const t = tty(['start'], { home });
    await t.confirm('Ready to begin?', true);
    for (const q of ['Have you ever', 'Has your ex threatened', 'Has your ex ever hit']) {
      await t.confirm(q, false);
    }
    await t.confirm('Has your ex followed you', false);
    await t.confirm('Did your ex control', false);
    await t.answer('What should exco call your ex?', '');
    await t.answer('When did it end?', '');
    await t.answer('How long were you together?', '6');
    await t.choose('How close were your lives?', 'Casual or new');
    await t.choose('What ended it, mostly?', 'We grew apart');
    await t.waitFor('? Who ended it?');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(fs.existsSync(dataFile(home))).toBe(false);
  }, 60_000);

  it('reflect: exit 130 after the mood is picked, and the data file is byte for byte the same', async () => {
    const home = startedHome();
    const before = fs.readFileSync(dataFile(home));
    const t = tty(['reflect'], { home });
    await t.choose('How is your mood today?', '2  Low');
    await t.waitFor('? How strong is the urge');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(fs.readFileSync(dataFile(home)).equals(before)).toBe(true);
  }, 60_000);
});

describe('colour', () => {
  it('NO_COLOR=1: no escape sequence anywhere on the screen, menus included', async () => {
    const home = startedHome();
    const t = tty(['start'], { home, env: { NO_COLOR: '1' } });
    await t.choose('What would you like to do?', 'See my full dashboard');
    await t.waitFor('Accept what comes');
    await t.waitFor(/^❯/m);
    const screen = t.screen({ escapes: true });
    expect(screen).toContain('Step 1 of 7');
    expect(screen).not.toContain(ESC);
    await t.choose('What would you like to do?', 'Done for now');
    expect(await t.exitCode()).toBe(0);
  }, 60_000);

  it('a colour terminal without NO_COLOR does get colour (so the test above can fail)', async () => {
    const home = startedHome();
    const t = tty(['start'], { home, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    await t.choose('What would you like to do?', 'See my full dashboard');
    await t.waitFor('Accept what comes');
    expect(t.screen({ escapes: true })).toContain(ESC);
    await t.choose('What would you like to do?', 'Done for now');
    expect(await t.exitCode()).toBe(0);
  }, 60_000);
});

describe('a narrow, 60-column terminal', () => {
  it('status: no printed line is wider than the terminal, and the dashboard reads the same', async () => {
    const home = startedHome({ goal: true });
    const t = tty(['status'], { home, cols: 60, rows: 80 });
    expect(await t.exitCode()).toBe(0);
    // Joined, a line longer than 60 is one the terminal had to wrap: exco printed it too wide.
    const lines = t.screen({ join: true }).split('\n');
    const wide = lines.filter((line) => Array.from(line).length > 60);
    expect(wide).toEqual([]);
    const screen = lines.join('\n');
    for (const part of ['Step 1 of 7', 'No contact', 'Reconnect gently', 'Goals', 'Next']) {
      expect(screen).toContain(part);
    }
    expect(screen).toMatch(/day 30 of \d+/);
  }, 60_000);
});
