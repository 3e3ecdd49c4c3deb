/** `exco data`: where the data lives, export, import, doctor, forget. */
import { type Command, Option } from 'commander';
import { envelope, toMarkdown } from '../core/export.js';
import { DataError, ExcoError, ExitCode } from '../errors.js';
import { runDoctor, type CheckLevel } from '../store/doctor.js';
import { forgetAll } from '../store/forget.js';
import { readImportFile, writeExportFile } from '../store/transfer.js';
import { type Deps, type DepsFor, requireTerminal } from './context.js';

export interface ExportOptions {
  format: 'json' | 'md';
  redact: boolean;
  output?: string;
  force: boolean;
}

export function runDataPath(opts: { json: boolean }, deps: Deps): void {
  const { paths } = deps.store;
  if (opts.json) {
    deps.out.json({ dir: paths.dir, file: paths.file, backups: paths.backups });
    return;
  }
  deps.out.line(paths.file);
}

export function runExport(opts: ExportOptions, deps: Deps): void {
  const data = deps.store.read();
  if (!data) {
    throw new DataError(
      `There is nothing to export yet: exco has no data in ${deps.store.paths.dir}.`,
    );
  }
  const now = deps.now();
  const contents =
    opts.format === 'md'
      ? toMarkdown(data, now, opts.redact)
      : `${JSON.stringify(envelope(data, now, deps.version, opts.redact), null, 2)}\n`;
  if (!opts.output) {
    deps.out.raw(contents);
    return;
  }
  writeExportFile(opts.output, contents, opts.force);
  deps.out.error(`Exported to ${opts.output} (readable only by you).`);
}

export async function runImport(file: string, opts: { yes: boolean }, deps: Deps): Promise<void> {
  const incoming = readImportFile(file);
  const current = deps.store.read();
  if (current && !opts.yes) {
    requireTerminal(
      deps,
      'data import',
      '--yes to replace your current data (it is backed up first)',
    );
    const ok = await deps.prompter.confirm(
      'Replace your current exco data with this file? (Your current data is backed up first.)',
      { default: false },
    );
    if (!ok) {
      deps.out.line('Nothing was imported.');
      return;
    }
  }
  const backup = await deps.store.replace(incoming, 'import');
  const { style } = deps.out;
  deps.out.line(style.ok(`Imported ${file}.`));
  deps.out.line(
    `${incoming.reflections.length} reflections, ${incoming.goals.length} goals, ` +
      `${incoming.contacts.length} contacts, ${incoming.urges.length} urges.`,
  );
  if (backup) deps.out.line(style.muted(`Your previous data was backed up to ${backup}`));
}

const MARK: Record<CheckLevel, string> = { ok: '✓', warn: '!', fail: '✗' };

export async function runDataDoctor(
  opts: { repair: boolean; json: boolean },
  deps: Deps,
): Promise<void> {
  const report = await runDoctor(deps.store.paths, { repair: opts.repair, now: deps.now });
  if (opts.json) {
    deps.out.json(report);
  } else {
    const { style } = deps.out;
    const paint = { ok: style.ok, warn: style.warn, fail: style.danger };
    for (const check of report.checks) {
      deps.out.line(`${paint[check.level](MARK[check.level])} ${check.message}`);
      if (check.repaired) deps.out.line(`  ${style.muted(`→ ${check.repaired}`)}`);
    }
    const unrepaired = report.checks.some((c) => c.level !== 'ok' && !c.repaired);
    if (!opts.repair && unrepaired)
      deps.out.line(`Run ${style.command('exco data doctor --repair')} to fix what can be fixed.`);
  }
  if (!report.healthy) throw new ExcoError('exco data needs attention (see above).', ExitCode.data);
}

export async function runForget(opts: { yes: boolean }, deps: Deps): Promise<void> {
  const { paths } = deps.store;
  if (!opts.yes) {
    requireTerminal(deps, 'data forget', '--yes to delete all your exco data');
    deps.out.line(
      `This deletes everything exco keeps in ${paths.dir}, backups included. It cannot be undone.`,
    );
    const typed = await deps.prompter.input('Type "forget" to delete it all:');
    if (typed.trim().toLowerCase() !== 'forget') {
      deps.out.line('Nothing was deleted.');
      return;
    }
  }
  const removed = forgetAll(paths);
  deps.out.line(
    removed.length ? 'Your exco data is deleted.' : 'There was no exco data to delete.',
  );
}

export function registerData(program: Command, depsFor: DepsFor): void {
  const data = program
    .command('data')
    .description('where your data lives; export, import, check and repair, or delete it')
    .addHelpText(
      'after',
      '\nExamples:\n  $ exco data path\n  $ exco data export --format md --redact > exco.md\n  $ exco data doctor --repair',
    );

  data
    .command('path')
    .description('print where the data file is')
    .option('--json', 'print the paths as JSON')
    .addHelpText('after', '\nExample:\n  $ exco data path')
    .action((opts: { json?: boolean }, cmd: Command) =>
      runDataPath({ json: opts.json === true }, depsFor(cmd)),
    );

  data
    .command('export')
    .description('write all your data as JSON or Markdown')
    .addOption(
      new Option('--format <format>', 'json or md').choices(['json', 'md']).default('json'),
    )
    .option('--redact', "leave out your ex's name and everything you wrote in your own words")
    .option('-o, --output <file>', 'write to a file (private) instead of standard output')
    .option('--force', 'replace the output file if it exists')
    .addHelpText(
      'after',
      '\nExamples:\n  $ exco data export > exco-backup.json\n  $ exco data export --format md --redact -o summary.md',
    )
    .action(
      (
        opts: { format: 'json' | 'md'; redact?: boolean; output?: string; force?: boolean },
        cmd: Command,
      ) =>
        runExport(
          {
            format: opts.format,
            redact: opts.redact === true,
            output: opts.output,
            force: opts.force === true,
          },
          depsFor(cmd),
        ),
    );

  data
    .command('import')
    .description(
      'replace your data with an export (validated; your current data is backed up first)',
    )
    .argument('<file>', 'a JSON file from `exco data export` or a backup')
    .option('-y, --yes', 'do not ask before replacing existing data')
    .addHelpText('after', '\nExample:\n  $ exco data import exco-backup.json')
    .action((file: string, opts: { yes?: boolean }, cmd: Command) =>
      runImport(file, { yes: opts.yes === true }, depsFor(cmd)),
    );

  data
    .command('doctor')
    .description('check the data file, its permissions, the lock and the backups')
    .option(
      '--repair',
      'fix permissions and stale locks; set an unreadable file aside and restore the newest good backup',
    )
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nExamples:\n  $ exco data doctor\n  $ exco data doctor --repair')
    .action((opts: { repair?: boolean; json?: boolean }, cmd: Command) =>
      runDataDoctor({ repair: opts.repair === true, json: opts.json === true }, depsFor(cmd)),
    );

  data
    .command('forget')
    .description('delete all your exco data, backups included')
    .option('-y, --yes', 'delete without asking')
    .addHelpText('after', '\nExample:\n  $ exco data forget')
    .action((opts: { yes?: boolean }, cmd: Command) =>
      runForget({ yes: opts.yes === true }, depsFor(cmd)),
    );
}
