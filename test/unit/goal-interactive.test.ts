import { describe, expect, it } from '@jest/globals';
import { runGoalsAdd } from '../../src/commands/goals-add.js';
import { runGoals } from '../../src/commands/goals-menu.js';
import { GOAL_CATEGORIES } from '../../src/core/model.js';
import { GOAL_CATEGORY_CONTENT, MISTAKE_IDEAS } from '../../src/content/goals.js';
import { stepById } from '../../src/content/steps.js';
import { ExitCode } from '../../src/errors.js';
import { fixedClock, testDeps, type Answer, type TestDeps } from '../helpers/deps.js';

const now = fixedClock('2026-11-26T10:00:00');

/** A terminal session in the same data dir as `base`, answering `answers` in order. */
function session(answers: Answer[], base?: TestDeps): TestDeps {
  return testDeps({ answers, now, ...(base ? { dir: base.dir } : {}) });
}

async function withGym(): Promise<TestDeps> {
  const deps = testDeps({ interactive: false, now });
  await runGoalsAdd({ category: 'fitness', title: 'Go to the gym', perWeek: 3, json: false }, deps);
  return deps;
}

describe('the goals menu', () => {
  it('without a terminal, names the subcommands to use instead', async () => {
    await expect(runGoals(testDeps({ interactive: false, now }))).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/exco goals list.*exco goals add.*exco goals log ID/),
    });
  });

  it('opens with why: growing for yourself, not to win them over', async () => {
    const deps = session(['quit']);
    await runGoals(deps);
    const text = deps.out.text();
    expect(text).toMatch(/Step 3: Invest in yourself/);
    expect(text).toMatch(/not about turning into someone else to win them over/);
    expect(text).toMatch(/fullest version of who you already are/);
    expect(text).toMatch(/No goals yet\. Start with one or two small things/);
    expect(text).not.toMatch(/run `exco goals`/);
  });

  it('in safety mode, says it without any mention of winning anyone over', async () => {
    const deps = session(['quit']);
    await deps.store.update((d) => {
      d.safety = { since: now().toISOString(), source: 'screening' };
    });
    await runGoals(deps);
    expect(deps.out.text()).toMatch(/fullest version of who you already are/);
    expect(deps.out.text()).not.toMatch(/win them over/);
  });

  it('with no goals, offers to add one but not to log', async () => {
    await expect(runGoals(session(['log']))).rejects.toThrow(/not offered/);
  });

  it('adds a goal from a suggestion, then comes back to the menu', async () => {
    const deps = session(['add', 'fitness', 0, 'Go to the gym', 'week', '3', 'quit']);
    await runGoals(deps);
    expect(deps.store.read()!.goals[0]).toMatchObject({
      id: 'g1',
      category: 'fitness',
      title: 'Go to the gym',
      perWeek: 3,
    });
    expect(deps.prompter.asked.filter((q) => q === 'What would you like to do?')).toHaveLength(2);
    expect(deps.out.text()).toMatch(/Added g1/);
  });

  it('logs yesterday with a note, picked from the menu', async () => {
    const base = await withGym();
    const deps = session(['log', 'g1', 'yesterday', 'Leg day', 'quit'], base);
    await runGoals(deps);
    expect(deps.store.read()!.goals[0]!.logs[0]).toMatchObject({
      date: '2026-11-25',
      note: 'Leg day',
    });
    expect(deps.out.text()).toMatch(/Logged g1 on Wed 25 Nov 2026/);
  });

  it('edits, finishes and archives through the menu', async () => {
    const base = await withGym();
    await runGoalsAdd(
      { category: 'hobby', title: 'Pottery', json: false },
      testDeps({ interactive: false, now, dir: base.dir }),
    );
    const deps = session(
      ['edit', 'g1', 'perWeek', '0', 'done', 'g1', 'archive', 'g2', 'quit'],
      base,
    );
    await runGoals(deps);
    const [g1, g2] = deps.store.read()!.goals;
    expect(g1).toMatchObject({ status: 'done' });
    expect(g1!.perWeek).toBeUndefined();
    expect(g2).toMatchObject({ status: 'archived' });
  });

  it('shows the evidence from the menu', async () => {
    const base = await withGym();
    const deps = session(['evidence', 'quit'], base);
    await runGoals(deps);
    expect(deps.out.text()).toMatch(/Show, don't tell/);
  });
});

