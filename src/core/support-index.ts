/**
 * What the support check reads of its phrase rules (`support-phrases.ts`), as data: each cue word
 * with the rules it points at, each rule's and everyday idiom's expression by number, the
 * expression that fixes slang and typos, and the small tables of canonical text. The rules are
 * written as templates put together from hundreds of shared pieces; putting them together and
 * indexing them took every run that checks words 5-10 ms, and their 180 KB of source was read and
 * compiled each time. A run does neither: the build works this index out once and writes it to the
 * data file the bundles read (`writeDataFile` in scripts/build.mjs; cues, rules and idioms as
 * tables read a block at a time), so `support.ts` reads only the cues of a note's words and the
 * rules they point at. Here, for the tests and the scripts, it is worked out on import.
 */
import {
  CENSORED,
  CONTRACTIONS,
  CRISIS_RULES,
  HYPERBOLE_PATTERNS,
  IS_AFTER,
  MASKED_LETTERS,
  NEXT_WORD_FIXES,
  REAL_SIGNS,
  SAFETY_RULES,
  STORY_TURNS,
  UNMASKED,
  WORD_FIXES,
} from './support-phrases.js';
import { ruleAlternatives } from './rule-analysis.js';
import { numberKey as lineKey, type SortedLines } from './sorted-lines.js';

/** A rule of either flag as one number: flag * RULE_LIMIT + its index among the flag's rules. */
export const RULE_LIMIT = 1024;

export interface SupportIndex {
  /** Lines `cue<TAB>code code…`, sorted by cue: each cue word and the rules it points at. */
  readonly cues: SortedLines;
  /** Lines `prefix<TAB>code code…`: cues that are the start of a word (`disappear*`). */
  readonly cuePrefixes: string;
  /**
   * Lines `code<TAB>alternatives`, sorted by code (four digits): each rule's regular expression,
   * split at its top-level bars, each part with the strings a text needs to match it
   * (`RuleAlternative[]` as JSON; `rule-analysis.ts`).
   */
  readonly rules: SortedLines;
  /** The key words of each everyday idiom (`HYPERBOLE_PATTERNS`), in order. */
  readonly idiomKeys: readonly string[];
  /** Lines `index<TAB>source`, sorted by index (four digits): each idiom's regular expression. */
  readonly idioms: SortedLines;
  /** The rest of `support-phrases.ts` that the check reads, as data (expressions as sources). */
  readonly realSigns: string;
  readonly storyTurns: string;
  readonly isAfter: string;
  readonly unmasked: string;
  readonly contractions: Readonly<Record<string, string>>;
  readonly maskedLetters: Readonly<Record<string, string>>;
  readonly censored: readonly string[];
  readonly wordFixes: Readonly<Record<string, string>>;
  readonly nextWordFixes: readonly (readonly [string, readonly string[], string])[];
}

/** Lines `key<TAB>source` of regular expressions, which must hold neither. */
function sourceLines(sources: readonly (readonly [number, string])[]): string {
  return sources
    .map(([n, source]) => {
      if (/[\t\n]/.test(source)) throw new Error(`support: a tab or line break in rule ${n}`);
      return `${lineKey(n)}\t${source}`;
    })
    .join('\n');
}

function writeSupportIndex(): SupportIndex {
  const targets = new Map<string, number[]>();
  [CRISIS_RULES, SAFETY_RULES].forEach((rules, flag) => {
    if (rules.length > RULE_LIMIT) throw new Error('support: more rules than RULE_LIMIT');
    rules.forEach(([cues], rule) => {
      for (const cue of cues.split(' ').filter((c) => c !== ''))
        targets.set(cue, [...(targets.get(cue) ?? []), flag * RULE_LIMIT + rule]);
    });
  });
  const lines = (entries: [string, number[]][]) =>
    entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([cue, codes]) => `${cue}\t${codes.join(' ')}`)
      .join('\n');
  const all = [...targets];
  return {
    cues: lines(all.filter(([cue]) => !cue.endsWith('*'))),
    cuePrefixes: lines(
      all.filter(([cue]) => cue.endsWith('*')).map(([cue, codes]) => [cue.slice(0, -1), codes]),
    ),
    rules: [CRISIS_RULES, SAFETY_RULES]
      .flatMap((rules, flag) =>
        rules.map(([, source], rule) => {
          const alternatives = JSON.stringify(ruleAlternatives(source));
          return `${lineKey(flag * RULE_LIMIT + rule)}\t${alternatives}`;
        }),
      )
      .join('\n'),
    idiomKeys: HYPERBOLE_PATTERNS.map(([keys]) => keys),
    idioms: sourceLines(HYPERBOLE_PATTERNS.map(([, source], i): [number, string] => [i, source])),
    realSigns: REAL_SIGNS,
    storyTurns: STORY_TURNS,
    isAfter: IS_AFTER.source,
    unmasked: UNMASKED.source,
    contractions: CONTRACTIONS,
    maskedLetters: MASKED_LETTERS,
    censored: CENSORED,
    wordFixes: WORD_FIXES,
    nextWordFixes: NEXT_WORD_FIXES,
  };
}

export const SUPPORT_INDEX: SupportIndex = writeSupportIndex();
