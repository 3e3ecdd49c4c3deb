/**
 * The words people use for each FAQ topic, as data for `faq-match.ts`.
 *
 * Patterns are written in plain words and stemmed when compiled. In a pattern, `@NAME` stands for
 * any word of a class, `@=NAME` for a word of it as written (first names: "sam" is not "same"),
 * `=word` for that exact spelling (no stemming), `word~` for any word that starts so, `*` skips up
 * to two words and `**` up to four, and a leading `^` holds the pattern to the question's first
 * words ("mum not answering" is about mum). A concept is present when any of its
 * patterns occurs in the question; a rule gives an FAQ its weight when all of its concepts are
 * present and none of its `none` ones. Generic words (ex, breakup, relationship) are worth
 * nothing on their own, and first-person phrasings ("I moved on", "should I block my ex") are kept
 * apart from what the ex did, because only the latter is what these FAQs answer.
 */
import type { FaqId } from '../content/faq.js';
import { WORD_CLASSES } from './support-concepts.js';

/** Shorthand and slang, rewritten after contractions are expanded. */
// prettier-ignore
export const SLANG: Readonly<Record<string, string>> = {
  bak: 'back', nuthin: 'nothing', nothin: 'nothing', evrything: 'everything', everythin: 'everything',
  bruther: 'brother', gf: 'girlfriend', bf: 'boyfriend', gurl: 'girl', grl: 'girl', gal: 'girl', hubby: 'husband',
  wifey: 'wife', bby: 'baby', u: 'you', ur: 'your', r: 'are', y: 'why', n: 'and', w: 'with',
  wit: 'with', b4: 'before', bc: 'because', cuz: 'because', coz: 'because', x: 'ex', txt: 'text',
  txts: 'texts', txting: 'texting', txted: 'texted', msg: 'message', msgs: 'messages',
  dm: 'message', dms: 'messages', dmd: 'messaged', nc: 'no contact', wk: 'week', wks: 'weeks',
  mo: 'month', mos: 'months', mnth: 'month', mnths: 'months', yr: 'year', yrs: 'years',
  idk: 'i do not know', dunno: 'do not know', rn: 'now', tho: 'though', abt: 'about',
  smth: 'something', sth: 'something', sb: 'someone', sm1: 'someone', some1: 'someone',
  sum1: 'someone', somebdy: 'somebody', ppl: 'people', shud: 'should', shld: 'should',
  shd: 'should', cud: 'could', wud: 'would', hw: 'how', wat: 'what', wut: 'what', wht: 'what',
  wen: 'when', wn: 'when', lng: 'long', gonna: 'going to', wanna: 'want to', gotta: 'got to',
  tryna: 'trying to', nvr: 'never', nt: 'not', nah: 'no', nope: 'no', thru: 'through',
  fwb: 'friends with benefits', bff: 'best friend', bestie: 'friend', frnd: 'friend',
  frnds: 'friends', fren: 'friend', frens: 'friends', hmu: 'hit me up', insta: 'instagram',
  ig: 'instagram', besties: 'friends', exs: 'exes', exgf: 'ex', exbf: 'ex', xgf: 'ex', xbf: 'ex',
  okay: 'ok', luv: 'love', sry: 'sorry', rly: 'really', plz: 'please', pls: 'please', lol: '',
  lmao: '', smh: '', ugh: '', tbh: '', ya: 'you', yall: 'you', tg: 'together', wahala: 'trouble',
  wisnae: 'was not', isnae: 'is not', disnae: 'does not', didnae: 'did not', cannae: 'can not',
  wouldnae: 'would not', couldnae: 'could not', shouldnae: 'should not', aw: 'all', tae: 'to',
};

/** Contractions typed without an apostrophe. */
// prettier-ignore
export const BARE_CONTRACTIONS: Readonly<Record<string, string>> = {
  wont: 'will not', cant: 'can not', cannot: 'can not', dont: 'do not', doesnt: 'does not',
  didnt: 'did not', isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not',
  hasnt: 'has not', havent: 'have not', hadnt: 'had not', shouldnt: 'should not',
  wouldnt: 'would not', couldnt: 'could not', aint: 'is not', im: 'i am', ive: 'i have',
  theyre: 'they are', youre: 'you are', hes: 'he is', shes: 'she is', thats: 'that is',
  whats: 'what is', whens: 'when is', hows: 'how is', dnt: 'do not', didn: 'did not',
  doesn: 'does not', havnt: 'have not', wasn: 'was not', isn: 'is not', hasn: 'has not',
  haven: 'have not',
};

/**
 * Little words typed without the space between them ("howlong", "whyshould", "iwait"): a word of
 * five letters or more that is one of `GLUE_FIRST` and then one of `GLUE_SECOND` is read as the
 * two. The lists are short on purpose: "theme" is not "the me", nor "whatnot" "what not".
 */
// prettier-ignore
export const GLUE_FIRST: readonly string[] = [
  'why', 'how', 'what', 'when', 'where', 'should', 'could', 'would', 'can', 'will', 'do', 'does',
  'did', 'is', 'are', 'i',
];
// prettier-ignore
export const GLUE_SECOND: readonly string[] = [
  'should', 'could', 'would', 'can', 'will', 'do', 'does', 'i', 'long', 'soon', 'much', 'we', 'he',
  'she', 'you', 'it', 'wait', 'text',
];

/** One-word classes, referenced in patterns as `@NAME`. */
// prettier-ignore
export const CLASSES: Readonly<Record<string, readonly string[]>> = {
  PARTNER: ['companion', 'girlfriend', 'boyfriend', 'partner', 'bae', 'boo', 'wife', 'husband', 'fiance',
    'fiancee', 'lover', 'spouse', 'man', 'woman', 'guy', 'girl', 'dude', 'lady', 'chick', 'person',
    'fling', 'hookup', 'crush', 'babe', 'baby', 'someone', 'somebody', 'bf', 'gf', 'missus', 'oke',
    'fella', 'bloke', 'beau', 'squeeze', 'flame', 'shorty', 'widow', 'widower', 'divorcee'],
  // Words that, right after "ex", only say which ex: "ex girlfriend".
  EX_OF: ['girlfriend', 'boyfriend', 'wife', 'husband', 'partner', 'fiance', 'fiancee', 'lover',
    'spouse', 'bae', 'bf', 'gf'],
  // The other person: a pronoun, or the ex named as such.
  THIRD: ['ex', 'exes', 'he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their',
    'theirs'],
  I: ['i', 'me', 'my', 'myself', 'we', 'us'],
  NEG: ['not', 'no', 'never', 'nothing', 'none', 'without', 'zero', 'refuse', 'barely', 'hardly',
    'rarely', 'stop', 'stopped', 'quit'],
  REPLY: ['reply', 'replies', 'respond', 'response', 'answer', 'responsive', 'acknowledge',
    'receive', 'replied', 'answered', 'responded'],
  CONTACTV: ['contact', 'text', 'message', 'call', 'email', 'write', 'reach', 'phone', 'snap',
    'snapchat', 'whatsapp', 'ring', 'approach', 'dm', 'contacting', 'texting', 'messaging'],
  UNIT: ['day', 'days', 'week', 'weeks', 'month', 'months', 'fortnight'],
  NUM: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '14', '21', '30', '45', '60', '90',
    'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'few', 'couple', 'several', 'many', 'a'],
  BE: ['be', 'stay', 'remain', 'become', 'being', 'just', 'still', 'as', 'stayed', 'staying',
    'remaining', 'becoming', 'only'],
  FADJ: ['good', 'close', 'best', 'real', 'true', 'normal', 'just', 'casual', 'platonic'],
  DO: ['do', 'did', 'done', 'doing'],
  HAVE: ['has', 'have', 'got', 'gotten', 'found', 'finds', 'get', 'gets', 'with'],
  BREAKV: ['break', 'brake', 'broke', 'breakup', 'split', 'end', 'ended', 'dump', 'dumped', 'leave',
    'leaves', 'separate', 'fail', 'cheat', 'cheats'],
  OUTCOME: ['work', 'works', 'last', 'lasts', 'survive', 'succeed', 'stick', 'hold'],
  GETV: ['get', 'got', 'win', 'won', 'take', 'took', 'want', 'bring'],
  MSG: ['message', 'messages', 'text', 'texts', 'snap', 'snaps', 'call', 'calls', 'dm', 'email',
    'letter', 'story', 'stories', 'voice', 'note'],
  MISDEED: ['mess', 'screw', 'ruin', 'cheat', 'lie', 'lied', 'wreck', 'destroy', 'betray',
    'abandon', 'sabotage'],
  FAMILY: ['mother', 'mom', 'mum', 'dad', 'father', 'parent', 'parents', 'family', 'sister',
    'brother', 'sibling', 'boss', 'coworker', 'colleague', 'friend', 'aunt', 'uncle', 'cousin',
    'grandma', 'grandpa', 'son', 'daughter', 'roommate', 'flatmate', 'housemate', 'manager',
    'bestie', 'client', 'doctor', 'kid', 'neighbor', 'neighbour', 'teacher', 'therapist', 'tutor',
    'dentist', 'lead'],
  // Family and friends who are not the couple's children ("the father of my kids is seeing...").
  ELDER: ['mother', 'mom', 'mum', 'dad', 'father', 'parent', 'parents', 'sister', 'brother',
    'sibling', 'aunt', 'uncle', 'cousin', 'grandma', 'grandpa', 'friend', 'boss', 'coworker',
    'colleague', 'roommate', 'flatmate', 'housemate', 'neighbor', 'neighbour'],
  // People one deals with for work or a service: only ever the subject of a silence.
  WORKER: ['gp', 'therapist', 'counsellor', 'counselor', 'doctor', 'dentist', 'mechanic', 'customer', 'supplier', 'vendor', 'landlord', 'agent', 'employer', 'recruiter',
    'professor', 'lecturer', 'contractor', 'plumber', 'electrician', 'builder', 'lawyer',
    'solicitor', 'accountant'],
  // Machines and things that break down: "it wasn't my fault the car broke down".
  MACHINE: ['car', 'van', 'bike', 'boiler', 'laptop', 'phone', 'computer', 'printer', 'fridge',
    'dishwasher', 'heating', 'wifi', 'internet', 'roof', 'pipe', 'pipes', 'flight', 'train', 'bus',
    'server', 'website', 'app'],
  GOOD: ['correct', 'honest', 'faithful', 'devoted', 'loyal', 'good', 'great', 'perfect', 'supportive', 'caring',
    'loving', 'patient', 'kind', 'generous'],
  QUIETLY: ['dead', 'really', 'very', 'totally', 'completely', 'so', 'super', 'all'],
  MUST: ['should', 'must', 'need', 'have', 'supposed', 'would', 'expected'],
  // What else can go wrong again, things and people other than the two of them: "will my laptop
  // break again", "my dad has to leave again".
  THING: ['car', 'phone', 'screen', 'laptop', 'computer', 'tablet', 'printer', 'boiler', 'heating',
    'wifi', 'internet', 'business', 'startup', 'company', 'shop', 'diet', 'sourdough', 'bread', 'cake',
    'recipe', 'plant', 'garden', 'economy', 'bitcoin', 'crypto', 'stock', 'stocks', 'shares', 'market',
    'surgery', 'operation', 'back', 'knee', 'ankle', 'hip', 'injury', 'rash', 'migraine', 'team', 'band',
    'club', 'project', 'exam', 'test', 'interview', 'application', 'flight', 'train', 'website', 'app',
    'server', 'roof', 'pipe', 'pipes', 'fridge', 'dishwasher', 'tooth', 'teeth', 'toddler', 'dad',
    'mum', 'mom', 'flatmate', 'roommate'],
  PET: ['dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'rabbit', 'hamster', 'pet', 'pets',
    'horse', 'parrot'],
  // First names: the ex is often named ("Dan has a new girlfriend").
  NAME: WORD_CLASSES.names?.split('/') ?? [],
  CHANGE: ['change', 'reflect', 'improve', 'apologize', 'apologise', 'fix', 'work', 'grow', 'blame',
    'sorry'],
};

