import { describe, expect, it } from '@jest/globals';
import { assess, type Started } from '../../src/core/engine.js';
import { nextActions, todaysSuggestion } from '../../src/core/next.js';
import { localNoon, started, withContact, withGrowth } from '../helpers/engine.js';

// Default profile: breakup 2026-11-01, 21-day window ending 2026-11-22.
const stateOf = (data: Started, day: string, id: string) =>
  assess(data, localNoon(day)).steps.find((s) => s.id === id)!;

describe('engine: the first days', () => {
  it('starts on step 1 with steps 2 and 3 open beside it and 4–6 locked with reasons', () => {
    const a = assess(started(), localNoon('2026-11-05'));
    expect(a.step).toMatchObject({ number: 1, id: 'space', state: 'current' });
    expect(a.steps.map((s) => s.state)).toEqual([
      'current',
      'available',
      'available',
      'locked',
      'locked',
      'locked',
      'available',
    ]);
    const reconnect = a.steps[3]!;
    expect(reconnect.reason).toMatch(
      /no-contact window runs until Sun 22 Nov 2026 \(17 days left\)/,
    );
    expect(reconnect.reason).toMatch(/name at least one mistake/);
    expect(reconnect.reason).toMatch(/log evidence on at least one goal/);
    expect(a.steps[5]!.reason).toMatch(/shows interest/);
  });

  it('acceptance is open to everyone from day one', () => {
    expect(stateOf(started(), '2026-11-01', 'acceptance').state).toBe('available');
  });
});

describe('engine: the step-4 unlock rule', () => {
  it('needs all three: the window passed, a mistake with a plan, a goal with evidence', () => {
    const data = started();
    expect(stateOf(data, '2026-11-23', 'reconnect').reason).not.toMatch(/window/);
    withGrowth(data);
    expect(stateOf(data, '2026-11-21', 'reconnect')).toMatchObject({
      state: 'locked',
      reason: expect.stringMatching(/1 days left/),
    });
    expect(stateOf(data, '2026-11-22', 'reconnect').state).toBe('current');
  });

  it('a mistake without a plan does not count', () => {
    const data = started();
    withGrowth(data);
    data.mistakes[0]!.plan = '  ';
    expect(stateOf(data, '2026-12-01', 'reconnect').reason).toMatch(/mistake with a plan/);
  });

  it('a goal without logs does not count', () => {
    const data = started();
    withGrowth(data);
    data.goals[0]!.logs = [];
    expect(stateOf(data, '2026-12-01', 'reconnect').reason).toMatch(/evidence/);
  });

  it('steps 1–3 show as done once met, and step 4 becomes the focus', () => {
    const data = started();
    withGrowth(data);
    const a = assess(data, localNoon('2026-12-01'));
    expect(a.steps.slice(0, 5).map((s) => s.state)).toEqual([
      'done',
      'done',
      'done',
      'current',
      'available',
    ]);
    expect(a.step.id).toBe('reconnect');
  });
});

describe('engine: slips and other contact', () => {
  it('a slip restarts the window and locks step 4 again', () => {
    const data = started();
    withGrowth(data);
    withContact(data, 'slip', '2026-11-20');
    const a = assess(data, localNoon('2026-12-01'));
    expect(a.noContact.since).toBe('2026-11-20');
    expect(a.step.id).toBe('space');
    expect(a.steps[3]!.reason).toMatch(/runs until Fri 11 Dec 2026/);
  });

  it('logistics and contact they started do not', () => {
    const data = started();
    withGrowth(data);
    withContact(data, 'logistics', '2026-11-20');
    withContact(data, 'they-initiated', '2026-11-21', 'cool');
    expect(assess(data, localNoon('2026-12-01')).step.id).toBe('reconnect');
  });
});

describe('engine: backing off', () => {
  const ready = () => {
    const data = started();
    withGrowth(data);
    return data;
  };

  it('an unanswered attempt means backing off for 14 days', () => {
    const data = ready();
    withContact(data, 'reconnect', '2026-12-01', 'none');
    const during = assess(data, localNoon('2026-12-10'));
    expect(during.steps[3]).toMatchObject({
      state: 'locked',
      reason: expect.stringMatching(/Backing off until Tue 15 Dec 2026/),
    });
    expect(during.step.id).toBe('improve');
    expect(stateOf(data, '2026-12-15', 'reconnect').state).toBe('current');
  });

  it('a cool reply counts like no reply', () => {
    const data = ready();
    withContact(data, 'reconnect', '2026-12-01', 'cool');
    expect(stateOf(data, '2026-12-05', 'reconnect').state).toBe('locked');
  });

  it('a warm reply does not mean backing off', () => {
    const data = ready();
    withContact(data, 'reconnect', '2026-12-01', 'warm');
    expect(stateOf(data, '2026-12-02', 'reconnect').state).toBe('current');
  });

  it('repeated cold attempts point to acceptance and a longer pause', () => {
    const data = ready();
    withContact(data, 'reconnect', '2026-12-01', 'none');
    withContact(data, 'reconnect', '2026-12-16', 'cool');
    const a = assess(data, localNoon('2026-12-20'));
    expect(a.signals).toMatchObject({
      coldStreak: 2,
      unresponsive: true,
      backOffUntil: '2027-01-15',
    });
    expect(a.step.id).toBe('acceptance');
    expect(nextActions(a, data).join(' ')).toMatch(/exco faq unresponsive/);
  });
});

