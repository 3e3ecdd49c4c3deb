/** `exco goals done` and `archive`: closing a goal or setting it aside; its logs are kept. */
import { dayOf, formatDay } from '../core/dates.js';
import { goalDay } from '../core/goal-rules.js';
import { goalReport } from '../core/goal-progress.js';
import { editRecord } from '../core/model.js';
import { oneLine } from '../core/text.js';
import { wrap } from '../ui/layout.js';
import type { Deps } from './context.js';
import { requireGoal, resolveGoal } from './goals-shared.js';

type Closing = 'done' | 'archived';

function keptLine(logs: number, id: string): string {
  if (logs === 0) {
    return `If you did it, log it too (exco goals log ${id}): a log is what counts as evidence.`;
  }
  return logs === 1 ? 'Its log stays in your evidence.' : `Its ${logs} logs stay in your evidence.`;
}

/** Marks a goal done or archived. Its logs are kept: they stay evidence of what was done. */
export async function runGoalsClose(
  to: Closing,
  id: string | undefined,
  opts: { json: boolean },
  deps: Deps,
): Promise<void> {
  const command = to === 'done' ? 'done' : 'archive';
  const picked = await resolveGoal(id, deps.store.read(), deps, {
    command,
    question:
      to === 'done' ? 'Which goal have you reached?' : 'Which goal do you want to set aside?',
    candidates: (g) => g.status !== to,
  });
  const now = deps.now();
  const { goal, changed } = await deps.store.update((d) => {
    const found = requireGoal(d.goals, picked.id);
    if (found.status === to) return { goal: structuredClone(found), changed: false };
    const target = editRecord(d.goals, found);
    target.status = to;
    if (to === 'done') target.doneAt = now.toISOString();
    else target.archivedAt = now.toISOString();
    return { goal: structuredClone(target), changed: true };
  });
  if (opts.json) {
    deps.out.json({ saved: changed, goal: goalReport(goal, goalDay(deps.store.read(), now)) });
    return;
  }
  const { out } = deps;
  const since = formatDay(dayOf(new Date((to === 'done' ? goal.doneAt : goal.archivedAt) ?? now)));
  const title = out.style.theirs(oneLine(goal.title, 60));
  if (!changed) {
    out.line(`${goal.id} ${title} is already ${to} (since ${since}).`);
    return;
  }
  if (to === 'done') {
    out.line(`${out.style.ok(`Well done: ${goal.id}`)} ${title} ${out.style.ok('is done.')}`);
    out.line(wrap(keptLine(goal.logs.length, goal.id), out.columns));
  } else {
    out.line(`Archived ${goal.id}: ${title}`);
    out.line(
      wrap(
        'Its logs stay in your evidence, and `exco goals list --all` still shows it.',
        out.columns,
      ),
    );
  }
}
