/**
 * Support flags for free text the person wrote. `crisis`: language of self-harm or suicide,
 * explicit or implicit. `safety`: fear of, or harm from, another person. Missing a real signal is
 * the worse error, so ambiguous wording alarms unless it is a known everyday idiom.
 *
 * The text is normalised (case, apostrophes, contractions, slang, typos, masked letters) and
 * checked one sentence at a time, after blanking out idioms such as "this workout is killing me",
 * so an idiom never hides a real signal elsewhere in the same note.
 */
import type { SupportFlag } from './model.js';
import {
  CRISIS_PATTERNS,
  HYPERBOLE_PATTERNS,
  SAFETY_PATTERNS,
  WORD_FIXES,
} from './support-phrases.js';

export type { SupportFlag };

const anyOf = (sources: readonly string[], flags = ''): RegExp =>
  new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags);

const CRISIS = anyOf(CRISIS_PATTERNS);
const SAFETY = anyOf(SAFETY_PATTERNS);
const HYPERBOLE = anyOf(HYPERBOLE_PATTERNS, 'g');
const WORD_FIX = new RegExp(`\\b(?:${Object.keys(WORD_FIXES).join('|')})\\b`, 'g');

const MARKS = /[\u0300-\u036f]/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u00b4\u0060\u2032\uff07]/g;
// Line breaks end a sentence; every other control character is only a space.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const SENTENCES = /[.!?;:\n\r\u0085\u2028\u2029\u3002\u061f\u06d4]+/;
/** A sentence longer than this is checked in overlapping windows, so time stays linear. */
const WINDOW = 480;
const OVERLAP = 160;

/** "k1ll", "su1c1de", "k*ll myself": letters hidden behind digits, symbols or asterisks. */
const MASKED = /[a-z0-9@$!*]*[0-9@$!*][a-z0-9@$!*]*/g;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const UNMASKED =
  /^(?:kill\w*|die|died|dying|dead|death|myself|s[uo]+i?[cs]+i?d\w*|hang\w*|rap(?:e|ed|ist)|abus\w*|hurt|harm|cut\w*|pills|overdos\w*|stalk\w*|threat\w*|unaliv\w*|self|noose|slit|hit|beat|choked)$/;
const CENSORED = [
  'kill',
  'killing',
  'killed',
  'suicide',
  'suicidal',
  'die',
  'dead',
  'rape',
  'raped',
  'myself',
  'abuse',
  'abused',
  'abusive',
];

function unmask(token: string): string {
  if (!/[a-z]/.test(token)) return token;
  const core = token.replace(/!+$/, '');
  const tail = token.slice(core.length);
  if (core.includes('*')) {
    const shape = new RegExp(
      `^${core.replace(/[^a-z*]/g, (c) => LEET[c] ?? '').replace(/\*+/g, '[a-z]{1,3}')}$`,
    );
    const word = CENSORED.find((w) => shape.test(w));
    return word === undefined ? token : `${word}${tail}`;
  }
  const plain = core.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c);
  return UNMASKED.test(plain) ? `${plain}${tail}` : token;
}

function expandContraction(_: string, word: string, ending: string): string {
  switch (ending) {
    case 't':
      if (word === 'can') return 'can not';
      if (word === 'won') return 'will not';
      if (word === 'ain') return 'is not';
      if (word === 'shan') return 'shall not';
      return word.endsWith('n') ? `${word.slice(0, -1)} not` : `${word}'t`;
    case 'm':
      return `${word} am`;
    case 're':
      return `${word} are`;
    case 've':
      return `${word} have`;
    case 'll':
      return `${word} will`;
    case 'd':
      return `${word} would`;
    default:
      return /^(?:he|she|it|that|there|what|who|where|here|everyone|everybody|nobody|someone|life|this|everything|nothing|one|how|why|when)$/.test(
        word,
      )
        ? `${word} is`
        : word === 'let'
          ? 'let us'
          : `${word}'s`;
  }
}