describe('engine: interest and reunion', () => {
  it('a warm message they started opens step 6 and makes it the focus', () => {
    const data = started();
    withContact(data, 'they-initiated', '2026-11-10', 'warm');
    const a = assess(data, localNoon('2026-11-12'));
    expect(a.step.id).toBe('reunion');
    expect(a.steps[5]!.state).toBe('current');
  });

  it('a cool message they started does not', () => {
    const data = started();
    withContact(data, 'they-initiated', '2026-11-10', 'cool');
    expect(stateOf(data, '2026-11-12', 'reunion').state).toBe('locked');
  });
});

describe('engine: the ex with someone new', () => {
  it('closes steps 4–6 with the reason and turns to acceptance', () => {
    const data = started({ exNewPartner: true });
    withGrowth(data);
    withContact(data, 'they-initiated', '2026-11-10', 'warm');
    const a = assess(data, localNoon('2026-12-10'));
    expect(a.step.id).toBe('acceptance');
    for (const step of a.steps.slice(3, 6)) {
      expect(step).toMatchObject({ state: 'locked', reason: expect.stringMatching(/someone new/) });
    }
    expect(nextActions(a, data).join(' ')).toMatch(/ex-dating/);
  });
});

describe('engine: moving on', () => {
  it('after choosing to move on, contact is no longer suggested, and it can be undone', () => {
    const data = started();
    withGrowth(data);
    data.outcomes.push({ id: 'o1', at: '2026-12-01T10:00:00.000Z', outcome: 'moving-on' });
    const a = assess(data, localNoon('2026-12-10'));
    expect(a.step.id).toBe('acceptance');
    expect(a.steps[3]!.reason).toMatch(/move on/);
    expect(nextActions(a, data).join(' ')).not.toMatch(/exco contact/);
    data.outcomes.push({ id: 'o2', at: '2026-12-05T10:00:00.000Z', outcome: 'deciding' });
    expect(assess(data, localNoon('2026-12-10')).step.id).toBe('reconnect');
  });
});

describe('engine: safety mode', () => {
  const unsafe = () => {
    const data = started();
    data.safety = { since: '2026-11-01T10:00:00.000Z', source: 'screening' };
    return data;
  };

  it('locks steps 4–6 and keeps no contact as the focus, with no end date', () => {
    const a = assess(unsafe(), localNoon('2026-11-05'));
    expect(a.safetyMode).toBe(true);
    expect(a.step.id).toBe('space');
    for (const step of a.steps.slice(3, 6)) {
      expect(step).toMatchObject({ state: 'locked', reason: expect.stringMatching(/Safety mode/) });
    }
  });

  it('is permanent: nothing the person logs opens contact coaching again', () => {
    const data = unsafe();
    withGrowth(data);
    withContact(data, 'they-initiated', '2026-11-10', 'warm');
    withContact(data, 'reconnect', '2026-12-20', 'warm');
    data.outcomes.push({ id: 'o1', at: '2027-01-01T10:00:00.000Z', outcome: 'together' });
    for (const day of ['2026-11-23', '2027-06-01', '2030-01-01']) {
      const a = assess(data, localNoon(day));
      expect(a.steps.slice(3, 6).every((s) => s.state === 'locked')).toBe(true);
      expect(a.steps[0]!.state).toBe('current');
      const next = nextActions(a, data).join(' ');
      expect(next).not.toMatch(/reach out now|exco contact/);
      expect(next).toMatch(/safety comes first/i);
    }
  });
});

describe("today's suggestion", () => {
  it('is the same all day and comes from the focus step', () => {
    const data = started();
    const morning = assess(data, new Date('2026-11-05T07:00:00'));
    const evening = assess(data, new Date('2026-11-05T22:00:00'));
    expect(todaysSuggestion(morning)).toBe(todaysSuggestion(evening));
    expect(todaysSuggestion(morning).length).toBeGreaterThan(10);
  });
});
