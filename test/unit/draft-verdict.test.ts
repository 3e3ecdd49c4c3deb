/** The verdict of `exco draft`: each state condition, and the precedence stop > wait > revise > ok. */
import { describe, expect, it } from '@jest/globals';
import { checkDraft, type Verdict } from '../../src/core/draft-check.js';
import { draftSituation, REPLY_DAYS } from '../../src/core/draft-state.js';
import { addDays } from '../../src/core/dates.js';
import { emptyData, type ExcoData } from '../../src/core/model.js';
import { localNoon, started, withContact, withGrowth } from '../helpers/engine.js';

// Default profile: breakup 2026-11-01, a 21-day window ending 2026-11-22.
const LIGHT = 'hey, saw this and thought of you, hope you are doing well';
const HEAVY = 'I miss you so much, please give us another chance';

function verdict(data: ExcoData | null, day: string, message = LIGHT): Verdict {
  return checkDraft(message, draftSituation(data, localNoon(day))).verdict;
}
const rules = (data: ExcoData | null, day: string, message: string) =>
  checkDraft(message, draftSituation(data, localNoon(day))).findings.map((f) => f.rule);

describe('draft verdicts with no profile yet', () => {
  it('only the text rules apply: ok for a light note, revise for a heavy one', () => {
    expect(verdict(null, '2026-11-05')).toBe('ok');
    expect(verdict(null, '2026-11-05', HEAVY)).toBe('revise');
    expect(verdict(emptyData(new Date()), '2026-11-05', HEAVY)).toBe('revise');
  });

  it('safety mode set before a profile still stops', () => {
    const data = emptyData(new Date());
    data.safety = { since: '2026-11-01T09:00:00.000Z', source: 'check-in' };
    expect(verdict(data, '2026-11-05')).toBe('stop');
  });
});

describe('draft verdict: stop', () => {
  it('in safety mode, whatever the words, listing only why', () => {
    const data = started();
    data.safety = { since: '2026-11-01T09:00:00.000Z', source: 'screening' };
    expect(verdict(data, '2026-12-20')).toBe('stop');
    expect(rules(data, '2026-12-20', HEAVY)).toEqual(['safety-mode']);
  });

  it('when the ex is with someone new', () => {
    const data = started({ exNewPartner: true });
    expect(verdict(data, '2026-12-20')).toBe('stop');
    expect(rules(data, '2026-12-20', LIGHT)).toEqual(['new-partner']);
  });

  it('after choosing to move on; recording "deciding" undoes it', () => {
    const data = started();
    withGrowth(data);
    data.outcomes.push({ id: 'o1', at: '2026-12-01T09:00:00.000Z', outcome: 'moving-on' });
    expect(verdict(data, '2026-12-20')).toBe('stop');
    data.outcomes.push({ id: 'o2', at: '2026-12-02T09:00:00.000Z', outcome: 'deciding' });
    expect(verdict(data, '2026-12-20')).toBe('ok');
  });

  it.each([
    'please stop, I am scared of you since you hit me',
    'you threatened me again last night',
    'stay away from me',
    'stop following me',
  ])('when the words say they are unsafe with them (%j), even with no profile', (message) => {
    const result = checkDraft(message, null);
    expect(result.verdict).toBe('stop');
    expect(result.support).toContain('safety');
    expect(result.findings.map((f) => f.rule)).toContain('unsafe');
  });

  it.each(['you hurt me when you left', 'you pushed me away', 'I was scared of the exam'])(
    'not for hurt feelings or everyday fear (%j)',
    (message) => {
      expect(checkDraft(message, null).verdict).not.toBe('stop');
    },
  );

  it('outranks wait', () => {
    const data = started({ exNewPartner: true });
    expect(verdict(data, '2026-11-05')).toBe('stop');
  });
});

describe('draft verdict: wait', () => {
  it('during the no-contact window, listing the text findings too', () => {
    const data = started();
    expect(verdict(data, '2026-11-10')).toBe('wait');
    expect(rules(data, '2026-11-10', HEAVY)).toEqual(['no-contact', 'pressure', 'love']);
    const finding = checkDraft(LIGHT, draftSituation(data, localNoon('2026-11-10'))).findings[0]!;
    expect(finding.message).toMatch(/until Sun 22 Nov 2026 \(12 days left\).*day 9 to day 0/);
  });

  it('a slip restarts the window', () => {
    const data = started();
    withContact(data, 'slip', '2026-11-20');
    expect(verdict(data, '2026-11-25')).toBe('wait');
    expect(verdict(data, '2026-12-11')).toBe('ok');
  });

  it('not once the window is over', () => {
    expect(verdict(started(), '2026-11-22')).toBe('ok');
    expect(verdict(started(), '2026-11-22', HEAVY)).toBe('revise');
  });

  it('while backing off after an unanswered reconnect', () => {
    const data = started();
    withGrowth(data);
    withContact(data, 'reconnect', '2026-11-25', 'none');
    expect(verdict(data, '2026-11-30')).toBe('wait');
    expect(rules(data, '2026-11-30', LIGHT)).toEqual(['backing-off']);
    expect(verdict(data, addDays('2026-11-25', 14))).toBe('ok');
  });

  it('after two unanswered attempts, even once the back-off has passed', () => {
    const data = started();
    withContact(data, 'reconnect', '2026-11-23', 'none');
    withContact(data, 'reconnect', '2026-12-08', 'cool');
    expect(rules(data, '2027-02-01', LIGHT)).toEqual(['unresponsive']);
  });

  it('not for a purely practical message, which does not break no contact', () => {
    const data = started();
    expect(verdict(data, '2026-11-10', 'Can you pick up the kids at 5 on Friday?')).toBe('ok');
    expect(
      verdict(
        data,
        '2026-11-10',
        'I still have your hoodie, want to grab coffee when I drop it off?',
      ),
    ).toBe('wait');
    expect(verdict(data, '2026-11-10', 'I want my stuff back')).toBe('wait');
  });

  it('not when they wrote recently, so a reply is not a slip', () => {
    const data = started();
    withContact(data, 'they-initiated', '2026-11-08', 'cool');
    expect(verdict(data, addDays('2026-11-08', REPLY_DAYS))).toBe('ok');
    expect(verdict(data, addDays('2026-11-08', REPLY_DAYS + 1))).toBe('wait');
  });

  it('not once they have shown interest (step 6)', () => {
    const data = started();
    withContact(data, 'they-initiated', '2026-11-05', 'warm');
    expect(verdict(data, '2026-11-20')).toBe('ok');
    expect(verdict(data, '2026-11-20', 'Can we talk about what went wrong?')).toBe('ok');
  });
});

describe('draft verdict: revise and ok', () => {
  it('revise lists each text finding with a message and a direction', () => {
    const result = checkDraft(HEAVY, draftSituation(started(), localNoon('2026-12-01')));
    expect(result.verdict).toBe('revise');
    for (const f of result.findings) {
      expect(f.message).toMatch(/\.$/);
      expect(f.suggestion.length).toBeGreaterThan(10);
    }
  });

  it('crisis words are a finding, with the support flag', () => {
    const result = checkDraft('I want to kill myself', null);
    expect(result.support).toContain('crisis');
    expect(result.findings.map((f) => f.rule)).toContain('crisis');
    expect(result.verdict).toBe('revise');
  });

  it.each([
    "hey, saw this and thought of you, hope you're doing well",
    'congrats on the new job!',
    "happy birthday, hope it's a good one",
  ])('%j is ok once the window has passed', (message) => {
    const data = started();
    withGrowth(data);
    expect(verdict(data, '2026-12-01', message)).toBe('ok');
  });
});
