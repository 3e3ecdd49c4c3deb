/** The questions `exco start` and `exco contact` ask, and the words for their choices. */
import type { ContactType, Initiator, Intensity, Reason, Response } from '../core/model.js';

export const SCREENING_INTRO = [
  'First, a few plain questions about safety.',
  'If you answer yes to any of them, exco will focus on your safety and your own healing, and will never coach contact with your ex.',
  'Your answers stay on this computer.',
];

export const SCREENING: ReadonlyArray<{
  id: 'fear' | 'threats' | 'violence' | 'stalking' | 'control';
  question: string;
}> = [
  {
    id: 'fear',
    question: 'Have you ever felt afraid of your ex, or afraid of what they might do?',
  },
  {
    id: 'threats',
    question:
      'Has your ex threatened you, your family, your pets, or threatened to hurt themselves to keep you?',
  },
  {
    id: 'violence',
    question:
      'Has your ex ever hit, pushed, choked or hurt you, or pressured you into anything sexual?',
  },
  {
    id: 'stalking',
    question:
      'Has your ex followed you, tracked your phone or location, or kept turning up when you did not want them to?',
  },
  {
    id: 'control',
    question: 'Did your ex control your money, your phone, who you saw or where you went?',
  },
];

export const INTENSITY_CHOICES: ReadonlyArray<{
  value: Intensity;
  name: string;
  description: string;
}> = [
  {
    value: 'low',
    name: 'Casual or new',
    description: 'dating for a while, not yet a settled couple',
  },
  { value: 'medium', name: 'Committed', description: 'a committed relationship, living apart' },
  {
    value: 'high',
    name: 'Lives joined',
    description: 'lived together, engaged, married, or you have children together',
  },
];

export const REASON_CHOICES: ReadonlyArray<{ value: Reason; name: string }> = [
  { value: 'grew-apart', name: 'We grew apart' },
  { value: 'communication', name: 'Communication broke down' },
  { value: 'trust', name: 'Trust was broken' },
  { value: 'distance', name: 'Distance' },
  { value: 'timing', name: 'The timing was wrong' },
  { value: 'other', name: 'Something else' },
];

export const INITIATOR_CHOICES: ReadonlyArray<{ value: Initiator; name: string }> = [
  { value: 'them', name: 'They ended it' },
  { value: 'me', name: 'I ended it' },
  { value: 'mutual', name: 'We decided together' },
];

export const CONTACT_CHOICES: ReadonlyArray<{
  value: ContactType;
  name: string;
  description: string;
}> = [
  {
    value: 'slip',
    name: 'I reached out (a slip)',
    description: 'you contacted them during no contact',
  },
  {
    value: 'they-initiated',
    name: 'They reached out to me',
    description: 'a message, call or visit they started',
  },
  {
    value: 'logistics',
    name: 'Practical contact',
    description: 'children, keys, a shared lease, belongings',
  },
  {
    value: 'reconnect',
    name: 'A planned, light reconnect',
    description: 'after your no-contact window',
  },
];

/** How a logged contact is named back to the person: "Logged: a slip on …". */
export const CONTACT_LOGGED: Readonly<Record<ContactType, string>> = {
  slip: 'a slip',
  'they-initiated': 'they reached out',
  logistics: 'practical contact',
  reconnect: 'a planned reconnect',
};

export const RESPONSE_CHOICES: ReadonlyArray<{ value: Response; name: string }> = [
  { value: 'warm', name: 'Warm: friendly, open, interested' },
  { value: 'cool', name: 'Cool: short, distant, or polite at most' },
  { value: 'none', name: 'No reply (yet)' },
];
