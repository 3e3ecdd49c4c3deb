import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { detectSupport, supportSentences, supportSpans } from '../../src/core/support.js';
import {
  CRISIS_CONCEPTS,
  HARMLESS,
  SAFETY_CONCEPTS,
  WORD_CLASSES,
} from '../../src/core/support-concepts.js';
import { Lexicon } from '../../src/core/support-lexicon.js';
import { LEXICON_INDEX } from '../../src/core/support-lexicon-index.js';
import {
  blankHarmless,
  lexiconPhrases,
  lexicons,
  netFlags,
  writeLexiconIndexes,
} from '../../src/core/support-net.js';
import {
  dropsSubject,
  speaksForWriter,
  modelAlarms,
  modelFeatures,
  stem,
} from '../../src/core/support-model.js';

/** The broad tier alone (no rules), on a note: which of [crisis, safety] it raises. */
const broad = (note: string): boolean[] =>
  netFlags(supportSentences(note).join('\n'), [true, true]);

/** Which phrases of a one-phrase-per-value lexicon match a sentence. */
function matched(phrases: readonly string[], sentence: string, classes = {}): string[] {
  const lexicon = new Lexicon(
    phrases.map((p) => [p, p] as const),
    classes,
  );
  return lexicon.matches(sentence.split(' ')).map((m) => m.value);
}

