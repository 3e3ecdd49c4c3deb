import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runReflect, type ReflectOptions } from '../../src/commands/reflect.js';
import { addDays } from '../../src/core/dates.js';
import { ExitCode } from '../../src/errors.js';
import { fixedClock, testDeps, type Answer, type TestDeps } from '../helpers/deps.js';
import { startWith } from '../helpers/started.js';

const reflect = (
  deps: TestDeps,
  opts: Partial<ReflectOptions> = {},
  read?: (p: string) => Promise<string>,
) => runReflect({ json: false, ...opts }, deps, read);

/** What was printed, with wrapping undone so sentences can be matched. */
const said = (deps: TestDeps) => deps.out.text().replace(/\s+/g, ' ');

const flags = (extra: Partial<ReflectOptions> = {}): Partial<ReflectOptions> => ({
  mood: 3,
  urge: 4,
  note: 'An ordinary evening.',
  ...extra,
});

async function startedDir(now = fixedClock()): Promise<string> {
  return (await startWith({ now }, { breakupDate: '2026-11-20' })).dir;
}

// Mood, urge, the prompt's answer, the note.
const checkIn = (mood: number, urge: number, answer: string, note: string): Answer[] => [
  mood,
  urge,
  answer,
  note,
];

describe('exco reflect, interactive', () => {
  it('asks mood, urge, a step-2 prompt and a note, saves them, and replies to what was written', async () => {
    const deps = testDeps({
      answers: checkIn(2, 7, 'I went quiet whenever we argued.', 'Long day at work.'),
    });
    await reflect(deps);
    expect(deps.prompter.remaining()).toBe(0);
    const saved = deps.store.read()!.reflections;
    expect(saved).toEqual([
      expect.objectContaining({
        id: 'r1',
        date: '2026-11-26',
        mood: 2,
        urge: 7,
        promptId: 'went-wrong',
        answer: 'I went quiet whenever we argued.',
        note: 'Long day at work.',
        support: [],
      }),
    ]);
    const text = said(deps);
    expect(text).toMatch(/What went wrong between you\?/);
    expect(text).toMatch(/Saved r1 for Thu 26 Nov 2026 · streak: 1 day/);
    const coach = text.slice(text.indexOf('Coach'));
    expect(coach).toMatch(/A low day/);
    expect(coach).toMatch(/urge of 7/);
    // "went quiet" reads as the distant pattern, not yet named.
    expect(coach).toMatch(/being distant may be part of it/);
    expect(coach).toMatch(/exco reflect --mistakes/);
  });

  it('walks through the step-2 prompts on later days, and a skipped one comes back', async () => {
    const first = testDeps({ answers: checkIn(3, 3, 'We stopped making time.', '') });
    await reflect(first);
    const dir = first.dir;
    const second = testDeps({
      dir,
      now: fixedClock('2026-11-27T10:00:00'),
      answers: checkIn(3, 3, '', ''),
    });
    await reflect(second);
    expect(second.store.read()!.reflections[1]).toMatchObject({ promptId: 'own-part' });
    expect(second.store.read()!.reflections[1]!.answer).toBeUndefined();
    expect(said(second)).toMatch(/the question will keep/);
    const third = testDeps({
      dir,
      now: fixedClock('2026-11-28T10:00:00'),
      answers: checkIn(3, 3, 'I stopped listening.', ''),
    });
    await reflect(third);
    expect(third.store.read()!.reflections[2]).toMatchObject({ promptId: 'own-part' });
    expect(said(third)).toMatch(/Responsibility is not self-blame/);
  });

  it.each([
    ['at the mood', ['cancel']],
    ['at the prompt', [3, 5, 'cancel']],
    ['at the note', [3, 5, 'My part was sulking.', 'cancel']],
  ] as const)('Ctrl-C %s saves nothing', async (_, answers) => {
    const deps = testDeps({ answers: [...answers] });
    await expect(reflect(deps)).rejects.toMatchObject({ exitCode: ExitCode.cancelled });
    expect(deps.store.read()).toBeNull();
  });

  it('without a terminal and without flags it exits 2 and names the flags', async () => {
    const deps = testDeps({ interactive: false });
    await expect(reflect(deps)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--mood 1-5 --urge 0-10 --note TEXT.*--note-file/),
    });
    expect(deps.store.read()).toBeNull();
  });

  it('--date alone back-fills a past day through the questions', async () => {
    const deps = testDeps({ answers: checkIn(3, 4, '', 'Catching up.') });
    await reflect(deps, { date: '2026-11-24' });
    expect(deps.prompter.asked[0]).toBe('How was your mood that day?');
    expect(deps.store.read()!.reflections[0]).toMatchObject({ date: '2026-11-24', mood: 3 });
    expect(said(deps)).toMatch(/Check-in · Tue 24 Nov 2026/);
  });

  it('says so when the day already has a check-in, and the streak counts it once', async () => {
    const deps = testDeps({ interactive: false });
    await reflect(deps, flags());
    const again = testDeps({ dir: deps.dir, answers: checkIn(4, 2, '', '') });
    await reflect(again);
    const text = said(again);
    expect(text).toMatch(/already checked in for this day \(r1\)/);
    expect(text).toMatch(/2 check-ins for that day; the streak counts it once/);
    expect(text).toMatch(/streak: 1 day\b/);
  });
});

