/** `exco faq`: the six common worries, picked from a list or asked in your own words. */
import type { Command } from 'commander';
import { matchFaq, scoreFaqs } from '../core/faq-match.js';
import { nextSteps, personalNotes } from '../core/faq-personal.js';
import type { Essentials } from '../core/essentials.js';
import { detectSupport } from '../core/support.js';
import { FAQS, faqById, type Faq, type FaqId } from '../content/faq.js';
import { DataError } from '../errors.js';
import { bullet, wrap } from '../ui/layout.js';
import type { Choice } from '../ui/prompter.js';
import { type Deps, type DepsFor, requireTerminal } from './context.js';
import { jsonSafe, respondToSupport } from './support-response.js';

export interface FaqOptions {
  list: boolean;
  json: boolean;
}

function printAnswer(faq: Faq, deps: Deps, fearful = false): void {
  const { out } = deps;
  const { style } = out;
  const data = deps.store.readEssentials();
  out.line(style.heading(faq.question));
  for (const paragraph of faq.answer) {
    out.line(wrap(paragraph, out.columns));
    out.line();
  }
  const notes = personalNotes(faq.id, data, deps.now(), fearful);
  if (notes.length) {
    out.line(style.strong('For you'));
    for (const note of notes) out.line(bullet(note, out.columns));
    out.line();
  }
  out.line(style.strong('What to do next'));
  for (const step of nextSteps(faq, data, fearful)) out.line(bullet(step, out.columns));
}

function printTopics(deps: Deps): void {
  for (const faq of FAQS)
    deps.out.line(
      bullet(`${faq.question} ${deps.out.style.muted(`(exco faq ${faq.id})`)}`, deps.out.columns),
    );
}

/**
 * The data for the support response: resources must show even when the data file cannot be read
 * (exco stops on it afterwards, where an answer needs it).
 */
function essentialsIfReadable(deps: Deps): Essentials | null {
  try {
    return deps.store.readEssentials();
  } catch (error) {
    if (error instanceof DataError) return null;
    throw error;
  }
}

async function answerQuestion(question: string, opts: FaqOptions, deps: Deps): Promise<void> {
  const direct = faqById(question.trim().toLowerCase());
  // A question in the person's own words is free text like any other: checked for signs of crisis
  // or danger, with resources before any answer (on stderr with --json).
  const support = direct ? [] : detectSupport(question);
  const notAboutEx =
    support.length > 0 &&
    (await respondToSupport(
      support,
      essentialsIfReadable(deps),
      'check-in',
      jsonSafe(deps, opts.json),
    ));
  // Danger from the ex in the question: no answer may end on steps towards contact.
  const fearful = support.includes('safety') && !notAboutEx;
  const result = direct
    ? { match: { id: direct.id, score: 1 }, alternatives: [] }
    : matchFaq(question);
  const faq = result.match ? faqById(result.match.id) : undefined;
  if (opts.json) {
    deps.out.json({
      match:
        faq && result.match
          ? {
              id: faq.id,
              question: faq.question,
              answer: faq.answer.join('\n\n'),
              score: result.match.score,
            }
          : null,
      alternatives: result.alternatives.map((a) => ({
        id: a.id,
        question: faqById(a.id)?.question ?? '',
        score: a.score,
      })),
      personal: faq ? personalNotes(faq.id, deps.store.readEssentials(), deps.now(), fearful) : [],
      support,
    });
    return;
  }
  const { out } = deps;
  if (!faq && support.length) {
    // After the resources, not a list of topics: none of them is what was asked.
    out.line(
      wrap(
        'exco has no answer of its own for this, and the people above can help far more than one could. `exco faq --list` shows the worries exco can answer, whenever you want them.',
        out.columns,
      ),
    );
    return;
  }
  if (faq) {
    printAnswer(faq, deps, fearful);
  } else {
    out.line(out.style.heading("I don't have an answer for that."));
    out.line(
      wrap(
        'exco answers a few common worries after a breakup. These are the topics it knows:',
        out.columns,
      ),
    );
    printTopics(deps);
  }
  if (result.alternatives.length) {
    out.line();
    out.line(out.style.strong(faq ? 'You might also mean' : 'Closest topics'));
    for (const alt of result.alternatives)
      out.line(
        bullet(
          `${faqById(alt.id)?.question} ${out.style.muted(`(exco faq ${alt.id})`)}`,
          out.columns,
        ),
      );
  }
}

/** Picker order for what the person has typed so far: best matches first, then the rest. */
function pickerChoices(term: string): Choice<FaqId>[] {
  const t = term.trim().toLowerCase();
  const ranked = t ? scoreFaqs(t).map((s) => s.id) : [];
  const textual = FAQS.filter(
    (f) =>
      !t ||
      f.question.toLowerCase().includes(t) ||
      f.keywords.some((k) => k.includes(t)) ||
      f.id.includes(t),
  ).map((f) => f.id);
  const ids = [...new Set([...ranked, ...textual])];
  return (ids.length ? ids : FAQS.map((f) => f.id)).map((id) => ({
    value: id,
    name: faqById(id)?.question ?? id,
  }));
}

async function pick(deps: Deps): Promise<void> {
  for (;;) {
    const id = await deps.prompter.search('What is on your mind? (type to search)', pickerChoices);
    deps.out.line();
    printAnswer(faqById(id) as Faq, deps);
    deps.out.line();
    if (!(await deps.prompter.confirm('Another question?', { default: false }))) return;
  }
}

export async function runFaq(question: string[], opts: FaqOptions, deps: Deps): Promise<void> {
  if (opts.list) {
    if (opts.json) deps.out.json(FAQS.map((f) => ({ id: f.id, question: f.question })));
    else printTopics(deps);
    return;
  }
  const text = question.join(' ').trim();
  if (text) {
    await answerQuestion(text, opts, deps);
    return;
  }
  requireTerminal(deps, 'faq', 'a question (exco faq "how long should I wait") or --list');
  await pick(deps);
}

export function registerFaq(program: Command, depsFor: DepsFor): void {
  program
    .command('faq')
    .description('answers to common worries: pick one, or ask in your own words')
    .argument('[question...]', 'your question, in your own words, or an FAQ id')
    .option('--list', 'list the questions exco can answer')
    .option('--json', 'print the answer (or the list) as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ exco faq\n  $ exco faq "she left me on read"\n  $ exco faq --list --json',
    )
    .action((question: string[], opts: { list?: boolean; json?: boolean }, cmd: Command) =>
      runFaq(question, { list: opts.list === true, json: opts.json === true }, depsFor(cmd)),
    );
}
