/**
 * The paced breathing count-down of `exco urge`: one line that updates each second, skippable
 * with any key. Time and keys come through a `Pause`, so tests run it instantly with a fake one;
 * the terminal one is the only place that puts stdin into raw mode.
 */
import readline from 'node:readline';
import type { BreathPhase } from '../content/urge.js';
import { CancelledError } from '../errors.js';

export interface Pause {
  /** Shows `text` on the one line that updates. */
  show(text: string): void;
  /** Waits `ms`; resolves true early when the person presses a key to skip. */
  wait(ms: number): Promise<boolean>;
  /** Ends the updating line and gives the keyboard back. */
  end(): void;
}

export type BreathingResult = 'done' | 'skipped';

/** A text bar for the count-down: filled for the seconds that have passed. */
export function breathFrame(
  phase: BreathPhase,
  left: number,
  cycle: number,
  cycles: number,
): string {
  const done = phase.seconds - left;
  const bar = '●'.repeat(done) + '○'.repeat(left);
  return `${phase.label.padEnd(12)} ${bar}  ${left}   (${cycle}/${cycles})`;
}

export async function breathe(
  pause: Pause,
  pattern: { phases: readonly BreathPhase[]; cycles: number },
  secondMs = 1000,
): Promise<BreathingResult> {
  try {
    for (let cycle = 1; cycle <= pattern.cycles; cycle += 1) {
      for (const phase of pattern.phases) {
        for (let left = phase.seconds; left > 0; left -= 1) {
          pause.show(breathFrame(phase, left, cycle, pattern.cycles));
          if (await pause.wait(secondMs)) return 'skipped';
        }
      }
    }
    return 'done';
  } finally {
    pause.end();
  }
}

type Input = NodeJS.ReadStream & { setRawMode?: (mode: boolean) => unknown };

/** The real pause: a timer, and any key to skip. Ctrl-C cancels (exit 130) as everywhere else. */
export function terminalPause(
  input: Input = process.stdin,
  output: NodeJS.WriteStream = process.stdout,
): Pause {
  let pressed: ((key: 'skip' | 'cancel') => void) | null = null;
  const onKey = (_: string, key: readline.Key | undefined) => {
    const cancel = key?.ctrl === true && (key.name === 'c' || key.name === 'd');
    pressed?.(cancel ? 'cancel' : 'skip');
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    readline.emitKeypressEvents(input);
    input.setRawMode?.(true);
    input.on('keypress', onKey);
    input.resume();
  };
  return {
    show(text) {
      start();
      output.write(`\r\u001b[2K${text}`);
    },
    wait(ms) {
      start();
      return new Promise<boolean>((resolve, reject) => {
        const timer = setTimeout(() => {
          pressed = null;
          resolve(false);
        }, ms);
        pressed = (key) => {
          clearTimeout(timer);
          pressed = null;
          if (key === 'cancel') reject(new CancelledError());
          else resolve(true);
        };
      });
    },
    end() {
      if (!started) return;
      started = false;
      input.off('keypress', onKey);
      input.setRawMode?.(false);
      input.pause();
      output.write('\r\u001b[2K');
    },
  };
}
