/**
 * One writer at a time. proper-lockfile holds a lock directory next to the data file and keeps
 * its mtime fresh while we work; a lock left by a killed process goes stale after a few seconds
 * and the next run takes it over.
 */
import { DataError } from '../errors.js';

export const STALE_LOCK_MS = 5_000;

const RETRIES = { retries: 80, factor: 1.2, minTimeout: 15, maxTimeout: 250, randomize: true };

const isHeld = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ELOCKED';

export async function withLock<T>(file: string, lockPath: string, work: () => T): Promise<T> {
  const { default: lockfile } = await import('proper-lockfile');
  let compromised: Error | undefined;
  const options = {
    realpath: false,
    lockfilePath: lockPath,
    stale: STALE_LOCK_MS,
    update: 1_000,
    onCompromised: (error: Error) => {
      compromised = error;
    },
  };
  let release: () => unknown;
  try {
    // First at once and synchronously, which is almost always enough: the async form goes through
    // Node's thread pool (about 8 ms a write). Only a lock another exco holds waits and retries.
    try {
      release = lockfile.lockSync(file, options);
    } catch (error) {
      if (!isHeld(error)) throw error;
      release = await lockfile.lock(file, { ...options, retries: RETRIES });
    }
  } catch (error) {
    if (isHeld(error)) {
      throw new DataError(
        `Another exco is still writing your data (lock ${lockPath}). Nothing was saved.`,
        'Try again in a few seconds.',
      );
    }
    throw error;
  }
  try {
    const result = work();
    if (compromised) throw compromised;
    return result;
  } finally {
    try {
      await release();
    } catch {
      // Released already (compromised), or gone: nothing of the person's depends on it.
    }
  }
}

export async function isLocked(file: string, lockPath: string): Promise<boolean> {
  const { default: lockfile } = await import('proper-lockfile');
  return lockfile.check(file, { realpath: false, lockfilePath: lockPath, stale: STALE_LOCK_MS });
}
