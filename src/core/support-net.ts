/**
 * The broad tier of `detectSupport`, for what people write instead of the usual phrases. It runs
 * on the canonical text of `support.ts` (one sentence a line) only for a flag the rules did not
 * raise, and has two parts that each may raise it:
 *
 * 1. A concept scorer. The lexicons of `support-concepts.ts` (in the phrase language of
 *    `support-lexicon.ts`) mark where a concept occurs and how strongly; within a window of words:
 *    - crisis alarms when the writer is in it ("i", "my", or nobody else named) and concepts of an
 *      ending, a burden, a means, research, preparations, resolve, hopelessness, self-injury or
 *      death add up: one near-explicit phrase, or a telling one beside another concept, one of
 *      which must set a crisis apart from ordinary sadness;
 *    - safety alarms when another person ("he", "my ex", "his brother", "emma") named before it
 *      harms, threatens, controls or watches the writer, when the writer fears them, or when the
 *      writer plans an escape or hides what happened; who did it is read in `support-doer.ts`.
 *    Light, everyday words nearby ("lol", "fun", "holiday") ask for a near-explicit phrase.
 * 2. A learned word model (`support-model.ts`), scored on each sentence or window of words.
 *
 * Harmless uses of alarming words ("flu shot", "cut my hair") are blanked first (`blankHarmless`,
 * which the rule tier uses too), word by word, so they never hide a signal beside them.
 */
import {
  CRISIS_CONCEPTS,
  HARMLESS,
  LIGHT_WORDS,
  SAFETY_CONCEPTS,
  WORD_CLASSES,
  type Weighted,
} from './support-concepts.js';
import { Lexicon, type LexiconIndex, type ValueCodec } from './support-lexicon.js';
import { LEXICON_INDEX } from './support-lexicon-index.js';
import {
  BYSTANDERS,
  POSSESSIVES,
  agentLed,
  byWriter,
  namesDoer,
  saidAfter,
  saidBefore,
  words,
  type Hit,
  type Tag,
} from './support-doer.js';
import {
  PEOPLE as AGENTS,
  OTHERS,
  SELF,
  THIRD,
  asksOthers,
  dropsSubject,
  speaksForWriter,
  modelAlarms,
} from './support-model.js';

const entries = (concepts: Readonly<Record<string, Weighted>>): [string, Tag][] =>
  Object.entries(concepts).flatMap(([concept, weighted]) =>
    Object.entries(weighted).flatMap(([weight, phrases]) =>
      phrases.map((phrase): [string, Tag] => [phrase, { concept, weight: Number(weight) }]),
    ),
  );

/** The phrases of the three lexicons, each with what a match of it means. */
export function lexiconPhrases(): {
  crisis: [string, Tag][];
  safety: [string, Tag][];
  harmless: (readonly [string, null])[];
} {
  return {
    crisis: entries(CRISIS_CONCEPTS),
    safety: entries(SAFETY_CONCEPTS),
    harmless: HARMLESS.map((p) => [p, null] as const),
  };
}

/** A concept tag in an index cell: "means:3". */
const TAG: ValueCodec<Tag> = {
  write: ({ concept, weight }) => `${concept}:${weight}`,
  read: (cell) => {
    const colon = cell.lastIndexOf(':');
    return { concept: cell.slice(0, colon), weight: Number(cell.slice(colon + 1)) };
  },
};
/** The harmless lexicon's phrases carry no value. */
const NO_VALUE: ValueCodec<null> = { write: () => '', read: () => null };

/** Each lexicon's index, written afresh from its phrases (for `support-lexicon-index.ts`). */
export function writeLexiconIndexes(): Record<keyof typeof LEXICON_INDEX, LexiconIndex> {
  const phrases = lexiconPhrases();
  return {
    crisis: new Lexicon(phrases.crisis, WORD_CLASSES).writeIndex(TAG),
    safety: new Lexicon(phrases.safety, WORD_CLASSES).writeIndex(TAG),
    harmless: new Lexicon(phrases.harmless, WORD_CLASSES).writeIndex(NO_VALUE),
  };
}

/**
 * The lexicons, on first use rather than at import, read from the index written with the word
 * model (`support-lexicon-index.ts`, by `npm run train:support-model`): indexing their phrases
 * here instead took 15-20 ms of every run that checks a note, and the index holds each phrase's
 * concept and weight, so a run loads neither the phrases nor anything built from them (a smaller
 * bundle: about 5 ms less for `faq` and a check-in). The build stops on an index out of date with
 * the phrases or word classes (scripts/support-model/check-index.mjs), and a unit test fails.
 */
