/**
 * `exco goals`: step 3 (invest in yourself) and the evidence behind step 5 (show, don't tell).
 * Without a subcommand, a menu in the terminal; each subcommand also runs from flags alone.
 */
import { type Command, Option } from 'commander';
import { GOAL_CATEGORIES } from '../core/model.js';
import { oneLine } from '../core/text.js';
import { UsageError } from '../errors.js';
import type { DepsFor } from './context.js';
import { runGoalsAdd, type GoalsAddOptions } from './goals-add.js';
import { runGoalsClose } from './goals-close.js';
import { runGoalsEdit, type GoalsEditOptions } from './goals-edit.js';
import { runGoalsEvidence, runGoalsList } from './goals-list.js';
import { runGoalsLog, type GoalsLogOptions } from './goals-log.js';
import { runGoals } from './goals-menu.js';
import { choiceOption, intFlag, parseDayFlag } from './options.js';

const JSON_SHAPE = `
JSON (--json) is an array with one object per goal:
  { id, category, title, status, perWeek, by, addresses, logs, thisWeek, met,
    streakWeeks, lastLog, weeks, daysLeft, asOf, createdAt, doneAt, archivedAt }
  perWeek, by, addresses, lastLog, daysLeft, doneAt, archivedAt: null when unset
  logs: how many logs; weeks: logs per week for the last 8 weeks, oldest first
  thisWeek, met, streakWeeks: this week's logs, whether they reach the cadence
  (or 1), and how many weeks in a row did; a closed goal is measured as of the
  day it was closed (asOf)`;

const PROGRESS_NOTE = `
Weeks run Monday to Sunday. A week is met when it has the goal's cadence in
logs (one, without a cadence); the current week joins the streak once met and
never breaks it while it is still going. The bar shows this week against the
cadence; for a goal with only a target date, it shows the time used up to that
date, next to how many logs you have.`;

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;

function addCommands(goals: Command, depsFor: DepsFor): void {
  goals
    .command('add')
    .description('add a goal (asks, with ideas, when --category and --title are missing)')
    .addOption(
      choiceOption(
        '--category <category>',
        'fitness, hobby, growth, people, career or other',
        GOAL_CATEGORIES,
      ),
    )
    .option('--title <text>', 'what you will do, in your words')
    .addOption(
      new Option('--per-week <n>', 'how many times a week (1–21)').argParser(intFlag(1, 21)),
    )
    .addOption(new Option('--by <date>', 'a target date (YYYY-MM-DD)').argParser(parseDayFlag))
    .option(
      '--addresses <mistake>',
      'the id of a mistake you named that this goal answers (e.g. m1)',
    )
    .option('--json', 'print the new goal as JSON')
    .addHelpText(
      'after',
      examples(
        'exco goals add',
        'exco goals add --category fitness --title "Go to the gym" --per-week 3',
        'exco goals add --category people --title "Call a friend every Sunday" --per-week 1 --addresses m1',
        'exco goals add --category career --title "Finish the course" --by 2027-03-01',
      ),
    )
    .action((opts: Omit<GoalsAddOptions, 'json'> & { json?: boolean }, cmd: Command) =>
      runGoalsAdd({ ...opts, json: opts.json === true }, depsFor(cmd)),
    );

  goals
    .command('list')
    .description('your goals with this week, streaks and the last 8 weeks')
    .option('--all', 'include goals that are done or archived')
    .option('--json', 'print the goals as JSON (shape below)')
    .addHelpText(
      'after',
      `${PROGRESS_NOTE}\n${JSON_SHAPE}\n${examples('exco goals list', 'exco goals list --all --json')}`,
    )
    .action((opts: { all?: boolean; json?: boolean }, cmd: Command) =>
      runGoalsList({ all: opts.all === true, json: opts.json === true }, depsFor(cmd)),
    );

  goals
    .command('log')
    .description('log something you did towards a goal: dated evidence of change')
    .argument('[id]', 'the goal, e.g. g1 (asked in a terminal when left out)')
    .option('--note <text>', 'a note: what you did, how it felt')
    .option('--note-file <path>', 'read the note from a file; - reads standard input')
    .addOption(
      new Option(
        '--date <date>',
        'when you did it (YYYY-MM-DD, not in the future; default today, with the small hours counted as the day before, like check-ins)',
      ).argParser(parseDayFlag),
    )
    .option('--json', 'print the log as JSON')
    .addHelpText(
      'after',
      examples(
        'exco goals log g1',
        'exco goals log g1 --note "30 minutes, felt strong" --date 2026-11-24',
        'echo "Long call with Alex" | exco goals log g2 --note-file -',
      ),
    )
    .action(
      (
        id: string | undefined,
        opts: Omit<GoalsLogOptions, 'json'> & { json?: boolean },
        cmd: Command,
      ) => runGoalsLog(id, { ...opts, json: opts.json === true }, depsFor(cmd)),
    );
}

