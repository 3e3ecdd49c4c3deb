import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runGoalsAdd, type GoalsAddOptions } from '../../src/commands/goals-add.js';
import { runGoalsClose } from '../../src/commands/goals-close.js';
import { runGoalsEdit, type GoalsEditOptions } from '../../src/commands/goals-edit.js';
import { runGoalsEvidence, runGoalsList } from '../../src/commands/goals-list.js';
import { runGoalsLog, type GoalsLogOptions } from '../../src/commands/goals-log.js';
import { ExitCode } from '../../src/errors.js';
import { fixedClock, tempDir, testDeps, type TestDeps } from '../helpers/deps.js';

// Thursday 26 November 2026, 10 am local.
const scripted = (options: Parameters<typeof testDeps>[0] = {}) =>
  testDeps({ interactive: false, now: fixedClock('2026-11-26T10:00:00'), ...options });

const add = (deps: TestDeps, opts: Partial<GoalsAddOptions>) =>
  runGoalsAdd({ json: false, ...opts }, deps);
const log = (
  deps: TestDeps,
  id: string | undefined,
  opts: Partial<GoalsLogOptions> = {},
  stdin?: () => Promise<string>,
) => runGoalsLog(id, { json: false, ...opts }, deps, stdin);
const edit = (deps: TestDeps, id: string | undefined, opts: Partial<GoalsEditOptions>) =>
  runGoalsEdit(id, { json: false, ...opts }, deps);

async function withGym(): Promise<TestDeps> {
  const deps = scripted();
  await add(deps, { category: 'fitness', title: 'Go to the gym', perWeek: 3 });
  return deps;
}

/** Same data dir, fresh output. */
const again = (deps: TestDeps, options: Parameters<typeof testDeps>[0] = {}) =>
  scripted({ dir: deps.dir, now: deps.now, ...options });

function listJson(deps: TestDeps, all = false) {
  const next = again(deps);
  runGoalsList({ all, json: true }, next);
  return JSON.parse(next.out.stdout.join('\n')) as Array<Record<string, unknown>>;
}

async function withMistake(deps: TestDeps): Promise<void> {
  await deps.store.update((d) => {
    d.mistakes.push({
      id: 'm1',
      at: deps.now().toISOString(),
      pattern: 'distant',
      plan: 'say what I feel',
    });
  });
}

const usage = (message: RegExp) => ({
  exitCode: ExitCode.usage,
  message: expect.stringMatching(message),
});

describe('goals add', () => {
  it('adds a goal from flags and says how to log it', async () => {
    const deps = await withGym();
    expect(deps.store.read()!.goals[0]).toMatchObject({
      id: 'g1',
      category: 'fitness',
      title: 'Go to the gym',
      perWeek: 3,
      status: 'active',
      logs: [],
    });
    expect(deps.out.text()).toMatch(/Added g1/);
    expect(deps.out.text()).toMatch(/exco goals log g1/);
  });

  it('links a goal to a named mistake', async () => {
    const deps = scripted();
    await withMistake(deps);
    await add(deps, {
      category: 'people',
      title: 'Call a friend every Sunday',
      perWeek: 1,
      addresses: 'm1',
    });
    expect(deps.store.read()!.goals[0]!.addresses).toBe('m1');
  });

  it.each([
    ['a blank title', { category: 'fitness', title: '   ' }, /title cannot be empty/],
    ['a 121-character title', { category: 'fitness', title: 'x'.repeat(121) }, /120 characters/],
    [
      'a past target date',
      { category: 'fitness', title: 'Run', by: '2026-11-25' },
      /today or later/,
    ],
    ['an unknown mistake', { category: 'fitness', title: 'Run', addresses: 'm1' }, /not named any/],
  ] as const)('refuses %s with exit 2 and saves nothing', async (_label, opts, why) => {
    const deps = scripted();
    await expect(add(deps, opts)).rejects.toMatchObject(usage(why));
    expect(deps.store.read()?.goals ?? []).toHaveLength(0);
  });

  it('names the mistakes there are when the id is wrong', async () => {
    const deps = scripted();
    await withMistake(deps);
    await expect(
      add(deps, { category: 'people', title: 'Call', addresses: 'm7' }),
    ).rejects.toMatchObject(usage(/no mistake m7\. The mistakes you named: m1 \(distant\)/));
  });

  it('without a terminal, names the flags it needs', async () => {
    const deps = scripted();
    await expect(add(deps, { title: 'Run' })).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(/--category fitness\|hobby\|growth\|people\|career\|other/),
      hint: expect.stringMatching(/exco goals add --category fitness --title/),
    });
  });
});

