/**
 * Cues `exco draft` reads beside the rules: harm from the person the message is for, hearts and
 * kisses, whether a message is only practical, and the limits of a brief message. Written for the canonical form of
 * `draft-text.ts`, except the symbols, which are read from the raw text.
 */
import { r } from './draft-fragments.js';

/**
 * Harm from the person the message is for, in the second person ("you hit me"): the support check
 * is written for talk about someone else, so a draft addressed to them needs these as well.
 */
export const UNSAFE_WITH_YOU = [
  r`\byou (?:\w+ )?(?:hit|punched|slapped|choked|strangled|kicked|pushed|shoved|raped|assaulted|stalked|threatened|beat) me\b(?! (?:so much|emotionally|deeply|badly|when you (?:left|said)))(?= [.?!,]| $| (?:and|again|when|that|so|because|last|in|at|until|before|after|twice|more|every|if|but)\b)`,
  r`\bi am (?:so |really |still |very |honestly )?(?:scared|afraid|frightened|terrified) (?:of you|of what you (?:might|will|could) do|you will (?:hurt|hit|find|come))\b`,
  r`\byou (?:scare|frighten|terrify|scared|frightened|terrified) me\b`,
  r`\b(?:stop|quit) (?:following|stalking|tracking|threatening|hitting|hurting|watching) me\b`,
  r`\bstay away from me\b`,
];

/** Hearts and kisses: love, whatever the words. Checked on the raw text. */
export const LOVE_SYMBOLS =
  /[\u2764\u2665\u{1F493}-\u{1F49F}\u{1F618}\u{1F60D}\u{1F970}\u{1F48B}\u{1F617}\u{1F619}\u{1F61A}\u{1F48F}\u{1F491}\u{1F63B}\u{1F60F}]|<3/u;

/** A practical matter: children, keys, a lease, belongings, money. */
export const PRACTICAL = r`\b(?:keys?|kids?|children|child|son|daughter|custody|pick ?up|pickup|drop (?:off|it off|them off)|dropoff|collect|school|nursery|daycare|lease|rent|deposit|landlord|bills?|utilities|internet|wifi|broadband|mortgage|joint account|bank|account|belongings|stuff|things|boxes|box|mail|post|package|parcel|delivery|dog|cat|pet|vet|car|insurance|phone plan|subscription|furniture|sofa|couch|charger|jacket|hoodie|coat|books?|passport|documents|paperwork|tax|taxes|loan|payment|pay|paid|venmo|paypal|transfer|money|appointment|move out|moving out|sign|signature|forms?|solicitor|lawyer|mediator|schedule|handover)\b`;

/** Anything social or feeling in a message: then it is not only practical. */
export const SOCIAL = r`\b(?:miss|love|how are you|how have you been|how is it going|how you doing|how are things|how is life|thinking of you|thought of you|hope|coffee|drink|drinks|dinner|lunch|catch up|hang out|hangout|talk|chat|meet up|see you|seeing you|us|we should|remember|feel|feelings|sorry|heart|birthday|congrat[a-z]*|happy|proud|glad|sweet|cute|beautiful|lol|haha|xx|x)\b`;

/** More words than this is not brief; this many questions is an interview. */
export const LONG_WORDS = 40;
export const MANY_QUESTIONS = 3;

/** Five or more sentences is over-explaining, even when each one is short. */
export const MANY_SENTENCES = 5;
export const SENTENCES_WORDS = 25;

/** Crying, pleading, broken or angry faces: the feeling is the message. Read from the raw text. */
const SAD_EMOJI =
  /[\u{1F62D}\u{1F622}\u{1F97A}\u{1F61E}\u{1F614}\u{1F629}\u{1F62B}\u{1F624}\u{1F621}\u{1F620}\u{1F92C}\u{1F494}\u{1F625}\u{1F630}\u{1F616}\u{1F623}\u{1F61F}\u{1F63F}\u{1F97C}]/gu;
/** One word three times over ("why why why", "please please please"), but not laughter. */
const REPEATED = /\b(?!(?:ha|haha|lol|x|xx|so|very|la|no)\b)([a-z]+)(?: [,!.]?\s?\1\b){2}/;
/** The same sentence of two words or more, twice: "I'm sorry. I'm sorry." */
function echoes(norm: string): boolean {
  const said = norm.split(/ [.?!] /).map((s) => s.trim());
  return said.some((s, i) => s.includes(' ') && said.indexOf(s) !== i);
}

