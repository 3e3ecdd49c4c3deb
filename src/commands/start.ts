/**
 * `exco start`: the first run (welcome, safety screening, profile, plan), or later the hub.
 * With flags it sets up or updates the profile without asking anything.
 */
import { type Command, Option } from 'commander';
import { dayOf } from '../core/dates.js';
import { isStarted } from '../core/engine.js';
import { INITIATORS, INTENSITIES, REASONS } from '../core/model.js';
import { recommendWindow } from '../core/no-contact.js';
import {
  applyProfile,
  pastDayProblem,
  screeningFrom,
  turnOnSafetyMode,
  type ProfileAnswers,
} from '../core/profile.js';
import { buildStatus } from '../core/status.js';
import { UsageError } from '../errors.js';
import { pickCountry } from '../ui/resources-view.js';
import { type Deps, type DepsFor, requireTerminal } from './context.js';
import { runHub } from './hub.js';
import {
  askProfile,
  askScreening,
  printPlan,
  showSafetyMode,
  welcome,
  type Answers,
} from './start-setup.js';
import { choiceOption, numberFlag, parseDayFlag, yesNo } from './options.js';

export interface StartOptions {
  breakupDate?: string;
  monthsTogether?: number;
  intensity?: ProfileAnswers['intensity'];
  reason?: ProfileAnswers['reason'];
  initiator?: ProfileAnswers['initiator'];
  exName?: string;
  safety?: 'yes' | 'no';
  exNewPartner?: 'yes' | 'no';
  country?: string;
  json: boolean;
}

const REQUIRED = [
  ['breakupDate', '--breakup-date YYYY-MM-DD'],
  ['monthsTogether', '--months-together N'],
  ['intensity', '--intensity low|medium|high'],
  ['reason', `--reason ${REASONS.join('|')}`],
  ['initiator', '--initiator me|them|mutual'],
  ['safety', '--safety no|yes'],
] as const;

const ALL_FLAGS = REQUIRED.map(([, flag]) => flag).join(' ');

function hasFlags(opts: StartOptions): boolean {
  return (
    REQUIRED.some(([key]) => opts[key] !== undefined) ||
    opts.exName !== undefined ||
    opts.exNewPartner !== undefined ||
    opts.country !== undefined
  );
}

function known(opts: StartOptions): Partial<ProfileAnswers> {
  const entries = Object.entries({
    exName: opts.exName,
    breakupDate: opts.breakupDate,
    monthsTogether: opts.monthsTogether,
    intensity: opts.intensity,
    reason: opts.reason,
    initiator: opts.initiator,
    exNewPartner: yesNo(opts.exNewPartner),
  }).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries) as Partial<ProfileAnswers>;
}

function checkBreakupDate(day: string | undefined, deps: Deps): void {
  const problem = day ? pastDayProblem(day, dayOf(deps.now()), 'breakup date') : null;
  if (problem) throw new UsageError(problem);
}

async function save(
  deps: Deps,
  answers: ProfileAnswers,
  screening: { answers?: Answers; flagged: boolean } | null,
  opts: StartOptions,
): Promise<void> {
  const now = deps.now();
  const data = await deps.store.update((d) => {
    applyProfile(d, answers, now);
    if (screening) {
      d.screening = screeningFrom(screening.answers, screening.flagged, now);
      if (screening.flagged) turnOnSafetyMode(d, 'screening', now);
    }
    if (opts.country)
      d.settings.country = opts.country.toUpperCase() === 'UK' ? 'GB' : opts.country.toUpperCase();
    return d;
  });
  const { report } = buildStatus(data, deps.now());
  const turnedOn = screening?.flagged === true && screening.answers === undefined;
  if (opts.json) {
    const window = report.safetyMode ? null : recommendWindow(answers);
    deps.out.json({ saved: true, ...report, window });
    return;
  }
  // The interactive screening shows resources as soon as it is answered; flags show them here.
  if (turnedOn) showSafetyMode(deps, pickCountry(data.settings.country));
  printPlan(report, answers, deps);
  if (opts.safety === 'no' && report.safetyMode) {
    deps.out.line(deps.out.style.warn('Safety mode stays on: once on, exco keeps it on for good.'));
  }
}

