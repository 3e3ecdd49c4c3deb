/**
 * What `exco draft` says about a message to the ex: one sentence on what a rule noticed, and a
 * direction to take instead. Directions only: exco never writes the message for them, and never
 * suggests wording that pressures, guilts or tricks.
 */

/** Rules about the words of the message. */
export type TextRuleId =
  | 'length'
  | 'questions'
  | 'pressure'
  | 'ultimatum'
  | 'demand'
  | 'guilt'
  | 'hostility'
  | 'chasing'
  | 'partner-question'
  | 'reopening'
  | 'change'
  | 'love'
  | 'monitoring'
  | 'nostalgia'
  | 'venting'
  | 'intensity'
  | 'heaviness'
  | 'crisis';

/** Rules about where the person stands, not what the message says. */
export type StateRuleId =
  | 'safety-mode'
  | 'unsafe'
  | 'new-partner'
  | 'moving-on'
  | 'no-contact'
  | 'backing-off'
  | 'unresponsive';

export type DraftRuleId = TextRuleId | StateRuleId;

export interface RuleText {
  /** One sentence: what was noticed and why it matters. */
  message: string;
  /** A gentler direction, never a replacement message. */
  suggestion: string;
}

export const TEXT_RULES: Readonly<Record<TextRuleId, RuleText>> = {
  length: {
    message:
      'This is long for a message to an ex: a lot of words asks a lot of them, and light contact is short.',
    suggestion: 'Keep it to one or two light sentences, and save the rest for your journal.',
  },
  questions: {
    message: 'Several questions in one message can feel like an interview they have to answer.',
    suggestion: 'Ask one easy question at most, or none, so replying stays optional.',
  },
  pressure: {
    message:
      'This presses them for something now (a reply, a talk, a meeting or another chance), and pressure tends to close doors.',
    suggestion:
      'Leave out any request; a friendly note that asks for nothing is the easiest thing to answer.',
  },
  ultimatum: {
    message:
      'This sets a condition, a deadline or a consequence, which turns a message into a threat.',
    suggestion:
      'Drop the "if you… then I…" entirely; whatever they choose is theirs to choose, in their own time.',
  },
  demand: {
    message: 'This tells them what they must do or owe you, and demands usually push people away.',
    suggestion:
      'Say only what is yours to say; if there is a practical need, ask for it plainly and politely.',
  },
  guilt: {
    message:
      'This points at their fault or at your pain in a way that can make them feel guilty, which tends to bring defensiveness, not closeness.',
    suggestion:
      'Take the hurt to a friend or your journal (`exco reflect`), and keep anything you send free of blame.',
  },
  hostility: {
    message: 'This carries anger, an insult or sarcasm, and it will hurt more than it helps.',
    suggestion:
      'Wait until the anger has passed; write it out privately, and send nothing tonight.',
  },
  chasing: {
    message:
      'This follows up on a message they have not answered, and chasing an unanswered message usually pushes people further away.',
    suggestion: 'Let their silence be their answer for now, and give them room.',
  },
  'partner-question': {
    message:
      'This asks about, or comments on, who they are seeing, which is their private life now and a heavy thing to raise.',
    suggestion: 'Leave their love life out of it entirely; talk only about something light.',
  },
  reopening: {
    message:
      'This reopens the breakup (what went wrong, apologies, "us"), which is a lot to put on a first contact.',
    suggestion:
      'Keep this message light; those conversations belong later, if you both want them (step 6).',
  },
  change: {
    message:
      'This tells them you have changed; announcing change rarely convinces anyone ("show, don\'t tell").',
    suggestion: 'Leave the change out of the message and let how you act over time speak for you.',
  },
  love: {
    message:
      'This declares love, longing or need, which puts pressure on them to answer your feelings.',
    suggestion:
      'Keep your feelings for your journal or a friend for now; keep the message friendly and light.',
  },
  monitoring: {
    message:
      'This shows you have been watching where they go or what they do, which can make someone feel tracked.',
    suggestion: 'Leave out anything you saw or heard about them that they did not share with you.',
  },
  nostalgia: {
    message:
      'This goes back to your shared past (memories, "us", habits or keepsakes from the relationship), which turns a light note into a talk about the relationship.',
    suggestion:
      'Keep the memories for your journal; if you write, make it about something in the present.',
  },
  venting: {
    message:
      'This pours out how much you are hurting, which asks them to carry your feelings and can read as guilt.',
    suggestion:
      'Share this with a friend or your journal (`exco reflect`) first; a message to them can stay light.',
  },
  intensity: {
    message:
      'Capitals, runs of question or exclamation marks, or strings of emoji read as shouting or urgency, which feels like pressure.',
    suggestion: 'Let it rest until the urgency has passed, and keep the tone calm and plain.',
  },
  heaviness: {
    message:
      'Taken together, this reads as heavy: it centres on your feelings or on the relationship rather than on something light you share.',
    suggestion:
      'If you write, make it about something light in the present (their news, a shared interest, a practical matter), and keep the rest for your journal (`exco reflect`).',
  },
  crisis: {
    message:
      'This talks about hurting yourself or not wanting to live, which puts your safety in their hands and should not rest on a reply.',
    suggestion:
      'Please reach out to someone who can be with you in this now: a support line below, or someone you trust.',
  },
};

