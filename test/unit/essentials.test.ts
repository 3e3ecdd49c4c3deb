/**
 * The essentials of a document stand in for it wherever the engine is all that is needed (the
 * `faq` answers): for any document and any day, they must give exactly the same assessment and
 * the same personal notes.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assess, isStarted } from '../../src/core/engine.js';
import { essentialsOf } from '../../src/core/essentials.js';
import { personalNotes } from '../../src/core/faq-personal.js';
import { CONTACT_TYPES, OUTCOMES, RESPONSES, type ExcoData } from '../../src/core/model.js';
import { FAQ_IDS } from '../../src/content/faq.js';
import { AT, started, withGrowth } from '../helpers/engine.js';

const dayArb = fc
  .integer({ min: 0, max: 400 })
  .map((n) => new Date(Date.UTC(2026, 9, 1 + n)).toISOString().slice(0, 10));

const documentArb = fc
  .record({
    breakupDate: dayArb,
    exNewPartner: fc.boolean(),
    safety: fc.boolean(),
    growth: fc.boolean(),
    extraLogs: fc.array(dayArb, { maxLength: 5 }),
    contacts: fc.array(
      fc.record({
        date: dayArb,
        type: fc.constantFrom(...CONTACT_TYPES),
        response: fc.option(fc.constantFrom(...RESPONSES), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    outcomes: fc.array(fc.tuple(dayArb, fc.constantFrom(...OUTCOMES)), { maxLength: 3 }),
    checkIns: fc.array(dayArb, { maxLength: 6 }),
  })
  .map((r): ExcoData => {
    const data = started({ breakupDate: r.breakupDate, exNewPartner: r.exNewPartner });
    if (r.safety) data.safety = { since: AT, source: 'screening' };
    if (r.growth) withGrowth(data);
    for (const date of r.extraLogs)
      data.goals[0]?.logs.push({ id: `l${date}`, at: `${date}T08:00:00.000Z`, date });
    r.contacts.forEach((c, i) =>
      data.contacts.push({
        id: `c${i + 1}`,
        at: `${c.date}T20:00:00.000Z`,
        date: c.date,
        type: c.type,
        ...(c.response ? { response: c.response } : {}),
      }),
    );
    r.outcomes.forEach(([date, outcome], i) =>
      data.outcomes.push({ id: `o${i + 1}`, at: `${date}T21:00:00.000Z`, outcome }),
    );
    r.checkIns.forEach((date, i) =>
      data.reflections.push({
        id: `r${i + 1}`,
        at: `${date}T22:00:00.000Z`,
        date,
        mood: 3,
        urge: 4,
        note: 'A quiet day.',
        support: [],
      }),
    );
    return data;
  });

describe('essentials of a document', () => {
  it('give the same assessment and FAQ notes as the whole document, on any day', () => {
    fc.assert(
      fc.property(documentArb, dayArb, (data, day) => {
        const now = new Date(`${day}T12:00:00`);
        const essentials = essentialsOf(data);
        expect(isStarted(essentials)).toBe(true);
        if (!isStarted(data) || !isStarted(essentials)) return;
        expect(assess(essentials, now)).toEqual(assess(data, now));
        for (const id of FAQ_IDS)
          expect(personalNotes(id, essentials, now)).toEqual(personalNotes(id, data, now));
      }),
      { numRuns: 300 },
    );
  });

  it('leave out the history that grows every day, and keep at most one log a goal', () => {
    const data = started();
    withGrowth(data);
    data.goals[0]!.logs.push({ id: 'l2', at: AT, date: '2026-11-04' });
    data.reflections.push({ id: 'r1', at: AT, date: '2026-11-02', mood: 2, urge: 7, support: [] });
    data.urges.push({ id: 'u1', at: AT, intensity: 8, heldOff: true });
    const essentials = essentialsOf(data) as Record<string, unknown>;
    expect(essentials.reflections).toBeUndefined();
    expect(essentials.urges).toBeUndefined();
    expect(essentials.conversations).toBeUndefined();
    expect(essentialsOf(data).goals[0]!.logs).toEqual([data.goals[0]!.logs[1]]);
    expect(JSON.stringify(essentialsOf(data)).length).toBeLessThan(JSON.stringify(data).length);
  });

  it('are all a started person needs to be told apart from a new one', () => {
    const fresh = { ...started(), profile: null };
    expect(isStarted(essentialsOf(fresh))).toBe(false);
    expect(personalNotes('wait-time', essentialsOf(fresh), new Date())).toEqual(
      personalNotes('wait-time', fresh, new Date()),
    );
  });
});