describe('goals log', () => {
  it('logs today by default and shows this week against the cadence', async () => {
    const deps = await withGym();
    const next = again(deps);
    await log(next, 'g1', { note: 'felt strong' });
    expect(next.store.read()!.goals[0]!.logs).toEqual([
      expect.objectContaining({ id: 'l1', date: '2026-11-26', note: 'felt strong' }),
    ]);
    expect(next.out.text()).toMatch(/Logged g1 on Thu 26 Nov 2026/);
    expect(next.out.text()).toMatch(/1 of 3 this week/);
    expect(next.out.text()).toMatch(/Your first piece of evidence/);
  });

  it('back-fills with --date, and a met week shows a streak', async () => {
    const deps = await withGym();
    for (const date of [
      '2026-11-16',
      '2026-11-18',
      '2026-11-20',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]) {
      await log(again(deps), 'g1', { date });
    }
    const [g1] = listJson(deps);
    expect(g1).toMatchObject({
      logs: 6,
      thisWeek: 3,
      met: true,
      streakWeeks: 2,
      lastLog: '2026-11-25',
    });
  });

  it('reads the note from a file, or from standard input with -', async () => {
    const deps = await withGym();
    const file = path.join(tempDir(), 'note.txt');
    fs.writeFileSync(file, 'Leg day.\nTired but glad.\n');
    await log(again(deps), 'g1', { noteFile: file });
    await log(again(deps), 'g1', { noteFile: '-' }, async () => 'From a pipe\n');
    expect(deps.store.read()!.goals[0]!.logs.map((l) => l.note)).toEqual([
      'Leg day.\nTired but glad.',
      'From a pipe',
    ]);
  });

  it.each([
    ['an unknown goal', 'g9', {}, /There is no goal g9\. Your goals: g1 \(Go to the gym\)/],
    ['tomorrow', 'g1', { date: '2026-11-27' }, /cannot be in the future/],
    ['a month 13', 'g1', { date: '2026-13-01' }, /real date/],
    ['two notes', 'g1', { note: 'a', noteFile: 'x' }, /not both/],
    ['a missing file', 'g1', { noteFile: '/no/such/file' }, /does not exist/],
    ['a 5001-character note', 'g1', { note: 'x'.repeat(5001) }, /longer than 5000/],
  ] as const)('refuses %s with exit 2 and saves nothing', async (_label, id, opts, why) => {
    const deps = await withGym();
    await expect(log(again(deps), id, opts)).rejects.toMatchObject(usage(why));
    expect(deps.store.read()!.goals[0]!.logs).toHaveLength(0);
  });

  it('refuses an empty note from standard input, or a directory', async () => {
    const deps = await withGym();
    await expect(
      log(again(deps), 'g1', { noteFile: '-' }, async () => ' \n'),
    ).rejects.toMatchObject(usage(/No note came in on standard input/));
    await expect(log(again(deps), 'g1', { noteFile: tempDir() })).rejects.toMatchObject(
      usage(/is a directory/),
    );
  });

  it('without an id and without a terminal, names the ids', async () => {
    const deps = await withGym();
    await expect(log(again(deps), undefined)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/exco goals log ID \(g1\)/),
    });
  });

  it('with no goals at all, says so', async () => {
    await expect(log(scripted(), 'g1')).rejects.toMatchObject(usage(/you have no goals yet/));
  });

  it('refuses an archived goal until it is reopened', async () => {
    const deps = await withGym();
    await runGoalsClose('archived', 'g1', { json: false }, again(deps));
    await expect(log(again(deps), 'g1')).rejects.toMatchObject({
      ...usage(/g1 is archived/),
      hint: 'exco goals edit g1 --reopen',
    });
    await edit(again(deps), 'g1', { reopen: true });
    await log(again(deps), 'g1');
    expect(deps.store.read()!.goals[0]).toMatchObject({
      status: 'active',
      logs: [expect.anything()],
    });
  });

  it('a note about wanting to die shows support lines before the confirmation', async () => {
    const deps = await withGym();
    const next = again(deps);
    await log(next, 'g1', { note: 'went, but honestly I want to die' });
    const text = next.out.text();
    expect(text).toMatch(/You do not have to carry this alone/);
    expect(text.indexOf('carry this alone')).toBeLessThan(text.indexOf('Logged g1'));
    expect(next.store.read()!.goals[0]!.logs[0]!.note).toBe('went, but honestly I want to die');
    expect(text).not.toMatch(/first piece of evidence/);
  });
});

