/**
 * What a part of a support rule needs a text to hold before it is worth compiling and running: the
 * index stores each rule as its top-level alternatives, each with clauses of literal strings
 * (`rule-analysis.ts` works them out at build time).
 */

/** Each clause: strings of which a text the alternative matches holds at least one. */
export type Needs = readonly (readonly string[])[];

/** One top-level alternative of a rule: its own regular expression and what it needs. */
export type RuleAlternative = readonly [source: string, needs: Needs];

/** Whether `text` holds a string of each clause: whether the alternative can match it at all. */
export function mayMatch(needs: Needs, text: string): boolean {
  return needs.every((clause) => clause.some((s) => text.includes(s)));
}
