import { describe, expect, it } from '@jest/globals';
import { historyOf } from '../../src/core/check-ins.js';
import { coachReply, patternCue, type CoachInput } from '../../src/core/coach-reply.js';
import type { Goal, Mistake, Reflection } from '../../src/core/model.js';

let seq = 0;
const entry = (
  day: string,
  mood: number,
  urge: number,
  more: Partial<Reflection> = {},
): Reflection => {
  seq += 1;
  return { id: `r${seq}`, at: `${day}T20:00:00.000Z`, date: day, mood, urge, support: [], ...more };
};

const reply = (today: Reflection, earlier: Reflection[] = [], more: Partial<CoachInput> = {}) =>
  coachReply({
    entry: today,
    history: historyOf(earlier),
    mistakes: [],
    goals: [],
    safetyMode: false,
    ...more,
  }).join(' ');

const distant: Mistake = {
  id: 'm1',
  at: '2026-11-10T10:00:00.000Z',
  pattern: 'distant',
  plan: 'Say how I feel the same day',
};

describe('the coach reply', () => {
  it('answers the mood and urge levels they gave', () => {
    const text = reply(entry('2026-11-26', 1, 9));
    expect(text).toMatch(/A 1 is a really hard day/);
    expect(text).toMatch(/urge of 9 out of 10 is strong.*exco urge/);
    expect(reply(entry('2026-11-26', 4, 1))).toMatch(/A good day.*urge of 1/);
  });

  it('on the first check-in says so, later compares with recent days', () => {
    expect(reply(entry('2026-11-26', 3, 3))).toMatch(/first check-in/);
    const earlier = [
      entry('2026-11-23', 2, 8),
      entry('2026-11-24', 2, 7),
      entry('2026-11-25', 3, 8),
    ];
    expect(reply(entry('2026-11-26', 4, 7), earlier)).toMatch(
      /mood is up from an average of 2\.3 over your last 3 check-ins/,
    );
    expect(reply(entry('2026-11-26', 2, 4), earlier)).toMatch(
      /urge to reach out is down from an average of 7\.7/,
    );
  });

  it('ignores check-ins from more than two weeks before', () => {
    const old = [entry('2026-10-01', 1, 10), entry('2026-10-02', 1, 10)];
    expect(reply(entry('2026-11-26', 5, 0), old)).not.toMatch(/average/);
  });

  it('notices a run of low days and suggests telling someone', () => {
    const earlier = [entry('2026-11-24', 2, 3), entry('2026-11-25', 1, 3)];
    expect(reply(entry('2026-11-26', 2, 3), earlier)).toMatch(
      /last 3 check-ins have all been low.*someone you trust/,
    );
  });

  it('follows up on the prompt they answered, or lets a skipped one keep', () => {
    expect(reply(entry('2026-11-26', 3, 3, { promptId: 'own-part', answer: 'I sulked.' }))).toMatch(
      /Responsibility is not self-blame/,
    );
    expect(reply(entry('2026-11-26', 3, 3, { promptId: 'own-part' }))).toMatch(
      /question will keep/,
    );
  });

  it('quotes the plan of a named mistake their words point to, and a goal that works on it', () => {
    const goal: Goal = {
      id: 'g1',
      at: distant.at,
      category: 'people',
      title: 'Weekly call with Alex',
      addresses: 'm1',
      status: 'active',
      logs: [],
    };
    const text = reply(entry('2026-11-26', 3, 3, { note: 'I shut down again at dinner.' }), [], {
      mistakes: [distant],
      goals: [goal],
    });
    expect(text).toMatch(
      /You named being distant before \(m1\)\. Your plan: “Say how I feel the same day”/,
    );
    expect(text).toMatch(/Your goal “Weekly call with Alex” works on it/);
  });

  it('suggests naming a pattern their words describe but they have not named', () => {
    expect(reply(entry('2026-11-26', 3, 3, { note: 'I was so needy, texting all day.' }))).toMatch(
      /being clingy may be part of it.*--mistakes/,
    );
  });

  it('neutralises control characters in a quoted plan', () => {
    const sneaky = { ...distant, plan: 'Talk\u001b[2J first' };
    const text = reply(entry('2026-11-26', 3, 3, { note: 'went cold' }), [], {
      mistakes: [sneaky],
    });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Talk\\e[2J first');
  });

  it('on a crisis flag it only cares; on a safety flag it never asks about their mistakes', () => {
    const crisis = reply(entry('2026-11-26', 1, 9, { support: ['crisis'], note: 'I shut down' }));
    expect(crisis).toMatch(/Please reach out/);
    expect(crisis).not.toMatch(/urge|mistakes|distant/);
    const safety = reply(
      entry('2026-11-26', 2, 9, { support: ['safety'], note: 'He controls me, I went quiet' }),
      [],
      { mistakes: [distant] },
    );
    expect(safety).toMatch(/Your safety comes before everything/);
    expect(safety).toMatch(/You do not owe them contact/);
    expect(safety).not.toMatch(/exco urge|--mistakes|Your plan/);
  });
});

describe('patternCue', () => {
  it.each([
    ['I was too clingy', 'clingy'],
    ['I pulled away when it got serious', 'distant'],
    ['I kept checking her phone', 'controlling'],
    ["We didn't talk about money, ever", 'communication'],
    ['We had a lovely summer', null],
  ] as const)('%s → %s', (text, pattern) => {
    expect(patternCue(text)).toBe(pattern);
  });
});
