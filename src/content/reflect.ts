/**
 * The coach's words for `exco reflect`: the daily questions, the reflection prompts for each
 * stage, the mistake patterns of step 2, and the pieces of the reply after a check-in. The advice
 * follows the guide's step 2 (reflect honestly, own your part without blaming yourself, make a
 * plan); the wording is exco's own.
 */
import type { Mistake } from '../core/model.js';

type MistakePattern = Mistake['pattern'];

/** Which group of prompts fits where the person stands. */
export type PromptSet =
  'step2' | 'improve' | 'reconnect' | 'show' | 'reunion' | 'acceptance' | 'safety';

export interface ReflectionPrompt {
  /** Stable: stored on each reflection as `promptId`. */
  id: string;
  set: PromptSet;
  text: string;
  /** Shown under the question, before they answer. */
  hint: string;
  /** What the coach says once they have answered it. */
  followUp: string;
}

export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  {
    id: 'went-wrong',
    set: 'step2',
    text: 'What went wrong between you? Pick one moment and describe it plainly.',
    hint: 'Look at what was happening on both sides, not only at how much it hurt.',
    followUp:
      'Putting it into plain words is the start. Feeling the sadness is fine; the aim is to learn from it, not to replay it.',
  },
  {
    id: 'own-part',
    set: 'step2',
    text: 'What was your part in the problems? One thing you did, or did not do.',
    hint: 'Be honest, even if it stings. This is about responsibility, not blaming yourself.',
    followUp:
      'Owning your share takes courage. Responsibility is not self-blame: you can name it and still be kind to yourself.',
  },
  {
    id: 'differently',
    set: 'step2',
    text: 'With another chance, what would you do differently?',
    hint: 'Make it something you could actually do, not a wish.',
    followUp:
      'That is the seed of a plan. Changes like this make you a better partner, with your ex or with someone new.',
  },
  {
    id: 'learned',
    set: 'step2',
    text: 'What has this relationship taught you about yourself?',
    hint: 'Include what you did well, too. Honesty works both ways.',
    followUp:
      'What you learn here goes with you into every relationship after this one, whoever it is with.',
  },
  {
    id: 'enjoy',
    set: 'improve',
    text: 'What did you enjoy today, or what would you like more of in your days?',
    hint: 'For your own sake, not to impress anyone.',
    followUp: 'Joy you build for yourself lasts, whatever happens with your ex.',
  },
  {
    id: 'goal-why',
    set: 'improve',
    text: 'Which of your goals matters most right now, and why does it matter to you?',
    hint: 'If the honest answer is "so they notice", pick a reason that is yours.',
    followUp: 'Growth you do for yourself is the kind that sticks.',
  },
  {
    id: 'body-mind',
    set: 'improve',
    text: 'How have you looked after your body and your mind this week?',
    hint: 'Sleep, food, movement, people. Small counts.',
    followUp: 'Looking after the basics is not a side issue; everything else rests on it.',
  },
  {
    id: 'either-way',
    set: 'reconnect',
    text: 'If you reached out and they never replied, how would you look after yourself?',
    hint: 'Contact only makes sense if you will be OK either way.',
    followUp:
      'Knowing you can cope with silence is what makes a light, friendly hello possible. No pressure, no campaign.',
  },
  {
    id: 'why-contact',
    set: 'reconnect',
    text: 'What do you hope a light, friendly contact would give you?',
    hint: 'Keep it small: a hello, not a talk about getting back together.',
    followUp: 'Less is more. One easy message, then let them choose.',
  },
  {
    id: 'showed-change',
    set: 'show',
    text: 'When did you act differently this week, in a way you are proud of?',
    hint: 'Something you did, not something you told anyone.',
    followUp: 'That is what change looks like from the outside: behaviour over time, not promises.',
  },
  {
    id: 'for-its-own-sake',
    set: 'show',
    text: 'What in your life is going well for its own sake, not for them to see?',
    hint: 'If nobody were watching, would you still do it?',
    followUp: 'Real contentment shows without being announced.',
  },
  {
    id: 'hard-talk',
    set: 'reunion',
    text: 'Which problem from before do you both most need to talk through?',
    hint: 'Skipping the hard conversation to keep the peace is how old patterns come back.',
    followUp: 'Go slowly. Trust comes back in small steps, and only if you both put in the effort.',
  },
  {
    id: 'both-effort',
    set: 'reunion',
    text: 'Are you both putting in effort? What have you actually seen?',
    hint: 'Look at what they do, not at what you hope.',
    followUp: 'A second try needs both of you. Keep your own friends and routines going, too.',
  },
  {
    id: 'keep',
    set: 'acceptance',
    text: 'What will you keep from this time, whatever happens?',
    hint: 'The growth is yours either way.',
    followUp: 'That stays with you, with or without them.',
  },
  {
    id: 'good-life',
    set: 'acceptance',
    text: 'Picture a good life a year from now. What is in it?',
    hint: 'Try it in both versions: with them, and without.',
    followUp: 'You can get through either outcome. You deserve a good life in both.',
  },
  {
    id: 'ok-moment',
    set: 'acceptance',
    text: 'When did you feel OK today, even briefly?',
    hint: 'A minute counts.',
    followUp: 'Moments like that grow. Notice them.',
  },
  {
    id: 'steady',
    set: 'safety',
    text: 'What helped you feel safe or steady today?',
    hint: 'Your safety and your healing come first.',
    followUp: 'Hold on to what helps. You deserve to feel safe.',
  },
  {
    id: 'lean-on',
    set: 'safety',
    text: 'Who could you lean on this week, and how will you reach them?',
    hint: 'A friend, family, or one of the support lines.',
    followUp: 'You do not have to carry this alone.',
  },
  {
    id: 'own-days',
    set: 'safety',
    text: 'What do you want your days to feel like a month from now?',
    hint: 'About you and your life, nobody else.',
    followUp: 'That is worth working towards, one day at a time.',
  },
];

