/**
 * One writer at a time. proper-lockfile holds a lock directory next to the data file and keeps
 * its mtime fresh while we work; a lock left by a killed process goes stale after a few seconds
 * and the next run takes it over.
 */
import { DataError } from '../errors.js';

export const STALE_LOCK_MS = 5_000;

export async function withLock<T>(file: string, lockPath: string, work: () => T): Promise<T> {
  const { default: lockfile } = await import('proper-lockfile');
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: lockPath,
      stale: STALE_LOCK_MS,
      update: 1_000,
      retries: { retries: 80, factor: 1.2, minTimeout: 15, maxTimeout: 250, randomize: true },
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
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
    await release().catch(() => undefined);
  }
}

export async function isLocked(file: string, lockPath: string): Promise<boolean> {
  const { default: lockfile } = await import('proper-lockfile');
  return lockfile.check(file, { realpath: false, lockfilePath: lockPath, stale: STALE_LOCK_MS });
}
