import { describe, expect, it } from '@jest/globals';
import { runUrge, type UrgeOptions } from '../../src/commands/urge.js';
import { emptyData } from '../../src/core/model.js';
import { logUrge, ownWords, suggestInstead } from '../../src/core/urge.js';
import { stepById } from '../../src/content/steps.js';
import { ExitCode } from '../../src/errors.js';
import type { Pause } from '../../src/ui/breathing.js';
import { sampleData } from '../helpers/data.js';
import { fixedClock, testDeps, type TestDeps } from '../helpers/deps.js';
import { startWith } from '../helpers/started.js';

/** A pause that never waits; `skipAt` presses a key on that wait. */
function fakePause(skipAt?: number): Pause & { frames: string[]; ended: number } {
  let waits = 0;
  const pause = {
    frames: [] as string[],
    ended: 0,
    show: (text: string) => void pause.frames.push(text),
    wait: async () => {
      waits += 1;
      return skipAt !== undefined && waits >= skipAt;
    },
    end: () => void (pause.ended += 1),
  };
  return pause;
}

// 18 months, committed, communication, they ended it: a 40-day window. The clock is 26 Nov.
const startedDeps = (
  options: Parameters<typeof testDeps>[0] = {},
  safety: 'yes' | 'no' = 'no',
): Promise<TestDeps> =>
  startWith(options, {
    breakupDate: '2026-11-03',
    monthsTogether: 18,
    intensity: 'medium',
    reason: 'communication',
    initiator: 'them',
    safety,
  });

const log = (deps: TestDeps, opts: Partial<UrgeOptions>, pause = fakePause()) =>
  runUrge({ json: false, ...opts }, deps, pause);

describe('urge records', () => {
  it('logUrge numbers urges, trims the trigger and leaves out an empty one', () => {
    const data = emptyData(new Date('2026-11-26T10:00:00Z'));
    const now = new Date('2026-11-26T23:00:00Z');
    expect(logUrge(data, { intensity: 8, trigger: '  our song ', heldOff: true }, now)).toEqual({
      id: 'u1',
      at: now.toISOString(),
      intensity: 8,
      trigger: 'our song',
      heldOff: true,
    });
    expect(logUrge(data, { intensity: 2, trigger: ' ', heldOff: false }, now)).toEqual({
      id: 'u2',
      at: now.toISOString(),
      intensity: 2,
      heldOff: false,
    });
  });

  it('ownWords shows why it ended, the plan and a reflection, never a flagged one', () => {
    const data = sampleData();
    expect(ownWords(data)).toEqual([
      { label: 'What went wrong', text: 'shut down' },
      { label: 'What you are working on', text: 'say what I feel' },
      { label: 'From a reflection', text: 'I went quiet when things got hard.' },
    ]);
    data.reflections[0]!.support = ['crisis'];
    expect(ownWords(data).map((w) => w.label)).not.toContain('From a reflection');
    expect(ownWords(null)).toEqual([]);
  });

  it('suggests the active goal that has waited longest for a log, else a step idea', () => {
    const data = sampleData();
    data.goals.push({
      id: 'g2',
      at: data.createdAt,
      category: 'fitness',
      title: 'Run twice a week',
      status: 'active',
      logs: [],
    });
    expect(suggestInstead(data, null, 0)).toMatchObject({ source: 'goal', goalId: 'g2' });
    expect(suggestInstead(data, null, 0).text).toMatch(/"Run twice a week".*exco goals log g2/);
    data.goals = [];
    const ideas = stepById('space').today;
    expect(suggestInstead(data, null, 1)).toEqual({
      source: 'step',
      step: 'space',
      text: ideas[1],
    });
  });
});