// prettier-ignore
export type Concept =
  | 'REF' | 'NP' | 'DATING' | 'SELF_MOVED' | 'NO_REPLY' | 'NO_REPLY_SOFT' | 'NO_REPLY_WEAK'
  | 'FRIENDS_WITH' | 'FRIEND' | 'OWN_FRIENDS' | 'HANG_OUT' | 'FAULT_OTHER' | 'OTHER_BAD'
  | 'FAULT' | 'SELF_BLAME' | 'AGAIN_BREAK' | 'AGAIN_SOFT' | 'GET_BACK' | 'FAIL' | 'OUTCOME'
  | 'AGAIN_TIME' | 'NC' | 'WAIT' | 'TIMING' | 'JUDGE' | 'UNIT' | 'CONTACT' | 'GET_OVER' | 'GHOST'
  | 'SELF_ACT' | 'NC_OTHER' | 'PAST' | 'SELF_GOOD' | 'CONTACTED' | 'WAIT_OTHER' | 'WAIT_ELSE' | 'KIN_BLAMES_SELF' | 'MY_DENIAL' | 'ON_ME' | 'MY_SIDE' | 'FRIENDS_SOFT' | 'SELF_NEW' | 'WHY_ME' | 'BEFORE' | 'FORMER' | 'DATING_OTHER'
  | 'NO_REPLY_OTHER' | 'FRIEND_OTHER' | 'ENDING' | 'FAIL_OTHER' | 'BACK_ELSEWHERE' | 'NEW_PERSON'
  | 'BLAME_ELSEWHERE' | 'NAMED' | 'OTHERS_AFFAIR' | 'SELF_SILENCE' | 'NO_REPLY_FROM' | 'US' | 'MY_EX'
  | 'AGAIN_ACT' | 'OWN_THING' | 'SEEN_BY' | 'NOTHING' | 'LOOK_INWARD'
  | 'PUSHBACK' | 'WHAT_WRONG' | 'NOT_DONE' | 'APP_USE' | 'FOR_A_FRIEND' | 'BLAME_MYSELF' | 'CHANCE' | 'CHANCE_US' | 'HAS_NEW' | 'REBOUND' | 'OTHER_DID' | 'SEEING_ABOUT' | 'NO_WORD' | 'WORD_ABOUT' | 'I_CONTACTED' | 'OWN_NO_REPLY';