function manageCommands(goals: Command, depsFor: DepsFor): void {
  for (const [name, to, what] of [
    ['done', 'done', 'mark a goal done (its logs stay as evidence)'],
    ['archive', 'archived', 'set a goal aside (its logs stay as evidence)'],
  ] as const) {
    goals
      .command(name)
      .description(what)
      .argument('[id]', 'the goal, e.g. g1 (asked in a terminal when left out)')
      .option('--json', 'print the goal as JSON')
      .addHelpText('after', examples(`exco goals ${name} g1`))
      .action((id: string | undefined, opts: { json?: boolean }, cmd: Command) =>
        runGoalsClose(to, id, { json: opts.json === true }, depsFor(cmd)),
      );
  }

  goals
    .command('edit')
    .description('change a goal (asks what to change when no flags are given)')
    .argument('[id]', 'the goal, e.g. g1 (asked in a terminal when left out)')
    .option('--title <text>', 'a new title')
    .addOption(choiceOption('--category <category>', 'a new area', GOAL_CATEGORIES))
    .addOption(new Option('--per-week <n>', 'times a week (1–21)').argParser(intFlag(1, 21)))
    .option('--no-per-week', 'remove the times-a-week target')
    .addOption(new Option('--by <date>', 'a target date (YYYY-MM-DD)').argParser(parseDayFlag))
    .option('--no-by', 'remove the target date')
    .option('--addresses <mistake>', 'link it to a mistake you named (e.g. m1)')
    .option('--no-addresses', 'unlink it from any mistake')
    .option('--reopen', 'make a done or archived goal active again')
    .option('--json', 'print the goal as JSON')
    .addHelpText(
      'after',
      examples(
        'exco goals edit g1',
        'exco goals edit g1 --per-week 2 --no-by',
        'exco goals edit g3 --reopen',
      ),
    )
    .action(
      (
        id: string | undefined,
        opts: Omit<GoalsEditOptions, 'json'> & { json?: boolean },
        cmd: Command,
      ) => runGoalsEdit(id, { ...opts, json: opts.json === true }, depsFor(cmd)),
    );

  goals
    .command('evidence')
    .description("what you have done about each mistake you named: show, don't tell")
    .option('--json', 'print the evidence as JSON')
    .addHelpText('after', examples('exco goals evidence', 'exco goals evidence --json'))
    .action((opts: { json?: boolean }, cmd: Command) =>
      runGoalsEvidence({ json: opts.json === true }, depsFor(cmd)),
    );
}

export function registerGoals(program: Command, depsFor: DepsFor): void {
  const goals = program
    .command('goals')
    .description('plan and log self-improvement: goals, weekly progress, your evidence of change')
    .addHelpText(
      'after',
      examples(
        'exco goals',
        'exco goals add --category fitness --title "Go to the gym" --per-week 3',
        'exco goals log g1 --note "felt good"',
        'exco goals list',
        'exco goals evidence',
      ),
    )
    .allowExcessArguments(true)
    .action((_opts: unknown, cmd: Command) => {
      // Commander hands an unknown subcommand to this action; name the real ones instead.
      if (cmd.args.length) {
        const names = cmd.commands.map((c) => c.name()).join(', ');
        throw new UsageError(
          `Unknown subcommand "${oneLine(cmd.args[0] ?? '', 30)}". Try one of: ${names}.`,
        );
      }
      return runGoals(depsFor(cmd));
    });
  addCommands(goals, depsFor);
  manageCommands(goals, depsFor);
}