describe('goals list', () => {
  it('prints the documented JSON shape, active goals unless --all', async () => {
    const deps = await withGym();
    await add(again(deps), { category: 'career', title: 'Finish the course', by: '2026-12-26' });
    await log(again(deps), 'g1', { date: '2026-11-24' });
    await runGoalsClose('done', 'g2', { json: false }, again(deps));
    const active = listJson(deps);
    expect(active).toEqual([
      expect.objectContaining({
        id: 'g1',
        category: 'fitness',
        title: 'Go to the gym',
        status: 'active',
        perWeek: 3,
        by: null,
        addresses: null,
        logs: 1,
        thisWeek: 1,
        streakWeeks: 0,
        lastLog: '2026-11-24',
        weeks: [0, 0, 0, 0, 0, 0, 0, 1],
      }),
    ]);
    expect(listJson(deps, true).map((g) => [g.id, g.status, g.by])).toEqual([
      ['g1', 'active', null],
      ['g2', 'done', '2026-12-26'],
    ]);
  });

  it('shows a bar, the week, the streak and a sparkline, and what is hidden', async () => {
    const deps = await withGym();
    for (const date of ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-24'])
      await log(again(deps), 'g1', { date });
    await add(again(deps), { category: 'hobby', title: 'Pottery' });
    await runGoalsClose('archived', 'g2', { json: false }, again(deps));
    const next = again(deps);
    runGoalsList({ all: false, json: false }, next);
    const text = next.out.text();
    expect(text).toMatch(/█+░+ 1 of 3 this week · 1 week in a row/);
    expect(text).toMatch(/▁▁▁▁▁▁█▄ last 8 weeks · 4 logs · last Tue 24 Nov/);
    expect(text).not.toMatch(/Pottery/);
    expect(text).toMatch(/Also 1 archived: `exco goals list --all` shows every goal/);
  });

  it('fits 60 columns', async () => {
    const deps = await withGym();
    await add(again(deps), {
      category: 'career',
      title: 'A rather long title about finishing my course, the one with SQL and the projects',
      by: '2027-02-01',
      perWeek: 2,
    });
    await log(again(deps), 'g1', { date: '2026-11-24' });
    const next = again(deps);
    const out = { ...next.out, columns: 60 };
    runGoalsList({ all: true, json: false }, { ...next, out });
    for (const line of next.out.stdout.join('\n').split('\n'))
      expect(Array.from(line).length).toBeLessThanOrEqual(60);
  });

  it('with no goals, points to adding one', () => {
    const deps = scripted();
    runGoalsList({ all: false, json: false }, deps);
    expect(deps.out.text()).toMatch(/No goals yet[\s\S]*exco goals add/);
  });
});

describe('goals done, archive and edit', () => {
  it('done keeps the logs and is idempotent', async () => {
    const deps = await withGym();
    await log(again(deps), 'g1');
    const first = again(deps);
    await runGoalsClose('done', 'g1', { json: false }, first);
    expect(first.out.text()).toMatch(/Well done: g1 Go to the gym is done/);
    expect(first.out.text()).toMatch(/Its log stays in your evidence/);
    const second = again(deps);
    await runGoalsClose('done', 'g1', { json: false }, second);
    expect(second.out.text()).toMatch(/already done \(since Thu 26 Nov 2026\)/);
    expect(deps.store.read()!.goals[0]).toMatchObject({
      status: 'done',
      doneAt: expect.any(String),
      logs: [expect.anything()],
    });
  });

  it('a goal done without logs is reminded that a log is the evidence', async () => {
    const deps = await withGym();
    const next = again(deps);
    await runGoalsClose('done', 'g1', { json: false }, next);
    expect(next.out.text()).toMatch(/log it too \(exco goals log g1\)/);
  });

  it('archive sets a goal aside, and unknown ids name the real ones', async () => {
    const deps = await withGym();
    await expect(
      runGoalsClose('archived', 'g2', { json: false }, again(deps)),
    ).rejects.toMatchObject(usage(/There is no goal g2\. Your goals: g1/));
    await runGoalsClose('archived', 'g1', { json: false }, again(deps));
    expect(deps.store.read()!.goals[0]).toMatchObject({
      status: 'archived',
      archivedAt: expect.any(String),
    });
  });

  it('edit changes only what the flags say, and removes with --no-…', async () => {
    const deps = await withGym();
    await withMistake(deps);
    const next = again(deps);
    await edit(next, 'g1', { title: 'Gym or a run', by: '2027-01-31', addresses: 'm1' });
    expect(next.out.text()).toMatch(/Updated g1: title, target date, mistake it answers/);
    await edit(again(deps), 'g1', { perWeek: false, by: false });
    const g1 = deps.store.read()!.goals[0]!;
    expect(g1).toMatchObject({ title: 'Gym or a run', addresses: 'm1', category: 'fitness' });
    expect(g1.perWeek).toBeUndefined();
    expect(g1.by).toBeUndefined();
  });

  it.each([
    [{}, /Say what to change in g1/],
    [{ title: '' }, /title cannot be empty/],
    [{ by: '2026-01-01' }, /today or later/],
    [{ addresses: 'm3' }, /There is no mistake m3/],
  ] as const)('edit refuses %j with exit 2', async (opts, why) => {
    const deps = await withGym();
    await expect(edit(again(deps), 'g1', opts)).rejects.toMatchObject(usage(why));
    expect(deps.store.read()!.goals[0]!.title).toBe('Go to the gym');
  });
});

describe('goals evidence', () => {
  it('prints JSON grouped by mistake', async () => {
    const deps = scripted();
    await withMistake(deps);
    await add(deps, { category: 'people', title: 'Call a friend', perWeek: 1, addresses: 'm1' });
    await log(again(deps), 'g1', { date: '2026-11-22', note: 'Called Jo' });
    const next = again(deps);
    runGoalsEvidence({ json: true }, next);
    expect(JSON.parse(next.out.stdout.join(''))).toEqual({
      mistakes: [
        {
          id: 'm1',
          pattern: 'distant',
          description: null,
          plan: 'say what I feel',
          goals: [
            {
              id: 'g1',
              category: 'people',
              title: 'Call a friend',
              status: 'active',
              logs: [{ id: 'l1', date: '2026-11-22', note: 'Called Jo' }],
            },
          ],
        },
      ],
      unlinked: [],
      totalLogs: 1,
    });
  });
});