// prettier-ignore
export const CONCEPTS: Readonly<Record<Concept, readonly string[]>> = {
  // Someone the question is about: the ex, however named, or a third person.
  REF: ['the person i broke up with', 'person i * broke up with', 'someone i used to date', 'person i used to date', 'the one i broke up with', 'guy i broke up with', 'girl i broke up with', 'the one who =dumped me', 'the one who left me', 'the one who =broke up with me', 'my @PARTNER', 'former @PARTNER', 'old @PARTNER', '@THIRD', 'father of my', 'kid * dad', 'kid * mum', 'kid * mom', 'kid * father',
    'kid * mother', 'son * father', 'son * dad', 'daughter * father', 'daughter * dad', 'son * mother',
    'son * mum', 'son * mom', 'daughter * mother', 'daughter * mum', 'daughter * mom',
    'mother of my', 'dad of my', 'mum of my', 'mom of my', 'baby daddy', 'baby mama', 'baby father',
    'baby mother', 'co parent'],
  // The ex named as a partner of old: "friends with a former partner" is not a new partner.
  FORMER: ['a former @PARTNER', 'an ex @PARTNER', 'an old @PARTNER'],
  NP: ['found out @THIRD * =sleeping with', 'found out @THIRD * =seeing', 'found out @THIRD * =dating', 'found out @THIRD has a new', 'into something new', 'jump~ straight into', 'jump~ into something', 'left me for', 'new @PARTNER', 'new relationship', 'new thing', 'someone new',
    'somebody new',
    'someone else', 'somebody else', 'another @PARTNER', 'other @PARTNER', 'different @PARTNER',
    'rebound', 'replace * me', 'replacement', '=moved on with', 'instagram official',
    'facebook official', 'soft launch', 'hard launch', 'got engaged', 'getting married',
    'get married', 'engaged to', 'is engaged', '=married someone', '=married another',
    '@HAVE a @PARTNER', '@HAVE a =date', '@HAVE a * @PARTNER', 'side piece', 'side chick',
    '=cuffed', 'off the market', 'situationship', 'talking stage', '@THIRD =taken', 'is taken',
    'already taken', '=taken now', 'another woman', 'another man', 'another girl', 'another guy',
    'other woman', 'other man', 'talking * with * other boy', 'talking to * other boy',
    'with some other boy', 'for some other boy', 'for another boy', 'left me for * boy',
    'dating * other boy', '=seeing * other boy', '@THIRD ** new lass', '@THIRD ** new lad',
    '@THIRD ** with some lass', '@THIRD ** with some lad', '@THIRD ** with another boy',
    '@THIRD ** with some other boy', 'new girl', 'new guy', 'new man',
    'new woman'],
  // Whether there is still a chance: beside someone new, the ex-dating FAQ.
  REBOUND: ['rebound'],
  // Someone has a new partner: "has a new boyfriend now".
  HAS_NEW: ['@HAVE a new @PARTNER', 'with a new @PARTNER', '=is with someone', 'new @PARTNER now'],
  CHANCE_US: ['hope ** for us', 'chance ** for us', 'over for us', 'future for us'],
  CHANCE: ['any point hoping', 'point in hoping', 'point * hoping', 'worth hoping', 'out of the picture', 'out of the running', 'lost * for good', 'gone for good', 'any point still', 'point * still try~', 'point in still try~', 'point in try~', 'any chance', 'still a chance', 'is it over', 'over for me', 'over for us', 'still hope',
    'any hope', 'is there hope'],
  // The ex by first name: "Dan has a new girlfriend" (only beside someone new, see RULES).
  NAMED: ['@=NAME'],
  // Someone the person is getting to know: texting them is not reaching out to the ex.
  NEW_PERSON: ['girl i met', 'guy i met', 'someone i met', 'person i met', 'i met on', 'after our first date',
    'after a first date', 'met on hinge', 'met on tinder', 'met on bumble', 'met at * party'],
  DATING: ['=courting another', '=courting a', '=courting someone', '=started seeing his', '=started seeing her', '=started seeing this', '=started seeing some', '=started seeing a coworker', '=started seeing a colleague', '=started seeing a guy', '=started seeing a girl', '=started seeing a woman', '=started seeing a man', '=started seeing someone', '=starts seeing someone', '@THIRD is already with @THIRD', 'already with @THIRD', '@THIRD ** with some fella', '@THIRD ** with some * bloke', '@THIRD ** with a new lass', 'shack~ up with a new', '@THIRD ** with some bloke', '@THIRD ** with a bloke', '@THIRD ** with another bloke', 'shack~ up with', '=shacked up with', 'new bloke', '@PARTNER @THIRD =seeing', '@PARTNER @THIRD is =seeing', '@THIRD =moves in with * @PARTNER',
    '=shifting * @PARTNER', '=shifted * @PARTNER', '=taken up with * @PARTNER',
    '=took up with * @PARTNER', '=taking up with * @PARTNER', '=dating', '=dates', '=dated', 'date * someone', 'date * somebody', '=seeing someone',
    '=seeing somebody', '=seeing * guy', '=seeing * girl', '=seeing a woman', '=seeing a man', '=seeing other', 'hook * up',
    'sleep with', '=sleeping with', 'slept with', '@THIRD * going out with', '@THIRD * go out with',
    '@THIRD * went out with', 'going out with someone', 'go out with someone', 'went out with someone',
    'going out with a', 'go out with a',
    'in a relationship', 'into a relationship', 'into a new', 'in love with someone', '=moved on',
    '@THIRD * kiss', 'ex * kiss', '@THIRD * flirt', 'ex * flirt', 'tinder', 'hinge', 'bumble',
    'dating app', '@THIRD * with someone', 'ex * with someone', '@THIRD * with somebody',
    'together with', 'in a new', 'hooked up', '=is with @THIRD', 'with @THIRD now', 'together now',
    'hold~ hands with', '@THIRD * =holding hands', '@THIRD ** with some guy',
    '@THIRD ** with some girl', '@THIRD ** with another guy', '@THIRD ** with another girl', '=moved @THIRD @PARTNER in', '=moved @THIRD @PARTNER into'],
  // The person's own new partner, opening the question: "my new girlfriend gets jealous". It sets
  // aside only the rules that do not name the ex.
  SELF_NEW: ['to my new @PARTNER', 'fair to my new @PARTNER', 'new @PARTNER * asking about my ex', 'new @PARTNER * asks about my ex', 'new @PARTNER * jealous of my ex', 'tell my new @PARTNER', 'if my new @PARTNER', 'my new @PARTNER is =seeing', '^ my new @PARTNER'],
  SELF_MOVED: ['i have =started seeing', 'i =started seeing', 'i start seeing', 'i * start seeing someone', 'if i start dating', 'i start dating', 'i am in a new relationship', 'i am in a new', 'before dating', 'before i start dating', 'before * dating again', 'dating app~ myself', 'go on dating app~', 'i * go on dating app~', 'use dating app~', 'should i shack', 'i * shack up', 'me to start dating', 'someone new myself', 'i am in a rebound', 'my own rebound', 'my rebound', 'i have been seeing someone', 'i have been seeing this', 'i have been seeing a guy',
    'i have been seeing a girl', 'i have been seeing a man', 'i have been seeing a woman', 'keep dating',
    'i been seeing someone', 'i have been dating someone', 'i have been dating a', 'i have =moved on', 'i =moved on', 'i am =moving on', 'i am dating', 'i date',
    'should i date', 'me dating', 'i start dating', 'i am seeing', 'can i date', 'i have a',
    'i got a', 'i found a', 'i have * new', 'i got * new', 'i met', 'i am with', 'ok to date',
    'to date other', 'to date again', 'i * start dating', 'i * date other people', 'should i date other', 'me to date',
    'ok to sleep', 'should i sleep with', 'i sleep with', 'i slept with', 'ok to hook up',
    'should i hook up', 'i hook up', 'i hooked up'],
  NO_REPLY: ['@THIRD * declin~ to @REPLY', 'companion * declin~ to @REPLY', '=airing my @MSG', '=airing * my @MSG', '=airs my @MSG', '=airs me', 'ghost * me', 'ghost by', '@THIRD * ghost', 'ex * ghost', 'got ghost', 'been ghost',
    'get ghost', 'getting ghost', 'left * on read', 'on read', 'read receipt', 'on seen',
    'on delivered', 'seenzone', 'seen zone', 'unresponsive', 'non responsive', 'nonresponsive',
    'ignor * me', 'ignor * @MSG', '@THIRD * ignor', 'is ignor', 'keep ignor', 'keeps ignor',
    '=got ignored', '=getting ignored', '=been ignored', 'block * me', 'has block', '@THIRD block',
    'silent treatment', 'radio silence', 'cold shoulder', 'unanswered', 'unread', '@NEG ** @REPLY',
    '@NEG ** word back', 'not a * word', 'let * ring', 'lets * ring', 'declin~ * call',
    '@NEG ** @CONTACTV * back', '@NEG ** get * back to', '@NEG ** =gotten * back to',
    '@NEG ** =got * back to', '@NEG ** pick up', '@NEG ** talk * me', '@NEG ** speak * me',
    '@NEG ** hear * from', '@NEG ** =heard * from', '@NEG ** =heard back', '@NEG ** hear back',
    '@NEG ** read * @MSG', '@NEG ** open * @MSG', '@NEG ** return * @MSG', '=aired me', '=aired my',
    '=airing me', 'got =blocked', 'been =blocked', 'nothing since', 'nothing back',
    'nothing in return', 'say nothing', 'said nothing', 'ex * =blocked',
    'ex * =ignored', 'ex * =ignores', 'ex * =ignoring', '@THIRD ** =blanking me', 'ex ** =blanking me',
    '@THIRD ** @NEG * =wrote back', '@MSG * =delivered', '=delivered * not =read',
    '=blanking my @MSG', '=blanked my @MSG', '@THIRD * =blocked',
    'want nothing to do with', 'wants nothing to do with', 'straight to voicemail', 'got crickets',
    'just crickets', 'nothing but crickets', '=went quiet on me', '@THIRD * =blanks me',
    'ex * =blanks me', '@THIRD * =blanked me', 'ex * =blanked me', '@THIRD * disappear~ after',
    '@THIRD disappear~ after', 'someone * disappear~ after', '@THIRD * vanish~ after',
    '@THIRD vanish~ after', 'act~ like * never =arrived', 'i =was =blocked', 'ball * in @THIRD court', 'pretend~ * never =got',
    ],
  // The person's own silence: "how long do I keep radio silence", "day 12 of radio silence".
  // The person's own silence, said as where it comes from: "three weeks of radio silence from my side".
  MY_SIDE: ['go quiet on @THIRD', 'gone quiet on @THIRD', 'going quiet on @THIRD', 'went quiet on @THIRD', 'should i go quiet', 'silence from my side', 'silence from my end', 'silence on my side', 'silence on my end',
    'quiet on my side', 'quiet on my end'],
  SELF_SILENCE: ['should i go quiet', 'go quiet on @THIRD', 'silence from my side', 'silence from my end', 'silence on my side', 'silence on my end', 'quiet on my side', 'quiet on my end', 'i keep * radio silence', 'hold * radio silence', 'my radio silence',
    'day * of radio silence', 'break * silence'],
  // Silence that comes from them: "radio silence from my ex".
  NO_REPLY_FROM: ['radio silence from @THIRD', 'radio silence from my ex', 'radio silence from * ex', 'radio silence from @=NAME', 'silence from @THIRD', 'silence from my ex',
    '=getting radio silence', '=got radio silence', 'get radio silence'],
  NO_REPLY_SOFT: ['ex went awol', 'ex =gone awol', 'gone walkabout on', 'went walkabout on', 'gone awol on', 'went awol on', '=gone awol since', '=gone walkabout since', '@THIRD * gone dark', '@THIRD went dark', '@THIRD * went dark', 'went quiet', '@THIRD disappear~', '@THIRD vanish~', 'silence', 'silent', 'crickets', 'gone quiet', 'go quiet', '@THIRD * gone @QUIETLY quiet',
    '@THIRD * =went @QUIETLY quiet', 'no peep',
    'blue ticks', 'two ticks', 'zero reaction', 'no reaction', 'no word', 'voicemail', 'one word',
    'dry text', 'dry replies', 'short replies', 'left * hanging', 'avoid * me',
    '@THIRD * =avoiding', 'ex * =avoiding', 'ex * =avoids', 'cut * me off', 'unfollow * me',
    'unfriend * me', 'asked for space', 'want space', 'wants space', 'need space', 'needs space',
    'seen * @MSG', '=curved me', 'not interested in talking', 'but nothing', 'and nothing',
    'nothing from', 'got nothing', 'get nothing', 'heard nothing'],
  NO_REPLY_WEAK: ['ignor', 'block', 'read', 'seen', 'no answer'],
  // Nothing said since: "she hasn't said a word". Not the person's own silence, not "a word about".
  NO_WORD: ['@THIRD ** @NEG * =said a * word', '@THIRD ** @NEG * =said a word',
    '@THIRD ** @NEG * say a * word', '@THIRD ** @NEG * say a word', '@NEG @THIRD * say a word',
    '@NEG @THIRD * say a * word'],
  WORD_ABOUT: ['word about', 'without =saying', 'without a word'],
  // They saw the message ("he read it at 11:02"): with nothing after it, that is no reply.
  SEEN_BY: ['ex =read it', 'ex =read my @MSG', 'ex =saw my @MSG', 'ex =opened my @MSG', 'ex =viewed my @MSG', '@THIRD =read it', '@THIRD =read my @MSG', '@THIRD =saw it', '@THIRD =saw my @MSG',
    '@THIRD =opened it', '@THIRD =opened my @MSG', '@THIRD =viewed it', '@THIRD =viewed my @MSG'],
  NOTHING: ['still nothing', 'nothing since', 'nothing yet', 'but nothing', 'and nothing',
    'nothing back', 'then nothing', 'later nothing', 'now nothing', 'ago nothing', 'it nothing',
    'no reply', 'no response',
    'no answer'],
  GHOST: ['=ghosted', '=ghosting'],
  // The person doing it themselves: "should I block my ex" is not the ex being unresponsive.
  SELF_ACT: ['i * ghost', 'i * block', 'i * ignor', 'should i ghost', 'should i block',
    'should i ignor', 'me ghost', 'me block'],
  // Friendship in other words, only with the ex named: "not as a couple", "becoming mates first".
  FRIENDS_SOFT: ['not as a couple', 'becom~ mates', 'stay mates', 'mates first', '@BE mates again'],
  FRIENDS_WITH: ['friend offer', 'friendship offer', 'offer of friendship', 'offered friendship', 'friend~ first then', 'part of each other lives', 'part of each other life', 'part of each others life', 'in each other lives', '@BE buddies', '@BE @FADJ buddies', 'as a buddy', 'cool with each other',
    '@BE pals', '@BE friend', '@BE @FADJ friend', 'friend with', 'friend again', 'friendship',
    'platonic', 'friendly again', '@BE friendly', 'friend zone', 'friendzone', 'friendly with',
    'stay friendly', 'on good terms', 'keep * in * life', 'stay in * life', 'in each other life',
    'keep in touch', 'stay in touch', 'as a friend', 'friend with benefit', 'a friend to',
    'are friend', 'were friend', 'are just friend', 'from * to friend', '=be =mates',
    '=stay =mates', '=remain =mates', '=just =mates', '=mates with', '=mates again', 'as pals',
    'as mates', 'as buddies', 'chummy', 'like mates', 'like pals', 'like buddies',
    'like old friend', 'from ** to pal', 'from ** to mates', 'from ** to buddies',
    'still * grab coffee', 'still * get coffee', 'still * hang out',     'stay close to my ex'],
  FRIEND: ['friend', 'friendly', 'buddy', 'buddies', 'pal', 'pals'],
  // "Asking for a friend": a way of asking, not a friend in the question.
  FOR_A_FRIEND: ['asking for a friend'],
  OWN_FRIENDS: ['make new friends', 'new friends here', 'share * friends', 'lot of friends', 'shared friends', 'same friends',
    'friends in common', 'my * friend', 'our * friend', 'mutual friend', '@THIRD friend', 'ex friend'],
  HANG_OUT: ['hang out', 'hangout', 'hang with', 'grab coffee', 'get coffee', 'chill with'],
  FAULT_OTHER: ['did not do anything to cause @THIRD to leave', 'nothing to cause @THIRD to leave', 'did not do anything to make @THIRD leave', 'breakup =was * @THIRD =doing', 'split =was * @THIRD =doing', 'none of this =was my fault', '@NEG * put a foot wrong and @THIRD', '@NEG * =put one foot wrong and @THIRD', '@NEG * put a foot wrong in * relationship', '@NEG * =put one foot wrong in * relationship', '@NEG * put a foot wrong with @THIRD', 'blame * all on my ex', 'fault * all on my ex', 'split =was all on my ex', 'breakup =was all on my ex', 'it =was all on my ex', 'not * responsible for the', 'not to blame for the', 'nothing about me that need~ fix~', 'nothing about me need~ fix~', '@THIRD fault', 'not * my fault', '@THIRD * fault', 'nothing wrong', 'done nothing',
    'did nothing', '@NEG ** @DO * wrong', '@NEG * in the wrong', '@NEG * wrong', 'not me',
    '@THIRD * the problem', 'problem =was @THIRD', '@THIRD * to blame', 'blame @THIRD',
    'blame it on', 'one sided', 'all on @THIRD', 'everything right', 'innocent', 'blameless',
    'faultless', 'why ** @I ** @CHANGE', 'why is it on me', 'why * i * the one',
    '@NEG * make * mistake', '@NEG ** =made * mistake', 'no mistake', '@NEG the one who',
    'wronged me', 'whose fault', '@THIRD * the one who * @MISDEED', 'the one who * =checked out',
    'the one who * =gave up', 'the one who * stop try', 'it =was all @THIRD', '@NEG * the problem',
    'not on me that', 'not all on me', 'none of * on me', 'any of it =was on me',
    'the one who =broke the trust', 'the one who =broke my trust', '@THIRD =broke the trust',
    '@THIRD =broke my trust', 'deserve * dump',
    'my responsib~ to change', 'my responsib~ * to change', 'i am supposed to @CHANGE',
    'supposed to work on myself', 'act~ like * my fault', 'making out * my fault',
    '@THIRD * =blaming me', '@THIRD * =blames me', '@THIRD * =blamed me', 'like i am the problem',
    'like i =was the problem', 'like i am the bad guy', 'like the bad guy', 'like i am the villain',
    'am i supposed to change', 'expected to change', '100 on @THIRD', 
     'is the one who =broke', '@THIRD =was the one who =ruined',
    'why ** always ** what i need to', 'telling me to look at myself',
    'tell me to look at myself', 'why * @MUST ** look at myself', 'why * @MUST ** look inward',
    'why * @MUST ** self work', 'why * @MUST ** work on myself', 'why * @MUST ** self reflect~',
    'why * @MUST they * change anything', 'why * @MUST they * change at all', 'entirely @THIRD doing', 'all @THIRD doing', 'breakup =was not on me', 'split =was not on me', 'that =was not on me', 'it =was not on me', 'problem~ * from @THIRD side',
    'mistake~ * from @THIRD side', 'fault~ * from @THIRD side', 'issue~ * from @THIRD side',
    'breakup =was on @THIRD', 'split =was on @THIRD', 'ending =was on @THIRD', 'not mine so why', 'not mine so', 'what i need to do differently'],
  // Half the picture each: the ex did wrong, or I did right. Together they are the FAQ.
  OTHER_BAD: ['@THIRD ** @MISDEED', '@THIRD * issue', 'bad guy', 'victim', 'it take two',
    'for no reason', 'responsib~', 'their choice'],
  SELF_GOOD: ['@I =was @GOOD to @THIRD', '@I =was @GOOD with @THIRD', '@I =was always @GOOD to @THIRD', '@I =was always @GOOD with @THIRD', '@I =was @GOOD in * relationship', 'more effort than @THIRD ever', 'more effort * relationship', 'tried harder than @THIRD ever', '@I =was @GOOD @I =was @GOOD', '@I =was a @GOOD', '@I =was a @GOOD * @PARTNER', '@I =was a @GOOD @GOOD', 'gave * everything', 'gave ** relationship everything', '@I * perfect', 'perfect @PARTNER', 'the good one',
    '@I =was * good', '@I =was * great', 'did everything', 'tried everything', 'all i did', 'the loyal one', 'the faithful one'],
  // Asked what they did wrong, and sure they did nothing: "it asks what i did wrong, but i didn't".
  WHAT_WRONG: ['what i =did wrong', 'what i have done wrong', 'what i =did to deserve'],
  NOT_DONE: ['did not do anything', 'have not done anything', '=did nothing'],
  // Being asked to look at one's own part: with the other half above, the FAQ.
  LOOK_INWARD: ['take responsibility', 'examin~ my own', 'own part of', 'own my part', 'own part', 'introspect~', 'self introspect~', 'long hard look at myself', 'long hard look at me', 'look in the mirror', 'hard look at myself', 'examin~ my flaw~', 'look at my flaw~', 'my flaw~', 'think about what i =did wrong', 'look at my own', 'my own mistak', 'look at my mistak', 'reflect on my mistak', 'me to improve', 'me to change', 'me to work on', 'self reflect~', 'examin~ my behav~', 'examin~ my part', 'examin~ my role', 'look at my behav~',
    'look inward', 'look at myself', 'self work', 'self reflection', 'work on myself',
    'my part in', 'my own part'],
  // Someone pushing the person to do it, or the person pushing back.
  // Pushing back on being the one to change: "why reflect on my mistakes".
  WHY_ME: ['is it * fair', 'fair to ask me', 'why should i', 'why reflect', 'why do i have to', 'why must i', 'why am i the one', 'why me', 'why is it me'],
  PUSHBACK: ['is it * fair', 'fair to ask', 'bit rich', 'expecting me to', 'expect me to', 'expects me to', 'told to', 'unfair', 'resent', 'why', 'should i', 'supposed to', 'everyone', 'everybody', 'keep~ telling', 'tell~ me',
    'want~ me to', 'expect~ me', 'people say', 'they say', '@FAMILY say~', '@THIRD * say~', 'but i'],
  // What the ex did: "he lied about everything", "she's the one who walked out".
  OTHER_DID: ['@THIRD =ruined everything', '@THIRD =ruined it', '=checked out on her own', '=checked out on his own', '=checked out on their own', '=checked out on me', '=checked out of * relationship', '=checked out emotionally', '@THIRD caused', 'how @THIRD treated me', '@THIRD treated me', 'it =was @THIRD who', '@THIRD who =cheated', '=cheated on me', '@THIRD =was unfaithful', '@THIRD =were unfaithful', '@THIRD * =was unfaithful', '@=NAME =cheated', '@=NAME =lied', '@=NAME ** @MISDEED', '@THIRD * the toxic one', '@THIRD ** @MISDEED', '@THIRD * the one who', '@THIRD =cheated', '@THIRD =lied',
    '@THIRD =walked out'],
  // "How is that on me", about the breakup only: not the bill at dinner.
  ON_ME: ['breakup really on me', '@NEG ** breakup =was on me', '@NEG ** split =was on me', 'is it really on me', 'did not do anything to cause', '=did nothing to cause', '@NEG * =did anything to cause', 'did not do anything to deserve', 'completely @THIRD =doing', 'entirely @THIRD =doing', 'all @THIRD =doing', 'none of it =was my fault', 'none of that =was my fault', 'it * =was @NEG on me', 'breakup =was @NEG on me', 'breakup is on me', 'say * breakup is on me', 'can not find anything i =did', 'can not think of anything i =did', 'any of this on me', 'any of it on me', 'is that on me', 'is this on me', 'is it on me', 'is that my fault'],
  FAULT: ['guilty for the breakup', 'guilty for * breakup', 'ex * say~ i =am guilty', 'ex * say~ i =was guilty', '@THIRD say~ i =am guilty', '@THIRD say~ i =was guilty', 'fault', 'blame', 'blaming', 'to blame', 'in the wrong', 'who is wrong', 'who =was wrong',
    'culprit'],
  BLAME_MYSELF: ['blame myself', 'blaming myself'],
  SELF_BLAME: ['blame myself', 'blaming myself', 'blame me', 'my fault', 'i ruin', 'i =messed'],
  AGAIN_BREAK: ['it all =goes downhill again', 'it =goes downhill again', 'it =went downhill again', 'we =went downhill again', 'we @BREAKV up one more time', 'we * @BREAKV up one more time', 'we =separate one more time', 'we * =separate again', 'we @BREAKV one more time', 'we * @BREAKV one more time', 'we * broken up * times', 'we * =broke up * times', 'we * split up * times', 'we * =split * times', 'trying a fourth', 'try a fourth', 'a fourth try', '3rd breakup', 'third breakup', '4th breakup', 'fourth breakup', '@BREAKV * again', '@BREAKV * second time', 'another breakup', 'second breakup',
    'another split', 'break up twice', 'history repeat', 'same * mistake', 'same * problem',
    'same * issue', 'same * fight', 'same * argument', 'same thing happen', 'happen again',
    'go wrong again', 'goes wrong again', 'went wrong again', 'on and off', 'on again off again',
    'end * same way', 'wrong again', 'apart again', 'again * break up', 'another heartbreak',
    'break * twice', 'round two', 'round 2', 'second round', 'end~ up * same mess'],
  // Things one of them might do again: only about the two of them ("my friend bailed again" is not).
  AGAIN_ACT: ['@MISDEED it again', '@MISDEED it up again', 'old pattern again',
    'old pattern * again', '@THIRD * bail~ again', '@THIRD * leave again', '@THIRD * walk out again',
    '@THIRD * pull~ away again', '@THIRD * run~ off again', '@THIRD * check~ out again',
    '@THIRD * ditch~ me again'],
  AGAIN_SOFT: ['same manner', 'same manner once more', 'nothing ** be ** different', 'same as before', 'the same as last time', 'old fight~', 'same fight~', 'old argument~', 'same argument~', 'nothing will be different', 'nothing ** be different', 'nothing * change', 'same pattern', 'old pattern', 'same habit', 'old habit', 'repeat', 'cycle', 'twice',
    'same thing', 'all over again', 'back and forth', 'relapse', 'same way', 'same place',
    'end up * same', 'square one', 'where we start~', 'same * rut', 'issue ** ended ** never * fix',
    'nothing * fix', 'never =got =sorted', '=never =sorted', 'same * pattern', 'same * habit',
    'slide back into', 'fall back into', 'slip back into', 'same * trouble', 'same trouble', 'same old stuff',
    'same stuff again', 'same * stuff again', 'what =broke us', 'that =broke us',
    'come back if', 'come back again', 'same * heartbreak', 'same * hurt',
    'same * pain', 'same * drama', 'same * story', 'old ways', 'crack along', 'same lines', 'bail again',
    'leave again', 'old problem~ * return', 'old problem~ ** come * back', 'old problem~ ** =came back',
    'old issue~ * return', 'old issue~ ** come * back', 'issue~ * come back', 'trust issue~',
    'start~ up again', 'back where we =were', 'right back where we'],
  GET_BACK: ['resume our relationship', 'ex * link~ back up', 'link~ back up with @THIRD', 'link~ back up with my ex', 'we link~ back up', 'back tg', 'get back tg', 'start over with my ex', 'start again with my ex', 'start over with me', 'start again with me', 'start again as a couple', 'start over as a couple', '=return together', 'we * =start over', 'start over with @THIRD', 'start over together', 'we * =start again', 'start again with @THIRD', 'once we are together', 'when we are together', 'once we are back', 'seeing each other again', '@THIRD * =wants to try once more', '@THIRD * =wants one more try', 'we * try once more',
    'we * try one more time', 'us one more try', 'come back together', '=came back together', 'back together', 'get back with', 'got back with', 'getting back with', 'take * back',
    'reconcil~', 'reunit', 'reunion', 'together again', 'second chance', 'another chance',
    'another try', 'another shot', 'another go', 'try again', 'give * another', 'patch * up',
    'work it out', 'rekindl', 'make up', 'made up', '@GETV @THIRD back', '@GETV * ex back',
    'win * back', 'back with', 'go back to @THIRD', 'going back to @THIRD',
    'went back to @THIRD', 'get back', 'got back', 'getting back', 'reconnect', 'second try',
    'if @THIRD =comes back', 'if @THIRD =come back', 'if @THIRD =came back'],
  FAIL: ['it * =goes to ship', 'it * =went to ship', 'it * =going to ship', 'it * =goes to shit', 'it * =went to shit', 'it * =going to shit', 'things =go to shit', 'things =went to shit', 'end~ in the same manner', 'it a flop', 'it =was a flop', 'a total flop', 'it =flops', 'it =flopped', 'it =flop', 'it =went left', 'it =goes left', 'it =go left', 'it =going left', 'things =went left', 'things =go left', 'hurt~ each other like before', 'hurt~ each other again', 'hurt~ me like before', 'goes badly', 'go badly', 'went badly', 'honeymoon wears off', 'honeymoon * over', 'honeymoon period ends', 'honeymoon phase', '=split up again', 'will * =split up', 'if we * =split up', 'would * =split up', 'fail', 'go wrong', 'goes wrong', 'going wrong', 'fall apart', 'falls apart', 'crash',
    'falling apart', '@NEG * work', '@NEG * last', '=mess up', '=messes up', '=screw up',
    'end badly', 'go bad', 'goes bad', 'blow up', 'fizzle', 'go south', 'fall through', 'collapse',
    'crumble', 'implode', 'go sour', 'turn sour', 'end * again', '=break up', '=brake up',
    'hurt * again', 'doomed', 'crash and burn', '=go to pot', '=goes to pot', '=going to pot', 'it =went to pot',
    'go~ pear shaped', 'went pear shaped', 'go~ belly up', 'went belly up'],
  OUTCOME: ['@OUTCOME', 'stay together', 'make it', 'odds', 'success rate', 'statistic'],
  AGAIN_TIME: ['once more', 'third go at being together', 'third attempt at being together', 'third try at being together', 'third attempt at making it work', 'third try at making it work', 'third attempt at * relationship', 'third try at * relationship', 'third attempt at us', 'third try at us', 'second time', 'this time', 'next time', '2nd time', 'second go', 'second attempt',
    'time around', 'go around', 'again', 'twice', 'round two', 'second chance', 'another chance'],
  NC: ['i * go dark', 'should i go dark', 'go dark on @THIRD', 'going dark on @THIRD', 'how long * go dark', 'i keep * radio silence', 'hold * radio silence', 'my radio silence', 'day * of radio silence', 'no contact', 'zero contact', 'contact rule', 'cool off', 'cooling off', 'cooldown',
    'waiting period', 'wait period', 'grace period', 'space period', 'without contact',
    'without talking', 'magic number'],
  WAIT: ['wait', 'waiting', 'hold off', 'holding off', 'give @THIRD * time', 'give @THIRD * space',
    'give * some time', 'give * some space', 'give it * time', 'give it a @UNIT'],
  TIMING: ['when would be best', 'when would be reasonable', 'when would be a decent', 'when would be a sensible', 'sensible point', 'decent time', 'what stage', 'reasonable point', 'reasonable time', 'when would be a good', 'when would be the right', 'when would be a reasonable', 'point when i can @CONTACTV', 'point where i can @CONTACTV', 'point when i * @CONTACTV @THIRD', 'point where i * @CONTACTV @THIRD', 'point when i * @CONTACTV my ex', 'point where i * @CONTACTV my ex', 'point where it * sense', 'point where it is ok', 'point where it is fine', 'point where it is okay', 'at which point', 'how long', 'how many @UNIT', 'how much time', 'how soon', 'too soon', 'too early',
    'too late', 'too quick', 'right time', 'right moment', 'moment to @CONTACTV', 'when can @I',
    'when should @I', 'when do @I', 'when * is it', 'when to', 'when * ready', 'timeline',
    'time frame', 'timeframe', '=timing', 'yet', 'before', 'enough time', 'long enough', 'enough',
    'how much space', 'soon', 'early', 'after how', 'after * @UNIT', 'ready to', 'best time',
    'good time', 'time to @CONTACTV', 'when will * ok', 'what point', 'ok to @CONTACTV',
    'ok to reach', 'allowed to', 'is it time to'],
  JUDGE: ['enough', 'too soon', 'too early', 'too late', 'too long', 'too quick', 'soon', 'early',
    'right amount', 'minimum', 'maximum'],
  PAST: ['@UNIT ago', 'last @UNIT'],
  // Using the coach itself: "can I reset my no-contact counter in the app".
  APP_USE: ['reset * counter', 'day counter', 'counter in the app'],
  NC_OTHER: ['no contact with * @FAMILY'],
  // Someone other than the ex does it: "wait to tell my parents", "my friend is dating someone
  // new", "my boss keeps ignoring my emails", "be friends with his sister", "fail my exams again".
  // Waiting on someone or something else, plain enough to outweigh any contact word: "how long
  // should i wait before deleting our photos", "waiting for my therapist to call me back".
  WAIT_ELSE: ['court date', 'custody hearing', 'wait~ for the court', 'wait~ on the court', 'job application', 'an application', 'my application', 'wait~ on the paperwork', 'wait~ for the paperwork', 'how long does a divorce', 'wait~ on * divorce papers', 'wait~ for * divorce papers', 'wait~ on the divorce', 'wait~ for the divorce', 'before * delet~', 'before remov~', 'before * remov~', 'before sell~', 'before * sell~', 'before * block~', 'before * unfollow~', 'wait~ for my @FAMILY', 'wait~ on my @FAMILY', 'before delet~', 'before get~ rid of', 'before block~', 'before unfollow~', 'before throw~', 'wait~ for my @WORKER', 'wait~ for the @WORKER', 'wait~ for a @WORKER', 'wait~ on my @WORKER', 'wait~ on the @WORKER', 'wait~ for my gp', 'wait~ for the bus', 'wait~ for the train'],
  WAIT_OTHER: ['sleep aid', 'sleep better', 'sleep properly', 'for sleep', 'my sleep', 'exclusive', 'tell the kids', 'tell our kids', 'break the news', 'before * tell~ the kids', 'before tell~ the kids', 'cope with seeing', 'wait * tell', 'wait before * tell', 'wait until * tell', 'test =results',
    'scan =results', 'exam =results', 'blood =results', '=results back', 'biopsy', 'job offer',
    'since the interview', 'after the interview', 'after * job interview', 'since * job interview',
    'from * job interview', 'hear back * job interview', 'my dog * wait~', 'my cat * wait~', 'my parcel', 'the parcel', 'a parcel', '^ * parcel', 'my package', 'the package', 'delivery',
    'courier', 'my order', 'shipment', 'refund', 'tax return', 'visa application', 'my visa',
    'plumber', 'electrician', 'builder', 'appointment', 'relationship status', 'introduc~ my new'],
  DATING_OTHER: ['my best friend is =dating', 'ex brother', 'ex sister', 'ex s brother', 'ex s sister', 'my @FAMILY * =shacked', 'my @FAMILY has =shacked', 'my @FAMILY @PARTNER', '@FAMILY ex', 'my @FAMILY =dates', 'my @FAMILY =is =dating', 'my @FAMILY =dating',
    'my @FAMILY * =started =dating', 'my @FAMILY has been =dating', 'my @FAMILY =is =seeing',
    'my @FAMILY * =started =seeing', 'my @FAMILY has been =seeing', 'new baby', 'landlord', 'my best friend * =dating',
    'my @FAMILY * =got a', 'my @FAMILY * =has a', 'my @FAMILY ** engaged', '^ * from work', '^ * * from work',
    'my neighbour', 'my neighbor'],
  // Seeing someone on business: "she's seeing a man about the car".
  SEEING_ABOUT: ['=seeing a @PARTNER about', '=seeing a @PARTNER * about'],
  // Someone else's partner cheating: "my friend's boyfriend is seeing someone behind her back".
  OTHERS_AFFAIR: ['my @ELDER * say~ the @PARTNER @THIRD', 'my @FAMILY @PARTNER', 'my @ELDER =dates', 'my @ELDER =is =dating', 'my @ELDER * =started =dating',
    'my @ELDER has been =dating', 'my @ELDER =is =seeing', 'my @ELDER * =started =seeing',
    'my @ELDER has been =seeing', 'landlord', 'my best friend * =seeing',
    '@FAMILY ex', 'behind her back', 'behind his back', 'behind their back', 'my @FAMILY =moved',
    'my daughter', 'my son'],
  NO_REPLY_OTHER: ['^ * my * friend ** stopped return~', '^ * my * friend ** stopped answer~', '^ * my * friend ** stopped reply~', 'my dear friend', '^ * my best friend keep~ ignor~', '^ * my best friend =is ignoring', '^ * my friend keep~ ignor~', '^ * my friend =is ignoring', '^ * my @FAMILY keep~ ignor~', '^ * my @FAMILY =is ignoring', 'ignor~ the school', 'ignor~ * school', 'about the job', 'about a job', 'about the interview', 'recruiter', 'hiring manager', 'my * friend * =gone quiet', 'my * friend * =went quiet', 'my @FAMILY * =gone quiet', 'my @FAMILY * =went quiet', '^ * my @FAMILY ** @NEG ** pick~ up', '^ my @FAMILY ** @NEG ** pick~ up', '^ my friend ** @NEG ** @CONTACTV', '^ my friend ** @NEG ** @REPLY', '^ friend', '^ roommate', '^ flatmate', '^ my roommate', '^ my flatmate', '^ * my @FAMILY ** @NEG ** @REPLY', '^ * my best friend ** @NEG ** @REPLY',
    '^ * my @FAMILY ** ignor', '^ * @FAMILY * =blocked', '^ * @FAMILY * block me',
    '^ * friends * =blocked', 'since the interview', 'after the interview', 'recruiter',
    '=companies', 'the company', 'my employer ** @NEG ** @REPLY', 'my landlord ** @NEG ** @REPLY',
    'my landlord * ignor', 'my mate ** @NEG ** @REPLY', 'my mate ** ignor', '^ * @FAMILY ** @NEG ** @REPLY',
    '^ * @FAMILY * ignor', '^ * @FAMILY * =ghosted', '^ * @FAMILY * left me on read',
    '^ * @FAMILY * =blocked me', '^ * @FAMILY ** @NEG ** =returned * call', 'my cat * ignor',
    'my dog * ignor', '^ * my @WORKER ** @NEG ** @REPLY', '^ * the @WORKER ** @NEG ** @REPLY',
    '^ * my @WORKER ** @NEG ** @CONTACTV * back', '^ * the @WORKER ** @NEG ** @CONTACTV * back',
    'applications', '^ * my new @PARTNER ** @NEG ** @REPLY', '^ * my @FAMILY ** on read',
    '^ * my @FAMILY ** about the rent', '@MSG to my @FAMILY', 'parcel', 'package', 'tracking', 'amazon',
    '@PARTNER i am =seeing ** @NEG ** @REPLY', '@PARTNER i am =dating ** @NEG ** @REPLY',
    '^ * @PARTNER i am =seeing', '^ * @PARTNER i am =dating', '^ * my @FAMILY * =ghosting',
    '^ * my @WORKER', '^ * our @WORKER', '^ * the @WORKER', '^ * a @WORKER',
    '^ * cat * ignor', '^ * dog * ignor', 'by my @FAMILY', 'the landlord', 'blocked from', 'ex @FAMILY * =blocked'],
  FRIEND_OTHER: ['friendly with his ex', 'friendly with her ex', 'friendly with @THIRD ex', 'friends with his ex', 'friends with her ex', 'friends with their ex', 'friends with @THIRD ex', 'friendship breakup', 'friend breakup', 'friendship break up', 'help a friend', 'support a friend', 'help my friend', 'support my friend', '@FAMILY ** mates', '^ my flatmate', '^ my roommate', 'friend with a co worker', 'friend with a coworker', 'friend with a colleague', '@PET ** become friend', '@PET ** becoming friend', '@PET * be friend',
    '@PET * be @FADJ friend', 'friend with * @FAMILY', 'friend with @THIRD @FAMILY', 'friend with * friends',
    'my * friend and i =had', 'my friend and i =had', 'my * friend and i =fell out',
    'my friend and i =fell out', 'business partner and i', 'split the company', 'to my ex mum', 'to my ex mom', 'to my ex dad',
    'to my ex sister', 'to my ex brother', 'to my ex family', 'to my ex parents', 'with my ex mum',
    'with my ex mom', 'with my ex dad', 'with my ex sister', 'with my ex brother', 'with my ex family',
    'with my ex parents'],
  // A thing of the person's own going wrong again (only where no reunion is in the question).
  OWN_THING: ['someone * asked me out', 'guy * asked me out', 'girl * asked me out', 'man * asked me out', 'woman * asked me out', '@WORKER asked me out', 'my @=THING', 'the @=THING', 'will @=THING'],
  FAIL_OTHER: ['best friend and i', 'my friend and i', 'my mate and i', 'the job', 'my job', 'my @ELDER and i', 'my diet', 'a diet', 'the diet', 'dieting', 'their third breakup', 'my parents are on', 'my new job', 'i * new job', '=started * new job', 'new job * wrong', '^ my manager', '^ my boss', '^ * my @WORKER', 'project * again', 'project * wrong', 'project * fail~', 'this quarter',
    'my parents are back', 'my parents * back together', 'my @FAMILY * back with',
    'my @FAMILY * back together', 'my @ELDER and @ELDER * back together', 'my @FAMILY =got back', 'old team', 'the team', 'more season', 'old band', 'our band', 'the band', 'stock market', 'knee injury', 'fail * exam', 'fail * test', 'fail * course', 'fail * class', 'fail * module',
    'fail * interview', 'fail * driving'],
  // The person's own denial, which holds whoever else blames themselves.
  MY_DENIAL: ['can not think of anything i =did to make @THIRD', 'can not find anything i =did to make @THIRD', 'all on him', 'all on her', 'all on them', 'fault ** not mine', 'not * my fault', 'was not my fault', 'not my fault either'],
  // A relative's blame, of themselves or of the person: "my mum keeps blaming herself for my
  // divorce", "my mum keeps blaming me for the breakup, how do I get her to back off".
  KIN_BLAMES_SELF: ['^ @ELDER * blam~ me', '^ @ELDER keep~ blam~ me', '^ my @ELDER * blam~ me', '^ my @ELDER keep~ blam~ me', '@ELDER feel~ ** is her fault', '@ELDER feel~ ** is his fault', '@ELDER think~ ** is her fault', '@ELDER think~ ** is his fault', '@FAMILY ** blam~ herself', '@FAMILY ** blam~ himself', '@FAMILY ** blam~ themselves',
    '@FAMILY ** blam~ themself', '@FAMILY ** blam~ only herself', '@FAMILY ** blam~ only himself', '@ELDER think~ ** =was his fault', '@ELDER think~ ** =was her fault', '@ELDER feel~ ** =was his fault', '@ELDER feel~ ** =was her fault'],
  // Blame at work or school: "my manager says the project failing was my fault".
  BLAME_ELSEWHERE: ['our parents', 'break the news', 'kids feel', 'children feel', 'command not found', 'error message', 'teammate', 'employee', 'student', 'grades', 'promotion', 'worker', 'police', 'on the test',
    '^ my @ELDER * say~ our fight', 'fault the @=MACHINE', '@=MACHINE =broke down', 'rental company',
    'insurance * cover', 'insurance claim', 'my insurance', 'accident =was my fault',
    'accident =was not my fault', 'fault the team', 'coach benched', 'parking ticket', 'speeding ticket', 'my manager', 'my boss', 'the project', 'my teacher', 'my coach', 'in the family',
    'my mom treat~', 'my mum treat~', 'my dad treat~', 'my parents treat~'],
  // The two of them, or the ex: what a fear of it going wrong again must be about.
  US: ['we', 'us', 'our', '@THIRD', 'ex', 'relationship', 'together', 'my @PARTNER', 'back'],
  MY_EX: ['my ex'],
  // The breakup itself, what a worry of fault is about: "was the breakup my fault".
  ENDING: ['breakup', 'break up', 'broke up', 'split', 'ended', 'dumped', 'left me', 'relationship',
    'the end', '@THIRD left', '@THIRD =walked out'],
  // Back to something that is not the ex: "got back to work", "back on my feet".
  BACK_ELSEWHERE: ['back with my @FAMILY', 'back home with', 'make it stop', 'make @THIRD stop', 'back on track', 'back into work', 'back into running', 'back into the gym', 'back to my routine',
    'back into my routine', 'back to work', 'back at work', 'back from', 'back on my feet',
    'back into dating', 'back to school', 'back to uni', 'back home', 'back to you', 'back to me'],
  // The person reached out already: silence after it is no reply ("crickets since I sent it").
  CONTACTED: ['=sent', '=texted', '=messaged', '=called', '=emailed', '=rang', '=reached out',
    '=wrote to', 'since i @CONTACTV'],
  // The person reached out, in the first person: "i texted him", not "he called me".
  I_CONTACTED: ['i * =wrote to', 'i * =written to', '^ =sent my ex', '^ =texted my ex', '^ =messaged my ex', '^ =called my ex', '^ =emailed my ex', 'i * =sent', 'i * =texted', 'i * =messaged', 'i * =called', 'i * =emailed',
    'i * =rang', 'i * =reached out', 'i * =wrote to', 'i =wrote', 'since i @CONTACTV'],
  // The person not answering: "i haven't replied yet", "i didn't call him back".
  OWN_NO_REPLY: ['rude not to @REPLY', 'rude * if i * not @REPLY', 'rude of me', 'if i do not @REPLY', 'i * @NEG * reply', 'i * @NEG * answer', 'i * @NEG * respond',
    'i * @NEG * @CONTACTV * back'],
  // Before a step: "how many weeks before I try to get her back".
  BEFORE: ['before', 'until', 'till'],
  UNIT: ['@UNIT', '@NUM @UNIT', 'a month', 'few @UNIT', 'couple * @UNIT'],
  CONTACT: ['drop my ex a line', 'drop @THIRD a line', 'drop @THIRD a message', 'drop @THIRD a text', '@CONTACTV', 'reach out', 'get in touch', 'hit * up', 'slide into', 'talk to',
    'speak to', 'say hi', 'say hello', 'first move', 'make contact', 'break * contact', 'meet up',
    'see @THIRD', 'see my ex', 'talk again', 'send', 'break the silence', 'break * silence'],
  GET_OVER: ['get over', 'getting over', '=move on', 'moving on', 'stop * miss', 'stop cry',
    'stop think', 'heal', 'feel better', 'grieve', 'grief', 'hurt less', 'stop hurt', 'forget',
    'pain', 'cry', 'sad', 'heartbreak', 'heartbroken', 'mourn', 'recover'],
};