/** Words that make a message celebratory, where capitals and marks are only cheer. */
const CHEER = new RegExp(
  r`\b(?:happy|birthday|congrat[a-z]*|merry|christmas|new year|good luck|well done|yay|woo+|hooray|proud|amazing|haha|lol)\b`,
);

/**
 * Shouting and urgency in the form of a message: capitals, "???", "hello??", strings of sad or
 * angry emoji, or nothing but marks. Cheerful capitals ("HAPPY BIRTHDAY") are not shouting.
 */
export function isIntense(text: { raw: string; norm: string; words: number; caps: number }) {
  const { raw, norm, words, caps } = text;
  const shouting = (caps >= 3 || (caps >= 2 && caps * 2 >= words)) && !CHEER.test(norm);
  const marks = /\?[?!]*\?[?!]*\?|\?!\?|!\?!/.test(raw) || (words <= 3 && /\?\?/.test(raw));
  const sad =
    (raw.match(SAD_EMOJI) ?? []).length >= 2 || REPEATED.test(text.norm) || echoes(text.norm);
  const bare = words === 0 && (/[?]|!!/.test(raw) || sad || SAD_EMOJI.test(raw));
  SAD_EMOJI.lastIndex = 0;
  return shouting || marks || sad || bare;
}

/** First-person hurt: two or more of these in one message is pouring it out on them. */
const HURT = [
  r`\bi (?:am|feel|have been|was|have felt|felt|am feeling|have been feeling)(?: so| really| very| just| a bit| kind of| pretty| completely| totally| still| always| such a| honestly)* (?:lonely|lost|empty|broken|hurt|hurting|miserable|alone|sad|numb|anxious|depressed|struggling|heartbroken|awful|terrible|horrible|hopeless|worthless|exhausted|drained|stuck|useless|mess|wreck|devastated|crushed|low|down|rubbish|like (?:crap|shit|nothing|a failure|a ghost|i am drowning|i can not breathe)|invisible)\b`,
  r`\b(?:lonely|loneliness|emptiness|heartbroken|heartbreak|numb)\b`,
  r`\bi (?:can not|could not|have not been able to|can barely|barely) (?:sleep|eat|focus|concentrate|cope|function|stop (?:crying|thinking)|breathe|get out of bed|think straight|handle|take it|go on)\b`,
  r`\bi am (?:really |honestly |just )?not (?:doing )?(?:great|well|good|ok|okay|fine|coping|alright)\b`,
  r`\b(?:pretending|pretend) (?:i am|to be|that i am|everything is) (?:fine|ok|okay|alright|happy|good)\b|\btired of (?:pretending|being|feeling|crying|trying)\b`,
  r`\bi am (?:really |so |still )?struggling(?= [.?!,]| $| (?:a lot|so much|with (?:this|everything|it all|us|the breakup)|to (?:cope|sleep|eat|get up)))`,
  r`\b(?:can not|could not) (?:even )?(?:get up|get out of bed|leave the house|stop crying)\b`,
  r`\bi hate (?:that|how) i\b|\b(?:sit|sitting|lie|lying) (?:alone )?in the dark\b`,
  r`\b(?:most|every|all) nights?\b`,
  r`\bi hate (?:coming home|waking up|being alone|going to bed|sleeping alone|the weekends|evenings)\b|\bthe (?:flat|house|bed|place|home) (?:is|feels) (?:so |too )?(?:quiet|empty|big|cold|lonely)\b`,
  r`\b(?:i am|i am a bit|i am so|i had|i have had|i am) (?:drunk|tipsy|wasted|a few drinks|some drinks|too many drinks|a couple of drinks|a bit to drink|too much to drink)\b`,
  r`\b(?:crying|cried|tears|sobbing|cry myself)\b`,
  r`\bi do not know (?:who else|what to do|how to (?:cope|go on|feel|move on|stop|deal|get over)|what is wrong with me|what i am doing)\b`,
  r`\b(?:every|each) (?:night|day|morning) (?:is|has been) (?:the worst|so hard|hard|awful|hell|torture)\b|\bthe nights are\b`,
  r`\b(?:falling apart|in pieces|breaking down|broke down|rock bottom|dark place|so hard for me|hard for me|hurts so much|it hurts)\b`,
].map((s) => new RegExp(s));

/** How many kinds of first-person hurt a message shows: two or more is venting. */
export function hurtCount(norm: string): number {
  return HURT.filter((p) => p.test(norm)).length;
}

export function isVenting(norm: string): boolean {
  return hurtCount(norm) >= 2;
}
