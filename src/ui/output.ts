/**
 * Everything exco prints goes through here; this is the only module that knows about colour.
 * Commands get an `Output` and describe what a piece of text *is* (a heading, a warning, the
 * person's own words), never which colour it should be.
 */
import { Chalk, supportsColor } from 'chalk';
import { neutralizeControls } from '../core/text.js';

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
  color: boolean;
  stdout?: Writable;
  stderr?: Writable;
}

/** Colour is on when stdout is a colour terminal, `--no-color` was not given and `NO_COLOR` is unset. */
export function colorWanted(flag: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return supportsColor !== false && supportsColor.level > 0;
}

export function createStyle(color: boolean): Style {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    heading: (t) => c.bold.cyan(t),
    strong: (t) => c.bold(t),
    ok: (t) => c.green(t),
    warn: (t) => c.yellow(t),
    danger: (t) => c.bold.red(t),
    muted: (t) => c.dim(t),
    accent: (t) => c.magenta(t),
    theirs: (t) => c.italic(neutralizeControls(t)),
    command: (t) => c.cyan(t),
  };
}

export function createOutput(options: OutputOptions): Output {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  return {
    line: (text = '') => void stdout.write(`${text}\n`),
    json: (value) => void stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    error: (text) => void stderr.write(`${text}\n`),
    style: createStyle(options.color),
    color: options.color,
    get columns() {
      return Math.max(40, Math.min(stdout.columns ?? 80, 100));
    },
  };
}