export interface Rule {
  faq: FaqId;
  all: readonly Concept[];
  none?: readonly Concept[];
  weight: number;
}

/**
 * Where the question itself is (see `scoreFaqs` in faq-match.ts). Words that set what came before
 * aside ("..., but that's not what i'm asking: how long...").
 */
// prettier-ignore
export const SET_ASIDE: readonly string[] = [
  'i am asking whether', 'i am asking if', 'i am really asking', 'what i am asking is',
  'not what i am asking', 'not my question', 'my question is', 'my real question is',
  'the real question is', 'that aside', 'aside from that', 'i want to know',
];
/** After "but", these open the question itself: "we stayed friends, but now she won't answer". */
// prettier-ignore
/** Words that turn to the question itself when one of `OPENS_QUESTION` follows: "..., so should I". */
// prettier-ignore
export const TURNS: readonly string[] = ['but', 'so', 'anyway'];
export const OPENS_QUESTION: readonly string[] = [
  'now',
  'if',
  'what',
  'how',
  'why',
  'can',
  'could',
  'should',
  'will',
];
/** A question's first words: one that opens so has asked already, before any "but". */
// prettier-ignore
export const ASKS: readonly string[] = [
  'how', 'what', 'when', 'why', 'can', 'could', 'should', 'is', 'are', 'am', 'will', 'would', 'do',
  'does', 'was',
];
/**
 * Last sentences of a story that ask nothing of their own: the story itself is the question. A
 * sentence is generic when it is one of these, give or take a last word ("what should I do now").
 */