const AFTER_HE = String.raw`(?=\s(?:kill|hurt|hit|find|come|do|take|post|never|ruin|make|be|show|beat|leak|go|destroy|get|track|follow)\b)`;
const AFTER_I = String.raw`(?=\s(?:kill|end|hurt|do|be|never|just|take|jump|die|go|probably|definitely|not|try|make|overdose|cut|rather|love|like|want|hate|better|prefer|have)\b)`;
const CONTEXT_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bno (?:one|body)\b/g, 'nobody'],
  [/\bevery one\b/g, 'everyone'],
  [/\bmy self\b/g, 'myself'],
  [/\bany more\b/g, 'anymore'],
  [new RegExp(`\\bhell${AFTER_HE}`, 'g'), 'he will'],
  [new RegExp(`\\bshell${AFTER_HE}`, 'g'), 'she will'],
  [new RegExp(`\\bhed${AFTER_HE}`, 'g'), 'he would'],
  [new RegExp(`\\bill${AFTER_I}`, 'g'), 'i will'],
  [new RegExp(`\\bid${AFTER_I}`, 'g'), 'i would'],
  [
    /\b(?:2|too)\b(?= (?:die|live|be|kill|end|hurt|go|sleep|wake|disappear|exist|stop|leave|cut|harm|jump|take|do)\b)/g,
    'to',
  ],
];

/** One sentence, in the canonical form the phrase lists are written for. */
function canonical(sentence: string): string {
  let s = sentence
    .replace(/[,()[\]{}"]/g, ' , ')
    .replace(/(?<![a-z])'|'(?![a-z])/g, ' ')
    .replace(/[^a-z0-9', ]+/g, ' ')
    .replace(/\b([a-z]+)'(t|m|re|ve|ll|d|s)\b/g, expandContraction)
    .replace(WORD_FIX, (w) => WORD_FIXES[w] ?? w);
  for (const [pattern, replacement] of CONTEXT_FIXES) s = s.replace(pattern, replacement);
  return s
    .replace(/\s*,[\s,]*/g, ' , ')
    .replace(/\s+/g, ' ')
    .trim();
}

function windows(sentence: string): string[] {
  if (sentence.length <= WINDOW) return [sentence];
  const out: string[] = [];
  for (let start = 0; start < sentence.length; start += WINDOW - OVERLAP) {
    let from = start === 0 ? 0 : sentence.indexOf(' ', start) + 1;
    if (from <= 0) from = start;
    out.push(sentence.slice(from, from + WINDOW).replace(/\s\S*$/, ''));
    if (from + WINDOW >= sentence.length) break;
  }
  return out;
}

/** The sentences of `text`, normalised for matching. Exported for tests. */
export function supportSentences(text: string): string[] {
  const prepared = text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(CONTROLS, ' ')
    .replace(/\bw\/o\b/g, ' without ')
    .replace(/\bw\//g, ' with ')
    .replace(MASKED, unmask);
  const out: string[] = [];
  let carry = '';
  for (const raw of prepared.split(SENTENCES)) {
    const sentence = `${carry} ${canonical(raw)}`.trim();
    // "i. want. to. die." - a fragment of three words or fewer joins the next sentence.
    carry = sentence.split(' ').length <= 3 ? sentence : '';
    if (carry === '' && sentence !== ',') out.push(...windows(sentence));
  }
  if (carry !== '') out.push(carry);
  return out;
}

/**
 * Flags for free text the person wrote: 'crisis' = language of self-harm or suicide (explicit or
 * implicit); 'safety' = fear of, or harm from, another person (violence, threats, stalking,
 * coercive control, being afraid of someone). Ordered: crisis first.
 */
export function detectSupport(text: string): SupportFlag[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  let crisis = false;
  let safety = false;
  for (const sentence of supportSentences(text)) {
    const plain = sentence.replace(HYPERBOLE, ' ~ ');
    if (!crisis) crisis = CRISIS.test(plain);
    if (!safety) safety = SAFETY.test(plain);
    if (crisis && safety) break;
  }
  const flags: SupportFlag[] = [];
  if (crisis) flags.push('crisis');
  if (safety) flags.push('safety');
  return flags;
}
