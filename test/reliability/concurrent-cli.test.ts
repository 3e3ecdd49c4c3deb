/** Twenty exco processes, started at once, each writing something different: nothing is lost. */
import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { excoAsync } from '../helpers/cli.js';
import { daysAgo, readValid, startedHome } from '../helpers/seed.js';

describe('20 exco CLI processes writing at once', () => {
  it('keeps every check-in, goal log and contact, and leaves a valid file and no lock', async () => {
    const home = startedHome({ goal: true });
    const jobs: string[][] = [];
    for (let i = 0; i < 20; i += 1) {
      const date = ['--date', daysAgo(i % 10)];
      if (i % 3 === 0) {
        const scores = ['--mood', String((i % 5) + 1), '--urge', String(i % 11)];
        jobs.push(['reflect', ...scores, '--note', `note ${i}`, ...date]);
      } else if (i % 3 === 1) {
        jobs.push(['goals', 'log', 'g1', '--note', `log ${i}`, ...date]);
      } else {
        jobs.push(['contact', '--type', 'logistics', '--note', `keys ${i}`, ...date]);
      }
    }
    const results = await Promise.all(jobs.map((args) => excoAsync(args, { home })));
    for (const [i, result] of results.entries()) {
      expect({ job: jobs[i]?.join(' '), code: result.code, stderr: result.stderr }).toEqual({
        job: jobs[i]?.join(' '),
        code: 0,
        stderr: '',
      });
    }
    const data = readValid(home);
    const notes = (items: Array<{ note?: string }>) => items.map((r) => r.note).sort();
    const expected = (prefix: string, rest: number) =>
      jobs.flatMap((_, i) => (i % 3 === rest ? [`${prefix} ${i}`] : [])).sort();
    expect(notes(data.reflections)).toEqual(expected('note', 0));
    expect(notes(data.goals[0]?.logs ?? [])).toEqual(expected('log', 1));
    expect(notes(data.contacts)).toEqual(expected('keys', 2));
    expect(new Set(data.reflections.map((r) => r.id)).size).toBe(data.reflections.length);
    expect(fs.readdirSync(home).filter((n) => n.endsWith('.lock') || n.endsWith('.tmp'))).toEqual(
      [],
    );
  }, 120_000);
});
