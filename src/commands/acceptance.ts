/**
 * `exco acceptance` (step 7): open to everyone at any time. The step's words, why it may fit now,
 * and a way to record where they stand: back together, moving on, or still deciding. The latest
 * outcome counts; 'moving-on' turns exco towards growth and away from contact, and any later
 * outcome undoes it.
 */
import type { Command } from 'commander';
import { isStarted } from '../core/engine.js';
import { OUTCOMES, type ExcoData } from '../core/model.js';
import { latestOutcome, recordOutcome, type OutcomeId } from '../core/outcomes.js';
import { buildStatus } from '../core/status.js';
import { ACCEPTANCE_TEXT, OUTCOME_CHOICES, OUTCOME_LABEL } from '../content/acceptance.js';
import { stepById } from '../content/steps.js';
import { wrap } from '../ui/layout.js';
import type { Choice } from '../ui/prompter.js';
import { pickCountry, printResources } from '../ui/resources-view.js';
import { printStep } from '../ui/step-view.js';
import { type Deps, type DepsFor, requireTerminal } from './context.js';
import { choiceOption } from './options.js';

function whyNow(data: ExcoData | null, deps: Deps): string {
  const { assessment: a } = buildStatus(data, deps.now());
  if (a?.movingOn) return ACCEPTANCE_TEXT.why.movingOn;
  if (a?.exNewPartner) return ACCEPTANCE_TEXT.why.newPartner;
  if (a?.signals.unresponsive && !a.signals.interest) return ACCEPTANCE_TEXT.why.unresponsive;
  return ACCEPTANCE_TEXT.why.anyTime;
}

function printRecorded(outcome: OutcomeId, changed: boolean, deps: Deps): void {
  const { out } = deps;
  const data = deps.store.read();
  const label = OUTCOME_LABEL[outcome];
  if (!changed) {
    out.line(wrap(ACCEPTANCE_TEXT.same(label), out.columns));
    return;
  }
  out.line(out.style.ok(ACCEPTANCE_TEXT.recorded(label)));
  if (outcome === 'together' && data?.safety) {
    out.line(wrap(ACCEPTANCE_TEXT.togetherSafety, out.columns));
    printResources(out, ['abuse'], pickCountry(data.settings.country));
    return;
  }
  for (const line of ACCEPTANCE_TEXT.after[outcome]) out.line(wrap(line, out.columns));
  if (outcome === 'together' && data?.profile?.exNewPartner) {
    out.line(wrap(ACCEPTANCE_TEXT.staleNewPartner, out.columns));
  }
  if (outcome !== 'deciding') out.line(out.style.muted(wrap(ACCEPTANCE_TEXT.undo, out.columns)));
}

/** Records an outcome from flags: `exco acceptance --outcome moving-on`. */
export async function runOutcome(outcome: OutcomeId, json: boolean, deps: Deps): Promise<void> {
  const now = deps.now();
  const { record, changed } = await deps.store.update((d) => recordOutcome(d, outcome, now));
  if (json) {
    const { report, assessment } = buildStatus(deps.store.read(), deps.now());
    deps.out.json({
      saved: changed,
      outcome: record,
      step: report.step,
      movingOn: assessment?.movingOn ?? outcome === 'moving-on',
      next: report.next,
    });
    return;
  }
  printRecorded(outcome, changed, deps);
}

/** The interactive step-7 flow. The hub calls this too. */
export async function runAcceptance(deps: Deps): Promise<void> {
  requireTerminal(deps, 'acceptance', `--outcome ${OUTCOMES.join('|')}`);
  const { out } = deps;
  const data = deps.store.read();
  out.line();
  out.line(wrap(whyNow(data, deps), out.columns));
  out.line();
  printStep(stepById('acceptance'), out);
  const latest = latestOutcome(data);
  out.line(latest ? ACCEPTANCE_TEXT.current(OUTCOME_LABEL[latest.outcome]) : ACCEPTANCE_TEXT.none);
  out.line(out.style.muted(wrap(ACCEPTANCE_TEXT.undo, out.columns)));
  const choices: Choice<OutcomeId | 'not-now'>[] = [
    ...OUTCOME_CHOICES.filter((c) => c.value !== latest?.outcome),
    { value: 'not-now', name: ACCEPTANCE_TEXT.notNow },
  ];
  const picked = await deps.prompter.select<OutcomeId | 'not-now'>(ACCEPTANCE_TEXT.ask, choices, {
    default: 'not-now',
  });
  if (picked === 'not-now') return;
  out.line();
  await runOutcome(picked, false, deps);
  if (!isStarted(data))
    out.line(out.style.muted('Run `exco start` to set up the rest of your plan.'));
}

export function registerAcceptance(program: Command, depsFor: DepsFor): void {
  program
    .command('acceptance')
    .description(
      'step 7, open any time: make peace with either outcome, and record where you stand',
    )
    .addOption(choiceOption('--outcome <outcome>', 'record where you stand', OUTCOMES))
    .option('--json', 'print the recorded outcome as JSON')
    .addHelpText(
      'after',
      '\nOutcomes: together · moving-on (exco stops suggesting contact) · deciding (undoes either).\n\nExamples:\n  $ exco acceptance\n  $ exco acceptance --outcome moving-on\n  $ exco acceptance --outcome deciding --json',
    )
    .action(async (opts: { outcome?: OutcomeId; json?: boolean }, cmd: Command) => {
      const deps = depsFor(cmd);
      if (opts.outcome) await runOutcome(opts.outcome, opts.json === true, deps);
      else await runAcceptance(deps);
    });
}