describe('the phrase language of the concept lexicons', () => {
  it('matches words, prefixes, choices and word classes', () => {
    expect(matched(['giv* away my'], 'i am giving away my things')).toEqual(['giv* away my']);
    expect(matched(['took/hid my @goods'], 'he hid my keys', { goods: 'keys/phone' })).toEqual([
      'took/hid my @goods',
    ]);
    expect(matched(['took/hid my @goods'], 'he hid my hoodie', { goods: 'keys/phone' })).toEqual(
      [],
    );
  });

  it('skips up to three words with "..", up to six with "...", never across a comma', () => {
    expect(
      matched(['better off .. without me'], 'they would be better off all without me'),
    ).toEqual(['better off .. without me']);
    expect(matched(['hope .. hits me'], 'i hope a big red truck hits me')).toEqual([]);
    expect(matched(['hope ... hits me'], 'i hope a big red truck hits me')).toEqual([
      'hope ... hits me',
    ]);
    expect(matched(['sorry ... fault'], 'sorry i was late , not my fault')).toEqual([]);
  });

  it('reads optional words, a word that must not follow, and the end of a clause', () => {
    expect(matched(['not plan* .. on? being around'], 'i do not plan being around')).toHaveLength(
      1,
    );
    expect(matched(['ready to go !out/home'], 'i am ready to go')).toHaveLength(1);
    expect(matched(['ready to go !out/home'], 'i am ready to go out')).toEqual([]);
    expect(matched(['no need $'], 'there is no need , really')).toHaveLength(1);
    expect(matched(['no need $'], 'no need for sugar')).toEqual([]);
  });

  it('writes a phrase out once per choice of a {a b|c} group, and reads possessives', () => {
    expect(matched(['tired of {being alive|it all}'], 'so tired of it all')).toHaveLength(1);
    expect(matched(['@pet food'], "the cat's food", { pet: 'cat/dog' })).toHaveLength(1);
  });

  it('writes out groups at the start, in the middle and nested, each way once', () => {
    const phrases = ['{so|really very} tired of {it {all|now}|being here}'];
    for (const sentence of [
      'so tired of it all',
      'really very tired of it now',
      'so tired of being here',
    ])
      expect(matched(phrases, sentence)).toHaveLength(1);
    expect(matched(phrases, 'very tired of it all')).toEqual([]);
    expect(matched(phrases, 'so tired of it')).toEqual([]);
    // A group inside the first word, or a choice with one, is written out too.
    expect(matched(['kill{ed|ing} myself'], 'i killed myself')).toHaveLength(1);
    expect(matched(['a/{b|c} d'], 'c d')).toHaveLength(1);
    // Two ways of writing the rest that both match give two matches, as two phrases would.
    const lexicon = new Lexicon([['tired {of it|of} ..', 'x'] as const]);
    expect(lexicon.matches('tired of it'.split(' ')).map((m) => m.end)).toEqual([3, 2]);
  });

  it('passes over a phrase only when the sentence lacks a word it cannot match without', () => {
    // Needed words come after groups (nested ones too), as prefixes, classes and possessives.
    const phrases = ['i {was|am {so|very}} done', 'gave away my belong*', 'feed my @pet'];
    const classes = { pet: 'cat/dog' };
    expect(matched(phrases, 'i am very done', classes)).toEqual(['i {was|am {so|very}} done']);
    expect(matched(phrases, 'i am very tired', classes)).toEqual([]);
    expect(matched(phrases, 'so i gave away my belongings', classes)).toEqual([
      'gave away my belong*',
    ]);
    expect(matched(phrases, 'i gave away my time', classes)).toEqual([]);
    expect(matched(phrases, "i forgot to feed my dog's", classes)).toEqual(['feed my @pet']);
    // Words in a group, optional words and guards are not needed.
    expect(matched(['left {for|to} good'], 'she left for good')).toHaveLength(1);
    expect(matched(['not plan* on? being ... !later'], 'i do not plan being here')).toHaveLength(1);
  });

  it('compiles every phrase of the concept and harmless lexicons, each way it is written', () => {
    const phrases = [
      ...[CRISIS_CONCEPTS, SAFETY_CONCEPTS].flatMap((concepts) =>
        Object.values(concepts).flatMap((weighted) => Object.values(weighted).flat()),
      ),
      ...HARMLESS,
    ];
    const lexicon = new Lexicon(
      phrases.map((p) => [p, null] as const),
      WORD_CLASSES,
    );
    const groups = phrases.filter((p) => p.includes('{')).length;
    expect(lexicon.compileAll()).toBeGreaterThan(phrases.length + groups);
  });

  it('reads the same matches from the written index as from the phrases, and the index is current', () => {
    const phrases = lexiconPhrases();
    const lists = ['testlists', 'dev19', 'dev25'].map(
      (name) =>
        JSON.parse(
          fs.readFileSync(path.join('scripts', 'support-model', 'data', `${name}.json`), 'utf8'),
        ) as Record<string, string[]>,
    );
    const sentences = [
      ...lists.flatMap((list) => Object.values(list).flat()),
      'i gave my cat to my sister and cancelled everything for after',
      "he said he'd find me, he knows where i live and he has a key",
    ].flatMap((note) => supportSentences(note));
    // Regenerate with `npm run train:support-model` when the concepts change.
    expect(writeLexiconIndexes()).toEqual(LEXICON_INDEX);
    for (const name of ['crisis', 'safety', 'harmless'] as const) {
      const built = new Lexicon<unknown>(phrases[name], WORD_CLASSES);
      const read = lexicons()[name];
      for (const sentence of sentences) {
        const words = sentence.split(' ');
        expect(read.matches(words)).toEqual(built.matches(words));
      }
    }
  });

  it('writes no phrase out more than 800 ways, so the first note with its first word stays cheap', () => {
    // Every {a|b} group writes the phrase out once per choice: three groups of ten choices are a
    // thousand phrases, compiled the first time a note holds the first word (one of 2,640 ways
    // under "his" once cost every note holding it 10 ms). One-word choices go as a/b/c instead.
    const phrases = Object.values(lexiconPhrases()).flat();
    const ways = phrases.map(([p]) => [new Lexicon([[p, null]], WORD_CLASSES).compileAll(), p]);
    const worst = ways.filter(([n]) => Number(n) > 800);
    expect(worst).toEqual([]);
  });

  it("reads each phrase's value back from the index it wrote", () => {
    const phrases: [string, number][] = [
      ['tired of {it all|everything}', 1],
      ['cancel* .. plans', 2],
      ['@pet food', 3],
    ];
    const classes = { pet: 'cat/dog' };
    const codec = { write: String, read: Number };
    const read = Lexicon.read(new Lexicon(phrases, classes).writeIndex(codec), codec, classes);
    expect(read.matches('so tired of everything'.split(' ')).map((m) => m.value)).toEqual([1]);
    expect(read.matches('cancelled all my plans'.split(' ')).map((m) => m.value)).toEqual([2]);
    expect(read.matches("the dog's food".split(' ')).map((m) => m.value)).toEqual([3]);
    expect(read.matches('tired of waiting'.split(' '))).toEqual([]);
    expect(() => read.writeIndex(codec)).toThrow(/built from its phrases/);
  });

  it('refuses a phrase it could not index', () => {
    expect(() => matched(['.. alone'], 'x')).toThrow(/bad start/);
    expect(() => matched(['a* b'], 'x')).toThrow(/short prefix/);
    expect(() => matched(['@nothing here'], 'x')).toThrow(/unknown word class/);
    expect(() => matched(['{so|very tired'], 'x')).toThrow(/unclosed group/);
  });
});

