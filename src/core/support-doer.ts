/**
 * Who did it, for the safety check of the broad tier (`support-net.ts`): whether a harm, a threat,
 * control or watching found in a sentence is another person's doing (`agentLed`), the writer's
 * own (`byWriter`), or words put in someone's mouth (`saidAfter`, `saidBefore`); and whether a
 * short sentence names the doer of the one before (`namesDoer`). Each reads the words of one
 * canonical sentence around a concept's hit.
 */
import { WORD_CLASSES } from './support-concepts.js';
import type { Match } from './support-lexicon.js';
import { PEOPLE as AGENTS } from './support-model.js';

/** What a concept phrase means: its concept and how strongly ("means", 3). */
export interface Tag {
  readonly concept: string;
  readonly weight: number;
}
/** Where a concept's phrase matched a sentence, and what it means. */
export type Hit = Match<Tag>;

export const words = (list: string): ReadonlySet<string> => new Set(list.split('/'));
/** Who is someone else by the word itself ("he", "ex"): `AGENTS` adds first names to these. */
const AGENT_WORDS = words(WORD_CLASSES.agent ?? '');
/** Relatives before a name ("my sister emma"): the name is who they are, not someone else. */
const KIN = words(
  'sister/brother/mum/mom/dad/cousin/aunt/uncle/nan/gran/daughter/son/niece/nephew',
);

/**
 * Words that only say whose: "his birthday". ("her" may be either, so only a preposition before
 * it sets it aside.)
 */
export const POSSESSIVES = words('his/their');
/** People who are not suspects here: "my flatmate took my phone" is not "he took my phone". */
export const BYSTANDERS = words(
  'friend/friends/flatmate/roommate/bestie/bff/mate/mates/boss/teacher/doctor/therapist/colleague/coworker/nephew/niece/kid/kids/baby/toddler/dog/cat/puppy/nurse/manager/lawyer/solicitor/attorney/dentist/physio/physiotherapist/gp/optician/vet/pharmacist/surgeon/consultant/mechanic/accountant/hygienist',
);
/** What marks a person as there, after their name: "letters in howard's handwriting". */
const TRACES = words('handwriting/writing/number/voice');
/** What another person watches the writer through: "still linked to his phone". */
const DEVICES = words('phone/account/accounts/app/apps/laptop/ipad/icloud/computer/tablet');
/** The other person's own people: "his mates", "her family". */
const POSSESSIVE = words("his/her/their/ex's/partner's/husband's/wife's/boyfriend's/girlfriend's");

/** Words of saying both lists below share: "said", "texted", "warned". */
const SAYING = 'said/says/warned/warns/texted/texts/messaged/wrote/writes/screamed/shouted/yelled';
/** Words that report what someone else said: "she told me i will see what happens" is hers. */
const REPORTED = words(`${SAYING}/told/tells/telling/saying/threatened/threatens/sent`);

/** The writer, alone or with a friend, as the one who acts. */
const WRITERS = words('i/we');

/** Verbs of noticing: "i saw his car" tells what he did. */
const SEEN = words(
  'saw/see/seen/sees/seeing/noticed/notice/noticing/spotted/spot/spotting/heard/hear/found/find/caught',
);

/** Words that open a condition someone else is reported to have set: "he said if i ...". */
const CONDITIONS = words('if/unless');

/**
 * Whether the word at `at` is in words reported from someone else: within five words after "he
 * said" ("he said we are talking"), or up to twelve when "he said" opens a condition ("he said if
 * i bring her up again i will end up in the canal"); a comma more than five words back ends the
 * search.
 */
const reported = (span: readonly string[], at: number): boolean => {
  for (let r = at - 1; r >= Math.max(0, at - 12); r -= 1) {
    if (span[r] === ',' && r < at - 5) return false;
    if (!REPORTED.has(span[r] ?? '')) continue;
    // "i told him i changed the password" is the writer's own report.
    if (WRITERS.has(span[r - 1] ?? '')) return false;
    return r >= at - 5 || CONDITIONS.has(span[r + 1] ?? '');
  }
  return false;
};

/** Words of the passive: "my arm got twisted", "i was pushed". */
const PASSIVE = words('got/get/gets/getting/was/were/been/being');
/** Words after which "her" is still the person, not whose: "it was her , again". */
const AFTER_PERSON = words(
  ',/and/but/again/as/last/this/on/at/in/when/after/because/while/who/for/so/then/today/tonight/yesterday/obviously/of',
);
/** How many words after "by" or "it was" the doer may come: "it was the usual , him". */
const DOER_REACH = 4;
/** Who "the culprit" or "the one who did it" may turn out to be, besides a named agent. */
const DOER_NOUNS = words('man/woman/guy/bloke/lad/girl/person/one');

