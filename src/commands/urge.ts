/**
 * `exco urge`: the pause button for the moment they are about to text their ex. Where they stand
 * and what a slip would cost, their own words, a short paced breath, then the urge is logged and
 * one thing to do instead is suggested. With `--intensity` it only logs, without the pause.
 */
import { type Command, Option } from 'commander';
import { formatDay } from '../core/dates.js';
import type { Assessment } from '../core/engine.js';
import type { ExcoData, SupportFlag, Urge } from '../core/model.js';
import { buildStatus } from '../core/status.js';
import { detectSupport } from '../core/support.js';
import { neutralizeControls } from '../core/text.js';
import {
  logUrge,
  ownWords,
  suggestInstead,
  urgeAssessment,
  type Suggestion,
  type UrgeInput,
} from '../core/urge.js';
import { BREATHING, URGE_TEXT } from '../content/urge.js';
import { UsageError } from '../errors.js';
import { breathe, terminalPause, type Pause } from '../ui/breathing.js';
import { bullet, wrap } from '../ui/layout.js';
import { askWholeNumber } from '../ui/prompter.js';
import { pickCountry, printResources } from '../ui/resources-view.js';
import { type Deps, type DepsFor, requireTerminal } from './context.js';
import { choiceOption, intFlag, yesNo } from './options.js';
import { respondToSupport } from './support-response.js';

export interface UrgeOptions {
  intensity?: number;
  trigger?: string;
  heldOff?: 'yes' | 'no';
  json: boolean;
}

const FLAGS = '--intensity 0-10 [--trigger TEXT] [--held-off yes|no]';

/** One line on where they stand and what contact now would mean; null before `exco start`. */
export function situationLine(a: Assessment | null): string | null {
  if (!a || a.safetyMode) return null;
  if (a.exNewPartner) return URGE_TEXT.newPartner;
  if (a.movingOn) return URGE_TEXT.movingOn;
  if (a.step.id === 'reunion') return URGE_TEXT.reunion;
  if (a.signals.backingOff && a.signals.backOffUntil)
    return URGE_TEXT.backingOff(formatDay(a.signals.backOffUntil));
  const nc = a.noContact;
  return nc.complete ? URGE_TEXT.counterDone(nc.days) : URGE_TEXT.counter(nc.days, nc.targetDays);
}

function printSituation(data: ExcoData | null, a: Assessment | null, deps: Deps): void {
  const { out } = deps;
  if (a?.safetyMode || data?.safety) {
    for (const line of URGE_TEXT.safety) out.line(out.style.warn(wrap(line, out.columns)));
    return;
  }
  const line = situationLine(a);
  if (line) out.line(wrap(line, out.columns));
}

async function pauseFirst(data: ExcoData | null, a: Assessment | null, deps: Deps, pause: Pause) {
  const { out } = deps;
  const { style } = out;
  out.line();
  out.line(style.heading(URGE_TEXT.title));
  out.line(wrap(URGE_TEXT.opening, out.columns));
  const hour = deps.now().getHours();
  if (hour >= 22 || hour < 5) out.line(wrap(URGE_TEXT.lateNight, out.columns));
  if (data?.safety || situationLine(a)) {
    out.line();
    printSituation(data, a, deps);
  }
  const words = ownWords(data);
  if (words.length) {
    out.line();
    out.line(style.strong(URGE_TEXT.ownWordsTitle));
    for (const w of words)
      out.line(
        wrap(`  ${style.muted(`${w.label}:`)} ${style.theirs(w.text)}`, out.columns, '    '),
      );
  }
  out.line();
  out.line(style.strong(URGE_TEXT.breatheTitle));
  const result = await breathe(pause, BREATHING);
  out.line(result === 'done' ? URGE_TEXT.breatheDone : URGE_TEXT.breatheSkipped);
  out.line();
}

