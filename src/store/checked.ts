/**
 * A note of the last data file exco checked and wrote itself, in `data.json.checked` beside it:
 * the file's identity (device, inode, size, modification and change times to the nanosecond). A
 * file that still has that identity is, byte for byte, a document exco validated before saving,
 * so a read parses it without running the schema check again (about 30 ms on ten years of data)
 * and without hashing it (loading node:crypto alone costs a read about 5 ms). Any change to the
 * file, an edit by hand, a copy, a restore, a torn write, gives it a new change time (the kernel
 * sets it; no program can set it back) or a new inode, and it is checked in full as before.
 *
 * File times tick coarsely (a few ms here, up to seconds on some file systems): an edit in the
 * same tick as exco's write would keep the change time. So the note is trusted only if it is
 * itself younger than the file's last change, and exco waits out the tick before leaving it, then
 * reads the file back once to be sure it is still the text it saved; an edit after that always
 * shows. Where the tick is too long to wait for, no note is left.
 * File systems that keep no real change time (FAT, some network mounts) weaken this: there a tool
 * that restores a file's modification time in place could pass for exco's own save.
 *
 * Its second line holds the saved document's essentials (core/essentials.ts), so a command that
 * needs only those, such as `faq`, reads this small note instead of the whole file while the file
 * keeps that identity. Its third line holds where the document's lists lie in the text
 * (serialise.ts), so the next save keeps the text of the lists it did not change. Its fourth
 * holds the tail of the check-ins (check-in-tail.ts), so a check-in can be added without parsing
 * the years of them before it.
 *
 * The note names its own format and the exco version that wrote it: a different version (whose schema may differ
 * without a new schema version) checks the file in full. The note is only ever a shortcut:
 * missing, unreadable or stale, it costs the full check and nothing else.
 */
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import { VERSION } from '../version.js';
import { writePrivateFileAtomic } from './files.js';
import type { Spans } from './serialise.js';

export function checkedNoteFor(file: string): string {
  return `${file}.checked`;
}

/** What tells one version of a file from any other: its identity and its last change. */
export function identityOf(stat: fs.BigIntStats): string {
  return [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join(':');
}

export interface ReadText {
  readonly raw: string;
  /** Its identity, or null if it changed while it was read (or is not a regular file). */
  readonly identity: string | null;
  readonly changedNs: bigint;
}

/**
 * The text of a UTF-8 file. Most data files are plain ASCII (JSON escapes nothing else by itself,
 * but a note may hold any character): those are read as Latin-1, which for ASCII is the same text,
 * and which Node turns into a string faster than it decodes UTF-8 (about 5 ms less on ten years of
 * data).
 */
function textOf(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** Reads a file with the identity it had throughout the read; null if there is no file. */
export function readWithIdentity(file: string): ReadText | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const before = fs.fstatSync(fd, { bigint: true });
    const raw = textOf(fs.readFileSync(fd));
    const after = fs.fstatSync(fd, { bigint: true });
    const identity = identityOf(before);
    const steady = before.isFile() && identity === identityOf(after);
    return { raw, identity: steady ? identity : null, changedNs: before.ctimeNs };
  } finally {
    fs.closeSync(fd);
  }
}

/** The note's own format: raised whenever what it holds changes (such as the essentials). */
const NOTE_FORMAT = 'note-4';
/** The note's first line for a file of this identity. */
export const noteHead = (identity: string): string => `${NOTE_FORMAT} ${VERSION} ${identity}`;
/** Far more than the essentials of decades of use: anything larger is not a note exco wrote. */
const MAX_NOTE = 4 * 1024 * 1024;

/**
 * The note's lines if it vouches for a file of this identity last changed at `changedNs`: exco's
 * own version, that identity, and younger than the change.
 */