/** What "the only ..." may be before "who": "the only one who", "the only person i know who". */
const ONLY_ONES = words('one/person');
/**
 * Someone named, after the words of a harm, as the only one who would do it: "a note under the mat
 * saying accidents happen . he is the only one who would do that", "my ex is the only person i know
 * who reloads his own rounds".
 */
function onlyOneWho(span: readonly string[], from: number): boolean {
  for (let i = from; i < span.length - 2; i += 1) {
    if (span[i] !== 'only' || !ONLY_ONES.has(span[i + 1] ?? '')) continue;
    if (span.slice(i + 2, i + 5).includes('who'))
      return span.slice(Math.max(from, i - 3), i).some((w) => AGENTS.has(w));
  }
  return false;
}

/**
 * Whether a short sentence names someone as the doer of what the sentence before told: "of course
 * it was him", "guess who", "he is the only one who would do that". The broad tier then reads the
 * two together, however long the first.
 */
export function namesDoer(sentence: readonly string[]): boolean {
  if (onlyOneWho(sentence, 0)) return true;
  return sentence.some((word, i) => {
    const next = sentence[i + 1] ?? '';
    if (word === 'culprit' || (word === 'guess' && next === 'who')) return true;
    if (word !== 'it' || next !== 'was') return false;
    return sentence.slice(i + 2, i + 2 + DOER_REACH).some((w) => AGENTS.has(w));
  });
}

/**
 * A harm told in the passive whose doer is named after it, in the sentence or the next: "my arm
 * got twisted behind my back . of course it was him", "my phone was smashed by my ex", "guess
 * who", "the culprit is the man i married", "the one who did it is my husband". "his" and "their"
 * only say whose ("by his dog"), and so does "her" before a word that is not a pause ("bitten by
 * her spaniel").
 */
function doerAfter(hit: Hit, span: readonly string[]): boolean {
  if (onlyOneWho(span, hit.end)) return true;
  const told = span.slice(Math.max(0, hit.start - 1), hit.end);
  if (!told.some((w) => PASSIVE.has(w))) return false;
  for (let i = hit.end; i < span.length; i += 1) {
    const [word, next] = [span[i] ?? '', span[i + 1] ?? ''];
    if (word === 'guess' && next === 'who') return true;
    const unmasked = word === 'culprit' || (word === 'did' && span[i - 1] === 'who');
    const opens =
      unmasked ||
      word === 'by' ||
      (word === 'was' && span[i - 1] === 'it') ||
      (word === 'of' && span[i - 1] === 'courtesy') ||
      (word === 'to' && span[i - 1] === 'thanks');
    if (!opens) continue;
    // "the culprit , obviously , is the man i married": a little further, and a person's noun.
    const reach = unmasked ? DOER_REACH + 2 : DOER_REACH;
    for (let j = i + 1; j <= Math.min(span.length - 1, i + reach); j += 1) {
      const who = span[j] ?? '';
      if (POSSESSIVES.has(who)) break;
      const after = span[j + 1];
      if (who === 'her' && after !== undefined && !AFTER_PERSON.has(after)) break;
      if (AGENTS.has(who) || (unmasked && DOER_NOUNS.has(who))) return true;
    }
  }
  return false;
}

/** How many words after quoted words the comma that ends the quote may come. */
const QUOTE_REACH = 8;
/** Words that put a quote in someone's mouth ("he texted"; not "he told mum", which tells of it). */
const SAID_IT = words(
  `${SAYING}/screams/shouts/yells/whispered/hissed/snarled/replied/typed/added`,
);
/** Words for a message: "his text". */
const MESSAGES = words('text/texts/message/messages/voicemail/note/dm/email/letter/reply/comment');

/**
 * Words quoted and then put in someone's mouth: "i will find you , he texted", "watch your back
 * from her new number", "you are dead , his text".
 */
export function saidAfter(hit: Hit, span: readonly string[]): boolean {
  // Just after the words, or just after the comma that ends the quote ("i will burn the house
  // down with you in it , he screamed").
  const comma = span.indexOf(',', hit.end);
  const starts = comma >= 0 && comma - hit.end <= QUOTE_REACH ? [hit.end, comma + 1] : [hit.end];
  for (const from of starts) {
    for (let i = from; i <= Math.min(span.length - 2, from + 2); i += 1) {
      const [word, next] = [span[i] ?? '', span[i + 1] ?? ''];
      if (AGENTS.has(word) && SAID_IT.has(next)) return true;
      if (POSSESSIVE.has(word) && MESSAGES.has(next)) return true;
      if (word === 'from' && AGENTS.has(next)) return true;
    }
  }
  return false;
}

