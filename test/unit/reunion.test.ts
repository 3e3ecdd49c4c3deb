import { describe, expect, it } from '@jest/globals';
import { runContact } from '../../src/commands/contact.js';
import { runReunion, runReunionLog, type ReunionLogOptions } from '../../src/commands/reunion.js';
import type { StartOptions } from '../../src/commands/start.js';
import type { Conversation } from '../../src/core/model.js';
import {
  logConversation,
  parseTopics,
  reunionAccess,
  reunionProgress,
} from '../../src/core/reunion.js';
import { ExitCode } from '../../src/errors.js';
import type { Started } from '../../src/core/engine.js';
import { localNoon, started, withContact } from '../helpers/engine.js';
import { startWith } from '../helpers/started.js';
import { testDeps, type TestDeps } from '../helpers/deps.js';

async function startedDeps(extra: Partial<StartOptions> = {}, interest = true): Promise<TestDeps> {
  const deps = await startWith({}, extra);
  if (interest) {
    const quiet = testDeps({ interactive: false, dir: deps.dir, now: deps.now });
    await runContact({ type: 'they-initiated', response: 'warm', json: false }, quiet);
  }
  return deps;
}

const logFlags = (deps: TestDeps, opts: Partial<ReunionLogOptions>) =>
  runReunionLog({ went: 'good', json: false, ...opts }, deps);

describe('step 6 rules', () => {
  it('opens on a warm message they started, or when back together', () => {
    const data = started();
    expect(reunionAccess(data, localNoon('2026-11-10'))).toMatchObject({
      open: false,
      code: 'no-interest',
    });
    withContact(data, 'they-initiated', '2026-11-08', 'warm');
    expect(reunionAccess(data, localNoon('2026-11-10'))).toEqual({ open: true });
    const together = started();
    together.outcomes.push({ id: 'o1', at: '2026-11-09T10:00:00.000Z', outcome: 'together' });
    expect(reunionAccess(together, localNoon('2026-11-10'))).toEqual({ open: true });
  });

  it.each<[string, (d: Started) => void]>([
    ['safety', (d) => void (d.safety = { since: d.createdAt, source: 'screening' })],
    ['new-partner', (d) => void (d.profile.exNewPartner = true)],
    [
      'moving-on',
      (d) =>
        void d.outcomes.push({ id: 'o1', at: '2026-11-09T10:00:00.000Z', outcome: 'moving-on' }),
    ],
  ])('stays closed for %s, even with interest', (code, change) => {
    const data = started();
    withContact(data, 'they-initiated', '2026-11-08', 'warm');
    change(data);
    expect(reunionAccess(data, localNoon('2026-11-10'))).toMatchObject({ open: false, code });
  });

  it('parses topics: known ones by id or name, others kept in their words, no repeats', () => {
    expect(parseTopics('what went wrong, Pace ,, the kids, pace')).toEqual([
      'what-went-wrong',
      'pace',
      'the kids',
    ]);
    expect(parseTopics(Array.from({ length: 14 }, (_, i) => `t${i}`))).toHaveLength(10);
  });

  it('logs a conversation and tracks topics, hard streaks and a busy week', () => {
    const data = started();
    const now = localNoon('2026-11-20');
    const first = logConversation(
      data,
      { date: '2026-11-14', went: 'good', topics: ['what-went-wrong'], note: ' ok ' },
      now,
    );
    expect(first).toEqual({
      id: 't1',
      at: now.toISOString(),
      date: '2026-11-14',
      went: 'good',
      topics: ['what-went-wrong'],
      note: 'ok',
    });
    for (const day of ['2026-11-17', '2026-11-18', '2026-11-19'])
      logConversation(data, { date: day, went: 'hard', topics: ['pace'], support: [] }, now);
    const p = reunionProgress(data.conversations, '2026-11-20');
    expect(p).toMatchObject({ count: 4, hardStreak: 3, lastWeek: 4 });
    expect(p.covered).toEqual(['what-went-wrong', 'pace']);
    expect(p.notYet).toEqual(['what-changed', 'what-different', 'needs']);
    expect(data.conversations[1]).not.toHaveProperty('support');
  });
});

