/**
 * Notes from `--note TEXT`, `--note-file PATH` or `--note-file -` (standard input). Reading from
 * a file or stdin keeps private words out of the shell's history.
 */
import fs from 'node:fs';
import { oneLine } from '../core/text.js';
import { UsageError } from '../errors.js';

/** Reads the whole of `path`, where "-" is standard input. Swapped in tests. */
export type NoteReader = (path: string) => Promise<string>;

export const MAX_NOTE = 50_000;
/** Far more than any note; stops a wrong file (a video, a log dump) being read whole. */
const MAX_BYTES = 256 * 1024;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    process.stderr.write('Type your note, then press Ctrl-D on a new line.\n');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.from(chunk as Buffer);
    size += buffer.length;
    if (size > MAX_BYTES) throw new UsageError('Standard input is far too large for a note.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readFile(path: string): Promise<string> {
  // Synchronous: a short run need not load node:fs/promises for one small file.
  const stat = fs.statSync(path);
  if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  if (stat.size > MAX_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
  return fs.readFileSync(path, 'utf8');
}

const REASONS: Record<string, string> = {
  ENOENT: 'it does not exist',
  EISDIR: 'it is a directory',
  EFBIG: 'it is far too large for a note',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

export const readFromDisk: NoteReader = (path) => (path === '-' ? readStdin() : readFile(path));

export async function readNoteFile(path: string, read: NoteReader = readFromDisk): Promise<string> {
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = REASONS[code] ?? `it cannot be read (${code || 'unknown error'})`;
    throw new UsageError(
      `exco cannot read the note file ${oneLine(path, 80)}: ${why}. Nothing was saved.`,
    );
  }
  if (text.includes('\u0000'))
    throw new UsageError('The note does not look like text. Nothing was saved.');
  if (text.length > MAX_NOTE) {
    throw new UsageError(
      `The note is ${text.length.toLocaleString('en')} characters; the limit is ${MAX_NOTE.toLocaleString('en')}.`,
    );
  }
  // A file's final line break is not part of what they wrote; everything else is kept as typed.
  return text.replace(/\r?\n$/, '');
}

/** The note from `--note` or `--note-file`, or undefined when neither was given. */
export async function noteFrom(
  opts: { note?: string; noteFile?: string },
  read: NoteReader = readFromDisk,
): Promise<string | undefined> {
  if (opts.note !== undefined && opts.noteFile !== undefined) {
    throw new UsageError('Give the note one way: --note TEXT or --note-file PATH, not both.');
  }
  if (opts.noteFile === undefined) return opts.note?.trim() || undefined;
  const note = (await readNoteFile(opts.noteFile, read)).trim();
  if (!note) {
    throw new UsageError(
      opts.noteFile === '-'
        ? 'No note came in on standard input.'
        : `The note file ${oneLine(opts.noteFile, 80)} is empty.`,
    );
  }
  return note;
}
