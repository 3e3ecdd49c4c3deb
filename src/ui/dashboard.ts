/** The one-screen dashboard of `exco status`, and the short header the hub shows. */
import { formatDay } from '../core/dates.js';
import type { StepState } from '../core/engine.js';
import { checkInDay, dayStartHour, urgeSummary } from '../core/check-ins.js';
import type { ExcoData } from '../core/model.js';
import type { StatusReport } from '../core/status.js';
import { stepById } from '../content/steps.js';
import { bullet, padEnd, wrap } from './layout.js';
import { printEvidenceSummary } from './goals-view.js';
import type { Output } from './output.js';
import { printCheckInSummary, printUrges } from './reflect-view.js';

const MARK: Record<StepState, string> = { done: '✓', current: '▸', available: '○', locked: '×' };
const LABEL: Record<StepState, string> = {
  done: 'done',
  current: 'now',
  available: 'open',
  locked: 'locked',
};

export function noContactLine(report: StatusReport): string | null {
  const nc = report.noContact;
  if (!nc) return null;
  const slips = nc.slips ? ` · ${nc.slips} slip${nc.slips === 1 ? '' : 's'} logged` : '';
  if (nc.targetDays === null || nc.targetDate === null) return `day ${nc.days} · for good${slips}`;
  const left = nc.remainingDays ? `${nc.remainingDays} days left` : 'window complete';
  return `day ${Math.min(nc.days, nc.targetDays)} of ${nc.targetDays} · until ${formatDay(nc.targetDate)} · ${left}${slips}`;
}

export function printHeader(report: StatusReport, out: Output): void {
  const { style } = out;
  if (!report.step) return;
  out.line(style.heading(`Step ${report.step.number} of 7: ${report.step.title}`));
  out.line(wrap(stepById(report.step.id).summary, out.columns));
  const nc = noContactLine(report);
  if (nc) out.line(wrap(`${style.muted('No contact')}  ${nc}`, out.columns, ' '.repeat(12)));
  if (report.safetyMode)
    out.line(style.warn('Safety mode is on: contact coaching is locked for good.'));
}

export function printSteps(report: StatusReport, out: Output): void {
  const { style } = out;
  const paint: Record<StepState, (t: string) => string> = {
    done: style.ok,
    current: style.accent,
    available: (t) => t,
    locked: style.muted,
  };
  const width = Math.min(30, Math.max(...report.steps.map((s) => s.title.length)) + 2);
  let lastReason: string | undefined;
  for (const step of report.steps) {
    const paintIt = paint[step.state];
    out.line(
      `  ${paintIt(MARK[step.state])} ${step.number}  ${paintIt(padEnd(step.title, width))}${paintIt(LABEL[step.state])}`,
    );
    // Steps locked for the same reason share one explanation.
    if (step.reason) {
      const text = step.reason === lastReason ? 'Same as above.' : step.reason;
      out.line(style.muted(wrap(`       ${text}`, out.columns, '       ')));
    }
    lastReason = step.reason;
  }
}

export function printNext(report: StatusReport, out: Output): void {
  const { style } = out;
  out.line(style.heading('Next'));
  for (const item of report.next) out.line(bullet(item, out.columns));
  if (report.today)
    out.line(wrap(`${style.strong("Today's idea:")} ${report.today}`, out.columns, '  '));
}

export function printDashboard(report: StatusReport, data: ExcoData, now: Date, out: Output): void {
  const { style } = out;
  printHeader(report, out);
  out.line();
  printSteps(report, out);
  out.line();
  printCheckInSummary(data, now, out);
  printUrges(urgeSummary(data.urges, now, dayStartHour(data)), out);
  const row = (label: string, value: string) =>
    out.line(`${style.muted(padEnd(label, 12))}${value}`);
  row('Goals', `${report.goals.active} active · ${report.goals.completed} completed`);
  if (report.backingOffUntil) row('Backing off', `until ${formatDay(report.backingOffUntil)}`);
  if (report.exNewPartner) row('Their life', 'with someone new');
  row('Safety mode', report.safetyMode ? style.warn('on') : 'off');
  out.line();
  printEvidenceSummary(data, out, checkInDay(data, now));
  out.line();
  printNext(report, out);
}
