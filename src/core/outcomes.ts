/** Step 7 outcomes: the latest one counts, and recording another (or 'deciding') undoes it. Pure. */
import { compareIso } from './dates.js';
import { nextId } from './ids.js';
import type { ExcoData, Outcome } from './model.js';

export type OutcomeId = Outcome['outcome'];

export function latestOutcome(data: Pick<ExcoData, 'outcomes'> | null): Outcome | null {
  return [...(data?.outcomes ?? [])].sort((a, b) => compareIso(a.at, b.at)).at(-1) ?? null;
}

/**
 * Appends `outcome` unless it is already where they stand. Returns the record that now counts and
 * whether anything changed; history is never rewritten.
 */
export function recordOutcome(
  data: ExcoData,
  outcome: OutcomeId,
  now: Date,
): { record: Outcome; changed: boolean } {
  const latest = latestOutcome(data);
  if (latest?.outcome === outcome) return { record: latest, changed: false };
  const record: Outcome = { id: nextId('o', data.outcomes), at: now.toISOString(), outcome };
  data.outcomes.push(record);
  return { record, changed: true };
}
