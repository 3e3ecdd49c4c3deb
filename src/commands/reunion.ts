/**
 * `exco reunion` (step 6): when the ex has shown interest, a flow about going slowly, what to talk
 * through and the signs of rushing, and a log of how conversations go. Closed, with the reason,
 * in safety mode, when the ex is with someone new, or after choosing to move on.
 */
import { type Command, Option } from 'commander';
import { dayOf } from '../core/dates.js';
import { isStarted } from '../core/engine.js';
import { CONVERSATION_FEELINGS, type Conversation, type ExcoData } from '../core/model.js';
import { sinceBreakupProblem } from '../core/profile.js';
import {
  logConversation,
  parseTopics,
  reunionAccess,
  reunionProgress,
  type Went,
} from '../core/reunion.js';
import { detectSupport } from '../core/support.js';
import { REUNION_TEXT, REUNION_TOPICS, WENT_CHOICES } from '../content/reunion.js';
import { stepById } from '../content/steps.js';
import { UsageError } from '../errors.js';
import { wrap } from '../ui/layout.js';
import { askDay, type Choice } from '../ui/prompter.js';
import { printStep } from '../ui/step-view.js';
import { runContact } from './contact.js';
import { type Deps, type DepsFor, requireTerminal } from './context.js';
import { choiceOption, parseDayFlag } from './options.js';
import { printFeedback, printGuidance, printProgress } from './reunion-view.js';
import { respondToSupport } from './support-response.js';

export interface ReunionLogOptions {
  went?: Went;
  topics?: string;
  note?: string;
  date?: string;
  json: boolean;
}

const FLAGS = `--went ${CONVERSATION_FEELINGS.join('|')} [--topics a,b] [--note TEXT]`;

/** Throws the reason step 6 is closed (exit 2), except when it only waits for their interest. */
function refuseIfClosed(data: ExcoData | null, deps: Deps): boolean {
  const access = reunionAccess(data, deps.now());
  if (access.open) return true;
  if (access.code === 'no-interest') return false;
  throw new UsageError(access.reason);
}

const dateProblem = (date: string, data: ExcoData, today: string): string | null =>
  sinceBreakupProblem(date, today, data.profile?.breakupDate);

function checkDate(date: string, data: ExcoData, today: string): void {
  const problem = dateProblem(date, data, today);
  if (problem) throw new UsageError(problem);
}

async function save(
  input: { went: Went; topics: string[]; note?: string; date: string },
  deps: Deps,
): Promise<{ conversation: Conversation; support: ReturnType<typeof detectSupport> }> {
  const support = input.note ? detectSupport(input.note) : [];
  const now = deps.now();
  const conversation = await deps.store.update((d) =>
    logConversation(d, { ...input, support }, now),
  );
  return { conversation, support };
}

/** Logs a conversation from flags: `exco reunion --went good --topics what-went-wrong`. */
export async function runReunionLog(opts: ReunionLogOptions, deps: Deps): Promise<Conversation> {
  const data = deps.store.read();
  if (!refuseIfClosed(data, deps)) throw new UsageError(REUNION_TEXT.noInterest);
  const today = dayOf(deps.now());
  const date = opts.date ?? today;
  checkDate(date, data as ExcoData, today);
  const went = opts.went as Went;
  const topics = parseTopics(opts.topics ?? '');
  const { conversation, support } = await save({ went, topics, note: opts.note, date }, deps);
  const after = deps.store.read() as ExcoData;
  if (opts.json) {
    const p = reunionProgress(after.conversations, today);
    deps.out.json({
      saved: true,
      id: conversation.id,
      conversation,
      covered: p.covered,
      notYet: p.notYet,
      support,
    });
    return conversation;
  }
  await respondToSupport(support, after, 'contact', deps);
  printFeedback(conversation, after.conversations, today, deps.out);
  return conversation;
}

