/**
 * A weighted score of weak cues for `exco draft`: the phrase rules catch what a message plainly
 * says; this catches a message that is heavy in sum. Three things add up:
 * - the cues of draft-weights.ts (feelings, the shared past, reproach, sarcasm, a third person,
 *   announced change, open-ended availability, chasing) and cues of form (shouting, runs of marks,
 *   sad faces, a word said twice, stretched letters, a bare message, "she" with nobody before it);
 * - a light purpose (a well-wish, thanks, an arrangement, a joke) takes weight off, and a message
 *   with none has nothing light to carry it, so it gains a little;
 * - the tone: the fitted weights of its words (draft-tone-weights.ts), which carry what no one
 *   cue names, such as a message about "I" and "you" rather than about "the" something.
 * At HEAVY_SCORE the message needs revising. The cue families that carried most of the weight
 * are the reasons given, or 'heaviness' when it is the whole and no one family. Pure.
 */
import type { TextRuleId } from '../content/draft.js';
import { hurtCount } from './draft-cues.js';
import type { DraftText } from './draft-text.js';
import { TONE_WEIGHTS } from './draft-tone-weights.js';
import {
  BOOST_CAP,
  CUES,
  HEAVY_SCORE,
  LIGHTENERS,
  UNANCHORED,
  type Cue,
  type CueFamily,
} from './draft-weights.js';

export interface DraftWeight {
  score: number;
  /** The fitted weights of its words added up (draft-tone-weights.ts): above 0 leans heavy. */
  tone: number;
  /** The rules behind the weight, heaviest first: empty unless the score reaches HEAVY_SCORE. */
  rules: TextRuleId[];
}

const compile = (cues: readonly Cue[]) =>
  cues.map((c) => ({ ...c, re: new RegExp(c.pattern, c.max === undefined ? '' : 'g') }));
const COMPILED = compile(CUES);
const LIGHT = compile(LIGHTENERS);

/** The weight a cue adds to `norm`: once, or once per match up to its `max`. */
function weightOf(c: (typeof COMPILED)[number], norm: string): number {
  if (c.max === undefined) return c.re.test(norm) ? c.weight : 0;
  return Math.min((norm.match(c.re) ?? []).length, c.max) * c.weight;
}

type ReasonFamily = Exclude<CueFamily, 'boost'>;

/**
 * Once they have shown interest, talking about the past is welcome: its cues are left out, and the
 * tone, which leans on the same words, can only lighten.
 */
const REUNION_SKIP: readonly CueFamily[] = ['nostalgia'];

/** However many light purposes a message has, they take off at most this much. */
const LIGHTEST = -0.7;

/**
 * A family has to carry this much to be given as a reason, and three quarters of the heaviest;
 * when none does, the reason is the weight of the whole ('heaviness').
 */
const REASON_MIN = 0.3;

const SAD_FACES =
  /[\u{1F62D}\u{1F622}\u{1F97A}\u{1F61E}\u{1F614}\u{1F629}\u{1F62B}\u{1F494}\u{1F625}\u{1F63F}\u{1F97C}\u{1F641}\u2639\u{1F615}\u{1F61F}\u{1F613}]/u;
const WRY_FACES = /[\u{1F642}\u{1F643}\u{1F644}\u{1F612}\u{1F611}\u{1F610}]/u;
const CHEER =
  /\b(?:happy|birthday|bday|congrat[a-z]*|merry|new year|good luck|well done|yay|hooray|proud|amazing|brilliant|haha|lol|omg|wow congrats)\b/;
const GREETING = /\b(?:he+l+o+|he+y+|hi+|yo+|oi+|ple+a+s+e+|plz+|pls+|why+|so+rr+y+|babe+)\b/;
/**
 * Someone or something before a "he" or "she" ("your sister", "the dog", "Jess"): then the pronoun
 * is about them. With nobody before it, "she" is likely someone new in their life.
 */
const ANTECEDENT =
  /\b(?:the|that|this|a|an|your|my|our) [a-z]+|\b(?:mum|mom|dad|nan|gran)\b|\b[a-z]+ (?:says|said|asked|wants|told|thinks|sends|sent|had|has|got)\b/;
const PRONOUN = /\b(?:he|she|him|her|his|hers)\b/;
/** The same pronouns in the text as typed, where a name keeps its capital. */
const PRONOUN_CASED = new RegExp(PRONOUN.source, 'i');
/**
 * A capitalised word inside a sentence ("the vet for Luna is at 3, can you take her"): a name, and
 * so someone the pronoun can be about. Days and months are capitalised too, and are no one.
 */
