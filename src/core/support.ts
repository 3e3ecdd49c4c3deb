/**
 * Support flags for free text the person wrote. `crisis`: language of self-harm or suicide,
 * explicit or implicit. `safety`: fear of, or harm from, another person. Missing a real signal is
 * the worse error, so ambiguous wording alarms unless it is a known everyday idiom.
 *
 * The text is normalised in a few whole-text passes (case, apostrophes, contractions, slang,
 * typos, masked letters) into one sentence a line. One pass over its words finds the cue words of
 * the rules (`support-phrases.ts`); only the sentences holding a cue are matched, only against
 * that cue's rules, and of each rule only the parts whose needed strings the sentence holds, each
 * compiled on first use. Everyday idioms ("this workout is killing me") and harmless uses of
 * alarming words ("a hit song") are blanked out of their own sentence before a match counts, so
 * they never hide a real signal elsewhere in the same note.
 *
 * A broader tier (`support-net.ts`: a concept scorer and a learned word model) then looks for any
 * flag the rules missed, so oblique wording ("i've been giving my things away", "he checks the
 * mileage on my car") still alarms. It reads the text as written; a flag it raises must still
 * hold once idioms are blanked.
 */
import type { SupportFlag } from './model.js';
import { netFlags, spans } from './support-net.js';
import { RULE_LIMIT, SUPPORT_INDEX } from './support-index.js';
import { mayMatch, type Needs, type RuleAlternative } from './rule-needs.js';
import { findLine, linesStartingWith, numberKey as lineKey } from './sorted-lines.js';

export type { SupportFlag };

const FLAGS: readonly SupportFlag[] = ['crisis', 'safety'];
/**
 * A rule as its top-level alternatives, each with the strings a text needs to match it
 * (`rule-needs.ts`) and its regular expression, compiled the first time a text has them all.
 */
interface Alternative {
  readonly source: string;
  readonly needs: Needs;
  pattern?: RegExp;
}
/** Each rule, read from the index the first time a sentence holds one of its cues. */
const RULES: Alternative[][][] = FLAGS.map(() => []);
const {
  censored: CENSORED,
  contractions: CONTRACTIONS,
  maskedLetters: MASKED_LETTERS,
  nextWordFixes: NEXT_WORD_FIXES,
  wordFixes: WORD_FIXES,
} = SUPPORT_INDEX;
const IS_AFTER = new RegExp(SUPPORT_INDEX.isAfter);
const UNMASKED = new RegExp(SUPPORT_INDEX.unmasked);
/** The rules a cue word points at (`SUPPORT_INDEX.cues`), looked up once a process. */
const TARGETS = new Map<string, number[] | undefined>();
function targetsOf(word: string): number[] | undefined {
  if (TARGETS.has(word)) return TARGETS.get(word);
  const line = findLine(SUPPORT_INDEX.cues, word, '\t');
  const targets = line === undefined ? undefined : line.split(' ').map(Number);
  TARGETS.set(word, targets);
  return targets;
}
/**
 * The cue prefixes (two letters or more) and their rules, by their first two letters, read the
 * first time a word starts with them: the lines are sorted, so those of two letters lie together.
 */
const PREFIXES = new Map<string, readonly [string, number[]][]>();
function prefixesOf(word: string): readonly [string, number[]][] {
  const start = word.slice(0, 2);
  let list = PREFIXES.get(start);
  if (list === undefined) {
    const found = linesStartingWith(SUPPORT_INDEX.cuePrefixes, start).map(
      (line): [string, number[]] => {
        const [prefix = '', codes = ''] = line.split('\t');
        return [prefix, codes.split(' ').map(Number)];
      },
    );
    PREFIXES.set(start, (list = found));
  }
  return list;
}
/** The words of canonical text; each is looked up among the cues. */
const WORDS = /[a-z0-9]+/g;

