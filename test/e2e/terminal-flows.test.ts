/** The interactive flows as a person uses them: the built binary in a real terminal (tmux). */
import fs from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { tempDir } from '../helpers/deps.js';
import { dataFile, readValid, startedHome } from '../helpers/seed.js';
import { Tty, requireTmux } from '../helpers/tty.js';

const open: Tty[] = [];
function tty(args: string[], home: string, cols = 100): Tty {
  const t = new Tty(args, { home, cols });
  open.push(t);
  return t;
}

beforeAll(() => requireTmux());
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

describe('exco in a real terminal', () => {
  it('first run: welcome, screening, profile, then the plan; the profile is saved', async () => {
    const home = tempDir();
    const t = tty(['start'], home);
    await t.waitFor('Before you begin');
    await t.confirm('Ready to begin?', true);
    await t.confirm('Have you ever felt afraid of your ex', false);
    await t.confirm('Has your ex threatened you', false);
    await t.confirm('Has your ex ever hit', false);
    await t.confirm('Has your ex followed you', false);
    await t.confirm('Did your ex control', false);
    await t.answer('What should exco call your ex?', 'Sam');
    await t.answer('When did it end?', 'yesterday');
    await t.answer('How long were you together?', 'a year and a half');
    await t.choose('How close were your lives?', 'Committed');
    await t.choose('What ended it, mostly?', 'Communication broke down');
    await t.choose('Who ended it?', 'They ended it');
    const screen = await t.waitFor('Why this long');
    expect(screen).toMatch(/Your no-contact plan: \d+ days, until/);
    expect(await t.exitCode()).toBe(0);
    const data = readValid(home);
    expect(data.profile).toMatchObject({
      exName: 'Sam',
      monthsTogether: 18,
      intensity: 'medium',
      reason: 'communication',
      initiator: 'them',
    });
    expect(data.screening?.flagged).toBe(false);
    expect(data.safety).toBeFalsy();
  }, 60_000);

  it('the hub on a later run: the full dashboard, then done', async () => {
    const home = startedHome();
    const t = tty(['start'], home);
    await t.choose('What would you like to do?', 'See my full dashboard');
    const dashboard = await t.waitFor('Accept what comes');
    expect(dashboard).toMatch(/Step 1 of 7/);
    expect(dashboard).toMatch(/Reconnect gently\s+locked/);
    await t.choose('What would you like to do?', 'Done for now');
    expect(await t.exitCode()).toBe(0);
  }, 60_000);

  it('reflect: a daily check-in typed in the terminal is saved', async () => {
    const home = startedHome();
    const t = tty(['reflect'], home);
    await t.choose('How is your mood today?', '4  Good');
    await t.answer('How strong is the urge', '7');
    await t.answer('Your answer', 'I went quiet when it mattered');
    await t.answer('Anything else on your mind?', 'long day');
    await t.waitFor(/Saved r1 for/);
    expect(await t.exitCode()).toBe(0);
    const [check] = readValid(home).reflections;
    expect(check).toMatchObject({ mood: 4, urge: 7, answer: 'I went quiet when it mattered' });
    expect(check?.note).toBe('long day');
  }, 60_000);

  it('goals: add one from a suggestion, then log it', async () => {
    const home = startedHome();
    const t = tty(['goals'], home);
    await t.choose('What would you like to do?', 'Add a goal');
    await t.choose('Which part of your life?', 'Fitness');
    await t.choose('Start from one of these', 'Go to the gym');
    await t.answer('Your goal, in your words', '');
    await t.choose('How will you keep track?', 'A number of times a week');
    await t.answer('How many times a week?', '');
    await t.waitFor('Added g1.');
    await t.choose('What would you like to do?', 'Log something I did');
    await t.choose('Which goal did you work on?', 'g1');
    await t.answer('When did you do it?', '');
    await t.answer('A note (optional)', 'felt strong');
    await t.waitFor('Your first piece of evidence');
    await t.choose('What would you like to do?', 'Done for now');
    expect(await t.exitCode()).toBe(0);
    const [goal] = readValid(home).goals;
    expect(goal).toMatchObject({
      id: 'g1',
      title: 'Go to the gym',
      perWeek: 3,
      category: 'fitness',
    });
    expect(goal?.logs).toHaveLength(1);
    expect(goal?.logs[0]?.note).toBe('felt strong');
  }, 60_000);

  it('faq: search as you type, read the answer, no more questions', async () => {
    const home = startedHome();
    const t = tty(['faq'], home);
    await t.waitFor('? What is on your mind?');
    t.type('friends');
    await t.waitFor(/^\? What is on your mind\? \(type to search\) friends$/m);
    await t.choose('What is on your mind?', 'Can my ex and I be friends?');
    await t.waitFor('What to do next');
    await t.confirm('Another question?', false);
    expect(await t.exitCode()).toBe(0);
    expect(readValid(home).urges).toEqual([]);
  }, 60_000);

  it('urge: the pause, the breath (skipped with a key), then the urge is logged', async () => {
    const home = startedHome();
    const t = tty(['urge'], home);
    await t.waitFor('Press any key to skip');
    t.press('Space');
    await t.answer('How strong is the urge right now', '7');
    await t.answer('What set it off?', 'saw our song');
    await t.confirm('Are you holding off', true);
    await t.waitFor(/Logged urge u1: intensity 7, held off/);
    expect(await t.exitCode()).toBe(0);
    expect(readValid(home).urges).toMatchObject([
      { id: 'u1', intensity: 7, trigger: 'saw our song', heldOff: true },
    ]);
    expect(fs.existsSync(dataFile(home))).toBe(true);
  }, 60_000);
});
