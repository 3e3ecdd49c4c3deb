/**
 * The pause button's rules: what a slip would do to the counter, which of the person's own words
 * to show back to them, one thing to do instead, and the urge record itself. Pure.
 */
import { compareIso } from './dates.js';
import { assess, isStarted, type Assessment } from './engine.js';
import { nextId } from './ids.js';
import type { ExcoData, Urge } from './model.js';
import { stepById, type StepId } from '../content/steps.js';
import { OWN_WORDS_LABELS, URGE_TEXT } from '../content/urge.js';

export interface UrgeInput {
  intensity: number;
  trigger?: string;
  heldOff: boolean;
}

export interface OwnWords {
  label: string;
  text: string;
}

export interface Suggestion {
  source: 'goal' | 'step';
  text: string;
  goalId?: string;
  step?: StepId;
}

/** Appends the urge to `data` and returns it. */
export function logUrge(data: ExcoData, input: UrgeInput, now: Date): Urge {
  const trigger = input.trigger?.trim();
  const urge: Urge = {
    id: nextId('u', data.urges),
    at: now.toISOString(),
    intensity: input.intensity,
    ...(trigger ? { trigger } : {}),
    heldOff: input.heldOff,
  };
  data.urges.push(urge);
  return urge;
}

const newest = <T extends { at: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => compareIso(b.at, a.at));

/**
 * Up to three things they wrote: why it ended and what they are working on (their latest named
 * mistake), and their latest reflection. Reflections that raised a support flag are left out:
 * the pause is not the moment to read those words back.
 */
export function ownWords(data: ExcoData | null, max = 3): OwnWords[] {
  if (!data) return [];
  const words: OwnWords[] = [];
  const mistake = newest(data.mistakes).find((m) => m.description?.trim() || m.plan.trim());
  if (mistake?.description?.trim())
    words.push({ label: OWN_WORDS_LABELS.wrong, text: mistake.description.trim() });
  if (mistake?.plan.trim()) words.push({ label: OWN_WORDS_LABELS.plan, text: mistake.plan.trim() });
  for (const r of newest(data.reflections)) {
    if (words.length >= max) break;
    if (r.support.length) continue;
    const text = (r.answer ?? r.note ?? '').trim();
    if (text) words.push({ label: OWN_WORDS_LABELS.reflection, text });
  }
  return words.slice(0, max);
}

/** Steps whose ideas are about contact: not what to do instead of contact. */
const CONTACT_STEPS: readonly StepId[] = ['reconnect', 'show', 'reunion'];

/**
 * One thing to do instead: the active goal that has waited longest for a log, else an idea from
 * the step they are on. `count` (urges logged so far) varies the idea from one urge to the next.
 */
export function suggestInstead(
  data: ExcoData | null,
  assessment: Assessment | null,
  count: number,
): Suggestion {
  const lastLog = (logs: readonly { at: string }[]) => newest(logs)[0]?.at ?? '';
  const goal = (data?.goals ?? [])
    .filter((g) => g.status === 'active')
    .sort((a, b) => compareIso(lastLog(a.logs), lastLog(b.logs)) || compareIso(a.id, b.id))[0];
  if (goal) return { source: 'goal', text: URGE_TEXT.goal(goal.title, goal.id), goalId: goal.id };
  let step: StepId = assessment?.step.id ?? 'space';
  if (assessment?.safetyMode || CONTACT_STEPS.includes(step)) step = 'space';
  const ideas = stepById(step).today;
  return { source: 'step', text: ideas[count % ideas.length] ?? '', step };
}

/** The engine's view for the pause, or null before `exco start`. */
export function urgeAssessment(data: ExcoData | null, now: Date): Assessment | null {
  return isStarted(data) ? assess(data, now) : null;
}
