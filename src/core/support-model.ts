/**
 * The learned part of the broad support tier: a logistic model per flag over the words of a
 * sentence and the pairs of adjacent words, with weights fitted on labelled phrases
 * (`support-model-weights.ts`). Hand-written concepts (`support-concepts.ts`) catch what someone
 * thought of; the model spreads evidence over every word it has seen in crisis, danger or ordinary
 * notes ("the dose" weighs towards crisis, "recipe" against), so new wording of a known idea
 * still scores. It reads the same spans as the concept scorer, in windows of words, and only ever
 * adds alarms.
 *
 * Words are cut to a rough stem (`stem`) so "counting" and "counted" share a weight. A window's
 * score is the bias plus the weights of its features; a note alarms when a window that names the
 * right people scores above the flag's threshold, raised a little for long notes. The weights are
 * data: refitting them needs the trainer, and this file's feature rules must match the trainer's.
 */
import { WORD_CLASSES } from './support-concepts.js';
import { MODEL_WEIGHTS } from './support-model-weights.js';
import { findLine, type SortedLines } from './sorted-lines.js';

/** The flags in `netFlags` order. */
const FLAGS = ['crisis', 'safety'] as const;

/** A rough stem: "counting", "counted", "counts" -> "count". */
export function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.length > 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * Closed-class words (pronouns, auxiliaries, prepositions, conjunctions) carry no weight alone,
 * only in pairs ("i_have", "hit_me"): otherwise the model leans on how often a kind of note says
 * "i" or "would", and any chatty message sounds like a crisis. Who acts on whom still counts
 * alone (`PERSONS`).
 */
const FUNCTION_WORDS = new Set(
  `i me my myself mine you your yours he him his she her hers it its we us our they them their
  a an the this that these those there here what which who whom whose when where why how
  am is are was were be been being have has had do does did will would can could should shall
  may might must to of in on at for with from by about into onto over under up out off down
  and but or so if as than then because just really very too also even still not no all some
  any every each`.split(/\s+/),
);
const PERSONS = new Set(['he', 'she', 'they', 'me', 'myself']);

/**
 * Word classes the model also reads as features ("@pills", "@pills_aside"), so a word it never
 * saw in training ("codeine", "pension") still weighs like the others of its kind.
 */
const CLASS_LISTS: Readonly<Record<string, string>> = {
  pills: WORD_CLASSES.pills ?? '',
  high: WORD_CLASSES.high ?? '',
  road: WORD_CLASSES.road ?? '',
  water: WORD_CLASSES.water ?? '',
  sharp: WORD_CLASSES.sharp ?? '',
  kin: WORD_CLASSES.family ?? '',
  pet: WORD_CLASSES.pet ?? '',
  affairs:
    'paperwork/documents/papers/deeds/solicitor/pension/insurance/bank/account/accounts/savings/password/passwords/passcode/passcodes/login/logins/bills/rent/lease/mortgage/subscription/subscriptions/contract/netflix/spotify/logbook/council/electric/electricity/payments/instructions/letters/notes/note/letter/will',
  day: 'tonight/tomorrow/weekend/monday/tuesday/wednesday/thursday/friday/saturday/sunday/payday/date',
  tie: 'rope/belt/cord/noose/scarf/cable/hook/beam/banister/rafter/rafters/hatch/ligature',
};
const CLASS_OF = new Map<string, string>();
for (const [name, list] of Object.entries(CLASS_LISTS))
  for (const word of list.split('/')) if (!word.endsWith('*')) CLASS_OF.set(word, `@${name}`);
/** "will" is a class word only as a noun: "my will", "the will". */
const classOf = (word: string, before: string | undefined): string | undefined =>
  word === 'will' && before !== 'my' && before !== 'the' ? undefined : CLASS_OF.get(word);

/**
 * The features of a span of canonical words: stems, adjacent pairs within a clause, and the
 * classes of class words with their neighbours ("@pills", "put_@pills", "@pills_aside").
 */
export function modelFeatures(words: readonly string[]): Set<string> {
  const stems = words.map((w) => (w === ',' || w === '~' ? '' : stem(w)));
  const features = new Set<string>();
  stems.forEach((s, i) => {
    if (s === '') return;
    if (!FUNCTION_WORDS.has(s) || PERSONS.has(s)) features.add(s);
    const next = stems[i + 1];
    if (next !== undefined && next !== '') features.add(`${s}_${next}`);
    const cls = classOf(words[i] ?? '', words[i - 1]);
    if (cls === undefined) return;
    features.add(cls);
    const before = stems[i - 1];
    if (before !== undefined && before !== '') features.add(`${before}_${cls}`);
    if (next !== undefined && next !== '') features.add(`${cls}_${next}`);
  });
  return features;
}

