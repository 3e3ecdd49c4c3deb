/** The reconnect toolkit through the built binary: draft, urge, reunion and acceptance. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { exco } from '../helpers/cli.js';
import { tempDir } from '../helpers/deps.js';
import { daysAgo, startFlags } from '../helpers/seed.js';

/** A started person; 18 months, committed, communication, they ended it: a 40-day window. */
function person(breakupDaysAgo: number, ...extra: string[]): string {
  const home = tempDir();
  const start = exco([...startFlags(breakupDaysAgo), ...extra], { home });
  expect(start.code).toBe(0);
  return home;
}

function run(home: string, args: string[], input?: string) {
  const result = exco(args, { home, input });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const draft = (home: string, message: string) => run(home, ['draft', '--json', message]);
const rules = (out: { findings: { rule: string }[] }) => out.findings.map((f) => f.rule);

const LIGHT = "hey, saw this and thought of you, hope you're doing well";
const HEAVY = 'I miss you so much. Please give us another chance.';

describe('exco draft --json through the binary', () => {
  it('ok: a light note once the window has passed, or with no profile at all', () => {
    expect(draft(person(60), LIGHT)).toEqual({ verdict: 'ok', findings: [], support: [] });
    expect(draft(tempDir(), 'congrats on the new job!').verdict).toBe('ok');
  });

  it('revise: the words need work', () => {
    const out = draft(person(60), HEAVY);
    expect(out.verdict).toBe('revise');
    expect(rules(out)).toEqual(['pressure', 'love']);
  });

  it('wait: during the no-contact window, with the text findings listed too', () => {
    const home = person(10);
    expect(rules(draft(home, LIGHT))).toEqual(['no-contact']);
    const out = draft(home, HEAVY);
    expect(out.verdict).toBe('wait');
    expect(rules(out)).toEqual(['no-contact', 'pressure', 'love']);
  });

  it('wait: backing off after an unanswered reconnect', () => {
    const home = person(60);
    const contact = exco(
      ['contact', '--type', 'reconnect', '--response', 'none', '--date', daysAgo(3)],
      {
        home,
      },
    );
    expect(contact.code).toBe(0);
    const out = draft(home, LIGHT);
    expect(out.verdict).toBe('wait');
    expect(rules(out)).toEqual(['backing-off']);
  });

  it('stop: safety mode, an ex with someone new, or after moving on', () => {
    const safe = tempDir();
    exco(
      [
        'start',
        '--breakup-date',
        daysAgo(60),
        '--months-together',
        '6',
        '--intensity',
        'low',
        '--reason',
        'other',
        '--initiator',
        'me',
        '--safety',
        'yes',
      ],
      { home: safe },
    );
    expect(draft(safe, LIGHT)).toMatchObject({
      verdict: 'stop',
      findings: [{ rule: 'safety-mode' }],
    });
    expect(draft(person(60, '--ex-new-partner', 'yes'), LIGHT).verdict).toBe('stop');
    const movingOn = person(60);
    run(movingOn, ['acceptance', '--outcome', 'moving-on', '--json']);
    expect(draft(movingOn, LIGHT).verdict).toBe('stop');
  });

  it('reads stdin with --file -, flags support words, and saves nothing', () => {
    const home = person(60);
    const file = path.join(home, 'data.json');
    const before = fs.readFileSync(file, 'utf8');
    const out = run(home, ['draft', '--file', '-', '--json'], 'I want to kill myself\n');
    expect(out.support).toEqual(['crisis']);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('in text mode prints the verdict and exits 0; with no message and no terminal exits 2', () => {
    const home = person(60);
    const text = exco(['draft', HEAVY], { home });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Revise:/m);
    const none = exco(['draft'], { home });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--file PATH\|-/);
  });
});

describe('exco urge through the binary', () => {
  it('--json logs the urge, and status counts it', () => {
    const home = person(23);
    const out = run(home, ['urge', '--intensity', '8', '--trigger', 'saw our song', '--json']);
    expect(out).toMatchObject({
      saved: true,
      urge: { id: 'u1', intensity: 8, trigger: 'saw our song', heldOff: true },
      suggestion: { text: expect.any(String) },
      noContact: { days: 23, targetDays: 40 },
    });
    run(home, ['urge', '--intensity', '3', '--held-off', 'no', '--json']);
    expect(run(home, ['status', '--json']).urges).toEqual({ count: 2, heldOff: 1 });
  });

  it('a bad intensity, or no flags without a terminal, exits 2', () => {
    const home = tempDir();
    expect(exco(['urge', '--intensity', '11'], { home }).code).toBe(2);
    const bare = exco(['urge'], { home });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/--intensity 0-10/);
  });
});

describe('reunion and acceptance through the binary', () => {
  it('reunion logs a conversation once they showed interest, and refuses in safety mode', () => {
    const home = person(10);
    expect(exco(['reunion', '--went', 'good'], { home }).code).toBe(2);
    exco(['contact', '--type', 'they-initiated', '--response', 'warm'], { home });
    const out = run(home, [
      'reunion',
      '--went',
      'good',
      '--topics',
      'what-went-wrong,pace',
      '--json',
    ]);
    expect(out).toMatchObject({
      saved: true,
      conversation: { topics: ['what-went-wrong', 'pace'] },
    });
    exco(['start', '--safety', 'yes'], { home });
    const refused = exco(['reunion', '--went', 'good'], { home });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Safety mode is on/);
  });

  it('an acceptance outcome shows in status --json, and deciding undoes it', () => {
    const home = person(10);
    expect(run(home, ['status', '--json']).step.id).toBe('space');
    run(home, ['acceptance', '--outcome', 'moving-on', '--json']);
    const moved = run(home, ['status', '--json']);
    expect(moved.step.id).toBe('acceptance');
    expect(moved.next.join(' ')).toMatch(/move on/);
    run(home, ['acceptance', '--outcome', 'deciding', '--json']);
    expect(run(home, ['status', '--json']).step.id).toBe('space');
  });
});