describe('blankHarmless', () => {
  it('blanks harmless uses of alarming words, and only those words', () => {
    expect(blankHarmless('got my flu shot today')).toBe('got my ~ ~ today');
    expect(blankHarmless('that new song is a massive hit')).toBe('that new song is a ~ ~');
    expect(blankHarmless('cut my hair short')).toBe('~ ~ ~ short');
    expect(blankHarmless('overdosed on chocolate again')).toBe('~ ~ ~ again');
    expect(blankHarmless('overdosed on my pills again')).toBe('overdosed on my pills again');
  });
});

describe('the broad tier, on oblique wording the rules miss', () => {
  // Development phrases neither the rules nor the first broad tier caught.
  it.each([
    "i've set everything up so the kids are looked after",
    'i want to stop waking up',
    "i haven't eaten in four days, i don't deserve it",
    "i've been checking train times for the express that doesn't stop",
    "i've paid off my phone bill and cancelled my subscriptions so nobody has to",
    "i'm tired of pretending i want to be here",
    'i keep ending up at the edge of the car park roof',
    'sorry for being such a weight on everyone, it ends soon',
    "i don't have a reason to get up anymore",
    "i'd rather go to sleep and skip the rest of my life",
    "i don't have anything to live for since she left",
    "my family would have less stress if i wasn't in the picture",
    "i've tied up all the loose ends, the flat is spotless",
    "i held my breath under the bath water and didn't want to come up",
    "set up auto-payments so rent's covered after. one less thing",
    'sorted who gets the cat. feels like the last job left',
    'bought a second packet of paracetamol from a different shop so they wouldnt ask',
    "i'm done. really done this time. no more trying",
    "can't picture a version of the future that has me in it",
    "told my best mate i love her and that none of it is her fault. she didn't get it",
    "flatmate's away till the 14th so that gives me the window. feel oddly calm today",
    'took the old belt out of the wardrobe and tested the hook on the back of the door',
  ])('raises crisis: %s', (note) => {
    expect(broad(note)[0]).toBe(true);
    expect(detectSupport(note)).toContain('crisis');
  });

  it.each([
    "i've been planning how to leave without him noticing",
    'he waits for me after my shift even though i moved',
    'he gets so angry i have to lock myself in the bathroom',
    "i haven't seen my friends in months, he says they're bad for me",
    'i sleep in my car some nights to get away from him',
    "he changed all the passwords so i can't get into our bank",
    "he gets really angry if dinner isn't ready and the plates fly",
    "i keep my phone on silent and hidden so he doesn't see who texts me",
    "she bites and scratches me when she's angry",
    'he stops me from seeing a doctor',
    'i told the nurse i walked into a door again',
    "i'm terrified he'll find out i've been talking to a lawyer",
    "i've hidden a spare key and some cash at my friend's house in case i need to run",
    "i sit in the car outside for ages before going in because i don't know what mood he'll be in",
  ])('raises safety: %s', (note) => {
    expect(broad(note)[1]).toBe(true);
    expect(detectSupport(note)).toContain('safety');
  });
});

