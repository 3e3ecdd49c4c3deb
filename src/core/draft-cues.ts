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
