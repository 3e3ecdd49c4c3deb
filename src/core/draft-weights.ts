/**
 * The weak cues behind `exco draft`'s weighted score (see draft-score.ts): small signs that a
 * message is centred on the sender's feelings and the relationship rather than on something light
 * they share. None is enough alone; a message whose cues add up to HEAVY_SCORE needs revising.
 * Each cue belongs to the rule whose words explain it, or to `boost`: an amplifier ("never",
 * "still", "again") that adds weight but is never the reason given. LIGHTENERS are the other way
 * round: a light purpose that takes weight off. Patterns over the canonical form of
 * `draft-text.ts`; a cue counts once however often it matches, unless it has a `max`. The weights
 * were set by hand against development lists; the tone (draft-tone-weights.ts) is fitted. Data.
 */
import type { TextRuleId } from '../content/draft.js';
import { r } from './draft-fragments.js';

export type CueFamily =
  | Extract<
      TextRuleId,
      | 'venting'
      | 'love'
      | 'nostalgia'
      | 'guilt'
      | 'hostility'
      | 'partner-question'
      | 'change'
      | 'pressure'
      | 'chasing'
      | 'intensity'
      | 'monitoring'
    >
  | 'boost';

export interface Cue {
  family: CueFamily;
  /** Added once when the pattern matches, or once per match up to `max`. */
  weight: number;
  pattern: string;
  max?: number;
}

/** The score at which the cues of a message make it heavy. */
export const HEAVY_SCORE = 1;
/** Boosters together add at most this much: they amplify, they do not make a message heavy. */
export const BOOST_CAP = 0.5;

const cue = (family: CueFamily, weight: number, pattern: string, max?: number): Cue =>
  max === undefined ? { family, weight, pattern } : { family, weight, pattern, max };

/** Words of hurt and strain: each one adds a little, up to three. */
const HURT_WORDS = r`\b(?:lonely|loneliness|alone|empty|emptiness|numb|heartbroken|heartache|heart|aches?|aching|ached|hurt|hurts|hurting|tears|crying|cried|cry|sobbing|sob|miserable|misery|pointless|meaningless|unbearable|devastated|drunk|tipsy|wasted|wrecked|shattered|crushed|gutted|sad|sadness|tired of|sick of|pretending|pretend|exhausted|regret|regrets|scared|afraid|terrified|panic|anxious|anxiety|depressed|depression|dark|silence|pain|painful|chest|stomach|breathe|sleep|sleepless|awake|nightmares?|wine|bottle|goodbye(?! (?:to (?:the|my) )?old\b)|worse|worst|hopeless|helpless|worthless|useless|broke me|suffer|suffering|lost|nothing left|too much|not enough)\b`;

/** Words of longing for the person: each adds a little, up to two. */
const LONGING_WORDS = r`\b(?:dream|dreamt|dreamed|dreaming|reminds?|reminded|picture|picturing|imagine|imagining|your (?:laugh|smile|voice|face|name|smell|eyes|hands|hugs?|touch|arms|kisses|music|side)|hold you|hug you|kiss you|goodnight|good night|feelings)\b`;

