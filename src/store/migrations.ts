/**
 * Schema migrations. `steps[n]` turns a version-n document into version n+1; each must be
 * idempotent and pure. The store backs the file up before it writes a migrated document.
 */
import { SCHEMA_VERSION } from '../core/model.js';

export type RawDocument = Record<string, unknown>;
export type Migration = (doc: RawDocument) => RawDocument;

export interface MigrationSet {
  target: number;
  steps: Readonly<Record<number, Migration>>;
}

/** Version 1 is the first released schema: nothing to migrate from yet. */
export const MIGRATIONS: MigrationSet = { target: SCHEMA_VERSION, steps: {} };

export function migrate(doc: RawDocument, from: number, set: MigrationSet): RawDocument {
  let current = doc;
  for (let version = from; version < set.target; version += 1) {
    const step = set.steps[version];
    if (!step) throw new Error(`No migration from schema version ${version}`);
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return current;
}
