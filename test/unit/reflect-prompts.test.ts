import { describe, expect, it } from '@jest/globals';
import { emptyData, type ExcoData } from '../../src/core/model.js';
import { choosePrompt, promptSetsFor } from '../../src/core/reflection-prompts.js';
import { localNoon, started, withContact, withGrowth } from '../helpers/engine.js';

// Default profile: breakup 2026-11-01, 21-day window ending 2026-11-22.
let seq = 0;
function answered(data: ExcoData, promptId: string, day: string, answer = 'an answer'): void {
  seq += 1;
  data.reflections.push({
    id: `r${seq}`,
    at: localNoon(day).toISOString(),
    date: day,
    mood: 3,
    urge: 3,
    promptId,
    ...(answer ? { answer } : {}),
    support: [],
  });
}

describe('which prompts fit where the person stands', () => {
  it('before exco start, the step-2 questions', () => {
    expect(promptSetsFor(null, localNoon('2026-11-05'))).toEqual(['step2']);
    expect(choosePrompt(emptyData(localNoon('2026-11-05')), localNoon('2026-11-05')).id).toBe(
      'went-wrong',
    );
  });

  it('during the space period, and until a mistake has a plan, the step-2 questions', () => {
    const data = started();
    expect(promptSetsFor(data, localNoon('2026-11-05'))).toEqual(['step2']);
    expect(promptSetsFor(data, localNoon('2026-12-01'))).toEqual(['step2']);
  });

  it('once the space is done and a plan is named, growth questions', () => {
    const data = started();
    data.mistakes.push({ id: 'm1', at: data.createdAt, pattern: 'clingy', plan: 'Wait an hour.' });
    const prompt = choosePrompt(data, localNoon('2026-12-01'));
    expect(prompt.set).toBe('improve');
  });

  it('when step 4 is open, reconnecting and show-don’t-tell questions', () => {
    const data = started();
    withGrowth(data);
    expect(promptSetsFor(data, localNoon('2026-12-01'))).toEqual(['reconnect', 'show']);
    expect(choosePrompt(data, localNoon('2026-12-01')).id).toBe('either-way');
  });

  it('when they showed interest, reunion questions', () => {
    const data = started();
    withContact(data, 'they-initiated', '2026-11-20', 'warm');
    expect(choosePrompt(data, localNoon('2026-11-25')).set).toBe('reunion');
  });

  it('when the ex is with someone new, acceptance questions', () => {
    const data = started({ exNewPartner: true });
    expect(choosePrompt(data, localNoon('2026-11-05')).set).toBe('acceptance');
  });

  it('in safety mode, never "your part": only questions about safety and their own life', () => {
    const data = started();
    data.safety = { since: data.createdAt, source: 'screening' };
    const prompt = choosePrompt(data, localNoon('2026-11-05'));
    expect(prompt.set).toBe('safety');
    expect(prompt.text).not.toMatch(/your part|wrong|differently/i);
  });

  it('after a check-in with a safety flag, even before exco start', () => {
    const data = emptyData(localNoon('2026-11-05'));
    answered(data, 'went-wrong', '2026-11-05');
    data.reflections[0]!.support = ['safety'];
    expect(choosePrompt(data, localNoon('2026-11-06')).set).toBe('safety');
  });
});

describe('rotation', () => {
  it('walks the four step-2 questions in order, then comes back to the longest-waiting one', () => {
    const data = started();
    const seen: string[] = [];
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']) {
      const prompt = choosePrompt(data, localNoon(day));
      seen.push(prompt.id);
      answered(data, prompt.id, day);
    }
    expect(seen).toEqual(['went-wrong', 'own-part', 'differently', 'learned', 'went-wrong']);
  });

  it('a skipped question is offered again', () => {
    const data = started();
    answered(data, 'went-wrong', '2026-11-02');
    answered(data, 'own-part', '2026-11-03', '');
    expect(choosePrompt(data, localNoon('2026-11-04')).id).toBe('own-part');
  });
});