/** Feelings the sender is in: hurt, emptiness, sleeplessness, regret. */
const FEELING: Cue[] = [
  cue(
    'venting',
    0.6,
    r`\bjust (?:sat|sit|sitting|lay|lie|lying|laid|stared|stare|staring|stood|cried|broke down|froze)\b|\b(?:sat|sitting|lay|lying) (?:on the floor|in the (?:car|dark|bath|shower))\b`,
  ),
  cue('venting', 0.5, r`\bi hate (?:it|this|that|how|being|coming|waking|sleeping|the|every)\b`),
  cue(
    'venting',
    0.5,
    r`\b(?:(?:stayed|spent [a-z ]{0,25}|lay|lying|been) in bed|did not (?:see|speak to|talk to) (?:anyone|anybody|a soul)|(?:have not|did not) (?:left|leave) the (?:house|flat|bed)|(?:all )?(?:on my own|by myself))\b`,
    2,
  ),
  cue('venting', 0.35, HURT_WORDS, 3),
  cue(
    'venting',
    0.7,
    r`\b(?:can not|could not|can barely|barely|did not|do not) (?:even )?(?:sleep|eat|breathe|focus|think straight|stop(?! (?:listening|playing|laughing|reading|singing|humming|dancing)\b))\b|\b(?:lying|lay|laying|still|wide|sitting) awake\b|\bno sleep\b|\binsomnia\b`,
  ),
  cue(
    'venting',
    0.4,
    r`\bawake\b|\b(?:[1-5]|one|two|three|four|five) ?am\b|\bmiddle of the night\b`,
  ),
  cue(
    'venting',
    1,
    r`\bthe (?:flat|house|bed|place|home|apartment|room|sofa|couch|car|kitchen|weekends?|evenings?|nights?) (?:is|are|feels?|seems?|looks?) (?:so |too |really |very |just |kind of )?(?:quiet|empty|big|huge|cold|lonely|strange|weird|wrong|silent|long|dark)\b`,
  ),
  cue(
    'venting',
    0.7,
    r`\b(?:everything|nothing|life|it all|the days?) (?:feels?|is|seems?|has been) (?:so |just |kind of )?(?:pointless|grey|gray|wrong|hard|weird|empty|the same|heavy|meaningless|off)\b`,
  ),
  cue(
    'venting',
    0.6,
    r`\bi (?:know i |probably )?(?:should not|should not be|am not meant to|am not supposed to)\b`,
  ),
  cue(
    'venting',
    0.7,
    r`\b(?:wrecked|broke|destroyed|killed|floored|gutted|finished) me\b|\b(?:got to|set) me off\b`,
  ),
  cue(
    'venting',
    0.4,
    r`\bam i (?:that|so|really|not|too|just|ever|the)\b|\bi (?:was|am) (?:too much|not enough|never enough|the problem|a burden|so stupid|an idiot)\b`,
  ),
  cue(
    'venting',
    0.6,
    r`\b(?:can not|could not|still can not|do not want to) (?:bring myself to |even )?(?:move|touch|delete|throw|bin|wash|give|look at|bear|face|listen to|watch|open|go (?:back|in|there|near))\b`,
  ),
  cue('venting', 0.5, r`\bi (?:meant it|mean it|(?:do|did) not know what to (?:say|do|think))\b`),
  cue(
    'venting',
    0.6,
    r`\b(?:i am|i was|i am so|i am really) sorry(?= [.!,]| $| for (?:everything|all|being|what|how|the way|this|us|hurting|leaving|texting|messaging|bothering)| i )|\bsorry (?:for|about) (?:everything|it all|all of it|being|what i|how i|the way|last night|texting|messaging|this|us|hurting|leaving)\b`,
  ),
  cue('venting', 0.3, r`\bsorry\b`),
];

/**
 * Concepts rather than phrases: each word of one of these adds a little, up to two, so that a
 * paraphrase ("switched off", "so easily", "just like that") weighs like the words it replaces.
 */
const CONCEPTS: Cue[] = [
  // Absence: the ex is gone from the sender's life.
  cue(
    'love',
    0.35,
    r`\b(?:without you|not here|(?:were|are|is) not (?:here|there|around)|you are gone|you have gone|now you are gone|no one|nobody|anymore|any more|apart|without us|empty without|alone again)\b`,
    2,
  ),
  // Endings and how easily they came.
  cue(
    'guilt',
    0.35,
    r`\b(?:how it ends|the end|it is over|we are over|over between|silence|walk away|walked away|moved on|move on|switch(?:ed)? off|cut me off|just like that|so easily|so quickly|so fast|easy for you|easily|threw away|throw away|gave up on|give up on)\b`,
    2,
  ),
  // Worth: whether the sender mattered.
  cue(
    'guilt',
    0.35,
    r`\b(?:worth|good enough|enough for you|matter|mattered|meant|(?<!\b(?:well|so|much|totally|truly|richly) )(?:deserve|deserved)|replaceable|second best|priority|an option|afterthought|the effort|bother with me)\b`,
    2,
  ),
  // Trust and promises.
  cue(
    'guilt',
    0.35,
    r`(?<!\b(?:can|could) not )\b(?:believe|believed|lied|lie to me|trusted|trust you|promised|promise me|swore|led me on|let me believe|made me (?:think|believe)|played me|used me|fooled)\b`,
    2,
  ),
  // The future they were to share.
  cue(
    'nostalgia',
    0.35,
    r`\b(?:future|one day|someday|our plans|we were going to|marry|married|grow old|settle down|the rest of our)\b`,
    2,
  ),
  // Routines and places the ex belonged to.
  cue(
    'nostalgia',
    0.35,
    r`\b(?:came home|come home|coming home|every sunday|sunday mornings?|your (?:favou?rite|usual|side|spot|chair|mug|pillow|seat|bench))\b`,
    2,
  ),
];

