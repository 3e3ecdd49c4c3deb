/**
 * The store: reads and writes the one data document. Reads take no lock (writes are atomic
 * renames, so a reader sees the old or the new file). Writes are read-modify-write under a lock,
 * validated before they touch the disk, and preceded by a backup. A file that exco cannot read is
 * never overwritten. A file whose text is exactly what exco last validated and wrote is read
 * without checking the schema again (checked.ts); any other text is checked in full.
 */
import fs from 'node:fs';
import { type CheckInHistory, historyOf } from '../core/check-ins.js';
import { addDays, type Day, dayOf, isDay } from '../core/dates.js';
import {
  type ExcoData,
  emptyData,
  RECORD_LISTS,
  recordProblem,
  type Reflection,
  schemaProblem,
  sealRecords,
} from '../core/model.js';
import { DataError, ExcoError } from '../errors.js';
import { backupBefore, backupDaily, hasDailyBackup } from './backups.js';
import { historyFromTail, parseTail, TAIL_DAYS, tailOf } from './check-in-tail.js';
import {
  notedEssentials,
  noteChecked,
  readWithIdentity,
  type ReadText,
  vouched,
  type Vouched,
} from './checked.js';
import { essentialsOf, type Essentials } from '../core/essentials.js';
import { DocumentProblem, type Decoded, decode, decodeChecked } from './document.js';
import { ensurePrivateDir, ensurePrivateFile, FILE_MODE } from './files.js';
import { withLock } from './lock.js';
import { listAt, type Previous, serialise, type Spans } from './serialise.js';
import { MIGRATIONS, type MigrationSet } from './migrations.js';
import { type DataPaths, dataPaths } from './paths.js';

export interface Store {
  readonly paths: DataPaths;
  /**
   * The current document, or null before anything has been saved. While the file is unchanged,
   * every read returns the same object, so treat it as read-only: changes go through `update`.
   */
  read(): ExcoData | null;
  /**
   * The document's essentials (core/essentials.ts): from the note exco left with its last save
   * while the data file is unchanged since, so the whole file is not read; otherwise from `read`.
   */
  readEssentials(): Essentials | null;
  /**
   * Applies `change` to a fresh copy of the document under the lock and saves it. If `change`
   * throws, nothing is written. Returns what `change` returned. The records in the copy's lists
   * are sealed (`sealRecords`): `change` adds, removes or replaces records, and edits one through
   * `editRecord`; only what it added or replaced is checked again before the save.
   */
  update<T>(change: (draft: ExcoData) => T): Promise<T>;
  /**
   * Adds one check-in, dated `day`, under the lock: `add` gets the check-ins saved so far and the
   * document's essentials (to read, not change: they may be the note's copy, whose goals keep only
   * their latest log), and returns the new record and what to hand back. After the day's first
   * write, while the file is the one exco last saved and the tail of check-ins noted with it
   * reaches back far enough for `day` (check-in-tail.ts), the years of check-ins before are
   * neither parsed nor written out again; otherwise it is an `update` that pushes the record.
   * Either way the file saved is the same.
   */
  addCheckIn<T>(
    day: Day,
    add: (history: CheckInHistory, essentials: Essentials) => Added<T>,
  ): Promise<T>;
  /** Replaces the whole document (import, restore), backing up what was there first. */
  replace(data: ExcoData, reason: string): Promise<string | null>;
}

export interface Added<T> {
  record: Reflection;
  result: T;
}

export interface StoreOptions {
  dir: string;
  now: () => Date;
  migrations?: MigrationSet;
}

export const DOCTOR_HINT = 'Run `exco data doctor` to check it and restore a backup.';

const SAVE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EROFS: 'the data folder is on a read-only disk',
  EACCES: 'exco is not allowed to write in the data folder',
  EPERM: 'exco is not allowed to write in the data folder',
};

/** A failed write the person can act on becomes one clear line (exit 3); nothing was changed. */
function saveFailure(error: unknown, dir: string): unknown {
  if (error instanceof ExcoError) return error;
  const why = SAVE_FAILURES[(error as NodeJS.ErrnoException).code ?? ''];
  if (!why) return error;
  return new DataError(
    `exco could not save: ${why} (${dir}). Nothing was changed.`,
    'Free some space or fix the folder, then try again; `exco data path` shows where it is.',
  );
}

