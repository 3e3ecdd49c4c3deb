import { describe, expect, it } from '@jest/globals';
import { runDraft } from '../../src/commands/draft.js';
import { ExitCode } from '../../src/errors.js';
import { fixedClock, testDeps } from '../helpers/deps.js';
import { startWith } from '../helpers/started.js';

type Options = Parameters<typeof testDeps>[0];

const startedDeps = (
  options: Options = {},
  extra: { safety?: 'yes' | 'no'; breakupDate?: string } = {},
) => startWith(options, extra);

const json = (deps: ReturnType<typeof testDeps>) => JSON.parse(deps.out.stdout.join('\n'));

describe('exco draft', () => {
  it('--json prints verdict, findings and support, and saves nothing', async () => {
    const deps = testDeps({ interactive: false });
    await runDraft(['I', 'miss', 'you,', 'please', 'answer', 'me'], { json: true }, deps);
    const result = json(deps);
    expect(result.verdict).toBe('revise');
    expect(result.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['love', 'demand']),
    );
    expect(result.findings[0]).toEqual({
      rule: expect.any(String),
      message: expect.any(String),
      suggestion: expect.any(String),
    });
    expect(result.support).toEqual([]);
    expect(deps.store.read()).toBeNull();
  });

  it('in text mode says the verdict, each finding and a direction, never a rewritten message', async () => {
    const deps = testDeps({ interactive: false });
    await runDraft(['We need to talk. I have changed.'], { json: false }, deps);
    const text = deps.out.text();
    expect(text).toMatch(/^Revise:/m);
    expect(text).toMatch(/presses them/);
    expect(text).toMatch(/→ Leave out any request/);
    expect(text).toMatch(/show, don't tell/);
    expect(text).toMatch(/checked the words only/);
    expect(text).toMatch(/never sends anything/);
  });

  it('an ok message before the window ends is a wait, with the day count', async () => {
    const deps = await startedDeps({}, { breakupDate: '2026-11-20' });
    await runDraft(['congrats on the new job!'], { json: false }, deps);
    expect(deps.out.text()).toMatch(/^Wait:/m);
    expect(deps.out.text()).toMatch(/day 6 to day 0/);
    const after = await startedDeps();
    await runDraft(['congrats on the new job!'], { json: false }, after);
    expect(after.out.text()).toMatch(/^OK:/m);
    expect(after.out.text()).toMatch(/Step 4 opens once/);
  });

  it('reads the message from a file, or stdin with -', async () => {
    const deps = testDeps({ interactive: false });
    const read = (path: string) =>
      path === '-' ? 'happy birthday, hope it is a good one\n' : 'I need you';
    await runDraft([], { file: '-', json: true }, deps, read);
    await runDraft([], { file: 'msg.txt', json: true }, deps, read);
    const [first, second] = deps.out.stdout.map((s) => JSON.parse(s));
    expect(first.verdict).toBe('ok');
    expect(second.verdict).toBe('revise');
  });

  it('asks for the message in a terminal, and names the flags without one', async () => {
    const asking = testDeps({ answers: ['good luck at the race tomorrow!'] });
    await expect(runDraft([], { json: true }, asking)).resolves.toMatchObject({ verdict: 'ok' });
    await expect(
      runDraft([], { json: false }, testDeps({ interactive: false })),
    ).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--file PATH\|-/),
    });
  });

  it.each([
    [[], { file: 'x.txt' }, (): string => '   \n', /empty/],
    [['hi'], { file: 'x.txt' }, (): string => 'hi', /not both/],
    [
      [],
      { file: 'missing.txt' },
      (): string => {
        throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      },
      /cannot read missing\.txt \(ENOENT\)/,
    ],
    [[], { file: 'big.txt' }, (): string => 'x'.repeat(20_001), /20001 characters/],
  ] as const)('refuses bad input with exit 2 (%#)', async (words, opts, read, why) => {
    const deps = testDeps({ interactive: false });
    await expect(runDraft(words, { ...opts, json: false }, deps, read)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(why),
    });
  });

  it('in safety mode it stops and shows safety resources', async () => {
    const deps = await startedDeps({}, { safety: 'yes' });
    await runDraft(['hope you are well'], { json: false }, deps);
    const text = deps.out.text();
    expect(text).toMatch(/^Stop:/m);
    expect(text).toMatch(/Support for your safety/);
    expect(text).not.toMatch(/→ Keep it to one or two/);
  });

  it('crisis words bring resources first, in text mode only', async () => {
    const deps = testDeps({ interactive: false });
    await runDraft(['I want to kill myself if you do not come back'], { json: false }, deps);
    const text = deps.out.text();
    expect(text.indexOf('You do not have to carry this alone')).toBeLessThan(
      text.indexOf('Revise:'),
    );
    const quiet = testDeps({ interactive: false });
    await runDraft(['I want to kill myself'], { json: true }, quiet);
    expect(json(quiet).support).toEqual(['crisis']);
    expect(quiet.out.text()).not.toMatch(/carry this alone/);
  });

  it('says when it is late at night', async () => {
    const deps = testDeps({ interactive: false, now: fixedClock('2026-11-26T23:10:00') });
    await runDraft(['congrats on the new job!'], { json: false }, deps);
    expect(deps.out.text()).toMatch(/It is late/);
    const day = testDeps({ interactive: false });
    await runDraft(['congrats on the new job!'], { json: false }, day);
    expect(day.out.text()).not.toMatch(/It is late/);
  });

  it('does not tell a practical message to wait for the morning', async () => {
    const deps = testDeps({ interactive: false, now: fixedClock('2026-11-26T23:10:00') });
    await runDraft(
      ['The school called, Sam has a fever. Can you pick him up?'],
      { json: false },
      deps,
    );
    expect(deps.out.text()).toMatch(/^OK:/m);
    expect(deps.out.text()).not.toMatch(/It is late/);
  });

  it('a practical message during no contact is fine, and says so', async () => {
    const deps = await startedDeps({}, { breakupDate: '2026-11-20' });
    await runDraft(['Can you pick up the kids at 5 on Friday?'], { json: false }, deps);
    expect(deps.out.text()).toMatch(/^OK:/m);
    expect(deps.out.text()).toMatch(/practical matter/);
    expect(deps.out.text()).toMatch(/exco contact\s+--type\s+logistics/);
    expect(deps.out.text()).not.toMatch(/never reply/);
  });
});
