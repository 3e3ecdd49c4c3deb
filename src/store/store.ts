/**
 * The store: reads and writes the one data document. Reads take no lock (writes are atomic
 * renames, so a reader sees the old or the new file). Writes are read-modify-write under a lock,
 * validated before they touch the disk, and preceded by a backup. A file that exco cannot read is
 * never overwritten. A file whose text is exactly what exco last validated and wrote is read
 * without checking the schema again (checked.ts); any other text is checked in full.
 */
import fs from 'node:fs';
import {
  type ExcoData,
  emptyData,
  RECORD_LISTS,
  schemaProblem,
  sealRecords,
} from '../core/model.js';
import { DataError, ExcoError } from '../errors.js';
import { backupBefore, backupDaily } from './backups.js';
import {
  checkedSpans,
  notedEssentials,
  noteChecked,
  readWithIdentity,
  type ReadText,
} from './checked.js';
import { essentialsOf, type Essentials } from '../core/essentials.js';
import { DocumentProblem, type Decoded, decode, decodeChecked } from './document.js';
import { ensurePrivateDir, ensurePrivateFile, FILE_MODE } from './files.js';
import { withLock } from './lock.js';
import { type Previous, serialise, type Spans } from './serialise.js';
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
  /** Replaces the whole document (import, restore), backing up what was there first. */
  replace(data: ExcoData, reason: string): Promise<string | null>;
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

  /** `reuse`: hand back the known document if the file still holds its text (reads only). */
  function load(reuse = false): Loaded | null {
    keepPrivate();
    let read: ReadText | null;
    try {
      read = readWithIdentity(paths.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new DataError(
        `exco cannot read its data file ${paths.file} (${code}). Nothing was changed.`,
        DOCTOR_HINT,
      );
    }
    if (read === null) return null;
    const { raw } = read;
    if (reuse && known?.raw === raw) return known;
    try {
      const spans = checkedSpans(paths.file, read);
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

  async function commit<T>(
    /**
     * `trusted`: records of `next` known to be valid, which the check before saving skips;
     * `before`: the loaded document's keys and sealed lists as they were before the change,
     * whose text the save may keep (serialise.ts).
     */
    produce: (loaded: Loaded | null) => {
      next: ExcoData;
      result: T;
      trusted?: Set<object>;
      before?: Pick<Previous, 'keys' | 'lists'>;
    },
    backup: (loaded: Loaded) => void,
  ): Promise<T> {
    // Loaded before the lock is taken, so the time spent holding it stays short.
    const { default: Conf } = await import('conf');
    try {
      ensurePrivateDir(paths.dir);
      // Fails at once on a read-only or foreign directory, rather than after the lock's retries.
      fs.accessSync(paths.dir, fs.constants.W_OK);
      return await withLock(paths.file, paths.lock, () => {
        const loaded = load();
        // What conf will read back before it writes (see `deserialize` below), taken before
        // `produce` changes the loaded document in place.
        const onDisk = loaded && { raw: loaded.raw, top: topOfFile(loaded.data) };
        const { next, result, trusted, before } = produce(loaded);
        const problem = schemaProblem(next, trusted);
        // A programming error, not the person's: never write a document exco could not read back.
        if (problem) throw new Error(`Refusing to save an invalid document: ${problem}`);
        if (loaded) backup(loaded);
        // Compact JSON, serialised once: the text saved is the text noted as checked. Lists the
        // change left as they were keep their text from the file exco last saved.
        const previous =
          loaded?.spans && before ? { raw: loaded.raw, spans: loaded.spans, ...before } : null;
        const { raw, spans } = serialise(next, previous);
        // The vendored conf (scripts/build.mjs) takes the text just read under the lock instead
        // of reading the file twice more; conf as published has no `primeRead` and reads it.
        const prime = (Conf as { primeRead?: (file: string, text?: string) => void }).primeRead;
        if (onDisk !== null) prime?.(paths.file, onDisk.raw);
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
            // text just loaded and checked under the lock, so it gets that key alone rather than
            // a third and fourth parse of the whole document; any other text is parsed as usual.
            deserialize: (text) =>
              onDisk !== null && text === onDisk.raw ? onDisk.top : (JSON.parse(text) as ExcoData),
          });
          conf.store = next;
        } finally {
          prime?.(paths.file);
        }
        ensurePrivateFile(paths.file);
        noteChecked(paths.file, raw, JSON.stringify(essentialsOf(next)), spans);
        // What `change` saw may still be held (and changed) by its caller: read it afresh.
        known = null;
        return result;
      });
    } catch (error) {
      throw saveFailure(error, paths.dir);
    }
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
      const noted = notedEssentials(paths.file);
      if (noted !== null) {
        try {
          return JSON.parse(noted) as Essentials;
        } catch {
          // A garbled note: the file itself answers.
        }
      }
      const data = this.read();
      return data && essentialsOf(data);
    },

    update: (change) =>
      commit((loaded) => {
        // `loaded` was decoded for this write alone, so `change` may change it: its lists in
        // place, its sealed records through `editRecord`. The records just loaded are valid and,
        // once sealed, cannot change: the check before saving walks only what `change` added or
        // replaced. "Valid" is as far as the read path trusts them too: checked in this process,
        // or vouched for by the note of exco's last save (checked.ts). Sealing relies on strict
        // mode (the build makes every bundle strict): writing to a frozen record throws there,
        // rather than being silently ignored.
        if (loaded === null) {
          const next = emptyData(options.now());
          return { next, result: change(next) };
        }
        const trusted = sealRecords(loaded.data);
        // What the save may keep the text of: the keys in the order of the file's text, and
        // each list's sealed records, taken before `change` runs.
        const before = {
          keys: Object.keys(loaded.data),
          lists: new Map<string, readonly unknown[]>(
            RECORD_LISTS.map((key) => [key, [...(loaded.data[key] as readonly unknown[])]]),
          ),
        };
        return { next: loaded.data, result: change(loaded.data), trusted, before };
      }, backupFor),

    async replace(data, reason) {
      let saved: string | null = null;
      await commit(
        () => ({ next: data, result: undefined }),
        (loaded) => {
          saved = backupBefore(paths, `pre-${reason}`, loaded.raw, options.now());
        },
      );
      return saved;
    },
  };
}
