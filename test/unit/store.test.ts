import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import { type CheckInHistory, recentBefore, streakWith } from '../../src/core/check-ins.js';
import { addDays } from '../../src/core/dates.js';
import { essentialsOf, type Essentials } from '../../src/core/essentials.js';
import { SCHEMA_VERSION, type ExcoData, editRecord } from '../../src/core/model.js';
import { DataError, ExitCode } from '../../src/errors.js';
import { DAILY_BACKUPS_KEPT, listBackups } from '../../src/store/backups.js';
import { checkedNoteFor, identityOf, noteChecked, noteHead } from '../../src/store/checked.js';
import { VERSION } from '../../src/version.js';
import type { MigrationSet } from '../../src/store/migrations.js';
import { serialise } from '../../src/store/serialise.js';
import { createStore, type Store } from '../../src/store/store.js';
import { sampleData } from '../helpers/data.js';
import { fixedClock, tempDir } from '../helpers/deps.js';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

function storeIn(dir = tempDir(), now = fixedClock(), migrations?: MigrationSet) {
  return createStore({ dir, now, migrations });
}

function writeRaw(file: string, contents: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, contents);
}

async function expectDataError(action: () => unknown, pattern: RegExp): Promise<void> {
  let caught: unknown;
  try {
    await action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DataError);
  expect((caught as DataError).exitCode).toBe(ExitCode.data);
  expect((caught as DataError).message).toMatch(pattern);
}

