import { describe, expect, it } from '@jest/globals';
import { runStart, type StartOptions } from '../../src/commands/start.js';
import { runStatus } from '../../src/commands/status.js';
import { ExitCode } from '../../src/errors.js';
import { fixedClock, testDeps, type Answer } from '../helpers/deps.js';

const FLAGS: StartOptions = {
  breakupDate: '2026-11-20',
  monthsTogether: 18,
  intensity: 'medium',
  reason: 'communication',
  initiator: 'them',
  safety: 'no',
  json: false,
};

// Welcome, five screening answers, then the profile.
const firstRun = (screening: boolean[] = [false, false, false, false, false]): Answer[] => [
  true,
  ...screening,
  'Sam',
  '2026-11-20',
  '18',
  'medium',
  'communication',
  'them',
];

describe('exco start, first run', () => {
  it('asks the screening and the profile, saves them, and shows the plan with its reasons', async () => {
    const deps = testDeps({ answers: firstRun() });
    await runStart({ json: false }, deps);
    expect(deps.prompter.remaining()).toBe(0);
    const data = deps.store.read()!;
    expect(data.profile).toMatchObject({
      exName: 'Sam',
      breakupDate: '2026-11-20',
      monthsTogether: 18,
    });
    expect(data.screening).toMatchObject({
      flagged: false,
      answers: { fear: false, control: false },
    });
    expect(data.safety).toBeNull();
    const text = deps.out.text();
    expect(text).toMatch(/No promises/);
    expect(text).toMatch(/Your no-contact plan: 40 days, until Wed 30 Dec 2026/);
    expect(text).toMatch(/\+5 days because they ended it/);
  });

  it('a single yes turns on safety mode and shows resources at once', async () => {
    const deps = testDeps({ answers: firstRun([false, false, false, true, false]) });
    await runStart({ json: false }, deps);
    const data = deps.store.read()!;
    expect(data.safety).toMatchObject({ source: 'screening' });
    expect(data.screening?.answers?.stalking).toBe(true);
    const text = deps.out.text();
    const resources = text.indexOf('Support for your safety');
    expect(resources).toBeGreaterThan(-1);
    expect(resources).toBeLessThan(text.indexOf('About the relationship'));
    expect(text).toMatch(/no contact, for good/);
  });

  it('Ctrl-C half way saves nothing', async () => {
    const deps = testDeps({ answers: [true, false, false, false, false, false, 'Sam', 'cancel'] });
    await expect(runStart({ json: false }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.cancelled,
    });
    expect(deps.store.read()).toBeNull();
  });

  it('rejects a breakup date in the future as a usage error, before saving', async () => {
    const deps = testDeps({ interactive: false, now: fixedClock('2026-11-26T10:00:00') });
    await expect(runStart({ ...FLAGS, breakupDate: '2026-11-27' }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(/future/),
    });
    expect(deps.store.read()).toBeNull();
  });

  it('without a terminal, names every flag that is missing', async () => {
    const deps = testDeps({ interactive: false });
    await expect(runStart({ json: false }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--breakup-date.*--safety/),
    });
    const { safety: _s, initiator: _i, ...partial } = FLAGS;
    await expect(runStart(partial, deps)).rejects.toMatchObject({
      message: expect.stringMatching(/--initiator.*--safety/),
    });
  });

  it('asks only for what the flags leave out, when there is a terminal', async () => {
    const { initiator: _i, ...partial } = FLAGS;
    const deps = testDeps({ answers: ['', 'mutual'] });
    await runStart(partial, deps);
    expect(deps.prompter.asked).toEqual([expect.stringMatching(/call your ex/), 'Who ended it?']);
    expect(deps.store.read()?.profile?.initiator).toBe('mutual');
  });
});

