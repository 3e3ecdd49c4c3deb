/**
 * The mistakes loop of step 2 (`exco reflect --mistakes`): name a pattern, make a concrete plan
 * for it, and come back to change or remove it. Every action saves on its own, so a Ctrl-C loses
 * only the one in progress. The flags do the same without questions.
 */
import { type ExcoData, type Mistake, type SupportFlag, editRecord } from '../core/model.js';
import { nextId } from '../core/ids.js';
import { detectSupport } from '../core/support.js';
import { oneLine } from '../core/text.js';
import {
  MISTAKE_CHOICES,
  MISTAKES_INTRO,
  MISTAKES_SAFETY_NOTE,
  PLAN_HINT,
} from '../content/reflect.js';
import { UsageError } from '../errors.js';
import { bullet, wrap } from '../ui/layout.js';
import type { Choice } from '../ui/prompter.js';
import { printMistakes } from '../ui/reflect-view.js';
import { type Deps, requireTerminal } from './context.js';
import { jsonSafe, respondToSupport } from './support-response.js';

export type Pattern = Mistake['pattern'];

export interface MistakeOptions {
  mistakes?: boolean;
  mistake?: Pattern;
  editMistake?: string;
  removeMistake?: string;
  plan?: string;
  description?: string;
  json: boolean;
}

export const MISTAKE_FLAGS =
  '--mistake PATTERN --plan TEXT, --edit-mistake ID --plan TEXT or --remove-mistake ID (--mistakes --json lists them)';

const patternName = (p: Pattern) => MISTAKE_CHOICES.find((c) => c.value === p)?.name ?? p;

function goalsFor(data: ExcoData | null, id: string) {
  return (data?.goals ?? [])
    .filter((g) => g.addresses === id)
    .map((g) => ({ id: g.id, title: g.title, status: g.status }));
}

function findMistake(data: ExcoData | null, id: string): Mistake {
  const found = data?.mistakes.find((m) => m.id === id);
  if (!found) {
    throw new UsageError(
      `There is no mistake ${id}.`,
      'See yours with `exco reflect --mistakes` (or add --json).',
    );
  }
  return found;
}

async function checkWords(texts: (string | undefined)[], deps: Deps, json: boolean) {
  const flags = new Set<SupportFlag>(texts.flatMap((t) => (t ? detectSupport(t) : [])));
  const support = (['crisis', 'safety'] as const).filter((f) => flags.has(f));
  await respondToSupport(support, deps.store.read(), 'check-in', jsonSafe(deps, json));
  return support;
}

async function add(
  pattern: Pattern,
  plan: string,
  description: string | undefined,
  deps: Deps,
  json: boolean,
) {
  if (pattern === 'other' && !description?.trim()) {
    throw new UsageError('For "other", say what the pattern was: --description TEXT.');
  }
  const support = await checkWords([description, plan], deps, json);
  const mistake = await deps.store.update((d) => {
    const record: Mistake = {
      id: nextId('m', d.mistakes),
      at: deps.now().toISOString(),
      pattern,
      ...(description?.trim() ? { description } : {}),
      plan,
    };
    d.mistakes.push(record);
    return record;
  });
  return { mistake, support };
}

async function edit(
  id: string,
  change: { plan?: string; description?: string },
  deps: Deps,
  json: boolean,
) {
  findMistake(deps.store.read(), id);
  const support = await checkWords([change.description, change.plan], deps, json);
  const mistake = await deps.store.update((d) => {
    const m = editRecord(d.mistakes, findMistake(d, id));
    if (change.plan !== undefined) m.plan = change.plan;
    if (change.description !== undefined) m.description = change.description;
    return m;
  });
  return { mistake, support };
}

/** Removes a mistake, and the links to it from goals, so no goal points at nothing. */
async function remove(id: string, deps: Deps): Promise<string[]> {
  findMistake(deps.store.read(), id);
  return deps.store.update((d) => {
    d.mistakes = d.mistakes.filter((m) => m.id !== id);
    const unlinked: string[] = [];
    for (const g of d.goals) {
      if (g.addresses !== id) continue;
      delete editRecord(d.goals, g).addresses;
      unlinked.push(g.id);
    }
    return unlinked;
  });
}

function requirePlan(plan: string | undefined): string {
  if (plan === undefined || plan.trim() === '') {
    throw new UsageError('A mistake needs a concrete plan: --plan TEXT.', PLAN_HINT);
  }
  return plan;
}

function printSaved(mistake: Mistake, verb: string, deps: Deps): void {
  const { out } = deps;
  out.line(out.style.ok(`${verb}: ${patternName(mistake.pattern)} (${mistake.id}).`));
  out.line(
    wrap(
      'Owning it is responsibility, not self-blame. A goal can put the plan into practice: `exco goals add`.',
      out.columns,
    ),
  );
}