const NAMED =
  /(?<![.!?:]\s*|^\s*|\b(?:to|in|at|from|near|around|visit|visiting|visited|hope|Hope|enjoy|Enjoy) )\b(?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+\b/;

/** Whether a "he" or "she" has someone before it: a phrase that names them, or a name. */
function hasAntecedent(text: DraftText, pronounAt: number): boolean {
  if (ANTECEDENT.test(text.norm.slice(0, pronounAt))) return true;
  const cased = PRONOUN_CASED.exec(text.cased);
  return cased !== null && NAMED.test(text.cased.slice(0, cased.index));
}

/** A word said twice running ("please please"), but not laughter or a fond "bye bye". */
const DOUBLED =
  /\b(?!(?:ha|haha|lol|so|very|bye|no|yes|xx|night|well|yay)\b)([a-z]{2,}) (?:[,!.] )?\1\b/;
/** A phrase said twice running ("im sorry im sorry"), but not "thank you thank you". */
const ECHOED = /\b(?!thank you\b)((?:[a-z]+ ){1,3}[a-z]+) (?:[,.!] )?\1\b/;
const STRETCHED = /\b[a-z]*([a-z])\1{3,}[a-z]*\b/;
const GREETING_ONLY = /^\s*(?:hey|hi|hello|hiya|morning|evening|yo)(?: you| there| stranger)?\s*$/;
const CALM_BARE = /\b(?:thanks|thank you|ok|okay|cool|great|sure|yes|yep|no worries)\b/;

/** Cues in the form of a message rather than its words. */
function formCues(text: DraftText): [CueFamily, number][] {
  const { raw, norm, words, caps } = text;
  const cheer = CHEER.test(norm);
  const shouting = caps >= 1 && (words <= 3 || /\b[A-Z]{4,}\b/.test(text.cased));
  const stretched = STRETCHED.exec(raw)?.[0];
  const pronoun = PRONOUN.exec(norm);
  const self = (norm.match(/\b(?:i|me|my|myself)\b/g) ?? []).length;
  const clipped = norm
    .split(/ [.?!] /)
    .filter((part) => /^\s*\S+(?: \S+)?\s*$/.test(part) && !GREETING_ONLY.test(part));
  const cues: [boolean, CueFamily, number][] = [
    [shouting && !cheer, 'intensity', 0.6],
    [/\?\?|!!/.test(raw) && !cheer, 'intensity', 0.35],
    [SAD_FACES.test(raw), 'intensity', 0.7],
    [WRY_FACES.test(raw), 'hostility', 0.3],
    [DOUBLED.test(norm) || ECHOED.test(norm), 'intensity', 0.6],
    [stretched !== undefined && GREETING.test(stretched), 'chasing', 0.7],
    [/([a-z])\1{2,}/.test(raw) && !cheer, 'boost', 0.2],
    [words <= 2 && !cheer && !CALM_BARE.test(norm), 'boost', 0.4],
    // One kind of the hurt that makes venting (two kinds are a finding of their own).
    [hurtCount(norm) === 1, 'venting', 0.6],
    [pronoun !== null && !hasAntecedent(text, pronoun.index), 'partner-question', 0.4],
    // Clipped sentences ("Right. Got it.", "Why. Just why."): coldness, unless it is thanks.
    [clipped.length >= 2 && words <= 8 && !cheer && !CALM_BARE.test(norm), 'hostility', 0.5],
    [words >= 5 && self / words >= 0.25 && /\byou\b/.test(norm), 'boost', 0.3],
  ];
  return cues.filter(([on]) => on).map(([, family, weight]) => [family, weight]);
}

/** How much of the tone goes into the score: 2.5 of tone alone makes a draft heavy. */
export const TONE_SHARE = 0.4;
const TONE = new Map(Object.entries(TONE_WEIGHTS));

/** The words and word pairs of a canonical text. Must match scripts/train-draft-tone.mjs. */
export function toneFeatures(norm: string): string[] {
  const tokens = norm.split(' ').filter((t) => t !== '');
  const pairs = tokens.slice(1).map((t, i) => `${tokens[i]} ${t}`);
  return [...new Set([...tokens, ...pairs])];
}

/** The tone of a canonical text: the fitted weights of its words and word pairs, added up. */
export function toneOf(norm: string): number {
  return toneFeatures(norm).reduce((sum, f) => sum + (TONE.get(f) ?? 0), 0);
}

/** The weight of the weak cues in `text`, and the rules that carried it. */
export function weighDraft(text: DraftText, options: { reunion?: boolean } = {}): DraftWeight {
  const byRule = new Map<ReasonFamily, number>();
  let boost = 0;
  const add = (family: CueFamily, weight: number) => {
    if (family === 'boost') boost += weight;
    else if (!(options.reunion && REUNION_SKIP.includes(family)))
      byRule.set(family, (byRule.get(family) ?? 0) + weight);
  };
  for (const c of COMPILED) add(c.family, weightOf(c, text.norm));
  for (const [family, weight] of formCues(text)) add(family, weight);
  const light = LIGHT.reduce((sum, c) => sum + weightOf(c, text.norm), 0);
  const lighten = light === 0 ? UNANCHORED : Math.max(light, LIGHTEST);

  const ranked = [...byRule.entries()].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  const tone = toneOf(text.norm);
  const cues = ranked.reduce((sum, [, w]) => sum + w, 0) + Math.min(boost, BOOST_CAP);
  const score = cues + lighten + TONE_SHARE * (options.reunion ? Math.min(tone, 0) : tone);
  if (score < HEAVY_SCORE) return { score, tone, rules: [] };
  const top = ranked[0]?.[1] ?? 0;
  const rules: TextRuleId[] = ranked
    .filter(([, w]) => w >= Math.max(REASON_MIN, top * 0.75))
    .slice(0, 2)
    .map(([family]) => family);
  return { score, tone, rules: rules.length ? rules : ['heaviness'] };
}
