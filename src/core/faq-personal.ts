/** The parts of an FAQ answer that depend on the person: their window, safety, their ex's life. */
import { formatDay } from './dates.js';
import { assess, isStarted } from './engine.js';
import type { Essentials } from './essentials.js';
import { recommendWindow } from './no-contact.js';
import type { Faq, FaqId } from '../content/faq.js';
import { SAFETY_NEXT } from '../content/steps.js';

/** Said instead of any personal note when the question itself sounds like danger from the ex. */
const FEAR_FIRST =
  'For you, safety comes first: what you wrote sounds like you may not be safe with them, and no waiting period or careful message makes contact safe after fear, threats or harm. exco will not coach contact with someone who makes you afraid.';

/**
 * The notes on an answer for this person. `fearful`: the question itself carries a sign of danger
 * from the ex (the support check flagged it and the person did not say it is someone else).
 */
export function personalNotes(
  id: FaqId,
  data: Essentials | null,
  now: Date,
  fearful = false,
): string[] {
  if (fearful && !data?.safety) return [FEAR_FIRST];
  if (!isStarted(data)) {
    return id === 'wait-time'
      ? ['Run `exco start` and exco will suggest a window for your situation, with its reasons.']
      : [];
  }
  const a = assess(data, now);
  const notes: string[] = [];
  if (a.safetyMode) {
    notes.push(
      'For you, safety comes first: exco is in safety mode, so it will not coach contact with this person at all. No waiting period makes contact safe after fear, threats or harm.',
    );
    return notes;
  }
  const nc = a.noContact;
  switch (id) {
    case 'wait-time': {
      const w = recommendWindow(data.profile);
      notes.push(
        nc.complete
          ? `Your own window was ${w.days} days, and it is complete (day ${nc.days} since ${formatDay(nc.since)}).`
          : `Your own window is ${w.days} days: you are on day ${nc.days}, with ${nc.remainingDays} to go (until ${formatDay(nc.targetDate)}).`,
      );
      notes.push(`Why ${w.days}: ${w.reasons.slice(0, -1).join(' ')}`);
      if (a.exNewPartner)
        notes.push(
          'You said your ex is with someone new: for now the focus is your healing, not contact.',
        );
      break;
    }
    case 'ex-dating':
      notes.push(
        a.exNewPartner
          ? 'You told exco your ex is with someone new, so exco has put contact coaching aside and turned to healing, growth and acceptance.'
          : 'If your ex is with someone new, tell exco from the hub (`exco start` → "Something has changed") and it will shift its coaching.',
      );
      break;
    case 'unresponsive':
      if (a.signals.coldStreak > 0) {
        const until =
          a.signals.backingOff && a.signals.backOffUntil
            ? ` You are backing off until ${formatDay(a.signals.backOffUntil)}.`
            : '';
        notes.push(
          `You have logged ${a.signals.coldStreak} reconnect attempt${a.signals.coldStreak === 1 ? '' : 's'} in a row without a warm reply.${until}`,
        );
        if (a.signals.unresponsive)
          notes.push(
            'After repeated silence, step 7 (acceptance) is where exco suggests you put your energy now.',
          );
      }
      break;
    case 'friends':
      if (!nc.complete)
        notes.push(
          `You are still in your no-contact window (${nc.remainingDays} days left): a friendship, if it ever comes, is a question for much later.`,
        );
      break;
    case 'not-my-fault':
      if (data.mistakes.length === 0)
        notes.push(
          'You have not named any patterns yet; `exco reflect --mistakes` walks you through it gently.',
        );
      break;
    case 'goes-wrong-again':
      if (a.signals.interest)
        notes.push(
          'Your ex has shown interest: step 6 is about going slowly and talking through what went wrong before.',
        );
      break;
  }
  return notes;
}

/**
 * What to do next after an answer: the answer's own steps, or in safety mode (or after a question
 * that sounds like danger from the ex) the safety-first ones, since every answer's steps lead
 * towards contact in the end.
 */
export function nextSteps(faq: Faq, data: Essentials | null, fearful = false): readonly string[] {
  return data?.safety || fearful ? SAFETY_NEXT : faq.next;
}
