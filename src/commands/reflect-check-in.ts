/**
 * The daily check-in of `exco reflect`: mood, urge, one reflection prompt and a note, asked or
 * given as flags; then support if the words call for it, the save, and the coach's reply.
 */
import { checkInDay, dayStartHour, streakWith } from '../core/check-ins.js';
import { coachReply } from '../core/coach-reply.js';
import { dayOf, formatDay, type Day } from '../core/dates.js';
import { isStarted } from '../core/engine.js';
import type { Reflection, SupportFlag } from '../core/model.js';
import { pastDayProblem } from '../core/profile.js';
import { choosePrompt } from '../core/reflection-prompts.js';
import { detectSupport } from '../core/support.js';
import { COACH, MOOD_CHOICES, URGE_QUESTION, type ReflectionPrompt } from '../content/reflect.js';
import { UsageError } from '../errors.js';
import { wrap } from '../ui/layout.js';
import { askWholeNumber } from '../ui/prompter.js';
import { crisisContact, pickCountry } from '../ui/resources-view.js';
import { type Deps, requireTerminal } from './context.js';
import { type NoteReader, readNoteFile } from './note-input.js';
import { jsonSafe, respondToSupport } from './support-response.js';

export interface CheckInOptions {
  mood?: number;
  urge?: number;
  note?: string;
  noteFile?: string;
  date?: string;
  json: boolean;
}

interface CheckIn {
  date: Day;
  mood: number;
  urge: number;
  prompt?: ReflectionPrompt;
  answer?: string;
  note?: string;
}

export const CHECK_IN_FLAGS =
  '--mood 1-5 --urge 0-10 --note TEXT (or --note-file PATH, - for stdin)';