/** Longing for the ex: thoughts of them, wanting to hear them, the sender's life without them. */
const LONGING: Cue[] = [
  cue('love', 0.3, LONGING_WORDS, 2),
  cue('love', 1, r`\b(?:thinking|think) (?:about|of) you\b(?! (?:all|both|guys|lot)\b)`),
  cue('love', 0.3, r`\bthought (?:about|of) you\b`),
  cue(
    'love',
    0.5,
    r`\bdo you (?:ever|still|even) (?:miss|think|love|care|wonder|regret|dream|remember|feel|want me|wear|listen|lie|sleep|look|read|cry)\b|\b(?:even a little|even a bit)\b`,
  ),
  cue('love', 0.5, r`\b(?:like|the way|as well as) you (?:did|do|used to)\b`),
  cue('love', 0.25, r`\bi (?:still |really |just )?miss\b`),
  cue('love', 0.6, r`\bstop (?:caring|loving|thinking|hoping|missing|wanting)\b|\bevery time i\b`),
  cue(
    'love',
    0.6,
    r`\bmiss (?:it|this|them|those|everything|the way|how|when|our|us|(?:having|being) (?:you|with|together|yours|us|held|loved))\b`,
  ),
  cue('love', 0.6, r`\bhear (?:from you|your voice|you laugh)\b`),
  cue('love', 0.5, r`\byou know (?:the one|what i mean|why|which one)\b`),
  cue('love', 0.4, r`\b(?:asked|asks|asking|ask) (?:about|after) you\b|\bmiss(?:es)? you\b`),
  cue('love', 0.5, r`\b(?:on my mind|in my head|all i think about|all i can think about)\b`),
  cue(
    'love',
    0.6,
    r`\b(?:forget|forgot|forgotten|replace|replaced) (?:about )?me\b|\bget me like\b|\bknow me like\b`,
  ),
  cue(
    'love',
    0.5,
    r`\bwithout you\b|\bwaiting for you\b|\blooking for you\b|\bsince you (?:left|went)\b`,
  ),
];