/** Each flag's "feature weight" lines, trimmed once where they are text. */
const LINES: (SortedLines | undefined)[] = [];

/**
 * A flag's weight for one feature, 0 if it has none. The lines are sorted by feature (in code-unit
 * order, as the trainer writes them), so a binary search over the text finds it: nothing is built
 * on load, where a map of every feature cost each run that checks a note 10-15 ms.
 */
export function modelWeight(flag: number, feature: string): number {
  const weights = MODEL_WEIGHTS[FLAGS[flag] ?? 'crisis'].weights;
  const lines = (LINES[flag] ??= typeof weights === 'string' ? weights.trim() : weights);
  const weight = findLine(lines, feature, ' ');
  return weight === undefined ? 0 : Number(weight);
}

/** The model's logit for flag 0 (crisis) or 1 (safety) on one window of words. */
export function modelScore(flag: number, words: readonly string[]): number {
  let score = MODEL_WEIGHTS[FLAGS[flag] ?? 'crisis'].bias;
  for (const feature of modelFeatures(words)) score += modelWeight(flag, feature);
  return score;
}

/**
 * How much the threshold rises, per flag, with the log of the number of windows in a note: a long
 * note gives a chance alarm more windows to happen in. Crisis asks less: a diary note that
 * mentions its plan between the shopping and the telly must still alarm.
 */
const LENGTH_PENALTY = [0.25, 0.5];

/** The writer, named. */
export const SELF: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', 'mine']);
/**
 * Words that open a note whose subject is the writer: past tenses with the subject dropped ("left a
 * note for mum"), and "please", the writer asking ("please make sure the cat gets fed").
 */
const DROPPED = new Set(
  'left/made/got/put/took/gave/went/sent/told/said/bought/kept/keep/wrote/found/set/paid/sold/spent/did/had/felt/saw/rang/ran/sat/stood/drove/hid/threw/cut/burnt/began/brought/caught/chose/fed/held/knew/lost/meant/met/read/slept/swam/taught/tore/woke/been/finally/already/just/still/also/please'.split(
    '/',
  ),
);
/** Whether words drop their subject ("sorted the paperwork", "been saving"): then they are the writer's. */
export function dropsSubject(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  return DROPPED.has(first) || (first.length > 4 && /(?:ed|ing)$/.test(first));
}
/** What "does anyone else ..." asks when it is about feeling like the writer. */
const ASKS = new Set('feel/feels/think/ever/get/wish/want/find/wonder/sometimes/just'.split('/'));
/**
 * "Does anyone else feel like their family would be better off": a question about people like the
 * writer is about the writer.
 */
export const asksOthers = (words: readonly string[]): boolean =>
  words.some(
    (w, i) =>
      (w === 'anyone' || w === 'anybody') &&
      words[i + 1] === 'else' &&
      ASKS.has(words[i + 2] ?? ''),
  );
/** Questions that name nobody: "how high", "is it normal". */
const QUESTIONS = new Set('how/what/which/why/whats/is/does'.split('/'));
/** Modals a writer opens with, "not" after, dropping "i": "can't picture being here in may". */
const MODALS = new Set('can/will/do/does/did/could/would/should'.split('/'));
/** Someone else as the subject: "he", "she", "they". */
export const THIRD: ReadonlySet<string> = new Set(['he', 'she', 'they']);
/**
 * Someone else in the sentence: then it may be about them ("there's no reason to stay with him").
 * The concept scorer (`support-net.ts`) reads the same set.
 */
export const OTHERS: ReadonlySet<string> = new Set([
  ...THIRD,
  'his',
  'her',
  'him',
  'them',
  'their',
]);
/** Words that open what happened to the writer: "is it normal to not want to wake up since she left". */
const CAUSES = new Set('since/after/because/cos/cause/till/until'.split('/'));
/** Anyone at all: "they" after one of these is them ("for someone to be found if they live alone"). */
const ANYONE = new Set('someone/somebody/anyone/anybody/person/people/one'.split('/'));

