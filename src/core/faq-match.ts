/**
 * Matches a question typed in the person's own words to the FAQ that answers it, or to none.
 *
 * The text is normalised (case, accents, contractions, slang, two little words typed without a
 * space), stemmed lightly and spell-checked against the topic vocabulary; then the concepts of
 * `faq-vocabulary.ts` are found and the rules score each FAQ. When the person sets background
 * aside ("..., but that's not what i'm asking") or turns to the question ("but", "so"), the part
 * after the turn is what is scored; a story of three sentences or more is answered as its last
 * sentence asks (see `scoreFaqs`). A match needs real evidence: an off-topic
 * question gets `match: null` rather than a confident wrong answer. Pure and deterministic.
 */
import { FAQ_IDS, type FaqId } from '../content/faq.js';
import {
  BARE_CONTRACTIONS,
  ASKS,
  ELSEWHERE,
  GLUE_FIRST,
  GLUE_SECOND,
  OPENS_QUESTION,
  RULES,
  GENERIC_ASKS,
  SET_ASIDE,
  SLANG,
  TURNS,
  TYPO_TARGETS,
  type Concept,
} from './faq-vocabulary.js';
import { FAQ_INDEX } from './faq-index.js';
import { classStems, compile, stem, stemOnce, type Element, type Token } from './faq-patterns.js';
import { findLine } from './sorted-lines.js';
import { editDistance } from './edit-distance.js';

export interface FaqScore {
  id: FaqId;
  /** How well the question fits, 0..1. */
  score: number;
}

export interface FaqMatch {
  match: FaqScore | null;
  /** Up to two other plausible FAQs, given only when the match is uncertain or missing. */
  alternatives: FaqScore[];
}

/** Below this, the best FAQ is only suggested, never given as the answer. */
export const MATCH_THRESHOLD = 0.5;
const SUGGEST_THRESHOLD = 0.3;
/** An alternative is shown next to a match when it scores within this much of it. */
const CLOSE_MARGIN = 0.2;
/** Bounds the work on pasted essays; a question never needs more. */
const MAX_CHARS = 2000;
const MAX_TOKENS = 300;

/** A pattern compiled, the first time a question's words could start it. */
const compiledPatterns = new Map<string, Element[]>();
function compiled(pattern: string): Element[] {
  let elements = compiledPatterns.get(pattern);
  if (elements === undefined) compiledPatterns.set(pattern, (elements = compile(pattern)));
  return elements;
}

/** A topic word a misspelling may be corrected to, keyed by its stem (or by its spelling). */
interface Entry {
  key: string;
  exact: boolean;
  token: Token;
}