let compiled: { crisis: Lexicon<Tag>; safety: Lexicon<Tag>; harmless: Lexicon<null> } | undefined;
export function lexicons(): NonNullable<typeof compiled> {
  compiled ??= {
    crisis: Lexicon.read(LEXICON_INDEX.crisis, TAG, WORD_CLASSES),
    safety: Lexicon.read(LEXICON_INDEX.safety, TAG, WORD_CLASSES),
    harmless: Lexicon.read(LEXICON_INDEX.harmless, NO_VALUE, WORD_CLASSES),
  };
  return compiled;
}

const LIGHT = words(LIGHT_WORDS);
/** Concepts of ordinary sadness too ("it's over", "so tired"): never enough on their own. */
const SAD = ['ending', 'hopeless'];
/** Concepts that set a crisis apart from sadness: a means, a plan, a burden, self-injury. */
const MARKED = [
  'burden',
  'means',
  'hoard',
  'linger',
  'affairs',
  'research',
  'prep',
  'resolve',
  'injury',
  'death',
  'thoughts',
];
const CORE = [...SAD, ...MARKED];
const HARMS = ['harm', 'threat', 'control', 'surveil', 'fear', 'coerced'];
const DONE_BY_OTHERS = ['harm', 'threat', 'control', 'surveil'];

/**
 * Concepts meet within this many words; two sentences are read together below SHORT words, or when
 * the second, of up to NAMING words, names the doer of the first (`namesDoer`).
 */
const WINDOW = 24;
const SHORT = 12;
const NAMING = 16;
/** How far before a long sentence's window the writer may be named and still speak in it. */
const LEAD = 8;

/** The words of a canonical sentence with harmless idioms replaced by `~`. */
function blankedWords(sentence: string): string[] {
  const list = sentence.split(' ').filter((w) => w !== '');
  for (const { start, end } of lexicons().harmless.matches(list)) list.fill('~', start, end);
  return list;
}

/** A canonical sentence with harmless uses of alarming words ("a hit song") blanked out. */
export function blankHarmless(sentence: string): string {
  return blankedWords(sentence).join(' ');
}

/** Light, everyday words in a span; "kind of" is a hedge, not kindness. */
const light = (span: readonly string[]): boolean =>
  span.some((w, i) => LIGHT.has(w) && !(w === 'kind' && span[i + 1] === 'of'));

/** Concepts whose telling phrases, said twice, are as good as a near-explicit one. */
const REPEATABLE = new Set([
  'ending',
  'burden',
  'prep',
  'hoard',
  'resolve',
  'hopeless',
  'injury',
  'thoughts',
  'fear',
  'threat',
  'escape',
  'conceal',
  'coerced',
]);

/**
 * A concept's score: its heaviest hit, one more (at most 3) for a repeatable concept when two of
 * its hits do not overlap ("disappear ... and never come back").
 */
function scores(hits: readonly Hit[]): Map<string, number> {
  const byConcept = new Map<string, Hit[]>();
  for (const hit of hits)
    byConcept.set(hit.value.concept, [...(byConcept.get(hit.value.concept) ?? []), hit]);
  const result = new Map<string, number>();
  for (const [concept, list] of byConcept) {
    const heaviest = Math.max(...list.map((h) => h.value.weight));
    const apart = REPEATABLE.has(concept) && list.some((a) => list.some((b) => b.start >= a.end));
    result.set(concept, Math.min(3, heaviest + (apart ? 1 : 0)));
  }
  return result;
}

const sum = (score: ReadonlyMap<string, number>, concepts: readonly string[]): number =>
  concepts.reduce((total, c) => total + (score.get(c) ?? 0), 0);
const best = (score: ReadonlyMap<string, number>, concepts: readonly string[]): number =>
  Math.max(0, ...concepts.map((c) => score.get(c) ?? 0));

/** Sadness said of someone else ("he's gone and not coming back"): he, she or they just before. */
function aboutOther(hit: Hit, span: readonly string[]): boolean {
  // "he said i am nothing without him": the phrase itself names the writer.
  if (SELF.has(span[hit.start] ?? '')) return false;
  for (let i = hit.start - 1; i >= Math.max(0, hit.start - 4); i -= 1) {
    const word = span[i] ?? '';
    if (SELF.has(word)) return false;
    if (THIRD.has(word)) return true;
  }
  return false;
}

/**
 * Whether the writer is the subject: they name themselves, or a clause drops its subject ("sorted
 * the paperwork"), at the start, after a comma, or after a one-word fragment ("empty. said my
 * goodbyes": short fragments join the next sentence).
 */
