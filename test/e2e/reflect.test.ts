import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { exco } from '../helpers/cli.js';
import { tempDir } from '../helpers/deps.js';
import { sampleData } from '../helpers/data.js';

// Dates relative to the real today, so the test means the same on any day and in any zone.
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day a check-in made now counts for, with the default 4 am start of day. */
const checkInDay = () => (new Date().getHours() < 4 ? daysAgo(1) : daysAgo(0));

const noData = (home: string) => !fs.existsSync(path.join(home, 'data.json'));

describe('exco reflect through the binary', () => {
  it('takes the note from stdin with --note-file - and prints { saved, id, date, streak, support }', () => {
    const home = tempDir();
    const note = 'Private words that stay out of shell history.\nSecond line.\n';
    const result = exco(['reflect', '--mood', '2', '--urge', '7', '--note-file', '-', '--json'], {
      home,
      input: note,
    });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json).sort()).toEqual(['date', 'id', 'saved', 'streak', 'support']);
    expect(json).toEqual({ saved: true, id: 'r1', date: checkInDay(), streak: 1, support: [] });
    const shown = JSON.parse(exco(['reflect', 'show', 'r1', '--json'], { home }).stdout);
    expect(shown.note).toBe('Private words that stay out of shell history.\nSecond line.');
  });

  it.each([
    ['--mood', '7'],
    ['--mood', '0'],
    ['--mood', 'high'],
    ['--urge', '11'],
    ['--urge', '-1'],
    ['--urge', '2.5'],
  ])('%s %s exits 2, names the range and saves nothing', (flag, value) => {
    const home = tempDir();
    const args = { '--mood': '3', '--urge': '3', [flag]: value };
    const result = exco(
      ['reflect', '--mood', args['--mood'], '--urge', args['--urge'], '--note', 'x'],
      { home },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected a whole number from \d+ to \d+/);
    expect(result.stdout).toBe('');
    expect(noData(home)).toBe(true);
  });

  it('a missing urge or note exits 2 and saves nothing', () => {
    const home = tempDir();
    expect(exco(['reflect', '--mood', '3', '--note', 'x'], { home }).code).toBe(2);
    const noNote = exco(['reflect', '--mood', '3', '--urge', '3'], { home });
    expect(noNote.code).toBe(2);
    expect(noNote.stderr).toMatch(/--note-file/);
    expect(noData(home)).toBe(true);
  });

  it('without a terminal or flags exits 2 and names the flags', () => {
    const result = exco(['reflect'], { home: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--mood 1-5 --urge 0-10 --note TEXT/);
  });

  it('back-filled days show up in list --json with the streak', () => {
    const home = tempDir();
    for (const [n, mood] of [
      [3, 2],
      [2, 3],
      [1, 4],
    ] as const) {
      const r = exco(
        [
          'reflect',
          '--mood',
          String(mood),
          '--urge',
          '5',
          '--note',
          `day ${n}`,
          '--date',
          daysAgo(n),
        ],
        { home },
      );
      expect(r.code).toBe(0);
    }
    const future = exco(
      ['reflect', '--mood', '3', '--urge', '3', '--note', 'x', '--date', daysAgo(-1)],
      {
        home,
      },
    );
    expect(future.code).toBe(2);
    const list = exco(['reflect', 'list', '--json'], { home });
    expect(list.code).toBe(0);
    const json = JSON.parse(list.stdout);
    expect(json).toMatchObject({ count: 3, streak: 3, dayStartHour: 4 });
    expect(json.reflections.map((r: { date: string }) => r.date)).toEqual([
      daysAgo(3),
      daysAgo(2),
      daysAgo(1),
    ]);
    const since = JSON.parse(
      exco(['reflect', 'list', '--since', daysAgo(2), '--json'], { home }).stdout,
    );
    expect(since.count).toBe(2);
    const text = exco(['reflect', 'list'], { home }).stdout;
    expect(text).toMatch(/3 in all · 3-day streak/);
    expect(text).toMatch(/Mon [·█ ]/);
  });

  it('list refuses flags meant for the check-in', () => {
    const result = exco(['reflect', 'list', '--mood', '3'], { home: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/does not take --mood/);
  });

  it('help shows examples, including the private --note-file', () => {
    const help = exco(['reflect', '--help'], { home: tempDir() });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--note-file - < note\.txt/);
    expect(help.stdout).toMatch(/out of your shell history/);
    expect(help.stdout).toMatch(/--mistake distant --plan/);
  });

  it('prints megabytes of JSON whole, every character, however the pieces of output fall', () => {
    // Output goes out a piece of 16,384 UTF-16 units at a time (src/ui/output.ts): notes of emoji
    // (two units each), accents and Chinese, of uneven lengths, put both halves of a pair and
    // every width of character at the edges of pieces somewhere in a long list.
    const home = tempDir();
    const data = sampleData();
    const words = ['nuit 🌙', 'café', '想你', '🙂🙃', 'a', 'déjà vu 🎧 ', 'x'];
    data.reflections = Array.from({ length: 1500 }, (_, i) => ({
      id: `r${i + 1}`,
      at: new Date(Date.UTC(2022, 0, 1 + i, 20)).toISOString(),
      date: new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10),
      mood: 1 + (i % 5),
      urge: i % 11,
      note: Array.from({ length: 1 + (i % 13) }, (_, k) => words[(i + k) % words.length]).join(' '),
      support: [],
    }));
    fs.writeFileSync(path.join(home, 'data.json'), JSON.stringify(data), { mode: 0o600 });
    const list = exco(['reflect', 'list', '--json'], { home });
    expect(list.code).toBe(0);
    expect(list.stdout.length).toBeGreaterThan(100_000);
    expect(list.stdout).not.toContain('\ufffd');
    const printed = JSON.parse(list.stdout) as { reflections: { note: string }[] };
    expect(printed.reflections.map((r) => r.note)).toEqual(data.reflections.map((r) => r.note));
  });
});