/** Everyday idioms, each compiled the first time a text holds one of its key words. */
const IDIOMS: (RegExp | undefined)[] = [];
const REAL = new RegExp(SUPPORT_INDEX.realSigns);
const TURNS = new RegExp(SUPPORT_INDEX.storyTurns);
/**
 * `text` with its everyday idioms replaced by " ~ ", padded with spaces to the idiom's length: each
 * character keeps its offset, so a stretch of the text can be read in both (words are split on
 * spaces, so the padding changes no word).
 */
function blankIdioms(text: string): string {
  // A note that turns a lookalike into the writer's own story keeps all its idioms.
  if (TURNS.test(text)) return text;
  if (!REAL.test(text)) return blankAll(text);
  // A sentence with a sign that makes its idioms real keeps them (one sentence a line).
  return text
    .split('\n')
    .map((line) => (REAL.test(line) ? line : blankAll(line)))
    .join('\n');
}
const blank = (idiom: string): string => ` ~ ${' '.repeat(Math.max(0, idiom.length - 3))}`;
/** Idioms are multiline: their `^` and `$` are a sentence's ends (one sentence a line). */
function blankAll(text: string): string {
  return SUPPORT_INDEX.idiomKeys.reduce((t, keys, i) => {
    if (!keys.split(' ').some((key) => t.includes(key))) return t;
    const idiom = (IDIOMS[i] ??= new RegExp(
      findLine(SUPPORT_INDEX.idioms, lineKey(i), '\t') ?? '$^',
      'gm',
    ));
    return t.replace(idiom, blank);
  }, text);
}

/** A fix of one or more words, which may hold only before certain next words. */
interface WordFix {
  readonly words: string;
  /** The next words it needs (`*`: any), or null for none. */
  readonly next: ReadonlySet<string> | '*' | null;
  readonly fix: string;
}
/**
 * The fixes of several words, and those that depend on the next word, by their first word: those
 * with no condition first (longest first), then the others in the order they are written.
 */
let fixesByFirst: Map<string, WordFix[]> | undefined;
function fixesStartingWith(word: string): readonly WordFix[] | undefined {
  if (fixesByFirst === undefined) {
    fixesByFirst = new Map();
    const ordered = [
      ...NEXT_WORD_FIXES.filter(([, next]) => next.length === 0).sort(
        ([a], [b]) => b.length - a.length,
      ),
      ...NEXT_WORD_FIXES.filter(([, next]) => next.length > 0),
    ];
    for (const [words, next, fix] of ordered) {
      const first = words.split(' ')[0] ?? words;
      const list = fixesByFirst.get(first) ?? [];
      list.push({
        words,
        next: next.length === 0 ? null : next.includes('*') ? '*' : new Set(next),
        fix,
      });
      fixesByFirst.set(first, list);
    }
  }
  return fixesByFirst.get(word);
}
/** Canonical text's words, as a regular expression's `\b` sees them. */
const WORD_CHARS = /[a-z0-9_]+/g;
const isWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/** Where the word starting at `at` ends (`at` itself if none starts there). */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end += 1;
  return end;
}

/** Whether `fix` is written at `at` in `text` as whole words, before a next word it needs. */
function fixAt(text: string, at: number, fix: WordFix): boolean {
  if (!text.startsWith(fix.words, at)) return false;
  const end = at + fix.words.length;
  if (fix.next === null) return wordEnd(text, end) === end;
  if (text.charAt(end) !== ' ') return false;
  if (fix.next === '*') return end + 1 < text.length && !/\s/.test(text.charAt(end + 1));
  const next = text.slice(end + 1, wordEnd(text, end + 1));
  return next !== '' && fix.next.has(next);
}

/**
 * Slang, typos and fixes that depend on the next word ("hell kill" is "he'll kill"), in one pass
 * over the words: at each word, a fix of several words first, then of the word alone, then one
 * that holds only before certain next words. A fix's own words are not looked at again. (A
 * regular expression of all 240 fixes did the same, but took a millisecond to compile on a run's
 * first note.)
 */