interface Loaded extends Decoded {
  raw: string;
  /** Where the lists lie in `raw`, if it is the text exco last saved (serialise.ts). */
  spans: Spans | null;
}

/** The one key of a saved document conf itself looks at, as conf's view of that file. */
function topOfFile(data: ExcoData): ExcoData {
  const internal = (data as Record<string, unknown>)[CONF_INTERNAL];
  return (internal === undefined ? {} : { [CONF_INTERNAL]: internal }) as ExcoData;
}
const CONF_INTERNAL = '__internal__';

/** What a write saves: the document (as conf is handed it), its text and the note to leave. */
interface Saving<T> {
  next: object;
  raw: string;
  /** What conf is told the file held before (see `commit`). */
  top: ExcoData;
  noted: Vouched;
  result: T;
}

/** The essentials noted beside the file (JSON); null if there are none or the line is garbled. */
function parseEssentials(line: string): Essentials | null {
  try {
    return line === '' ? null : (JSON.parse(line) as Essentials);
  } catch {
    return null;
  }
}

/** A check-in must be dated the day it was added for: the history given was chosen for that day. */
function addedFor(record: Reflection, day: Day): void {
  if (record.date !== day)
    throw new Error(`addCheckIn: a check-in for ${day} came back dated ${record.date}`);
}

/** The spans of a document after `length` characters were put in at `at`. */
function shifted(spans: Spans, at: number, length: number): Spans {
  const moved = Object.create(null) as Record<string, unknown>;
  for (const [key, span] of Object.entries(spans)) {
    const [start, end] = Array.isArray(span) ? (span as unknown[]) : [];
    moved[key] =
      typeof start === 'number' && typeof end === 'number' && end > at
        ? [start > at ? start + length : start, end + length]
        : span;
  }
  return moved as Spans;
}