describe('store: first use', () => {
  it('reads null before anything is saved, and creates nothing by reading', () => {
    const dir = path.join(tempDir(), 'nested');
    const store = storeIn(dir);
    expect(store.read()).toBeNull();
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('creates a private directory (0700) and file (0600) on the first write', async () => {
    const dir = path.join(tempDir(), 'exco');
    const store = storeIn(dir);
    await store.update((d) => {
      d.urges.push({ id: 'u1', at: new Date().toISOString(), intensity: 5, heldOff: true });
    });
    expect(mode(dir)).toBe(0o700);
    expect(mode(store.paths.file)).toBe(0o600);
    expect(store.read()?.urges).toHaveLength(1);
    expect(store.read()?.schemaVersion).toBe(SCHEMA_VERSION);
  });
});

describe('store: permissions', () => {
  it('narrows a pre-existing world-readable file and directory on open', async () => {
    const dir = tempDir();
    const store = storeIn(dir);
    await store.update(() => undefined);
    fs.chmodSync(store.paths.file, 0o644);
    fs.chmodSync(dir, 0o755);
    store.read();
    expect(mode(store.paths.file)).toBe(0o600);
    expect(mode(dir)).toBe(0o700);
  });

  it('keeps the file private after every write', async () => {
    const store = storeIn();
    await store.update(() => undefined);
    fs.chmodSync(store.paths.file, 0o666);
    await store.update((d) => void (d.settings.dayStartHour = 5));
    expect(mode(store.paths.file)).toBe(0o600);
  });
});

describe('store: files it cannot use are never overwritten', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['corrupt JSON', '{"schemaVersion": 1, "profile": ', /not valid JSON/],
    ['an empty file', '', /empty/],
    ['not an object', '[1, 2, 3]', /not an exco data document/],
    ['no schema version', '{"hello": "world"}', /no schema version/],
    [
      'a schema violation',
      JSON.stringify({
        ...sampleData(),
        reflections: [{ ...sampleData().reflections[0], mood: 9 }],
      }),
      /does not match the data schema .*mood/,
    ],
    [
      'a newer schema',
      JSON.stringify({ ...sampleData(), schemaVersion: SCHEMA_VERSION + 1 }),
      /newer exco/,
    ],
  ];

  it.each(cases)(
    '%s: read and update stop with exit 3 and leave the bytes alone',
    async (_, raw, why) => {
      const store = storeIn();
      writeRaw(store.paths.file, raw);
      await expectDataError(() => store.read(), why);
      await expectDataError(
        () => store.update((d) => void d.urges.push()),
        new RegExp(store.paths.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
      expect(fs.readFileSync(store.paths.file, 'utf8')).toBe(raw);
    },
  );

  it('suggests the doctor for a damaged file and an update for a newer one', () => {
    const store = storeIn();
    const hintFor = (raw: string) => {
      writeRaw(store.paths.file, raw);
      try {
        store.read();
      } catch (error) {
        return (error as DataError).hint;
      }
      return 'no error';
    };
    expect(hintFor('{oops')).toMatch(/exco data doctor/);
    expect(hintFor(JSON.stringify({ ...sampleData(), schemaVersion: 99 }))).toMatch(/Update exco/);
  });
});

describe('store: the note of a file exco checked and wrote', () => {
  const stat = (file: string) => fs.lstatSync(file, { bigint: true });
  /** Writes a note by hand, as a later version of the file's own tick would see it. */
  function writeNote(file: string, text: string) {
    const note = checkedNoteFor(file);
    do fs.writeFileSync(note, text);
    while (stat(note).mtimeNs <= stat(file).ctimeNs);
  }
  const noteOf = (file: string) => `${noteHead(identityOf(stat(file)))}\n`;

  async function savedStore() {
    const store = storeIn();
    await store.update((d) => void d.urges.push(sampleData().urges[0]!));
    return store;
  }

  it('is written with each save: the identity of the file and its essentials, younger, private', async () => {
    const store = await savedStore();
    const note = checkedNoteFor(store.paths.file);
    const [head, essentials] = fs.readFileSync(note, 'utf8').split('\n');
    expect(`${head}\n`).toBe(noteOf(store.paths.file));
    expect(JSON.parse(essentials!)).toEqual(essentialsOf(store.read()!));
    expect(stat(note).mtimeNs).toBeGreaterThan(stat(store.paths.file).ctimeNs);
    expect(mode(note)).toBe(0o600);
    expect(store.read()?.urges).toHaveLength(1);
  });

  it('says where the lists lie in the file, and the next save writes out only what changed', async () => {
    const store = await savedStore();
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      await store.update((d) => {
        d.urges.push({ ...d.urges[0]!, id: 'u2' });
        d.goals.push(sampleData().goals[0]!);
      });
      // The urges kept their text: only the new one was turned into JSON, not the list.
      const lists = stringify.mock.calls.map(([value]) => value).filter(Array.isArray);
      expect(lists).toContainEqual([expect.objectContaining({ id: 'u2' })]);
      expect(lists.some((list) => list.length === 2 && list[1]?.id === 'u2')).toBe(false);
    } finally {
      stringify.mockRestore();
    }
    const raw = fs.readFileSync(store.paths.file, 'utf8');
    const data = JSON.parse(raw) as Record<string, unknown>;
    expect(raw).toBe(JSON.stringify(data));
    expect((data.urges as unknown[]).length).toBe(2);
    const spans = JSON.parse(
      fs.readFileSync(checkedNoteFor(store.paths.file), 'utf8').split('\n')[2]!,
    );
    const lists = Object.keys(data).filter((key) => Array.isArray(data[key]));
    expect(Object.keys(spans).sort()).toEqual(lists.sort());
    for (const key of lists) {
      const [start, end] = spans[key] as [number, number];
      expect(raw.slice(start, end)).toBe(JSON.stringify(data[key]));
    }
  });

  it('a garbled note of where the lists lie costs only writing them out', async () => {
    const store = await savedStore();
    const noted = () => fs.readFileSync(checkedNoteFor(store.paths.file), 'utf8').split('\n');
    const real = JSON.parse(noted()[2]!) as Record<string, unknown>;
    const garbled = [
      // Another list's place, the whole file, and lines that are no spans at all.
      JSON.stringify({ ...real, urges: real.goals, goals: real.urges }),
      '{"urges":[0,9999999]}',
      'not json',
      '[1,2]',
      '',
    ];
    for (const spans of garbled) {
      const [, essentials] = noted();
      writeNote(store.paths.file, `${noteOf(store.paths.file)}${essentials}\n${spans}\n`);
      await store.update((d) => {
        d.urges.push({ ...d.urges[0]!, id: `u${d.urges.length + 1}` });
        d.goals.push({ ...sampleData().goals[0]!, id: `g${d.goals.length + 1}` });
      });
      const raw = fs.readFileSync(store.paths.file, 'utf8');
      expect(raw).toBe(JSON.stringify(JSON.parse(raw)));
    }
    const data = store.read()!;
    expect(data.urges.map((u) => u.id)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    expect(data.goals).toHaveLength(5);
  });

  it('no longer vouches for a file edited after exco wrote it: the edit is checked in full', async () => {
    const store = await savedStore();
    const data = JSON.parse(fs.readFileSync(store.paths.file, 'utf8')) as ExcoData;
    const edited = JSON.stringify({ ...data, urges: [{ ...data.urges[0], intensity: 99 }] });
    fs.writeFileSync(store.paths.file, edited);
    await expectDataError(() => store.read(), /does not match the data schema .*intensity/);
    await expectDataError(() => store.update(() => undefined), /does not match the data schema/);
    expect(fs.readFileSync(store.paths.file, 'utf8')).toBe(edited);
  });

  it('sees an edit of the same size, in place, made the moment after the save', async () => {
    const store = await savedStore();
    const raw = fs.readFileSync(store.paths.file, 'utf8');
    const at = raw.indexOf('"heldOff":true');
    expect(at).toBeGreaterThan(0);
    const fd = fs.openSync(store.paths.file, 'r+');
    fs.writeSync(fd, '"heldOff":1234', at);
    fs.closeSync(fd);
    expect(fs.statSync(store.paths.file).size).toBe(Buffer.byteLength(raw));
    await expectDataError(() => store.read(), /does not match the data schema .*heldOff/);
  });

  it('is not left when the file was touched between the save and the note', async () => {
    const store = await savedStore();
    const raw = fs.readFileSync(store.paths.file, 'utf8');
    const fd = fs.openSync(store.paths.file, 'r+');
    fs.writeSync(fd, '"heldOff":1234', raw.indexOf('"heldOff":true'));
    fs.closeSync(fd);
    noteChecked(store.paths.file, raw, {
      essentials: JSON.stringify(essentialsOf(JSON.parse(raw) as ExcoData)),
      spans: {},
      tail: '',
    });
    expect(fs.existsSync(checkedNoteFor(store.paths.file))).toBe(false);
    await expectDataError(() => store.read(), /does not match the data schema .*heldOff/);
  });

  it('is left for a long file of any characters, and not if it differs in its last bytes', async () => {
    const store = await savedStore();
    // Blocks of 16 K characters: the edges fall between the two halves of a pair in one half of
    // this (the odd character between them shifts every pair by one), and between pairs in the other.
    const trigger = `${'😀'.repeat(20_000)}é${'😀'.repeat(20_000)}`;
    await store.update((d) => void d.urges.push({ ...d.urges[0]!, id: 'u2', trigger }));
    const note = checkedNoteFor(store.paths.file);
    expect(fs.readFileSync(note, 'utf8').split('\n')[0]).toBe(noteOf(store.paths.file).trim());
    expect(store.read()?.urges[1]?.trigger).toBe(trigger);
    // The same text but one character, in place, near the end: no note.
    const raw = fs.readFileSync(store.paths.file, 'utf8');
    const bytes = Buffer.from(raw);
    const at = bytes.lastIndexOf('"heldOff":true');
    expect(at).toBeGreaterThan(60_000);
    bytes.write('"heldOff":1234', at);
    fs.writeFileSync(store.paths.file, bytes);
    noteChecked(store.paths.file, raw, {
      essentials: JSON.stringify(essentialsOf(JSON.parse(raw) as ExcoData)),
      spans: {},
      tail: '',
    });
    expect(fs.existsSync(note)).toBe(false);
  });

  it('a note that matches is trusted, so only exco may write one', async () => {
    const store = await savedStore();
    const broken = JSON.stringify({ ...sampleData(), urges: [{ id: 'u1' }] });
    fs.writeFileSync(store.paths.file, broken);
    await expectDataError(() => store.read(), /does not match the data schema/);
    writeNote(store.paths.file, noteOf(store.paths.file));
    expect(store.read()?.urges).toEqual([{ id: 'u1' }]);
  });

  it("parses even a file it vouches for on the day's first write, before backing it up", async () => {
    const dir = tempDir();
    const monday = storeIn(dir, fixedClock('2026-11-23T10:00:00'));
    await monday.replace(sampleData(), 'test');
    await monday.update(() => undefined);
    // Damage no change time shows (a disk's) outside the check-ins, vouched for by the very note
    // exco left: a check-in could put its record in without reading that part of the text.
    const note = checkedNoteFor(monday.paths.file);
    const [, ...lines] = fs.readFileSync(note, 'utf8').split('\n');
    const raw = fs.readFileSync(monday.paths.file, 'utf8');
    const broken = raw.replace('"exName":"Sam"', '"exName"!"Sam"');
    expect(broken).not.toBe(raw);
    fs.writeFileSync(monday.paths.file, broken);
    writeNote(monday.paths.file, [noteOf(monday.paths.file).trim(), ...lines].join('\n'));
    const add = (day: string) => (past: CheckInHistory) => ({
      record: { ...sampleData().reflections[0]!, id: past.nextId, date: day },
      result: past.count,
    });
    const tuesday = storeIn(dir, fixedClock('2026-11-24T10:00:00'));
    await expectDataError(
      () => tuesday.addCheckIn('2026-11-24', add('2026-11-24')),
      /not valid JSON/,
    );
    expect(fs.readFileSync(tuesday.paths.file, 'utf8')).toBe(broken);
    expect(listBackups(tuesday.paths).map((b) => b.name)).toContain('daily-2026-11-23.json');
    expect(listBackups(tuesday.paths).map((b) => b.name)).not.toContain('daily-2026-11-24.json');
    // Once the day's backup is taken, later check-ins that day read only the tail.
    fs.writeFileSync(tuesday.paths.file, raw);
    await tuesday.update(() => undefined);
    expect(await tuesday.addCheckIn('2026-11-24', add('2026-11-24'))).toBe(1);
    // Text that is no longer JSON is reported as such by every read, note or not.
    fs.writeFileSync(monday.paths.file, '{"schemaVersion":1,"reflections":[');
    writeNote(monday.paths.file, noteOf(monday.paths.file));
    await expectDataError(() => monday.read(), /not valid JSON/);
  });

  it('a note no younger than the file it names is not trusted: an edit could share its tick', async () => {
    const store = await savedStore();
    const broken = JSON.stringify({ ...sampleData(), urges: [{ id: 'u1' }] });
    fs.writeFileSync(store.paths.file, broken);
    writeNote(store.paths.file, noteOf(store.paths.file));
    fs.utimesSync(checkedNoteFor(store.paths.file), new Date(2020, 0, 1), new Date(2020, 0, 1));
    await expectDataError(() => store.read(), /does not match the data schema/);
  });

  it('a note written by another version of exco is not trusted: its schema may differ', async () => {
    const store = await savedStore();
    const broken = JSON.stringify({ ...sampleData(), urges: [{ id: 'u1' }] });
    fs.writeFileSync(store.paths.file, broken);
    writeNote(
      store.paths.file,
      `${noteHead(identityOf(stat(store.paths.file))).replace(VERSION, '0.0.0-older')}\n`,
    );
    await expectDataError(() => store.read(), /does not match the data schema/);
  });

  it('a link planted at the note is replaced, never written through', async () => {
    const store = await savedStore();
    const elsewhere = path.join(store.paths.dir, 'elsewhere.txt');
    fs.writeFileSync(elsewhere, 'keep me');
    fs.rmSync(checkedNoteFor(store.paths.file));
    fs.symlinkSync(elsewhere, checkedNoteFor(store.paths.file));
    await store.update((d) => void d.urges.push({ ...sampleData().urges[0]!, id: 'u2' }));
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(checkedNoteFor(store.paths.file)).isFile()).toBe(true);
  });

  it('never vouches for an older schema version, which must be migrated and checked', async () => {
    const migrations: MigrationSet = {
      target: SCHEMA_VERSION + 1,
      steps: { [SCHEMA_VERSION]: (doc) => ({ ...doc, urges: 'not a list' }) },
    };
    const store = await savedStore();
    const later = storeIn(store.paths.dir, fixedClock(), migrations);
    await expectDataError(() => later.read(), /does not match the data schema/);
  });

  it('a missing or garbled note only means the full check', async () => {
    const store = await savedStore();
    const note = checkedNoteFor(store.paths.file);
    fs.writeFileSync(note, 'not a note');
    expect(store.read()?.urges).toHaveLength(1);
    fs.rmSync(note);
    expect(store.read()?.urges).toHaveLength(1);
    await store.update((d) => void d.urges.push(sampleData().urges[0]!));
    expect(fs.existsSync(note)).toBe(true);
  });
});

describe('store: the essentials noted with a save', () => {
  it('are read from the note while the file is unchanged, without reading the file', async () => {
    const store = storeIn();
    await store.update((d) => void d.urges.push(sampleData().urges[0]!));
    const saved = store.read()!;
    expect(store.readEssentials()).toEqual(essentialsOf(saved));
    // The note alone answers: a stand-in note with other essentials is what comes back.
    const note = checkedNoteFor(store.paths.file);
    const [head] = fs.readFileSync(note, 'utf8').split('\n');
    const standIn = {
      ...essentialsOf(saved),
      mistakes: [{ id: 'm9', at: saved.createdAt, pattern: 'other', plan: 'noted' }],
    };
    do fs.writeFileSync(note, `${head}\n${JSON.stringify(standIn)}\n`);
    while (
      fs.lstatSync(note, { bigint: true }).mtimeNs <=
      fs.lstatSync(store.paths.file, { bigint: true }).ctimeNs
    );
    expect(store.readEssentials()?.mistakes).toEqual(standIn.mistakes);
  });

  it('come from the file itself once it changed, or with no note', async () => {
    const store = storeIn();
    await store.update((d) => void d.urges.push(sampleData().urges[0]!));
    const data = JSON.parse(fs.readFileSync(store.paths.file, 'utf8')) as ExcoData;
    data.mistakes.push({
      id: 'm1',
      at: data.createdAt,
      pattern: 'distant',
      plan: 'Say it the same day.',
    });
    fs.writeFileSync(store.paths.file, JSON.stringify(data));
    expect(store.readEssentials()?.mistakes).toEqual(data.mistakes);
    fs.rmSync(checkedNoteFor(store.paths.file));
    expect(store.readEssentials()).toEqual(essentialsOf(data));
  });

  it('are null before anything is saved, and a broken file is still reported', async () => {
    const store = storeIn();
    expect(store.readEssentials()).toBeNull();
    writeRaw(store.paths.file, '{oops');
    await expectDataError(
      () => store.readEssentials(),
      /exco data doctor|not valid JSON|cannot use/,
    );
  });
});

describe('store: reads within one run', () => {
  it('an unchanged file is parsed once; a write or a change by anyone else is seen at once', async () => {
    const store = storeIn();
    await store.update((d) => void d.urges.push(sampleData().urges[0]!));
    const first = store.read();
    expect(store.read()).toBe(first);

    const saved = await store.update((d) => {
      d.urges.push({ ...sampleData().urges[0]!, id: 'u2' });
      return d;
    });
    // What the update saw is its caller's; the next read parses the saved text afresh.
    const after = store.read();
    expect(after).not.toBe(saved);
    expect(after).toEqual(saved);
    expect(store.read()).toBe(after);
    expect(after?.urges.map((u) => u.id)).toEqual(['u1', 'u2']);

    // Another process (or the person) writes the file: the next read sees it.
    const other = storeIn(store.paths.dir);
    await other.update((d) => void (d.urges = []));
    expect(store.read()?.urges).toEqual([]);
    expect(saved.urges).toHaveLength(2);
  });

  it('reads any character as written, in a file of plain ASCII or not', async () => {
    for (const trigger of ['plain words', 'café, naïve, 💔 and 你好']) {
      const store = storeIn();
      await store.update((d) => void d.urges.push({ ...sampleData().urges[0]!, trigger }));
      expect(storeIn(store.paths.dir).read()?.urges[0]?.trigger).toBe(trigger);
      // Written by hand, without a note: read in full, as text.
      fs.rmSync(checkedNoteFor(store.paths.file));
      writeRaw(store.paths.file, fs.readFileSync(store.paths.file, 'utf8'));
      expect(storeIn(store.paths.dir).read()?.urges[0]?.trigger).toBe(trigger);
    }
  });

  it('an update works on a fresh copy, never on what a read handed out', async () => {
    const store = storeIn();
    await store.update((d) => void d.urges.push(sampleData().urges[0]!));
    const before = store.read();
    await store.update((d) => void (d.urges = []));
    expect(before?.urges).toHaveLength(1);
  });
});

/** A store whose file holds one urge, and that file's text. */
async function storeWithAnUrge() {
  const store = storeIn();
  await store.update((d) => void d.urges.push(sampleData().urges[0]!));
  return { store, before: fs.readFileSync(store.paths.file, 'utf8') };
}

describe('store: adding a check-in', () => {
  const TODAY = '2026-11-26';
  /** Ninety days of check-ins, two on some days, one back-filled out of order, one not ASCII. */
  function history(): ExcoData {
    const data = sampleData(new Date(`${TODAY}T09:00:00`));
    data.reflections = [];
    for (let i = 90; i >= 1; i -= 1) {
      const date = addDays(TODAY, -i);
      const note = i === 30 ? 'Ça va, 😀' : `day ${i}`;
      data.reflections.push({
        id: `r${91 - i}`,
        at: `${date}T20:00:00.000Z`,
        date,
        mood: 1 + (i % 5),
        urge: i % 11,
        note,
        support: [],
      });
      if (i % 9 === 0)
        data.reflections.push({
          id: `r${200 + i}`,
          at: `${date}T21:00:00.000Z`,
          date,
          mood: 2,
          urge: 5,
          support: [],
        });
    }
    data.reflections.push({
      id: 'r500',
      at: `${TODAY}T08:00:00.000Z`,
      date: addDays(TODAY, -20),
      mood: 4,
      urge: 1,
      support: [],
    });
    return data;
  }

  /** What a check-in for `day` is told, and the record it adds. */
  const add = (day: string) => (past: CheckInHistory, essentials: Essentials) => {
    const record = {
      id: past.nextId,
      at: `${day}T10:00:00.000Z`,
      date: day,
      mood: 2,
      urge: 7,
      note: 'added',
      support: [],
    };
    return {
      record,
      result: {
        count: past.count,
        streak: streakWith(past, day, TODAY),
        recent: recentBefore(past.recent, record).map((r) => r.id),
        sameDay: past.recent.filter((r) => r.date === day).length,
        name: essentials.profile?.exName,
      },
    };
  };

  /** Two stores saved from the same document: one keeps the note of its save, one has none. */
  async function twins() {
    const withNote = storeIn(tempDir(), fixedClock(`${TODAY}T09:00:00`));
    const without = storeIn(tempDir(), fixedClock(`${TODAY}T09:00:00`));
    for (const store of [withNote, without]) {
      await store.replace(history(), 'test');
      // The day's first write reads the whole file (and backs it up): this is it.
      await store.update(() => undefined);
    }
    return { withNote, without };
  }
  /** Blanks the note's tail line: the next check-in reads the whole file, vouched for as before. */
  const forget = (store: Store) => {
    const note = checkedNoteFor(store.paths.file);
    const lines = fs.readFileSync(note, 'utf8').split('\n');
    lines[3] = '';
    fs.writeFileSync(note, lines.join('\n'));
  };
  /** The longest text JSON.parse was given while `action` ran. */
  async function longestParse(action: () => Promise<unknown>): Promise<number> {
    const parse = jest.spyOn(JSON, 'parse');
    try {
      await action();
      return Math.max(0, ...parse.mock.calls.map(([text]) => String(text).length));
    } finally {
      parse.mockRestore();
    }
  }

  it('saves the same file and tells the same, whether or not it reads the years before', async () => {
    const { withNote, without } = await twins();
    const size = fs.statSync(withNote.paths.file).size;
    for (const day of [TODAY, TODAY, addDays(TODAY, -1), addDays(TODAY, -40), TODAY]) {
      forget(without);
      let told: unknown;
      const longest = await longestParse(
        async () => (told = await withNote.addCheckIn(day, add(day))),
      );
      expect(await without.addCheckIn(day, add(day))).toEqual(told);
      expect(fs.readFileSync(withNote.paths.file, 'utf8')).toBe(
        fs.readFileSync(without.paths.file, 'utf8'),
      );
      // Within the weeks the note's tail covers, the check-ins before are not parsed; a day too
      // long ago for it reads the whole file.
      if (day === addDays(TODAY, -40)) expect(longest).toBeGreaterThan(size);
      else expect(longest).toBeLessThan(size / 2);
    }
    expect(withNote.read()?.reflections.at(-1)).toMatchObject({ id: 'r505', date: TODAY });
    expect(withNote.read()?.reflections.find((r) => r.note?.startsWith('Ça'))?.note).toBe(
      'Ça va, 😀',
    );
  });

  it('keeps the note true after each one, for the reads and saves that follow', async () => {
    const { withNote } = await twins();
    await withNote.addCheckIn(TODAY, add(TODAY));
    await withNote.addCheckIn(TODAY, add(TODAY));
    const [, essentials, spans, tail] = fs
      .readFileSync(checkedNoteFor(withNote.paths.file), 'utf8')
      .split('\n');
    const raw = fs.readFileSync(withNote.paths.file, 'utf8');
    const data = JSON.parse(raw) as ExcoData;
    expect(JSON.parse(essentials!)).toEqual(essentialsOf(data));
    expect(serialise(data).spans).toEqual(JSON.parse(spans!));
    expect(JSON.parse(tail!)).toMatchObject({
      before: data.reflections.findIndex((r) => r.date >= addDays(TODAY, -28)),
    });
    // A later update keeps the lists it did not change as they lie.
    await withNote.update((d) => void d.urges.push(sampleData().urges[0]!));
    expect(fs.readFileSync(withNote.paths.file, 'utf8')).toBe(
      serialise({ ...data, urges: [...data.urges, sampleData().urges[0]!] }).raw,
    );
  });

  it("backs up the day's first version, and writes nothing when the record is invalid", async () => {
    const { withNote } = await twins();
    const before = fs.readFileSync(withNote.paths.file, 'utf8');
    const broken = (past: CheckInHistory) => ({
      record: { ...add(TODAY)(past, sampleData()).record, mood: 9 },
      result: null,
    });
    await expect(withNote.addCheckIn(TODAY, broken)).rejects.toThrow(/invalid check-in.*mood/);
    const misdated = (past: CheckInHistory) => add(addDays(TODAY, -1))(past, sampleData());
    await expect(withNote.addCheckIn(TODAY, misdated)).rejects.toThrow(/dated/);
    expect(fs.readFileSync(withNote.paths.file, 'utf8')).toBe(before);
    await withNote.addCheckIn(TODAY, add(TODAY));
    const backups = listBackups(withNote.paths);
    expect(backups.map((b) => fs.readFileSync(b.path, 'utf8'))).toContain(before);
  });

  it('reads the whole file when it is not the one exco saved', async () => {
    const { withNote } = await twins();
    const raw = fs.readFileSync(withNote.paths.file, 'utf8');
    fs.writeFileSync(withNote.paths.file, raw.replace('"mood":2,"urge":5', '"mood":9,"urge":5'));
    await expectDataError(
      () => withNote.addCheckIn(TODAY, add(TODAY)),
      /does not match the data schema/,
    );
  });
});

describe('store: updates', () => {
  it('writes nothing when the change throws', async () => {
    const store = storeIn();
    await store.update(
      (d) =>
        void d.urges.push({ id: 'u1', at: new Date().toISOString(), intensity: 1, heldOff: true }),
    );
    const before = fs.readFileSync(store.paths.file, 'utf8');
    await expect(
      store.update((d) => {
        d.urges.length = 0;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(fs.readFileSync(store.paths.file, 'utf8')).toBe(before);
  });

  it('refuses to save a document that breaks the schema', async () => {
    const store = storeIn();
    await store.update(() => undefined);
    const before = fs.readFileSync(store.paths.file, 'utf8');
    await expect(store.update((d) => void (d.settings.dayStartHour = 99))).rejects.toThrow(
      /invalid document/,
    );
    expect(fs.readFileSync(store.paths.file, 'utf8')).toBe(before);
  });

  it('refuses a record a change adds that breaks the schema', async () => {
    const { store, before } = await storeWithAnUrge();
    await expect(
      store.update((d) => void d.urges.push({ ...d.urges[0]!, id: 'u9', intensity: 11 })),
    ).rejects.toThrow(/invalid document: urges\.1\.intensity/);
    expect(fs.readFileSync(store.paths.file, 'utf8')).toBe(before);
  });

  it('seals the records it loads: editing one in place throws and saves nothing', async () => {
    const { store, before } = await storeWithAnUrge();
    await expect(
      store.update((d) => {
        d.urges[0]!.intensity = 7;
      }),
    ).rejects.toThrow(/read only/);
    expect(fs.readFileSync(store.paths.file, 'utf8')).toBe(before);
  });

  it('saves a record edited through editRecord, and checks the edit', async () => {
    const { store } = await storeWithAnUrge();
    await store.update((d) => {
      editRecord(d.urges, d.urges[0]!).intensity = 7;
    });
    expect(store.read()?.urges[0]?.intensity).toBe(7);
    await expect(
      store.update((d) => {
        editRecord(d.urges, d.urges[0]!).intensity = 70;
      }),
    ).rejects.toThrow(/invalid document: urges\.0\.intensity/);
    expect(() => editRecord([], sampleData().urges[0]!)).toThrow(/not in the list/);
    // Asked again for a record it already made editable, it hands back that same copy.
    await store.update((d) => {
      const first = editRecord(d.urges, d.urges[0]!);
      expect(editRecord(d.urges, first)).toBe(first);
      first.intensity = 2;
    });
    expect(store.read()?.urges[0]?.intensity).toBe(2);
  });

  it('saves through conf without it parsing the file again, keeping what conf keeps', async () => {
    const store = storeIn();
    await store.update((d) => void d.urges.push(sampleData().urges[0]!));
    const withInternal = {
      ...JSON.parse(fs.readFileSync(store.paths.file, 'utf8')),
      __internal__: { kept: true },
    };
    fs.writeFileSync(store.paths.file, JSON.stringify(withInternal));
    const parse = jest.spyOn(JSON, 'parse');
    try {
      await store.update((d) => void d.urges.push({ ...sampleData().urges[0]!, id: 'u2' }));
      // One parse to load and check the file under the lock; conf reads it back without one.
      const wholeFile = parse.mock.calls.filter(([text]) => String(text).includes('"urges"'));
      expect(wholeFile).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
    const saved = JSON.parse(fs.readFileSync(store.paths.file, 'utf8')) as Record<string, unknown>;
    expect(saved.__internal__).toEqual({ kept: true });
    expect((saved as unknown as ExcoData).urges.map((u) => u.id)).toEqual(['u1', 'u2']);
  });

  it('keeps keys it does not know about', async () => {
    const store = storeIn();
    writeRaw(store.paths.file, JSON.stringify({ ...sampleData(), fromTheFuture: { kept: true } }));
    await store.update((d) => void (d.settings.dayStartHour = 3));
    const saved = JSON.parse(fs.readFileSync(store.paths.file, 'utf8')) as Record<string, unknown>;
    expect(saved.fromTheFuture).toEqual({ kept: true });
  });

  it('takes over a stale lock left by a killed process', async () => {
    const store = storeIn();
    await store.update(() => undefined);
    fs.mkdirSync(store.paths.lock);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(store.paths.lock, old, old);
    await store.update((d) => void (d.settings.dayStartHour = 5));
    expect(store.read()?.settings.dayStartHour).toBe(5);
    expect(fs.existsSync(store.paths.lock)).toBe(false);
  });

  it('waits for a fresh lock instead of writing past it', async () => {
    const store = storeIn();
    await store.update(() => undefined);
    fs.mkdirSync(store.paths.lock);
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        fs.rmdirSync(store.paths.lock);
        resolve();
      }, 300),
    );
    let wrote = false;
    const writing = store.update((d) => {
      wrote = true;
      d.settings.dayStartHour = 6;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(wrote).toBe(false);
    await released;
    await writing;
    expect(store.read()?.settings.dayStartHour).toBe(6);
  });

  it('leaves no lock or temp file behind', async () => {
    const store = storeIn();
    await store.update(() => undefined);
    expect(fs.readdirSync(store.paths.dir).sort()).toEqual(['data.json', 'data.json.checked']);
  });
});

describe('store: backups', () => {
  it('backs up the previous content before the first write of each day, once a day', async () => {
    const dir = tempDir();
    let clock = new Date('2026-11-26T10:00:00');
    const store = storeIn(dir, () => clock);
    await store.update((d) => void (d.settings.dayStartHour = 1));
    expect(listBackups(store.paths)).toHaveLength(0);
    await store.update((d) => void (d.settings.dayStartHour = 2));
    await store.update((d) => void (d.settings.dayStartHour = 3));
    const backups = listBackups(store.paths);
    expect(backups.map((b) => b.name)).toEqual(['daily-2026-11-26.json']);
    const saved = JSON.parse(fs.readFileSync(backups[0]!.path, 'utf8')) as ExcoData;
    expect(saved.settings.dayStartHour).toBe(1);
    expect(mode(backups[0]!.path)).toBe(0o600);
    clock = new Date('2026-11-27T10:00:00');
    await store.update((d) => void (d.settings.dayStartHour = 4));
    expect(listBackups(store.paths)).toHaveLength(2);
  });

  it(`keeps only the last ${DAILY_BACKUPS_KEPT} daily backups`, async () => {
    let clock = new Date('2026-11-01T10:00:00');
    const store = storeIn(tempDir(), () => clock);
    for (let day = 1; day <= 12; day += 1) {
      clock = new Date(`2026-11-${String(day).padStart(2, '0')}T10:00:00`);
      await store.update((d) => void (d.settings.dayStartHour = day % 12));
    }
    const names = listBackups(store.paths)
      .map((b) => b.name)
      .sort();
    expect(names).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(names[0]).toBe('daily-2026-11-06.json');
    expect(names.at(-1)).toBe('daily-2026-11-12.json');
  });
});

describe('store: migrations', () => {
  // A hypothetical schema 0 without `outcomes`, to exercise the mechanism.
  const migrations: MigrationSet = {
    target: SCHEMA_VERSION,
    steps: { 0: (doc) => ({ ...doc, outcomes: Array.isArray(doc.outcomes) ? doc.outcomes : [] }) },
  };
  const v0 = () => {
    const { outcomes: _dropped, ...rest } = sampleData();
    return JSON.stringify({ ...rest, schemaVersion: 0 });
  };

  it('reads an older document migrated in memory without writing', () => {
    const store = storeIn(tempDir(), fixedClock(), migrations);
    writeRaw(store.paths.file, v0());
    expect(store.read()?.outcomes).toEqual([]);
    expect(JSON.parse(fs.readFileSync(store.paths.file, 'utf8')).schemaVersion).toBe(0);
  });

  it('backs up the old file before writing the migrated one, and only once', async () => {
    const store = storeIn(tempDir(), fixedClock(), migrations);
    const raw = v0();
    writeRaw(store.paths.file, raw);
    await store.update((d) => void (d.settings.dayStartHour = 6));
    const pre = listBackups(store.paths).filter((b) => b.name.startsWith('pre-migration-v0'));
    expect(pre).toHaveLength(1);
    expect(fs.readFileSync(pre[0]!.path, 'utf8')).toBe(raw);
    expect(store.read()?.schemaVersion).toBe(SCHEMA_VERSION);
    await store.update((d) => void (d.settings.dayStartHour = 7));
    expect(listBackups(store.paths).filter((b) => b.name.startsWith('pre-migration'))).toHaveLength(
      1,
    );
  });

  it('writes out every list a migration touched, even from a file a note vouches for', async () => {
    const marking: MigrationSet = {
      target: SCHEMA_VERSION,
      steps: {
        0: (doc) => ({
          ...doc,
          outcomes: [],
          urges: (doc.urges as object[]).map((u) => ({ ...u, migrated: true })),
        }),
      },
    };
    const store = storeIn(tempDir(), fixedClock(), marking);
    const raw = v0();
    writeRaw(store.paths.file, raw);
    const file = store.paths.file;
    // Made private first, as a read would: a change of mode is a change of the file.
    expect(store.read()?.urges[0]).toMatchObject({ migrated: true });
    const { spans } = serialise(JSON.parse(raw) as object);
    const note = checkedNoteFor(file);
    const head = noteHead(identityOf(fs.lstatSync(file, { bigint: true })));
    do fs.writeFileSync(note, `${head}\n{}\n${JSON.stringify(spans)}\n`);
    while (
      fs.lstatSync(note, { bigint: true }).mtimeNs <= fs.lstatSync(file, { bigint: true }).ctimeNs
    );
    await store.update((d) => void (d.settings.dayStartHour = 6));
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as ExcoData;
    expect(saved.urges.length).toBeGreaterThan(0);
    expect(saved.urges.every((u) => (u as { migrated?: boolean }).migrated === true)).toBe(true);
  });

  it('migration steps are idempotent', () => {
    const step = migrations.steps[0]!;
    const once = step(JSON.parse(v0()) as Record<string, unknown>);
    expect(step(once)).toEqual(once);
  });
});
