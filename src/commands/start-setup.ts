/** The first-run conversation of `exco start`: welcome, safety screening, profile, the plan. */
import { dayOf, formatDay } from '../core/dates.js';
import type { Screening } from '../core/model.js';
import { recommendWindow } from '../core/no-contact.js';
import {
  monthsFromWords,
  monthsProblem,
  pastDayProblem,
  type ProfileAnswers,
} from '../core/profile.js';
import type { StatusReport } from '../core/status.js';
import { DISCLAIMER, SAFETY_MODE_EXPLAINED, WELCOME } from '../content/disclaimer.js';
import {
  INITIATOR_CHOICES,
  INTENSITY_CHOICES,
  REASON_CHOICES,
  SCREENING,
  SCREENING_INTRO,
} from '../content/questions.js';
import { CancelledError } from '../errors.js';
import { printNext } from '../ui/dashboard.js';
import { bullet, wrap } from '../ui/layout.js';
import { askDay } from '../ui/prompter.js';
import type { CountryResources } from '../content/resources.js';
import { printResources } from '../ui/resources-view.js';
import type { Deps } from './context.js';

export type Answers = NonNullable<Screening['answers']>;

export async function welcome(deps: Deps): Promise<void> {
  const { out } = deps;
  out.line(out.style.heading(WELCOME[0] ?? ''));
  for (const line of WELCOME.slice(1)) out.line(wrap(line, out.columns));
  out.line();
  out.line(out.style.strong('Before you begin'));
  for (const point of DISCLAIMER) out.line(bullet(point, out.columns));
  out.line();
  if (!(await deps.prompter.confirm('Ready to begin?', { default: true })))
    throw new CancelledError();
}

export async function askScreening(deps: Deps, country: CountryResources | null): Promise<Answers> {
  const { out } = deps;
  for (const line of SCREENING_INTRO) out.line(wrap(line, out.columns));
  const answers = {} as Answers;
  for (const { id, question } of SCREENING) {
    answers[id] = await deps.prompter.confirm(question, { default: false });
  }
  if (Object.values(answers).some(Boolean)) showSafetyMode(deps, country);
  out.line();
  return answers;
}

export function showSafetyMode(deps: Deps, country: CountryResources | null): void {
  const { out } = deps;
  out.line();
  out.line(out.style.warn(SAFETY_MODE_EXPLAINED[0] ?? ''));
  for (const line of SAFETY_MODE_EXPLAINED.slice(1)) out.line(bullet(line, out.columns));
  out.line();
  printResources(out, ['abuse', 'crisis'], country);
}

/** Asks for whatever profile answer is still missing; `known` comes from flags or the old profile. */
export async function askProfile(
  deps: Deps,
  known: Partial<ProfileAnswers>,
): Promise<ProfileAnswers> {
  const { prompter } = deps;
  const { breakupDate: b, monthsTogether: m, intensity: i, reason: r, initiator: w } = known;
  if (b !== undefined && m !== undefined && i !== undefined && r !== undefined && w !== undefined) {
    return { ...known, breakupDate: b, monthsTogether: m, intensity: i, reason: r, initiator: w };
  }
  const today = dayOf(deps.now());
  deps.out.line(deps.out.style.strong('About the relationship'));
  const exName =
    known.exName ??
    (await prompter.input(
      'What should exco call your ex? (a first name or initial, or leave blank)',
    ));
  const breakupDate =
    known.breakupDate ??
    (await askDay(prompter, 'When did it end? (YYYY-MM-DD, "yesterday", "3 weeks ago")', {
      today,
      default: 'today',
      problem: (day) => pastDayProblem(day, today, 'breakup date'),
    }));
  const monthsTogether =
    known.monthsTogether ??
    (monthsFromWords(
      await prompter.input('How long were you together? (months, or "2 years", "18 months")', {
        validate: (v) => monthsProblem(v) ?? true,
      }),
    ) as number);
  const intensity =
    known.intensity ?? (await prompter.select('How close were your lives?', INTENSITY_CHOICES));
  const reason = known.reason ?? (await prompter.select('What ended it, mostly?', REASON_CHOICES));
  const initiator = known.initiator ?? (await prompter.select('Who ended it?', INITIATOR_CHOICES));
  return {
    exName,
    breakupDate,
    monthsTogether,
    intensity,
    reason,
    initiator,
    exNewPartner: known.exNewPartner,
  };
}

export function printPlan(report: StatusReport, answers: ProfileAnswers, deps: Deps): void {
  const { out } = deps;
  const { style } = out;
  const nc = report.noContact;
  out.line();
  if (report.safetyMode || !nc || nc.targetDate === null) {
    out.line(style.heading('Your plan: no contact, for good'));
    out.line(
      wrap(
        'Keep your distance from this person. Your healing, your growth and your safety are the work now.',
        out.columns,
      ),
    );
  } else {
    const window = recommendWindow(answers);
    out.line(
      style.heading(`Your no-contact plan: ${window.days} days, until ${formatDay(nc.targetDate)}`),
    );
    out.line(
      wrap(
        nc.remainingDays
          ? `Counting from ${formatDay(nc.since)}: today is day ${nc.days}, ${nc.remainingDays} days to go.`
          : `Counting from ${formatDay(nc.since)}, your window is already complete.`,
        out.columns,
      ),
    );
    out.line(style.strong('Why this long'));
    for (const reason of window.reasons) out.line(bullet(reason, out.columns));
  }
  out.line();
  printNext(report, out);
}