/**
 * A sentence that opens by saying whose words follow: "message from him : i still have the login
 * to your bank", "his text : ...", "he texted : ...".
 */
export function saidBefore(span: readonly string[]): boolean {
  const [first = '', second = '', third = ''] = span;
  return (
    (MESSAGES.has(first) && second === 'from' && AGENTS.has(third)) ||
    (POSSESSIVE.has(first) && MESSAGES.has(second)) ||
    (AGENTS.has(first) && SAID_IT.has(second))
  );
}

/** The doer named after the hit, or as the sentence opens. */
const namedElsewhere = (hit: Hit, span: readonly string[]): boolean =>
  doerAfter(hit, span) || saidAfter(hit, span) || saidBefore(span);

/** Words after "you" that make the one the writer speaks to the doer: "you said you would hurt her". */
const YOU_SAID = words('said/says/threatened/threaten/promised/swore/texted');

/**
 * The nearest person named before the hit is another person who may harm the writer; or the doer
 * is named after it: of a harm told in the passive, or as who said the words; or the words are
 * someone's, said so as the sentence opens.
 */
export function agentLed(hit: Hit, span: readonly string[]): boolean {
  // Named inside the words of the harm as where it came from: "nine texts from him".
  for (let i = hit.start; i < hit.end - 1; i += 1) {
    if (span[i] === 'from' && AGENTS.has(span[i + 1] ?? '')) return true;
  }
  // Whose device or account it is, inside the words of watching or control: "the app is still on
  // his phone", "moved my wages into your account" (in words to the ex, "your" is theirs).
  // Whom the writer must ask, as the words of control open: "ask him for every single euro".
  const asked = span[hit.start + 1] ?? '';
  if (hit.value.concept === 'control' && span[hit.start] === 'ask' && AGENTS.has(asked))
    return true;
  const watching = hit.value.concept === 'surveil';
  if (watching || hit.value.concept === 'control') {
    for (let i = hit.start + 1; i < hit.end - 1; i += 1) {
      const word = span[i] ?? '';
      const owner = POSSESSIVE.has(word) || word === 'your';
      if (owner && DEVICES.has(span[i + 1] ?? '')) return true;
      // Where the watching comes from: "an alert from the town he lives in", "from his wifi".
      const source = span.slice(i + 1, Math.min(hit.end, i + 5));
      const someone = source.some((w) => AGENTS.has(w) || POSSESSIVE.has(w));
      if (watching && word === 'from' && someone) return true;
    }
  }
  for (let i = Math.min(hit.start, span.length - 1); i >= 0; i -= 1) {
    const word = span[i] ?? '';
    // "his mates" are his people, not bystanders.
    if (BYSTANDERS.has(word)) return POSSESSIVE.has(span[i - 1] ?? '');
    // "my friend emma", "my sister, emma": a name after a bystander or a relative is theirs.
    if (AGENTS.has(word) && !AGENT_WORDS.has(word)) {
      const before = span[i - 1] === ',' ? span[i - 2] : span[i - 1];
      if (BYSTANDERS.has(before ?? '') || KIN.has(before ?? '')) return false;
    }
    // "i" or "we" stop the search, unless in someone's reported words ("he said we are talking").
    if (WRITERS.has(word) && !reported(span, i)) return namedElsewhere(hit, span);
    if (AGENTS.has(word)) return true;
    // "howard's handwriting": the trace of someone named (not a relative's or a friend's) is theirs.
    const owner = word.endsWith("'s") ? word.slice(0, -2) : '';
    if (owner !== '' && TRACES.has(span[i + 1] ?? '') && !KIN.has(owner) && !BYSTANDERS.has(owner))
      return true;
    // In words to the ex (a draft, a log of contact), "you" is the ex: "you said you would hurt her".
    if (word === 'you' && YOU_SAID.has(span[i + 1] ?? '')) return true;
  }
  return namedElsewhere(hit, span);
}

/**
 * The writer or a friend did it ("i hid my phone"): the word or two before is "i" or "we", and
 * not in words another person is reported to have said ("he told me i will regret it").
 */
export function byWriter(hit: Hit, span: readonly string[]): boolean {
  // What the writer only saw of the other person, when it is telling on its own ("i saw his car
  // at the end of my street again"), is theirs; "i saw his car outside the pub" is not.
  const [before, first, next] = [span[hit.start - 1], span[hit.start], span[hit.start + 1]];
  const seen = AGENTS.has(first ?? '')
    ? SEEN.has(before ?? '')
    : SEEN.has(first ?? '') && AGENTS.has(next ?? '');
  if (seen && hit.value.weight >= 3) return false;
  for (const at of [hit.start - 1, hit.start - 2]) {
    if (WRITERS.has(span[at] ?? '')) return !reported(span, at);
  }
  return false;
}