/** `make()` on first use, then the same value. */
function once<T>(make: () => T): () => T {
  let value: { readonly made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** Built the first time a word may be a typo. */
const vocabulary: () => readonly Entry[] = once(() => {
  const byKey = new Map<string, Entry>();
  for (const word of TYPO_TARGETS) {
    const token = { word, stem: stemOnce(word) };
    // A stem too short to compare safely ("dat" for "dating") is compared as the whole word.
    const exact = token.stem.length < 4;
    const key = exact ? word : token.stem;
    if (!byKey.has(key)) byKey.set(key, { key, exact, token });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
});

/** Words that are never typos: the word classes, common words, and every word of a pattern. */
const known = (word: string): boolean => findLine(FAQ_INDEX.known, word, '\t') !== undefined;

/** Corrects a likely typo of a topic word; leaves known and short words alone. */
function correct(token: Token): Token {
  if (token.stem.length < 4 || known(token.word) || known(token.stem)) return token;
  if (/\d/.test(token.word)) return token;
  if (token.word.endsWith('in')) {
    const dropped = stem(`${token.word}g`);
    if (vocabulary().some((e) => e.token.stem === dropped))
      return { word: `${token.word}g`, stem: dropped };
  }
  const limit = token.stem.length >= 8 ? 2 : 1;
  let best: Entry | undefined;
  let bestDistance = limit + 1;
  for (const entry of vocabulary()) {
    const mine = entry.exact ? token.word : token.stem;
    const { key } = entry;
    if (key[0] !== mine[0] || Math.abs(key.length - mine.length) > limit) continue;
    const distance = editDistance(mine, key);
    if (distance > limit) continue;
    // On a tie, a word that ends like the typo is the likelier one ("falt" is "fault").
    const endsAlike = (e: Entry | undefined) => e?.key.at(-1) === mine.at(-1);
    if (
      distance < bestDistance ||
      (distance === bestDistance && !endsAlike(best) && endsAlike(entry))
    ) {
      best = entry;
      bestDistance = distance;
    }
  }
  return best?.token ?? token;
}

/**
 * Contractions written out, in one pass: "won't", "can't" and "ain't" whole, then any "n't" and
 * "'re", "'m", "'ve", "'ll", "'d"; a possessive or "is" ("'s") is dropped. One expression, not one
 * each: every expression costs a compile on a run's first question.
 */
const CONTRACTION = /\b(won|can|ain)'t\b|n't\b|'(re|m|ve|ll|d|s)\b/g;
const WHOLE: Readonly<Record<string, string>> = { won: 'will not', can: 'can not', ain: 'is not' };
const SUFFIX: Readonly<Record<string, string>> = {
  re: ' are',
  m: ' am',
  ve: ' have',
  ll: ' will',
  d: ' would',
  s: '',
};
const expand = (_: string, whole?: string, suffix?: string): string =>
  whole !== undefined
    ? (WHOLE[whole] ?? '')
    : suffix !== undefined
      ? (SUFFIX[suffix] ?? '')
      : ' not';

/**
 * The other parent of the person's children is, here, the ex: "my kids' mum has a new boyfriend",
 * "our son's dad won't answer". Read as "my ex", so the parent word does not make them family.
 */
const CO_PARENT =
  /\b(?:my|our|the) (?:kids?|child|children|sons?|daughters?|baby|boys|girls)(?:'s|')? (?:mum|mom|mother|dad|father)\b(?!'s\b|')/g;
/** A question holding none of these cannot hold `CO_PARENT`, and skips it. */
const PARENTS = ['mum', 'mom', 'mother', 'dad', 'father'];

// Maps, not the objects themselves: "constructor" or "__proto__" typed as a word must stay a word.
const rewrites: ReadonlyMap<string, string> = new Map([
  ...Object.entries(SLANG),
  ...Object.entries(BARE_CONTRACTIONS),
]);

const exOf = classStems('EX_OF');

const glueFirst: ReadonlySet<string> = new Set(GLUE_FIRST);
const glueSecond: ReadonlySet<string> = new Set(GLUE_SECOND);
/** "howlong" is "how long": a word of five letters or more made of two little words, split. */
function unglue(word: string): string {
  if (word.length < 5) return word;
  for (let cut = 1; cut < word.length; cut++) {
    if (glueFirst.has(word.slice(0, cut)) && glueSecond.has(word.slice(cut)))
      return `${word.slice(0, cut)} ${word.slice(cut)}`;
  }
  return word;
}

/** Lowercase words of the question, contractions expanded, slang rewritten. */
function tokenize(question: string): Token[] {
  // Plain ASCII needs no accents taken off nor quotes made straight (a backtick aside).
  const plain = !/[^\t\n\r -_a-~]/.test(question);
  let text = question.slice(0, MAX_CHARS);
  if (!plain) text = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  text = text.toLowerCase();
  if (!plain) text = text.replace(/[\u2018\u2019`\u00b4]/g, "'");
  if (PARENTS.some((parent) => text.includes(parent))) text = text.replace(CO_PARENT, 'my ex');
  if (text.includes("'")) text = text.replace(CONTRACTION, expand);
  const words = text
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .flatMap((w) => (rewrites.get(w) ?? unglue(w)).split(' '))
    .filter((w) => w.length > 0)
    .slice(0, MAX_TOKENS);
  const tokens: Token[] = [];
  let afterEx = false;
  for (const word of words) {
    const token = correct({ word, stem: stem(word) });
    // "ex girlfriend", "exboyfriend": the partner word names the ex, not someone new.
    if (afterEx && exOf.has(token.stem)) {
      afterEx = false;
      continue;
    }
    const compound = /^ex[a-z]{3,}$/.test(word) && exOf.has(stem(word.slice(2)));
    tokens.push(compound ? { word: 'ex', stem: 'ex' } : token);
    afterEx = compound || token.word === 'ex';
  }
  return tokens;
}

function matches(element: Element, token: Token): boolean {
  switch (element.kind) {
    case 'stem':
      return token.stem === element.value;
    case 'exact':
      return token.word === element.value;
    case 'prefix':
      return token.word.startsWith(element.value);
    case 'class':
      return element.stems.has(token.stem);
    case 'words':
      return element.words.has(token.word);
    case 'gap':
    case 'start':
      return true;
  }
}

function matchFrom(pattern: Element[], p: number, tokens: Token[], t: number): boolean {
  const element = pattern[p];
  if (!element) return true;
  if (element.kind === 'start') return t === 0 && matchFrom(pattern, p + 1, tokens, t);
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max && t + skip <= tokens.length; skip++) {
      if (matchFrom(pattern, p + 1, tokens, t + skip)) return true;
    }
    return false;
  }
  const token = tokens[t];
  return token !== undefined && matches(element, token) && matchFrom(pattern, p + 1, tokens, t + 1);
}

/**
 * The concepts present in the words: those with a pattern that occurs. Only the patterns filed
 * under a word the question has are tried (`FAQ_INDEX.anchored`), with the few that need none.
 */
function conceptsIn(tokens: Token[]): Set<Concept> {
  const found = new Set<Concept>();
  const tryPatterns = (cells: readonly string[]) => {
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const concept = cells[i] as Concept;
      if (found.has(concept)) continue;
      const pattern = compiled(cells[i + 1] ?? '');
      if (tokens.some((_, start) => matchFrom(pattern, 0, tokens, start))) found.add(concept);
    }
  };
  const keys = new Set(tokens.flatMap((t) => [t.stem, `=${t.word}`, `~${t.word.slice(0, 2)}`]));
  for (const name of anchorClasses()) {
    const stems = classStems(name);
    if (tokens.some((t) => stems.has(t.stem))) keys.add(`@${name}`);
  }
  for (const key of keys) {
    const line = findLine(FAQ_INDEX.anchored, key, '\t');
    if (line !== undefined) tryPatterns(line.split('\t'));
  }
  tryPatterns(unanchored());
  return found;
}

const unanchored = once(() => FAQ_INDEX.unanchored.split(/[\t\n]/));
const anchorClasses = once(() => FAQ_INDEX.anchorClasses.split('\n'));

const setAside = SET_ASIDE.map((phrase) => phrase.split(' '));
const opensQuestion: ReadonlySet<string> = new Set(OPENS_QUESTION);
const turns: ReadonlySet<string> = new Set(TURNS);
const asks: ReadonlySet<string> = new Set(ASKS);
const elsewhere: ReadonlySet<Concept> = new Set(ELSEWHERE);

/**
 * Where the question itself starts when the person sets the rest aside (`explicit`) or turns to
 * it after a turn (`TURNS`: "but", "so"): the index of the token after the last such turn, or 0.
 */
function focusOf(tokens: readonly Token[]): { start: number; explicit: boolean } {
  let focus = { start: 0, explicit: false };
  const at = (i: number, words: readonly string[]) =>
    words.every((word, k) => tokens[i + k]?.word === word);
  tokens.forEach((token, i) => {
    const aside = setAside.find((words) => at(i, words));
    if (aside) focus = { start: i + aside.length, explicit: true };
    else if (turns.has(token.word) && opensQuestion.has(tokens[i + 1]?.word ?? ''))
      focus = { start: i + 1, explicit: false };
  });
  return focus;
}

/**
 * Every FAQ with its score, best first (ties keep the FAQ order). When the person sets some
 * background aside ("she's seeing someone, but that's not what i'm asking: how long..."), only
 * the rest is scored. After a turn ("we stayed friends, but now she won't answer", "she's seeing
 * someone new, so should I offer to be friends?"), the rest is scored alone when it answers on its
 * own, unless the question had asked already before the turn ("how long should i wait, but what if
 * he's with someone?"). Either way, words that put the question on someone else count wherever
 * they are.
 *
 * A story (three sentences or more) is answered as its last sentence asks: the story names many
 * topics on the way (a new partner, the waiting, whose fault it was), the ask names the one that
 * matters. An ask that answers on its own is the answer; one that leans towards some FAQs lets only
 * those answer from the whole story. An ask about something else, with no lean towards any FAQ and
 * two words or more outside the FAQs' vocabulary, or words that put it on someone or something
 * else ("...how do I set that boundary with her", "how should I train for a half marathon"), gets
 * none. Any other ask ("how am I supposed to deal with this?", "what should I do?") leaves the
 * story to be scored whole.
 */
export function scoreFaqs(question: string): FaqScore[] {
  const tokens = tokenize(question);
  const whole = conceptsIn(tokens);
  const ask = askOf(question);
  if (ask === null) return scoreTokens(tokens, whole);
  const own = conceptsIn(ask);
  const asked = scoreTokens(ask, new Set([...own, ...elsewhereIn(whole)]));
  if ((asked[0]?.score ?? 0) >= MATCH_THRESHOLD) return asked;
  const leaning = new Set(asked.filter((s) => s.score >= SUGGEST_THRESHOLD).map((s) => s.id));
  if (leaning.size > 0) return scoreTokens(tokens, whole).filter((s) => leaning.has(s.id));
  const foreign = ask.filter((t) => /^[a-z]{3,}$/.test(t.word) && !askedIn(t.stem));
  return elsewhereIn(own).length > 0 || foreign.length >= 2 ? [] : scoreTokens(tokens, whole);
}

/** The concepts found that put a question on someone or something else (`ELSEWHERE`). */
const elsewhereIn = (found: ReadonlySet<Concept>): Concept[] =>
  [...found].filter((c) => elsewhere.has(c));

/** A stem the FAQs are asked in (`FaqIndex.askedIn`). */
const askedIn = (stem: string): boolean => findLine(FAQ_INDEX.askedIn, stem, '\t') !== undefined;

/** Where a question's sentences part: after a full stop, question or exclamation mark, or a line break. */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;
const genericAsks = GENERIC_ASKS.map((phrase) => phrase.split(' '));

/**
 * What a story asks: its last sentence that asks (a question mark, or a question's first word:
 * "is there a way to stop it repeating"), or its last sentence when none does ("...please help, I
 * don't know what to do with myself" asks all the same). A sign-off after the question ("Thanks in
 * advance.", "Sorry for the long message.") is not the ask. Its words, or null for a question of
 * one or two sentences and for a story whose ask is generic ("what should I do?").
 */
function askOf(question: string): Token[] | null {
  const sentences = question
    .slice(0, MAX_CHARS)
    .split(SENTENCE_BREAK)
    .filter((sentence) => /[a-z]/i.test(sentence))
    .map((text) => ({ text, tokens: tokenize(text) }));
  if (sentences.length < 3) return null;
  // A question asked without its mark still asks: "is there a way to stop it repeating".
  const asking = ({ text, tokens }: (typeof sentences)[number]) =>
    text.trimEnd().endsWith('?') || asks.has(tokens[0]?.word ?? '');
  const last = sentences[sentences.length - 1];
  const ask = (last && asking(last) ? last : sentences.filter(asking).pop()) ?? last;
  const words = ask?.tokens.map((t) => t.word) ?? [];
  const generic = genericAsks.some(
    (phrase) => phrase.length >= words.length - 1 && phrase.every((w, i) => words[i] === w),
  );
  return generic || words.length < 2 ? null : (ask?.tokens ?? null);
}

/** The scores of one stretch of words, with the focus rule of `scoreFaqs`. */
function scoreTokens(tokens: readonly Token[], whole: ReadonlySet<Concept>): FaqScore[] {
  const { start, explicit } = focusOf(tokens);
  if (start === 0) return scoreConcepts(whole);
  const others = elsewhereIn(whole);
  const part = (from: number, to?: number) =>
    scoreConcepts(new Set([...conceptsIn(tokens.slice(from, to)), ...others]));
  const focused = part(start);
  if (explicit) return focused;
  if (asks.has(tokens[0]?.word ?? '')) {
    const asked = part(0, start);
    if ((asked[0]?.score ?? 0) >= MATCH_THRESHOLD) return asked;
  }
  return (focused[0]?.score ?? 0) >= MATCH_THRESHOLD ? focused : scoreConcepts(whole);
}

/** Every FAQ scored by the rules on the concepts found, best first. */
function scoreConcepts(found: ReadonlySet<Concept>): FaqScore[] {
  const scores = FAQ_IDS.map((id): FaqScore => {
    const fired = RULES.filter(
      (rule) =>
        rule.faq === id &&
        rule.all.every((c) => found.has(c)) &&
        !(rule.none ?? []).some((c) => found.has(c)),
    ).sort((a, b) => b.weight - a.weight);
    const [top] = fired;
    // A second cue adds a little confidence, but only one built on a concept the first lacks.
    const extra = fired.find((rule) => rule.all.some((c) => !top?.all.includes(c)));
    const first = top?.weight ?? 0;
    const score = first + (1 - first) * 0.3 * (extra?.weight ?? 0);
    return { id, score: Math.round(score * 1000) / 1000 };
  });
  return scores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
}

export function matchFaq(question: string): FaqMatch {
  const ranked = scoreFaqs(question);
  const [top, ...rest] = ranked;
  if (!top || top.score < MATCH_THRESHOLD) {
    return {
      match: null,
      alternatives: ranked.filter((s) => s.score >= SUGGEST_THRESHOLD).slice(0, 2),
    };
  }
  const alternatives = rest
    .filter((s) => s.score >= SUGGEST_THRESHOLD && top.score - s.score <= CLOSE_MARGIN)
    .slice(0, 2);
  return { match: top, alternatives };
}
