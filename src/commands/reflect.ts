/**
 * `exco reflect`: the daily check-in, the mistakes loop of step 2, the history, and when a new day
 * starts. This file wires the flags and picks the mode; each mode has its own file.
 */
import { type Command, Option } from 'commander';
import { MISTAKE_PATTERNS } from '../core/model.js';
import { UsageError } from '../errors.js';
import { wrap } from '../ui/layout.js';
import type { Deps, DepsFor } from './context.js';
import { choiceOption, intFlag, parseDayFlag } from './options.js';
import type { CheckInOptions } from './reflect-check-in.js';
import { runReflectList, runReflectShow } from './reflect-history.js';
import type { MistakeOptions } from './reflect-mistakes.js';
import type { NoteReader } from './note-input.js';

export type ReflectOptions = CheckInOptions &
  MistakeOptions & {
    /** Hour (0–12) at which a new day starts for check-ins and streaks. */
    dayStartsAt?: number;
  };

const CHECK_IN_KEYS = ['mood', 'urge', 'note', 'noteFile', 'date'] as const;
const MISTAKE_KEYS = [
  'mistakes',
  'mistake',
  'editMistake',
  'removeMistake',
  'plan',
  'description',
] as const;

async function setDayStart(hour: number, deps: Deps, json: boolean): Promise<void> {
  await deps.store.update((d) => {
    d.settings.dayStartHour = hour;
  });
  const { out } = deps;
  if (json) return out.json({ saved: true, dayStartHour: hour });
  const at = `${String(hour).padStart(2, '0')}:00`;
  out.line(out.style.ok(`A new day now starts at ${at}.`));
  out.line(
    wrap(
      `A check-in before ${at} counts for the day before, so a late night does not break your streak.`,
      out.columns,
    ),
  );
}

export async function runReflect(
  opts: ReflectOptions,
  deps: Deps,
  read?: NoteReader,
): Promise<void> {
  const given = (keys: readonly (keyof ReflectOptions)[]) =>
    keys.some((k) => opts[k] !== undefined && opts[k] !== false);
  const modes = [opts.dayStartsAt !== undefined, given(CHECK_IN_KEYS), given(MISTAKE_KEYS)];
  if (modes.filter(Boolean).length > 1) {
    throw new UsageError(
      'Use one thing at a time: a check-in, the mistake flags, or --day-starts-at.',
    );
  }
  if (opts.dayStartsAt !== undefined) {
    if (!Number.isInteger(opts.dayStartsAt) || opts.dayStartsAt < 0 || opts.dayStartsAt > 12) {
      throw new UsageError('--day-starts-at must be a whole hour from 0 to 12.');
    }
    return setDayStart(opts.dayStartsAt, deps, opts.json);
  }
  // Loaded here, not up front: they check the person's words, which `reflect list` never needs.
  if (given(MISTAKE_KEYS)) {
    const { runMistakeFlags, runMistakes } = await import('./reflect-mistakes.js');
    if (opts.mistakes && !opts.json && !given(MISTAKE_KEYS.slice(1))) return runMistakes(deps);
    return runMistakeFlags(opts, deps);
  }
  const { runCheckIn } = await import('./reflect-check-in.js');
  return runCheckIn(opts, deps, read);
}

const EXAMPLES = `
Examples:
  $ exco reflect                              today's check-in (asks)
  $ exco reflect --mood 3 --urge 6 --note "Hard evening. Did not text."
  $ exco reflect --mood 2 --urge 7 --note-file - < note.txt
  $ exco reflect --mood 4 --urge 2 --note-file today.txt --date 2026-11-24 --json
  $ exco reflect list --since 2026-11-01
  $ exco reflect show r3
  $ exco reflect --mistakes                   name patterns and plans (asks)
  $ exco reflect --mistake distant --plan "Say how I feel the same day" --description "I shut down"
  $ exco reflect --mistake other --description "I kept score" --plan "Let small things go"
  $ exco reflect --edit-mistake m1 --plan "Tell friends first, then decide"
  $ exco reflect --remove-mistake m2
  $ exco reflect --day-starts-at 5            a 4:30 am check-in counts for the day before

--note-file (or - for stdin) keeps private words out of your shell history.
A second check-in on the same day is kept; the streak counts the day once.`;

export function registerReflect(program: Command, depsFor: DepsFor): void {
  const reflect = program
    .command('reflect')
    .description('daily check-in and one reflection prompt; name your patterns and plans')
    .optionsGroup('Check-in:')
    .addOption(
      new Option('--mood <1-5>', 'how you feel, 1 (very low) to 5 (very good)').argParser(
        intFlag(1, 5),
      ),
    )
    .addOption(
      new Option('--urge <0-10>', 'the urge to contact your ex, 0 to 10').argParser(intFlag(0, 10)),
    )
    .option('--note <text>', 'a note for yourself')
    .option('--note-file <path>', 'read the note from a file; - reads stdin')
    .addOption(
      new Option('--date <date>', 'back-fill a past day (YYYY-MM-DD)').argParser(parseDayFlag),
    )
    .optionsGroup('Mistakes and plans (step 2):')
    .option('--mistakes', 'revisit your named patterns: add, change a plan, remove')
    .addOption(choiceOption('--mistake <pattern>', 'name a pattern', MISTAKE_PATTERNS))
    .option('--plan <text>', 'your concrete plan for it')
    .option('--description <text>', 'the pattern in your own words (needed for "other")')
    .option('--edit-mistake <id>', 'change the plan or description of mistake ID')
    .option('--remove-mistake <id>', 'remove mistake ID')
    .optionsGroup('Settings and output:')
    .addOption(
      new Option('--day-starts-at <hour>', 'hour (0–12) a new day starts; default 4').argParser(
        intFlag(0, 12),
      ),
    )
    .option('--json', 'print the result as JSON')
    .addHelpText('after', EXAMPLES)
    .action((opts: Omit<ReflectOptions, 'json'> & { json?: boolean }, cmd: Command) =>
      runReflect({ ...opts, json: opts.json === true }, depsFor(cmd)),
    );

  // `reflect`'s own flags are parsed before the subcommand sees its arguments, so the
  // subcommands read --json through optsWithGlobals and refuse flags meant for `reflect`.
  const onlyJson = (cmd: Command): boolean => {
    const all = cmd.optsWithGlobals<Record<string, unknown>>();
    const stray = Object.keys(reflect.opts()).filter((k) => k !== 'json');
    if (stray.length) {
      throw new UsageError(
        `\`exco reflect ${cmd.name()}\` does not take --${kebab(stray[0] as string)}.`,
      );
    }
    return all.json === true;
  };

  reflect
    .command('list')
    .description('your check-ins with a mood sparkline, a calendar of check-ins and your streak')
    .addOption(
      new Option('--since <date>', 'only check-ins from this day on (YYYY-MM-DD)').argParser(
        parseDayFlag,
      ),
    )
    .option('--json', 'print the check-ins as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ exco reflect list\n  $ exco reflect list --since 2026-11-01 --json',
    )
    .action((opts: { since?: string }, cmd: Command) =>
      runReflectList({ since: opts.since, json: onlyJson(cmd) }, depsFor(cmd)),
    );

  reflect
    .command('show')
    .description('one check-in in full')
    .argument('<id>', 'the check-in id, e.g. r3')
    .option('--json', 'print it as JSON')
    .addHelpText('after', '\nExamples:\n  $ exco reflect show r3\n  $ exco reflect show r3 --json')
    .action((id: string, _opts: unknown, cmd: Command) =>
      runReflectShow(id, { json: onlyJson(cmd) }, depsFor(cmd)),
    );
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