export function fixWords(text: string): string {
  let out = '';
  let last = 0;
  WORD_CHARS.lastIndex = 0;
  for (let m = WORD_CHARS.exec(text); m !== null; m = WORD_CHARS.exec(text)) {
    const [word] = m;
    const at = m.index;
    const fixes = fixesStartingWith(word);
    const found =
      fixes?.find((f) => f.next === null && fixAt(text, at, f)) ??
      (Object.hasOwn(WORD_FIXES, word) ? { words: word, fix: WORD_FIXES[word] ?? word } : null) ??
      fixes?.find((f) => f.next !== null && fixAt(text, at, f));
    if (!found) continue;
    out += text.slice(last, at) + found.fix;
    last = at + found.words.length;
    WORD_CHARS.lastIndex = last;
  }
  return last === 0 ? text : out + text.slice(last);
}

const MARKS = /[\u0300-\u036f]/g;
/** Terminal escape sequences (colours, titles) pasted along with the text. */
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /(?:\u001b\[|\u009b)[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\n]{0,200}(?:\u0007|\u001b\\)?/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u00b4\u0060\u2032\uff07]/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;
const BREAKS = '.!?;:\\n\\r\\u0085\\u2028\\u2029\\u3002\\u061f\\u06d4';
const SENTENCE_BREAKS = new RegExp(`[${BREAKS}]+`, 'g');
const OTHER_MARKS = new RegExp(`[^a-z0-9' ,${BREAKS}]+`, 'g');
/** "k1ll", "su1c1de", "k*ll myself": letters hidden behind digits, symbols or asterisks. */
const MASK = /[0-9@$*!][a-z0-9]/g;

function unmask(token: string): string {
  const letters = token.replace(/[0-9@$!]/g, (c) => MASKED_LETTERS[c] ?? c);
  if (letters.includes('*')) {
    const shape = new RegExp(`^${letters.replace(/[^a-z*]/g, '').replace(/\*+/g, '[a-z]{1,3}')}$`);
    return CENSORED.find((w) => shape.test(w)) ?? token;
  }
  return UNMASKED.test(letters) ? letters : token;
}