async function firstRun(opts: StartOptions, deps: Deps): Promise<void> {
  const missing = REQUIRED.filter(([key]) => opts[key] === undefined);
  if (missing.length && !deps.prompter.interactive) {
    throw new UsageError(
      `\`exco start\` needs a terminal to ask the rest, or these flags: ${missing.map(([, f]) => f).join(' ')}.`,
      `All of them: exco start ${ALL_FLAGS}`,
    );
  }
  checkBreakupDate(opts.breakupDate, deps);
  const data = deps.store.read();
  if (!hasFlags(opts)) await welcome(deps);
  let screening: { answers?: Answers; flagged: boolean };
  if (opts.safety) {
    screening = { flagged: opts.safety === 'yes' };
  } else {
    const answers = await askScreening(
      deps,
      pickCountry(opts.country ?? data?.settings.country ?? null),
    );
    screening = { answers, flagged: Object.values(answers).some(Boolean) };
  }
  const answers = await askProfile(deps, known(opts));
  await save(deps, answers, screening, opts);
}

async function updateProfile(
  opts: StartOptions,
  deps: Deps,
  profile: ProfileAnswers,
): Promise<void> {
  checkBreakupDate(opts.breakupDate, deps);
  const answers: ProfileAnswers = { ...profile, ...known(opts) };
  const screening = opts.safety === 'yes' ? { flagged: true } : null;
  if (!opts.json) deps.out.line(deps.out.style.ok('Your profile is updated.'));
  await save(deps, answers, screening, opts);
}

export async function runStart(opts: StartOptions, deps: Deps): Promise<void> {
  const data = deps.store.read();
  if (!isStarted(data)) {
    if (!hasFlags(opts)) requireTerminal(deps, 'start', ALL_FLAGS);
    await firstRun(opts, deps);
    return;
  }
  if (hasFlags(opts)) {
    await updateProfile(opts, deps, data.profile);
    return;
  }
  requireTerminal(
    deps,
    'start',
    'flags to update your profile, or run `exco status` to see where you stand',
  );
  await runHub(deps);
}

export function registerStart(program: Command, depsFor: DepsFor): void {
  program
    .command('start')
    .description('begin: safety check, your relationship, your no-contact plan; later, your hub')
    .addOption(
      new Option('--breakup-date <date>', 'the day it ended (YYYY-MM-DD)').argParser(parseDayFlag),
    )
    .addOption(
      new Option('--months-together <n>', 'how long you were together, in months').argParser(
        numberFlag(0, 1200),
      ),
    )
    .addOption(
      choiceOption(
        '--intensity <level>',
        'low: casual or new; medium: committed; high: lived together, engaged, married or children',
        INTENSITIES,
      ),
    )
    .addOption(choiceOption('--reason <reason>', 'what ended it, mostly', REASONS))
    .addOption(choiceOption('--initiator <who>', 'who ended it', INITIATORS))
    .addOption(
      choiceOption(
        '--safety <answer>',
        'yes if you have felt afraid of your ex, or been threatened, hurt, followed or controlled by them',
        ['no', 'yes'],
      ),
    )
    .option('--ex-name <name>', 'what exco calls your ex (optional; left out of redacted exports)')
    .addOption(
      choiceOption('--ex-new-partner <answer>', 'whether your ex is with someone new', [
        'no',
        'yes',
      ]),
    )
    .addOption(
      choiceOption('--country <code>', 'for support lines', ['US', 'GB', 'UK', 'CA', 'AU', 'IE']),
    )
    .option('--json', 'print the result as JSON (with flags)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ exco start\n  $ exco start --breakup-date 2026-11-20 --months-together 18 --intensity medium \\\n      --reason communication --initiator them --safety no\n  $ exco start --ex-new-partner yes',
    )
    .action((opts: Omit<StartOptions, 'json'> & { json?: boolean }, cmd: Command) =>
      runStart({ ...opts, json: opts.json === true }, depsFor(cmd)),
    );
}
