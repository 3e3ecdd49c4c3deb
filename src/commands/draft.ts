/**
 * `exco draft`: check a message to the ex before sending it. It reads the message from the
 * arguments, a file, stdin or one question; says ok, revise, wait or stop; explains each finding
 * and points in a gentler direction. It never writes the message and never saves anything
 * (except safety mode, if the person turns it on when asked).
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import { checkDraft, type DraftResult, type Verdict } from '../core/draft-check.js';
import { draftSituation, type DraftSituation } from '../core/draft-state.js';
import { DRAFT_NOTES, VERDICT_TEXT } from '../content/draft.js';
import { UsageError } from '../errors.js';
import { bullet, wrap } from '../ui/layout.js';
import type { Style } from '../ui/output.js';
import { pickCountry, printResources } from '../ui/resources-view.js';
import { type Deps, type DepsFor, requireTerminal } from './context.js';
import { respondToSupport } from './support-response.js';

export interface DraftOptions {
  /** A file to read the message from; '-' reads stdin. */
  file?: string;
  json: boolean;
}

/** Far longer than any message to an ex; keeps a pasted novel from tying up the checker. */
export const MAX_DRAFT_CHARS = 20_000;

export type ReadText = (path: string) => string;

const readFile: ReadText = (path) => fs.readFileSync(path === '-' ? 0 : path, 'utf8');

function fromFile(path: string, read: ReadText): string {
  try {
    return read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`exco cannot read ${path === '-' ? 'stdin' : path} (${code}).`);
  }
}

async function getMessage(
  words: readonly string[],
  opts: DraftOptions,
  deps: Deps,
  read: ReadText,
): Promise<string> {
  if (words.length && opts.file) {
    throw new UsageError('Give the message as text or with --file, not both.');
  }
  let text: string;
  if (opts.file) text = fromFile(opts.file, read);
  else if (words.length) text = words.join(' ');
  else {
    requireTerminal(
      deps,
      'draft',
      'the message (exco draft "hope the move went well") or --file PATH|-',
    );
    text = await deps.prompter.input('Type or paste the message you are thinking of sending:', {
      validate: (v) => (v.trim() ? true : 'Type the message, or press Ctrl-C to stop.'),
    });
  }
  if (!text.trim()) throw new UsageError('The message is empty: there is nothing to check.');
  if (text.length > MAX_DRAFT_CHARS) {
    throw new UsageError(
      `That is ${text.length} characters; exco checks messages up to ${MAX_DRAFT_CHARS}. A message to an ex should be far shorter.`,
    );
  }
  return text;
}

const paint = (style: Style, verdict: Verdict) =>
  ({ ok: style.ok, revise: style.warn, wait: style.warn, stop: style.danger })[verdict];

function notes(result: DraftResult, situation: DraftSituation, now: Date): string[] {
  const out: string[] = [];
  if (!situation.started) out.push(DRAFT_NOTES.noProfile);
  if (result.verdict === 'stop') return out;
  if (result.practical && situation.started) out.push(DRAFT_NOTES.practical);
  else if (situation.reunion) out.push(DRAFT_NOTES.reunion);
  else if (situation.replying) out.push(DRAFT_NOTES.reply);
  if (situation.notReady && result.verdict === 'ok' && !result.practical) {
    out.push(DRAFT_NOTES.notReady);
  }
  // A practical matter (a sick child, the keys) is not a feeling that can wait until morning.
  const hour = now.getHours();
  if ((hour >= 22 || hour < 5) && !result.practical) out.push(DRAFT_NOTES.lateNight);
  return out;
}

function printResult(result: DraftResult, situation: DraftSituation, deps: Deps): void {
  const { out } = deps;
  const { style } = out;
  const text = VERDICT_TEXT[result.verdict];
  out.line(paint(style, result.verdict)(style.strong(text.title)));
  for (const f of result.findings) {
    out.line(bullet(f.message, out.columns));
    out.line(style.muted(wrap(`    → ${f.suggestion}`, out.columns, '      ')));
  }
  const extra = notes(result, situation, deps.now());
  if (result.findings.length || extra.length) out.line();
  for (const note of extra) out.line(wrap(note, out.columns));
  // A practical ok has its own advice above; the reply question is about reconnecting.
  const lines = result.verdict === 'ok' && result.practical && situation.started ? [] : text.lines;
  for (const line of lines) out.line(wrap(line, out.columns));
  out.line(style.muted(DRAFT_NOTES.yours));
}

export async function runDraft(
  words: readonly string[],
  opts: DraftOptions,
  deps: Deps,
  read: ReadText = readFile,
): Promise<DraftResult> {
  const message = await getMessage(words, opts, deps, read);
  const data = deps.store.read();
  const situation = draftSituation(data, deps.now());
  const result = checkDraft(message, situation);
  if (opts.json) {
    deps.out.json({
      verdict: result.verdict,
      findings: result.findings.map(({ rule, message: m, suggestion }) => ({
        rule,
        message: m,
        suggestion,
      })),
      support: result.support,
    });
    return result;
  }
  deps.out.line();
  // Resources come before anything else when the words carry a support flag.
  await respondToSupport(result.support, data, 'contact', deps);
  printResult(result, situation, deps);
  if (data?.safety && !result.support.includes('safety')) {
    deps.out.line();
    printResources(deps.out, ['abuse'], pickCountry(data.settings.country));
  }
  return result;
}

export function registerDraft(program: Command, depsFor: DepsFor): void {
  program
    .command('draft')
    .description('check a message to your ex before you send it (exco never sends anything)')
    .argument('[message...]', 'the message, as you would send it')
    .option('--file <path>', "read the message from a file ('-' reads stdin)")
    .option('--json', 'print the verdict and findings as JSON (saves nothing)')
    .addHelpText(
      'after',
      '\nVerdicts: ok · revise (the words need work) · wait (not now) · stop (exco will not help).\n\nExamples:\n  $ exco draft\n  $ exco draft "congrats on the new job!"\n  $ pbpaste | exco draft --file - --json',
    )
    .action(async (words: string[], opts: { file?: string; json?: boolean }, cmd: Command) => {
      await runDraft(words, { file: opts.file, json: opts.json === true }, depsFor(cmd));
    });
}