function writerNamed(span: readonly string[]): boolean {
  // An everyday idiom blanked at the start was the writer's own clause ("said goodbye to everyone
  // at work ... in a way they won't understand until later").
  if (span[0] === '~') return true;
  // "the urge tonight was to ...": the urges this app asks about are the writer's.
  if (span[0] === 'the' && URGES.has(span[1] ?? '')) return true;
  if (span.some((w) => SELF.has(w)) || dropsSubject(span) || asksOthers(span)) return true;
  for (let i = 0; i < span.length - 1; i += 1) {
    if (span[i] === ',' && dropsSubject(span.slice(i + 1))) return true;
  }
  const first = span[0] ?? '';
  const opensWithSomeone = SUBJECTS.has(first) || OTHERS.has(first) || AGENTS.has(first);
  return !opensWithSomeone && dropsSubject(span.slice(1));
}

function crisisAlarm(hits: readonly Hit[], span: readonly string[], writer: boolean): boolean {
  const named = writerNamed(span) || writer;
  const score = scores(hits.filter((h) => !aboutOther(h, span) || !SAD.includes(h.value.concept)));
  const explicit = best(score, MARKED) >= 3;
  // Someone else in a sentence that does not name the writer may be who it is about, unless they
  // only own something or are the object beside a near-explicit sign ("his wedding photos -
  // checked how high the car park roof is", "one last text to her, then end it").
  const aside = (w: string, i: number) => POSSESSIVES.has(w) || OBJECT_AFTER.has(span[i - 1] ?? '');
  if (!named && span.some((w, i) => OTHERS.has(w) && !(explicit && aside(w, i)))) return false;
  if (explicit) return true;
  if (light(span)) return false;
  if (best(score, SAD) >= 3) return true;
  // Otherwise concepts must meet, and one of them must set a crisis apart from sadness.
  const marked = MARKED.filter((c) => score.has(c)).length;
  const distinct = CORE.filter((c) => score.has(c)).length + (score.has('time') ? 1 : 0);
  const total = sum(score, [...CORE, 'time']);
  if (best(score, MARKED) >= 2 && total >= 3 && distinct >= 2) return true;
  return marked >= 2 && total >= 4;
}

/** Words that open a sentence with its subject; other openings ("took my phone") drop "he". */
const SUBJECTS = words(
  'i/we/you/it/this/that/there/the/a/an/my/our/your/me/so/and/but/then/mum/mom/dad/sister/brother/sis/bro/cousin/nan/gran/grandma/grandad/granddad/grandpa/uncle/aunt/auntie/bestie/friend/mate/boss/flatmate/roommate',
);
/**
 * Words after which "him" or "her" is only an object: "one last text to her, then end it" still
 * speaks for the writer who dropped their "i".
 */
const OBJECT_AFTER = words('to/for/with/at/about/from/without/than');
const URGES = words('urge/urges/pull/impulse');
/** Words before "you" that open a request: "can you take the kids after school". */
const ASKING = words('can/could/would/will/please/thank/thanks/love/miss/do/did/are/were');
/** Whom "our" shares with the writer as someone who can be harmed or kept: "our daughter". */
const OURS = words('daughter/son/kids/children/child/baby/boy/girl/boys/girls/dog/cat');

function safetyAlarm(
  hits: readonly Hit[],
  span: readonly string[],
  _writer: boolean,
  /** The whole sentence a long sentence's window was cut from, and where the window starts. */
  whole: Window,
): boolean {
  const all = scores(hits);
  if (best(all, ['escape', 'conceal', 'coerced', 'fear']) >= 3) return true;
  const firstAgent = span.findIndex((w) => AGENTS.has(w));
  if (firstAgent >= 0 && (all.get('fear') ?? 0) >= 2) return true;
  // What another person does: they are named before it, or the sentence drops its subject.
  // "can you take the kids": a request opens with its verb, and the subject follows it.
  const asks = ASKING.has(span[0] ?? '') && span[1] === 'you';
  // "cat is always watching me": a bystander opening the sentence is its subject.
  const dropped = !SUBJECTS.has(span[0] ?? 'i') && !BYSTANDERS.has(span[0] ?? '') && !asks;
  // Whether the writer or another did it is read in the whole sentence: a long sentence's window
  // may start just after "i can" ("so i can take the kids saturday" is an offer, not a threat), or
  // just after "you said" ("you said you would break my jaw if i took the kids ...").
  const { sentence, from } = whole;
  const inSentence = (h: Hit): Hit => ({ ...h, start: h.start + from, end: h.end + from });
  // Words put in someone's mouth, after them or as the whole sentence opens ("he texted : go for
  // custody and i will take them somewhere you will never find them ...", however long).
  const opensQuoted = saidBefore(sentence);
  const quoted = (h: Hit): boolean => opensQuoted || saidAfter(inSentence(h), sentence);
  const done = scores(
    hits.filter(
      (h) =>
        DONE_BY_OTHERS.includes(h.value.concept) &&
        // "i will burn the house down with you in it , he screamed": the "i" is his.
        (!byWriter(inSentence(h), sentence) || quoted(h)) &&
        (dropped || agentLed(inSentence(h), sentence)),
    ),
  );
  // The writer, or the writer with the children ("just watched us", "kept our daughter"); or the
  // "you" of words put in someone's mouth ("watch your back , from her new number").
  const toWriter =
    span.some((w) => w === 'you' || w === 'your') &&
    hits.some((h) => DONE_BY_OTHERS.includes(h.value.concept) && quoted(h));
  const victim =
    toWriter ||
    span.some((w, i) => SELF.has(w) || w === 'us' || (w === 'our' && OURS.has(span[i + 1] ?? '')));
  const top = best(done, HARMS);
  if (top >= 3) return true;
  if (light(span)) return false;
  if (top >= 2 && victim) return true;
  return HARMS.filter((c) => done.has(c)).length >= 2 && sum(done, HARMS) >= 3;
}

