/** Which reflection prompt to offer today, for where the person stands. */
import { REFLECTION_PROMPTS, type PromptSet, type ReflectionPrompt } from '../content/reflect.js';
import type { StepId } from '../content/steps.js';
import { assess, isStarted } from './engine.js';
import type { ExcoData } from './model.js';

const SETS_FOR_STEP: Readonly<Record<StepId, readonly PromptSet[]>> = {
  // Steps 1–3 run side by side: the space period is when the step-2 questions belong.
  space: ['step2'],
  reflect: ['step2'],
  improve: ['improve'],
  // Showing rather than telling goes on alongside a gentle reconnection.
  reconnect: ['reconnect', 'show'],
  show: ['show'],
  reunion: ['reunion'],
  acceptance: ['acceptance'],
};

/**
 * The prompt groups for this person. Someone who may have been harmed is never asked about "their
 * part": once safety mode is on, or any check-in carried a safety flag, the gentler set is used.
 */
export function promptSetsFor(data: ExcoData | null, now: Date): readonly PromptSet[] {
  if (data?.safety || data?.reflections.some((r) => r.support.includes('safety'))) {
    return ['safety'];
  }
  if (!isStarted(data)) return ['step2'];
  return SETS_FOR_STEP[assess(data, now).step.id];
}

export function promptsIn(sets: readonly PromptSet[]): ReflectionPrompt[] {
  return REFLECTION_PROMPTS.filter((p) => sets.includes(p.set));
}

export function promptById(id: string | undefined): ReflectionPrompt | undefined {
  return REFLECTION_PROMPTS.find((p) => p.id === id);
}

/**
 * The prompt of the set that has waited longest: never-answered ones first, in their order, so
 * step 2 walks through what went wrong, their part, what they would change, what they learned.
 */
export function choosePrompt(data: ExcoData | null, now: Date): ReflectionPrompt {
  const prompts = promptsIn(promptSetsFor(data, now));
  const lastUsed = new Map<string, string>();
  for (const r of data?.reflections ?? []) {
    // A skipped prompt was not used: it comes back next time.
    if (!r.promptId || !r.answer?.trim()) continue;
    const seen = lastUsed.get(r.promptId);
    if (seen === undefined || r.at > seen) lastUsed.set(r.promptId, r.at);
  }
  let best = prompts[0] as ReflectionPrompt;
  for (const prompt of prompts) {
    const used = lastUsed.get(prompt.id);
    const bestUsed = lastUsed.get(best.id);
    if (used === undefined && bestUsed !== undefined) best = prompt;
    else if (used !== undefined && bestUsed !== undefined && used < bestUsed) best = prompt;
    if (lastUsed.get(best.id) === undefined) break;
  }
  return best;
}
