/** What to do next, in a few short lines, for where the person stands. */
import { daysBetween, formatDay } from './dates.js';
import type { Assessment } from './engine.js';
import type { ExcoData } from './model.js';
import { SAFETY_NEXT, stepById } from '../content/steps.js';

export function nextActions(a: Assessment, data: ExcoData): string[] {
  const next: string[] = [];
  const nc = a.noContact;
  const done = (id: string) => a.steps.find((s) => s.id === id)?.state === 'done';

  if (a.safetyMode) {
    next.push(...SAFETY_NEXT);
  } else if (a.step.id === 'acceptance') {
    if (a.movingOn)
      next.push('You chose to move on. Put your energy into your own growth: `exco goals`.');
    else if (a.exNewPartner)
      next.push(
        'Respect their new relationship, and turn to your own healing: `exco faq ex-dating`.',
      );
    else
      next.push(
        'They have not responded. Respect that and give them space: `exco faq unresponsive`.',
      );
  } else if (a.step.id === 'reunion') {
    next.push(
      'They showed interest. Go slowly: talk through what went wrong and what each of you has changed.',
    );
  } else if (a.step.id === 'reconnect') {
    next.push(
      'You can reach out now, lightly: a short, friendly hello with no agenda. Log it: `exco contact`.',
    );
    next.push('If the reply is cool or does not come, back off and keep living your life.');
  } else if (a.signals.backingOff && a.signals.backOffUntil) {
    const left = daysBetween(a.today, a.signals.backOffUntil);
    next.push(
      `Give them room: ${left} more days before another light attempt. Keep working on your goals.`,
    );
  } else if (!nc.complete) {
    next.push(
      `Keep no contact: day ${nc.days} of ${nc.targetDays}, until ${formatDay(nc.targetDate)}. If you slip, log it honestly: \`exco contact --type slip\`.`,
    );
  }

  if (!a.safetyMode && !a.movingOn && a.step.id !== 'reunion') {
    if (!done('reflect'))
      next.push(
        'Name one thing you would do differently, and a plan for it: `exco reflect --mistakes`.',
      );
    if (!done('improve')) {
      next.push(
        data.goals.length === 0
          ? 'Pick one thing to work on for yourself: `exco goals add`.'
          : 'Log something you did towards a goal: `exco goals log ID`.',
      );
    }
  } else if (a.safetyMode || a.movingOn) {
    next.push('A short daily check-in helps you see how far you have come: `exco reflect`.');
  }
  return next;
}

/** One idea for today from the focus step, the same all day and different the next. */
export function todaysSuggestion(a: Assessment): string {
  const ideas = stepById(a.safetyMode ? 'improve' : a.step.id).today;
  const index = Math.abs(daysBetween('2000-01-01', a.today)) % ideas.length;
  return ideas[index] ?? '';
}