/** The shared past: "our", "we used to", places, keepsakes, dates, rumination. */
const PAST: Cue[] = [
  cue(
    'nostalgia',
    0.3,
    r`\bour (?!(?:kids?|children|son|daughter|baby|account|joint|lease|landlord|mortgage|car|dog|cat|mutual|friends?|neighbou?rs?|solicitor|mediator|council|bills?|deposit|old (?:landlord|car))\b)[a-z]+`,
  ),
  cue('nostalgia', 0.4, r`\b(?:is|are) still (?:there|here|the same|up|on the)\b|\byour side\b`),
  cue('nostalgia', 0.3, r`\b(?:we|our|ours)\b`, 3),
  cue(
    'nostalgia',
    0.6,
    r`\bour (?:first|last|old|favou?rite|usual|special|little|own)\b(?! (?:landlord|neighbou?rs?|car|sofa|boiler|account|bank|address|phone|number|lease|mortgage|insurance|vet|dentist|doctor|plumber|electrician|council|school|nursery)\b)`,
  ),
  cue(
    'nostalgia',
    0.4,
    r`\bwe (?:used to|had|were|went|did|spent|looked|made|said|shared|met|built|could have|would have|would be|should have|always|never|both|once|loved|laughed|danced|lived)\b`,
  ),
  cue('nostalgia', 0.5, r`(?<!\blet )\bus\b`),
  cue('nostalgia', 0.3, r`\bremember(?! to\b)`),
  cue('nostalgia', 0.3, r`\btogether\b`),
  cue(
    'nostalgia',
    0.3,
    r`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|few) (?:years?|months?|weeks?|days?)\b(?! old\b)`,
  ),
  cue(
    'nostalgia',
    0.9,
    r`\bhappy (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?)\b`,
  ),
  cue(
    'nostalgia',
    0.5,
    r`\b(?:would|could|should|might) have been\b|\bif (?:we|i) (?:had|had not|never|did not)\b`,
  ),
  cue('nostalgia', 0.5, r`\b(?:what|where|how) (?:we|we would)\b`),
  cue('nostalgia', 0.8, r`\bthe way (?:they|we|it|things|you) (?:were|was|used)\b`),
  cue(
    'nostalgia',
    0.6,
    r`\bwant (?:things|it|it all|everything|you|us|my life|what we had) back\b`,
  ),
  cue(
    'nostalgia',
    0.5,
    r`\b(?:found|came across|dug out|was clearing out|was sorting through) (?:your|the|our|some|an old|my old|a few|all the|all your|that|those)\b`,
  ),
  cue(
    'nostalgia',
    0.3,
    r`\b(?:polaroids?|photos|pictures|pics|ticket stubs?|tickets|letters|cards|notes|scarf|hoodie|jumper|sweater|shirt|ring|necklace|mixtape|playlist|voicemails?|toothbrush|perfume|aftershave|cologne)\b`,
  ),
  cue(
    'nostalgia',
    0.7,
    r`\bthe (?:[a-z]+ )?(?:bakery|cafe|coffee shop|pub|bar|restaurant|beach|park|place|spot|route|walk|bench|street|hotel|cinema|market|lake|hill|trail|festival|gig|city|island|flat|house) (?:we|you and i|where we)\b`,
  ),
  cue(
    'nostalgia',
    0.2,
    r`\bthat (?:album|song|film|movie|night|day|place|weekend|trip|summer|holiday|show|band|restaurant)\b`,
  ),
  cue(
    'nostalgia',
    0.7,
    r`\b(?:on repeat|over and over|again and again|the long way|out of habit|by habit)\b|\bi (?:keep|kept|can not stop|have been|am still) (?:wondering|thinking|seeing|hearing|picturing|replaying|going back|checking|looking|listening|reading|rereading|remembering|walking|driving)\b`,
  ),
  cue('nostalgia', 0.4, r`\b(?:wonder|wondering|wondered) (?:what|if|how|whether|why)\b`),
  cue('nostalgia', 0.3, r`\b(?:used to|back then|those days|that time|the old|anymore|any more)\b`),
  cue('nostalgia', 0.5, r`\b(?:not|never) (?:quite )?the same\b`),
];

