/**
 * The seven steps as data: what exco says at each stage. The advice follows the source guide; the
 * wording is exco's own. Contact coaching never includes staging meetings, tracking the ex or
 * performing for them: where the guide hints at that, the text says what to do honestly instead.
 */

export type StepId =
  'space' | 'reflect' | 'improve' | 'reconnect' | 'show' | 'reunion' | 'acceptance';

export const STEP_IDS: readonly StepId[] = [
  'space',
  'reflect',
  'improve',
  'reconnect',
  'show',
  'reunion',
  'acceptance',
];

export interface StepSection {
  title: string;
  points: string[];
}

export interface StepContent {
  id: StepId;
  number: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  title: string;
  /** One line for the status dashboard. */
  summary: string;
  why: string[];
  how: string[];
  avoid: string[];
  examples?: { title: string; items: string[] };
  sections?: StepSection[];
  /** Short, concrete ideas; the caller picks one by day. */
  today: string[];
}

const space: StepContent = {
  id: 'space',
  number: 1,
  title: 'Give yourselves space',
  summary: 'No contact for now, so you can both heal.',
  why: [
    'For most people this is the toughest step. Finding it hard is normal.',
    'Distance gives you both room to take in what happened.',
    'Time apart lets the hurt settle and helps you see things more clearly.',
    'Think of it as a pause that lets you both start over fresh.',
    'Reaching out again and again tends to drive someone away, not bring them closer.',
  ],
  how: [
    'When the urge to text or call hits, stop and wait. Run `exco urge` to ride it out.',
    'Let your feelings out somewhere safe: a journal, a friend, a counsellor.',
    'Turn your attention to your own days: sleep, food, movement, people.',
    'Use this time for steps 2 and 3. Reflecting and growing happen now.',
    'If you share children, a lease or belongings, keep that contact short and practical.',
  ],
  avoid: [
    'Texting, calling or messaging them, even "just to check in".',
    'Turning up at their home or their work. Please never do this.',
    'Checking their social media or asking friends what they are up to.',
    'Passing messages through mutual friends.',
  ],
  sections: [
    {
      title: 'How much space is right?',
      points: [
        'There is no fixed number of days that suits everyone.',
        'It depends on how long you were together, how intense it was, and why it ended.',
        'As a rough starting point, think of three weeks to two months.',
        'exco suggests a window from your answers and shows you the reasons for it.',
        'Whatever the length, this time is for you. Put your energy into yourself.',
      ],
    },
  ],
  today: [
    'Mute or archive their chat so it is not the first thing you see.',
    'Write the message you want to send in a notebook. Leave it there.',
    'Tell one friend you are taking a break from contact, and ask them to check on you.',
    'Plan something for this evening. Evenings are hard for many people.',
    'Take a twenty-minute walk and leave your phone at home.',
    'Write down three reasons this space is good for both of you.',
  ],
};

const reflect: StepContent = {
  id: 'reflect',
  number: 2,
  title: 'Reflect and grow',
  summary: 'Look honestly at what went wrong, including your part.',
  why: [
    'Feeling sad is normal. Let yourself feel it, but do not stop there.',
    'Honest reflection is where real change starts.',
    'Knowing your part makes you a better partner later, with your ex or with someone new.',
  ],
  how: [
    'Ask yourself what went wrong between you.',
    'Ask what you brought to the problems.',
    'Ask what you would do differently with another chance.',
    'Be truthful with yourself, even when the answer stings.',
    'Write it down. `exco reflect` gives you one prompt a day.',
  ],
  avoid: [
    'Replaying the hurt every day without learning anything from it.',
    'Putting all the blame on them, or all of it on yourself.',
    'Sending your reflections to your ex. For now, they are for you.',
  ],
  sections: [
    {
      title: 'Name your mistakes',
      points: [
        'Common patterns: being clingy, being distant, being controlling, or struggling to communicate.',
        'Whatever yours were, own your share of what happened.',
        'For each one, make a concrete plan to change it.',
        'This is about responsibility, not punishment. You can own a mistake and stay kind to yourself.',
      ],
    },
  ],
  today: [
    'Pick one argument you keep replaying. What did you need then? What did they need?',
    'Name one pattern of yours (clingy, distant, controlling, communication) and one example.',
    'Finish this sentence in writing: "Next time, I will…"',
    'List two things you did well in the relationship. Honesty works both ways.',
    'Ask a trusted friend what they noticed about you in the relationship.',
    'Read an earlier reflection and notice what has shifted since.',
  ],
};

