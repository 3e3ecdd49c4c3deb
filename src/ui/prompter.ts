/**
 * The one door to interactive questions. Everything shown in a prompt (which can include the
 * person's own words: goal titles, defaults) has its control characters made visible first. Commands ask through a `Prompter`; the terminal one wraps
 * @inquirer/prompts (loaded only when a question is actually asked), tests pass a scripted one.
 */
import { dayFromWords, type Day } from '../core/dates.js';
import { neutralizeControls as safe, wholeNumberIn } from '../core/text.js';
import { CancelledError } from '../errors.js';
import { importPrompts } from './prompts-import.js';
import { isTerminal } from './terminal.js';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface InputOptions {
  default?: string;
  /** Return true, or a message saying what is wrong. */
  validate?: (value: string) => true | string;
}

/**
 * A validator for a whole number typed from `min` to `max`. A scale from 0 is typed rather than
 * picked from a list: a list's number keys pick by position, so "3" would pick 2.
 */
export function wholeNumber(min: number, max: number): (value: string) => true | string {
  return (value) =>
    wholeNumberIn(value, min, max) === null
      ? `A whole number from ${min} to ${max}, please.`
      : true;
}

/** Asks for a whole number from `min` to `max`, typed (see `wholeNumber`), until one is given. */
export async function askWholeNumber(
  prompter: Prompter,
  message: string,
  { min, max, default: fallback }: { min: number; max: number; default?: number },
): Promise<number> {
  const typed = await prompter.input(message, {
    ...(fallback === undefined ? {} : { default: String(fallback) }),
    validate: wholeNumber(min, max),
  });
  // Validated above, so Number reads it exactly (the spaces around it included).
  return Number(typed);
}

/** What a day may be typed as, said when what was typed is not one. */
export const DAY_FORMS = 'YYYY-MM-DD, "today", "yesterday" or "3 weeks ago"';

/**
 * Asks for a day, typed as `dayFromWords` reads it, until one is given that `problem` accepts
 * (it returns a message or null); returns it as YYYY-MM-DD.
 */
export async function askDay(
  prompter: Prompter,
  message: string,
  options: { today: Day; default?: string; problem: (day: Day) => string | null },
): Promise<Day> {
  const { today, problem } = options;
  const typed = await prompter.input(message, {
    ...(options.default === undefined ? {} : { default: options.default }),
    validate: (value) => {
      const day = dayFromWords(value, today);
      return day === null ? `Type the date as ${DAY_FORMS}.` : (problem(day) ?? true);
    },
  });
  // Validated above, so it reads as a day.
  return dayFromWords(typed, today) as Day;
}

export interface Prompter {
  /** False when stdin is not a terminal: interactive flows must not start. */
  readonly interactive: boolean;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
  select<T>(message: string, choices: readonly Choice<T>[], options?: { default?: T }): Promise<T>;
  input(message: string, options?: InputOptions): Promise<string>;
  search<T>(message: string, source: (term: string) => readonly Choice<T>[]): Promise<T>;
}

const CANCELLED = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

async function cancellable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && CANCELLED.has(error.name)) throw new CancelledError();
    throw error;
  }
}

function safeChoice<T>(choice: Choice<T>): Choice<T> {
  return {
    ...choice,
    name: safe(choice.name),
    ...(choice.description === undefined ? {} : { description: safe(choice.description) }),
  };
}

export function createTerminalPrompter(interactive?: boolean): Prompter {
  let known = interactive;
  return {
    // Found on first use: most runs never ask.
    get interactive() {
      return (known ??= isTerminal(0));
    },
    confirm: (message, options) =>
      cancellable(async () =>
        (await importPrompts()).confirm({ message: safe(message), default: options?.default }),
      ),
    select: <T>(message: string, choices: readonly Choice<T>[], options?: { default?: T }) =>
      cancellable(async () =>
        (await importPrompts()).select<T>({
          message: safe(message),
          choices: choices.map(safeChoice),
          default: options?.default,
          pageSize: 12,
        }),
      ),
    input: (message, options) =>
      cancellable(async () =>
        (await importPrompts()).input({
          message: safe(message),
          default: options?.default === undefined ? undefined : safe(options.default),
          validate: options?.validate,
        }),
      ),
    search: <T>(message: string, source: (term: string) => readonly Choice<T>[]) =>
      cancellable(async () =>
        (await importPrompts()).search<T>({
          message: safe(message),
          source: (term) => source(term ?? '').map(safeChoice),
          pageSize: 10,
        }),
      ),
  };
}
