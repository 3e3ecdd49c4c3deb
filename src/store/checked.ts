/**
 * A note of the last data file exco checked and wrote itself: the SHA-256 of its exact text, in
 * `data.json.checked` beside it. A file whose text hashes to that value is, byte for byte, a
 * document exco validated before saving, so a read parses it without running the schema check
 * again (about 30 ms on ten years of data, against 2–3 ms for the hash). Any other text, edited by
 * hand, copied in, restored or torn, is checked in full as before.
 *
 * The note names the exco version that wrote it: a different version (whose schema may differ
 * without a new schema version) checks the file in full. The note is only ever a shortcut:
 * missing, unreadable or stale, it costs the full check and nothing else. It is written after the data file, so a crash between the two leaves an old note
 * that no longer matches.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { VERSION } from '../version.js';
import { writePrivateFileAtomic } from './files.js';

export function checkedNoteFor(file: string): string {
  return `${file}.checked`;
}

function noteFor(raw: string): string {
  return `${VERSION} ${createHash('sha256').update(raw).digest('hex')}`;
}

/** Whether `raw` is exactly the text exco last wrote to `file` after validating it. */
export function isCheckedText(file: string, raw: string): boolean {
  const path = checkedNoteFor(file);
  let note: string;
  try {
    // Only a small regular file: never block on a pipe or read something huge in its place.
    const stat = fs.lstatSync(path);
    if (!stat.isFile() || stat.size > 256) return false;
    note = fs.readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  return note.trim() === noteFor(raw);
}

/** Records `raw` as checked. Best effort: a note that cannot be written only slows the next read. */
export function noteChecked(file: string, raw: string): void {
  const note = checkedNoteFor(file);
  try {
    // Atomic and by rename: a link planted at the note's path is replaced, never written through.
    writePrivateFileAtomic(note, `${noteFor(raw)}\n`);
  } catch {
    try {
      fs.rmSync(note, { force: true });
    } catch {
      // A note left behind matches no file, so it is harmless.
    }
  }
}
