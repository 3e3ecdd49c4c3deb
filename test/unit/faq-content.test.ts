import { describe, expect, it } from '@jest/globals';
import { FAQ_IDS, FAQS, faqById, type Faq, type FaqId } from '../../src/content/faq.js';

const COMMANDS = ['start', 'status', 'reflect', 'goals', 'faq', 'contact', 'urge', 'draft', 'data'];

/*
 * The source guide's FAQ answers, kept here only to prove exco says the same things in its own
 * words: no run of five words from them may appear in an answer or a next step.
 */
const GUIDE_ANSWERS = [
  "There's no magic number. A few weeks to a couple of months is often recommended, depending on the severity of the breakup and the dynamics involved. Focus on yourself during this period.",
  "If your ex is in a new relationship, it's best to respect their current situation. Focus on your own healing and growth. Trying to interfere or win them back from their current partner is unlikely to succeed and could cause more heartache.",
  "If your ex is not responding to your attempts to reconnect, respect their wishes and give them space. It's important to accept their decision, even if it's painful. Continue focusing on your own self-improvement.",
  "Possibly, but only if both of you are genuinely ready and willing to maintain a platonic relationship. It's crucial to establish clear boundaries and manage expectations. It might take time to transition to a friendship, and it may not always be possible.",
  "Even if you believe you were not at fault, relationships are rarely one-sided. Consider whether there were aspects of the relationship that could have been improved, even if they weren't your primary responsibility. Self-reflection often reveals areas for growth, regardless of who initiated the breakup.",
  'Be prepared for the possibility of another breakup. Reconciliation is not a guarantee of a lasting relationship. However, the time spent on self-improvement and reflection can help you navigate future relationships more successfully, regardless of the outcome.',
];

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);

const runs = (text: string, n: number) => {
  const w = words(text);
  return w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' '));
};

const answerOf = (id: FaqId) => (faqById(id) as Faq).answer.join(' ');

describe('FAQ content', () => {
  it('has the six questions of the design, in order, with their stable ids', () => {
    expect([...FAQ_IDS]).toEqual([
      'wait-time',
      'ex-dating',
      'unresponsive',
      'friends',
      'not-my-fault',
      'goes-wrong-again',
    ]);
    expect(FAQS.map((f) => f.id)).toEqual([...FAQ_IDS]);
  });

  it('finds a question by id, and nothing for an unknown one', () => {
    for (const id of FAQ_IDS) expect(faqById(id)?.id).toBe(id);
    expect(faqById('nope')).toBeUndefined();
    expect(faqById('constructor')).toBeUndefined();
  });

  it.each(FAQ_IDS)('%s has a question, an answer, next steps and keywords', (id) => {
    const faq = faqById(id) as Faq;
    expect(faq.question).toMatch(/^[A-Z].*\?$/);
    expect(faq.answer.length).toBeGreaterThanOrEqual(3);
    expect(faq.next.length).toBeGreaterThanOrEqual(1);
    expect(faq.keywords.length).toBeGreaterThanOrEqual(3);
    for (const text of [faq.question, ...faq.answer, ...faq.next, ...faq.keywords]) {
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it.each(FAQ_IDS)('%s points only to commands exco has', (id) => {
    const faq = faqById(id) as Faq;
    for (const step of faq.next) {
      const named = [...step.matchAll(/`exco ([a-z-]+)/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(0);
      for (const command of named) expect(COMMANDS).toContain(command);
    }
  });

  it('says everything in its own words', () => {
    const guide = new Set(GUIDE_ANSWERS.flatMap((a) => runs(a, 5)));
    for (const faq of FAQS) {
      const copied = [...faq.answer, ...faq.next]
        .flatMap((t) => runs(t, 5))
        .filter((r) => guide.has(r));
      expect(copied).toEqual([]);
    }
  });

  it('wait-time: no fixed number, weeks to a couple of months, why it varies, and self-focus', () => {
    const text = answerOf('wait-time');
    expect(text).toMatch(/nobody can give you an exact number/i);
    expect(text).toMatch(/few weeks/i);
    expect(text).toMatch(/two months/i);
    expect(text).toMatch(/how serious the breakup was/i);
    expect(text).toMatch(/how things worked between the two of you/i);
    expect(text).toMatch(/look after yourself/i);
    expect((faqById('wait-time') as Faq).next.join(' ')).toMatch(/exco status/);
  });

  it('ex-dating: respect the new relationship, heal and grow, and never come between them', () => {
    const text = answerOf('ex-dating');
    expect(text).toMatch(/respect/i);
    expect(text).toMatch(/heal/i);
    expect(text).toMatch(/growth/i);
    expect(text).toMatch(/come between them/i);
    expect(text).toMatch(/unlikely to work/i);
    expect(text).toMatch(/hurt|pain/i);
    expect(text).toMatch(/exco will not help/i);
  });

  it('unresponsive: respect their wishes and give space, accept it, keep growing', () => {
    const text = answerOf('unresponsive');
    expect(text).toMatch(/honour that/i);
    expect(text).toMatch(/give them space/i);
    expect(text).toMatch(/accepting their choice/i);
    expect(text).toMatch(/hurt/i);
    expect(text).toMatch(/your own growth/i);
  });

  it('friends: possible only if both truly want it, with boundaries, expectations, time, and not always', () => {
    const text = answerOf('friends');
    expect(text).toMatch(/sometimes, yes/i);
    expect(text).toMatch(/both of you truly want a friendship and nothing more/i);
    expect(text).toMatch(/ready/i);
    expect(text).toMatch(/boundaries/i);
    expect(text).toMatch(/what you expect/i);
    expect(text).toMatch(/takes a while/i);
    expect(text).toMatch(/never becomes possible/i);
  });

  it('not-my-fault: rarely one-sided, look at what could be better, growth whoever ended it', () => {
    const text = answerOf('not-my-fault');
    expect(text).toMatch(/made by two people/i);
    expect(text).toMatch(/one side/i);
    expect(text).toMatch(/what could have gone better/i);
    expect(text).toMatch(/not mainly yours/i);
    expect(text).toMatch(/whoever ended it/i);
    expect(text).toMatch(/grow/i);
    expect(text).toMatch(/not about taking the blame/i);
  });

  it('goes-wrong-again: a second breakup is possible, no promise, the growth stays either way', () => {
    const text = answerOf('goes-wrong-again');
    expect(text).toMatch(/second breakup is possible/i);
    expect(text).toMatch(/not a promise that it will last/i);
    expect(text).toMatch(/reflection and growth/i);
    expect(text).toMatch(/every relationship after this one/i);
    expect(text).toMatch(/either way/i);
  });

  it('never shames, and never coaches pressure or winning someone back from a partner', () => {
    const all = FAQS.flatMap((f) => [f.question, ...f.answer, ...f.next]).join('\n');
    expect(all).not.toMatch(/pathetic|desperate|your fault|you should have known|stupid/i);
    expect(all).not.toMatch(
      /make (them|him|her) jealous|win (them|him|her) back|keep trying until/i,
    );
  });
});
