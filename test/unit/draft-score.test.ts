/**
 * The weighted score of `exco draft`: messages no single phrase rule catches but whose weak cues
 * add up, the light notes that share those words and must stay quiet, and the parts of the score
 * (a light purpose, the tone, the reasons given, a reunion).
 */
import { describe, expect, it } from '@jest/globals';
import { checkDraft, textRules } from '../../src/core/draft-check.js';
import { TEXT_RULES } from '../../src/content/draft.js';
import { toneFeatures, toneOf, weighDraft } from '../../src/core/draft-score.js';
import { normaliseDraft } from '../../src/core/draft-text.js';
import { HEAVY_SCORE } from '../../src/core/draft-weights.js';

const weigh = (message: string, reunion = false) =>
  weighDraft(normaliseDraft(message), { reunion });

describe('heavy in sum: the weak cues add up, and the reasons are the families that carried them', () => {
  it.each([
    ['Lying awake again. Sorry, I know I shouldn’t', ['venting']],
    ['The flat is so quiet now', ['venting']],
    ['Saw you two at the market. You looked happy.', ['partner-question', 'monitoring']],
    ['Does she know what you did to me?', ['partner-question']],
    ['Three months without a drink now. I hope that means something to you', ['change', 'guilt']],
    ["Take all the time you need, I'm not going anywhere", ['pressure']],
    ["Your mum told me you've been struggling. I'm here if you need me", ['pressure']],
    ['hellooooo', ['chasing']],
    ["ok then. guess I'll stop trying", ['chasing', 'guilt']],
    ['Oh so you have time to post on instagram but not to text me back', ['hostility']],
    ["came home and for a second forgot you weren't here", ['guilt', 'love']],
    ['Just found the ticket stubs from our first gig together', ['nostalgia']],
  ])('%j: %j', (message, rules) => {
    expect(textRules(message)).toEqual(rules);
    expect(checkDraft(message, null).verdict).toBe('revise');
  });
});

describe('light notes with the same weak words stay ok', () => {
  it.each([
    'Found your old jumper, want me to drop it round on Saturday?',
    'Still on for Saturday?',
    'Sorry, running 10 mins late',
    'I miss having a garden, this flat is tiny lol',
    "I remember you liked that band, they're touring again",
    'Do you remember the name of that plumber we used? Mine’s broken again',
    'Do you want me to forward your letters or leave them here?',
    "I'll be there at 3",
    'Thanks, the kids loved the zoo!',
    'Let me know if you ever need anything',
    "Jess says she's sorry she missed you at the party",
  ])('%j', (message) => {
    expect(textRules(message)).toEqual([]);
    expect(weigh(message).score).toBeLessThan(HEAVY_SCORE);
  });
});

describe('the parts of the score', () => {
  it('one weak cue is not enough on its own', () => {
    expect(weigh('I still have the receipt').rules).toEqual([]);
  });

  it('a light purpose carries a cue that would otherwise make a message heavy', () => {
    expect(textRules('I found your old jumper')).toEqual(['nostalgia']);
    expect(textRules('Found your old jumper, want me to drop it round on Saturday?')).toEqual([]);
  });

  it('the tone adds up fitted word weights: a message about "I" and "you" leans heavy', () => {
    expect(toneFeatures(' i still . ')).toEqual(['i', 'still', '.', 'i still', 'still .']);
    expect(
      toneOf(normaliseDraft("I can't stop thinking about how you looked at me").norm),
    ).toBeGreaterThan(0);
    expect(toneOf(normaliseDraft('Thanks, the kids loved the zoo!').norm)).toBeLessThan(0);
  });

  it('when no one family carries the weight, the reason is the whole, with its own words', () => {
    expect(textRules("Door's open. Always will be")).toEqual(['heaviness']);
    expect(TEXT_RULES.heaviness.message).toMatch(/\.$/);
    expect(TEXT_RULES.heaviness.suggestion).toMatch(/journal/);
  });

  it('once they have shown interest, the shared past is not held against a message', () => {
    const message = 'Just found the ticket stubs from our first gig together';
    expect(weigh(message).rules).toEqual(['nostalgia']);
    expect(weigh(message, true).rules).toEqual([]);
    expect(textRules(message, { reunion: true })).toEqual([]);
  });
});

describe('known limits: heavy only to someone who knows the story', () => {
  it.each([
    // exco cannot know that Jake is the new partner.
    'Tell Jake I said hi 🙂',
    // An object of theirs, kept, with nothing said about it.
    'Still have your key on my keyring',
  ])('%j reads as ok', (message) => {
    expect(checkDraft(message, null).verdict).toBe('ok');
  });
});
