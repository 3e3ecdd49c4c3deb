/** `exco contact`: log contact with the ex, and see at once what it changes. */
import { type Command, Option } from 'commander';
import { contactEffect } from '../core/contacts.js';
import { dayOf, formatDay } from '../core/dates.js';
import { isStarted } from '../core/engine.js';
import { nextId } from '../core/ids.js';
import {
  CONTACT_TYPES,
  RESPONSES,
  type Contact,
  type ContactType,
  type Response,
} from '../core/model.js';
import { sinceBreakupProblem } from '../core/profile.js';
import { buildStatus } from '../core/status.js';
import { detectSupport } from '../core/support.js';
import { CONTACT_CHOICES, CONTACT_LOGGED, RESPONSE_CHOICES } from '../content/questions.js';
import { UsageError } from '../errors.js';
import { noContactLine } from '../ui/dashboard.js';
import { wrap } from '../ui/layout.js';
import { askDay } from '../ui/prompter.js';
import { pickCountry, printResources } from '../ui/resources-view.js';
import { type Deps, type DepsFor, requireTerminal } from './context.js';
import { choiceOption, parseDayFlag } from './options.js';
import { respondToSupport } from './support-response.js';

export interface ContactOptions {
  type?: ContactType;
  response?: Response;
  note?: string;
  date?: string;
  json: boolean;
}

const WITH_RESPONSE: readonly ContactType[] = ['reconnect', 'they-initiated'];

async function ask(
  opts: ContactOptions,
  deps: Deps,
  { safetyMode, breakupDate }: { safetyMode: boolean; breakupDate: string },
): Promise<ContactOptions> {
  const { prompter } = deps;
  const choices = CONTACT_CHOICES.filter((c) => !(safetyMode && c.value === 'reconnect'));
  const type = await prompter.select('What kind of contact?', choices);
  const response = WITH_RESPONSE.includes(type)
    ? await prompter.select(
        type === 'reconnect' ? 'How did they respond?' : 'How were they?',
        RESPONSE_CHOICES,
      )
    : undefined;
  const today = dayOf(deps.now());
  const date = await askDay(prompter, 'When? (YYYY-MM-DD, "yesterday", "2 days ago")', {
    today,
    default: today,
    problem: (day) => dateProblem(day, breakupDate, today),
  });
  const note = await prompter.input('A note for yourself (optional):');
  return { ...opts, type, response, date, note: note.trim() || undefined };
}

function check(opts: ContactOptions, breakupDate: string, today: string): void {
  if (opts.response && opts.type && !WITH_RESPONSE.includes(opts.type)) {
    throw new UsageError(
      `--response is for reconnect and they-initiated contact, not ${opts.type}.`,
    );
  }
  if (opts.type === 'reconnect' && !opts.response) {
    throw new UsageError('A reconnect needs --response none|cool|warm: how did they respond?');
  }
  const problem = opts.date ? dateProblem(opts.date, breakupDate, today) : null;
  if (problem) throw new UsageError(problem);
}

const dateProblem = (date: string, breakupDate: string, today: string): string | null =>
  sinceBreakupProblem(date, today, breakupDate, 'exco only logs contact since then');

export async function runContact(opts: ContactOptions, deps: Deps): Promise<void> {
  const before = deps.store.read();
  if (!isStarted(before)) {
    throw new UsageError(
      'Run `exco start` first: exco counts no-contact days from your breakup date.',
    );
  }
  let input = opts;
  if (!input.type) {
    requireTerminal(
      deps,
      'contact',
      `--type ${CONTACT_TYPES.join('|')} [--response ${RESPONSES.join('|')}]`,
    );
    input = await ask(opts, deps, {
      safetyMode: before.safety !== null,
      breakupDate: before.profile.breakupDate,
    });
  }
  const now = deps.now();
  const today = dayOf(now);
  check(input, before.profile.breakupDate, today);
  const support = input.note ? detectSupport(input.note) : [];
  const type = input.type as ContactType;
  const contact = await deps.store.update((d) => {
    const record: Contact = {
      id: nextId('c', d.contacts),
      at: now.toISOString(),
      date: input.date ?? today,
      type,
      ...(input.response ? { response: input.response } : {}),
      ...(input.note ? { note: input.note } : {}),
      ...(support.length ? { support } : {}),
    };
    d.contacts.push(record);
    return record;
  });
  const { report } = buildStatus(deps.store.read(), deps.now());
  if (input.json) {
    deps.out.json({
      saved: true,
      id: contact.id,
      contact,
      noContact: report.noContact,
      step: report.step,
      support,
    });
    return;
  }
  await respondToSupport(support, before, 'contact', deps);
  printOutcome(contact, report, deps);
}

function printOutcome(
  contact: Contact,
  report: ReturnType<typeof buildStatus>['report'],
  deps: Deps,
): void {
  const { out } = deps;
  const { style } = out;
  out.line(
    style.ok(
      `Logged: ${CONTACT_LOGGED[contact.type]} on ${formatDay(contact.date)} (${contact.id}).`,
    ),
  );
  if (report.safetyMode) {
    out.line(wrap('You do not owe them a reply. If you feel unsafe, reach out:', out.columns));
    printResources(out, ['abuse'], pickCountry(deps.store.read()?.settings.country ?? null));
    return;
  }
  out.line(wrap(contactEffect(contact.type), out.columns));
  const nc = noContactLine(report);
  if (nc) out.line(wrap(`${style.muted('No contact')}  ${nc}`, out.columns, ' '.repeat(12)));
  if (report.step)
    out.line(`${style.muted('Now')}         Step ${report.step.number}: ${report.step.title}`);
  if (report.backingOffUntil && contact.type === 'reconnect') {
    out.line(
      wrap(
        `Give them room until ${formatDay(report.backingOffUntil)}. Respect their space; keep living your own life.`,
        out.columns,
      ),
    );
  }
  if (report.step?.id === 'reunion' && contact.response === 'warm') {
    out.line(
      wrap(
        'They showed interest. Step 6 is open: take it slowly and calmly, and talk honestly when the time is right.',
        out.columns,
      ),
    );
  }
}

export function registerContact(program: Command, depsFor: DepsFor): void {
  program
    .command('contact')
    .description(
      'log contact with your ex: a slip, them reaching out, practical contact, or a reconnect',
    )
    .addOption(
      choiceOption('--type <type>', 'slip, they-initiated, logistics or reconnect', CONTACT_TYPES),
    )
    .addOption(
      choiceOption(
        '--response <response>',
        'how they responded (reconnect, they-initiated)',
        RESPONSES,
      ),
    )
    .option('--note <text>', 'a note for yourself')
    .addOption(
      new Option('--date <date>', 'when it happened (YYYY-MM-DD; default today)').argParser(
        parseDayFlag,
      ),
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ exco contact\n  $ exco contact --type slip --note "texted at 2am"\n  $ exco contact --type reconnect --response none --date 2026-12-01',
    )
    .action((opts: Omit<ContactOptions, 'json'> & { json?: boolean }, cmd: Command) =>
      runContact({ ...opts, json: opts.json === true }, depsFor(cmd)),
    );
}