describe('exco start with flags, later', () => {
  it('updates the profile and keeps when it began', async () => {
    const deps = testDeps({ interactive: false });
    await runStart(FLAGS, deps);
    const createdAt = deps.store.read()!.profile!.createdAt;
    await runStart({ exNewPartner: 'yes', json: false }, deps);
    const profile = deps.store.read()!.profile!;
    expect(profile).toMatchObject({ exNewPartner: true, monthsTogether: 18, createdAt });
  });

  it('cannot turn safety mode off', async () => {
    const deps = testDeps({ interactive: false });
    await runStart({ ...FLAGS, safety: 'yes' }, deps);
    await runStart({ ...FLAGS, safety: 'no' }, deps);
    expect(deps.store.read()!.safety).not.toBeNull();
    expect(deps.out.text()).toMatch(/Safety mode stays on/);
  });

  it('without flags and without a terminal, points to exco status', async () => {
    const deps = testDeps({ interactive: false });
    await runStart(FLAGS, deps);
    await expect(runStart({ json: false }, deps)).rejects.toMatchObject({
      hint: expect.stringMatching(/exco status/),
    });
  });
});

describe('the hub', () => {
  it('shows where they stand, runs the chosen flows and comes back until done', async () => {
    const deps = testDeps({ interactive: false });
    await runStart(FLAGS, deps);
    const hub = testDeps({
      dir: deps.dir,
      answers: ['read', 'space', 'contact', 'logistics', '2026-11-25', 'keys', 'status', 'done'],
    });
    await runStart({ json: false }, hub);
    expect(hub.prompter.remaining()).toBe(0);
    const text = hub.out.text();
    expect(text).toMatch(/Step 1 of 7: Give yourselves space/);
    expect(text).toMatch(/How much space is right\?/);
    expect(text).toMatch(/Logged: practical contact/);
    expect(text).toMatch(/Goals +0 active/);
    expect(hub.store.read()!.contacts).toHaveLength(1);
  });

  it('in safety mode, offers no contact-coaching steps to read', async () => {
    const deps = testDeps({ interactive: false });
    await runStart({ ...FLAGS, safety: 'yes' }, deps);
    const hub = testDeps({ dir: deps.dir, answers: ['read', 'reconnect'] });
    await expect(runStart({ json: false }, hub)).rejects.toThrow(/"reconnect" is not offered/);
  });

  it('"my ex is with someone new" turns the focus to acceptance', async () => {
    const deps = testDeps({ interactive: false });
    await runStart(FLAGS, deps);
    const hub = testDeps({ dir: deps.dir, answers: ['changed', 'new-partner', 'done'] });
    await runStart({ json: false }, hub);
    expect(hub.store.read()!.profile!.exNewPartner).toBe(true);
    expect(hub.out.text()).toMatch(/Step 7 of 7/);
  });
});

describe('exco status', () => {
  it('before start: says so, and JSON has started false', () => {
    const deps = testDeps();
    runStatus({ json: true }, deps);
    expect(JSON.parse(deps.out.stdout[0]!)).toMatchObject({
      started: false,
      reflections: { count: 0 },
      safetyMode: false,
    });
    runStatus({ json: false }, deps);
    expect(deps.out.text()).toMatch(/You have not started yet/);
  });

  it('prints the documented JSON shape', async () => {
    const deps = testDeps({ interactive: false });
    await runStart(FLAGS, deps);
    const status = testDeps({ dir: deps.dir });
    runStatus({ json: true }, status);
    const json = JSON.parse(status.out.stdout[0]!);
    expect(json).toMatchObject({
      started: true,
      step: { number: 1, id: 'space', title: expect.any(String) },
      noContact: {
        since: '2026-11-20',
        days: 6,
        targetDays: 40,
        targetDate: '2026-12-30',
        remainingDays: 34,
      },
      safetyMode: false,
      reflections: { count: 0, streak: 0 },
      goals: { active: 0, completed: 0 },
      next: expect.arrayContaining([expect.stringMatching(/day 6 of 40/)]),
    });
    expect(json.steps).toHaveLength(7);
    expect(json.steps[3]).toMatchObject({
      id: 'reconnect',
      state: 'locked',
      reason: expect.any(String),
    });
  });
});
