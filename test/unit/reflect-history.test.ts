import { describe, expect, it } from '@jest/globals';
import { runReflectList, runReflectShow } from '../../src/commands/reflect-history.js';
import { ExitCode } from '../../src/errors.js';
import { visibleLength } from '../../src/ui/layout.js';
import { printCheckInSummary } from '../../src/ui/reflect-view.js';
import { captureOutput, testDeps, type TestDeps } from '../helpers/deps.js';

/** Escape, bell and carriage return: characters a terminal would act on. */
const controlsIn = (text: string) => ['\u001b', '\u0007', '\r'].filter((c) => text.includes(c));

// The fixed clock reads Thu 26 Nov 2026, 10:00 local.
const ESCAPES = 'Tonight\u001b[2J\u001b]0;owned\u0007 was hard\r\nreally';

async function seed(deps: TestDeps): Promise<void> {
  await deps.store.update((d) => {
    const days = [
      '2026-11-20',
      '2026-11-21',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
    ];
    days.forEach((date, i) =>
      d.reflections.push({
        id: `r${i + 1}`,
        at: new Date(`${date}T21:00:00`).toISOString(),
        date,
        mood: (i % 5) + 1,
        urge: 8 - i,
        support: [],
        note: `Note for ${date}`,
      }),
    );
    d.reflections[5]!.note = ESCAPES;
    d.reflections[5]!.promptId = 'own-part';
    d.reflections[5]!.prompt = 'What was your part in the problems?';
    d.reflections[5]!.answer = 'I \u001b[31mgave up\u001b[0m too soon';
    d.reflections[4]!.support = ['crisis'];
    const urge = (at: string, heldOff: boolean, id: string) => ({
      id,
      at: new Date(at).toISOString(),
      intensity: 6,
      heldOff,
    });
    d.urges.push(
      urge('2026-11-25T22:00:00', true, 'u1'),
      urge('2026-11-24T22:00:00', false, 'u2'),
      urge('2026-11-01T22:00:00', true, 'u3'),
    );
  });
}

const narrow = (deps: TestDeps, columns: number): TestDeps => ({
  ...deps,
  out: { ...deps.out, columns },
});

describe('exco reflect list', () => {
  it('shows the streak, a mood sparkline, a heat map, urges held off and one line per entry', async () => {
    const deps = testDeps();
    await seed(deps);
    runReflectList({ json: false }, deps);
    const text = deps.out.text();
    // Labels and values line up in two columns.
    expect(text).toMatch(/^Check-ins {3}6 in all · 4-day streak/m);
    expect(text).toMatch(/Mood\s+▁▃·▅▆█▁\n/);
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
      expect(text).toMatch(new RegExp(`^\\s+${day} [·█ ]+$`, 'm'));
    expect(text).toMatch(/^Urges {7}1 held off in the last 7 days · 2 of 3 held off in all/m);
    expect(text).toMatch(/^r1\s+Fri 20 Nov 2026\s+▁ 1\s+8\s+Note for 2026-11-20$/m);
    expect(text).toMatch(/^r5 .*⚑ Note for 2026-11-25$/m);
  });

  it('neutralises escape sequences in notes', async () => {
    const deps = testDeps();
    await seed(deps);
    runReflectList({ json: false }, deps);
    const text = deps.out.text();
    expect(controlsIn(text)).toEqual([]);
    expect(text).toContain('Tonight\\e[2J\\e]0;owned\\x07 was hard really');
  });

  it.each([60, 40])('fits a %i-column terminal', async (columns) => {
    const deps = narrow(testDeps(), columns);
    await seed(deps);
    runReflectList({ json: false }, deps);
    const tooWide = deps.out.stdout
      .flatMap((l) => l.split('\n'))
      .filter((l) => visibleLength(l) > columns);
    expect(tooWide).toEqual([]);
    expect(deps.out.text()).toMatch(/Thu [·█ ]+/);
  });

  it('--since keeps later entries; --json prints them with the streak and urges', async () => {
    const deps = testDeps();
    await seed(deps);
    runReflectList({ since: '2026-11-24', json: true }, deps);
    const json = JSON.parse(deps.out.stdout[0]!);
    expect(json).toMatchObject({
      count: 3,
      streak: 4,
      dayStartHour: 4,
      urges: { heldOffThisWeek: 1, heldOff: 2, total: 3 },
    });
    expect(json.reflections.map((r: { id: string }) => r.id)).toEqual(['r4', 'r5', 'r6']);
    // Stored as typed: JSON carries the exact text.
    expect(json.reflections[2].note).toBe(ESCAPES);
  });

  it('before any check-in says how to start', () => {
    const deps = testDeps();
    runReflectList({ json: false }, deps);
    expect(deps.out.text()).toMatch(/No check-ins yet/);
  });
});

describe('exco reflect show', () => {
  it('prints one check-in in full, with their words neutralised', async () => {
    const deps = testDeps();
    await seed(deps);
    runReflectShow('r6', { json: false }, deps);
    const text = deps.out.text();
    expect(text).toMatch(/Check-in r6 · Thu 26 Nov 2026/);
    expect(text).toMatch(/Mood\s+1 of 5 · very low/);
    expect(text).toMatch(/What was your part in the problems\?/);
    expect(text).toContain('I \\e[31mgave up\\e[0m too soon');
    expect(text).toContain('Tonight\\e[2J\\e]0;owned\\x07 was hard\\r');
    expect(controlsIn(text)).toEqual([]);
  });

  it('shows the support flag of a check-in that had one', async () => {
    const deps = testDeps();
    await seed(deps);
    runReflectShow('r5', { json: false }, deps);
    expect(deps.out.text().replace(/\s+/g, ' ')).toMatch(
      /Support crisis: support resources were shown/,
    );
  });

  it('an unknown id exits 2 and says where the ids are', async () => {
    const deps = testDeps();
    await seed(deps);
    expect(() => runReflectShow('r99', { json: false }, deps)).toThrow(
      expect.objectContaining({
        exitCode: ExitCode.usage,
        hint: expect.stringMatching(/reflect list/),
      }),
    );
  });
});

describe('printCheckInSummary', () => {
  it('works without any data, for the status screen', () => {
    const out = captureOutput();
    printCheckInSummary(null, new Date('2026-11-26T10:00:00'), out);
    expect(out.text()).toMatch(/No check-ins yet/);
  });
});