describe('the harmless-word filter never hides an explicit phrase', () => {
  it.each([
    ['he dragged me out of the car', 'safety'],
    ['he grabbed my arm to stop me from leaving', 'safety'],
    ['he pushed me into the pool and held me under', 'safety'],
    ['he follows me on the way home', 'safety'],
    ['i want to jump into the river with my coat on', 'crisis'],
    ['i want to end', 'crisis'],
    ['i need to end, for good', 'crisis'],
    ['i wish to end forever', 'crisis'],
  ])('%s', (text, flag) => {
    expect(detectSupport(text)).toContain(flag);
  });
});

describe('the broad tier, on ordinary notes with the same words', () => {
  it.each([
    'got my flu shot and a lollipop lol',
    'everyone would be better off if i just stayed home',
    'we finally agreed who gets the cat, she is staying with me',
    'chopped onions for ages, the knife needs sharpening',
    "i'm stocking up on painkillers for my period",
    'cut my hair into a bob, feeling brand new',
    'overdosed on chocolate after watching our old videos',
    'this song is a massive hit, can not stop playing it',
    'i stood on the roof terrace and the view was great',
    "i'm counting down the days until my holiday",
    "i won't be around this weekend, visiting my gran",
    'he won’t let me pay for dinner, so old fashioned',
    'my friend took my phone at the bar so i wouldn’t drunk text him, bless her',
    "he's better off without me, he said so himself",
    'i made my peace with the breakup',
    'i keep thinking about what i could have done differently but i know it takes two',
    "Sam got engaged, thought you'd want to know!",
    "I've got your blue mug if you want it back, no rush",
  ])('stays quiet: %s', (note) => {
    expect(broad(note)).toEqual([false, false]);
  });

  it('stays quiet on a long ordinary note, however many sentences it has', () => {
    const note =
      'Woke up at 6 again. Made coffee and scrolled his instagram even though I said I would not. ' +
      'Work was chaos, the meeting ran over and my boss was in a mood. Lunch with Priya, she made ' +
      'me laugh about her disaster date. Gym after work, my legs are dead. Cooked pasta, watched ' +
      'two episodes of our show and cried a bit at the end. Texted my sister. Early night.';
    expect(broad(note)).toEqual([false, false]);
    expect(detectSupport(note)).toEqual([]);
  });

  it('never lets an idiom or a harmless word hide a signal elsewhere in the note', () => {
    expect(
      detectSupport(
        "This workout is killing me. I've set everything up so the kids are looked after.",
      ),
    ).toEqual(['crisis']);
    expect(
      detectSupport('got my flu shot. he changed all the passwords so i can not get into our bank'),
    ).toEqual(['safety']);
  });
});