/** Reproach: what they promised, never did, owe, or did to the sender. */
const REPROACH: Cue[] = [
  cue('guilt', 0.25, r`(?<!\b(?:if|whether|even if) )\byou always\b`),
  cue('guilt', 0.8, r`\byou (?:were|are) (?:supposed|meant) to\b`),
  cue('guilt', 0.6, r`(?:^|[.?!]) (?:but |just |so )?why (?:[.?!]|$)`),
  cue(
    'guilt',
    0.7,
    r`\byou (?:should|could|would) have\b|\bwhat happened to (?:that|us|you|the|all|everything|forever)\b`,
  ),
  cue(
    'guilt',
    0.4,
    r`\bnever thought you\b|\bthought you were (?:different|better|the one|someone)\b|\bof all people\b|\bthe one to\b|\beveryone else\b`,
  ),
  cue('guilt', 0.6, r`\byou (?:promised|swore|said|told me|used to say|claimed|vowed)\b`),
  cue(
    'guilt',
    0.6,
    r`\byou (?:never|always|just|even|still|did not even|could not even|would not even|can not even) (?:[a-z]+ )?(?:me|us|do this|did|left|leave|walk|disappear|run|give|gave|tried|cared|listened|said|say|once|bothered|asked|apologi[sz]ed|called|thanked|noticed|goodbye)\b`,
  ),
  cue(
    'guilt',
    0.8,
    r`\b(?:that |so )?easy to (?:forget|replace|leave|drop|ignore|walk away|move on|get over)\b`,
  ),
  cue(
    'guilt',
    0.45,
    r`(?<!\b(?:if|whether|even if) )\byou (?:never|did not|could not|would not|will not|can not|were not|have not|just) (?:even |once |ever |really )?`,
  ),
  cue(
    'guilt',
    0.8,
    r`\b(?:you owe|you owed|owe me|owed me|the least you|decency|you could (?:at least|have))\b`,
  ),
  cue(
    'guilt',
    0.8,
    r`\b(?:what|why) did i (?:do|deserve|ever)\b|\bwhat i did (?:wrong|to)\b|\bdeserved? (?:this|that|better|more|to know|an)\b`,
  ),
  cue('guilt', 0.8, r`\b(?:did|do|done|doing) (?:this |that )?to me\b`),
  cue(
    'guilt',
    0.6,
    r`\byou (?:left|hurt|dumped|ditched|abandoned|replaced|forgot|ignored|blocked|used|lied|cheated|broke|ruined|destroyed|gave up)(?= (?:me|us|without|and|just|like|when|for|so|after|because|on)\b| [.?!,]| $)|\b(?:hurt|hurts|hurting|broke|ruined) me\b`,
  ),
  cue(
    'guilt',
    0.5,
    r`\bafter (?:all|everything|\d+|one|two|three|four|five|six|seven|eight|nine|ten|so long|all this time)\b`,
  ),
  cue(
    'guilt',
    0.6,
    r`\b(?:so )?that is it(?: then)?\b|\bjust like that\b|\band nothing\b|\bmore than (?:a|this|that)\b`,
  ),
  cue(
    'guilt',
    0.6,
    r`\b(?:meant|mean|means) (?:so much|nothing|something|anything|the world|everything)\b`,
  ),
  cue(
    'guilt',
    0.5,
    r`\b(?:give up|giving up|gave up|stop trying|i tried|i am trying|tried so hard|i try)\b`,
  ),
  cue(
    'guilt',
    0.5,
    r`\bas (?:happy|miserable|sad|bad|much|hard|lonely) as (?:me|i)\b|\bi tried to\b`,
  ),
];

/** Sarcasm and coldness: "wow", "cool.", "must be nice", "enjoy your new life". */
const SARCASM: Cue[] = [
  cue(
    'hostility',
    0.6,
    r`\bnice of you\b|\boh look\b|\bhow (?:nice|lovely|kind) of\b|\bwho knew\b`,
  ),
  cue(
    'hostility',
    0.6,
    r`[.?!] (?:wow|cool|great|fine|sure|nice|lovely|perfect|brilliant|whatever|right|k|okay then|ok then|noted|good) (?:[.!]|$)`,
  ),
  cue(
    'hostility',
    0.5,
    r`\b(?:wow|whatever you say|whatever then|typical|classic you|real mature|see if i care|thanks a lot|so much for|funny how|of course you|must be nice|nice to see|good for you|glad i|enjoy your|have fun with|i see how it is|not even|oh so|oh right)\b`,
  ),
  cue(
    'hostility',
    0.4,
    r`\b(?:i guess|guess (?:you|i|that|it|we|not|so)|i suppose|apparently|clearly|obviously)\b`,
  ),
  cue(
    'hostility',
    0.5,
    r`\b(?:message received|got it|loud and clear|point taken|say no more|noted)\b|(?:^|[.?!,]) oh (?:you|so|right|really|wow|great|cool|nice|ok|okay)\b`,
  ),
  cue(
    'hostility',
    0.5,
    r`\b(?:new life|so easy|so quickly|so fast|like nothing happened|living your best)\b`,
  ),
];

