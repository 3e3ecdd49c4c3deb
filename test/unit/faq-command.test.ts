import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runFaq } from '../../src/commands/faq.js';
import { runStart } from '../../src/commands/start.js';
import { personalNotes } from '../../src/core/faq-personal.js';
import { localNoon, started, withContact } from '../helpers/engine.js';
import { testDeps } from '../helpers/deps.js';

/** A person set up with `exco start` on 2026-11-16 (window 51 days), in a fresh data folder. */
const PROFILE = {
  breakupDate: '2026-11-16',
  monthsTogether: 30,
  intensity: 'medium',
  reason: 'trust',
  initiator: 'them',
  safety: 'no',
  json: false,
} as const;
const startedDir = async (profile: Parameters<typeof runStart>[0] = PROFILE): Promise<string> => {
  const deps = testDeps({ interactive: false });
  await runStart(profile, deps);
  return deps.dir;
};

const ask = async (question: string, deps = testDeps()) => {
  await runFaq(question.split(' '), { list: false, json: true }, deps);
  return JSON.parse(deps.out.stdout[0]!);
};

describe('exco faq QUESTION', () => {
  it('answers in the documented JSON shape', async () => {
    const json = await ask('my ex has a new girlfriend');
    expect(json.match).toMatchObject({
      id: 'ex-dating',
      question: expect.any(String),
      answer: expect.any(String),
      score: expect.any(Number),
    });
    expect(Array.isArray(json.alternatives)).toBe(true);
  });

  it('an off-topic question gets no match and, in text, the list of topics', async () => {
    expect((await ask('how do I bake sourdough bread')).match).toBeNull();
    const deps = testDeps();
    await runFaq(['what', 'is', 'the', 'weather'], { list: false, json: false }, deps);
    expect(deps.out.text()).toMatch(/I don't have an answer for that/);
    expect(deps.out.text()).toMatch(/exco faq wait-time/);
  });

  it('a question with signs of crisis gets resources first, and no list of topics', async () => {
    const deps = testDeps();
    await runFaq(
      "i can't do this anymore, i want to die".split(' '),
      { list: false, json: false },
      deps,
    );
    const text = deps.out.stdout.join('\n');
    expect(deps.out.stdout[0]).toMatch(/sounds really painful/);
    expect(text).toMatch(/988/);
    expect(text).not.toMatch(/I don't have an answer for that/);
    const resources = text.indexOf('You do not have to carry this alone');
    expect(resources).toBeGreaterThanOrEqual(0);
    expect(resources).toBeLessThan(text.indexOf('exco faq --list'));
  });

  it('with --json, support is in the answer and the resources go to stderr', async () => {
    const deps = testDeps();
    await runFaq(['he', 'choked', 'me', 'last', 'night'], { list: false, json: true }, deps);
    expect(deps.out.stdout).toHaveLength(1);
    expect(JSON.parse(deps.out.stdout[0]!).support).toEqual(['safety']);
    expect(deps.out.stderr.join('\n')).toMatch(/Support for your safety/);
    expect((await ask('how long should I wait before texting him')).support).toEqual([]);
  });

  it('an everyday worry in strong words is answered, not alarmed on', async () => {
    const json = await ask('this no contact thing is killing me, how long should i wait');
    expect(json.support).toEqual([]);
    expect(json.match).toMatchObject({ id: 'wait-time' });
  });

  it('resources show even when the data file cannot be read', async () => {
    const deps = testDeps();
    fs.writeFileSync(path.join(deps.dir, 'data.json'), '{ not json');
    await runFaq(['i', 'want', 'to', 'end', 'it', 'all'], { list: false, json: false }, deps);
    expect(deps.out.text()).toMatch(/You do not have to carry this alone/);
  });

  it('danger from the ex in the question: safety first, whatever the answer', async () => {
    const question = 'he choked me last night, how long should i wait before texting him';
    const json = await ask(question);
    expect(json.support).toEqual(['safety']);
    expect(json.personal.join(' ')).toMatch(/may not be safe with them/);
    const deps = testDeps({ interactive: false });
    await runFaq(question.split(' '), { list: false, json: false }, deps);
    const next = deps.out.text().split('What to do next')[1] ?? '';
    expect(next).toMatch(/Your safety comes first/);
    expect(next).not.toMatch(/exco urge/);
  });

  it('an id answers directly', async () => {
    expect((await ask('friends')).match).toMatchObject({ id: 'friends', score: 1 });
  });

  it('--list prints every question', async () => {
    const deps = testDeps();
    await runFaq([], { list: true, json: true }, deps);
    expect(JSON.parse(deps.out.stdout[0]!).map((f: { id: string }) => f.id)).toEqual([
      'wait-time',
      'ex-dating',
      'unresponsive',
      'friends',
      'not-my-fault',
      'goes-wrong-again',
    ]);
  });

  it('the picker answers, then offers another question', async () => {
    const deps = testDeps({ answers: ['unresponsive', true, 'friends', false] });
    await runFaq([], { list: false, json: false }, deps);
    expect(deps.prompter.remaining()).toBe(0);
    expect(deps.out.text()).toMatch(
      /What if my ex is not answering me\?[\s\S]*Can my ex and I be friends\?/,
    );
  });

  it('without a terminal and without a question, names what to pass', async () => {
    await expect(
      runFaq([], { list: false, json: false }, testDeps({ interactive: false })),
    ).rejects.toMatchObject({ exitCode: 2 });
  });

  it('answers that know the person: their own window', async () => {
    const json = await ask('how long should I wait', testDeps({ dir: await startedDir() }));
    expect(json.personal.join(' ')).toMatch(
      /Your own window is 51 days: you are on day 10, with 41 to go/,
    );
  });

  it('a question with a sign of danger offers safety mode, and a no keeps the answer', async () => {
    const question =
      'he keeps turning up outside my work and i am scared, how long should i wait'.split(' ');
    const asked = testDeps({ dir: await startedDir(), answers: [true] });
    await runFaq(question, { list: false, json: false }, asked);
    expect(asked.prompter.remaining()).toBe(0);
    expect(asked.out.text()).toMatch(/Safety mode is on/);
    expect(asked.store.read()?.safety).toMatchObject({ source: 'check-in' });
    expect(asked.out.text()).toMatch(/exco is in safety mode/);

    const declined = testDeps({ dir: await startedDir(), answers: [false] });
    await runFaq(question, { list: false, json: false }, declined);
    expect(declined.store.read()?.safety).toBeNull();
    expect(declined.out.text()).toMatch(/Your own window is 51 days/);
  });

  it('in safety mode, what to do next is safety first, not steps towards contact', async () => {
    const dir = await startedDir();
    const before = testDeps({ dir });
    await runFaq(['wait-time'], { list: false, json: false }, before);
    expect(before.out.text()).toMatch(/exco urge/);
    await runStart({ ...PROFILE, safety: 'yes' }, testDeps({ dir, interactive: false }));
    const after = testDeps({ dir });
    await runFaq(['wait-time'], { list: false, json: false }, after);
    const next = after.out.text().split('What to do next')[1] ?? '';
    expect(next).toMatch(/Your safety comes first/);
    expect(next).toMatch(/Keep no contact, for good/);
    expect(next).not.toMatch(/exco urge|exco status` to see your own no-contact window/);
  });
});

describe('personalNotes', () => {
  const now = localNoon('2026-12-20');

  it('safety mode overrides every answer with safety first', () => {
    const data = started();
    data.safety = { since: '2026-11-01T10:00:00.000Z', source: 'screening' };
    for (const id of ['wait-time', 'friends', 'unresponsive'] as const) {
      expect(personalNotes(id, data, now).join(' ')).toMatch(/safety mode/);
    }
  });

  it('ex-dating knows when exco has been told', () => {
    expect(personalNotes('ex-dating', started({ exNewPartner: true }), now).join(' ')).toMatch(
      /You told exco your ex is with someone new/,
    );
  });

  it('unresponsive counts cold attempts and points to acceptance after repeats', () => {
    const data = started();
    withContact(data, 'reconnect', '2026-12-01', 'none');
    withContact(data, 'reconnect', '2026-12-16', 'cool');
    const text = personalNotes('unresponsive', data, now).join(' ');
    expect(text).toMatch(/2 reconnect attempts in a row/);
    expect(text).toMatch(/backing off until/);
    expect(text).toMatch(/acceptance/);
  });

  it('before start, wait-time suggests setting up', () => {
    expect(personalNotes('wait-time', null, now).join(' ')).toMatch(/exco start/);
  });
});
