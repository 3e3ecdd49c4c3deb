/**
 * The essentials of a document: everything the engine (`assess`) and the answers built on it
 * read, without the history that grows every day. Check-ins, urges and reunion conversations are
 * left out, and each goal keeps only its latest log (the engine asks only whether it has one).
 * At ten years of daily use that is a few dozen KB against 1.5 MB, so the store keeps a copy of
 * them beside the data file (store/checked.ts) for commands that need no more, such as `faq`.
 * Pure.
 */
import type { ExcoData } from './model.js';

export type Essentials = Pick<
  ExcoData,
  | 'schemaVersion'
  | 'createdAt'
  | 'profile'
  | 'screening'
  | 'safety'
  | 'contacts'
  | 'mistakes'
  | 'goals'
  | 'outcomes'
  | 'settings'
>;

export function essentialsOf(data: ExcoData): Essentials {
  return {
    schemaVersion: data.schemaVersion,
    createdAt: data.createdAt,
    profile: data.profile,
    screening: data.screening,
    safety: data.safety,
    contacts: data.contacts,
    mistakes: data.mistakes,
    goals: data.goals.map((goal) => ({ ...goal, logs: goal.logs.slice(-1) })),
    outcomes: data.outcomes,
    settings: data.settings,
  };
}