describe('adding a goal in a terminal', () => {
  it('offers ideas in every area, drawn from the five examples of step 3', () => {
    expect(GOAL_CATEGORY_CONTENT.map((c) => c.id)).toEqual([...GOAL_CATEGORIES]);
    expect(GOAL_CATEGORY_CONTENT.slice(0, 5).map((c) => c.example)).toEqual(
      stepById('improve').examples!.items,
    );
    for (const c of GOAL_CATEGORY_CONTENT) expect(c.suggestions.length).toBeGreaterThanOrEqual(3);
  });

  it.each(GOAL_CATEGORIES)('%s: a suggestion can be taken as it is', async (category) => {
    const first = GOAL_CATEGORY_CONTENT.find((c) => c.id === category)!.suggestions[0]!;
    const deps = session([category, 0, first.title, 'none']);
    await runGoalsAdd({ json: false }, deps);
    expect(deps.store.read()!.goals[0]).toMatchObject({ category, title: first.title });
  });

  it('asks for a target date when tracking by date, and refuses a past one', async () => {
    const deps = session(['career', -1, 'Finish the SQL course', 'date', '2026-11-01']);
    await expect(runGoalsAdd({ json: false }, deps)).rejects.toThrow(/today or later/);
    const ok = session(['career', -1, 'Finish the SQL course', 'both', '2', '2027-01-31']);
    await runGoalsAdd({ json: false }, ok);
    expect(ok.store.read()!.goals[0]).toMatchObject({ perWeek: 2, by: '2027-01-31' });
  });

  it('asks which mistake it answers when some are named', async () => {
    const deps = session(['people', 1, 'Call Jo', 'week', '1', 'm1']);
    await deps.store.update((d) => {
      d.mistakes.push({
        id: 'm1',
        at: now().toISOString(),
        pattern: 'distant',
        plan: 'reach out more',
      });
    });
    await runGoalsAdd({ json: false }, deps);
    expect(deps.store.read()!.goals[0]!.addresses).toBe('m1');
  });

  it('with --addresses, offers the idea for that kind of mistake first', async () => {
    const deps = session(['people', 0, MISTAKE_IDEAS.distant.title, 'week', '1']);
    await deps.store.update((d) => {
      d.mistakes.push({
        id: 'm1',
        at: now().toISOString(),
        pattern: 'distant',
        plan: 'reach out more',
      });
    });
    await runGoalsAdd({ json: false, addresses: 'm1' }, deps);
    expect(deps.store.read()!.goals[0]).toMatchObject({
      title: 'Call a friend every Sunday',
      addresses: 'm1',
    });
    expect(deps.prompter.asked).not.toContain('Does it answer one of the mistakes you named?');
  });

  it('checks the flags it was given before asking anything', async () => {
    const deps = session([]);
    await expect(runGoalsAdd({ json: false, addresses: 'm5' }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
    });
    expect(deps.prompter.asked).toEqual([]);
  });

  it('Ctrl-C saves nothing', async () => {
    const deps = session(['fitness', 'cancel']);
    await expect(runGoalsAdd({ json: false }, deps)).rejects.toMatchObject({
      exitCode: ExitCode.cancelled,
    });
    expect(deps.store.read()).toBeNull();
  });

  it('a title about being in danger shows safety support first, and stores the goal as written', async () => {
    const deps = session([-1, 'Stay safe, he said he would hurt me if I leave', 'none']);
    await runGoalsAdd({ json: false, category: 'other' }, deps);
    const text = deps.out.text();
    expect(text).toMatch(/Support for your safety/);
    expect(text.indexOf('Support for your safety')).toBeLessThan(text.indexOf('Added g1'));
    expect(deps.store.read()!.goals[0]!.title).toBe(
      'Stay safe, he said he would hurt me if I leave',
    );
  });
});