// prettier-ignore
export const GENERIC_ASKS: readonly string[] = [
  'what should i do', 'what do i do', 'what can i do', 'what would you do', 'what now',
  'what next', 'any advice', 'advice please', 'please help', 'help', 'help me', 'thoughts',
  'any thoughts', 'what do you think', 'is this normal', 'is that normal', 'what does it mean',
  'what does this mean', 'what does that mean', 'where do i go from here', 'i need advice',
  'i do not know what to do', 'i dont know what to do', 'idk what to do', 'please advise',
  'need advice', 'any tips', 'tips', 'am i wrong', 'am i crazy', 'thanks', 'thank you',
];

/**
 * Words that tell nothing of what a last sentence asks about: function words and vague verbs ("how
 * am i supposed to deal with this"). The rest of its words, outside the FAQs' vocabulary, say it
 * asks about something else (see `scoreFaqs`).
 */
// prettier-ignore
export const VAGUE_WORDS: readonly string[] = [
  'apply', 'applies', 'position', 'situation', 'case', 'kind', 'sort', 'arrangement',
  'setup', 'workable', 'viable', 'sustainable', 'doable',
  'the', 'and', 'but', 'for', 'with', 'this', 'that', 'these', 'those', 'there', 'here', 'then',
  'than', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'how', 'does', 'did',
  'doing', 'done', 'have', 'has', 'had', 'having', 'was', 'were', 'are', 'is', 'been', 'being',
  'can', 'could', 'should', 'would', 'will', 'shall', 'might', 'must', 'may', 'not', 'any', 'all',
  'some', 'more', 'most', 'much', 'many', 'very', 'really', 'just', 'even', 'also', 'still',
  'yet', 'about', 'from', 'into', 'onto', 'over', 'under', 'after', 'before', 'again', 'ever',
  'never', 'always', 'now', 'today', 'tonight', 'tomorrow', 'yesterday', 'next', 'last', 'it',
  'its', 'him', 'her', 'his', 'hers', 'she', 'they', 'them', 'their', 'you', 'your', 'our', 'ours',
  'myself', 'anything', 'something', 'nothing', 'everything', 'anyone', 'someone', 'everyone',
  'deal', 'cope', 'handle', 'supposed', 'stop', 'happen', 'happening', 'mean', 'means', 'take',
  'read', 'answer', 'send', 'try', 'get', 'got', 'go', 'going', 'move', 'feel', 'think', 'know',
  'want', 'need', 'keep', 'make', 'let', 'say', 'said', 'tell', 'told', 'give', 'put', 'come',
  'see', 'look', 'find', 'way', 'thing', 'things', 'time', 'point', 'idea', 'sure', 'okay', 'fine',
  'right', 'wrong', 'good', 'bad', 'better', 'best', 'worse', 'worst', 'normal', 'possible',
  'completely', 'totally', 'actually', 'honestly', 'seriously', 'supposed', 'idiot', 'mad',
  'crazy', 'stupid', 'sick', 'sad', 'hurt', 'hurts', 'pain', 'feeling', 'feelings', 'life',
  'mind', 'head', 'heart', 'phone', 'minutes', 'hours', 'help', 'advice', 'please', 'thanks',
  'realistic', 'trap', 'mistake', 'smart', 'wise', 'healthy', 'fair', 'reasonable', 'rushing',
  'rush', 'longer', 'enough', 'space', 'push', 'further', 'away', 'chance', 'hope', 'worth',
];