async function ask(deps: Deps): Promise<UrgeInput> {
  const { prompter } = deps;
  const intensity = await askWholeNumber(prompter, URGE_TEXT.askIntensity, { min: 0, max: 10 });
  const trigger = await prompter.input(URGE_TEXT.askTrigger);
  const heldOff = await prompter.confirm(URGE_TEXT.askHeldOff, { default: true });
  return { intensity, trigger: trigger.trim() || undefined, heldOff };
}

function printAfter(
  urge: Urge,
  suggestion: Suggestion,
  heldOffCount: number,
  safety: boolean,
  deps: Deps,
): void {
  const { out } = deps;
  const { style } = out;
  out.line(style.ok(URGE_TEXT.logged(urge.id, urge.intensity, urge.heldOff)));
  if (urge.heldOff) out.line(wrap(URGE_TEXT.heldOff(heldOffCount), out.columns));
  else out.line(wrap(safety ? URGE_TEXT.notHeldOffSafety : URGE_TEXT.notHeldOff, out.columns));
  out.line();
  out.line(style.strong(URGE_TEXT.insteadTitle));
  out.line(bullet(neutralizeControls(suggestion.text), out.columns));
}

export async function runUrge(
  opts: UrgeOptions,
  deps: Deps,
  pause: Pause = terminalPause(),
): Promise<Urge> {
  const data = deps.store.read();
  const a = urgeAssessment(data, deps.now());
  const safety = data?.safety != null;
  let input: UrgeInput;
  if (opts.intensity !== undefined) {
    input = {
      intensity: opts.intensity,
      trigger: opts.trigger,
      heldOff: yesNo(opts.heldOff) ?? true,
    };
  } else {
    if (opts.json || opts.trigger !== undefined || opts.heldOff !== undefined) {
      throw new UsageError('To log an urge without the pause, give --intensity 0-10 as well.');
    }
    requireTerminal(deps, 'urge', FLAGS);
    await pauseFirst(data, a, deps, pause);
    input = await ask(deps);
  }
  const support: SupportFlag[] = input.trigger ? detectSupport(input.trigger) : [];
  const now = deps.now();
  const urge = await deps.store.update((d) => logUrge(d, input, now));
  const after = deps.store.read();
  const suggestion = suggestInstead(after, a, (after?.urges.length ?? 1) - 1);
  if (opts.json) {
    const { report } = buildStatus(after, deps.now());
    deps.out.json({ saved: true, urge, suggestion, noContact: report.noContact, support });
    return urge;
  }
  await respondToSupport(support, after, 'check-in', deps);
  if (opts.intensity !== undefined) printSituation(after, a, deps);
  const heldOffCount = after?.urges.filter((u) => u.heldOff).length ?? 0;
  printAfter(urge, suggestion, heldOffCount, safety, deps);
  if (safety && support.length === 0) {
    deps.out.line();
    printResources(deps.out, ['abuse', 'crisis'], pickCountry(after?.settings.country ?? null));
  }
  return urge;
}

export function registerUrge(program: Command, depsFor: DepsFor): void {
  program
    .command('urge')
    .description('the pause button: stop, breathe, read your own reasons, and log the urge')
    .addOption(
      new Option(
        '--intensity <n>',
        'how strong the urge is, 0–10 (logs without the pause)',
      ).argParser(intFlag(0, 10)),
    )
    .option('--trigger <text>', 'what set it off')
    .addOption(
      choiceOption('--held-off <answer>', 'whether you held off (default yes)', ['yes', 'no']),
    )
    .option('--json', 'print the saved urge and a suggestion as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ exco urge\n  $ exco urge --intensity 7 --trigger "saw our song on the radio"\n  $ exco urge --intensity 4 --held-off no --json',
    )
    .action(async (opts: Omit<UrgeOptions, 'json'> & { json?: boolean }, cmd: Command) => {
      await runUrge({ ...opts, json: opts.json === true }, depsFor(cmd));
    });
}