/** A third person in their life: "he", "she", "the guy", "you two". */
const THIRD: Cue[] = [
  cue(
    'partner-question',
    0.6,
    r`\bhope (?:she|he|they) (?:likes?|enjoys?|knows?|can|is|makes?|treats?|puts up)\b`,
  ),
  cue(
    'partner-question',
    0.9,
    r`\b(?:your )?new (?:boyfriend|girlfriend|partner|man|woman|guy|girl|fella|bloke|lover|wife|husband|missus|squeeze|bae)\b`,
  ),
  cue(
    'partner-question',
    0.6,
    r`\bthe (?:guy|girl|man|woman|bloke|lad|lady|dude|chick|other (?:guy|girl|man|woman))\b`,
  ),
  cue('partner-question', 0.6, r`\b(?:you two|the two of you|you and (?:him|her))\b`),
  cue('partner-question', 0.5, r`\b(?:with|because of|for|about) (?:him|her)\b`),
  cue(
    'partner-question',
    0.7,
    r`\b(?:is it|is this|is that) (?:serious|official|real|a thing)\b|\b(?:are you|you are) (?:seeing|dating|with|sleeping with|in love)\b|\bseeing someone\b`,
  ),
  cue(
    'partner-question',
    0.7,
    r`\b(?:does|did|do) (?:he|she|they) (?:know|make|treat|love|even)\b|\bwho (?:is|was) (?:he|she|that|the)\b`,
  ),
  cue(
    'partner-question',
    0.5,
    r`\bworth it\b|\bmakes? you (?:happy|smile|laugh)\b|\bmake you as\b`,
  ),
];

/** Announcing change or sacrifice: "sober", "therapy", "I did it for us", "I want you to know". */
const CHANGE: Cue[] = [
  cue(
    'change',
    0.8,
    r`\b(?:my (?:anger|temper|drinking|jealousy|moods?|insecurit[a-z]+|issues)|under control|(?:have not|not) (?:touched|had) a (?:drink|drop|cigarette|smoke|bet)|(?:doing|did|started|finished|signed up for) a course)\b`,
  ),
  cue(
    'change',
    0.7,
    r`\b(?:sober|sobriety|without a drink|not had a drink|off the drink|quit (?:drinking|smoking|vaping|gambling|weed|the)|stopped (?:drinking|smoking|gambling|vaping)|days clean|clean (?:for|now)|aa meetings?|rehab|therapy|therapist|counsell?(?:ing|or)|anger management|self improvement|working on (?:myself|me|my))\b`,
  ),
  cue(
    'change',
    0.8,
    r`\b(?:for us|i did it for|doing (?:it|this) for|did (?:it|this|all this) for (?:you|us))\b`,
  ),
  cue(
    'change',
    0.6,
    r`\bi want you to know\b|\bin case you (?:wondered|care|cared|were wondering)\b`,
  ),
  cue(
    'change',
    0.4,
    r`\b(?:thought you should know|you should know|just so you know|wanted you to know)\b`,
  ),
  cue(
    'change',
    0.6,
    r`\b(?:things|it|everything|i) (?:could|can|would|will|might) be (?:so )?(?:different|better)\b|\b(?:i am|things are|it is|we would be|i will be) (?:so |much |a lot |so much )?(?:different|better) (?:now|this time)\b`,
  ),
  cue(
    'change',
    0.5,
    r`\b(?:learning|learnt|learned|trying|started|starting) (?:to|how to) (?:cook|listen|communicate|be|open|control|manage|love|let)\b|\bi am trying\b|\bseeing someone to\b`,
  ),
  cue(
    'change',
    0.5,
    r`\b(?:things|everything|all (?:those|the) things) you (?:wanted|asked|always wanted|used to want)\b|\byou (?:wanted|asked) me to\b`,
  ),
  cue(
    'change',
    0.4,
    r`\bi promise\b|\bi (?:have )?(?:changed|grown)\b|\bi am (?:growing|changing)\b|\bevery (?:single )?day\b`,
  ),
];