const improve: StepContent = {
  id: 'improve',
  number: 3,
  title: 'Invest in yourself',
  summary: 'Build a life you enjoy, for your own sake.',
  why: [
    'This is not about turning into someone else to win them over.',
    'It is about growing into the fullest version of who you already are.',
    'Growth you do for yourself lasts, whatever happens with your ex.',
  ],
  how: [
    'Ask yourself what you love doing, what you are aiming for, and what brings you joy.',
    'Give time to your interests and to the things you want to achieve.',
    'Look after your body and your mind: sleep, movement, and support if you need it.',
    'Pick one or two goals and log small steps with `exco goals`.',
  ],
  avoid: [
    'Reshaping yourself around what you think they want.',
    'Doing things only so that they will notice.',
    'Taking on so much that you burn out. Small and steady wins.',
  ],
  examples: {
    title: 'Five places to start',
    items: [
      'Fitness: sign up at a gym, or begin a simple exercise routine you can keep.',
      'A new hobby, such as pottery, painting or coding: whatever makes you curious.',
      'Growth: books or podcasts that help you understand yourself and grow.',
      'People: make time for loved ones, and get back in touch with old friends.',
      'Career or education: a course, a qualification, a project at work.',
    ],
  },
  today: [
    'Move your body for twenty minutes, any way you like.',
    'Try one session of something new, or book one.',
    'Read one chapter or listen to one episode of something that helps you grow.',
    'Message an old friend you have not spoken to in a while.',
    'Spend fifteen minutes on a course, your CV, or a work project you care about.',
    'Write down one thing that made you happy this week, and plan more of it.',
  ],
};

const reconnect: StepContent = {
  id: 'reconnect',
  number: 4,
  title: 'Reconnect gently',
  summary: 'After the space: light, friendly, low-pressure contact.',
  why: [
    'This comes only after your no-contact time has passed. Give it time first.',
    'Reconnecting is a small, friendly signal, not a campaign.',
    'The aim is simply that they see you are well, warm and easy to talk to.',
  ],
  how: [
    'A short, friendly reply or comment on something they have shared.',
    'If your paths cross naturally somewhere you both already go, be friendly and say hello.',
    'One brief, easy message is enough. Then let them choose whether to answer.',
    'Check anything you plan to send with `exco draft` first.',
  ],
  avoid: [
    'Flooding them with messages, likes or comments.',
    'Arranging to "bump into" them, or going where you know they will be.',
    'Tracking where they go or what they do.',
    'Any contact at all if they have asked you not to get in touch.',
    'Asking to get back together, or reopening the breakup, in a first contact.',
  ],
  sections: [
    {
      title: 'Not overdoing it',
      points: [
        'Less is more. Keep it understated.',
        'This is not the moment to talk about getting back together. Pressure closes doors.',
        'Keep each exchange short and light.',
        'If they respond warmly, that is good news. Go slowly from there.',
        'If they do not reply, or reply coolly, respect that. Step back and give them space again.',
      ],
    },
  ],
  today: [
    'Before any contact, ask yourself: will I be OK if they never reply?',
    'Draft a short, friendly message and check it with `exco draft`. Sending is optional.',
    'Keep today about your own plans. Reconnection happens at their pace.',
    'If you reached out recently, wait. One message is enough until they answer.',
    'Write down how the last contact went and how you felt afterwards.',
    'Reread your reasons for taking space. They still apply.',
  ],
};

