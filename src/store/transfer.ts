/** Reading a file to import and writing an export file: both validated, both private. */
import fs from 'node:fs';
import { unwrapExport } from '../core/export.js';
import type { ExcoData } from '../core/model.js';
import { DataError, UsageError } from '../errors.js';
import { DocumentProblem, decodeValue } from './document.js';
import { writePrivateFileAtomic } from './files.js';
import { MIGRATIONS, type MigrationSet } from './migrations.js';

export function readImportFile(file: string, migrations: MigrationSet = MIGRATIONS): ExcoData {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`There is no file at ${file}.`);
    throw new DataError(`exco cannot read ${file} (${code ?? 'error'}). Nothing was imported.`);
  }
  const refuse = (why: string) =>
    new DataError(`${file} cannot be imported: ${why}. Nothing was imported.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw refuse('it is not valid JSON (exco imports the JSON from `exco data export`)');
  }
  const { doc, redacted } = unwrapExport(parsed);
  if (redacted) throw refuse('it is a redacted export, so your own words are missing from it');
  try {
    return decodeValue(doc, migrations).data;
  } catch (error) {
    if (error instanceof DocumentProblem) throw refuse(error.message);
    throw error;
  }
}

/** Writes an export to a new private file; an existing file is kept unless `force`. */
export function writeExportFile(file: string, contents: string, force: boolean): void {
  if (!force && fs.existsSync(file)) {
    throw new UsageError(
      `${file} already exists.`,
      'Choose another name, or pass --force to replace it.',
    );
  }
  writePrivateFileAtomic(file, contents);
}