export function createStore(options: StoreOptions): Store {
  const paths = dataPaths(options.dir);
  const migrations = options.migrations ?? MIGRATIONS;

  /** The document this process last read or wrote, and its exact text. */
  let known: Loaded | null = null;

  /** Narrows the permissions of the data folder and file, as every read does first. */
  function keepPrivate(): void {
    if (fs.existsSync(paths.dir)) {
      try {
        ensurePrivateDir(paths.dir);
        ensurePrivateFile(paths.file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw new DataError(
          `exco cannot make its data private: changing the permissions of ${paths.dir} failed (${code}). Nothing was changed.`,
          'Check who owns the data directory, or run `exco data doctor`.',
        );
      }
    }
  }

  /** The data file's text and identity; null if there is none. */
  function readText(): ReadText | null {
    keepPrivate();
    try {
      return readWithIdentity(paths.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new DataError(
        `exco cannot read its data file ${paths.file} (${code}). Nothing was changed.`,
        DOCTOR_HINT,
      );
    }
  }

  /** `reuse`: hand back the known document if the file still holds its text (reads only). */
  function load(reuse = false): Loaded | null {
    const read = readText();
    if (read === null) return null;
    return reuse && known?.raw === read.raw ? known : decodeText(read);
  }

  /**
   * The document in `read`: checked in full, or only parsed if the note vouches for it (`note`,
   * when the caller has read it already).
   */
  function decodeText(read: ReadText, note = vouched(paths.file, read)): Loaded {
    const { raw } = read;
    try {
      const spans = note?.spans ?? null;
      const decoded = spans ? decodeChecked(raw, migrations) : decode(raw, migrations);
      // A migrated document is no longer the text it was read from: every list is written out.
      const current = decoded.fromVersion === migrations.target;
      return { raw, spans: current ? spans : null, ...decoded };
    } catch (error) {
      if (!(error instanceof DocumentProblem)) throw error;
      const hint =
        error.kind === 'newer'
          ? 'Update exco to the newest version to use this data.'
          : DOCTOR_HINT;
      throw new DataError(
        `exco cannot use its data file ${paths.file}: ${error.message}. The file was left untouched.`,
        hint,
      );
    }
  }

  /**
   * Runs `prepare` on the file's text under the lock, then saves what it gives: through conf, as
   * compact JSON serialised once (the text saved is the text noted as checked), then the note.
   */
  async function commit<T>(prepare: (read: ReadText | null) => Saving<T>): Promise<T> {
    // Loaded before the lock is taken, so the time spent holding it stays short.
    const { default: Conf } = await import('conf');
    try {
      ensurePrivateDir(paths.dir);
      // Fails at once on a read-only or foreign directory, rather than after the lock's retries.
      fs.accessSync(paths.dir, fs.constants.W_OK);
      return await withLock(paths.file, paths.lock, () => {
        const read = readText();
        const { next, raw, top, noted, result } = prepare(read);
        // The vendored conf (scripts/build.mjs) takes the text just read under the lock instead
        // of reading the file twice more; conf as published has no `primeRead` and reads it.
        const prime = (Conf as { primeRead?: (file: string, text?: string) => void }).primeRead;
        if (read !== null) prime?.(paths.file, read.raw);
        try {
          const conf = new Conf<ExcoData>({
            cwd: paths.dir,
            configName: 'data',
            projectSuffix: '',
            configFileMode: FILE_MODE,
            clearInvalidConfig: false,
            accessPropertiesByDotNotation: false,
            serialize: (value) => (value === next ? raw : JSON.stringify(value)),
            // conf parses the file twice before writing: to compare it with its defaults (exco
            // gives none) and to carry over its own `__internal__` key. The text it reads is the
            // text just read and checked under the lock, so it gets that key alone rather than
            // a third and fourth parse of the whole document; any other text is parsed as usual.
            deserialize: (text) =>
              read !== null && text === read.raw ? top : (JSON.parse(text) as ExcoData),
          });
          conf.store = next as ExcoData;
        } finally {
          prime?.(paths.file);
        }
        ensurePrivateFile(paths.file);
        noteChecked(paths.file, raw, noted);
        // What `change` saw may still be held (and changed) by its caller: read it afresh.
        known = null;
        return result;
      });
    } catch (error) {
      throw saveFailure(error, paths.dir);
    }
  }

  /**
   * A write of the whole document: `produce` makes the next one from the file's (null if there is
   * none). `trusted`: records of `next` known to be valid, which the check before saving skips;
   * `before`: the loaded document's keys and sealed lists as they were before the change, whose
   * text the save may keep (serialise.ts).
   */
  function whole<T>(
    read: ReadText | null,
    produce: (loaded: Loaded | null) => {
      next: ExcoData;
      result: T;
      trusted?: Set<object>;
      before?: Pick<Previous, 'keys' | 'lists'>;
    },
    backup: (loaded: Loaded) => void,
    note?: Vouched | null,
  ): Saving<T> {
    const loaded = read && decodeText(read, note);
    // What conf will read back before it writes (see `commit`), taken before `produce` changes
    // the loaded document in place.
    const top = loaded ? topOfFile(loaded.data) : ({} as ExcoData);
    const { next, result, trusted, before } = produce(loaded);
    const problem = schemaProblem(next, trusted);
    // A programming error, not the person's: never write a document exco could not read back.
    if (problem) throw new Error(`Refusing to save an invalid document: ${problem}`);
    if (loaded) backup(loaded);
    // Lists the change left as they were keep their text from the file exco last saved.
    const previous =
      loaded?.spans && before ? { raw: loaded.raw, spans: loaded.spans, ...before } : null;
    const { raw, spans } = serialise(next, previous);
    const noted = {
      essentials: JSON.stringify(essentialsOf(next)),
      spans,
      tail: tailNote(next, raw, spans),
    };
    return { next, raw, top, noted, result };
  }

  /** The tail of the check-ins to note with a document saved as `raw` (check-in-tail.ts). */
  function tailNote(data: ExcoData, raw: string, spans: Spans): string {
    const span = spans.reflections;
    if (span === undefined) return '';
    const since = addDays(dayOf(options.now()), -TAIL_DAYS);
    const tail = tailOf(data.reflections, raw.slice(span[0], span[1]), since);
    return tail === null ? '' : JSON.stringify(tail);
  }

  /**
   * A check-in put into the text of the file exco last saved, at the end of its list, from the
   * tail noted with it; null if that cannot be done for `day` (then the whole document is read).
   */
  function appended<T>(
    read: ReadText,
    note: Vouched | null,
    day: Day,
    add: (history: CheckInHistory, essentials: Essentials) => Added<T>,
  ): Saving<T> | null {
    if (!isDay(day)) return null;
    const tail = note && parseTail(note.tail);
    const span = note?.spans.reflections;
    if (!note || !tail || !listAt(read.raw, 'reflections', span)) return null;
    const list = read.raw.slice(span[0], span[1]);
    const history = historyFromTail(tail, list, day);
    const essentials = parseEssentials(note.essentials);
    // The note of a save by this very version is of a document of the current schema.
    if (history === null || essentials?.schemaVersion !== migrations.target) return null;
    const { record, result } = add(history, essentials);
    addedFor(record, day);
    const problem = recordProblem('reflections', record);
    if (problem) throw new Error(`Refusing to save an invalid check-in: ${problem}`);
    // The day's first write parses the whole file before backing it up, as every write once did:
    // text the note vouches for but that is no longer JSON (a disk's damage, which no change time
    // shows) is found within a day, while the backups of the days before it are still there.
    if (!hasDailyBackup(paths, options.now())) decodeText(read, note);
    backupDaily(paths, read.raw, options.now());
    const text = `${list.length > 2 ? ',' : ''}${JSON.stringify(record)}`;
    const at = span[1] - 1;
    return {
      // conf is handed a stand-in, which serialises as the new text, and reads back nothing of
      // the old one: any `__internal__` key of conf's stays in the text as it is.
      next: {},
      raw: `${read.raw.slice(0, at)}${text}${read.raw.slice(at)}`,
      top: {} as ExcoData,
      noted: { ...note, spans: shifted(note.spans, at, text.length) },
      result,
    };
  }

  /** `update`'s change: the loaded document, sealed, with what the change did to it. */
  function changed<T>(loaded: Loaded | null, change: (draft: ExcoData) => T) {
    // `loaded` was decoded for this write alone, so `change` may change it: its lists in place,
    // its sealed records through `editRecord`. The records just loaded are valid and, once
    // sealed, cannot change: the check before saving walks only what `change` added or
    // replaced. "Valid" is as far as the read path trusts them too: checked in this process, or
    // vouched for by the note of exco's last save (checked.ts). Sealing relies on strict mode
    // (the build makes every bundle strict): writing to a frozen record throws there, rather than
    // being silently ignored.
    if (loaded === null) {
      const next = emptyData(options.now());
      return { next, result: change(next) };
    }
    const trusted = sealRecords(loaded.data);
    // What the save may keep the text of: the keys in the order of the file's text, and each
    // list's sealed records, taken before `change` runs.
    const before = {
      keys: Object.keys(loaded.data),
      lists: new Map<string, readonly unknown[]>(
        RECORD_LISTS.map((key) => [key, [...(loaded.data[key] as readonly unknown[])]]),
      ),
    };
    return { next: loaded.data, result: change(loaded.data), trusted, before };
  }

  function backupFor(loaded: Loaded): void {
    const now = options.now();
    if (loaded.fromVersion < migrations.target) {
      backupBefore(paths, `pre-migration-v${loaded.fromVersion}`, loaded.raw, now);
    }
    backupDaily(paths, loaded.raw, now);
  }

  return {
    paths,
    read() {
      const loaded = load(true);
      known = loaded;
      return loaded?.data ?? null;
    },

    readEssentials() {
      keepPrivate();
      // Without a note, or with a garbled one, the file itself answers.
      const noted = parseEssentials(notedEssentials(paths.file) ?? '');
      if (noted !== null) return noted;
      const data = this.read();
      return data && essentialsOf(data);
    },

    update: (change) =>
      commit((read) => whole(read, (loaded) => changed(loaded, change), backupFor)),

    addCheckIn: (day, add) =>
      commit((read) => {
        // The note is read once, for the shortcut and for the whole document alike.
        const note = read && vouched(paths.file, read);
        return (
          (read && appended(read, note, day, add)) ??
          whole(
            read,
            (loaded) =>
              changed(loaded, (d) => {
                const { record, result } = add(historyOf(d.reflections), d);
                addedFor(record, day);
                d.reflections.push(record);
                return result;
              }),
            backupFor,
            note,
          )
        );
      }),

    async replace(data, reason) {
      let saved: string | null = null;
      await commit((read) =>
        whole(
          read,
          () => ({ next: data, result: undefined }),
          (loaded) => {
            saved = backupBefore(paths, `pre-${reason}`, loaded.raw, options.now());
          },
        ),
      );
      return saved;
    },
  };
}
