import { PassThrough } from 'node:stream';
import { describe, expect, it, jest } from '@jest/globals';
import { BREATHING } from '../../src/content/urge.js';
import { CancelledError } from '../../src/errors.js';
import { breathe, breathFrame, terminalPause, type Pause } from '../../src/ui/breathing.js';

function recorder(answers: (boolean | Error)[] = []): Pause & { frames: string[]; ended: number } {
  const queue = [...answers];
  const pause = {
    frames: [] as string[],
    ended: 0,
    show: (text: string) => void pause.frames.push(text),
    wait: async () => {
      const next = queue.shift() ?? false;
      if (next instanceof Error) throw next;
      return next;
    },
    end: () => void (pause.ended += 1),
  };
  return pause;
}

describe('the breathing count-down', () => {
  it('counts 4 in, 4 hold, 6 out, three times, one frame a second', async () => {
    const pause = recorder();
    await expect(breathe(pause, BREATHING)).resolves.toBe('done');
    expect(pause.frames).toHaveLength(42);
    expect(pause.frames[0]).toMatch(/^Breathe in +○○○○ {2}4 +\(1\/3\)$/);
    expect(pause.frames[4]).toMatch(/^Hold/);
    expect(pause.frames[8]).toMatch(/^Breathe out +○{6} {2}6/);
    expect(pause.frames[13]).toMatch(/^Breathe out +●{5}○ {2}1/);
    expect(pause.frames[41]).toMatch(/\(3\/3\)$/);
    expect(pause.ended).toBe(1);
  });

  it('stops at the first key press and still ends the line', async () => {
    const pause = recorder([false, false, true]);
    await expect(breathe(pause, BREATHING)).resolves.toBe('skipped');
    expect(pause.frames).toHaveLength(3);
    expect(pause.ended).toBe(1);
  });

  it('Ctrl-C cancels and gives the keyboard back', async () => {
    const pause = recorder([new CancelledError()]);
    await expect(breathe(pause, BREATHING)).rejects.toBeInstanceOf(CancelledError);
    expect(pause.ended).toBe(1);
  });

  it('frames show progress as a bar', () => {
    expect(breathFrame({ label: 'Hold', seconds: 4 }, 1, 2, 3)).toMatch(/●●●○ {2}1 +\(2\/3\)/);
  });
});

describe('the terminal pause', () => {
  function fakeTerminal() {
    const input = new PassThrough() as PassThrough & { setRawMode: (mode: boolean) => void };
    const raw: boolean[] = [];
    input.setRawMode = (mode) => void raw.push(mode);
    const written: string[] = [];
    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => written.push(chunk.toString()));
    const pause = terminalPause(
      input as unknown as NodeJS.ReadStream,
      output as unknown as NodeJS.WriteStream,
    );
    return { input, raw, written, pause };
  }

  it('any key skips the wait; raw mode is on while it runs and off after', async () => {
    const { input, raw, pause } = fakeTerminal();
    pause.show('Breathe in');
    const waiting = pause.wait(60_000);
    input.write('x');
    await expect(waiting).resolves.toBe(true);
    pause.end();
    expect(raw).toEqual([true, false]);
  });

  it('Ctrl-C rejects as a cancel (exit 130)', async () => {
    const { input, pause } = fakeTerminal();
    const waiting = pause.wait(60_000);
    input.write('\u0003');
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
    pause.end();
  });

  it('the wait ends by itself when nobody presses a key', async () => {
    jest.useFakeTimers();
    try {
      const { pause } = fakeTerminal();
      const waiting = pause.wait(1000);
      jest.advanceTimersByTime(1000);
      await expect(waiting).resolves.toBe(false);
      pause.end();
    } finally {
      jest.useRealTimers();
    }
  });
});
