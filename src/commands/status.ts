/** `exco status`: the one-screen dashboard. */
import type { Command } from 'commander';
import { buildStatus } from '../core/status.js';
import { printDashboard } from '../ui/dashboard.js';
import { pickCountry, printResources } from '../ui/resources-view.js';
import type { Deps, DepsFor } from './context.js';

export function runStatus(opts: { json: boolean }, deps: Deps): void {
  const data = deps.store.read();
  const { report } = buildStatus(data, deps.now());
  if (opts.json) {
    deps.out.json(report);
    return;
  }
  const { out } = deps;
  if (!report.started) {
    out.line(out.style.heading('You have not started yet.'));
    out.line(
      `Run ${out.style.command('exco start')} to set up your plan. It takes about five minutes.`,
    );
    return;
  }
  if (data) printDashboard(report, data, deps.now(), out);
  if (report.safetyMode) {
    out.line();
    printResources(out, ['abuse', 'crisis'], pickCountry(data?.settings.country ?? null));
  }
}

export function registerStatus(program: Command, depsFor: DepsFor): void {
  program
    .command('status')
    .description('your dashboard: the seven steps, no-contact days, check-ins, goals, what next')
    .option('--json', 'print the status as one JSON document')
    .addHelpText('after', '\nExamples:\n  $ exco status\n  $ exco status --json')
    .action((opts: { json?: boolean }, cmd: Command) =>
      runStatus({ json: opts.json === true }, depsFor(cmd)),
    );
}