describe('exco reunion --went', () => {
  it('logs the conversation and says what is not talked through yet', async () => {
    const deps = await startedDeps();
    await logFlags(deps, { topics: 'what-went-wrong,pace', note: 'long walk' });
    expect(deps.store.read()!.conversations[0]).toMatchObject({
      id: 't1',
      went: 'good',
      topics: ['what-went-wrong', 'pace'],
      note: 'long walk',
      date: '2026-11-26',
    });
    expect(deps.out.text()).toMatch(/Logged conversation t1/);
    expect(deps.out.text()).toMatch(/Not talked through yet: What each of you has changed/);
  });

  it('--json prints the record and the topics covered so far', async () => {
    const deps = await startedDeps();
    await logFlags(deps, { went: 'mixed', topics: 'needs', json: true });
    expect(JSON.parse(deps.out.stdout.join('\n'))).toMatchObject({
      saved: true,
      id: 't1',
      conversation: { went: 'mixed', topics: ['needs'] },
      covered: ['needs'],
      support: [],
    });
  });

  it('two hard conversations in a row suggest slowing down', async () => {
    const deps = await startedDeps();
    await logFlags(deps, { went: 'hard' });
    await logFlags(deps, { went: 'hard' });
    expect(deps.out.text()).toMatch(/last conversations have been hard/);
  });

  it.each([
    [{ safety: 'yes' as const }, true, /Safety mode is on/],
    [{ exNewPartner: 'yes' as const }, true, /someone new/],
    [{}, false, /opens when your ex reaches out/],
  ])('refuses with the reason and exit 2 (%j)', async (extra, interest, why) => {
    const deps = await startedDeps(extra, interest);
    await expect(logFlags(deps, {})).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(why),
    });
    expect(deps.store.read()!.conversations).toHaveLength(0);
  });

  it('refuses before exco start, and a future date or one before the breakup', async () => {
    await expect(logFlags(testDeps({ interactive: false }), {})).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(/exco start/),
    });
    const deps = await startedDeps();
    await expect(logFlags(deps, { date: '2026-12-25' })).rejects.toThrow(/future/);
    await expect(logFlags(deps, { date: '2026-10-01' })).rejects.toThrow(/before your breakup/);
  });

  it('a note about danger shows resources and is flagged', async () => {
    const deps = await startedDeps();
    await logFlags(deps, { went: 'hard', note: 'he threatened to hurt me if I leave again' });
    expect(deps.out.text()).toMatch(/Support for your safety/);
    expect(deps.store.read()!.conversations[0]!.support).toEqual(['safety']);
  });
});

describe('exco reunion, the flow', () => {
  it('guides, then logs a conversation with topics picked one by one', async () => {
    const deps = await startedDeps();
    const asking = testDeps({
      dir: deps.dir,
      now: deps.now,
      answers: [
        'log',
        'good',
        'what-went-wrong',
        'other',
        'money',
        'done',
        '2026-11-25',
        'felt hopeful',
        'done',
      ],
    });
    await runReunion(asking);
    const text = asking.out.text();
    expect(text).toMatch(/What to talk through/);
    expect(text).toMatch(/Signs it is moving too fast/);
    expect(text).toMatch(/Logged conversation t1/);
    expect(asking.prompter.remaining()).toBe(0);
    expect(text.match(/Not talked through yet/g)).toHaveLength(1);
    const saved: Conversation = asking.store.read()!.conversations[0]!;
    expect(saved).toMatchObject({
      went: 'good',
      topics: ['what-went-wrong', 'money'],
      date: '2026-11-25',
      note: 'felt hopeful',
    });
  });

  it('without interest it says how step 6 opens, and can log their message', async () => {
    const deps = await startedDeps({}, false);
    const declining = testDeps({ dir: deps.dir, now: deps.now, answers: [false] });
    await runReunion(declining);
    expect(declining.out.text()).toMatch(/opens when your ex reaches out/);
    expect(declining.store.read()!.contacts).toHaveLength(0);
    const accepting = testDeps({ dir: deps.dir, now: deps.now, answers: [true, 'done'] });
    await runReunion(accepting);
    expect(accepting.store.read()!.contacts[0]).toMatchObject({
      type: 'they-initiated',
      response: 'warm',
    });
    expect(accepting.out.text()).toMatch(/Go slowly/);
  });

  it('in safety mode it refuses before asking anything', async () => {
    const deps = await startedDeps({ safety: 'yes' });
    const asking = testDeps({ dir: deps.dir, now: deps.now, answers: ['log'] });
    await expect(runReunion(asking)).rejects.toMatchObject({ exitCode: ExitCode.usage });
    expect(asking.prompter.asked).toEqual([]);
  });

  it('needs a terminal, and names the flags', async () => {
    const deps = await startedDeps();
    await expect(runReunion(deps)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--went good\|mixed\|hard/),
    });
  });
});
