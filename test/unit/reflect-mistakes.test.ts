import { describe, expect, it } from '@jest/globals';
import { runReflect, type ReflectOptions } from '../../src/commands/reflect.js';
import { ExitCode } from '../../src/errors.js';
import { testDeps, type Answer, type TestDeps } from '../helpers/deps.js';

/** Escape, bell and carriage return: characters a terminal would act on. */
const controlsIn = (text: string) => ['\u001b', '\u0007', '\r'].filter((c) => text.includes(c));

const said = (deps: TestDeps) => deps.out.text().replace(/\s+/g, ' ');
const run = (deps: TestDeps, opts: Partial<ReflectOptions>) =>
  runReflect({ json: false, ...opts }, deps);

async function withGoal(deps: TestDeps, addresses: string): Promise<void> {
  await deps.store.update((d) => {
    d.goals.push({
      id: 'g1',
      at: new Date('2026-11-20T10:00:00').toISOString(),
      category: 'people',
      title: 'Call Alex every Sunday',
      addresses,
      status: 'active',
      logs: [],
    });
  });
}

describe('naming mistakes with flags', () => {
  it('--mistake with a plan saves it, before exco start too', async () => {
    const deps = testDeps({ interactive: false });
    await run(deps, {
      mistake: 'distant',
      plan: 'Say how I feel the same day',
      description: 'I shut down in arguments',
      json: true,
    });
    expect(JSON.parse(deps.out.stdout[0]!)).toEqual({
      saved: true,
      id: 'm1',
      mistake: expect.objectContaining({
        id: 'm1',
        pattern: 'distant',
        plan: 'Say how I feel the same day',
        description: 'I shut down in arguments',
      }),
      support: [],
    });
    expect(deps.store.read()!.mistakes).toHaveLength(1);
  });

  it('--edit-mistake changes the plan; --remove-mistake removes it and unlinks goals', async () => {
    const deps = testDeps({ interactive: false });
    await run(deps, { mistake: 'clingy', plan: 'Wait an hour before texting anyone' });
    await run(deps, { editMistake: 'm1', plan: 'Call a friend first' });
    expect(deps.store.read()!.mistakes[0]).toMatchObject({ plan: 'Call a friend first' });
    expect(said(deps)).toMatch(/Updated: Clingy \(m1\)/);
    await withGoal(deps, 'm1');
    await run(deps, { removeMistake: 'm1' });
    const data = deps.store.read()!;
    expect(data.mistakes).toEqual([]);
    expect(data.goals[0]!.addresses).toBeUndefined();
    expect(said(deps)).toMatch(/Goals no longer linked to it: g1/);
  });

  it('--mistakes --json lists them with the goals that work on them', async () => {
    const deps = testDeps({ interactive: false });
    await run(deps, { mistake: 'communication', plan: 'Say it calmly, the same day' });
    await withGoal(deps, 'm1');
    await run(deps, { mistakes: true, json: true });
    expect(JSON.parse(deps.out.stdout.at(-1)!).mistakes).toEqual([
      expect.objectContaining({
        id: 'm1',
        goals: [{ id: 'g1', title: 'Call Alex every Sunday', status: 'active' }],
      }),
    ]);
  });

  it.each([
    ['no plan', { mistake: 'clingy' }, /needs a concrete plan/],
    ['an empty plan', { mistake: 'clingy', plan: '  ' }, /needs a concrete plan/],
    ['"other" without words', { mistake: 'other', plan: 'x' }, /say what the pattern was/],
    ['a plan alone', { plan: 'x' }, /go with --mistake or --edit-mistake/],
    ['an unknown id to edit', { editMistake: 'm9', plan: 'x' }, /no mistake m9/],
    ['an edit with nothing to change', { editMistake: 'm1' }, /Say what to change/],
    ['an unknown id to remove', { removeMistake: 'm9' }, /no mistake m9/],
  ] as const)('refuses %s with exit 2 and changes nothing', async (_, opts, why) => {
    const deps = testDeps({ interactive: false });
    await expect(run(deps, opts)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(why),
    });
    expect(deps.store.read()?.mistakes ?? []).toEqual([]);
  });

  it('a plan with words of crisis shows crisis resources before saying it is saved', async () => {
    const deps = testDeps({ interactive: false });
    await run(deps, {
      mistake: 'other',
      description: 'I kept score',
      plan: 'Honestly I just want to die',
    });
    const text = said(deps);
    expect(text.indexOf('You do not have to carry this alone')).toBeGreaterThan(-1);
    expect(text.indexOf('You do not have to carry this alone')).toBeLessThan(
      text.indexOf('Named:'),
    );
  });
});

