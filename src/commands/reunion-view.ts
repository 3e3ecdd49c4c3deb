/** What the step-6 flow prints: the guidance, progress so far, and feedback on a conversation. */
import type { Conversation, ExcoData } from '../core/model.js';
import { BUSY_WEEK, HARD_STREAK, reunionProgress } from '../core/reunion.js';
import { ownWords } from '../core/urge.js';
import { REUNION_TEXT, REUNION_TOPICS } from '../content/reunion.js';
import { bullet, wrap } from '../ui/layout.js';
import type { Output } from '../ui/output.js';
import { formatDay, type Day } from '../core/dates.js';

const topicName = (id: string) => REUNION_TOPICS.find((t) => t.id === id)?.name ?? id;

export function printGuidance(data: ExcoData, out: Output): void {
  const { style } = out;
  out.line(style.heading(REUNION_TEXT.title));
  for (const line of REUNION_TEXT.intro) out.line(wrap(line, out.columns));
  out.line();
  out.line(style.strong(REUNION_TEXT.talkTitle));
  for (const t of REUNION_TOPICS) out.line(bullet(`${t.name}. ${t.prompt}`, out.columns));
  const words = ownWords({ ...data, reflections: [] }, 2);
  if (words.length) {
    out.line(style.muted(`  ${REUNION_TEXT.yourWords}:`));
    for (const w of words)
      out.line(wrap(`    ${w.label}: ${style.theirs(w.text)}`, out.columns, '      '));
  }
  out.line();
  out.line(style.strong(REUNION_TEXT.fastTitle));
  for (const sign of REUNION_TEXT.fast) out.line(bullet(sign, out.columns));
  out.line();
}

export function printProgress(
  conversations: readonly Conversation[],
  today: Day,
  out: Output,
): void {
  if (conversations.length === 0) return;
  const p = reunionProgress(conversations, today);
  const { style } = out;
  out.line(
    style.strong(
      `${REUNION_TEXT.progressTitle}: ${p.count} conversation${p.count === 1 ? '' : 's'} logged`,
    ),
  );
  if (p.covered.length)
    out.line(
      wrap(
        `  ${REUNION_TEXT.covered}: ${p.covered.map(topicName).join('; ')}`,
        out.columns,
        '    ',
      ),
    );
  if (p.notYet.length)
    out.line(
      wrap(`  ${REUNION_TEXT.notYet}: ${p.notYet.map(topicName).join('; ')}`, out.columns, '    '),
    );
  out.line();
}

export function printFeedback(
  conversation: Conversation,
  conversations: readonly Conversation[],
  today: Day,
  out: Output,
  options: { notYet: boolean } = { notYet: true },
): void {
  const { style } = out;
  out.line(style.ok(REUNION_TEXT.logged(conversation.id, formatDay(conversation.date))));
  out.line(wrap(REUNION_TEXT.went[conversation.went], out.columns));
  const p = reunionProgress(conversations, today);
  if (p.hardStreak >= HARD_STREAK) out.line(wrap(REUNION_TEXT.hardStreak, out.columns));
  if (p.lastWeek >= BUSY_WEEK) out.line(wrap(REUNION_TEXT.busyWeek(p.lastWeek), out.columns));
  if (options.notYet && p.notYet.length) {
    out.line(
      wrap(
        `${style.muted(`${REUNION_TEXT.notYet}:`)} ${p.notYet.map(topicName).join('; ')}`,
        out.columns,
        '  ',
      ),
    );
  }
}