/**
 * Whether a whole sentence speaks for the writer without naming them (a window starting inside
 * one opens nothing):
 * - it drops its "i" before a negated modal: "can't picture being here in september";
 * - it asks impersonally and names no one else as its subject: "how high does a building need to
 *   be to not survive the fall", "honest question: how long until someone is found if they live
 *   alone", "what's the point of a future that was supposed to have him in it" (to the model);
 * - it opens with "there is" and names no one but the one the writer is without: "there's no
 *   point staying alive without her";
 * - someone named just after "since", "after" or "because" is what happened, not the subject:
 *   "is it normal to not want to wake up since she left".
 * A question read by the word model (`model`) only stops at a he, she or they as its subject;
 * elsewhere any him, her or them stops it ("there's no reason to stay with him").
 * Written by someone after a breakup, such a sentence is about the writer, as with "i".
 */
export function speaksForWriter(
  sentence: readonly string[],
  reader: 'concepts' | 'model',
): boolean {
  if (MODALS.has(sentence[0] ?? '') && sentence[1] === 'not') return true;
  // After a lead-in: "honest question, how long ...".
  const opening = sentence[1] !== 'question' ? 0 : sentence[2] === ',' ? 3 : 2;
  const first = sentence[opening] ?? '';
  if (!QUESTIONS.has(first) && first !== 'there') return false;
  const others = reader === 'model' && first !== 'there' ? THIRD : OTHERS;
  let anyone = false;
  return sentence.every((w, i) => {
    if (ANYONE.has(w)) anyone = true;
    const aside = sentence[i - 1] ?? '';
    return !others.has(w) || (w === 'they' && anyone) || aside === 'without' || CAUSES.has(aside);
  });
}
/**
 * Everyone a note can name who is not the writer: the agent words ("he", "my ex", "his brother")
 * and first names. The concept scorer (`support-net.ts`) and the trainer read the same set.
 */
export const PEOPLE: ReadonlySet<string> = new Set(
  `${WORD_CLASSES.agent ?? ''}/${WORD_CLASSES.names ?? ''}`.split('/'),
);
/**
 * Whom a window must name before the model may read it: the writer for crisis ("thought you'd
 * want to know" is about nobody in danger), the writer or another person for safety. A crisis
 * window in a note that names nobody at all is read too, against a higher bar (`UNNAMED_MARGIN`).
 */
/** Anyone a note can speak of besides the writer and the people in `PEOPLE` and `OTHERS`. */
const ANYONE_ELSE = new Set(
  'you/your/we/our/us/someone/somebody/anyone/people/everyone'.split('/'),
);
/**
 * How much more a crisis window that names nobody must score, in a note that names nobody but at
 * most the writer: "razor blades are out on the edge of the bath", "in the garage now, car
 * running, door shut". Such a note is the writer's scene; the margin keeps plain scenes ("sorry
 * in advance for the long journal entry") quiet.
 */
const UNNAMED_MARGIN = 0.4;
const NAMES = [
  (words: readonly string[]): boolean =>
    words.some((w) => SELF.has(w)) || dropsSubject(words) || asksOthers(words),
  (words: readonly string[]): boolean => words.some((w) => SELF.has(w) || PEOPLE.has(w)),
];

/**
 * Whether the model alarms for flag 0 (crisis) or 1 (safety) on the windows of one note. `writers`
 * marks the windows that speak for the writer without naming them (`speaksForWriter`), which the
 * crisis model reads as the writer's.
 */
export function modelAlarms(
  flag: number,
  windows: readonly (readonly string[])[],
  writers: readonly boolean[] = [],
): boolean {
  const model = MODEL_WEIGHTS[FLAGS[flag] ?? 'crisis'];
  const names = NAMES[flag];
  if (names === undefined || windows.length === 0) return false;
  const bar = model.threshold + (LENGTH_PENALTY[flag] ?? 0.5) * Math.log(windows.length);
  const unnamed =
    flag === 0 &&
    !windows.some((words) =>
      words.some((w) => PEOPLE.has(w) || OTHERS.has(w) || ANYONE_ELSE.has(w)),
    );
  return windows.some((words, i) =>
    names(words) || (flag === 0 && writers[i] === true)
      ? modelScore(flag, words) > bar
      : unnamed && modelScore(flag, words) > bar + UNNAMED_MARGIN,
  );
}
