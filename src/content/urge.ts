/** What `exco urge` says: the pause button, in exco's voice. */

export interface BreathPhase {
  label: string;
  seconds: number;
}

/** A calming pattern: a longer out-breath than in-breath. About 42 seconds in all. */
export const BREATHING: { phases: readonly BreathPhase[]; cycles: number } = {
  phases: [
    { label: 'Breathe in', seconds: 4 },
    { label: 'Hold', seconds: 4 },
    { label: 'Breathe out', seconds: 6 },
  ],
  cycles: 3,
};

export const URGE_TEXT = {
  title: 'Pause. You do not have to do anything right now.',
  opening:
    'The urge to reach out is strong, and it is normal. It rises, peaks and passes, usually within minutes. Let it pass before you decide anything.',
  lateNight:
    'It is late. Feelings run higher at night; whatever you want to say will still be there in the morning.',
  counter: (days: number, target: number) =>
    `No contact: day ${days} of ${target}. A message now would restart it: you'd go from day ${days} back to day 0.`,
  counterDone: (days: number) =>
    `No contact: ${days} days. Your window is complete, so any contact now should be light and planned, not sent on a wave of feeling. Check it first with \`exco draft\`.`,
  backingOff: (until: string) =>
    `You are giving them room until ${until}. Another message now would be chasing; respecting their space is what helps.`,
  newPartner:
    'They are with someone new. Reaching out now would most likely reopen the hurt, for you most of all.',
  movingOn: 'You chose to move on. This urge is part of letting go, and it will pass.',
  reunion:
    'They have shown interest, so contact is not off-limits. Still, wait until the urge settles, so you write from calm, not from need.',
  safety: [
    'You do not owe them anything: not a reply, not an explanation, not your time.',
    'Your safety comes first. If you feel in danger, call your local emergency number.',
  ],
  ownWordsTitle: 'In your own words',
  breatheTitle: 'Breathe with me for a moment. Press any key to skip.',
  breatheDone: 'Well done. Notice how you feel now.',
  breatheSkipped: 'Skipped. That is fine.',
  askIntensity: 'How strong is the urge right now, from 0 (none) to 10 (overwhelming)?',
  askTrigger: 'What set it off? (optional, a few words)',
  askHeldOff: 'Are you holding off from contacting them for now?',
  heldOff: (count: number) =>
    count === 1
      ? 'You held off. That is the first one logged, and it counts.'
      : `You held off. That is ${count} urges you have ridden out.`,
  notHeldOff:
    'That is your choice to make. Be kind to yourself either way. If you do send something, check it first with `exco draft`, and log it afterwards with `exco contact`.',
  notHeldOffSafety:
    'Please talk to someone you trust, or to a support line, before you do. You do not owe them anything.',
  insteadTitle: 'One thing to do instead',
  goal: (title: string, id: string) =>
    `Do something small for your goal "${title}", and log it: \`exco goals log ${id}\`.`,
  logged: (id: string, intensity: number, heldOff: boolean) =>
    `Logged urge ${id}: intensity ${intensity}, ${heldOff ? 'held off' : 'not held off'}.`,
} as const;

/** Labels for the person's own words, shown back to them in the pause. */
export const OWN_WORDS_LABELS = {
  wrong: 'What went wrong',
  plan: 'What you are working on',
  reflection: 'From a reflection',
} as const;