/** Open-ended availability: "I'm here whenever", "always", "not going anywhere". */
const AVAILABLE: Cue[] = [
  cue(
    'pressure',
    0.7,
    r`\b(?:however long|as long as (?:it takes|you need)|day or night|night or day|24 7|you know where (?:i am|to find me)|i will (?:always )?(?:pick up|answer|come running))\b`,
  ),
  cue(
    'pressure',
    0.7,
    r`\bi am (?:still |always |just )?here(?! (?:at|in|now|with|until|till|for (?:a|the|work|now|another))\b)|\b(?:here|there) for you\b`,
  ),
  cue(
    'pressure',
    0.7,
    r`\bi will (?:always |still )?be (?:here|there|around|waiting)\b(?! (?:at|in|by|on|from|for (?:a|the|pick)|with|before|after|till|until|tomorrow|today|soon|early|late|[0-9])\b)`,
  ),
  cue('pressure', 0.45, r`\bwhenever\b|\bany ?time\b`),
  cue('pressure', 0.6, r`\balways (?:on|there|here|open|available|around)\b`),
  cue(
    'pressure',
    0.8,
    r`\bnot going anywhere\b|\bdoor is (?:always )?open\b|\b(?:no matter what|whatever happens|whatever it takes|whatever you need)\b`,
  ),
  cue(
    'pressure',
    0.5,
    r`\btake (?:all )?the time you need\b|\bwhen you are ready\b|\bi (?:will|can|would) wait\b|\bwaiting\b`,
  ),
  cue(
    'pressure',
    0.35,
    r`\bif you (?:ever )?need (?:me|someone|to talk|anything|a friend)\b|\bif you (?:call|text|ring|change your mind|ever want)\b|\bwant to talk\b|\bone (?:call|chat|coffee|talk|minute)\b`,
  ),
];

/** Having seen them somewhere. */
const SIGHTING: Cue[] = [
  cue(
    'monitoring',
    0.5,
    r`\b(?:saw|seen|spotted|noticed) you (?:two|both|at|with|out|in|on|last|yesterday|today|the other)\b`,
  ),
];

/** Following up, or giving up on, an unanswered message. */
const CHASE: Cue[] = [
  cue(
    'chasing',
    0.6,
    r`\b(?:ok then|okay then|fine then|guess i will|i will stop|forget it|never mind then|nevermind then|i give up|forget i said|do not bother|you win)\b`,
  ),
  cue(
    'chasing',
    0.5,
    r`\b(?:ignoring|ignored|ignore me|read my|left me on read|seen it)\b|(?<!\bif you )\b(?:not|never) (?:even )?(?:reply|replied|replying|answer|answered|answering|respond|responded|text back|texted back)\b|\bno (?:reply|answer|response)\b`,
  ),
  cue('chasing', 0.5, r`\b(?:do not|please do not|never) (?:forget|ignore|leave|go|shut)\b`),
  cue('chasing', 0.6, r`\bnot (?:a|one) (?:word|peep|reply|single word|text|thing|sound)\b`),
  cue(
    'chasing',
    0.8,
    r`^ (?:hey |so |um )?(?:are )?you (?:still )?(?:there|around|up|awake|alive)(?: [?.!])* $`,
  ),
  cue(
    'chasing',
    0.6,
    r`\b(?:instagram|insta|online|active|story|stories|posting|posted)\b${'[^.?!]*?'}\b(?:text|reply|answer|message|me)\b`,
  ),
];

/** Words that amplify whatever else the message carries; never the reason given. */
const BOOST: Cue[] = [
  cue(
    'boost',
    0.2,
    r`\b(?:never|ever|no one|nobody|forever|always|everything|nothing|anymore|any more)\b`,
  ),
  cue('boost', 0.25, r`\bstill\b`),
  cue('boost', 0.2, r`\bagain\b`),
  cue('boost', 0.2, r`\b(?:tonight|every night|all night|so much|so bad|so badly)\b`),
  cue('boost', 0.2, r`\bplease\b`),
  cue('boost', 0.15, r`\beven\b`),
];