export const STATE_RULES = {
  safetyMode: {
    message:
      'Safety mode is on: exco does not help with contact with someone who made you feel unsafe.',
    suggestion:
      'You do not owe them a message. If something practical must be sorted, ask a support service or someone you trust to help.',
  },
  unsafe: {
    message:
      'What you wrote suggests they have hurt or frightened you; your safety comes before any message.',
    suggestion:
      'Please talk to one of the support lines shown above before you send anything, and consider safety mode (`exco start --safety yes`).',
  },
  newPartner: {
    message:
      'Your ex is with someone new, and exco will not help you reach out to come between them.',
    suggestion:
      'Turn this energy towards your own healing and growth; `exco faq ex-dating` has more.',
  },
  movingOn: {
    message: 'You chose to move on, so exco no longer helps with contact.',
    suggestion:
      'If that has changed, record it with `exco acceptance --outcome deciding`; otherwise, keep this one in your notebook.',
  },
  noContact: (untilDay: string, daysLeft: number, day: number): RuleText => ({
    message: `Your no-contact time runs until ${untilDay} (${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left); sending now would restart it from day ${day} to day 0.`,
    suggestion:
      'Keep the draft in your notebook for now, and run `exco urge` if the pull is strong.',
  }),
  backingOff: (untilDay: string): RuleText => ({
    message: `Your last message went unanswered or got a cool reply, so this is a time to back off (until ${untilDay}).`,
    suggestion: 'Respect their space and keep living your own life; one message is enough.',
  }),
  unresponsive: {
    message:
      'Your last attempts have gone unanswered, and another message would be chasing someone who has not answered.',
    suggestion:
      'Respecting their silence is the kind thing now; `exco faq unresponsive` and `exco acceptance` may help.',
  },
} as const;

export const VERDICT_TEXT = {
  ok: {
    title: 'OK: this reads as brief and light.',
    lines: [
      'Before you send it, ask yourself: will I be OK if they never reply?',
      'Sending is optional. If you do, log it afterwards with `exco contact`.',
    ],
  },
  revise: {
    title: 'Revise: the words need some work before this is light.',
    lines: ['Change the direction, not just the wording; then check it again.'],
  },
  wait: {
    title: 'Wait: not now, whatever the words.',
    lines: ['Keep the draft somewhere private. Check it again when the time is right.'],
  },
  stop: {
    title: 'Stop: exco will not help with this message.',
    lines: [],
  },
} as const;

export const DRAFT_NOTES = {
  noProfile:
    'exco checked the words only. Run `exco start` so it can also check the timing for you.',
  practical:
    'This reads as a practical matter, which does not break no contact: keep it short and about that one thing. If you send it, log it with `exco contact --type logistics`.',
  reply: 'They reached out recently, so a short, friendly reply does not break your no contact.',
  lateNight:
    'It is late. Feelings run high at night, and a message that feels urgent now can wait until morning.',
  notReady:
    'Step 4 opens once you have named a mistake with a plan and logged progress on a goal: there is no rush.',
  reunion:
    'They have shown interest: go slowly, and keep the big talks for calm moments, in person if you can (`exco reunion`).',
  yours: 'exco never sends anything; whether and when to send is yours.',
} as const;