describe('exco reflect --mistakes, interactive', () => {
  it('explains step 2, then names a pattern with a plan', async () => {
    const answers: Answer[] = [
      'add',
      'distant',
      'I shut down',
      'Say how I feel the same day',
      'done',
    ];
    const deps = testDeps({ answers });
    await run(deps, { mistakes: true });
    expect(deps.prompter.remaining()).toBe(0);
    const text = said(deps);
    expect(text).toMatch(/not about blaming yourself/);
    expect(text).toMatch(/not to wallow/);
    expect(text).toMatch(/better partner, with your ex or with someone new/);
    expect(text).toMatch(/Named: Distant \(m1\)/);
    expect(deps.store.read()!.mistakes[0]).toMatchObject({
      pattern: 'distant',
      description: 'I shut down',
      plan: 'Say how I feel the same day',
    });
  });

  it('shows linked goals, changes a plan and removes one after confirming', async () => {
    const setup = testDeps({ interactive: false });
    await run(setup, { mistake: 'clingy', plan: 'Wait an hour' });
    await run(setup, { mistake: 'controlling', plan: 'Ask, do not check' });
    await withGoal(setup, 'm1');
    const answers: Answer[] = ['edit', 'm1', 'Call a friend first', 'remove', 'm2', true, 'done'];
    const deps = testDeps({ dir: setup.dir, answers });
    await run(deps, { mistakes: true });
    expect(said(deps)).toMatch(/Plan: Wait an hour Goal: Call Alex every Sunday \(g1, active\)/);
    const data = deps.store.read()!;
    expect(data.mistakes.map((m) => [m.id, m.plan])).toEqual([['m1', 'Call a friend first']]);
  });

  it('"other" needs their own words, and Ctrl-C mid-way saves nothing', async () => {
    const deps = testDeps({ answers: ['add', 'other', 'I kept score', 'cancel'] });
    await expect(run(deps, { mistakes: true })).rejects.toMatchObject({
      exitCode: ExitCode.cancelled,
    });
    expect(deps.store.read()?.mistakes ?? []).toEqual([]);
    const empty = testDeps({ answers: ['add', 'other', '   '] });
    await expect(run(empty, { mistakes: true })).rejects.toThrow(/Please write a few words/);
  });

  it('in safety mode says plainly that harm done to them was not their fault', async () => {
    const deps = testDeps({ answers: ['done'] });
    await deps.store.update((d) => {
      d.safety = { since: new Date().toISOString(), source: 'screening' };
    });
    await run(deps, { mistakes: true });
    expect(said(deps)).toMatch(/that was not your fault/);
  });

  it('neutralises escape sequences in what they wrote', async () => {
    const setup = testDeps({ interactive: false });
    await run(setup, {
      mistake: 'other',
      description: 'Kept \u001b]0;x\u0007score',
      plan: 'Let \u001b[5mgo',
    });
    const deps = testDeps({ dir: setup.dir, answers: ['done'] });
    await run(deps, { mistakes: true });
    const text = deps.out.text();
    expect(controlsIn(text)).toEqual([]);
    expect(text).toContain('Kept \\e]0;x\\x07score');
    expect(text).toContain('Let \\e[5mgo');
  });

  it('without a terminal it exits 2 and names the flags', async () => {
    const deps = testDeps({ interactive: false });
    await expect(run(deps, { mistakes: true })).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--mistake PATTERN --plan TEXT.*--mistakes --json/),
    });
  });
});