/** Each word holding a digit or symbol, unmasked when that reveals a word that matters. */
function unmaskAll(text: string): string {
  const isTokenChar = (i: number): boolean => /[a-z0-9@$!*]/.test(text.charAt(i));
  let out = '';
  let last = 0;
  MASK.lastIndex = 0;
  for (let m = MASK.exec(text); m !== null; m = MASK.exec(text)) {
    let start = m.index;
    while (start > last && isTokenChar(start - 1)) start -= 1;
    let end = m.index + 1;
    while (end < text.length && isTokenChar(end)) end += 1;
    const token = text.slice(start, end);
    out +=
      text.slice(last, start) + (/[a-z]/.test(token) ? unmask(token.replace(/!+$/, '')) : token);
    last = end;
    MASK.lastIndex = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Apostrophes that are not part of a word dropped, and contractions written out (only text with an
 * apostrophe needs it: each expression costs a compile on a run's first note).
 */
function withoutContractions(text: string): string {
  return (
    text
      .replace(/(?<![a-z])'|'(?![a-z])/g, ' ')
      .replace(/n't\b/g, ' not')
      .replace(/'(m|re|ve|ll|d)\b/g, (_, suffix: string) => CONTRACTIONS[suffix] ?? ' ')
      // "he's been", "someone's got": "has", whoever comes before it ("he's had" stays as the word
      // model learned it).
      .replace(/'s(?= (?:been|got|gotten)\b)/g, ' has')
      .replace(/'s\b/g, (match: string, at: number, all: string) =>
        IS_AFTER.test(all.slice(Math.max(0, at - 12), at)) ? ' is' : match,
      )
  );
}

/** The text as one canonical sentence a line, in the form the phrase lists are written for. */
function canonical(text: string): string {
  let t = text.toLowerCase();
  if (t.includes('\u001b') || t.includes('\u009b')) t = t.replace(ESCAPES, ' ');
  if (NON_ASCII.test(t)) {
    t = t.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '').replace(APOSTROPHES, "'");
  }
  let sentenceStart = 0;
  const sentenceBreak = (match: string, at: number, all: string): string => {
    // "i. want. to. die." - a fragment of three words or fewer joins the next sentence.
    const short = at - sentenceStart < 40;
    if (short && (all.slice(sentenceStart, at).match(/[a-z0-9]+/g) ?? []).length <= 3) return ' ';
    sentenceStart = at + match.length;
    return '\n';
  };
  const unmasked = unmaskAll(t)
    // A letter typed three times or more counts once where English seldom doubles it (at a word's
    // end but for l, s and z: "meee", "myselfff", "killl"; a, i, u, y and h anywhere: "diiie"),
    // and twice elsewhere ("gooodbye", "feeel").
    .replace(/([a-z])\1{2,}(?![a-z])/g, (_, c: string) => ('lsz'.includes(c) ? c + c : c))
    .replace(/([aiuyh])\1{2,}/g, '$1')
    .replace(/([a-z])\1{2,}/g, '$1$1');
  return fixWords(
    (unmasked.includes("'") ? withoutContractions(unmasked) : unmasked)
      .replace(OTHER_MARKS, ' ')
      // A clock time ("23:15") or a ratio is not the end of a sentence.
      .replace(/(\d)[:.](?=\d)/g, '$1 ')
      .replace(SENTENCE_BREAKS, sentenceBreak)
      .replace(/ {2,}/g, ' ')
      .replace(/ ?[,()[\]{}"][ ,()[\]{}"]*/g, ' , '),
  );
}

/** The sentences of `text`, normalised for matching. Exported for tests. */
export function supportSentences(text: string): string[] {
  return canonical(text)
    .split('\n')
    .map((s) => s.replace(/^[ ,]+|[ ,]+$/g, ''))
    .filter((s) => s !== '');
}

/** The word spans the broad tier scores (idioms blanked). Exported for tests and the model trainer. */
export function supportSpans(text: string): string[][] {
  return spans(blankIdioms(canonical(text)));
}

/** Rules are matched on a stretch of a very long sentence around their cue, not all of it. */
const STEP = 1000;
const REACH = 200;
/** Which rules the current stretch has collected: SEEN[rule] === generation. */
const SEEN = new Uint32Array(FLAGS.length * RULE_LIMIT);
let generation = 0;

function collect(targets: number[] | undefined, found: boolean[], pending: number[][]): void {
  for (const code of targets ?? []) {
    if (SEEN[code] === generation) continue;
    SEEN[code] = generation;
    const flag = Math.floor(code / RULE_LIMIT);
    if (found[flag] === false) pending[flag]?.push(code % RULE_LIMIT);
  }
}

function ruleOf(flag: number, rule: number): Alternative[] {
  const known = (RULES[flag] ??= []);
  return (known[rule] ??= (
    JSON.parse(
      findLine(SUPPORT_INDEX.rules, lineKey(flag * RULE_LIMIT + rule), '\t') ?? '[]',
    ) as RuleAlternative[]
  ).map(([source, needs]) => ({ source, needs })));
}

function matchesAny(flag: number, rules: readonly number[], text: string): boolean {
  for (const rule of rules) {
    for (const alternative of ruleOf(flag, rule)) {
      if (!mayMatch(alternative.needs, text)) continue;
      if ((alternative.pattern ??= new RegExp(alternative.source)).test(text)) return true;
    }
  }
  return false;
}

/** The canonical text of a note and, once either tier has needed it, the same with idioms blanked. */
interface Note {
  readonly text: string;
  plain?: string;
}
const plainOf = (note: Note): string => (note.plain ??= blankIdioms(note.text));

/**
 * Marks each flag whose pending rules match the stretch `from`-`to` of the note once everyday
 * idioms are blanked out.
 */
function evaluate(
  note: Note,
  from: number,
  to: number,
  found: boolean[],
  pending: number[][],
): void {
  const text = note.text.slice(from, to);
  const hits = pending.map((rules, flag) => matchesAny(flag, rules, text));
  // Blanking idioms only removes words, so a stretch with no match as written has none after.
  // Only whole idioms are blanked here: the broad tier's harmless-word filter is too coarse for
  // explicit phrases ("he grabbed my arm to stop me from leaving"). They are blanked in the whole
  // note, in place: an idiom may end in the next sentence ("the nurse asked about self harm. i said
  // no and meant it"), and a denial holds only if nothing later in the note takes it back.
  if (hits.includes(true)) {
    const plain = plainOf(note).slice(from, to);
    // Text with no idiom needs no second look (and a second run of a rule makes V8 compile it
    // again, to machine code: most of the check's cost on its first call).
    pending.forEach((rules, flag) => {
      if (hits[flag] === true && (plain === text || matchesAny(flag, rules, plain)))
        found[flag] = true;
    });
  }
  for (const rules of pending) rules.length = 0;
}

/**
 * Flags for free text the person wrote: 'crisis' = language of self-harm or suicide (explicit or
 * implicit); 'safety' = fear of, or harm from, another person (violence, threats, stalking,
 * coercive control, being afraid of someone). Ordered: crisis first.
 */
export function detectSupport(text: string): SupportFlag[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const t = canonical(text);
  const note: Note = { text: t };
  const found = [false, false];
  const pending: number[][] = [[], []];
  let [from, to, limit, sentenceEnd] = [0, 0, -1, -1];
  let sentenceStart = 0;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(t); m !== null && found.includes(false); m = WORDS.exec(t)) {
    const word = m[0];
    const direct = targetsOf(word);
    const prefixed = prefixesOf(word).filter(([p]) => word.startsWith(p));
    if (direct === undefined && prefixed.length === 0) continue;
    if (m.index >= limit) {
      evaluate(note, from, to, found, pending);
      generation = (generation + 1) >>> 0 || 1;
      if (m.index >= sentenceEnd) {
        sentenceStart = t.lastIndexOf('\n', m.index) + 1;
        const end = t.indexOf('\n', m.index);
        sentenceEnd = end < 0 ? t.length : end;
      }
      [from, to, limit] = [sentenceStart, sentenceEnd, sentenceEnd];
      if (to - from > STEP + 2 * REACH) {
        // A run-on sentence: cues in one step of it are matched on that step and a reach
        // either side, cut at spaces, so every match around them fits.
        const base = from + Math.floor((m.index - from) / STEP) * STEP;
        limit = base + STEP;
        from = Math.max(from, t.lastIndexOf(' ', Math.max(from, base - REACH)) + 1);
        const stop = t.indexOf(' ', Math.min(to, limit + REACH));
        to = stop < 0 || stop > to ? to : stop;
      }
    }
    collect(direct, found, pending);
    for (const [, targets] of prefixed) collect(targets, found, pending);
  }
  evaluate(note, from, to, found, pending);
  // The broad tier (support-net.ts) only looks for a flag the rules did not raise. Like the
  // rules, it reads the text as written first, and a flag it raises must survive idioms blanked.
  if (found.includes(false)) {
    const net = netFlags(
      t,
      found.map((f) => !f),
    );
    if (net.includes(true)) {
      const plain = plainOf(note);
      (plain === t ? net : netFlags(plain, net)).forEach((hit, flag) => {
        if (hit) found[flag] = true;
      });
    }
  }
  return FLAGS.filter((_, flag) => found[flag]);
}
