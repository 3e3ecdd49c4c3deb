/** Turning file contents into a valid, current document, or saying precisely why not. */
import { type ExcoData, checkData } from '../core/model.js';
import { type MigrationSet, type RawDocument, migrate } from './migrations.js';

export type ProblemKind = 'json' | 'shape' | 'newer' | 'migration' | 'schema';

export class DocumentProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentProblem';
  }
}

export interface Decoded {
  data: ExcoData;
  /** The schema version the document was written with. */
  fromVersion: number;
}

export function decode(raw: string, migrations: MigrationSet): Decoded {
  return decodeValue(parseJson(raw), migrations);
}

/**
 * `decode` for the text exco last saved and noted as checked (store/checked.ts): parsed, and
 * checked against the schema only if it is not of the current version. A note can vouch for a
 * file damaged where no change time shows, so text that is no longer JSON is still reported as
 * such.
 */
export function decodeChecked(raw: string, migrations: MigrationSet): Decoded {
  const parsed = parseJson(raw) as RawDocument;
  if (parsed?.schemaVersion !== migrations.target) return decodeValue(parsed, migrations);
  return { data: parsed as unknown as ExcoData, fromVersion: migrations.target };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    const detail = raw.trim() === '' ? 'the file is empty' : (error as Error).message;
    throw new DocumentProblem('json', `it is not valid JSON (${detail})`);
  }
}

export function decodeValue(parsed: unknown, migrations: MigrationSet): Decoded {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DocumentProblem('shape', 'it is not an exco data document');
  }
  const doc = parsed as RawDocument;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new DocumentProblem('shape', 'it has no schema version, so it is not exco data');
  }
  if (version > migrations.target) {
    throw new DocumentProblem(
      'newer',
      `it was written by a newer exco (schema version ${version}; this exco knows up to ${migrations.target})`,
    );
  }
  let current: RawDocument;
  try {
    current = migrate(doc, version, migrations);
  } catch (error) {
    throw new DocumentProblem('migration', `it could not be migrated: ${(error as Error).message}`);
  }
  const checked = checkData(current);
  if (checked.problem !== null) {
    throw new DocumentProblem('schema', `it does not match the data schema (${checked.problem})`);
  }
  return { data: checked.data, fromVersion: version };
}