function vouching(file: string, identity: string, changedNs: bigint): string[] | null {
  let text: string;
  try {
    // Only a regular file of sensible size: never block on a pipe or read something huge.
    const note = checkedNoteFor(file);
    const stat = fs.lstatSync(note, { bigint: true });
    if (!stat.isFile() || stat.size > MAX_NOTE || stat.mtimeNs <= changedNs) return null;
    text = fs.readFileSync(note, 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  return lines[0] === noteHead(identity) ? lines : null;
}

/** What the note of a file exco last wrote says of it (lines of JSON, each checked where used). */
export interface Vouched {
  /** Where its lists lie (none if the note's line is garbled). */
  readonly spans: Spans;
  /** Its essentials, as JSON; '' if none were noted. */
  readonly essentials: string;
  /** The tail of its check-ins, as JSON; '' if none was noted. */
  readonly tail: string;
}

/** What the note says of `read`, if `read` is exactly the file exco last wrote; null otherwise. */
export function vouched(file: string, read: ReadText): Vouched | null {
  const lines = read.identity === null ? null : vouching(file, read.identity, read.changedNs);
  if (lines === null) return null;
  let spans: Spans = {};
  try {
    const noted: unknown = JSON.parse(lines[2] ?? '');
    // Each span is checked against the text before it is used (serialise.ts).
    if (typeof noted === 'object' && noted !== null && !Array.isArray(noted))
      spans = noted as Spans;
  } catch {
    // A garbled line only means the next save writes every list out.
  }
  return { spans, essentials: lines[1] ?? '', tail: lines[3] ?? '' };
}

/**
 * The essentials noted with the file, as JSON, if the file is still the one exco saved with them;
 * null otherwise (then read the file itself). The file is not read, only looked up.
 */
export function notedEssentials(file: string): string | null {
  let stat: fs.BigIntStats;
  try {
    stat = fs.lstatSync(file, { bigint: true });
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  const essentials = vouching(file, identityOf(stat), stat.ctimeNs)?.[1];
  return essentials === undefined || essentials === '' ? null : essentials;
}

/** Characters compared at a time by `holds`, and the bytes they can take in UTF-8. */
const BLOCK = 16 * 1024;
const BLOCK_BYTES = 3 * BLOCK;

/**
 * Whether the file still has this identity and holds exactly `text` (as UTF-8). It is compared a
 * block at a time in two small buffers, rather than read whole into a second copy of the text.
 */
function holds(file: string, identity: string, text: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    if (identityOf(fs.fstatSync(fd, { bigint: true })) !== identity) return false;
    const expected = Buffer.allocUnsafe(BLOCK_BYTES);
    const found = Buffer.allocUnsafe(BLOCK_BYTES);
    let at = 0;
    let position = 0;
    while (at < text.length) {
      let end = Math.min(at + BLOCK, text.length);
      // A surrogate pair is encoded whole, never split between two blocks.
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
      const bytes = expected.write(text.slice(at, end), 'utf8');
      if (fs.readSync(fd, found, 0, bytes, position) !== bytes) return false;
      if (found.compare(expected, 0, bytes, 0, bytes) !== 0) return false;
      at = end;
      position += bytes;
    }
    // Nothing after the text, and no change while it was read.
    return (
      fs.readSync(fd, found, 0, 1, position) === 0 &&
      identityOf(fs.fstatSync(fd, { bigint: true })) === identity
    );
  } finally {
    fs.closeSync(fd);
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Notes the file exco just saved as checked, with the essentials (JSON, one line) of the document
 * it holds, where its lists lie and the tail of its check-ins. The note must be younger than the
 * file's last change (exco waits out the tick), and then the file is read back once: were it
 * touched by anything else between the save and the note (in place, in the same tick), its text
 * would differ from `raw` and no note is left. Any change after that point gives the file a newer
 * change time. Best effort: a note that cannot be written only slows the next read.
 */
export function noteChecked(file: string, raw: string, noted: Vouched): void {
  const note = checkedNoteFor(file);
  try {
    const stat = fs.lstatSync(file, { bigint: true });
    const identity = identityOf(stat);
    if (stat.isFile()) {
      for (let tries = 0; tries < 10; tries += 1) {
        // Atomic and by rename: a link planted at the note's path is replaced, never written through.
        // Not flushed to the disk: a note lost or cut short in a crash fails its own checks (its
        // head names the file; each span is checked against the text, serialise.ts) and costs
        // the full check, and one that survives a data file rolled back names a file that is no
        // longer there.
        writePrivateFileAtomic(
          note,
          `${noteHead(identity)}\n${noted.essentials}\n${JSON.stringify(noted.spans)}\n${noted.tail}\n`,
          { durable: false },
        );
        if (fs.lstatSync(note, { bigint: true }).mtimeNs > stat.ctimeNs) {
          if (holds(file, identity, raw)) return;
          break;
        }
        pause(2);
      }
    }
  } catch {
    // Removed below.
  }
  try {
    fs.rmSync(note, { force: true });
  } catch {
    // A note left behind matches no file, so it is harmless.
  }
}
