/**
 * Build-time analysis of the support rules' regular expressions (`support-index.ts`): each rule is
 * split into its top-level alternatives, and each alternative gets the text it cannot match
 * without, as clauses of literal strings (`rule-needs.ts`). V8 compiles a regular expression the
 * first time it runs, and the rules are large: a plain question's cue words used to compile 5-20 ms
 * of them that could never match it.
 *
 * The analysis is conservative: a clause only ever holds strings one of which every match of the
 * alternative contains, so the check gives the same answer with or without it (a property test
 * compares every rule, whole, with its alternatives so gated). Lookarounds and word boundaries count
 * as matching the empty string: they only narrow where a match may be, never what it holds.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import type { RuleAlternative } from './rule-needs.js';

/** The most strings an exact set or a clause may hold before it is given up on. */
const LIMIT = 64;
/** The most clauses an alternative keeps: the strongest ones. */
const KEEP = 3;

/**
 * What is known of a part of a pattern: every string it can match, when there are few enough
 * (`exact`), and clauses every match of it satisfies.
 */
interface Info {
  readonly exact: readonly string[] | null;
  readonly clauses: readonly (readonly string[])[];
}

const EMPTY: Info = { exact: [''], clauses: [] };
const UNKNOWN: Info = { exact: null, clauses: [] };

/** A clause holding the empty string is met by any text: it says nothing. */
const useful = (clause: readonly string[]): boolean => !clause.includes('');

/** Without strings that hold another of the set (a text holding "abcd" holds "abc"). */
function minimal(strings: readonly string[]): string[] {
  const unique = [...new Set(strings)].sort((a, b) => a.length - b.length);
  return unique.filter((s, i) => !unique.slice(0, i).some((shorter) => s.includes(shorter)));
}

/** How much a clause narrows: its shortest string first, then how few strings it has. */
function strength(clause: readonly string[]): [number, number] {
  return [Math.min(...clause.map((s) => s.length)), -clause.length];
}
const stronger = (a: readonly string[], b: readonly string[]): number => {
  const [[la, na], [lb, nb]] = [strength(a), strength(b)];
  return lb - la || nb - na;
};

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > LIMIT) return null;
  return a.flatMap((x) => b.map((y) => x + y));
}

/** Every clause an `Info` offers, its exact set among them. */
function candidates(info: Info): (readonly string[])[] {
  const all = info.exact !== null ? [info.exact, ...info.clauses] : info.clauses;
  return all.filter(useful);
}

/** What is known of each element, a run of plain characters as one string. */
function parts(elements: readonly AST.Element[]): Info[] {
  const infos: Info[] = [];
  let text = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      text += String.fromCodePoint(element.value);
      continue;
    }
    if (text !== '') infos.push({ exact: [text], clauses: [] });
    text = '';
    infos.push(infoOf(element));
  }
  if (text !== '') infos.push({ exact: [text], clauses: [] });
  return infos;
}

function sequence(elements: readonly AST.Element[]): Info {
  const clauses: (readonly string[])[] = [];
  let run: string[] = [''];
  let whole: string[] | null = [''];
  const flush = (): void => {
    if (useful(run)) clauses.push(run);
    run = [''];
  };
  for (const info of parts(elements)) {
    clauses.push(...info.clauses);
    whole = info.exact !== null && whole !== null ? product(whole, info.exact) : null;
    if (info.exact === null) {
      flush();
      continue;
    }
    const longer = product(run, info.exact);
    if (longer === null) {
      flush();
      run = [...info.exact];
    } else run = longer;
  }
  flush();
  return { exact: whole, clauses };
}

function disjunction(alternatives: readonly AST.Alternative[]): Info {
  const infos = alternatives.map((a) => sequence(a.elements));
  const exacts = infos.map((i) => i.exact);
  const union = exacts.every((e) => e !== null) ? [...new Set(exacts.flatMap((e) => e ?? []))] : [];
  const exact = union.length > 0 && union.length <= LIMIT ? union : null;
  // One clause of each alternative, the strongest: a match of the whole matches one of them.
  const best = infos.map((info) => candidates(info).sort(stronger)[0]);
  if (best.some((b) => b === undefined)) return { exact, clauses: [] };
  const merged = minimal(best.flat() as string[]);
  return { exact, clauses: merged.length <= LIMIT ? [merged] : [] };
}

function characters(node: AST.CharacterClass): string[] | null {
  if (node.negate || node.unicodeSets) return null;
  const chars: string[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') chars.push(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < 10)
      for (let c = element.min.value; c <= element.max.value; c += 1)
        chars.push(String.fromCodePoint(c));
    else return null;
  }
  return chars;
}

function infoOf(node: AST.Element): Info {
  switch (node.type) {
    case 'Character':
      return { exact: [String.fromCodePoint(node.value)], clauses: [] };
    case 'CharacterClass': {
      const chars = characters(node);
      return chars === null ? UNKNOWN : { exact: chars, clauses: [] };
    }
    case 'Group':
    case 'CapturingGroup':
      return disjunction(node.alternatives);
    case 'Assertion':
      return EMPTY;
    case 'Quantifier': {
      const inner = infoOf(node.element);
      if (node.min === 0)
        return { exact: node.max === 1 && inner.exact ? ['', ...inner.exact] : null, clauses: [] };
      // Each of at least one repetition matches one of the inner strings.
      const clauses = [...inner.clauses, ...(inner.exact !== null ? [inner.exact] : [])];
      return { exact: node.min === 1 && node.max === 1 ? inner.exact : null, clauses };
    }
    default:
      // Any character of a set (\s, \w, .), a class of many, a back-reference: nothing known.
      return UNKNOWN;
  }
}

/** A rule's top-level alternatives, each with the clauses it cannot match without. */
export function ruleAlternatives(source: string): RuleAlternative[] {
  const pattern = new RegExpParser({ ecmaVersion: 2022 }).parsePattern(source);
  // A back-reference's number changes when its alternative stands alone.
  if (/\\[1-9k]/.test(source.replace(/\\\\/g, '')))
    throw new Error(`support: a rule uses a back-reference: ${source}`);
  return pattern.alternatives.map((alternative): RuleAlternative => {
    const clauses = new Map(
      candidates(sequence(alternative.elements)).map((clause) => {
        const least = minimal(clause);
        return [least.join('\n'), least];
      }),
    );
    return [alternative.raw, [...clauses.values()].sort(stronger).slice(0, KEEP)];
  });
}
