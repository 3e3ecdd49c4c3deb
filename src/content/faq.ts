/**
 * The six questions people ask most in the weeks after a breakup, answered in exco's voice.
 * Every point of the guide's FAQ is carried here; the personalised parts (their own window, an ex
 * with someone new, safety mode) are added by the command from the person's data.
 */

export type FaqId =
  'wait-time' | 'ex-dating' | 'unresponsive' | 'friends' | 'not-my-fault' | 'goes-wrong-again';

export const FAQ_IDS: readonly FaqId[] = [
  'wait-time',
  'ex-dating',
  'unresponsive',
  'friends',
  'not-my-fault',
  'goes-wrong-again',
];

export interface Faq {
  id: FaqId;
  /** The question as the picker shows it. */
  question: string;
  /** Paragraphs of the answer, in order. */
  answer: string[];
  /** What to do next in exco. */
  next: string[];
  /** A few words describing the topic, for the picker's search and for "topics I can answer". */
  keywords: string[];
}

export const FAQS: readonly Faq[] = [
  {
    id: 'wait-time',
    question: 'How long should I wait before reaching out to my ex?',
    answer: [
      'Nobody can give you an exact number of days, and be wary of anyone who claims to.',
      'As a rough guide, plan on somewhere between a few weeks and two months or so. Where you land in that range depends on how serious the breakup was and on how things worked between the two of you: a long or stormy relationship, or a painful ending, needs the longer end.',
      'The waiting is not empty time. It is the stretch in which you look after yourself: sleep, friends, the goals you set, and honest reflection on what happened. That work is what makes any later contact worth having.',
    ],
    next: [
      'Run `exco status` to see your own no-contact window and the reasons that set it.',
      'When the urge to text hits before then, run `exco urge`.',
      'Use the time with `exco reflect` and `exco goals`.',
    ],
    keywords: ['waiting', 'no contact', 'how long', 'when to text', 'timing'],
  },
  {
    id: 'ex-dating',
    question: 'What if my ex is seeing someone new?',
    answer: [
      'Then the kind thing, for them and for you, is to respect that they are with someone now. Their new relationship is theirs to live, and exco will not help you get in the middle of it.',
      'Turn your energy back to yourself: letting the hurt heal, and the growth you started here.',
      'Trying to come between them, or to pull your ex away from their partner, is very unlikely to work. It tends to leave everyone hurt, you most of all, and it adds fresh pain to a loss that is already heavy.',
    ],
    next: [
      'Run `exco reflect` to put what you are feeling into words today.',
      'Keep building your own life with `exco goals`.',
      'When you are ready, read step 7 (acceptance) from `exco start`.',
    ],
    keywords: ['new partner', 'dating someone', 'rebound', 'moved on'],
  },
  {
    id: 'unresponsive',
    question: 'What if my ex is not answering me?',
    answer: [
      'Silence is an answer too. When you have reached out to reconnect and get nothing back, honour that and give them space; more messages will not change it, and they tend to drive a person further off.',
      'Accepting their choice can hurt a great deal, and it is still the right thing to do. You can be sad about it and respect it at the same time.',
      'Keep putting your effort where it pays off: into your own growth, your health and the people who are there for you.',
    ],
    next: [
      'Log how it went with `exco contact --type reconnect --response none` so exco can tell you when to back off.',
      'If you feel pulled to send another message, run `exco urge` first.',
      'Keep going with `exco goals`, and look at step 7 (acceptance) in `exco start`.',
    ],
    keywords: ['no reply', 'ghosted', 'left on read', 'ignoring me', 'blocked'],
  },
  {
    id: 'friends',
    question: 'Can my ex and I be friends?',
    answer: [
      'Sometimes, yes. It works when both of you truly want a friendship and nothing more, and are ready for it, not when one of you hopes it leads back to romance.',
      'If you try it, agree plainly on boundaries (how often you talk, what you talk about, what is off the table) and ask yourself honestly what you expect to get from it.',
      'Getting from partners to friends usually takes a while. For some people it never becomes possible, and that is no failure on anyone’s part.',
    ],
    next: [
      'Run `exco reflect` and ask yourself honestly whether you want a friend or a way back.',
      'If you are still in your no-contact window, `exco status` shows how long is left.',
    ],
    keywords: ['stay friends', 'friendship', 'platonic', 'boundaries'],
  },
  {
    id: 'not-my-fault',
    question: 'What if I believe I did nothing wrong?',
    answer: [
      'That may be how it looks from where you stand, and you may be mostly right. Still, a relationship is made by two people, and it is rare for all the trouble to come from one side.',
      'Ask yourself what could have gone better, including the things that were not mainly yours to fix. This is not about taking the blame; it is about seeing the whole picture.',
      'Whoever ended it, looking back honestly tends to show you something you can grow in, and that is worth having whether or not you get back together.',
    ],
    next: [
      'Run `exco reflect` for a prompt that helps you look at your side without blaming yourself.',
      'Turn anything you find into a plan with `exco goals`.',
    ],
    keywords: ['whose fault', 'blame', 'did nothing wrong', 'one-sided'],
  },
  {
    id: 'goes-wrong-again',
    question: 'What if we get back together and it goes wrong again?',
    answer: [
      'It could happen. Go in knowing that a second breakup is possible, so that if it comes it does not blindside you.',
      'Getting back together is a new start, not a promise that it will last. It still takes both of you, working at it, every day.',
      'Nothing you do here is wasted either way. The reflection and growth you put in go with you into every relationship after this one, whether that turns out to be with your ex or with a person you have not met yet.',
    ],
    next: [
      'If you are back together, read step 6 (the reunion) in `exco start`: go slowly and talk through what went wrong.',
      'Keep your reflections and goals going with `exco reflect` and `exco goals`.',
    ],
    keywords: ['break up again', 'getting back together', 'will it last', 'second chance'],
  },
];

export function faqById(id: string): Faq | undefined {
  return FAQS.find((faq) => faq.id === id);
}