describe('the word model', () => {
  it('stems words roughly and weighs closed-class words only in pairs', () => {
    expect(stem('counting')).toBe('count');
    expect(stem('counted')).toBe('count');
    expect(stem('pills')).toBe('pill');
    expect(stem('is')).toBe('is');
    expect([...modelFeatures(['i', 'would', 'be', 'fine', ',', 'he', 'hit', 'me'])]).toEqual([
      'i_would',
      'would_be',
      'be_fine',
      'fine',
      'he',
      'he_hit',
      'hit',
      'hit_me',
      'me',
    ]);
  });

  it('reads word classes too, so an unseen word of a known kind weighs like its kind', () => {
    const features = [...modelFeatures(['saving', 'the', 'codeine', 'in', 'my', 'will'])];
    expect(features).toContain('@pills');
    expect(features).toContain('the_@pills');
    expect(features).toContain('@affairs');
    expect([...modelFeatures(['i', 'will', 'go'])]).not.toContain('@affairs');
  });

  it("takes a note that drops its subject as the writer's", () => {
    expect(dropsSubject(['sorted', 'the', 'paperwork'])).toBe(true);
    expect(dropsSubject(['left', 'a', 'note'])).toBe(true);
    expect(dropsSubject(['the', 'kids', 'left'])).toBe(false);
  });

  it('takes a sentence that names nobody as the writer speaking, unless it names another', () => {
    const speaks = (text: string, reader: 'concepts' | 'model' = 'concepts') =>
      speaksForWriter(text.split(' '), reader);
    expect(speaks('can not picture being here in september')).toBe(true);
    expect(speaks('there is no point staying alive without her')).toBe(true);
    expect(speaks('there is no point staying alive without her', 'model')).toBe(true);
    expect(speaks('there is no reason to stay with him', 'model')).toBe(false);
    expect(speaks('how high does a building need to be', 'model')).toBe(true);
    expect(speaks('honest question , how long until someone is found if they live alone')).toBe(
      true,
    );
    expect(speaks('there is no reason to stay with him')).toBe(false);
    expect(speaks('what is the point of a future that was meant to have him in it', 'model')).toBe(
      true,
    );
    expect(speaks('what is the point of a future that was meant to have him in it')).toBe(false);
    expect(speaks('how is he doing since the move', 'model')).toBe(false);
    expect(speaks('why do they always leave', 'model')).toBe(false);
    expect(speaks('the point is gone')).toBe(false);
  });

  it('only reads a window that names the writer (crisis) or a person (safety)', () => {
    const words = supportSpans('the pills and the bridge and the rope, tonight')[0] ?? [];
    const his = supportSpans('his pills and the bridge and the rope, tonight')[0] ?? [];
    expect(modelAlarms(0, [his])).toBe(false);
    expect(modelAlarms(1, [words])).toBe(false);
    // A note that names nobody at all is the writer's own scene, read against a higher bar.
    expect(modelAlarms(0, [words])).toBe(true);
    const someoneElse = supportSpans('she told me about it')[0] ?? [];
    expect(modelAlarms(0, [words, someoneElse])).toBe(false);
  });

  it('reads a note that names nobody against a higher bar than one that speaks for the writer', () => {
    const apology = supportSpans('sorry in advance for everything today')[0] ?? [];
    const scene = supportSpans('the tablets are all lined up on the desk')[0] ?? [];
    // Just over the bar: enough for a sentence that speaks for the writer, not for a bare scene.
    expect(modelAlarms(0, [apology], [true])).toBe(true);
    expect(modelAlarms(0, [apology])).toBe(false);
    expect(modelAlarms(0, [scene])).toBe(true);
  });

  it('asks more of a window the longer the note', () => {
    const span = supportSpans("i don't have a reason to get up anymore")[0] ?? [];
    const filler = supportSpans('we went to the shops and bought some bread')[0] ?? [];
    const alarms = (length: number) =>
      modelAlarms(0, [span, ...Array.from({ length: length - 1 }, () => filler)]);
    // The same window alarms in a short note, and stops for good once the note is long enough.
    const verdicts = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000].map(alarms);
    expect(verdicts[0]).toBe(true);
    expect(verdicts.at(-1)).toBe(false);
    expect(verdicts).toEqual([...verdicts].sort((a, b) => Number(b) - Number(a)));
  });
});

describe('everyday idioms with alarming words, blanked before any flag counts', () => {
  it.each([
    'at the end of my rope with my landlord about this boiler',
    'said my goodbyes to my colleagues on my last day, moving to the bristol office',
    'wrote a short story where my character jumps off the cliff into the sea',
    'my heart is broken and it will take time',
  ])('stays quiet: %s', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });

  it.each([
    "i'm at the end of my rope",
    'said my goodbyes to everyone, i will jump off the bridge',
  ])('still alarms: %s', (note) => {
    expect(detectSupport(note)).toContain('crisis');
  });
});

describe('supportSpans', () => {
  it('gives each sentence as words, idioms blanked, and short neighbours read together', () => {
    expect(supportSpans('This workout is killing me. I am fine.')).toEqual([
      ['this', 'workout', '~'],
      ['this', 'workout', '~', ',', 'i', 'am', 'fine'],
      ['i', 'am', 'fine'],
    ]);
  });
});
