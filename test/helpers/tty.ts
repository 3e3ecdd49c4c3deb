/**
 * Drives the built binary in a real pseudo-terminal through tmux: start it in a detached session,
 * type keys, wait for text on the screen, read the exit code. Each terminal gets its own tmux
 * server (a private socket), so tests never share state, and `close()` kills that server and everything in it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN } from './cli.js';

let counter = 0;

/** Fails loudly: the real-terminal tests are part of the proof, they must not silently skip. */
export function requireTmux(): void {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    throw new Error(
      'tmux is required for the real-terminal tests (apt-get install -y tmux); it was not found.',
    );
  }
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

export interface TtyOptions {
  home: string;
  cols?: number;
  rows?: number;
  /** Extra environment; `undefined` removes a variable. NO_COLOR=1 unless overridden. */
  env?: Record<string, string | undefined>;
}

export interface ScreenOptions {
  /** Include colour and attribute escapes (`capture-pane -e`). */
  escapes?: boolean;
  /** Join lines the terminal wrapped, so each line is one line the program printed. */
  join?: boolean;
}

const EXITED = /^EXIT=\d+$/m;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Tty {
  private readonly socket: string;
  private readonly target = 'exco';
  private closed = false;

  constructor(args: string[], options: TtyOptions) {
    counter += 1;
    this.socket = path.join(os.tmpdir(), `exco-tty-${process.pid}-${counter}.sock`);
    const env: Record<string, string | undefined> = {
      EXCO_HOME: options.home,
      NO_COLOR: '1',
      FORCE_COLOR: undefined,
      TERM: 'xterm-256color',
      ...options.env,
    };
    const entries = Object.entries(env);
    const assignments = [
      ...entries.filter(([, value]) => value === undefined).map(([key]) => `-u ${key}`),
      ...entries.flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${quote(value)}`])),
    ];
    const command = [
      'env',
      ...assignments,
      quote(process.execPath),
      quote(BIN),
      ...args.map(quote),
    ].join(' ');
    // The pane stays open after exit so the last screen and the exit code can be read.
    this.tmux([
      'new-session',
      '-d',
      '-s',
      this.target,
      '-x',
      String(options.cols ?? 100),
      '-y',
      String(options.rows ?? 50),
      `${command}; echo "EXIT=$?"; sleep 60`,
    ]);
    this.tmux(['set-option', '-t', this.target, 'history-limit', '5000']);
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }

  /** The whole pane, scrollback included. */
  screen(options: ScreenOptions = {}): string {
    const flags = ['-p', '-S', '-'];
    if (options.escapes) flags.push('-e');
    if (options.join) flags.push('-J');
    return this.tmux(['capture-pane', ...flags, '-t', this.target]);
  }

  /** Types literal text (no key names). */
  type(text: string): void {
    this.tmux(['send-keys', '-t', this.target, '-l', text]);
  }

  /** Presses keys by tmux name: Enter, Down, C-c, Space… */
  press(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.target, ...keys]);
  }

  /** Waits until the screen (wrapped lines joined) matches, and returns it. */
  async waitFor(expected: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      last = this.screen({ join: true });
      if (typeof expected === 'string' ? last.includes(expected) : expected.test(last)) return last;
      // The program has ended: what it did not print by now will not come.
      if (EXITED.test(last)) break;
      await sleep(50);
    }
    throw new Error(`Timed out waiting for ${String(expected)}. The screen was:\n${last}`);
  }

  /** Waits for the program to end and returns its exit code. */
  async exitCode(timeoutMs = 15_000): Promise<number> {
    const screen = await this.waitFor(EXITED, timeoutMs);
    return Number(/^EXIT=(\d+)$/m.exec(screen)?.[1]);
  }

  private lines(): string[] {
    return this.screen({ join: true }).split('\n');
  }

  private answered(question: string): number {
    return this.lines().filter((line) => line.startsWith(`✔ ${question}`)).length;
  }

  /** Waits for `question` to be the open prompt; returns how often it was answered before. */
  private async open(question: string, timeoutMs: number): Promise<number> {
    await this.waitFor(`? ${question}`, timeoutMs);
    return this.answered(question);
  }

  /** Presses Enter and waits until the prompt shows as answered. */
  private async submit(question: string, before: number, timeoutMs: number): Promise<void> {
    this.press('Enter');
    const deadline = Date.now() + timeoutMs;
    while (this.answered(question) <= before) {
      if (Date.now() > deadline) {
        throw new Error(`"${question}" was not accepted. The screen was:\n${this.screen()}`);
      }
      await sleep(30);
    }
  }

  /** The line of the open menu the pointer is on. */
  private pointed(): string | undefined {
    return this.lines()
      .filter((line) => line.startsWith('❯'))
      .at(-1);
  }

  /** In the menu asking `question`, moves the pointer to the choice containing `label` and picks it. */
  async choose(question: string, label: string, timeoutMs = 15_000): Promise<void> {
    const before = await this.open(question, timeoutMs);
    await this.waitFor(/^❯/m, timeoutMs);
    const seen = new Set<string>();
    for (let current = this.pointed(); current !== undefined;) {
      if (current.includes(label)) return this.submit(question, before, timeoutMs);
      if (seen.has(current)) break;
      seen.add(current);
      this.press('Down');
      const moved = current;
      const deadline = Date.now() + timeoutMs;
      while (current === moved && Date.now() < deadline) {
        await sleep(30);
        current = this.pointed();
      }
    }
    throw new Error(`No choice "${label}" for "${question}". The screen was:\n${this.screen()}`);
  }

  /** Answers the text prompt `question` (an empty answer takes the default). */
  async answer(question: string, text: string, timeoutMs = 15_000): Promise<void> {
    const before = await this.open(question, timeoutMs);
    if (text !== '') this.type(text);
    await this.submit(question, before, timeoutMs);
  }

  /** Answers the yes/no prompt `question`. */
  async confirm(question: string, yes: boolean, timeoutMs = 15_000): Promise<void> {
    const before = await this.open(question, timeoutMs);
    this.type(yes ? 'y' : 'n');
    await this.submit(question, before, timeoutMs);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
    fs.rmSync(this.socket, { force: true });
  }
}