/** Concepts that put a question on someone or something else: they hold wherever they appear. */
// prettier-ignore
export const ELSEWHERE: readonly Concept[] = [
  'NO_REPLY_OTHER', 'FAIL_OTHER', 'FRIEND_OTHER', 'BLAME_ELSEWHERE', 'WAIT_OTHER', 'WAIT_ELSE', 'KIN_BLAMES_SELF', 'DATING_OTHER',
  'OTHERS_AFFAIR', 'NC_OTHER', 'OWN_FRIENDS',
];

// prettier-ignore
export const RULES: readonly Rule[] = [
  { faq: 'wait-time', all: ['MY_SIDE', 'CONTACT'], none: ['WAIT_ELSE', 'NO_REPLY', 'I_CONTACTED'], weight: 0.75 },
  { faq: 'wait-time', all: ['MY_SIDE', 'UNIT'], none: ['WAIT_ELSE', 'NO_REPLY', 'I_CONTACTED'], weight: 0.6 },
  { faq: 'wait-time', all: ['NC'], none: ['WAIT_ELSE', 'SELF_MOVED', 'NC_OTHER', 'APP_USE'], weight: 0.7 },
  { faq: 'wait-time', all: ['WAIT'], none: ['WAIT_ELSE', 'GET_OVER', 'WAIT_OTHER', 'SELF_MOVED'], weight: 0.5 },
  { faq: 'wait-time', all: ['WAIT', 'CONTACT'], none: ['NEW_PERSON', 'NO_REPLY_OTHER', 'WAIT_ELSE'],
    weight: 0.85 },
  { faq: 'wait-time', all: ['WAIT', 'CONTACT', 'MY_EX'], none: ['WAIT_ELSE', 'NEW_PERSON'], weight: 0.85 },
  { faq: 'wait-time', all: ['TIMING', 'CONTACT', 'MY_EX'], none: ['WAIT_ELSE', 'SELF_MOVED', 'NEW_PERSON', 'WAIT_OTHER'],
    weight: 0.75 },
  { faq: 'wait-time', all: ['WAIT', 'REF'], none: ['WAIT_ELSE', 'GET_OVER', 'WAIT_OTHER'], weight: 0.6 },
  { faq: 'wait-time', all: ['WAIT', 'TIMING'], none: ['WAIT_ELSE', 'WAIT_OTHER', 'SELF_MOVED', 'NO_REPLY_OTHER'], weight: 0.75 },
  { faq: 'wait-time', all: ['TIMING', 'CONTACT'],
    none: ['WAIT_ELSE', 'SELF_MOVED', 'NEW_PERSON', 'WAIT_OTHER', 'NO_REPLY_OTHER'],
    weight: 0.75 },
  { faq: 'wait-time', all: ['UNIT', 'CONTACT'], none: ['WAIT_ELSE', 'PAST', 'NO_REPLY_OTHER', 'WAIT_OTHER', 'APP_USE'],
    weight: 0.55 },
  { faq: 'wait-time', all: ['JUDGE', 'UNIT'], none: ['WAIT_ELSE', 'GET_OVER', 'WAIT_OTHER'], weight: 0.55 },
  { faq: 'wait-time', all: ['TIMING', 'REF'], none: ['WAIT_ELSE', 'GET_OVER', 'WAIT_OTHER', 'NEW_PERSON'],
    weight: 0.5 },
  { faq: 'wait-time', all: ['TIMING', 'GET_BACK', 'UNIT', 'BEFORE'], none: ['WAIT_ELSE', 'WAIT_OTHER', 'FAIL_OTHER', 'BACK_ELSEWHERE', 'AGAIN_BREAK', 'AGAIN_SOFT', 'FAIL', 'OUTCOME', 'GET_OVER'], weight: 0.55 },
  { faq: 'wait-time', all: ['TIMING'], none: ['WAIT_ELSE'], weight: 0.3 },
  { faq: 'ex-dating', all: ['NP', 'REF'], none: ['FORMER', 'SELF_NEW', 'SELF_MOVED', 'DATING_OTHER'], weight: 0.85 },
  { faq: 'ex-dating', all: ['NP'], none: ['FORMER', 'SELF_NEW', 'SELF_MOVED', 'DATING_OTHER'], weight: 0.45 },
  { faq: 'ex-dating', all: ['NP', 'CHANCE', 'REF'], none: ['FORMER', 'SELF_NEW', 'SELF_MOVED', 'DATING_OTHER'], weight: 0.7 },
  { faq: 'ex-dating', all: ['HAS_NEW', 'CHANCE_US'], none: ['SELF_MOVED', 'DATING_OTHER', 'OTHERS_AFFAIR'],
    weight: 0.7 },
  { faq: 'ex-dating', all: ['REBOUND', 'CHANCE'], none: ['SELF_MOVED', 'DATING_OTHER'], weight: 0.7 },
  { faq: 'ex-dating', all: ['REBOUND', 'OUTCOME'], none: ['SELF_MOVED', 'DATING_OTHER', 'FAIL_OTHER'], weight: 0.6 },
  { faq: 'ex-dating', all: ['REBOUND', 'TIMING'], none: ['SELF_MOVED', 'DATING_OTHER', 'FAIL_OTHER'], weight: 0.6 },
  { faq: 'ex-dating', all: ['DATING', 'REF'], none: ['SELF_MOVED', 'OTHERS_AFFAIR', 'SEEING_ABOUT'],
    weight: 0.7 },
  { faq: 'ex-dating', all: ['DATING', 'CHANCE', 'REF'], none: ['SELF_MOVED', 'OTHERS_AFFAIR', 'SEEING_ABOUT', 'DATING_OTHER'],
    weight: 0.8 },
  { faq: 'ex-dating', all: ['DATING', 'CHANCE', 'NAMED'], none: ['SELF_MOVED', 'OTHERS_AFFAIR', 'SEEING_ABOUT', 'DATING_OTHER'],
    weight: 0.8 },
  { faq: 'ex-dating', all: ['NP', 'MY_EX'], none: ['FORMER', 'SELF_MOVED', 'SELF_NEW'], weight: 0.85 },
  { faq: 'ex-dating', all: ['DATING', 'MY_EX'], none: ['SELF_MOVED', 'SEEING_ABOUT'], weight: 0.7 },
  { faq: 'ex-dating', all: ['NP', 'NAMED'], none: ['FORMER', 'SELF_NEW', 'SELF_MOVED', 'DATING_OTHER'], weight: 0.6 },
  { faq: 'ex-dating', all: ['DATING'], none: ['SELF_MOVED', 'DATING_OTHER'], weight: 0.3 },
  { faq: 'unresponsive', all: ['NO_REPLY_FROM'], weight: 0.85 },
  // Silence after the person reached out: the question is no longer how long to wait.
  { faq: 'unresponsive', all: ['NO_REPLY', 'I_CONTACTED'],
    none: ['NO_REPLY_OTHER', 'SELF_SILENCE', 'SELF_ACT', 'OWN_NO_REPLY'], weight: 0.9 },
  { faq: 'unresponsive', all: ['NO_REPLY', 'CONTACTED'], none: ['NO_REPLY_OTHER', 'SELF_SILENCE', 'OWN_NO_REPLY', 'SELF_ACT'],
    weight: 0.9 },
  { faq: 'unresponsive', all: ['NO_REPLY'], none: ['NO_REPLY_OTHER', 'SELF_SILENCE', 'OWN_NO_REPLY'],
    weight: 0.8 },
  { faq: 'unresponsive', all: ['GHOST'], none: ['SELF_ACT', 'NO_REPLY_OTHER'], weight: 0.7 },
  { faq: 'unresponsive', all: ['NO_REPLY_SOFT', 'REF'], none: ['MY_SIDE', 'NO_REPLY_OTHER'], weight: 0.6 },
  { faq: 'unresponsive', all: ['NO_REPLY_SOFT', 'CONTACTED'], none: ['MY_SIDE', 'SELF_ACT', 'NO_REPLY_OTHER'],
    weight: 0.55 },
  { faq: 'unresponsive', all: ['NO_REPLY_SOFT'], none: ['MY_SIDE'], weight: 0.45 },
  { faq: 'unresponsive', all: ['NO_WORD'], none: ['NO_REPLY_OTHER', 'WORD_ABOUT'], weight: 0.8 },
  { faq: 'unresponsive', all: ['NO_WORD', 'I_CONTACTED'],
    none: ['NO_REPLY_OTHER', 'WORD_ABOUT', 'OWN_NO_REPLY'], weight: 0.9 },
  // The ex saw it and nothing came back, or the person reached out to the ex and nothing came back.
  { faq: 'unresponsive', all: ['SEEN_BY', 'NOTHING'], none: ['NO_REPLY_OTHER'], weight: 0.6 },
  { faq: 'unresponsive', all: ['SEEN_BY', 'NOTHING', 'MY_EX'], none: ['NO_REPLY_OTHER'], weight: 0.85 },
  { faq: 'unresponsive', all: ['SEEN_BY', 'NO_REPLY', 'MY_EX'], none: ['NO_REPLY_OTHER', 'OWN_NO_REPLY'], weight: 0.9 },
  { faq: 'unresponsive', all: ['NOTHING', 'I_CONTACTED', 'REF'],
    none: ['NO_REPLY_OTHER', 'SELF_SILENCE', 'SELF_ACT', 'OWN_NO_REPLY'], weight: 0.85 },
  { faq: 'unresponsive', all: ['NO_REPLY_WEAK', 'REF'], none: ['SELF_ACT', 'NO_REPLY_OTHER'],
    weight: 0.45 },
  { faq: 'friends', all: ['FRIENDS_WITH'], none: ['FRIEND_OTHER'], weight: 0.8 },
  { faq: 'friends', all: ['FRIENDS_SOFT', 'REF'], none: ['SELF_NEW', 'FRIEND_OTHER', 'OWN_FRIENDS'], weight: 0.7 },
  { faq: 'friends', all: ['FRIEND', 'REF'], none: ['SELF_NEW', 'OWN_FRIENDS', 'FRIEND_OTHER', 'FOR_A_FRIEND'],
    weight: 0.5 },
  { faq: 'friends', all: ['FRIEND'], none: ['SELF_NEW'], weight: 0.3 },
  { faq: 'friends', all: ['HANG_OUT', 'REF'], none: ['SELF_NEW'], weight: 0.55 },
  { faq: 'not-my-fault', all: ['FAULT_OTHER'], none: ['BLAME_ELSEWHERE', 'KIN_BLAMES_SELF'], weight: 0.8 },
  { faq: 'not-my-fault', all: ['MY_DENIAL'], none: ['BLAME_ELSEWHERE'], weight: 0.8 },
  { faq: 'not-my-fault', all: ['FAULT', 'OTHER_DID'], none: ['BLAME_ELSEWHERE'], weight: 0.75 },
  { faq: 'not-my-fault', all: ['FAULT'], none: ['SELF_BLAME', 'BLAME_ELSEWHERE', 'KIN_BLAMES_SELF'], weight: 0.6 },
  { faq: 'not-my-fault', all: ['FAULT', 'ENDING'], none: ['BLAME_MYSELF', 'KIN_BLAMES_SELF'], weight: 0.5 },
  { faq: 'not-my-fault', all: ['OTHER_BAD', 'SELF_GOOD'], weight: 0.75 },
  { faq: 'not-my-fault', all: ['LOOK_INWARD', 'SELF_GOOD', 'PUSHBACK'], none: ['BLAME_ELSEWHERE'],
    weight: 0.75 },
  { faq: 'not-my-fault', all: ['WHAT_WRONG', 'NOT_DONE'], none: ['BLAME_ELSEWHERE'], weight: 0.75 },
  { faq: 'not-my-fault', all: ['LOOK_INWARD', 'OTHER_DID', 'PUSHBACK'], none: ['BLAME_ELSEWHERE'],
    weight: 0.75 },
  { faq: 'not-my-fault', all: ['WHAT_WRONG', 'OTHER_DID', 'PUSHBACK'], none: ['BLAME_ELSEWHERE'],
    weight: 0.75 },
  { faq: 'not-my-fault', all: ['ON_ME', 'ENDING'], none: ['BLAME_ELSEWHERE'], weight: 0.6 },
  { faq: 'not-my-fault', all: ['ON_ME', 'OTHER_DID'], none: ['BLAME_ELSEWHERE'], weight: 0.6 },
  { faq: 'not-my-fault', all: ['ON_ME', 'SELF_GOOD'], none: ['BLAME_ELSEWHERE'], weight: 0.7 },
  { faq: 'not-my-fault', all: ['LOOK_INWARD', 'WHY_ME'], none: ['BLAME_ELSEWHERE', 'KIN_BLAMES_SELF', 'FAIL_OTHER', 'OTHERS_AFFAIR', 'DATING_OTHER'], weight: 0.55 },
  { faq: 'not-my-fault', all: ['OTHER_BAD'], weight: 0.45 },
  { faq: 'not-my-fault', all: ['SELF_GOOD'], weight: 0.4 },
  { faq: 'goes-wrong-again', all: ['AGAIN_BREAK'], none: ['FAIL_OTHER', 'OWN_THING'], weight: 0.75 },
  { faq: 'goes-wrong-again', all: ['AGAIN_BREAK', 'GET_BACK'], none: ['FAIL_OTHER', 'BACK_ELSEWHERE'],
    weight: 0.8 },
  { faq: 'goes-wrong-again', all: ['AGAIN_ACT', 'US'], none: ['FAIL_OTHER', 'OWN_THING'], weight: 0.75 },
  { faq: 'goes-wrong-again', all: ['AGAIN_SOFT', 'GET_BACK'], none: ['BACK_ELSEWHERE', 'FAIL_OTHER'],
    weight: 0.75 },
  { faq: 'goes-wrong-again', all: ['AGAIN_SOFT'], weight: 0.4 },
  { faq: 'goes-wrong-again', all: ['AGAIN_SOFT', 'FAIL'], none: ['FAIL_OTHER', 'OWN_THING'], weight: 0.7 },
  { faq: 'goes-wrong-again', all: ['GET_BACK', 'FAIL'], none: ['BACK_ELSEWHERE', 'FAIL_OTHER'],
    weight: 0.8 },
  { faq: 'goes-wrong-again', all: ['GET_BACK', 'OUTCOME'], none: ['BACK_ELSEWHERE', 'FAIL_OTHER'],
    weight: 0.6 },
  { faq: 'goes-wrong-again', all: ['AGAIN_TIME', 'FAIL'], none: ['FAIL_OTHER', 'OWN_THING'], weight: 0.75 },
  { faq: 'goes-wrong-again', all: ['AGAIN_TIME', 'OUTCOME'], none: ['FAIL_OTHER', 'OWN_THING'],
    weight: 0.6 },
  { faq: 'goes-wrong-again', all: ['FAIL'], weight: 0.3 },
];

