import { describe, expect, it } from '@jest/globals';
import { exco, excoAsync } from '../helpers/cli.js';
import { tempDir } from '../helpers/deps.js';

// Dates relative to the real today, so the test means the same on any day and in any zone.
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const json = (args: string[], home: string) => {
  const result = exco([...args, '--json'], { home });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

function withGoal(): string {
  const home = tempDir();
  const added = json(
    ['goals', 'add', '--category', 'fitness', '--title', 'Go to the gym', '--per-week', '3'],
    home,
  );
  expect(added).toMatchObject({ saved: true, id: 'g1' });
  return home;
}

describe('exco goals through the binary', () => {
  it('add, log with --note-file -, then list --json in the documented shape', () => {
    const home = withGoal();
    const logged = exco(['goals', 'log', 'g1', '--note-file', '-', '--date', daysAgo(1)], {
      home,
      input: 'Leg day.\nTired, glad I went.\n',
    });
    expect(logged.code).toBe(0);
    expect(logged.stdout).toMatch(/Logged g1 on/);
    const [goal] = json(['goals', 'list'], home);
    expect(goal).toEqual(
      expect.objectContaining({
        id: 'g1',
        category: 'fitness',
        title: 'Go to the gym',
        status: 'active',
        perWeek: 3,
        by: null,
        addresses: null,
        logs: 1,
        thisWeek: expect.any(Number),
        streakWeeks: 0,
        lastLog: daysAgo(1),
      }),
    );
    expect(goal.weeks).toHaveLength(8);
    const evidence = json(['goals', 'evidence'], home);
    expect(evidence.unlinked[0].logs).toEqual([
      { id: 'l1', date: daysAgo(1), note: 'Leg day.\nTired, glad I went.' },
    ]);
  });

  it('done and archive move goals out of the default list, --all brings them back', () => {
    const home = withGoal();
    json(['goals', 'add', '--category', 'hobby', '--title', 'Pottery'], home);
    json(['goals', 'add', '--category', 'growth', '--title', 'Read'], home);
    expect(exco(['goals', 'done', 'g1'], { home }).stdout).toMatch(
      /Well done: g1 Go to the gym is done/,
    );
    expect(exco(['goals', 'archive', 'g2'], { home }).code).toBe(0);
    expect(json(['goals', 'list'], home).map((g: { id: string }) => g.id)).toEqual(['g3']);
    const all = json(['goals', 'list', '--all'], home);
    expect(all.map((g: { id: string; status: string }) => [g.id, g.status])).toEqual([
      ['g1', 'done'],
      ['g2', 'archived'],
      ['g3', 'active'],
    ]);
    expect(all[0].doneAt).toEqual(expect.any(String));
  });

  it('two processes logging at once keep both logs', async () => {
    const home = withGoal();
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        excoAsync(['goals', 'log', 'g1', '--note', `session ${n}`, '--date', daysAgo(n)], { home }),
      ),
    );
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const { unlinked } = json(['goals', 'evidence'], home);
    const logs = unlinked[0].logs as Array<{ id: string; note: string }>;
    expect(logs.map((l) => l.note).sort()).toEqual([
      'session 1',
      'session 2',
      'session 3',
      'session 4',
    ]);
    expect(new Set(logs.map((l) => l.id)).size).toBe(4);
  });

  it('bad ids and values exit 2 with a message that names what is valid', () => {
    const home = withGoal();
    const cases: Array<[string[], RegExp]> = [
      [['goals', 'log', 'g7'], /There is no goal g7\. Your goals: g1 \(Go to the gym\)/],
      [['goals', 'log', 'g1', '--date', '2999-01-01'], /cannot be in the future/],
      [
        ['goals', 'add', '--category', 'sport', '--title', 'x'],
        /Allowed choices are fitness, hobby/,
      ],
      [['goals', 'add', '--category', 'fitness', '--title', 'x', '--per-week', '22'], /1 to 21/],
      [
        ['goals', 'add', '--category', 'fitness', '--title', 'x', '--addresses', 'm1'],
        /not named any/,
      ],
      [['goals', 'done', 'g2'], /Your goals: g1/],
      [['goals', 'frobnicate'], /Try one of: add, list, log, done, archive, edit, evidence/],
      [['goals'], /needs a terminal[\s\S]*exco goals list/],
      [['goals', 'add'], /--category fitness\|hobby/],
    ];
    for (const [args, message] of cases) {
      const result = exco(args, { home });
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(message);
    }
    expect(json(['goals', 'list'], home)[0].logs).toBe(0);
  });

  it('a logged goal opens the evidence half of step 4', () => {
    const home = withGoal();
    exco(
      [
        'start',
        '--breakup-date',
        daysAgo(10),
        '--months-together',
        '6',
        '--intensity',
        'low',
      ].concat(['--reason', 'grew-apart', '--initiator', 'mutual', '--safety', 'no']),
      { home },
    );
    const before = JSON.stringify(json(['status'], home).steps);
    expect(before).toMatch(/log evidence on at least one goal/);
    exco(['goals', 'log', 'g1', '--date', daysAgo(0)], { home });
    const after = json(['status'], home).steps;
    expect(JSON.stringify(after)).not.toMatch(/log evidence on at least one goal/);
    expect(after.find((s: { id: string }) => s.id === 'improve').state).toBe('done');
  });
});
