/** What exco says before anything else, and what it says when safety mode is on. */

export const NOT_A_THERAPIST =
  'exco is a coach, not a therapist. It does not replace professional help.';

export const WELCOME: string[] = [
  'Welcome to exco.',
  'Breakups hurt. You are not alone in this, and nothing here needs to be rushed.',
  'exco walks you through seven steps: space, reflection, growth and, if it is right for both of you, reconnecting.',
  'It will be honest with you: getting back together may not happen, and you can be OK either way.',
  'What you write stays in a private file on this computer.',
];

export const DISCLAIMER: string[] = [
  'No promises: nothing exco suggests can guarantee that you get back together.',
  'Sometimes a relationship ends for a good reason, and the ending is the right outcome.',
  'This is never about pressuring anyone. Nobody can be made to want a relationship.',
  'Getting back together only works if you both truly want it.',
  'If there was abuse of any kind (physical, emotional or otherwise), your safety comes first.',
  'If that is you, please reach out to friends, family, or a professional support service.',
  'exco is meant for relationships that were safe and healthy, and ended for other reasons.',
  NOT_A_THERAPIST,
  'exco will never help you manipulate, pressure, track or trick another person.',
];

export const SAFETY_MODE_EXPLAINED: string[] = [
  'Safety mode is on.',
  'From what you told exco, your safety comes first, so exco will not coach any contact with this person.',
  "The reconnect, show-don't-tell and reunion steps are locked, and they stay locked for good.",
  'Why: after fear, threats, violence, stalking or control, getting back in touch can put you at risk.',
  'No reconciliation is worth your safety.',
  'What stays open: space, reflection, growth and acceptance. Healing is still yours to work on.',
  'exco will show you support services you can contact. They are free and confidential.',
  'If you are in danger right now, call your local emergency number.',
];