export const CUES: readonly Cue[] = [
  ...FEELING,
  ...LONGING,
  ...CONCEPTS,
  ...PAST,
  ...REPROACH,
  ...SARCASM,
  ...THIRD,
  ...CHANGE,
  ...AVAILABLE,
  ...CHASE,
  ...SIGHTING,
  ...BOOST,
];

/**
 * A light purpose: a well-wish, a condolence, thanks, a practical arrangement or a joke. Each
 * lightens the score; a message with none of them has nothing light to carry it (UNANCHORED).
 */
export const LIGHTENERS: readonly Cue[] = [
  cue(
    'boost',
    -0.4,
    r`\b(?:congrat[a-z]*|happy (?:birthday|bday|new year|easter|christmas|holidays|halloween|diwali|eid|hanukkah|mother s day|father s day|anniversary to)|good luck|well done|merry|have (?:a|an) (?:great|good|lovely|nice|fun|safe|brilliant|relaxing)|have fun|wishing you|best of luck|get well)\b`,
  ),
  cue(
    'boost',
    -0.5,
    r`\bsorry (?:to hear|for your loss|about your (?:mum|mom|dad|nan|gran|grandad|grandma|grandpa|aunt|uncle|dog|cat))\b|\bthinking of you (?:all|both|guys)\b|\bglad (?:to hear|the|your)\b`,
  ),
  cue(
    'boost',
    -0.2,
    r`\bhope\b(?! (?:you are|you were|he is|she is|they are|it was|he was|she was) (?:happy|satisfied|proud|miserable|pleased|worth))`,
  ),
  cue('boost', -0.3, r`\b(?:thanks|thank you|cheers)\b(?! (?:for nothing|a lot)\b)`),
  cue(
    'boost',
    -0.3,
    r`\b(?:pick (?:up|them up|him up|her up|it up)|drop (?:off|it|them|him|her|the)|collect|swap|forward|sign|renew|cancel|pay|paid|transfer|handover|booked|appointment|form|forms|key|keys|bill|invoice|receipt|lease|deposit|tenancy|school|nursery|dentist|vet|garage|parcel|package|post|refund|your half|your share|in your account)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|this week|this weekend|at \d+|\d+ ?(?:am|pm)|\d+(?:st|nd|rd|th)|january|february|march|april|june|july|august|september|october|november|december)\b`,
  ),
  cue('boost', -0.2, r`\b(?:lol|haha[a-z]*|ha|lmao|omg|chaos|hilarious)\b`),
  cue(
    'boost',
    -0.2,
    r`\b(?:let me know|no rush|no worries|no pressure to|no need to (?:reply|respond|answer|write back)|no reply needed)\b`,
  ),
  cue(
    'boost',
    -0.3,
    r`\b(?:says?|said|say) (?:hi|hello|hey)\b|\b(?:sends?|send|give|gives) (?:my|her|his|their|you (?:her|his|their)) (?:love|best|regards)\b`,
  ),
  cue(
    'boost',
    -0.2,
    r`\b(?:tour|touring|gig|concert|festival|on tv|new album|album|podcast|recipe|recommendation|recommended|episode|series|season|match|final|tickets|released|reopen(?:ed|ing)?|opening)\b`,
  ),
  cue(
    'boost',
    -0.3,
    r`\b(?:do you (?:still )?(?:have|want|need|know)|have you (?:got|seen)|can you|could you|would you mind|is it ok|is that ok|any chance|where (?:did|do|is|are)|what time|the (?:name|number) (?:of|for)|want (?:it|them|me to)|shall i|should i)\b`,
  ),
  cue(
    'boost',
    -0.2,
    r`\b(?:great|lovely|sweet|fun|amazing|brilliant|cute|cosy|nice|awesome|beautiful|gorgeous|perfect|delicious|exciting)\b`,
  ),
];

/** Added to a message with no light purpose at all: one more weak cue makes it heavy. */
export const UNANCHORED = 0.4;