/** A window of a sentence: the whole sentence's words, and the index where the window starts. */
interface Window {
  readonly sentence: readonly string[];
  readonly from: number;
}

/** Whether some window of `span` alarms. */
function alarms(
  span: readonly string[],
  hits: readonly Hit[],
  /** `writer`: the span is a whole sentence that speaks for the writer (`speaksForWriter`). */
  alarm: (hits: readonly Hit[], span: readonly string[], writer: boolean, whole: Window) => boolean,
): boolean {
  if (hits.length === 0) return false;
  if (span.length <= WINDOW)
    return alarm(hits, span, speaksForWriter(span, 'concepts'), { sentence: span, from: 0 });
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  let stop = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const from = sorted[i]?.start ?? 0;
    while (stop < sorted.length && (sorted[stop]?.start ?? 0) < from + WINDOW) stop += 1;
    const inWindow = sorted
      .slice(i, stop)
      .map((h) => ({ ...h, start: h.start - from, end: h.end - from }));
    // The writer named just before the window still speaks in it ("parents are gonna kill me
    // anyway so might as well save them the trouble").
    const lead = span.slice(Math.max(0, from - LEAD), from).some((w) => SELF.has(w));
    if (alarm(inWindow, span.slice(from, from + WINDOW), lead, { sentence: span, from }))
      return true;
  }
  return false;
}

/** The model reads a long span in overlapping windows of this many words, as long as a note. */
const MODEL_WINDOW = 16;

/** A long span as overlapping windows of words, so the model weighs a long note locally. */
export function windows(span: readonly string[]): (readonly string[])[] {
  if (span.length <= MODEL_WINDOW) return [span];
  const result: string[][] = [];
  for (let from = 0; from < span.length - MODEL_WINDOW / 2; from += MODEL_WINDOW / 2)
    result.push(span.slice(from, from + MODEL_WINDOW));
  return result;
}

/**
 * The spans the broad tier reads in canonical text: each sentence as words, harmless uses of
 * alarming words blanked, and each pair of adjacent short sentences joined by a comma.
 */
export function spans(text: string): string[][] {
  const sentences = text
    .split('\n')
    .map(blankedWords)
    .filter((s) => s.length > 0);
  return sentences.flatMap((s, i) => {
    const next = sentences[i + 1];
    if (next === undefined) return [s];
    const joined =
      (s.length <= SHORT && next.length <= SHORT) || (next.length <= NAMING && namesDoer(next));
    return joined ? [s, [...s, ',', ...next]] : [s];
  });
}

/**
 * The broad tier on canonical text (one sentence a line): which of [crisis, safety] the concepts
 * or the model raise. `want` says which flags are still worth looking for.
 */
export function netFlags(text: string, want: readonly boolean[]): boolean[] {
  const { crisis, safety } = lexicons();
  const checks = [
    [crisis, crisisAlarm],
    [safety, safetyAlarm],
  ] as const;
  const all = spans(text);
  const modelWindows: (readonly string[])[] = [];
  // A sentence that speaks for the writer is read whole (its one window) or not at all.
  const writers: boolean[] = [];
  for (const span of all) {
    const split = windows(span);
    modelWindows.push(...split);
    for (const _ of split) writers.push(split.length === 1 && speaksForWriter(span, 'model'));
  }
  return checks.map(
    ([lexicon, alarm], flag) =>
      want[flag] === true &&
      (all.some((span) => alarms(span, lexicon.matches(span), alarm)) ||
        modelAlarms(flag, modelWindows, writers)),
  );
}