const show: StepContent = {
  id: 'show',
  number: 5,
  title: "Show, don't tell",
  summary: 'Let how you live speak for you.',
  why: [
    'What you do says more than anything you say.',
    'Announcing that you have changed rarely convinces anyone.',
    'Steady changes in how you act are far more believable than promises.',
  ],
  how: [
    'Let your behaviour, over time, show the changes you have made.',
    'Live well for your own sake. If they notice, it will be because it is real.',
    'When you do talk, be the calmer, kinder person you have been working to be.',
  ],
  avoid: [
    'Telling them how much you have changed.',
    'Posting things for them to see, or acting out a life you are not living.',
    'Bragging, or comparing your life with theirs.',
  ],
  examples: {
    title: 'What that can look like',
    items: [
      'Keep living healthily. If you share bits of it online, keep it honest and modest.',
      'When something goes well, like a promotion or a finished project, mention it lightly if it comes up.',
      'Enjoy your own life. Real contentment shows, and it lifts the people around you.',
    ],
  },
  today: [
    'Do one thing you would be proud of even if nobody saw it.',
    'Notice one way you handled something better than you would have before.',
    'Share something you enjoy with a friend, not with an audience.',
    'Keep one promise you made to yourself.',
    'Before posting anything, ask: would I post this if they could never see it?',
  ],
};

const reunion: StepContent = {
  id: 'reunion',
  number: 6,
  title: 'If they reach out',
  summary: 'Go slowly, be honest, rebuild trust together.',
  why: [
    'In time your ex may get in touch or show they want to reconnect. They may also not.',
    'A second try needs a steadier start than the first one had.',
    'It only works if you are both fully committed to it.',
  ],
  how: [
    'Stay calm and go carefully. Excitement is normal; rushing is the risk.',
    'Take your time. Trust and understanding come back in small steps.',
    'Be honest about how you have grown, and about what is still a work in progress.',
    'Talk through the problems that ended things before, and agree how you will handle them.',
    'Check that you both want this, not just one of you.',
  ],
  avoid: [
    'Jumping straight back to how things were.',
    'Skipping the hard conversations to keep the peace.',
    'Promising that you have changed completely.',
    'Ignoring old problems in the hope that they have gone away.',
  ],
  today: [
    'Write down the one issue you most need to talk through together.',
    'Suggest something short and low-key, like a coffee, rather than a big occasion.',
    'Ask them what they need to feel ready to try again, and listen.',
    'Notice whether you are both putting in effort. Write down what you see.',
    'Keep your own routines and friendships going. They still matter.',
  ],
};

const acceptance: StepContent = {
  id: 'acceptance',
  number: 7,
  title: 'Accept what comes',
  summary: 'Make peace with either outcome. You will be OK.',
  why: [
    'This may be the most important step of all.',
    'Even if you do everything well, there is no guarantee they will choose to try again.',
    'Being ready for that possibility protects your wellbeing.',
    'You deserve to be happy, with your ex or with someone new.',
  ],
  how: [
    'Picture both outcomes, and notice that you can get through either.',
    'Keep the growth you have made. It is yours, whatever they decide.',
    'Lean on friends, family, or a professional if it feels heavy.',
    'If it is over, let yourself grieve, and let that ease in its own time.',
  ],
  avoid: [
    'Waiting indefinitely for a message that may not come.',
    'Treating their decision as a verdict on your worth.',
    'Trying to change their mind once they have made it clear.',
  ],
  today: [
    'Write one thing you have learned that you will keep, whatever happens.',
    'Do something kind for yourself that has nothing to do with them.',
    'Describe a good life a year from now, in either outcome.',
    'Spend time with someone who makes you feel like yourself.',
    'Notice one moment today when you felt OK. It counts.',
    'If today hurts a lot, talk to someone. You do not have to carry it alone.',
  ],
};

export const STEPS: readonly StepContent[] = [
  space,
  reflect,
  improve,
  reconnect,
  show,
  reunion,
  acceptance,
];

export function stepById(id: StepId): StepContent {
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`Unknown step: ${String(id)}`);
  return step;
}

export function stepByNumber(n: number): StepContent | undefined {
  return STEPS.find((s) => s.number === n);
}

/** What to do next in safety mode, wherever exco would otherwise suggest steps towards contact. */
export const SAFETY_NEXT: readonly string[] = [
  'Your safety comes first. If you are ever in danger, call your local emergency number.',
  'Keep no contact, for good. You do not owe them a reply.',
  'Talk to someone you trust, or one of the support lines in `exco status`.',
];