describe('exco urge with flags', () => {
  it('logs without the pause, held off by default, and suggests one thing instead', async () => {
    const deps = await startedDeps();
    const pause = fakePause();
    await log(deps, { intensity: 7, trigger: 'saw our photos' }, pause);
    expect(pause.frames).toEqual([]);
    expect(deps.store.read()!.urges).toEqual([
      expect.objectContaining({ id: 'u1', intensity: 7, trigger: 'saw our photos', heldOff: true }),
    ]);
    const text = deps.out.text();
    expect(text).toMatch(/you'd go from day 23\s+back to day 0/);
    expect(text).toMatch(/Logged urge u1: intensity 7, held off/);
    expect(text).toMatch(/One thing to do instead/);
  });

  it('--json prints the saved urge, the suggestion and the counter', async () => {
    const deps = await startedDeps();
    await log(deps, { intensity: 4, heldOff: 'no', json: true });
    const out = JSON.parse(deps.out.stdout.join('\n'));
    expect(out).toMatchObject({
      saved: true,
      urge: { id: 'u1', intensity: 4, heldOff: false },
      suggestion: { source: 'step', text: expect.any(String) },
      noContact: { days: 23, targetDays: 40 },
      support: [],
    });
  });

  it('works before `exco start`, without a counter', async () => {
    const deps = testDeps({ interactive: false });
    await log(deps, { intensity: 9 });
    expect(deps.store.read()!.urges).toHaveLength(1);
    expect(deps.out.text()).not.toMatch(/No contact|day \d+/);
  });

  it('not holding off is met kindly and pointed at exco draft', async () => {
    const deps = await startedDeps();
    await log(deps, { intensity: 9, heldOff: 'no' });
    expect(deps.out.text()).toMatch(/not held off/);
    expect(deps.out.text()).toMatch(/exco draft/);
  });

  it('in safety mode: no contact coaching, "you do not owe them anything", resources', async () => {
    const deps = await startedDeps({}, 'yes');
    await log(deps, { intensity: 6, heldOff: 'no' });
    const text = deps.out.text();
    expect(text).toMatch(/You do not owe them anything/);
    expect(text).toMatch(/Support for your safety/);
    expect(text).not.toMatch(/exco draft|back to day 0|exco contact/);
  });

  it('a trigger with crisis words shows resources, and flags it in JSON', async () => {
    const deps = await startedDeps();
    await log(deps, { intensity: 10, trigger: 'I want to die without them' });
    expect(deps.out.text()).toMatch(/You do not have to carry this alone/);
    const quiet = await startedDeps();
    await log(quiet, { intensity: 10, trigger: 'I want to die without them', json: true });
    expect(JSON.parse(quiet.out.stdout.join('\n')).support).toEqual(['crisis']);
  });

  it('--trigger or --json without --intensity, or no terminal, is a usage error', async () => {
    const deps = testDeps({ interactive: false });
    await expect(log(deps, { trigger: 'x' })).rejects.toMatchObject({ exitCode: ExitCode.usage });
    await expect(log(deps, { json: true })).rejects.toMatchObject({ exitCode: ExitCode.usage });
    await expect(log(deps, {})).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--intensity 0-10/),
    });
    expect(deps.store.read()).toBeNull();
  });
});

describe('exco urge, the pause', () => {
  it('shows the count, their own words, breathes, then asks and logs', async () => {
    const deps = await startedDeps({ now: fixedClock('2026-11-26T23:00:00') });
    await deps.store.update((d) => {
      const sample = sampleData();
      d.mistakes = sample.mistakes;
      d.reflections = sample.reflections;
    });
    const asking = testDeps({
      dir: deps.dir,
      now: deps.now,
      answers: ['7', 'saw our photos', true],
    });
    const pause = fakePause();
    await log(asking, {}, pause);
    const text = asking.out.text();
    expect(text).toMatch(/It is late/);
    expect(text).toMatch(/you'd go from day 23\s+back to day 0/);
    expect(text).toMatch(/What you are working on: say what I feel/);
    expect(pause.frames).toHaveLength(42);
    expect(pause.ended).toBe(1);
    expect(text.indexOf('Well done')).toBeLessThan(text.indexOf('Logged urge u1'));
    expect(asking.prompter.asked).toHaveLength(3);
    expect(asking.store.read()!.urges[0]).toMatchObject({ intensity: 7, heldOff: true });
  });

  it('any key skips the breathing', async () => {
    const deps = await startedDeps();
    const asking = testDeps({ dir: deps.dir, now: deps.now, answers: ['3', '', false] });
    const pause = fakePause(2);
    await log(asking, {}, pause);
    expect(pause.frames).toHaveLength(2);
    expect(asking.out.text()).toMatch(/Skipped/);
    expect(asking.store.read()!.urges[0]).toEqual(
      expect.not.objectContaining({ trigger: expect.anything() }),
    );
  });

  it('rejects an intensity outside 0–10, and Ctrl-C saves nothing', async () => {
    const deps = await startedDeps();
    const bad = testDeps({ dir: deps.dir, now: deps.now, answers: ['11'] });
    await expect(log(bad, {})).rejects.toThrow(/from 0 to 10/);
    const cancelled = testDeps({ dir: deps.dir, now: deps.now, answers: ['5', 'cancel'] });
    await expect(log(cancelled, {})).rejects.toMatchObject({ exitCode: ExitCode.cancelled });
    expect(deps.store.read()!.urges).toHaveLength(0);
  });
});