/**
 * The topic words a misspelling may be corrected to. Deliberately short of the whole vocabulary:
 * little words (them, with, will) are left alone, since "then" is far likelier than a typo.
 */
// prettier-ignore
export const TYPO_TARGETS: readonly string[] = [
  'waiting', 'wait', 'text', 'texting', 'message', 'contact', 'contacting', 'reach', 'friend',
  'friends', 'friendship', 'platonic', 'girlfriend', 'boyfriend', 'partner', 'someone', 'somebody',
  'dating', 'seeing', 'rebound', 'relationship', 'ghosted', 'ghost', 'ghosting', 'ignore',
  'ignoring', 'block', 'blocked', 'reply', 'replied', 'respond', 'response', 'responding', 'answer',
  'answering', 'unresponsive', 'receive', 'silence', 'silent', 'fault', 'blame', 'wrong',
  'innocent', 'mistake', 'responsible', 'again', 'together', 'reconcile', 'reconciliation',
  'reunite', 'second', 'breakup', 'apart', 'history', 'repeat', 'months', 'weeks', 'enough',
  'early', 'space', 'instagram', 'cheated', 'dumped', 'friendzone', 'engaged', 'married',
  'another', 'problem', 'reflect', 'improve', 'whose', 'last', 'lasting',
  'messaged', 'texted', 'contacted', 'waited', 'exes', 'blocking', 'ignored', 'responded',
  'perfect', 'timing', 'rebounding', 'sleeping', 'different',
];

/**
 * Everyday words one typo away from a topic word. They are never "corrected", so that "test"
 * stays "test" and "whole" does not become "whose".
 */
// prettier-ignore
export const COMMON: readonly string[] = [
  'test', 'tests', 'tent', 'black', 'blade', 'blah', 'wring', 'waist', 'wail', 'waste', 'white',
  'fiend', 'list', 'lost', 'lust', 'lass', 'least', 'steep', 'sweep', 'weep', 'weak', 'spare',
  'spam', 'span', 'spar', 'spec', 'create', 'react', 'chat', 'constant', 'contract', 'contrast',
  'exec', 'whole', 'whom', 'rely', 'relies', 'relying', 'dumb', 'silently', 'lease',
  'reed', 'brake', 'seeking', 'seating', 'seeding',
];