describe('exco reflect, with flags', () => {
  it('--json prints exactly { saved, id, date, streak, support } and works before exco start', async () => {
    const deps = testDeps({ interactive: false });
    await reflect(deps, flags({ json: true }));
    expect(deps.out.stdout).toHaveLength(1);
    expect(JSON.parse(deps.out.stdout[0]!)).toEqual({
      saved: true,
      id: 'r1',
      date: '2026-11-26',
      streak: 1,
      support: [],
    });
    expect(deps.store.read()!.profile).toBeNull();
  });

  it('reads the note from a file, dropping only the final line break', async () => {
    const deps = testDeps({ interactive: false });
    const files: Record<string, string> = { '-': 'line one\n  line two\n' };
    await reflect(deps, { mood: 4, urge: 1, noteFile: '-' }, async (p) => files[p] as string);
    expect(deps.store.read()!.reflections[0]!.note).toBe('line one\n  line two');
  });

  it('back-fills a past day with --date, and the streak joins up', async () => {
    const deps = testDeps({ interactive: false });
    await reflect(deps, flags({ date: '2026-11-24' }));
    expect(said(deps)).toMatch(/back-filled for Tue 24 Nov 2026 · streak: 0 days/);
    await reflect(deps, flags({ date: '2026-11-25' }));
    await reflect(deps, flags({ json: true }));
    expect(JSON.parse(deps.out.stdout.at(-1)!)).toMatchObject({ date: '2026-11-26', streak: 3 });
  });

  const enoent = async (): Promise<string> => {
    throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
  };

  it.each([
    ['mood 0', flags({ mood: 0 }), /--mood must be a whole number from 1 to 5/],
    ['mood 6', flags({ mood: 6 }), /--mood must be/],
    ['mood 2.5', flags({ mood: 2.5 }), /--mood must be/],
    ['urge -1', flags({ urge: -1 }), /--urge must be a whole number from 0 to 10/],
    ['urge 11', flags({ urge: 11 }), /--urge must be/],
    ['no urge', { mood: 3, note: 'x' }, /needs --mood and --urge/],
    ['no mood', { urge: 3, note: 'x' }, /needs --mood and --urge/],
    ['no note', { mood: 3, urge: 3 }, /needs a note/],
    ['an empty note', flags({ note: '   ' }), /note is empty/],
    ['both note flags', flags({ noteFile: 'x.txt' }), /either --note or --note-file/],
    ['a future date', flags({ date: '2026-11-27' }), /cannot be in the future/],
    ['an impossible date', flags({ date: '2026-02-30' }), /real date/],
    ['--json alone', { json: true }, /needs --mood and --urge/],
    [
      'a check-in mixed with a mistake',
      flags({ mistake: 'clingy', plan: 'x' }),
      /one thing at a time/,
    ],
    ['a check-in mixed with the day start', flags({ dayStartsAt: 5 }), /one thing at a time/],
    ['a day start of 13', { dayStartsAt: 13 }, /whole hour from 0 to 12/],
  ] as const)('refuses %s with exit 2 and saves nothing', async (_, opts, why) => {
    const deps = testDeps({ interactive: false });
    await expect(reflect(deps, opts)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(why),
    });
    expect(deps.store.read()).toBeNull();
  });

  it('refuses an unreadable or oversized note file with exit 2 and saves nothing', async () => {
    const deps = testDeps({ interactive: false });
    await expect(
      reflect(deps, { mood: 3, urge: 3, noteFile: 'gone.txt' }, enoent),
    ).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(/cannot read the note file gone.txt: it does not exist/),
    });
    await expect(
      reflect(deps, { mood: 3, urge: 3, noteFile: 'big.txt' }, async () => 'x'.repeat(50_001)),
    ).rejects.toMatchObject({ exitCode: ExitCode.usage, message: expect.stringMatching(/limit/) });
    expect(deps.store.read()).toBeNull();
  });
});