/** The mistake flags, without questions. */
export async function runMistakeFlags(opts: MistakeOptions, deps: Deps): Promise<void> {
  const { out } = deps;
  if (opts.mistakes) {
    if (!opts.json) throw new UsageError('Use --mistakes alone (it asks), or with --json.');
    const data = deps.store.read();
    out.json({
      mistakes: (data?.mistakes ?? []).map((m) => ({ ...m, goals: goalsFor(data, m.id) })),
    });
    return;
  }
  if (opts.removeMistake) {
    if (opts.plan !== undefined || opts.description !== undefined) {
      throw new UsageError('--remove-mistake takes no --plan or --description.');
    }
    const unlinked = await remove(opts.removeMistake, deps);
    if (opts.json) return out.json({ saved: true, removed: opts.removeMistake, unlinked });
    out.line(out.style.ok(`Removed ${opts.removeMistake}.`));
    if (unlinked.length) out.line(`Goals no longer linked to it: ${unlinked.join(', ')}.`);
    return;
  }
  if (opts.editMistake) {
    if (opts.plan === undefined && opts.description === undefined) {
      throw new UsageError('Say what to change: --plan TEXT and/or --description TEXT.');
    }
    if (opts.plan !== undefined) requirePlan(opts.plan);
    const { plan, description } = opts;
    const result = await edit(opts.editMistake, { plan, description }, deps, opts.json);
    if (opts.json) return out.json({ saved: true, id: result.mistake.id, ...result });
    return printSaved(result.mistake, 'Updated', deps);
  }
  if (!opts.mistake) {
    throw new UsageError(`--plan and --description go with --mistake or --edit-mistake.`);
  }
  const result = await add(opts.mistake, requirePlan(opts.plan), opts.description, deps, opts.json);
  if (opts.json) return out.json({ saved: true, id: result.mistake.id, ...result });
  printSaved(result.mistake, 'Named', deps);
}

const nonEmpty = (what: string) => (v: string) => (v.trim() ? true : `Please write ${what}.`);

async function askAdd(deps: Deps): Promise<void> {
  const { prompter, out } = deps;
  const pattern = await prompter.select('Which pattern?', MISTAKE_CHOICES);
  const description = (
    pattern === 'other'
      ? await prompter.input('In your own words, what was the pattern?', {
          validate: nonEmpty('a few words'),
        })
      : await prompter.input('An example, in your own words (optional):')
  ).trim();
  out.line(out.style.muted(wrap(PLAN_HINT, out.columns)));
  const plan = (await prompter.input('Your plan:', { validate: nonEmpty('a plan') })).trim();
  const { mistake } = await add(pattern, plan, description || undefined, deps, false);
  printSaved(mistake, 'Named', deps);
}

async function pickMistake(deps: Deps, message: string): Promise<Mistake> {
  const mistakes = deps.store.read()?.mistakes ?? [];
  const choices: Choice<string>[] = mistakes.map((m) => ({
    value: m.id,
    name: `${m.id}  ${patternName(m.pattern)}: ${oneLine(m.plan, 50)}`,
  }));
  const id = mistakes.length === 1 ? mistakes[0]!.id : await deps.prompter.select(message, choices);
  return findMistake(deps.store.read(), id);
}

/** The interactive loop: show, then add, change or remove, until done. */
export async function runMistakes(deps: Deps): Promise<void> {
  requireTerminal(deps, 'reflect --mistakes', MISTAKE_FLAGS);
  const { out, prompter } = deps;
  const first = deps.store.read();
  out.line(out.style.heading(MISTAKES_INTRO[0] as string));
  for (const p of MISTAKES_INTRO.slice(1)) out.line(wrap(p, out.columns));
  if (first?.safety || first?.reflections.some((r) => r.support.includes('safety'))) {
    out.line(out.style.warn(wrap(MISTAKES_SAFETY_NOTE, out.columns)));
  }
  for (;;) {
    out.line();
    printMistakes(deps.store.read(), out);
    out.line();
    const any = (deps.store.read()?.mistakes.length ?? 0) > 0;
    type Action = 'add' | 'edit' | 'remove' | 'done';
    const choices: Choice<Action>[] = [
      { value: 'add', name: 'Name a pattern and a plan' },
      ...(any
        ? [
            { value: 'edit' as const, name: 'Change a plan' },
            { value: 'remove' as const, name: 'Remove one' },
          ]
        : []),
      { value: 'done', name: 'Done for now' },
    ];
    const action = await prompter.select('What would you like to do?', choices);
    if (action === 'done') {
      out.line(wrap('Come back to these as you change. Plans can change too.', out.columns));
      return;
    }
    if (action === 'add') await askAdd(deps);
    if (action === 'edit') {
      const m = await pickMistake(deps, 'Which plan?');
      const plan = (
        await prompter.input('Your new plan:', { default: m.plan, validate: nonEmpty('a plan') })
      ).trim();
      printSaved((await edit(m.id, { plan }, deps, false)).mistake, 'Updated', deps);
    }
    if (action === 'remove') {
      const m = await pickMistake(deps, 'Which one?');
      const sure = await prompter.confirm(`Remove ${m.id} (${patternName(m.pattern)})?`, {
        default: false,
      });
      if (sure) {
        const unlinked = await remove(m.id, deps);
        out.line(out.style.ok(`Removed ${m.id}.`));
        if (unlinked.length)
          out.line(bullet(`Goals no longer linked: ${unlinked.join(', ')}`, out.columns));
      }
    }
  }
}
