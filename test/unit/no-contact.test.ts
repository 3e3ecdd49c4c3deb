import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { INITIATORS, INTENSITIES, REASONS } from '../../src/core/model.js';
import {
  MAX_WINDOW_DAYS,
  MIN_WINDOW_DAYS,
  noContactState,
  recommendWindow,
} from '../../src/core/no-contact.js';
import { started, withContact } from '../helpers/engine.js';

const profileArb = fc.record({
  monthsTogether: fc.integer({ min: 0, max: 600 }),
  intensity: fc.constantFrom(...INTENSITIES),
  reason: fc.constantFrom(...REASONS),
  initiator: fc.constantFrom(...INITIATORS),
});

describe('recommendWindow', () => {
  it('is always between 21 and 60 days, with reasons', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const w = recommendWindow(p);
        expect(w.days).toBeGreaterThanOrEqual(MIN_WINDOW_DAYS);
        expect(w.days).toBeLessThanOrEqual(MAX_WINDOW_DAYS);
        expect(w.reasons.length).toBeGreaterThan(1);
      }),
    );
  });

  it('is never shorter for a longer relationship', () => {
    fc.assert(
      fc.property(profileArb, fc.integer({ min: 0, max: 600 }), (p, more) => {
        const longer = { ...p, monthsTogether: p.monthsTogether + more };
        expect(recommendWindow(longer).days).toBeGreaterThanOrEqual(recommendWindow(p).days);
      }),
    );
  });

  it('is never shorter for a more intense relationship', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const [low, medium, high] = INTENSITIES.map(
          (intensity) => recommendWindow({ ...p, intensity }).days,
        );
        expect(medium).toBeGreaterThanOrEqual(low!);
        expect(high).toBeGreaterThanOrEqual(medium!);
      }),
    );
  });

  it('reaches both ends of the range', () => {
    expect(
      recommendWindow({
        monthsTogether: 2,
        intensity: 'low',
        reason: 'timing',
        initiator: 'mutual',
      }).days,
    ).toBe(21);
    expect(
      recommendWindow({
        monthsTogether: 120,
        intensity: 'high',
        reason: 'trust',
        initiator: 'them',
      }).days,
    ).toBe(60);
  });

  it('names the factors that set it', () => {
    const w = recommendWindow({
      monthsTogether: 30,
      intensity: 'high',
      reason: 'trust',
      initiator: 'them',
    });
    const text = w.reasons.join(' ');
    expect(text).toMatch(/two to five years/);
    expect(text).toMatch(/lives were joined/);
    expect(text).toMatch(/trust/);
    expect(text).toMatch(/they ended it/);
    expect(text).toMatch(/no magic number/i);
  });
});

describe('noContactState', () => {
  const profile = started({ breakupDate: '2026-11-01' }).profile; // 21-day window

  it('counts calendar days since the breakup, with the target date', () => {
    const state = noContactState(profile, [], '2026-11-11');
    expect(state).toMatchObject({
      since: '2026-11-01',
      days: 10,
      targetDays: 21,
      targetDate: '2026-11-22',
      remainingDays: 11,
      complete: false,
    });
  });

  it('is complete on the target day', () => {
    expect(noContactState(profile, [], '2026-11-22')).toMatchObject({
      complete: true,
      remainingDays: 0,
      days: 21,
    });
  });

  it('a slip restarts the counter from the day of the slip, and keeps count of slips', () => {
    const data = started();
    withContact(data, 'slip', '2026-11-08');
    const state = noContactState(profile, data.contacts, '2026-11-11');
    expect(state).toMatchObject({
      since: '2026-11-08',
      days: 3,
      targetDate: '2026-11-29',
      slips: 1,
    });
  });

  it('logistics and contact they started do not touch the counter', () => {
    const data = started();
    withContact(data, 'logistics', '2026-11-05');
    withContact(data, 'they-initiated', '2026-11-07', 'warm');
    expect(noContactState(profile, data.contacts, '2026-11-11')).toMatchObject({
      since: '2026-11-01',
      days: 10,
      slips: 0,
    });
  });

  it('counts whole days across a daylight-saving change', () => {
    const state = noContactState({ ...profile, breakupDate: '2026-03-01' }, [], '2026-04-10');
    expect(state.days).toBe(40);
  });
});