async function askTopics(deps: Deps): Promise<string[]> {
  const topics: string[] = [];
  for (;;) {
    const choices: Choice<string>[] = [
      ...REUNION_TOPICS.filter((t) => !topics.includes(t.id)).map((t) => ({
        value: t.id,
        name: t.name,
      })),
      { value: 'other', name: 'Something else' },
      { value: 'done', name: topics.length ? "That's all" : 'Skip' },
    ];
    const pick = await deps.prompter.select(REUNION_TEXT.askTopic, choices);
    if (pick === 'done') return topics;
    if (pick === 'other') {
      const text = (await deps.prompter.input(REUNION_TEXT.askOther)).trim();
      topics.push(...parseTopics([text]).filter((t) => !topics.includes(t)));
    } else topics.push(pick);
  }
}

async function askAndLog(deps: Deps): Promise<void> {
  const { prompter } = deps;
  const data = deps.store.read() as ExcoData;
  const today = dayOf(deps.now());
  const went = await prompter.select<Went>(REUNION_TEXT.askWent, WENT_CHOICES);
  const topics = await askTopics(deps);
  const date = await askDay(prompter, REUNION_TEXT.askDate, {
    today,
    default: today,
    problem: (day) => dateProblem(day, data, today),
  });
  const note = (await prompter.input(REUNION_TEXT.askNote)).trim() || undefined;
  const { conversation, support } = await save({ went, topics, note, date }, deps);
  const after = deps.store.read() as ExcoData;
  deps.out.line();
  await respondToSupport(support, after, 'contact', deps);
  // The menu shows what is not talked through yet, right after this.
  printFeedback(conversation, after.conversations, today, deps.out, { notYet: false });
  deps.out.line();
}

/** The interactive step-6 flow. The hub calls this too. */
export async function runReunion(deps: Deps): Promise<void> {
  const { out } = deps;
  let data = deps.store.read();
  const open = refuseIfClosed(data, deps);
  requireTerminal(deps, 'reunion', FLAGS);
  if (!open) {
    out.line(wrap(REUNION_TEXT.noInterest, out.columns));
    if (!(await deps.prompter.confirm(REUNION_TEXT.askInterest, { default: false }))) return;
    await runContact({ type: 'they-initiated', response: 'warm', json: false }, deps);
    out.line();
    data = deps.store.read();
  }
  if (!isStarted(data)) return;
  printGuidance(data, out);
  type Action = 'log' | 'read' | 'done';
  for (;;) {
    printProgress(deps.store.read()?.conversations ?? [], dayOf(deps.now()), out);
    const action = await deps.prompter.select<Action>(REUNION_TEXT.askLog, [
      { value: 'log', name: 'Log how a conversation went' },
      { value: 'read', name: 'Read the whole of step 6' },
      { value: 'done', name: 'Done for now' },
    ]);
    if (action === 'done') return;
    out.line();
    if (action === 'read') printStep(stepById('reunion'), out);
    else await askAndLog(deps);
  }
}

export function registerReunion(program: Command, depsFor: DepsFor): void {
  program
    .command('reunion')
    .description('step 6, when your ex shows interest: go slowly, talk it through, log how it goes')
    .addOption(
      choiceOption('--went <how>', 'log a conversation: how it went', CONVERSATION_FEELINGS),
    )
    .option(
      '--topics <list>',
      `what you talked about, comma-separated (${REUNION_TOPICS.map((t) => t.id).join(', ')} or your own words)`,
    )
    .option('--note <text>', 'a note for yourself')
    .addOption(
      new Option('--date <date>', 'when it happened (YYYY-MM-DD; default today)').argParser(
        parseDayFlag,
      ),
    )
    .option('--json', 'print the logged conversation as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ exco reunion\n  $ exco reunion --went good --topics what-went-wrong,pace\n  $ exco reunion --went hard --note "we argued about the same thing" --json',
    )
    .action(async (opts: Omit<ReunionLogOptions, 'json'> & { json?: boolean }, cmd: Command) => {
      const deps = depsFor(cmd);
      const json = opts.json === true;
      if (opts.went) await runReunionLog({ ...opts, json }, deps);
      else if (json || opts.topics || opts.note || opts.date)
        throw new UsageError('To log a conversation, give --went good|mixed|hard as well.');
      else await runReunion(deps);
    });
}