export const MOOD_CHOICES: ReadonlyArray<{ value: number; name: string }> = [
  { value: 1, name: '1  Very low' },
  { value: 2, name: '2  Low' },
  { value: 3, name: '3  OK' },
  { value: 4, name: '4  Good' },
  { value: 5, name: '5  Very good' },
];

/** The check-in's urge question: typed, 0 to 10 (`wholeNumber` in ui/prompter.ts says why). */
export const URGE_QUESTION =
  'How strong is the urge to contact your ex, from 0 (none) through 5 (noticeable) to 10 (about to message them)?';

export const MISTAKE_CHOICES: ReadonlyArray<{
  value: MistakePattern;
  name: string;
  description: string;
}> = [
  {
    value: 'clingy',
    name: 'Clingy',
    description: 'needing constant contact or reassurance, struggling with time apart',
  },
  {
    value: 'distant',
    name: 'Distant',
    description: 'pulling away, shutting down, keeping them at arm’s length',
  },
  {
    value: 'controlling',
    name: 'Controlling',
    description: 'jealousy, checking up on them, deciding for both of you',
  },
  {
    value: 'communication',
    name: 'Communication',
    description: 'not saying what you needed, not listening, arguments that went nowhere',
  },
  { value: 'other', name: 'Something else', description: 'in your own words' },
];

/** How a pattern reads inside a sentence: "being clingy". */
export const PATTERN_PHRASE: Readonly<Record<MistakePattern, string>> = {
  clingy: 'being clingy',
  distant: 'being distant',
  controlling: 'being controlling',
  communication: 'how you communicated',
  other: 'the pattern you named',
};

export const MISTAKES_INTRO = [
  'Step 2: name your patterns, and a plan for each.',
  'Be honest with yourself, even when it is uncomfortable. This is not about blaming yourself: it is taking responsibility for what you did, so you can do it differently.',
  'Feeling sad is normal; the aim is to learn, not to wallow. What you change makes you a better partner, with your ex or with someone new.',
];

export const MISTAKES_SAFETY_NOTE =
  'If you were hurt, threatened or controlled, that was not your fault, and nothing here asks you to share the blame for it. Use this only for habits of your own you want to change, or skip it.';

export const PLAN_HINT =
  'A concrete plan: what you will do, and when. For example: "When I feel anxious, I will wait an hour and talk to a friend before messaging anyone."';

export const NO_MISTAKES_YET = 'You have not named any patterns yet.';

/** Pieces of the reply after a check-in; `coachReply` in core picks and fills them. */
export const COACH = {
  mood: {
    1: 'A 1 is a really hard day, and you still checked in. Keep tonight simple: food, water, sleep, one person you trust.',
    2: 'A low day: be gentle with yourself.',
    3: 'An OK day. Steady is fine.',
    4: 'A good day: notice what helped, and do more of it.',
    5: 'A very good day: notice what made it so.',
  } as Readonly<Record<number, string>>,
  /** After a check-in at mood 1 whose words raised no flag: where to turn, in one line. */
  hardDay: (contact: string) =>
    `On a day like this you do not have to wait until it gets worse to talk to someone. ${contact}`,
  urgeHigh: (urge: number) =>
    `An urge of ${urge} out of 10 is strong, and it will pass. If you are about to message them, run \`exco urge\` first.`,
  urgeHighSafety: (urge: number) =>
    `An urge of ${urge} out of 10 is strong, and it will pass. You do not owe them contact; reach out to someone safe instead.`,
  urgeMid: (urge: number) => `An urge of ${urge} is real, and it passes: give it twenty minutes.`,
  urgeLow: (urge: number) => `An urge of ${urge}: the space is easier to hold today.`,
  first: 'Your first check-in: from tomorrow you will see how things move.',
  moodUp: (avg: string, n: number) =>
    `Your mood is up from an average of ${avg} over your last ${n} check-ins.`,
  moodDown: (avg: string) =>
    `Your mood is below your recent average of ${avg}. Dips are part of healing; they do not undo your progress.`,
  urgeDown: (avg: string) =>
    `Your urge to reach out is down from an average of ${avg}: the space is doing its work.`,
  urgeUp: (avg: string) =>
    `Your urge is higher than your recent average of ${avg}. Notice what set it off today.`,
  lowRun: (days: number) =>
    `Your last ${days} check-ins have all been low. Please tell someone you trust how you are doing: a friend, family, or a professional.`,
  skipped: 'No answer today is fine; the question will keep.',
  knownPattern: (phrase: string, id: string, plan: string) =>
    `You named ${phrase} before (${id}). Your plan: “${plan}”. Did today give you a chance to practise it?`,
  knownPatternGoal: (title: string) => `Your goal “${title}” works on it.`,
  newPattern: (phrase: string) =>
    `It sounds like ${phrase} may be part of it; name it with a plan when you are ready: \`exco reflect --mistakes\`.`,
  firstPattern:
    'When you are ready, name one pattern of yours with a concrete plan: `exco reflect --mistakes`.',
  crisis:
    'What you wrote matters. Please reach out to one of the lines above, or someone you trust, today. You do not have to carry this alone.',
  safety: 'Your safety comes before everything else in exco.',
} as const;
