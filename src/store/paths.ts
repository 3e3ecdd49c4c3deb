import path from 'node:path';
import envPaths from 'env-paths';

export interface DataPaths {
  dir: string;
  file: string;
  lock: string;
  backups: string;
}

/** `--data-dir`, else `EXCO_HOME`, else the platform's data directory (no "-nodejs" suffix). */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = flag ?? (env.EXCO_HOME ? env.EXCO_HOME : undefined);
  return path.resolve(chosen ?? envPaths('exco', { suffix: '' }).data);
}

export function dataPaths(dir: string): DataPaths {
  const file = path.join(dir, 'data.json');
  return { dir, file, lock: `${file}.lock`, backups: path.join(dir, 'backups') };
}
