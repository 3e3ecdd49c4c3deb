/**
 * A draft message in the one canonical form the draft rules are written for: lower case, plain
 * letters, contractions and texting shorthand spelled out ("u r" -> "you are", "dont" -> "do
 * not"), stretched words shortened ("pleeease" -> "please"), and punctuation reduced to the
 * tokens " . ", " ? ", " ! " and " , " between single spaces. Pure.
 */

export interface DraftText {
  /** The text as written, lower-cased and with letters made plain: for symbols such as hearts. */
  raw: string;
  /** The text as written with its capitals kept (letters made plain): for shouting. */
  cased: string;
  /** The canonical text, with a space at each end so every word has a boundary. */
  norm: string;
  words: number;
  /** Questions asked: runs of "?" count once. */
  questions: number;
  /** Sentences, counted by their ending marks (a trailing sentence without one counts too). */
  sentences: number;
  /** Words written in capitals that are not common abbreviations: shouting. */
  caps: number;
}

/** Capitals that are not shouting: abbreviations and the like. */
const ABBREVIATIONS = new Set(
  'ok okay lol lmao omg tv uk us usa eu nyc la dj pm am id pc gp nhs bbc mot atm diy asap fyi btw ps dm hbd bbq gym ikea ufc nba nfl fc vs tbh imo rip xl xs dvd cd mp uni aka'.split(
    ' ',
  ),
);

function countCaps(text: string): number {
  return (text.match(/\b[A-Z][A-Z']*[A-Z]\b/g) ?? []).filter(
    (w) => !ABBREVIATIONS.has(w.toLowerCase().replace(/'/g, '')),
  ).length;
}

const MARKS = /[\u0300-\u036f]/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u00b4\u0060\u2032\uff07]/g;
const URL = /\b(?:https?:\/\/|www\.)\S+/g;

/** Whole words spelled the way people text, and what they mean. */
const SHORTHAND: Readonly<Record<string, string>> = {
  u: 'you',
  ya: 'you',
  yu: 'you',
  r: 'are',
  ur: 'your',
  yr: 'your',
  im: 'i am',
  ive: 'i have',
  youre: 'you are',
  youve: 'you have',
  youll: 'you will',
  youd: 'you would',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  aint: 'is not',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  hes: 'he is',
  shes: 'she is',
  its: 'it is',
  lets: 'let us',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  pls: 'please',
  plz: 'please',
  plss: 'please',
  plox: 'please',
  luv: 'love',
  ily: 'i love you',
  ilu: 'i love you',
  ilysm: 'i love you so much',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  bf: 'boyfriend',
  gf: 'girlfriend',
  msg: 'message',
  msgs: 'messages',
  txt: 'text',
  txts: 'texts',
  rn: 'right now',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmw: 'tomorrow',
  '2nite': 'tonight',
  '2day': 'today',
  b4: 'before',
  y: 'why',
  wat: 'what',
  wut: 'what',
  sry: 'sorry',
  srry: 'sorry',
  idk: 'i do not know',
  bout: 'about',
  abt: 'about',
  wyd: 'what are you doing',
  nvm: 'never mind',
  hbd: 'happy birthday',
  thx: 'thanks',
  tho: 'though',
  bby: 'baby',
  ppl: 'people',
};

/** Stretched words ("sooo") shorten to these when they can; otherwise to double letters. */
const SHORT_FORMS = new Set(
  'so no yes please hey hi hello miss love you why sorry me baby babe now ok okay god what call answer reply text need really still back home forever why whyy omg lol haha ugh wow'.split(
    ' ',
  ),
);

const PRONOUN_IS = /^(?:he|she|it|that|there|what|who|where|here|how|this|everything|nothing)$/;

function expand(_: string, word: string, ending: string): string {
  switch (ending) {
    case 't':
      if (word === 'can') return 'can not';
      if (word === 'won') return 'will not';
      if (word === 'ain') return 'is not';
      if (word === 'shan') return 'shall not';
      return word.endsWith('n') ? `${word.slice(0, -1)} not` : word;
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
      if (word === 'let') return 'let us';
      return PRONOUN_IS.test(word) ? `${word} is` : word;
  }
}

/** "2" before a verb is "to" ("need 2 talk"), "1" before "more" or "last" is "one". */
const AFTER_TWO =
  /^(?:talk|see|be|go|get|do|say|hear|know|meet|come|call|text|tell|make|give|try|work|fix|start|ask|explain|listen|speak|stop|me|you)$/;

function numberWord(token: string, next: string | undefined): string | undefined {
  if (token === '2' && next !== undefined && AFTER_TWO.test(next)) return 'to';
  if (token === '1' && (next === 'more' || next === 'last')) return 'one';
  return undefined;
}

function unstretch(word: string): string {
  if (!/(.)\1\1/.test(word)) return word;
  const single = word.replace(/(.)\1+/g, '$1');
  if (SHORT_FORMS.has(single)) return single;
  return word.replace(/(.)\1{2,}/g, '$1$1');
}

export function normaliseDraft(text: string): DraftText {
  const plain = text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(URL, ' link ');
  const questions = (plain.match(/\?+/g) ?? []).length;
  const spaced = plain
    .replace(/\b([a-z]+)'(t|m|re|ve|ll|d|s)\b/g, expand)
    .replace(/'/g, '')
    .replace(/\?+/g, ' ? ')
    .replace(/!+/g, ' ! ')
    .replace(/(?:\.|…|\r?\n\s*\r?\n)+/g, ' . ')
    .replace(/[,;:\n\r\u2013\u2014]+/g, ' , ')
    .replace(/[^a-z0-9.?!, ]+/g, ' ');
  const tokens = spaced
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t, i, all) => numberWord(t, all[i + 1]) ?? SHORTHAND[unstretch(t)] ?? unstretch(t));
  const words = plain.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length;
  const sentences = (plain.replace(/[.?!…]+\s*$/, '').match(/[.?!…]+(?=\s|$)/g) ?? []).length + 1;
  const cased = text.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, "'");
  const caps = countCaps(cased);
  return { raw: plain, cased, norm: ` ${tokens.join(' ')} `, words, questions, sentences, caps };
}
