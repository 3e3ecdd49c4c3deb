/** `exco reflect list` and `exco reflect show ID`: looking back over check-ins. */
import { byDay, checkInStreak, dayStartHour, urgeSummary } from '../core/check-ins.js';
import { formatDay } from '../core/dates.js';
import { UsageError } from '../errors.js';
import {
  printCheckInSummary,
  printEntries,
  printReflection,
  printUrges,
} from '../ui/reflect-view.js';
import type { Deps } from './context.js';

export interface ListOptions {
  since?: string;
  json: boolean;
}

export function runReflectList(opts: ListOptions, deps: Deps): void {
  const { out } = deps;
  const data = deps.store.read();
  const now = deps.now();
  const all = byDay(data?.reflections ?? []);
  const shown = opts.since ? all.filter((r) => r.date >= (opts.since as string)) : all;
  const urges = urgeSummary(data?.urges ?? [], now, dayStartHour(data));
  if (opts.json) {
    out.json({
      count: shown.length,
      streak: checkInStreak(data, now),
      dayStartHour: dayStartHour(data),
      reflections: shown,
      urges,
    });
    return;
  }
  out.line(out.style.heading('Your check-ins'));
  printCheckInSummary(data, now, out);
  printUrges(urges, out);
  if (all.length === 0) return;
  out.line();
  if (shown.length === 0) {
    out.line(`No check-ins since ${formatDay(opts.since as string)}.`);
    return;
  }
  if (opts.since) out.line(out.style.muted(`Since ${formatDay(opts.since)}`));
  printEntries(shown, out);
  out.line(out.style.muted('See one in full: exco reflect show ID'));
}

export function runReflectShow(id: string, opts: { json: boolean }, deps: Deps): void {
  const found = deps.store.read()?.reflections.find((r) => r.id === id.trim());
  if (!found) {
    throw new UsageError(`There is no check-in ${id}.`, '`exco reflect list` shows their ids.');
  }
  if (opts.json) {
    deps.out.json(found);
    return;
  }
  printReflection(found, deps.out);
}
