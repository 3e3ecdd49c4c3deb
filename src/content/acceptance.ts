/** What exco says around step 7: why it is offered now, and what each recorded outcome means. */
import type { Outcome } from '../core/model.js';

type OutcomeId = Outcome['outcome'];

export const OUTCOME_CHOICES: ReadonlyArray<{
  value: OutcomeId;
  name: string;
  description: string;
}> = [
  {
    value: 'moving-on',
    name: 'I am moving on',
    description: 'exco focuses on your own growth and stops suggesting contact',
  },
  {
    value: 'together',
    name: 'We are back together',
    description: 'exco helps you go slowly (step 6)',
  },
  {
    value: 'deciding',
    name: 'I am still deciding',
    description: 'exco follows the steps as before',
  },
];

export const OUTCOME_LABEL: Readonly<Record<OutcomeId, string>> = {
  together: 'back together',
  'moving-on': 'moving on',
  deciding: 'still deciding',
};

export const ACCEPTANCE_TEXT = {
  why: {
    newPartner:
      'Your ex is with someone new. This step is about making peace with that, at your own pace.',
    unresponsive:
      'Your messages have gone unanswered. Respecting that is hard, and it is also a kind of strength.',
    movingOn: 'You chose to move on. This step is where that choice gets easier over time.',
    anyTime: 'This step is open to you at any time, whatever happens with your ex.',
  },
  current: (label: string) => `Where you stand now: ${label}.`,
  none: 'You have not recorded where you stand yet.',
  ask: 'Record where you stand?',
  notNow: 'Not now',
  undo: 'All of it can be undone: record another outcome whenever things change.',
  same: (label: string) => `That is already where you stand (${label}). Nothing changed.`,
  recorded: (label: string) => `Recorded: ${label}.`,
  after: {
    'moving-on': [
      'Choosing to move on takes courage. Let yourself grieve; it eases in its own time.',
      'From now on exco focuses on you: reflection, goals and growth. It will not suggest contact.',
      'Everything you have built stays yours. If this changes: `exco acceptance --outcome deciding`.',
    ],
    together: [
      'Go slowly. Keep talking through what went wrong and what each of you has changed.',
      'Keep your own routines and friendships going; they still matter.',
      'Log how your conversations go with `exco reunion`.',
    ],
    deciding: [
      'Still deciding is a fine place to be. exco goes back to following where you are in the steps.',
    ],
  } satisfies Record<OutcomeId, readonly string[]>,
  togetherSafety:
    'exco will not coach this relationship, because safety mode is on. Your safety still comes first; if you ever feel afraid, these lines can help.',
  staleNewPartner:
    'exco still has your ex as being with someone new. If that has changed: `exco start --ex-new-partner no`.',
} as const;