describe('support on what they wrote', () => {
  it('a crisis note shows crisis resources before anything else and a caring reply', async () => {
    const deps = testDeps({ interactive: false });
    await reflect(deps, flags({ mood: 1, urge: 9, note: 'I want to die. Nothing matters.' }));
    const text = said(deps);
    const resources = text.indexOf('You do not have to carry this alone');
    expect(resources).toBeGreaterThan(-1);
    expect(resources).toBeLessThan(text.indexOf('Saved r1'));
    expect(text.slice(text.indexOf('Coach'))).toMatch(/Please reach out/);
    expect(text.slice(text.indexOf('Coach'))).not.toMatch(/urge of 9|exco reflect --mistakes/);
    expect(deps.store.read()!.reflections[0]!.support).toEqual(['crisis']);
  });

  it('a mood of 1 with nothing flagged still ends on one line of where to turn', async () => {
    const hardDay = /do not have to wait until it gets worse to talk to someone/;
    const low = testDeps({ interactive: false });
    await reflect(low, flags({ mood: 1, note: 'Everything feels heavy today.' }));
    expect(said(low)).toMatch(hardDay);
    // Their country's crisis line when exco knows it.
    const uk = await startWith({}, { breakupDate: '2026-11-20', country: 'GB' });
    await reflect(uk, flags({ mood: 1 }));
    expect(said(uk)).toMatch(/talk to someone. Samaritans: Call 116 123/);
    for (const [mood, note] of [
      [2, 'A low day.'],
      [1, 'I want to die. Nothing matters.'],
    ] as const) {
      const deps = testDeps({ interactive: false });
      await reflect(deps, flags({ mood, note }));
      expect(said(deps)).not.toMatch(hardDay);
    }
  });

  it('with --json the resources go to stderr and stdout stays one JSON document', async () => {
    const deps = testDeps({ interactive: false });
    await reflect(deps, flags({ note: 'I want to kill myself', json: true }));
    expect(JSON.parse(deps.out.stdout.join('\n'))).toMatchObject({ support: ['crisis'] });
    expect(deps.out.stderr.join('\n')).toMatch(/You do not have to carry this alone/);
  });

  it('fear of someone shows abuse resources first and offers safety mode', async () => {
    const dir = await startedDir();
    const deps = testDeps({
      dir,
      answers: [...checkIn(2, 1, '', 'He said he would hurt me if I tell anyone.'), true],
    });
    await reflect(deps);
    const text = said(deps);
    expect(text.indexOf('Support for your safety')).toBeLessThan(text.indexOf('Saved r1'));
    const data = deps.store.read()!;
    expect(data.safety).toMatchObject({ source: 'check-in' });
    expect(data.reflections[0]!.support).toEqual(['safety']);
    expect(text.slice(text.indexOf('Coach'))).not.toMatch(/your part|--mistakes/);
  });

  it('Ctrl-C at the safety-mode question saves nothing', async () => {
    const dir = await startedDir();
    const deps = testDeps({
      dir,
      answers: [...checkIn(2, 1, '', 'I am scared of him, he follows me home.'), 'cancel'],
    });
    await expect(reflect(deps)).rejects.toMatchObject({ exitCode: ExitCode.cancelled });
    expect(deps.store.read()!.reflections).toHaveLength(0);
    expect(deps.store.read()!.safety).toBeNull();
  });

  it('after a safety flag, prompts never ask about their own part', async () => {
    const deps = testDeps({ interactive: false });
    await reflect(deps, flags({ note: 'I am afraid of my ex, he hit me.' }));
    const next = testDeps({
      dir: deps.dir,
      now: fixedClock('2026-11-27T10:00:00'),
      answers: checkIn(3, 2, 'My sister.', ''),
    });
    await reflect(next);
    expect(next.store.read()!.reflections[1]!.promptId).toBe('steady');
  });
});

