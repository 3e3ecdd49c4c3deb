/**
 * Everything exco prints goes through here; colour codes come from ./colour.ts alone. Commands
 * get an `Output` and describe what a piece of text *is* (a heading, a warning, the person's own
 * words), never which colour it should be.
 */
import fs from 'node:fs';
import { neutralizeControls } from '../core/text.js';
import { isTerminal } from './terminal.js';

export interface Style {
  heading(text: string): string;
  strong(text: string): string;
  ok(text: string): string;
  warn(text: string): string;
  danger(text: string): string;
  muted(text: string): string;
  accent(text: string): string;
  /** The person's own words: control sequences neutralised, set apart from the coach's voice. */
  theirs(text: string): string;
  command(text: string): string;
}

export interface Output {
  /** A line of human-readable output on stdout. */
  line(text?: string): void;
  /** One JSON document on stdout and nothing else there. */
  json(value: unknown): void;
  /** Text on stdout exactly as given (an export). */
  raw(text: string): void;
  /** A line on stderr: errors, warnings, hints. */
  error(text: string): void;
  readonly style: Style;
  readonly color: boolean;
  readonly columns: number;
}

export interface Writable {
  write(chunk: string): unknown;
  columns?: number;
}

export interface OutputOptions {
  /** Colour's style (`Colour.colourStyle()`); plain text when left out. */
  style?: Style;
  stdout?: Writable;
  stderr?: Writable;
}

/** The colour module, or undefined when colour cannot be on here (so chalk is never loaded). */
export type Colour = typeof import('./colour.js');

/**
 * Loads the colour module if colour could be on: the `--color` flag (on unless `--no-color`), no
 * `NO_COLOR`, and either `FORCE_COLOR` or a stdout that is a terminal.
 */
export async function loadColour(
  flag: boolean,
  env: NodeJS.ProcessEnv = process.env,
  fd = 1,
): Promise<Colour | undefined> {
  if (!flag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return undefined;
  if (env.FORCE_COLOR === undefined && !isTerminal(fd)) return undefined;
  return import('./colour.js');
}

/** Colour is on when stdout is a colour terminal, `--no-color` was not given and `NO_COLOR` is unset. */
export function colorWanted(
  flag: boolean,
  colour: Colour | undefined,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (!flag || colour === undefined) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return colour.colourSupported();
}

/** No colour: every kind of text as it is, the person's own words with control sequences made visible. */
export const plainStyle: Style = {
  heading: (t) => t,
  strong: (t) => t,
  ok: (t) => t,
  warn: (t) => t,
  danger: (t) => t,
  muted: (t) => t,
  accent: (t) => t,
  theirs: (t) => neutralizeControls(t),
  command: (t) => t,
};

/**
 * A reader that went away (`exco status | head`) is not an error: the rest of the output is
 * dropped and the command still finishes its work (a check-in piped to `head` is still saved).
 * A stream that failed so is destroyed, and later writes to it report that instead.
 */
function onStreamError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  throw error;
}

let guarded = false;
/**
 * Makes a closed pipe quiet on the streams too, whoever writes to them (the prompts,
 * the breathing pause), without creating them: the handler is added when Node first sets up
 * `process.stdout` or `process.stderr`, and a run that never touches them never pays for them.
 */
export function quietOnClosedPipes(): void {
  if (guarded) return;
  guarded = true;
  for (const name of ['stdout', 'stderr'] as const) {
    const descriptor = Object.getOwnPropertyDescriptor(process, name);
    const create = descriptor?.get;
    if (create === undefined || descriptor?.configurable !== true) continue;
    let stream: NodeJS.WriteStream | undefined;
    Object.defineProperty(process, name, {
      ...descriptor,
      get() {
        if (stream === undefined) {
          stream = create.call(process) as NodeJS.WriteStream;
          stream.on('error', onStreamError);
        }
        return stream;
      },
    });
  }
}

const writers = new Map<1 | 2, Writable>();

/** Text is written this many UTF-16 units at a time, each piece encoded into one reused buffer. */
const PIECE = 16_384;
let scratch: Buffer | undefined;

/**
 * Where the piece of `text` that starts at `from` ends: `size` units on, but never between the two
 * halves of a surrogate pair (each half alone would be written as U+FFFD). Always past `from`.
 */
export function pieceEnd(text: string, from: number, size: number = PIECE): number {
  const to = Math.min(text.length, from + size);
  const last = text.charCodeAt(to - 1);
  if (to === text.length || last < 0xd800 || last > 0xdbff) return to;
  return to - 1 > from ? to - 1 : to + 1;
}

/**
 * Writes straight to a file descriptor, so a short run never sets up Node's stdout stream (a few
 * ms). Long text (`reflect list --json` over years of check-ins is megabytes) goes a piece at a
 * time through one small buffer, not copied whole into a new one: fresh memory is what a large
 * write cost most. Should the descriptor refuse a write for now (a non-blocking pipe that is
 * full), the rest goes through the stream, in order, and so does everything after. One writer a
 * descriptor, so all of exco's output shares that order. Once the reader has gone, the rest is
 * dropped.
 */
export function fdWriter(fd: 1 | 2): Writable {
  const known = writers.get(fd);
  if (known !== undefined) return known;
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  let fallback: NodeJS.WriteStream | undefined;
  let terminal: boolean | undefined;
  let gone = false;
  const writer: Writable = {
    write(chunk: string) {
      if (gone) return true;
      if (fallback !== undefined) return fallback.write(chunk);
      // Three bytes a unit at most, and room for one pair beyond the piece.
      scratch ??= Buffer.allocUnsafe(PIECE * 3 + 4);
      for (let from = 0; from < chunk.length;) {
        const to = pieceEnd(chunk, from);
        const length = scratch.write(chunk.slice(from, to), 'utf8');
        let done = 0;
        try {
          while (done < length) done += fs.writeSync(fd, scratch, done, length - done);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            gone = true;
            return true;
          }
          if (code !== 'EAGAIN') throw error;
          fallback = stream();
          if (!fallback.listeners('error').includes(onStreamError))
            fallback.on('error', onStreamError);
          fallback.write(Buffer.from(scratch.subarray(done, length)));
          if (to < chunk.length) fallback.write(chunk.slice(to));
          return true;
        }
        from = to;
      }
      return true;
    },
    // Only a terminal has a width: asking a pipe's stream would set the stream up for nothing.
    get columns() {
      terminal ??= isTerminal(fd);
      return terminal ? stream().columns : undefined;
    },
  };
  writers.set(fd, writer);
  return writer;
}

export function createOutput(options: OutputOptions): Output {
  const stdout = options.stdout ?? fdWriter(1);
  const stderr = options.stderr ?? fdWriter(2);
  return {
    line: (text = '') => void stdout.write(`${text}\n`),
    json: (value) => void stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    raw: (text) => void stdout.write(text),
    error: (text) => void stderr.write(`${text}\n`),
    style: options.style ?? plainStyle,
    color: options.style !== undefined,
    get columns() {
      return Math.max(40, Math.min(stdout.columns ?? 80, 100));
    },
  };
}
