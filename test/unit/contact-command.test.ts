import { describe, expect, it } from '@jest/globals';
import { runContact, type ContactOptions } from '../../src/commands/contact.js';
import { ExitCode } from '../../src/errors.js';
import { testDeps } from '../helpers/deps.js';
import { startWith } from '../helpers/started.js';

const startedDeps = (options: Parameters<typeof testDeps>[0] = {}, safety: 'yes' | 'no' = 'no') =>
  startWith(options, { safety });

const log = (deps: Awaited<ReturnType<typeof startedDeps>>, opts: Partial<ContactOptions>) =>
  runContact({ json: false, ...opts }, deps);

describe('exco contact', () => {
  it('needs exco start first', async () => {
    await expect(log(testDeps({ interactive: false }), { type: 'slip' })).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(/exco start/),
    });
  });

  it('a slip restarts the counter and says so right away', async () => {
    const deps = await startedDeps();
    await log(deps, { type: 'slip', date: '2026-11-24', note: 'texted at 2am' });
    const text = deps.out.text();
    expect(text).toContain('Logged: a slip on Tue 24 Nov 2026 (c1).');
    expect(text).toMatch(/starts again/);
    expect(text).toMatch(/day 2 of 21/);
    expect(deps.store.read()!.contacts[0]).toMatchObject({
      type: 'slip',
      date: '2026-11-24',
      note: 'texted at 2am',
    });
  });

  it('logistics does not touch the counter', async () => {
    const deps = await startedDeps();
    await runContact({ type: 'logistics', json: true }, deps);
    const json = JSON.parse(deps.out.stdout[0]!);
    expect(json).toMatchObject({
      saved: true,
      id: 'c1',
      noContact: { since: '2026-11-01', days: 25 },
      support: [],
    });
  });

  it('a warm message they started opens step 6', async () => {
    const deps = await startedDeps();
    await runContact({ type: 'they-initiated', response: 'warm', json: true }, deps);
    expect(JSON.parse(deps.out.stdout[0]!).step).toMatchObject({ number: 6, id: 'reunion' });
  });

  it.each([
    [{ type: 'slip', response: 'warm' }, /--response is for reconnect/],
    [{ type: 'reconnect' }, /needs --response/],
    [{ type: 'slip', date: '2026-12-25' }, /future/],
    [{ type: 'slip', date: '2026-10-01' }, /before your breakup/],
  ] as const)('refuses %j with exit 2 and saves nothing', async (opts, why) => {
    const deps = await startedDeps();
    await expect(log(deps, opts)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      message: expect.stringMatching(why),
    });
    expect(deps.store.read()!.contacts).toHaveLength(0);
  });

  it('without flags it asks, and without a terminal it names the flags', async () => {
    const deps = await startedDeps();
    await expect(log(deps, {})).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--type slip\|they-initiated/),
    });
    const asking = testDeps({ dir: deps.dir, answers: ['reconnect', 'none', '2026-11-25', ''] });
    await log(asking, {});
    expect(asking.store.read()!.contacts[0]).toMatchObject({
      type: 'reconnect',
      response: 'none',
      date: '2026-11-25',
    });
    expect(asking.out.text()).toMatch(/Give them room until/);
  });

  it('in safety mode it logs and shows resources, never coaching', async () => {
    const deps = await startedDeps({}, 'yes');
    await log(deps, { type: 'they-initiated', response: 'warm' });
    const text = deps.out.text();
    expect(deps.store.read()!.contacts).toHaveLength(1);
    expect(text).toMatch(/do not owe them a reply/);
    expect(text).toMatch(/Support for your safety/);
    expect(text).not.toMatch(/Step 6|reach out now|keep it brief/i);
  });

  it('in safety mode the menu does not offer a reconnect', async () => {
    const deps = await startedDeps({}, 'yes');
    const asking = testDeps({ dir: deps.dir, answers: ['reconnect'] });
    await expect(log(asking, {})).rejects.toThrow(/not offered/);
  });

  it('a note about danger shows resources first and offers safety mode', async () => {
    const deps = await startedDeps();
    const asking = testDeps({ dir: deps.dir, answers: [true] });
    await log(asking, {
      type: 'they-initiated',
      response: 'cool',
      note: 'he threatened to hurt me if I tell anyone',
    });
    const text = asking.out.text();
    expect(text.indexOf('Support for your safety')).toBeLessThan(text.indexOf('Logged:'));
    expect(asking.store.read()!.safety).toMatchObject({ source: 'contact' });
    expect(asking.store.read()!.contacts[0]!.support).toEqual(['safety']);
  });
});
