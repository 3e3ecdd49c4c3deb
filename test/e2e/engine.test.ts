import { describe, expect, it } from '@jest/globals';
import { exco } from '../helpers/cli.js';
import { tempDir } from '../helpers/deps.js';
import { daysAgo, startFlags } from '../helpers/seed.js';

// Dates relative to the real today, so the test means the same on any day and in any zone.
const profile = (safety: 'yes' | 'no', breakupDaysAgo = 10) => startFlags(breakupDaysAgo, safety);

const status = (home: string) => {
  const result = exco(['status', '--json'], { home });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe('start → status → contact through the binary', () => {
  it('start with flags puts the person on step 1 with the right counter', () => {
    const home = tempDir();
    const start = exco([...profile('no'), '--json'], { home });
    expect(start.code).toBe(0);
    expect(JSON.parse(start.stdout)).toMatchObject({ saved: true, window: { days: 40 } });
    const s = status(home);
    expect(s.step).toMatchObject({ number: 1, id: 'space' });
    expect(s.noContact).toMatchObject({
      since: daysAgo(10),
      days: 10,
      targetDays: 40,
      remainingDays: 30,
    });
  });

  it('a slip resets the counter; logistics does not', () => {
    const home = tempDir();
    exco(profile('no'), { home });
    expect(exco(['contact', '--type', 'logistics'], { home }).code).toBe(0);
    expect(status(home).noContact.days).toBe(10);
    const slip = exco(['contact', '--type', 'slip', '--date', daysAgo(2)], { home });
    expect(slip.code).toBe(0);
    expect(slip.stdout).toMatch(/starts again/);
    expect(status(home).noContact).toMatchObject({ since: daysAgo(2), days: 2 });
  });

  it('safety yes locks steps 4–6 and shows resources', () => {
    const home = tempDir();
    const start = exco(profile('yes'), { home });
    expect(start.code).toBe(0);
    expect(start.stdout).toMatch(/no contact, for good/);
    const s = status(home);
    expect(s.safetyMode).toBe(true);
    expect(s.steps.slice(3, 6).map((x: { state: string }) => x.state)).toEqual([
      'locked',
      'locked',
      'locked',
    ]);
    expect(exco(['status'], { home }).stdout).toMatch(/Support for your safety/);
  });

  it('status before start says so and exits 0', () => {
    const result = exco(['status', '--json'], { home: tempDir() });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ started: false });
  });

  it('bad values exit 2 and name the allowed ones', () => {
    const home = tempDir();
    const bad = profile('no').map((arg) => (arg === 'medium' ? 'huge' : arg));
    const result = exco(bad, { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are low, medium, high/);
    expect(exco(['status', '--json'], { home }).stdout).toMatch(/"started": false/);
  });

  it('start without a terminal or flags exits 2 and names the flags', () => {
    const result = exco(['start'], { home: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--breakup-date YYYY-MM-DD/);
  });
});
