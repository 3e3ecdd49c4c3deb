/** What exco says in step 6, when the ex has shown interest: go slowly, talk things through. */

export type TopicId = 'what-went-wrong' | 'what-changed' | 'what-different' | 'needs' | 'pace';

export const REUNION_TOPICS: ReadonlyArray<{ id: TopicId; name: string; prompt: string }> = [
  {
    id: 'what-went-wrong',
    name: 'What went wrong between you',
    prompt:
      'What ended things, as each of you saw it? Listen to their side before defending yours.',
  },
  {
    id: 'what-changed',
    name: 'What each of you has changed',
    prompt:
      'What has each of you actually done differently since? Speak about what you do, not what you promise.',
  },
  {
    id: 'what-different',
    name: 'What would be different this time',
    prompt: 'When the old problem shows up again (it will), what will each of you do differently?',
  },
  {
    id: 'needs',
    name: 'What each of you needs to feel ready',
    prompt: 'What does each of you need, to trust this again? Are you both choosing it?',
  },
  {
    id: 'pace',
    name: 'How fast to go',
    prompt: 'What pace feels right to both of you? Agree on it out loud.',
  },
];

export const REUNION_TEXT = {
  title: 'Step 6: They have shown interest. Go slowly.',
  intro: [
    'This can feel like a rush of relief. Stay calm: the first weeks set the tone for everything after.',
    'Trust comes back in small steps. A second try needs a steadier start than the first one had, and it only works if you both want it.',
  ],
  talkTitle: 'What to talk through, over several calm conversations',
  yourWords: 'What you named in step 2',
  fastTitle: 'Signs it is moving too fast',
  fast: [
    'You are back to how things were (every day together, moving in, big plans) within days or weeks.',
    'The hard conversations keep getting skipped to keep the peace.',
    'One of you is doing most of the reaching out, the planning or the apologising.',
    'You feel anxious when they do not reply quickly, or you check your phone constantly.',
    'You are promising that you have changed completely, rather than showing it.',
    'Your own routines, friends and goals are slipping away.',
  ],
  progressTitle: 'So far',
  notYet: 'Not talked through yet',
  covered: 'Talked through',
  askLog: 'What would you like to do?',
  askWent: 'How did the conversation go?',
  askTopic: 'What did you talk about? Pick one at a time.',
  askOther: 'In a few words:',
  askNote: 'A note for yourself (optional):',
  askDate: 'When? (YYYY-MM-DD, "yesterday", "2 days ago")',
  noInterest:
    'Step 6 opens when your ex reaches out and shows interest. If they have, log it with `exco contact --type they-initiated --response warm`.',
  askInterest: 'Have they reached out and shown interest? Log that now?',
  went: {
    good: 'A good conversation. Let it settle before the next big one; there is no need to rush.',
    mixed:
      'Mixed is normal when you talk about real things. Notice what went well, and what you would like to come back to when you are both calm.',
    hard: 'Hard conversations are part of this. Take a break, look after yourself, and come back to it when you are both calm. If it keeps being hard, that is worth listening to.',
  },
  hardStreak:
    'Your last conversations have been hard. It is OK to slow down, to take a break, or to read step 7 (`exco acceptance`): both outcomes are allowed.',
  busyWeek: (n: number) =>
    `That is ${n} conversations in a week. Check the pace: is there room for your own life too?`,
  logged: (id: string, date: string) => `Logged conversation ${id} on ${date}.`,
} as const;

export const WENT_CHOICES = [
  { value: 'good', name: 'Good: we listened to each other' },
  { value: 'mixed', name: 'Mixed: some of it was hard' },
  { value: 'hard', name: 'Hard: it hurt, or we argued' },
] as const;