function checkRange(name: string, value: number | undefined, min: number, max: number): number {
  if (value === undefined) {
    throw new UsageError(
      `A check-in without questions needs --mood and --urge.`,
      `Pass ${CHECK_IN_FLAGS}.`,
    );
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

async function fromFlags(opts: CheckInOptions, date: Day, read?: NoteReader): Promise<CheckIn> {
  const mood = checkRange('mood', opts.mood, 1, 5);
  const urge = checkRange('urge', opts.urge, 0, 10);
  if (opts.note !== undefined && opts.noteFile !== undefined) {
    throw new UsageError('Pass either --note or --note-file, not both.');
  }
  if (opts.note === undefined && opts.noteFile === undefined) {
    throw new UsageError(
      'A check-in without questions needs a note: --note TEXT, or --note-file PATH (- reads stdin).',
      'Reading it from a file or stdin keeps private words out of your shell history.',
    );
  }
  const note = opts.note ?? (await readNoteFile(opts.noteFile as string, read));
  if (note.trim() === '') throw new UsageError('The note is empty. Write a few words.');
  return { date, mood, urge, note };
}

async function ask(
  deps: Deps,
  date: Day,
  prompt: ReflectionPrompt,
  backFill: boolean,
): Promise<CheckIn> {
  const { out, prompter } = deps;
  const mood = await prompter.select(
    backFill ? 'How was your mood that day?' : 'How is your mood today?',
    MOOD_CHOICES,
    { default: 3 },
  );
  const urge = await askWholeNumber(prompter, URGE_QUESTION, { min: 0, max: 10, default: 5 });
  out.line();
  out.line(out.style.strong(wrap(prompt.text, out.columns)));
  out.line(out.style.muted(wrap(prompt.hint, out.columns)));
  const answer = (await prompter.input('Your answer (Enter to skip):')).trim();
  const note = (await prompter.input('Anything else on your mind? (optional)')).trim();
  out.line();
  return {
    date,
    mood,
    urge,
    prompt,
    ...(answer ? { answer } : {}),
    ...(note ? { note } : {}),
  };
}

function supportFor(checkIn: CheckIn): SupportFlag[] {
  const flags = new Set(
    [checkIn.answer, checkIn.note].flatMap((text) => (text ? detectSupport(text) : [])),
  );
  // Crisis first, as detectSupport orders them.
  return (['crisis', 'safety'] as const).filter((f) => flags.has(f));
}

export async function runCheckIn(
  opts: CheckInOptions,
  deps: Deps,
  read?: NoteReader,
): Promise<void> {
  const { out } = deps;
  // The day and any support response need only the essentials; the questions read the history.
  const essentials = deps.store.readEssentials();
  const now = deps.now();
  if (opts.date) {
    // A back-filled day may be today's calendar date even while the check-in day is still
    // yesterday (before the day-start hour).
    const problem = pastDayProblem(opts.date, dayOf(now));
    if (problem) throw new UsageError(problem);
  }
  const date = opts.date ?? checkInDay(essentials, now);
  const flagged = [opts.mood, opts.urge, opts.note, opts.noteFile].some((v) => v !== undefined);
  let checkIn: CheckIn;
  if (flagged || opts.json) {
    checkIn = await fromFlags(opts, date, read);
  } else {
    requireTerminal(deps, 'reflect', CHECK_IN_FLAGS);
    const before = deps.store.read();
    out.line(out.style.heading(`Check-in · ${formatDay(date)}`));
    const earlier = (before?.reflections ?? []).filter((r) => r.date === date);
    if (earlier.length) {
      out.line(
        out.style.muted(
          wrap(
            `You already checked in for this day (${earlier.map((r) => r.id).join(', ')}). This adds another; the streak counts the day once.`,
            out.columns,
          ),
        ),
      );
    }
    checkIn = await ask(
      deps,
      date,
      choosePrompt(before, now),
      date !== checkInDay(essentials, now),
    );
  }
  const support = supportFor(checkIn);
  // Resources come before anything else, and before saving: if they cancel the safety-mode
  // question, "nothing was saved" stays true.
  await respondToSupport(support, essentials, 'check-in', jsonSafe(deps, opts.json));
  // What the reply needs is worked out under the lock, on the check-ins the new one joins, rather
  // than by reading the whole file back; the store gives them without parsing years of check-ins
  // while it can (store/check-in-tail.ts).
  const after = await deps.store.addCheckIn(checkIn.date, (history, saved) => {
    const record: Reflection = {
      id: history.nextId,
      at: now.toISOString(),
      date: checkIn.date,
      mood: checkIn.mood,
      urge: checkIn.urge,
      ...(checkIn.prompt ? { promptId: checkIn.prompt.id, prompt: checkIn.prompt.text } : {}),
      ...(checkIn.answer ? { answer: checkIn.answer } : {}),
      ...(checkIn.note ? { note: checkIn.note } : {}),
      support,
    };
    return {
      record,
      result: {
        saved: record,
        streak: streakWith(history, record.date, checkInDay(saved, now)),
        sameDay: history.recent.filter((r) => r.date === record.date).length + 1,
        dayStartHour: dayStartHour(saved),
        firstEver: !isStarted(saved) && history.count === 0,
        reply: coachReply({
          entry: record,
          history,
          mistakes: saved.mistakes,
          goals: saved.goals,
          safetyMode: saved.safety != null,
        }),
      },
    };
  });
  const { saved, streak } = after;
  if (opts.json) {
    out.json({ saved: true, id: saved.id, date: saved.date, streak, support });
    return;
  }
  printSaved(after, opts.date !== undefined, deps);
  out.line();
  out.line(out.style.heading('Coach'));
  out.line(wrap(after.reply.join(' '), out.columns));
  if (saved.mood === 1 && support.length === 0) {
    // The support check cannot catch every way a crisis is put: the hardest days get a line anyway.
    const contact = crisisContact(pickCountry(essentials?.settings.country ?? null));
    out.line(out.style.muted(wrap(COACH.hardDay(contact), out.columns)));
  }
  if (after.firstEver && support.length === 0) {
    out.line();
    out.line(
      out.style.muted(
        wrap(
          'When you are ready, `exco start` sets up your plan; your check-ins carry over.',
          out.columns,
        ),
      ),
    );
  }
}

interface AfterSave {
  saved: Reflection;
  streak: number;
  /** Check-ins on the saved one's day, itself included. */
  sameDay: number;
  dayStartHour: number;
}

function printSaved(after: AfterSave, backFilled: boolean, deps: Deps): void {
  const { out } = deps;
  const { saved, streak } = after;
  const streakText = `streak: ${streak} day${streak === 1 ? '' : 's'}`;
  out.line(
    out.style.ok(
      backFilled
        ? `Saved ${saved.id}, back-filled for ${formatDay(saved.date)} · ${streakText}`
        : `Saved ${saved.id} for ${formatDay(saved.date)} · ${streakText}`,
    ),
  );
  const hour = after.dayStartHour;
  const now = deps.now();
  if (!backFilled && saved.date !== dayOf(now)) {
    out.line(
      out.style.muted(
        wrap(
          `It is before ${String(hour).padStart(2, '0')}:00, so this counts for ${formatDay(saved.date)}. Change when your day starts with \`exco reflect --day-starts-at HOUR\`.`,
          out.columns,
        ),
      ),
    );
  }
  if (after.sameDay > 1) {
    out.line(
      out.style.muted(
        wrap(
          `You have ${after.sameDay} check-ins for that day; the streak counts it once.`,
          out.columns,
        ),
      ),
    );
  }
}