describe('the day boundary', () => {
  it('a check-in at 1:30 am counts for the evening before, and says why', async () => {
    const deps = testDeps({ interactive: false, now: fixedClock('2026-11-27T01:30:00') });
    await reflect(deps, flags());
    expect(deps.store.read()!.reflections[0]!.date).toBe('2026-11-26');
    expect(said(deps)).toMatch(/before 04:00, so this counts for Thu 26 Nov 2026/);
    expect(said(deps)).toMatch(/--day-starts-at/);
  });

  it('--day-starts-at moves the boundary, before exco start too', async () => {
    const deps = testDeps({ interactive: false, now: fixedClock('2026-11-27T05:30:00') });
    await reflect(deps, { dayStartsAt: 6 });
    expect(deps.store.read()!.settings.dayStartHour).toBe(6);
    expect(said(deps)).toMatch(/A new day now starts at 06:00/);
    await reflect(deps, flags({ json: true }));
    expect(JSON.parse(deps.out.stdout.at(-1)!)).toMatchObject({ date: '2026-11-26' });
    await reflect(deps, { dayStartsAt: 0, json: true });
    expect(JSON.parse(deps.out.stdout.at(-1)!)).toEqual({ saved: true, dayStartHour: 0 });
    await reflect(deps, flags({ json: true }));
    expect(JSON.parse(deps.out.stdout.at(-1)!)).toMatchObject({ date: '2026-11-27' });
  });

  it('back-filling the calendar day is allowed at 1 am; the next day is not', async () => {
    const deps = testDeps({ interactive: false, now: fixedClock('2026-11-27T01:00:00') });
    await reflect(deps, flags({ date: '2026-11-27' }));
    expect(deps.store.read()!.reflections[0]!.date).toBe('2026-11-27');
    await expect(reflect(deps, flags({ date: '2026-11-28' }))).rejects.toMatchObject({
      exitCode: ExitCode.usage,
    });
  });
});

describe('exco reflect, with and without the tail of check-ins noted with the last save', () => {
  /** Blanks the tail line of the note, so the next check-in reads the whole file. */
  const withoutTail = (dir: string) => {
    const note = path.join(dir, 'data.json.checked');
    const lines = fs.readFileSync(note, 'utf8').split('\n');
    lines[3] = '';
    fs.writeFileSync(note, lines.join('\n'));
  };

  it('prints and saves the same: ids, streak, same-day count, the coach on trends and plans', async () => {
    const dirs: string[] = [];
    for (let twin = 0; twin < 2; twin += 1) {
      const dir = await startedDir(fixedClock('2026-11-20T09:00:00'));
      const deps = testDeps({ dir, now: fixedClock('2026-11-20T09:00:00') });
      await deps.store.update((d) => {
        d.mistakes.push({
          id: 'm1',
          at: d.createdAt,
          pattern: 'distant',
          plan: 'Say it the same day',
        });
        d.mistakes.push({ id: 'm2', at: d.createdAt, pattern: 'clingy', plan: 'Give space' });
      });
      dirs.push(dir);
    }
    // Seven weeks of check-ins, a low run, two on one day, a back-filled day, then today's.
    // Seven weeks, so the tail noted at a day's first write leaves most of them out.
    const days = Array.from({ length: 50 }, (_, i) => addDays('2026-11-21', i - 49));
    const runs: [string, Partial<ReflectOptions>][] = [
      ...days.map((day, i): [string, Partial<ReflectOptions>] => [
        `${day}T21:00:00`,
        flags({ mood: i > 45 ? 1 : 3 + (i % 2), urge: i % 11, note: `day ${i}` }),
      ]),
      ['2026-11-21T22:00:00', flags({ mood: 2, note: 'second today, felt distant' })],
      ['2026-11-22T10:00:00', flags({ date: '2026-11-12', note: 'back-filled' })],
      ['2026-11-22T21:00:00', flags({ mood: 4, urge: 1, note: 'better' })],
    ];
    const printed: string[][] = [[], []];
    for (const [clock, opts] of runs) {
      for (const [twin, dir] of dirs.entries()) {
        if (twin === 1 && fs.existsSync(path.join(dir, 'data.json.checked'))) withoutTail(dir);
        const deps = testDeps({ dir, now: fixedClock(clock) });
        await reflect(deps, opts);
        printed[twin]!.push(said(deps));
      }
    }
    expect(printed[0]).toEqual(printed[1]);
    expect(printed[0]!.join('\n')).toMatch(/streak: 51 days/);
    expect(printed[0]!.join('\n')).toMatch(/(Say it the same day|Give space)/);
    const [a, b] = dirs.map((dir) => fs.readFileSync(path.join(dir, 'data.json'), 'utf8'));
    expect(a).toBe(b);
  });
});
