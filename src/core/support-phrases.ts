/**
 * The phrase lists behind `detectSupport`, as regular-expression sources. They run on text that
 * `support.ts` has already normalised: lower case, contractions spelled out ("can't" -> "can not",
 * "i'm" -> "i am"), common slang and typos fixed ("wanna" -> "want to", "kms" -> "kill myself",
 * "no one" -> "nobody"), and only letters, digits, apostrophes, commas and single spaces left,
 * one sentence at a time.
 *
 * Recall comes first: a missed crisis costs far more than a gentle false alarm, so when a phrase
 * is ambiguous it alarms unless it is one of the everyday idioms in HYPERBOLE.
 */

/** Another person who may be the source of harm. */
const PERP = String.raw`(?:he|she|they|ex|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee|spouse|hubby|stepdad|stepfather|stepmom|stepmother|dad|father|mom|mum|mother|brother|sister|roommate|flatmate|someone|somebody|guy|man|woman|stranger|family|neighbou?r|landlord|boss|coworker)`;
/** Games one person beats another at: "he beat me at dominoes" is a game, not a blow. */
const GAMES = String.raw`(?:mario ?kart|chess|cards|fifa|monopoly|scrabble|pool|darts|poker|uno|badminton|bowling|pictionary|trivia|wordle|snooker|ping pong|table tennis|backgammon|cluedo|catan|arm wrestling|(?:the )?pub quiz|karaoke|bingo|fortnite|minecraft|tekken|street fighter|smash bros|dominoes|draughts|checkers|cribbage|rummy|mahjong|connect four|jenga|squash|tennis|golf|sudoku|crib)`;
/** A subject that is not the writer: the person, up to four words, then the verb. */
const BY_PERP = String.raw`\b${PERP}\b(?:\s+[\w']+){0,4}?\s+`;
/** A partner or stranger, not a parent who takes a phone away to help. */
const BY_PARTNER = String.raw`\b(?:he|she|they|ex|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee|spouse|hubby|someone|somebody)\b(?:\s+[\w']+){0,4}?\s+`;
/** The verb is not done by the writer ("i checked my phone"). */
const NOT_I = String.raw`(?<!\b(?:i|we)\s(?:(?:am|was|were|have|had|been|keep|kept|still|just|also|always|often|sometimes|can|could|will|would|should|do|did|not|never|literally|basically|totally|kind|of|may|might|really|even|constantly|obsessively|secretly|honestly|accidentally|to|stop|started|need|needed|used|usually|then|already|probably|like)\s)*)`;
/** Where a sentence or clause ends, or trails off into a filler. */
const END = String.raw`(?=\s*(?:$|,|\b(?:and|but|so|anymore|any longer|no more|lol|ugh|honestly|tbh|though|right now|like this|without|living|i|it is|much longer|for much longer|another day|every (?:single )?(?:day|morning|night)|each (?:day|morning)|with (?:life|this|it)|since|ever since|because|lately|these days|most (?:days|mornings|nights))\b))`;
/** Filler words between "want" and the verb ("i just really want to die"). */
const FILL = String.raw`(?:\s+(?:just|really|so|simply|fucking|fking|fkn|effing|honestly|literally|actually|kind of|sort of|seriously|genuinely|truly|only|all|please|quietly|peacefully|already|now|tonight|today|badly|sometimes|often|still|even|lowkey|always|also|sincerely|desperately|to))*`;
const WANT = String.raw`(?:want|wants|wanted|wanting|wish|wished|wishing|need|needed|ready|deserve|deserved|planning|plan|planned|trying|tried|try|hope|hoping|decided|prefer|rather|would like|long|longing|about)`;
const SELF_HARM_VERB = String.raw`(?:kill|killing|killed|kills|hurt|hurting|hurts|harm|harming|harmed|cut|cuts|cutting|hang|hanging|hanged|hung|drown|drowning|drowned|shoot|shooting|shot|poison\w*|stab\w*|burn|burning|burned|burnt|starve|starving|starved|suffocate\w*|strangle\w*|choke|choking|off|offing|unaliv\w*|end|ending|slit|slitting|hit|hitting|punch\w*|bruise|bruising|overdose|od|gas|electrocute|smother\w*|mutilate\w*|injure|injuring|bleed)`;
const PILLS = String.raw`(?:pills?|tablets?|meds|medication|medicine|sleeping pills|painkillers|tylenol|paracetamol|ibuprofen|aspirin|advil|xanax|benzos|antidepressants|insulin|oxy|opioids|capsules)`;
const FEAR = String.raw`(?:afraid|scared|terrified|frightened|petrified|fearful|fear|fearing|paranoid)`;
const FEAR_OBJECT = String.raw`(?:him|her|them|ex|his|my (?:own )?(?:ex|partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|dad|father|stepdad|stepfather|mom|mum|mother|family|brother|sister|landlord|roommate|flatmate|neighbou?r)|what (?:he|she|they|my ex)\b(?:\s+[\w']+){0,3}?\s+(?:do|does|did|doing|try|capable))`;
const SOCIAL = String.raw`(?:instagram|insta|ig|twitter|x|tiktok|facebook|fb|snapchat|snap|social media|socials|linkedin|spotify|youtube|twitch|threads|bereal|pinterest|tumblr|reddit|strava|here|the app)`;
const CONTROLLED = String.raw`(?:phone|location|texts?|messages|emails?|dms|whatsapp|chats?|call log|calls|browser|browsing|search history|history|laptop|computer|accounts?|social media|socials|instagram|facebook|snapchat|car|movements|whereabouts|every move|spending|bank|bank account|purse|bag|wallet|diary|journal|mail|gps|icloud|passwords?)`;
const KIDS = String.raw`(?:kids|children|child|son|daughter|baby|babies)`;
/** Someone the writer may be close to or look after: "my uncle", "her brother", "a patient". */
const CLOSE_ONES = String.raw`(?:brother|sister|son|daughter|dad|father|mum|mom|mother|friend|best friend|mate|husband|wife|partner|cousin|uncle|aunt|grandad|grandpa|grandma|nan|gran|neighbour|neighbor|colleague|flatmate|roommate|classmate|student|patient|client)`;
/**
 * Words that bring an old crisis into the present, after a recovery milestone ("two years clean
 * from self-harm ... opened a new packet of razors"): a means, an intent, a relapse, a "but", a
 * "till", a craving.
 */
const PAST_RETURNS = String.raw`(?:again|tonight|last night|relapse\w*|want to (?:die|go|end|stop)|going to|plan\w*|urges?|tempted|blades?|razors?|knife|knives|pills|tablets|rope|gun|bridge|finish\w*|properly|end it|ending it|kill\w*|die|dying|dead|suicid\w*|overdos\w*|cut\w*|harm\w*|hurt\w*|lock\w*|stash\w*|sav(?:e|ed|ing)|hoard\w*|left me|broke|broken|break|slipped|slip|lost|reset|ruined|streak|until|till|up to|but|closer|crav\w*|miss (?:it|doing it)|one more|right now|anymore|any more|stitches|bleeding|bled)`;

/*
 * Concept nets. Besides the phrases above, a sentence alarms when several concepts meet inside
 * a window of words, in any order: the writer (SELF), a means (MEDS, a gun, a rope, a high
 * place), and holding on to it (counting, saving up, in my hand, loaded). New wordings of the
 * same situation then match without being listed one by one.
 */
/** Each concept starting within `n` words of one place in the sentence, in any order. */
const together = (n: number, ...concepts: readonly string[]): string =>
  `(?:^|(?<= ))${concepts.map((c) => String.raw`(?=(?:\S+ ){0,${n}}?(?:${c})(?![\w']))`).join('')}`;
const SELF = String.raw`i|me|my|myself|mine`;
/** Where a short resolve ("i have decided") stands alone: the sentence ends or a comma follows. */
const BARE = String.raw`(?=\s*(?:$|,))`;
const MEDS = String.raw`${PILLS}|prescriptions?|script|sleepers|sleeping tablets|pill bottles?`;
const MED_CUES =
  'pill pills tablet tablets meds medication medicine painkillers tylenol paracetamol ibuprofen aspirin advil xanax benzos antidepressants insulin oxy opioids capsules prescription prescriptions script sleepers';
/** Keeping a means at hand: hoarding, counting, holding, having it ready. */
const HOARD = String.raw`counting|counted|count|saving|saved|stockpil\w*|hoard\w*|stash\w*|collect\w*|gather\w*|lined up|lining up|line up|enough(?!(?: \S+)? (?:for|until|to last|to get) (?:the|a|my|this|next|two|\d))|all of (?:them|my|the)|every (?:one|last one|single one)|handfuls?|(?:whole|entire|full) (?:bottle|box|pack|packet|strip|lot|supply|stash|month)|in my (?:hands?|palm|pocket)|next to me|in front of me|beside me|staring at|stare at|looking at|holding|ready|how (?:many|much)|(?:it|would it|does it|will it) takes?|hidden|hiding|hid`;
const GUN = String.raw`guns?|pistol|handgun|revolver|rifle|shotgun|firearm|bullets?|ammo`;
const AT_HAND = String.raw`in (?:[\w']+ ){0,3}?my (?:hands?|lap|mouth|pocket|car|bag|drawer|room|closet|wardrobe|backpack)|next to me|in front of me|beside me|holding|hold|held|ready|tonight|hidden|hid|under my (?:bed|pillow|mattress)|on (?:the|my) (?:table|bed|desk|nightstand|lap)|know what (?:it is|its) for|for (?:later|tonight|when|it)\b|staring at|stare at|looking at|keep thinking about|to my (?:head|temple|chest)|in my mouth`;
const READY_GUN = String.raw`${AT_HAND}|have|has|got|bought|buy|buying|ordered|loaded|load|loading|clean\w*|picked up|took out|taking out`;
const READY_ROPE = String.raw`${AT_HAND}|tied|tying|the knot|around my neck|from (?:the|a) (?:ceiling|beam|tree|door|banister|rafters|hook)`;
const SHARP = String.raw`razors?|razor blades?|blades?|knife|knives|scissors|shards?|broken glass|box cutter|stanley knife`;
const HIGH_PLACE = String.raw`bridge|ledge|roof|rooftop|cliffs?|tracks|railway|rail line|train line|overpass|balcony|top floor|parking garage|car park|multi storey|tallest building|high rise|platform`;
const HIGH_CUES =
  'bridge ledge roof rooftop cliff cliffs tracks railway rail train overpass balcony top parking car multi tallest high platform';
/** Lingering at a high place. */
const LINGER = String.raw`highest|tallest|how tall|thinking about it|thought about it|think about it|thinking about (?:jumping|doing it|falling|the drop)|the drop|how high|how far (?:down|the drop|the fall)|over the (?:railing|rail|edge|side|barrier)|climbed (?:over|onto|up)|one (?:more )?step|just one step|stood there|sat there|staring down|stared down|could not (?:leave|move)|almost did it|nearly did it|almost jumped|nearly jumped|did not jump|so close|it would be (?:quick|easy|over|so easy)|jump|jumping`;
/** Resolve that alarms by itself when nothing follows it. */
const RESOLVE = String.raw`waiting for the right (?:moment|time|opportunity|chance|night|day)|(?:everything|all) i need to (?:do it|end it|go through with it)|(?:picked|chosen|chose|scouted|settled on|decided on) (?:the|a|my) (?:spot|date|day|time|way|method|bridge|location)|going to do it (?:tonight|today|this time|now|soon)|doing it tonight|go(?:ing)? through with it|no turning back(?: now)?|(?:thinking|thought|think) about (?:it|doing it) again|the (?:thoughts|urges) (?:are|came|have come) back|my mind is made up about (?:it|this|tonight)`;
/** Resolve that alarms only beside another resolve or a farewell. */
const RESOLVE_WEAK = String.raw`tonight(?:'s| is) the night|today(?:'s| is) the day|this is the night|made up my mind|my mind is made up|i have decided|i decided|(?:the )?decision is made|made my decision|made (?:my )?peace with (?:it|everything|this|my decision|that|it all)|i know what i (?:have|need|am going|must) to do|it is time|i am ready|no going back|this is it|i am at peace`;
const FAREWELL = String.raw`goodbye|forever|for good|love you all|forgive me|it will (?:all )?be over|it will not hurt|no more pain`;
/** The writer no longer being there, and what others would feel. */
const ABSENT_SELF = String.raw`me gone|i (?:am|was|were) (?:just |simply |finally )?(?:gone|dead|not (?:here|around|alive|in the picture)|no longer (?:here|around|alive))|i (?:just |simply )?(?:disappeared|vanished|died|stopped existing|did not exist|never existed|was never born|were never born)`;
const RELIEF = String.raw`better|easier|happier|fine|lighter|relieved|relief|free|notice|care|miss|mourn|cry|for the best|simpler|okay|ok|glad|peaceful|quieter|burden`;
/** Body parts an attacker aims at (not hands: "he grabbed my hand" is tender as often). */
const BODY = String.raw`head|face|neck|throat|arms?|wrists?|hair|legs?|back|ribs?|stomach|belly|chest|jaw|nose|eyes?|lips?|mouth|body|shoulders?|fingers?|skin|cheek|ears?|breasts?|thighs?|hips?|knees?|ankles?|teeth|skull|scalp|foot|feet|toes|hands?`;
const HURT_VERB = String.raw`hit|hits|hitting|punch\w*|slap\w*|smack\w*|kick\w*|bit|bite|bites|biting|burn|burns|burned|burnt|burning|scratch\w*|claw\w*|squeez\w*|twist\w*|chok\w*|strangl\w*|stab\w*|cut|cuts|grab\w*|yank\w*|pull\w*|drag\w*|slam\w*|smash\w*|bang\w*|bash\w*|shov\w*|push\w*|pinned|pins|crush\w*|stomp\w*|stamp\w*|elbow\w*|kneed|kneeing|headbutt\w*|bruis\w*|broke|break|breaks|fractur\w*|dislocat\w*|whip\w*|hurt|hurts|injur\w*|threw|throw|throws|scald\w*|pinch\w*|spit|spat|gouged|sliced|slashed|split|busted|bloodied|wrench\w*|bent|jabbed|poked|struck|strikes|sat on|knelt on|kneeled on`;
const HURT_CUES =
  'hit hits hitting punc* slap* smac* kick* bit bite bites biting burn burns burned burnt burning scra* claw* sque* twis* chok* stra* stab* cut cuts grab* yank* pull* drag* slam* smas* bang* bash* shov* push* pinned pins crus* stom* stam* elbo* kneed kneeing head* brui* broke break breaks frac* disl* whip* hurt hurts inju* threw throw throws scal* pinc* spit spat gouged sliced slashed split busted bloodied wren* bent jabbed poked struck strikes sat knelt kneeled';
/** A person who is not the writer, as the subject of what follows (no "i" in between). */
const PERP_DOES = String.raw`\b${PERP}\b(?:\s+(?!i\b|me\b|we\b)[\w']+){0,3}?\s+`;
/** "A threat to my recovery": a danger to the writer's plans, not to the writer. */
const NOT_PLANS = String.raw`(?! (?:recovery|progress|healing|sobriety|peace of mind|streak|goals?|diet|routine|plans?|schedule|weekend|sleep|savings|budget|no contact)\b)`;
const DEVICE = String.raw`phone|laptop|computer|car|tablet|ipad|bag|purse|handbag|backpack|coat|jacket|keys|keyring|router|wifi|accounts?|pc|mac|watch|icloud|email`;

/**
 * A rule: its cue words, then its pattern. A sentence is only matched against a rule when one of
 * the cues is among its words (`abcd*` means any word starting with those letters, `''` means
 * always), which keeps a long note fast. A cue must be a word every match contains.
 */
export type Rule = readonly [cues: string, source: string];

/** Words of a shift at work before it in the note: "paramedic shift: two overdoses". */
const AT_WORK = String.raw`(?<=\b(?:paramedic|placement|shift|crew|ambulance|nurse|ward|a e|a and e|er|on call)\b[\s\S]{0,60}?)`;

/**
 * After "mine was": words that set the writer's own apart ("mine was just boring", "mine was only
 * immature"), unless they compare ("just as bad", "only the same").
 */
const NOTHING_LIKE = String.raw`(?! (?:(?:just|only|simply)(?! as\b| like\b| the same\b)|thankfully|luckily|boring|dull|fine|nothing like|not like|never|not)\b)`;

/**
 * Words that make a denial something said rather than meant: "no urges to hurt myself , is what i
 * told my mum", "that is the line i give my therapist", "none of it has been true".
 */
const SAID = String.raw`(?:told|tell|tells|telling|typed|texted|said|say|says|saying|wrote|replied|answered|line|script|what i|pretend\w*|act|acting|lie|lied|lies|lying|true|truth|honest|sure)`;
/** Not after a word of saying in the same sentence. */
const UNSAID = String.raw`(?<!\b${SAID}\b[^\n]*)`;
/** What takes a denial back in its sentence or the next: "not suicidal . not until tonight". */
const TAKEN_BACK = String.raw`until|till|but (?:now|tonight|today|lately|then|this)|not yet|except|${SAID}`;
/** A question answered no: "would he ever ? no chance" (not "no idea"). */
const NO_ANSWER = String.raw`(?:no|never|not a chance|no chance|no way|nah)\b(?! idea| clue| longer)`;
/**
 * One evening or outing, after "without me" and the end of it: "at the party", "on saturday's
 * trip" (not "at the wedding and in their lives").
 */
const AT_AN_EVENT = String.raw`(?:at|on|for) (?:(?:the|that|this|their|his|her|our|my|tonight is|saturday is|friday is) (?:[\w']+ )?)?(?:(?:quiz|game|games|movie|film|date|poker|karaoke|bingo|curry|pub) night|party|dinner|wedding|meeting|trip|holiday|night out|drinks|gig|do|barbecue|bbq|match|game|event|reunion|hen do|stag do|quiz|picnic|lunch|brunch|rehearsal|shift|meal|celebration|christening|festival|concert)\b(?! *,? (?:and|or|in|either|anyway|forever|for good|too|as well)\b)`;
/** How someone else says what they will do: "she will", "he says he will". */
const THEY_WILL = 'will|would|is going to|are going to|is gonna|says he will|says she will';
/** Not what someone else says they will do: "if i leave she will swallow all her pills". */
const NOT_THEIRS = String.raw`(?<!\b(?:he|she|they) (?:(?:${THEY_WILL}|threatens to|threatened to|might|could) )?)`;
/** Words in a note that bring a past person or fear back into the present. */
const PAST_OVER_UNDONE = String.raw`still (?:scared|afraid|terrified|has|have|got|watch\w*|follow\w*|messag\w*|text\w*|call\w*|check\w*|track\w*|turn\w* up|show\w* up)|(?:he|she|they|him|her|them) (?:[\w']+ )?again|lately|recently|these days|this (?:week|month)|last (?:night|week)|yesterday|found me|found out where|turned up|turns up|showed up|shows up|back in touch|reached out|(?:is|are|came|come|comes|coming|moved) back|back in (?:town|the area|the country)|outside my|at my (?:door|house|flat|work|window)|(?:saw|see|seen|spotted|noticed) (?:him|her|them|his|their)|(?:messaged|texted|called|rang|contacted|emailed|followed|following|watching|watches|sent|found|tracked|tracking|threatened|threatening) me|nightmares?|flashbacks?|panic\w*|scared|afraid|terrified|frightened|unsafe|paranoid|out of prison|released|keeps? (?:calling|texting|messaging)`;
/** Such words, unless denied: "he has not reached out" brings nobody back. */
const BROUGHT_BACK = String.raw`(?<!\b(?:not|never|no longer) )\b(?:${PAST_OVER_UNDONE})\b`;

/** Words later in a note that say its answer of no to a clinician was not true. */
const NO_WAS_A_LIE = String.raw`lied|lying|a lie|not true|sleeves|cardigan|(?:hid|hide|hides|hiding|cover|covers|covering|covered) (?:it|them|the|my|up)|(?:see|sees|saw|seen) my (?:arms|wrists|legs|thighs)|pretend\w*`;
/** Sports where a knock is part of the game. */
const CONTACT_SPORT = String.raw`sparr\w*|boxing|muay thai|mma|jiu jitsu|bjj|judo|karate|kickboxing|taekwondo|rugby|football|hockey|netball|lacrosse`;
/** A knock taken: "came away with a black eye". */
const A_KNOCK = String.raw`(?:came away with|ended up with|walked away with|left with|picked up|got|have|has|had|now have|sporting|nursing) (?:a |an )?(?:black eye|split lip|bloody nose|broken nose|bruised ribs?|cracked ribs?|bruises?|concussion)\b`;
/** People who tell the writer their own story: "my friend", "her sister", "a colleague". */
const CONFIDANTS = String.raw`friend|sister|brother|mum|mom|mother|cousin|aunt|auntie|colleague|coworker|neighbou?r|mate|bestie`;
/**
 * Nothing later in the note ties someone else's abuse back to the writer ("mine is the same",
 * "so can i", "to me"): only then is it their story.
 */
const TIED_TO_WRITER = String.raw`(?![\s\S]*\b(?:like (?:mine|me|my|him|her|ours)|same here|so (?:have|am|do|did) i|i (?:have|am|do|did) too|mine (?:have|has|are|too)|mine (?:is|was|does|did)${NOTHING_LIKE}|same (?:as|thing|way)|same as me|me too|to me|so can i|so could i|i (?:can|could|should|need to|have to|must|will|want to) (?:too|as well|do the same|leave|get out)|one day i|i wish i (?:had|could|was|were|did)|help me (?:leave|get out)|(?:mine|my (?:ex|partner|husband|wife|boyfriend|girlfriend)) (?:still )?(?:hits|hit|controls|tracks|checks|threaten\w*|does|did|is|was|used|is like that)${NOTHING_LIKE})\b)`;

/**
 * An attempt on the writer's own life, told with nothing after it of help or recovery: that is
 * never history ("i tried to kill myself two years ago." alarms; "...but therapy helped and i am
 * doing well" is history).
 */
const ATTEMPT_TOLD_BARE = String.raw`(?![^\n]*\b(?:tried to (?:kill|end) (?:myself|my life)|attempted (?:suicide|to (?:kill|end) (?:myself|my life))|suicide attempt|tried to take my (?:own )?life|overdosed|took an overdose)\b(?![\s\S]*\b(?:got help|get help|getting help|recovered|recovery|better now|good place|better place|doing (?:well|ok|okay|better|good|great)|happy now|grateful|therapy|therapist|counselling|counseling|never again|okay now|ok now|fine now|glad i|proud|stable|safe now|healed|survived|years alive|still here|(?:feeling|feel|i am) (?:genuinely |really |actually |so much )?(?:okay|ok|good|better|well))\b))`;

/** Words of laughter anywhere in the sentence: "the comedian had the whole room in stitches". */
const LAUGHTER = String.raw`(?:laugh\w*|funny|hilarious|comedian|comic|comedy|jokes?|stand ?up|speech|stories|story|banter|puns?|quiz|gig|sitcom|memes?|giggl\w*)`;

/** Not after a partner or an ex earlier in the sentence: the writer's own doing, not theirs. */
const NOT_BY_PARTNER = String.raw`(?<!\b(?:he|she|they|ex|partner|husband|wife|boyfriend|girlfriend)\b[^\n]*)`;
/** What a doctor rules out after an operation ("not allowed to lift anything for six weeks"). */
const NOT_ALLOWED_WHILE_HEALING = String.raw`not allowed to (?:lift|drive|drink|swim|run|fly|bend|carry|exercise|work|shower|bath)`;
/** Words that make a story's plot the writer's own ("i'm doing the same", "that is me"). */
const PLOT_TURNS = String.raw`i am going to|i am doing|i will|i have been|i need to|i realised|i realized|that is what i|the same|exactly that|mine|that is me|it was me|like me|me too`;
/** Hunting, which the gun rule leaves alone wherever it is in the sentence. */
const HUNTING = 'hunting|hunt|deer|stags?|grouse|pheasants?|clays?|clay pigeons?|pigeons?|skeet';
/** Target shooting, which the gun rule leaves alone anywhere before it. */
const GUN_SPORT = String.raw`(?:shooting|gun|rifle|pistol|target|firing) (?:range|club|lessons?)`;
/** Guns for sport, work or play, which the gun rule leaves alone when they come after it. */
const GUN_PASTIMES =
  'licen[cs]\\w*|range|hunting|hunt|deer|stags?|grouse|pheasants?|clays?|clay pigeons?|pigeons?|skeet|club|airsoft|paintball|nerf|water guns?|glue guns?|nail guns?|toy|video game|game';

export const CRISIS_RULES: readonly Rule[] = [
  // Self-injury said to be meant: "burned my hand on the hob on purpose", "i bash my head against
  // the wall until i see stars" (not the idiom of a bug "i've been banging my head against"). Not
  // "not on purpose", and not what someone else did.
  [
    'purpose deliberately head',
    String.raw`(?<!\b(?:he|she|they|ex|him|her)\b[^\n]{0,30})\b(?:burn(?:ed|t|ing)?|scald(?:ed|ing)?|cut|cutting|hit|hitting|bash(?:ed|ing)?|bang(?:ed|ing)?|punch(?:ed|ing)?|bit|bite|biting) (?:myself|my (?:arms?|wrists?|hands?|legs?|thighs?|skin|stomach|face|head|fingers?|knuckles?|chest|hips?|shoulders?|ankles?))\b[^\n.,]{0,40}(?<!\bnot )\b(?:on purpose|deliberately)\b|(?<=\bi (?:[\w']+ ){0,2})(?:bash|bang|hit|smash|slam)(?:ed|ing|es|s)? my head (?:against|on|into) (?:the |a |my )?(?:wall|walls|door|steering wheel|desk|table|floor|mirror)\b(?=[^\n]{0,50}\b(?:until (?:i|it|my|there|blood)|till (?:i|it|my)|bled|bleed|bruised|to feel|on purpose|punish)\b)`,
  ],
  // Suicide asked about in general terms: "is it selfish to kill yourself", "why do people end
  // their lives". Asked here, by someone after a breakup, it is about them.
  [
    'yourself oneself themselves life lives suicide',
    String.raw`\b(?:is it|would it be|was it|is not it)\s+(?:[\w']+\s+){0,4}?to\s+(?:kill (?:yourself|oneself)|end (?:your|ones|one's) (?:own )?life|take (?:your|ones|one's) (?:own )?life|commit suicide)\b|\bwhy do (?:people|some people|ppl|so many people) (?:kill themselves|end their (?:own )?lives|take their (?:own )?lives|commit suicide)\b|\bhow (?:do|would|can|could|does) (?:you|people|someone|one) (?:kill (?:yourself|themselves|oneself)|end (?:your|their|ones|one's|one is) (?:own )?li(?:fe|ves)|commit suicide)\b|\b(?:easiest|quickest|best|least painful|most painless|fastest|surest) way to (?:kill (?:yourself|oneself)|end (?:your|ones) (?:own )?life|commit suicide)\b|\b(?:someone|somebody|a person|people) (?:has |have )?decided to (?:end their (?:own )?li(?:fe|ves)|kill themselves|take their (?:own )?li(?:fe|ves))\b`,
  ],
  // Suicide, any spelling ("suicde", "sucidal", "suiside"), and its slang.
  [
    'suu* suo* sui* sue* suc* sus* sou* soo* soi* soe* soc* sos*',
    String.raw`(?<!\bthreat\w* (?:to )?(?:commit )?)\bs[uo]+[ie]{0,2}[cs]{1,2}[iy]{0,2}d(?!\w* (?:if|unless|whenever|every time) (?:i|we)\b)`,
  ],
  [
    'sewe* self unal* un ctb',
    String.raw`\b(?:sewer ?slide|self delet\w*|unaliv\w*|un aliv\w*|ctb)\b(?! (?:(?:him|her|them)(?:self|selves)?|his|their|your|my (?:landlord|boss|manager|ex|neighbou?r|sister|brother|mum|mom|dad|teacher|roommate|flatmate|husband|wife|boyfriend|girlfriend|cat|dog)|the (?:hero|villain|character|boss|landlord|npc|mouse|spider))\b)`,
  ],
  ['self*', String.raw`\bself ?(?:harm\w*|injur\w*|mutilat\w*|hurt\w*)`],
  // A question about self-harm answered yes, in one sentence: "the volunteer asked if i had taken
  // anything and i said not yet", "my gp asked if i had thought about ending it and i did not lie".
  [
    'asked ask asks asking yourself',
    String.raw`\b(?:asked|asks|asking|ask)(?: me)? (?:if|whether) i (?:had|have|was|am|would|ever|d)\b[^\n]{0,50}?\b(?:(?:taken|took) anything(?! (?:for|to help|to sleep|on the|at the|with))|hurt(?:ing)? myself|harm(?:ing)? myself|cut(?:ting)? myself|(?:thought|thinking) (?:about|of) (?:ending|killing|hurting|harming|suicide|dying)|(?:thoughts|plans?) (?:of|about|to) (?:ending|killing|hurting|harming|suicide|dying)|ending it all|ending my life|kill(?:ing)? myself|suicid\w*)\b[^\n]{0,30}? (?:,|and|but) (?:i )?(?:said |told (?:her|him|them) |answered |admitted )?(?:not yet|yes|yeah|yep|i (?:had|have|was|am|did)(?! not)\b|i (?:did not|could not|could not bring myself to|did not want to) lie|(?:i )?lied)|\bare you (?:hurting|harming|cutting|burning) yourself\b[^\n]{0,30}? (?:,|and) i (?:was|am)\b(?! (?:not|fine|ok|okay))`,
  ],
  [
    'sh',
    String.raw`\bsh\b(?= (?:again|urges?|scars?|wounds?|cuts?|relapse|free|clean))|\b(?:relaps\w*|urges? to|clean from|free from) (?:on )?sh\b`,
  ],
  // Doing harm to oneself.
  ['myself', String.raw`\b${SELF_HARM_VERB}\s+myself\b`],
  [
    'myself',
    String.raw`\bthrow\w* myself (?:off|in front|under|from|out of|down|onto the (?:tracks|road))`,
  ],
  [
    'life existence',
    String.raw`\b(?:kill|killing|end|ending|ended|take|taking|took) (?:my )?(?:own )?(?:life|existence)\b(?! back)`,
  ],
  [
    'suffering misery pain existence torment',
    String.raw`\bend(?:ing)? (?:my|the|this|all (?:the|this|my)) (?:own )?(?:suffering|misery|pain|existence|torment)\b`,
  ],
  ['myself', String.raw`\bmyself to death\b`],
  // Wanting to die or to be dead.
  [
    'die',
    String.raw`\b${WANT}${FILL}\s+(?:to\s+)?die\b(?! (?:on (?:this|that) hill|of (?:embarrassment|laughter|boredom|cringe|shame)))`,
  ],
  [
    'die dead alive exist disappear end',
    String.raw`\bi (?:should|might as well|may as well|could just|will just|would just|shall) (?:just )?die\b|\b(?:let|letting) me die\b|\bshould (?:just )?(?:die|be dead|not be alive|not exist|disappear forever|end it)\b`,
  ],
  ['die', String.raw`\bgoing to die (?:tonight|today|soon|this week|tomorrow|by my own)`],
  [
    'dead',
    String.raw`\b(?:want|wanted|wish|wishing|rather|better|should|deserve|ought|hope|might as well|may as well|would be|be better)${FILL}\s+(?:to\s+)?(?:be\s+|been\s+|i\s+(?:was|were|am|had been)\s+)?(?:just\s+)?dead\b`,
  ],
  [
    'died die dead',
    String.raw`\bwish\w* (?:that )?i (?:had |would |would have |could have |could |just |had just )*(?:died|die|been dead)\b`,
  ],
  [
    'wish*',
    String.raw`\bwish\w* (?:that )?i\s+(?:[\w']+\s+){0,3}?(?:not|never|no longer)\s+(?:[\w']+\s+){0,2}?(?:exist\w*|alive|here|around|born|wake up|woke up|woken up|woken|in this world|on this earth)\b`,
  ],
  [
    'wish*',
    String.raw`\bwish\w* (?:that )?i (?:could|would|can) (?:just )?(?:disappear|vanish|fade away|stop existing|cease to exist|sleep forever|fall asleep forever|go to sleep forever|not wake up|never wake up|end it|evaporate)(?! for (?:a|an|the|one|two|few|\d+) (?:week|weekend|day|days|month|months|couple|few|hours?)\b| to (?:a|an|the|my)\b)`,
  ],
  [
    'hope* pray*',
    String.raw`\b(?:hope|pray|praying)\w* (?:that )?i (?:just )?(?:die|(?:do not|never|will not) wake(?! up (?:late|early|in time|on time|before|at|tired|alone|with))|get hit by|do not make it|will not make it|crash)`,
  ],
  [
    'feel feels feeling',
    String.raw`\bfeel(?:s|ing)? like (?:dying|ending it|killing myself|giving up on life|disappearing forever|not existing|not being here|not waking up|i want to die)`,
  ],
  [
    'dying death dead killing ending being existing waking disappearing die',
    String.raw`\b(?:think|thinking|thought|thoughts|obsess\w*|dream\w*|fantasi[sz]\w*|having thoughts|imagin\w*|pictur\w*|visuali[sz]\w*)\s+(?:about |of )?(?:[\w']+\s+)?(?:my (?:own )?death|dying|death|being dead|killing myself|ending (?:it all|my life|everything)|ending (?:it|things)(?! with| between)|not (?:being here|existing|being alive|waking up)|disappearing forever|how to die)\b`,
  ],
  [
    'dying death waking',
    String.raw`\b(?:at peace|ok|okay|fine) with (?:the idea of )?(?:dying|death|not waking up)\b`,
  ],
  // Not wanting to be alive.
  [
    'want wish like care',
    String.raw`\b(?:do|did|does) not\s+(?:[\w']+\s+)?(?:want|wish|like|feel like|care)\s+(?:to\s+)?(?:(?:be|being|stay|staying) (?:alive|here|around|on (?:this |the )?(?:earth|planet)|in this (?:world|life))\b(?!\s+(?:for|at|on|when|during|if|to see|while|tomorrow at|with|him|her|them|people|anyone|you|my|his|toxic|negative|that|those|these|the|this|someone|everyone|men|women|guys|girls)\b)|exist(?:ing)?\b(?!\s+(?:in (?:his|her|their|your|the) (?:shadow|orbit|bubble)|for (?:him|her|them)))|breathe|breathing|live(?:\s+in (?:a|this) world)?\b(?!\s+(?:here|there|in|with|at|near|together|alone|on|by|next|close|far|under|abroad|somewhere|anywhere|that|off|out|up|down|the)\b)|living\b(?!\s+(?:here|there|in|with|at|near|together|alone|on|by|next|close|far|under|abroad|somewhere|anywhere|that|off|out|up|down|the)\b)|wake up\b(?!\s+(?:early|at|before|for|on time|in time|until|till|so|too|yet|with|next to|alone|beside)\b)|(?:go on|keep going|carry on|continue|keep living|keep on living|go on living|continue living|do this|do life|try|be)${END})`,
  ],
  [
    'think doubt sure',
    String.raw`\b(?:do not think|doubt|not sure|do not know if) i can (?:keep going|go on|keep living|keep doing this|do this|take (?:it|this|much more|any more)|survive|make it|last|hold on|carry on|live like this)\b`,
  ],
  [
    'sure know unsure certain much',
    String.raw`\b(?:not sure|do not know if|unsure if|unsure whether|do not know whether|not certain) i (?:still |even |really )?want to (?:be here|be alive|live|exist|keep going|go on|wake up|stay alive|keep living)\b|\bhow much (?:longer|more) i can (?:keep going|go on|do this|hold on|take|handle|bear|last|keep living|stay alive|survive)\b`,
  ],
  [
    'rather prefer longer',
    String.raw`\b(?:rather not|prefer not to|no longer want to) (?:be alive|exist|wake up|be here|live\b(?! (?:here|there|in|with|at|near|together)))`,
  ],
  [
    'hate',
    String.raw`\bhate (?:being alive|existing|my existence|that i am alive|that i woke up|being here|living\b(?! (?:here|there|in|with|at|near|together|alone))|waking up\b(?! (?:early|at|before|so early|alone)))`,
  ],
  // No reason, no point, no future.
  [
    'no',
    String.raw`\bno (?:[\w']+\s+)?(?:reason|reasons|point|purpose|will|desire|motivation) (?:left )?(?:to|for|in|of) (?:[\w']+\s+)?(?:live|living|life|go on|going on|keep going|be here|being here|stay alive|wake up|waking up|get up|getting up|be alive|being alive|exist|existing|continue|carry on|anything|everything|it all|me|any of (?:this|it)|trying${END}|fighting${END})\b`,
  ],
  [
    'point matters meaning purpose value',
    String.raw`\bno point${END}|\b(?:do not|can not|fail to) see (?:the|any|a) point(?:${END}| (?:in|of) (?:anything|living|life|going on|it all|being alive|existing))|\bnothing (?:really )?matters(?: now)?${END}|\b(?:life|living|existing|my life) (?:has|holds) no (?:meaning|point|purpose|value)\b`,
  ],
  [
    'nothing',
    String.raw`\bnothing (?:left )?(?:to live for|to look forward to|worth living for|left for me|left in me|to stay for|keeping me here|holding me here|to wake up for|to get up for|left to give)`,
  ],
  [
    'reason reasons',
    String.raw`\breasons? to (?:live|keep living|stay alive|go on|keep going|be alive|exist)\b`,
  ],
  [
    'point purpose use',
    String.raw`\bwhat(?: is| are)? (?:even |really |the |my )?(?:the )?(?:point|purpose|use)(?:\s+(?:of|in)\s+(?:[\w']+\s+){0,2}?(?:anything|everything|living|life|it all|me|going on|being (?:alive|here)|existing|waking up|getting up|trying anymore|any of (?:this|it)|continuing|carrying on|staying|this life|my life)\b|${END})`,
  ],
  [
    'why',
    String.raw`\bwhy (?:am i|do i|should i|bother|even) (?:even |still )?(?:alive|still here|here${END}|bother(?:ing)? (?:living|to live|waking up)|exist|keep going|go on|keep living|wake up|try anymore|living)`,
  ],
  [
    'life living existing everything all',
    String.raw`\b(?:life|living|existing|everything|it all|my life) (?:is|feels|seems|has become|became) (?:so |just |completely |totally |utterly )?(?:pointless|meaningless|hopeless|unbearable|worthless|not worth|too much to bear|over\b|done\b|finished\b)`,
  ],
  [
    'worth',
    String.raw`\bnot worth (?:living|being alive|it anymore|going on|existing|fighting for|it any)`,
  ],
  [
    'future',
    String.raw`\b(?:i have no future|no future (?:for me|left|ahead)|my future is (?:dead|gone|over|hopeless|black))\b|\bsee (?:a |any |my )?future (?:for (?:me|myself)|at all|anymore|ahead of me)\b`,
  ],
  [
    'hopeless hope',
    String.raw`\b(?:i am|i feel|feeling|i have been|i felt) (?:so |completely |totally |utterly |just |really |very )?hopeless${END}|\b(?:lost all|no|given up all|no more|zero|not any) hope(?: left)?${END}|\bno hope (?:for me|left|anymore)\b`,
  ],
  ['give* givi*', String.raw`\bgiv\w* up on (?:life|living|everything|it all|the world)${END}`],
  [
    'tired sick exhausted weary',
    String.raw`\b(?:tired|sick|exhausted|weary) of (?:living|life|being alive|existing|breathing|waking up|being here|it all|everything|fighting|trying|being me|being myself|the pain|this life|my life|feeling like this)${END}`,
  ],
  [
    'done enough',
    String.raw`\b(?:done with|had enough of|have had enough of) (?:life|living|everything|it all|existing|this life|this world|being alive|being here|the world)${END}`,
  ],
  [
    'too',
    String.raw`\btoo (?:tired|exhausted|weak|broken) to (?:go on|keep going|live|carry on|keep living|fight anymore|continue)\b`,
  ],
  // Cannot go on.
  [
    'can',
    String.raw`\bcan not\s+(?:[\w']+\s+)?(?:go on|keep going|carry on|continue|keep living|live like this|live with (?:myself|this pain|the pain|this)|live without (?:him|her|them|you)|live(?!\s+without)|do (?:this|life|this life)|do it|take (?:it|this|any more|much more|the pain|this pain)|handle (?:it|this|life|the pain|this pain|any more)|cope|bear (?:it|this|the pain|to live|living|being alive)|stand (?:it|this|being alive|living|myself)|stay alive|be alive|face (?:another day|tomorrow|life|living)|survive (?:this|another day)|deal with (?:it|this|life|the pain|being alive)|fight (?:it|this)|keep fighting|be here|exist|function|hold on)${END}`,
  ],
  [
    'can',
    String.raw`\bcan not (?:see|find) (?:a |any |the )?(?:way out|way forward|reason to live|reason to go on|reason to keep going|point${END}|future${END}|end to this|light at the end)`,
  ],
  [
    'make survive making being surviving lasting getting',
    String.raw`\bnot going to (?:make it|survive)(?: through (?:this|the night|tonight|the week|another day))?${END}|\b(?:will not|not|never) (?:make it|survive) (?:through (?:this|the night|tonight|the week|another day)|much longer)\b|\bwill not survive (?:this|the night|without)|\b(?:see|think|know if) (?:myself|i will|i am going to|i would) (?:making it|make it|being here|being alive|surviving|lasting|getting through) (?:to|through|past|until|till) (?:christmas|new year|my birthday|the end of|next|the weekend|tomorrow|another|the night|the week|the year|the month|summer|spring|winter|autumn|fall|\d+)`,
  ],
  // A burden; better off without me; nobody would miss me.
  [
    'better',
    String.raw`\bbetter off (?:with me (?:gone|dead|out of the way|not here|not around)|without me|dead|gone|not (?:existing|being here|alive|being alive|waking up|living|born)|if i\s+(?:[\w']+\s+){0,3}?(?:gone|dead|died|here|around|alive|born|existed|exist|disappeared))`,
  ],
  [
    'better happier easier best fine lighter free relieved glad okay ok safer calmer thankful grateful',
    String.raw`\b(?:everyone|everybody|world|family|they|all|people|friends|kids|parents|nobody|anyone|you|it|things|life|everything)\b(?:\s+[\w']+){0,4}?\s+(?:better|happier|easier|best|fine|lighter|free|relieved|glad|okay|ok|safer|calmer|thankful|grateful)(?: off)?(?:\s+[\w']+){0,3}?\s+(?:without me|if i\s+(?:[\w']+\s+){0,3}?(?:gone|dead|died|here|around|alive|born|existed|exist|disappeared))`,
  ],
  [
    'burden burdening waste',
    String.raw`\b(?:i|me|myself)\b(?:\s+[\w']+){0,4}?\s+(?:a |such a |the |just a |nothing but a |only a |one big |an )?(?:burden|waste of (?:space|oxygen|air|skin|a life))(?!\s+(?:of proof|off my))|\bburden(?:ing)? (?:to |on |for )?(?:everyone|everybody|my|them|people|others|you|all|anyone|society)\b`,
  ],
  [
    'place favour favor nobody anyone',
    String.raw`\bbetter place without me\b|\bfavou?r (?:if i|by) (?:[\w']+ ){0,2}?(?:died|dying|disappear\w*|gone|killing|ending|was not here|left forever)|\b(?:nobody|anyone) (?:would|will|is going to|even) (?:even |really )?(?:care|notice|miss me)${END}`,
  ],
  [
    'deserve should',
    String.raw`\b(?:do not|does not) deserve to (?:live|be alive|exist|be here|breathe)\b|\bshould not (?:be alive|exist|be here|have been born)\b`,
  ],
  [
    'miss',
    String.raw`\b(?:nobody|who|would anyone|would anybody|does anyone|not one person|none of them)\b(?:\s+[\w']+){0,3}?\s+miss me(?:${END}|\s+(?:if|when|anyway|at all|for long|after|once|even)\b)`,
  ],
  [
    'care notice realise realize',
    String.raw`\b(?:nobody|anyone|anybody|who|everyone|everybody)\b(?:\s+[\w']+){0,4}?\s+(?:care|notice|even notice|realise|realize)\s+(?:if|when|that)\s+i\s+(?:[\w']+\s+){0,3}?(?:died|gone|disappeared|dead|killed myself|vanished|left forever|not here|not around|not alive|stopped existing|never woke)`,
  ],
  [
    'anyone anybody die dead dying notice',
    String.raw`\bwould (?:anyone|anybody) (?:even |really )?(?:notice|care)${END}|\b(?:live|living|alive) or (?:die|dead|dying)\b|\bnotice i am gone\b`,
  ],
  [
    'gone dead died longer anymore',
    String.raw`\b(?:when|after|once|if) i (?:am )?(?:gone|dead|died|no longer (?:here|around|alive)|not (?:here|around) anymore)\b`,
  ],
  ['funeral', String.raw`\bmy (?:own )?funeral\b`],
  // Wanting to disappear, sleep forever, not wake up; the pain to stop.
  [
    'cease existing exist leave forever here alive wake escape living breathing being',
    String.raw`\b(?:want|wanna|wish|need|long|rather|prefer|ready|would like|like)\w*${FILL}\s+(?:to\s+)?(?:cease to exist|stop existing|stop living|stop breathing|stop being alive|not exist|leave this (?:world|earth|life)|sleep forever|fall asleep forever|go to sleep forever|not be here|not be alive|never wake up|not wake up|escape (?:this life|life|it all|everything|forever))`,
  ],
  [
    'disappear vanish fade evaporate gone away',
    String.raw`\b(?:want|wanna|wish|need|long|rather|prefer|ready|going|would like)\w*${FILL}\s+(?:to\s+)?(?:disappear|vanish|fade away|evaporate|be gone|go away)(?=\s*(?:$|,|\b(?:forever|for good|permanently|completely|from (?:this|the) (?:world|earth|planet)|off the face|and never|and not come back|for ever|entirely|altogether|once and for all|and die|into nothing|without a trace|and not exist)\b))`,
  ],
  [
    'wake open',
    String.raw`\b(?:sleep|asleep|bed|eyes|rest)\b(?:\s+[\w']+){0,4}?\s+and (?:just )?(?:never|not|do not|did not|would not|will not) (?:[\w']+ )?(?:wake|open)`,
  ],
  [
    'wake',
    String.raw`\b(?:hope|pray|praying|wish|want|wanna|wishing)\w*(?:\s+[\w']+){0,3}?\s+(?:never|not|do not|will not|would not) (?:[\w']+ )?wake(?: up)?(?!\s+(?:late|early|before|on time|in time|until|till|at|the|my|him|her|them|anyone|everyone|you|tired|up early|up late|up tired|up on time|up at|up before|up until|up with|up alone))\b`,
  ],
  [
    'stop end over away',
    String.raw`\b(?!need\w*\s+to\s+(?:just\s+)?stop${END})(?:want|wanna|wish|need|make|let|hope)\w*\s+(?:[\w']+\s+)?(?:the |this |my |all (?:the |this )?|it all |everything |it )?(?:pain|hurt|hurting|suffering|misery|agony|world|everything|it all|it|this|thoughts|voices|noise|life|existence)?\s*to (?:just )?(?:stop|end|be over|go away|all stop|finally stop|finally end)(?:${END}|\s+(?:forever|for good|permanently))`,
  ],
  [
    'stop end over away',
    String.raw`\b(?:make|let) (?:the |this |my |it |all |everything )?(?:pain |hurt |suffering |it |this |everything |all )?(?:stop|end|be over|go away)(?:${END}|\s+(?:forever|for good|permanently))`,
  ],
  [
    'over',
    String.raw`\b(?:it|this|everything|all|it all) (?:will|would|is going to|could|can|is) (?:all )?(?:soon )?be over (?:soon|tonight|tomorrow|shortly|forever)|\bsoon (?:it|this|everything) (?:will )?(?:all )?be over\b|\b(?:want|wish|need) (?:it|this|everything|it all|all of this|all of it) (?:all )?to be over${END}`,
  ],
  [
    'end ending courage',
    String.raw`\bend(?:ing)? (?:it|everything) (?:all|for good|forever|tonight|permanently|now|soon|today)\b|\bend(?:ing)? things (?:all|forever|permanently)\b|\bcourage to (?:end it|do it|kill myself|die|jump|go through with it)\b|\bend(?:ing)? (?:it all|everything)\b|\b(?:just want|want|wanna|ready|going|planning|plan|decided|about) to (?:just )?end it${END}|\bthinking (?:about|of) ending it${END}`,
  ],
  [
    'way escape',
    String.raw`\bno (?:other )?way forward(?:${END}| for me)|\bno (?:other )?way out(?=\s*$|\s*,|\s+(?:anymore|for me|except|but|other than|left)\b|\s+of (?:this|it|the|my)(?:\s*$|\s*,|\s+(?:pain|life|hell|darkness|misery|hole|suffering|feeling|nightmare|place|anymore)\b))|\bsee (?:a|any) way out\b|\bonly way (?:out|to (?:stop|end|escape) (?:the|this|it|my))\b|\bno escape(?:${END}| from (?:this|the|my) (?:pain|life|hell|misery|thoughts|head|mind|darkness))`,
  ],
  [
    'dark intrusive',
    String.raw`\b(?:dark (?:thoughts|place|places|headspace|head space)|intrusive thoughts? (?:about|of) (?:dying|death|killing|hurting|suicide|ending))\b`,
  ],
  [
    'trust myself afraid scared terrified frightened petrified fearful fear worried',
    String.raw`\bdo not trust myself(?:${END}| (?:alone|around|tonight|with (?:pills|knives|a knife|the pills)))|\bnot safe (?:from|around|with|alone with) myself\b|\b${FEAR} (?:of )?what i (?:might|will|could|would|am going to) do(?: to myself)?(?:${END}| tonight| today| if| when| next| alone)|\bsomething to myself\b|\b(?:scared|afraid|terrified) of myself\b`,
  ],
  // Methods and plans.
  [
    'overdos* dos* od oded oding odd',
    String.raw`\boverdos\w*|\bover dos\w*|\b(?:to|going to|will|might|could|should|about to|tried to|try to) od\b|\bod(?:ed|ing|d)? on\b`,
  ],
  [
    'pill pills tablet tablets meds medication medicine painkillers tylenol paracetamol ibuprofen aspirin advil xanax benzos antidepressants insulin oxy opioids capsules',
    String.raw`${NOT_THEIRS}\b(?:take|taking|took|swallow\w*|down|downed|downing|chug\w*|pop|popped|popping|eat|ate|eating|neck|necked)\s+(?:[\w']+\s+){0,2}?(?:all|a bunch|a handful|handfuls|the whole|a whole|a full|too many|loads|lots|heaps|the rest|the entire|a bottle|bottles|every|a box|boxes|a pack|packs|packets|a packet|as many|enough|way too many|a lot)\b(?:\s+[\w']+){0,3}?\s+${PILLS}\b`,
  ],
  [
    'pill pills tablet tablets meds medication medicine painkillers tylenol paracetamol ibuprofen aspirin advil xanax benzos antidepressants insulin oxy opioids capsules lethal fatal deadly',
    String.raw`\b(?:counting|counted|sorting|sorted|lining up|stockpil\w*|hoard\w*|saving up|saved up|collecting|collected|stash\w*|gathering|gathered)\s+(?:[\w']+\s+)?${PILLS}|\b(?:how many|enough)\b(?:\s+[\w']+){0,3}?\s+${PILLS}\b.{0,30}?\b(?:would it take|does it take|it takes|it would take|it will take|would take|to die|to kill|to end|to not wake|would kill|is lethal|are lethal|to overdose|to do it)\b|\b(?:lethal|fatal|deadly) (?:dose|amount)|\b${PILLS} (?:saved|stashed|stockpiled|hidden|hoarded|collected|lined up)\b|\bmix\w* ${PILLS} (?:and|with) (?:alcohol|vodka|booze|wine|whiskey|drink)`,
  ],
  [
    'bridge building roof rooftop cliff balcony ledge window tower overpass park garage skyscraper floor edge',
    String.raw`\b(?:jump|jumping|jumped|leap|leaping|step|stepping|fall|falling)\s+(?:off|from)\s+(?:a|the|my|this|that|an|our)?\s*(?:[\w']+\s+)?(?:bridge|building|roof|rooftop|cliff|balcony|ledge|window|tower|overpass|car park|parking garage|skyscraper|top floor|edge)\b`,
  ],
  [
    'train trains bus truck lorry car cars traffic tram subway metro tracks road river sea ocean lake',
    String.raw`\b(?:jump|jumping|jumped|step|stepping|stepped|walk|walking|walked|throw myself|lie|lay|lying)\s+(?:in front of|under|onto|into)\s+(?:a|the|an|some|oncoming)?\s*(?:train|trains|bus|truck|lorry|car|cars|traffic|tram|subway|metro|oncoming traffic|tracks|train tracks|the road|river|sea|ocean|lake)\b`,
  ],
  [
    'bridge cliff road tree wall oncoming traffic barrier river lake truck lorry car tracks',
    String.raw`\b(?:drive|driving|drove|crash|crashing|crashed|swerve|swerving|steer|steering)\s+(?:my car\s+|the car\s+)?(?:off|into)\s+(?:a|the|an|some|oncoming)?\s*(?:bridge|cliff|road|tree|wall|oncoming|traffic|barrier|river|lake|truck|lorry)|\bcrash (?:my|the) car on purpose\b|\b(?:on|onto) the (?:train )?tracks\b`,
  ],
  [
    'bridge ledge edge roof rooftop balcony cliff tracks railing out ready lined counted front next beside hand bed table desk nightstand vodka alcohol booze whiskey wine',
    String.raw`\b(?:standing|stood|sitting|sat) on (?:the |a |top of the |top of a )?(?:bridge|ledge|edge|roof|rooftop|balcony|cliff|tracks|railing)\b|\bon the (?:ledge|edge of the (?:roof|bridge|building|cliff))\b|\b(?:want|need|wanna) out of (?:this|my) (?:life|world|existence)\b|\b(?:${PILLS}|rope|noose|blade|razor) (?:is |are )?(?:ready|lined up|counted|in front of me|next to me|beside me|in my hand|by my bed|on (?:the|my) (?:bed|table|desk|nightstand))\b|\b(?:vodka|alcohol|booze|whiskey|wine)\b(?:\s+[\w']+){0,3}?\s+and (?:all |a bunch of |some )?(?:of )?(?:my |the )?(?:sleeping )?${PILLS}\b|\b${PILLS} (?:and|with) (?:a bottle of )?(?:vodka|alcohol|booze|whiskey)\b`,
  ],
  [
    'noose rope',
    String.raw`\bnoose\b|\b(?:bought|buy|buying|got|get|found|tied|tie|tying|make|made|making) (?:a |some |the )?rope\b|\brope around my neck\b|\b(?:to|going to|want to|will|should) rope(?:\s|$)`,
  ],
  [
    'slit* cut cuts cutting slas* slic* carv*',
    String.raw`\bslit\w* (?:my )?(?:wrists?|throat)|\b(?:cut|cuts|cutting|slash\w*|slic\w*|carv\w*) (?:open )?(?:my|both|into my|up my) (?:wrists?|throat|arms?|thighs?|skin|stomach|body)\b`,
  ],
  [
    'razor razors blade blades',
    String.raw`\b(?:razor|razors|razor blades?|blades?)\b.{0,30}?\b(?:myself|my (?:wrists?|arms?|thighs?|skin))\b`,
  ],
  [
    'cutting',
    String.raw`\b(?:started|start|began|begin|been|keep|kept|relapsed|relapse|relapsing|stop|stopped|quit|urge to|urges to|want to|thinking about|miss|missing|back to)\s+(?:[\w']+\s+)?cutting(?:\s+(?:again|myself)|${END})`,
  ],
  [
    'cutting urge urges',
    String.raw`\bcutting (?:again|myself|deep|deeper)\b|\bi (?:am|have been|was|keep) cutting${END}|\burges? to (?:cut|hurt|harm|burn|die|kill|self|end it|overdose|jump)\b`,
  ],
  [
    'bleed bled scars cuts wounds marks burns',
    String.raw`\b(?:until|till|til|so) (?:that )?i (?:bleed|bled)\b|\bmake myself bleed\b|\bmade myself bleed\b|\b(?:scars|cuts|wounds|marks|burns) (?:on|from|all over) my (?:arms?|wrists?|thighs?|legs?|body)\b`,
  ],
  [
    'trigger gun',
    String.raw`\bpull the trigger\b|\bi (?:[\w']+ ){0,3}?(?:put|held|hold|holding|had|pointed|pointing) (?:a|the|my|his|dad's) gun (?:to|in|against) my|\bi (?:[\w']+ ){0,3}?(?:buy|bought|get|got|borrow|borrowed|looking for|look for|searched for) a gun\b`,
  ],
  [
    'kill killing die dying end ending commit overdose od unalive hang wake disappear painless',
    String.raw`\b(?:methods?|ways?|how) (?:to|of) (?:kill(?:ing)? myself|die|dying|end(?:ing)? (?:it|my life|it all)|commit|overdose|od|unalive|hang|not wake up|disappear forever)\b|\bpainless (?:way|ways|death|method|methods|exit|to die)\b|\b(?:quickest|easiest|fastest|quick) (?:and painless )?way to die\b`,
  ],
  [
    'plan plans planned planning prep* figu* work* decided chose chosen choose picked pick',
    String.raw`\b(?:plan|plans|planned|planning|prepar\w*|figur\w* out|work\w* out|decided|chose|chosen|choose|picked|pick)\s+(?:[\w']+\s+){0,3}?(?:how|when|where|the way|the method|my method|my death|my suicide|my exit|my way out|my goodbye)\b(?:\s+[\w']+){0,5}?\s+(?:die|kill|end it|end my life|do it|overdose|jump|hang|not wake|take my life|go through with it)\b`,
  ],
  [
    'plan',
    String.raw`\b(?:have|got|made|make|making|had) (?:a |my )?plan\b(?:\s+[\w']+){0,5}?\s+(?:do it|end it|kill|die|myself|suicide|tonight|take my life|go through with it|not be here)\b`,
  ],
  // Goodbyes, notes, giving things away.
  [
    'goodbye bye farewell last end',
    String.raw`\bthis is (?:my )?(?:goodbye|good bye|farewell)(?:${END}| (?:everyone|everybody|forever|for good|world|to (?:everyone|everybody|the world|you all|all of you|life)))|\bthis is my last (?:message|post|note|text|words|goodbye|entry)\b|\bthis is the end${END}|\bgoodbye (?:forever|everyone|everybody|world|cruel world|all|for good|for ever)\b|\bfinal goodbye\b|\bmy last (?:goodbye|words)\b`,
  ],
  [
    'goodbyes goodbye',
    String.raw`\bsaying (?:my )?goodbyes\b|\bsaid my goodbyes\b|\b(?:say|said|saying) goodbye to (?:everyone|everybody|the world|my family|all of you|you all|life|this world|my kids|my friends)\b`,
  ],
  [
    'suicide goodbye farewell final last note notes',
    String.raw`\b(?:wrote|write|writing|written|left|leave|leaving) (?:a |my |the )?(?:suicide|goodbye|farewell|final|last) (?:note|letter|message|email|text|video|post)s?\b|\bgoodbye (?:letters?|notes?|messages?|texts?|videos?)\b|\b(?:letter|note|message|video|text)s? (?:saying|to say) goodbye\b|\b(?:wrote|written|writing|left) (?:a|my) note${END}|\b(?:wrote|write|writing|written|left) (?:a |my )?notes? (?:to|for) (?:everyone|everybody|my (?:family|kids|children|parents|mom|mum|dad|friends|sister|brother|loved ones|partner|son|daughter)|all of you|them all)${END}`,
  ],
  [
    'give* givi* gave',
    String.raw`\bgiv\w* (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions|pets|cat|dog|plants|books|clothes) away\b|\bgiv\w* away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|pets|cat|dog|plants|books|clothes|everything)\b|\bgave (?:all )?(?:of )?my (?:things|stuff|belongings|possessions) (?:away|to)\b`,
  ],
  [
    'around here alive problem burden bothering earth world',
    String.raw`\b(?:will not|would not|not going to) be (?:around|here|alive|a problem|a burden|bothering anyone|bothering you|on this earth|in this world)(?:(?:\s+[\w']+){0,3}?\s+(?:much longer|for (?:much |very )?long|any longer|anymore|after (?:tonight|today|this)|by (?:tomorrow|tonight|next)|soon|to see|forever)\b|\s+(?:longer|tomorrow|next|when)\b|\s+by (?:tomorrow|tonight|next \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|christmas|new year|then)\b|${END})`,
  ],
  [
    'deal worry see put hear bother last free rid',
    String.raw`\b(?:will not|would not|never) have to (?:deal with|worry about|see|put up with|hear from|bother with) me (?:[\w']+ )?(?:again|anymore|any longer|much longer|for long|soon)\b|\blast time (?:you|anyone|anybody) (?:will )?hear(?:s)? from me\b|\b(?:free|rid) of me\b`,
  ],
  [
    'lost losing no zero',
    String.raw`\b(?:lost|losing|no|have no|zero) (?:the |my |all )?will to (?:live|go on|keep going|carry on|continue|fight|survive|be alive)\b`,
  ],
  [
    'death dying dead existing being',
    String.raw`\b(?:death|dying|being dead|not existing|not being here)\b(?:\s+[\w']+){0,2}?\s+(?:sounds|seems|feels|would be|looks|is)\s+(?:so |really |more |like )?(?:peaceful|nice|good|a relief|like a relief|the answer|the only answer|better|easier|appealing|tempting|comforting|like the only way|like freedom|like peace)\b`,
  ],
  [
    'car bus truck train lorry something someone',
    String.raw`\b(?:wish|hope|pray)\w*\b(?:\s+[\w']+){0,3}?\s+(?:a |the )?(?:car|bus|truck|train|lorry|something|someone) (?:would|will|could) (?:just )?(?:hit|kill|run over|crash into) me\b`,
  ],
  [
    'pill pills tablet tablets meds medication medicine painkillers tylenol paracetamol ibuprofen aspirin advil xanax benzos antidepressants insulin oxy opioids capsules',
    String.raw`\b${PILLS} to (?:end it|die|kill myself|overdose|do it|end my life|not wake up)\b`,
  ],
  [
    'heaven',
    String.raw`\b(?:want|wanna|wish|ready|need|long)\w*${FILL}\s+(?:to\s+)?(?:be|go) (?:in|to|up to) heaven\b|\b(?:join|be with) (?:my )?(?:[\w']+ )?in heaven\b`,
  ],
  [
    'goodbye',
    String.raw`\b(?:sorry for everything|i love you all|love you all|take care of (?:my|the) (?:kids|children|cat|dog|mom|mum)|forgive me)\b.{0,40}\bgoodbye\b|\bgoodbye\b.{0,40}\b(?:sorry for everything|i love you all|love you all|forgive me)\b`,
  ],
  [
    'pill pills tablet tablets meds medication medicine painkillers tylenol paracetamol ibuprofen aspirin advil xanax benzos antidepressants insulin oxy opioids capsules',
    String.raw`\b${PILLS}\b.{0,60}?\b(?:take|taking|took|swallow\w*|down|downing|eat|eating)\s+(?:them all|all of them|the lot|the whole (?:bottle|pack|box|lot)|every one|every single one)\b`,
  ],
  [
    'razor razors blade blades rope noose pills knife knives gun looking staring',
    String.raw`\b(?:razor|razors|blades?|rope|noose|pills|knife|knives|gun)\b.{0,40}?\b(?:keep|kept|can not stop|been|am|was) (?:looking|staring|thinking about|holding|touching)\b|\b(?:keep|kept|can not stop|been|am) (?:looking|staring) at (?:the |my |a )?(?:razor|blade|rope|noose|pills|knife|gun|bridge|tracks|ledge)\b`,
  ],
  [
    'if',
    String.raw`\bif i (?:just |simply |suddenly |ever |were to |was to )?(?:was |were |am |had |got )?(?:gone|dead|died|disappeared|vanished|not (?:here|around|alive)(?: anymore)?|no longer (?:here|around|alive)|never born|never been born|killed myself|ended it|stopped existing)\b(?! for (?:a|an|the|two|three|\d+|some|few|long|too|one)\b)`,
  ],
  [
    'without',
    String.raw`\b(?:would|will) be (?:so |much |a lot |far )?[\w']+ (?:off )?without me(?:${END}|\s+(?:here|around|anyway|in (?:their|your|his|her|my) li(?:fe|ves)))`,
  ],
  ['nothing', String.raw`\b(?:have|got|there is|have got) nothing left${END}`],
  [
    'stopping stops stopped keeping keeps kept holding reason',
    String.raw`\b(?:stopping|stops|stopped|keeping|keeps|kept|holding) me (?:from )?(?:ending it|ending my life|killing myself|doing it|going through with it|jumping|taking (?:them|the pills|my life)|alive)\b|\b(?:keeping|keeps|holding) me here(?:${END}|\s+(?:is|are)\b)|\b(?:only|one|main) reason i am (?:still )?(?:here|alive|living|breathing|around)\b`,
  ],
  [
    'bleed bleeds bled bleeding',
    String.raw`\b(?:until|till|til) (?:i|it|they|my [\w']+) (?:bleed|bleeds|bled|bleeding)\b`,
  ],
  [
    'scratch* pick* bit* bite* hit* punc* burn* cut cuts cutting carv*',
    String.raw`\b(?:scratch|pick|bit|bite|hit|punch|burn|cut|carv)\w* (?:at )?my (?:arms?|wrists?|thighs?|legs?|skin|stomach|hands?)\b.{0,30}\b(?:bleed|bled|bleeding|blood|scars?|marks|on purpose|to feel|again)\b`,
  ],
  [
    'gone',
    String.raw`\bi will be gone (?:soon|by|before|tomorrow|next|forever|for good)\b|\bsoon i will be gone\b|\bwhen you (?:read|see|get|find) this i will (?:be gone|be dead|not be here|no longer be here)`,
  ],
  [
    'forever eternal',
    String.raw`\b(?:rest|fade out|fade away) forever\b|\beternal (?:rest|sleep)\b`,
  ],
  [
    'never light',
    String.raw`\b(?:it|things|life|this|nothing|my life) (?:is|will) never (?:going to )?(?:get|be) (?:any )?better${END}|\bno light at the end\b`,
  ],
  [
    'want need deserve',
    String.raw`\b(?:want|need|deserve) to (?:bleed|feel (?:physical )?pain|suffer|be hurt|be punished)\b`,
  ],
  [
    'crash wreck crashing wrecking',
    String.raw`\b(?:want|wanna|going|thinking about|thought about|tempted|planning|urge)\w*(?:\s+[\w']+){0,2}?\s+(?:to\s+)?(?:crash|wreck|crashing|wrecking) (?:my|the) car\b`,
  ],
  [
    'case',
    String.raw`\bin case (?:i|something happens to me)\b(?:\s+[\w']+){0,2}?\s+(?:do not make it|die|am gone|do not wake up|am not here|am not around|do something|end it|kill myself|never come back)\b`,
  ],
  [
    'exist die disappear wake existing dead gone end',
    String.raw`\b(?:would be|be|sounds|seems|feels|is)\b(?:\s+[\w']+){0,3}?\s+(?:to|if i) (?:just |simply )?(?:not exist|not be here|not be alive|die|disappear|not wake up|stop existing|be dead|be gone|end it|end it all|never wake up|fall asleep forever)\b(?! (?:for|to|on|into|from|of)\b)`,
  ],
  [
    'nothing',
    String.raw`\bnothing (?:will|is going to|is) ever (?:going to )?(?:get|be) (?:any )?better\b`,
  ],
  [
    'never longer think know sure',
    String.raw`\b(?:never|no longer|do not think i|do not know if i|not sure i|not sure if i)\b(?:\s+[\w']+){0,3}?\s+(?:want|wanna|wish|care) to (?:be here|be alive|be around|exist|live|wake up|go on|keep going|keep living|stay alive)\b(?!\s+(?:for|at|with|in|on|here|there|near|together|alone|like that|early|a|an|the|him|her|them|people|anyone|you|my|his|that|this|next|beside)\b)`,
  ],
  [
    'tallest highest looked searched google* research* looking checked',
    String.raw`\b(?:tallest|highest) (?:bridge|building|cliff|roof|rooftop|car park|parking garage|point)\b|\b(?:looked up|searched|google\w*|research\w*|looking up|checked)\b(?:\s+[\w']+){0,4}?\s+(?:bridges?|cliffs?|rooftops?|overdoses?|lethal|noose|how long it takes to (?:die|drown|bleed))\b`,
  ],
  [
    'edge end',
    String.raw`\b(?:edge|end) of (?:the|a) (?:platform|bridge|roof|cliff|building|balcony|ledge|tracks)\b`,
  ],
  [
    'swallow* take taking took down eat eating',
    String.raw`${NOT_THEIRS}\b(?:swallow\w*|take|taking|took|down|eat|eating)\s+(?:everything|all|every pill|whatever|every tablet|all the pills)\b(?:\s+[\w']+){0,4}?\s+(?:medicine cabinet|cabinet|cupboard|drawer|bathroom|house|i have|i can find|we have)\b`,
  ],
  [
    'plan',
    String.raw`\b(?:have|got|made|making) (?:a |my )?plan\b.{0,40}\bknow (?:when|how|where)${END}`,
  ],
  [
    'cut cutting burning burned burnt',
    String.raw`\b(?:i|i have|i have been|started|been) (?:cut|cutting|burning|burned|burnt) again\b`,
  ],
  [
    'goodbye giving gave note letter pills ready affairs',
    String.raw`\b(?:wrote|written|writing|made|making|updated|updating) (?:a|my) will\b.{0,60}\b(?:goodbye|giving|gave|note|letter|pills|ready)\b|\b(?:putting|put|getting|got|sorting|sorted) my affairs in order\b|\bsorted out my affairs\b`,
  ],
  [
    'bleed bleeding bled drown die',
    String.raw`\bbleed(?:ing)? out\b|\bbled out\b|\bhow long (?:does it take|it takes|would it take) to (?:drown|die|bleed|suffocate|hang)\b`,
  ],
  [
    'peace forever waiting welcome death',
    String.raw`\b(?:at )?peace forever\b|\bwelcome death\b|\bdeath would be welcome\b|\b(?:just )?waiting to die\b|\bi want death\b`,
  ],
  [
    'see imagine picture',
    String.raw`\b(?:do not|can not|never) (?:see|imagine|picture) myself (?:getting old|growing old|being alive|living past|alive (?:in|at|by)|turning \d+|at \d+|in (?:a|five|ten|\d+) years)\b`,
  ],
  ['asleep', String.raw`\b(?:go to sleep|fall asleep|sleep) and (?:just )?stay asleep\b`],
  [
    'planning plans plan expect expecting',
    String.raw`\b(?:not planning|no plans|do not plan|do not expect|not expecting) to be (?:around|here|alive)\b`,
  ],
  [
    'giving',
    String.raw`\bgiving (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|possessions) to\b`,
  ],
  [
    'bothered',
    String.raw`\bbothered to (?:live|exist|be alive|wake up|go on|keep going|keep living)\b`,
  ],
  [
    'pointless meaningless point useless worthless worth',
    String.raw`\b(?:pointless|meaningless|no point|useless|worthless|not worth it) (?:being alive|living|existing|to live|to go on|to keep going|to keep living|waking up|getting up|to be alive|being here)\b`,
  ],
  [
    'out',
    String.raw`\bwant out (?:for good|forever|of everything|of it all|of this life|of life|permanently)\b`,
  ],
  [
    'myself',
    String.raw`\b(?:take|taking|took) myself out\b|\b(?:do|doing|did) myself in\b|\b(?:top|topping|topped|neck|necking|necked) myself\b|\bdanger to myself\b`,
  ],
  [
    'saved rescued helped late',
    String.raw`\bdo not want to be (?:saved|rescued|helped|found)\b|\btoo late for me${END}`,
  ],
  // Concept nets: the writer, a means, and holding on to it, in any order and wording.
  [MED_CUES, together(10, SELF, MEDS, HOARD)],
  [
    'gun guns pistol handgun revolver rifle shotgun firearm bullet bullets ammo',
    // Hunting anywhere in the sentence; another sport or a toy after where the match begins.
    `(?<!\\b(?:${HUNTING})\\b.*)(?<!\\b${GUN_SPORT}\\b[\\s\\S]*)(?!.*\\b(?:${GUN_PASTIMES})\\b)${together(10, SELF, GUN, READY_GUN)}`,
  ],
  ['rope noose', together(10, SELF, 'rope|noose', READY_ROPE)],
  [
    'razor razors blade blades knife knives scissors shard shards glass cutter',
    together(
      8,
      SELF,
      SHARP,
      String.raw`${AT_HAND}|to my (?:wrists?|arms?|skin|thighs?|throat|neck)|against my (?:wrists?|arms?|skin|thighs?|throat|neck)`,
    ),
  ],
  [
    'razor razors blade blades knife knives scissors shard shards glass cutter gun guns pistol handgun revolver rifle shotgun firearm bullet bullets ammo lighter',
    String.raw`\bi (?:[\w']+ ){0,4}?(?:held|hold|holding|pressed|press|pressing|put|ran|run|dragged|drag|pointed|point)\b(?:\s+[\w']+){0,3}?\s+(?:${SHARP}|${GUN}|lighter)\b(?:\s+[\w']+){0,2}?\s+(?:to|against|on|into|across|over) my (?:wrists?|arms?|thighs?|throat|neck|skin|head|temple|chest|stomach|legs?)\b`,
  ],
  [HIGH_CUES, together(14, SELF, HIGH_PLACE, LINGER)],
  // Resolve with nothing named: "tonight's the night", "i've made up my mind, i'm ready".
  [
    'waiting everything all picked chosen chose scouted settled decided going doing go no thinking thought think thoughts urges mind',
    String.raw`\b(?:${RESOLVE})${BARE}`,
  ],
  [
    'tonight* today* this made mind decided decision know time ready going peace',
    String.raw`\b(?:${RESOLVE_WEAK})${BARE}.{0,80}?\b(?:(?:${RESOLVE_WEAK})${BARE}|${RESOLVE}|${FAREWELL}\b)|\b(?:${FAREWELL})\b.{0,80}?\b(?:${RESOLVE_WEAK})${BARE}`,
  ],
  [
    'writ* draf* plan* rehe* prac* think thinking thought',
    String.raw`\b(?:writ|draft|plann|rehears|practis|practic|think|thinking|thought)\w* (?:about |of |out )?my (?:goodbyes?|suicide note|last (?:words|letter|message|note)|final (?:words|letter|message|note|goodbye)|farewell|funeral|eulogy|obituary)\b`,
  ],
  [
    'gone dead died disappeared vanished existing exist existed born here around alive picture',
    together(16, ABSENT_SELF, RELIEF),
  ],
  // No way out, no future for me.
  [
    'way',
    String.raw`\b(?:no|only one|just one|one) (?:other )?way out\b(?:\s+of [\w']+)?(?:\s+for me)?\s*,?\s*(?:except|but|other than|besides|apart from|left|anymore|$)|\bonly (?:one|a single) way (?:out|this ends|it ends|to end (?:this|it))\b`,
  ],
  [
    'myself',
    String.raw`\b(?:do not|can not|could not|never|no longer|hard to|struggle to|unable to) (?:see|imagine|picture|envision) myself (?:being |still |even )*(?:here|alive|around|living|existing|next (?:year|month|week|christmas|summer|birthday)|older|growing old|in (?:a|the) (?:year|month|few (?:years|months)))\b(?!\s+(?:in (?:this|that|the) (?:city|town|job|place|house|flat|apartment|country|relationship)|with (?:him|her|them)|at (?:this|that)))`,
  ],
  [
    'voices voice thoughts thought',
    String.raw`\b(?:voices?|thoughts?)\b(?:\s+[\w']+){0,3}?\s+(?:tell|tells|telling|told|say|says|saying) me to (?:do it|end it|jump|die|kill|hurt|cut|go through with it|take the pills)\b`,
  ],
  [
    'accident',
    String.raw`\b(?:look|looks|seem|seems|make it look|pass as|passes for)\b(?:\s+[\w']+){0,1}?\s+like an accident\b(?<=\b(?:${SELF})\b.{0,80})`,
  ],
  [
    'engine exhaust hose',
    String.raw`\b(?:garage|car)\b(?:\s+[\w']+){0,4}?\s+with the engine (?:running|on)\b|\bhose (?:to|from|into) the exhaust\b`,
  ],
  [
    'scared afraid',
    String.raw`\bnot (?:scared|afraid) (?:of )?(?:dying|death|to die)(?: anymore)?\b`,
  ],
  [
    'side there heaven soon',
    String.raw`\b(?:join|be with|see) (?:my |him|her|them)\b(?:\s+[\w']+){0,2}?\s+(?:on the other side|up there|in heaven|again soon|soon)\b(?<=\b(?:want|wanna|going|ready|soon|will|can not wait)\b.{0,60})`,
  ],
  [
    'back',
    String.raw`\b(?:drift off|fall asleep|sleep|float away|swim out|walk into (?:the )?(?:sea|water|ocean|lake|river)) and (?:never|not) come back\b`,
  ],
  // Not being around for what comes next; the world going on without the writer.
  [
    'think doubt sure see',
    String.raw`\b(?:do not think|doubt|not sure|do not know if|can not see|do not see) (?:that )?i (?:will|would|am going to) (?:still )?be (?:around|here|alive) (?:for|by|at|to see|until|till|past|on|in|next)\b`,
  ],
  [
    'without',
    String.raw`\b(?:would|will) (?:be|keep|go on|carry on|continue|move on)\b(?:\s+[\w']+){0,2}?\s+without me(?: in (?:it|the picture|this world|their lives|his life|her life)| around| here)|\b(?:world|everyone|everybody|everything|life) (?:would|will) (?:keep|go on|carry on|continue|move on)\b(?:\s+[\w']+){0,2}?\s+without me\b`,
  ],
  [
    'another more',
    String.raw`\bcan not (?:face|do|bear|handle|take|survive) (?:another|one more) (?:day|morning|night|week|year|minute)\b`,
  ],
  [
    MED_CUES,
    String.raw`\b(?:took|take|taking|swallowed|swallow|had|downed) (?:way )?(?:more|extra|double|triple|too many|a lot more) (?:of )?(?:my |the )?(?:${MEDS})\b`,
  ],
  [
    'care',
    String.raw`\bdo not care (?:what happens to me|if i (?:die|wake up|live|make it|survive)|whether i (?:live|die|wake up|make it|survive))\b`,
  ],
  [
    'matter matters does',
    String.raw`\b(?:i (?:do not|no longer) matter|nothing (?:matters|does)|none of (?:it|this) matters|it does not matter anymore)(?: anymore| at all)?${BARE}`,
  ],
  [
    'fight fighting',
    String.raw`\b(?:not going to|will not|do not want to|stop|stopped|done|give up|giving up|no longer|tired of|can not keep) (?:fight|fighting) (?:it|this)(?: anymore)?${BARE}`,
  ],
  [
    'skin arm arms wrist wrists thigh thighs leg legs stomach body face chest hip hips',
    String.raw`\bi (?:[\w']+ ){0,3}?(?:burn|cut|scratch|carv|slash|slic|punch|bruis|starv|pinch|bit|bite|scald)\w* (?:my|myself) (?:own )?(?:skin|arms?|wrists?|thighs?|legs?|stomach|body|face|chest|hips?)\b(?=.*\b(?:with (?:a |the |my )?(?:cigarettes?|lighters?|razors?|blades?|knife|knives|scissors|compass|glass|needles?|hot (?:water|metal|spoon)|matches)|on purpose|again|to feel|until|so i|every (?:day|night))\b)(?!.*\b(?:iron|oven|stove|kettle|pan|cooking|by accident|accidentally)\b)`,
  ],
  [
    'have keep take',
    String.raw`\b(?:can|could|should|will|gets? to|may) (?:have|keep|take) (?:all )?(?:of )?my (?:dog|cat|pets?|things|stuff|belongings|possessions|guitar|jewel\w*|savings|clothes|books)(?= (?:when|after|once|if)\b|${BARE})(?<=\b(?:told|tell|telling|letter|note|wrote|want|decided|said)\b.*)`,
  ],
  [
    'point',
    String.raw`\bno point (?:in )?(?:carrying on|going on|continuing|living|being alive|existing|getting up|waking up|keep going|keeping going|(?:trying|bothering|fighting)${END})|\bany point (?:in )?(?:carrying on|going on|keep going|keeping going|continuing|living|being alive|existing|getting up|waking up)\b(?! (?:with|the|a|an|to|at|in|on|for|about|this|that|these|those|my|our|his|her|their|as|texting|messaging|talking|seeing|dating|trying|waiting|dates?|holidays?|trips?|apps?|therapy|counselling|uni|college|school|work|here|there|being (?!alive|here|around|a burden))\b)`,
  ],
  [
    'crash accident wreck hit',
    String.raw`\b(?:hope|wish|pray)\w* (?:that )?i (?:[\w']+ ){0,2}?(?:get|got|am|was|end up|die) (?:in|into) (?:a |an )?(?:car |plane |bad )?(?:crash|accident|wreck)\b|\b(?:hope|wish|pray)\w* (?:that )?i (?:[\w']+ ){0,2}?(?:get|got) hit\b`,
  ],
  [
    'how when where',
    String.raw`\b(?:think|thinking|thought|plan|planning|planned|imagin\w*|figur\w*|work\w* out|research\w*|decid\w*|googl\w*) (?:about |of |out )?(?:how|when|where) (?:i would|i will|i could|i am going to|i might|i should|to) (?:do it|end it|go through with it|do this)${BARE}`,
  ],
  // The same in the writer's other language, as people mix them late at night (accents are
  // stripped before matching): Spanish, Portuguese, French, Italian, German, Polish, Tagalog and
  // romanised Hindi.
  [
    'quiero morir morirme matarme vivir quero morrer matar viver veux mourir tuer voglio morire uccidermi will sterben umbringen chce umrzec zabic mamatay magpapakamatay marna mar jeena khudkushi',
    String.raw`\b(?:(?:me )?quiero (?:morir(?:me)?|matarme)|me voy a matar|no quiero (?:seguir )?vivir|quitarme la vida|quero (?:morrer|me matar)|vou me matar|nao quero mais viver|je veux (?:mourir(?! de rire)|me tuer|en finir)|je vais me tuer|voglio (?:morire|uccidermi)|ich (?:will|mochte) (?:sterben|mich umbringen)|chce (?:umrzec|sie zabic)|zabije sie|gusto (?:ko )?(?:nang )?mamatay|magpapakamatay|marna chaht[ai]|mar jaana chaht[ai]|jeena nahi chaht[ai]|khudkushi)\b`,
  ],
  // Someone else's harm followed by the writer's own, in one sentence: "someone cut themselves in
  // the waiting room and i went home and did the same", "she overdosed and she had the right idea".
  [
    'same idea',
    String.raw`\b(?:cut|harmed|overdos\w*|hanged|killed|drowned|poisoned) (?:themselves|himself|herself)\b(?! (?:off|out|loose|short|slack|some|a|another|the|free|shaving|up)\b)[^\n]{0,160}?\b(?:(?:went home|got home|later|that night|then) and did the same|i did the same)\b|\b(?:overdos\w*|killed (?:themselves|himself|herself)|took (?:their|his|her) (?:own )?life|ended (?:their|his|her) (?:own )?life)\b[^\n]{0,120}?\b(?:he|she|they) (?:had|has) the right idea\b`,
  ],
];

export const SAFETY_RULES: readonly Rule[] = [
  // Struck with something: "she hit me with a glass", whoever she is.
  [
    'hit hits struck smashed bashed whacked attacked',
    String.raw`\b(?<!\bi )(?<!\b(?:toddler|kid|kids|baby|son|daughter|dog|cat|puppy|niece|nephew|grandson|granddaughter|little one) )(?:hit|hits|struck|smashed|bashed|whacked|attacked) me (?:with|over the head with|in the face with) (?:a|an|the|his|her|their) (?:glass|bottle|belt|chair|plate|mug|pan|bat|hammer|lamp|knife|vase|iron|laptop|tray|wine glass|beer bottle|frying pan)\b`,
  ],
  // A threat reported in someone's words: "he says if i tell anyone i'll regret it".
  [
    'regret sorry pay wish',
    String.raw`\b${PERP}\b(?:\s+[\w']+){0,2}?\s+(?:says|said|told me|tells me|warned me|warns me|keeps saying|texted|messaged)\b(?:\s+[\w']+){0,14}?\s+(?:i|you) (?:will|would) (?:regret (?:it|this|that)|be sorry|pay for (?:it|this|that)|wish (?:i|you) had never)\b`,
  ],
  // A veiled warning addressed to the writer: "a girl like you shouldn't walk home alone".
  [
    'alone',
    String.raw`\b(?:girl|woman|lady|lass|pretty thing|someone|people) like you (?:should not|should never|must not|better not|had better not|would not want to|do not want to) (?:be )?(?:walk\w*|go\w*|be out|run\w*|jog\w*|out)\b(?:\s+[\w']+){0,6}?\s+(?:alone|on your own|by yourself)\b`,
  ],
  // A partner's violence against someone the writer knows: "my sister's boyfriend hits her".
  [
    'hits hit hitting beats beat beating chokes choked choking strangles strangled strangling slaps slapped slapping punches punched punching kicks kicked kicking abuses abused abusing rapes raped batters battered battering assaults assaulted hurts hurting',
    String.raw`\b(?:boyfriend|husband|partner|girlfriend|wife|fiance|fiancee|ex|bf|gf|hubby)\s+(?:[\w']+\s+){0,2}?(?:hits|hit|hitting|beats|beat|beating|chokes|choked|choking|strangles|strangled|strangling|slaps|slapped|slapping|punches|punched|punching|kicks|kicked|kicking|abuses|abused|abusing|rapes|raped|batters|battered|battering|assaults|assaulted|hurts|hurting)\s+(?:her|him|them)\b(?:(?<=\b(?:beat|beats|beating) (?:her|him|them))\s+up\b|(?!\s+(?:at|in|on|to|up|back|off|out|by|\d+|addiction|personal|pb|goal|record|target|score|time|best|deadline|quota|feelings|pride|ego|chances|career|reputation)\b))`,
  ],
  // Violence and harm by another person ("he hit me", "my ex choked me").
  [
    'hit hits hitting beat beats beating beaten punc* slap* smac* kick kicks kicked kicking chok* stra* thro* smot* suff* push pushes pushed pushing shove shoves shoved shoving grab grabs grabbed grabbing bite bites bit biting shake shook shakes shaking slam slams slammed stab* atta* assa* hurt hurts hurting harm harms harmed inju* burn burned burnt spit spat spits drag drags dragged trip tripped pin pinned rest* head* elbo* kneed batt* abuse abuses abused abusing rape raped rapes mole* grop* threaten threatens threatened threatening stalk stalks stalked stalking follow follows followed following track tracks tracked tracking scare scares scared frig* terr* inti* harr* hara* kill kills killed murd* unalive force forced forces trap trapped traps lock locked isol* control controls controlled blac* gasl* gaslit corner cornered chase chased chases spy spies spied watches watched watching touched touches',
    String.raw`${BY_PERP}(?:hit|hits|hitting|beat|beats|beating|beaten|punch\w*|slap\w*|smack\w*|kick|kicks|kicked|kicking|chok\w*|strangl\w*|throttl\w*|smother\w*|suffocat\w*|push|pushes|pushed|pushing|shove|shoves|shoved|shoving|grab|grabs|grabbed|grabbing|bite|bites|bit|biting|shake|shook|shakes|shaking|stab\w*|attack\w*|assault\w*|hurt|hurts|hurting|harm|harms|harmed|injur\w*|burn|burned|burnt|spit on|spat on|spits on|drag|drags|dragged|trip|tripped|pin|pinned|restrain\w*|headbutt\w*|elbow\w*|kneed|batter\w*|abuse|abuses|abused|abusing|rape|raped|rapes|molest\w*|grope\w*|threaten|threatens|threatened|threatening|stalk|stalks|stalked|stalking|follow|follows|followed|following|track|tracks|tracked|tracking|scare|scares|scared|frighten\w*|terrif\w*|intimidat\w*|harr?ass\w*|kill|kills|killed|murder\w*|unalive|force|forced|forces|trap|trapped|traps|lock|locked|isolat\w*|control|controls|controlled|blackmail\w*|gaslight\w*|gaslit|corner|cornered|chase|chased|chases|slam|slams|slammed|spy on|spies on|spied on|watches|watched|watching|touched|touches)\s+(?:me|us|(?:my|our) ${KIDS}|(?:my|our) (?:dog|cat|pets?|family|mom|mum|sister|brother))\b(?!\s+(?:up|back|on ${SOCIAL}|like a)\b|(?<=\bbeat(?:s|en)? (?:me|us))\s+at ${GAMES}\b|\s+with (?!(?:a|his|her|the|their) (?:[\w']+ )?(?:pan|belt|bat|stick|bottle|fist|shoe|hand|phone|chair|pan|hammer|knife|remote|plate|glass|book|cane|whip|cord|car|gun|lamp)\b))`,
  ],
  [
    'hit punched slapped beaten beat kicked choked strangled pushed shoved attacked assaulted abused raped hurt threatened stalked grabbed battered bitten burned dragged followed harassed harrassed molested groped smacked thrown pinned tracked controlled intimidated coerced forced locked trapped',
    String.raw`\b(?:was|were|got|get|gets|been|being|am|is)\s+(?:[\w']+\s+)?(?:hit|punched|slapped|beaten|beat up|kicked|choked|strangled|pushed|shoved|attacked|assaulted|abused|raped|hurt|threatened|stalked|grabbed|battered|bitten|burned|dragged|followed|harr?assed|molested|groped|smacked|thrown|pinned|tracked|controlled|intimidated|coerced|forced|locked in|locked out|trapped)\s+(?:[\w']+\s+){0,2}?by\s+(?:him|her|them|my|ex|his|someone|somebody|a (?:man|guy|woman|stranger|person)|partner|boyfriend|girlfriend|husband|wife)\b(?! (?:[\w']+ )?(?:dogs?|cats?|puppy|puppies|kittens?|spaniel|terrier|labrador|collie|poodle|retriever|pup|horse|pony|hamster|rabbit|parrot|snake|ferret|pets?|goose|geese|bees?|wasps?)\b)`,
  ],
  [
    'raped assaulted abused strangled choked beaten molested stalked harassed harrassed attacked threatened followed tracked groped',
    String.raw`\b(?:i|we|kids|children)\b(?:\s+[\w']+){0,2}?\s+(?:was|were|got|have been|has been|had been|am being|is being|are being)\s+(?:sexually |physically |emotionally |verbally |repeatedly )?(?:raped|assaulted|abused|strangled|choked|beaten|beaten up|molested|stalked|harr?assed|attacked|threatened|followed|tracked|groped)\b`,
  ],
  [
    'threw throws throw throwing hurled hurls chucked chucks screams screamed screaming yells yelled yelling shouts shouted shouting touched touches touching',
    String.raw`${NOT_I}\b(?:threw|throws|throw|throwing|hurled|hurls|chucked|chucks)\s+(?!shade)(?:[\w']+\s+){0,3}?at (?:me|my (?:head|face)|us)\b|\b(?:screams|screamed|screaming|yells|yelled|yelling|shouts|shouted|shouting) at me (?:until|till|every|all the time|constantly|for hours)|\b(?:touched|touches|touching) me (?:when|after|even though|without|while i)`,
  ],
  [
    'beat beats beating beaten punched slapped kicked strangled shoved smacked headbutted choked throttled hands hand',
    String.raw`\b(?:beat|beats|beating|beaten) (?:me|us) up\b|\b(?:punched|slapped|kicked|strangled|shoved|smacked|headbutted|choked|throttled) me\b|\bput (?:his|her|their) hands (?:on|around) (?:me|my)\b|\blaid (?:a )?hands? on me\b|\bhands (?:around|on|round) my (?:neck|throat)\b`,
  ],
  [
    'grabbed grabs yanked pulled twisted squeezed held holds pinned pins pushed pushes shoved threw throws slammed slams',
    String.raw`${NOT_I}\b(?:grabbed|grabs|yanked|pulled|twisted|squeezed|held)\s+(?:me by )?(?:my )?(?:neck|throat|arm|arms|wrist|wrists|hair|face|jaw)\b(?! into)|${NOT_I}\b(?:held|holds|pinned|pins|pushed|pushes|shoved|threw|throws|slammed|slams) me (?:down|against|to the (?:ground|floor|wall)|into (?:a|the) wall|across|on the (?:ground|floor|bed))`,
  ],
  [
    'eye bruise bruises lip concussion broken hospital broke fractured',
    String.raw`\b(?:gave|gives|give|left|leaves) me (?:a |with )?(?:black eye|bruises?|split lip|concussion|broken (?:nose|rib|ribs|arm|jaw))|\bblack eye\b|\bput me in (?:the )?hospital\b|${BY_PERP}(?:broke|broken|fractured) my (?:arm|nose|ribs?|jaw|wrist|fingers?|tooth|teeth|leg|hand|cheekbone)\b`,
  ],
  [
    'gun knife blade weapon bat hammer',
    String.raw`\b(?:gun|knife|blade|weapon|bat|hammer)\s+(?:to|at|against)\s+(?:my|me)\b|\b(?:held|holds|pulled|pulls|pointed|points|waved|brandished|came at me with|threatened me with|chased me with) (?:a|his|her|the) (?:gun|knife|weapon|blade|bat|hammer)\b`,
  ],
  [
    'physical violent aggressive violence dangerous abusive',
    String.raw`\b(?:got|gets|get|getting|became|becomes|turned|turns) (?:really |so |very )?(?:physical|violent|aggressive)\b|\bviolen(?:t|ce) (?:towards|toward|with|to|against) (?:me|us|the kids|my)\b|\bviolent (?:partner|ex|boyfriend|girlfriend|husband|wife|relationship|temper|outbursts?|man|person|home)\b|${BY_PERP}(?:is|was|are|were|can be|gets|has been|could be)\s+(?:[\w']+\s+)?(?:violent|dangerous|abusive)\b`,
  ],
  [
    'violence abuse incident dispute assault dv',
    String.raw`\b(?:domestic|partner|family|physical|sexual|intimate partner|relationship|dating|his|her|their) violence\b|\bviolence (?:at home|against me|towards me|from (?:him|her|them|my))\b|\bdomestic (?:abuse|incident|dispute|assault)\b|\bdv\b`,
  ],
  [
    'abus*',
    String.raw`(?<!\b(?:substance|drug|drugs|alcohol|steroid|opioid|prescription)\s)\babus(?:e|ed|er|ers|es|ing|ive|ively)\b(?!\s+(?:of )?(?:alcohol|substances?|drugs|the system|power|privilege|the word|the term|prescription|my gym|his power|her power))`,
  ],
  [
    'rape raped rapes raping rapist sexual sexually assault assaulted assaults assaulting mole* grope groped gropes groping forced forces forcing made pres* coer* consent consensual nonconsensual non against spiked drugged stop take',
    String.raw`\brap(?:e|ed|es|ing|ist)\b|\bsexual(?:ly)? (?:assault\w*|abus\w*|harr?ass\w*|coerc\w*|violen\w*)|\bassault(?:ed|s|ing)? (?:me|my|us)\b|\bmolest\w*|\bgrop(?:e|ed|es|ing) me\b|\bforc(?:ed|es|ing) (?:me|himself|herself|themselves)\b|\bmade me (?:have sex|do things|sleep with|perform)|\bpressur\w* me (?:into|to have) (?:sex|sleeping|doing)|\bcoerc\w*|\b(?:without|against) my (?:consent|will)\b|\b(?:did not|never|could not) consent\b|\bnon ?consensual\b|\bspiked my drink\b|\bdrugged me\b|\bdid not stop when i said\b|\bwould not take no\b`,
  ],
  // Threats, including threats to themselves to keep the person ("he'll kill himself if i leave").
  [
    'thre* kill else sure',
    String.raw`\bthreat(?:en|ens|ened|ening)\s+(?:to\b(?! (?:take (?:the |his |her |my |our |their )?(?:dog|cat|pets?|puppy|kitten|car|sofa|couch|tv|telly|ring|gifts?|presents?|furniture|bike|keys|stuff|things|deposit|money|laptop|console|ps5|xbox|records|vinyl|books) back(?:$| ?,| (?:can|could|is|does|do|legally|though|lol)\b)|leave|break up|dump|block|unfollow|quit|move out|end (?:things|it) with|stop talking|fire|sack|ban|cancel|charge|fine|dock|delete|unfriend|call it off|(?:write me up|give me a (?:written |verbal |formal |final )?warning|cut my hours|put me on (?:the )?(?:[\w']+ )?(?:rota|shift|shifts|nights|weekends|lates|earlies|overtime|probation|a pip|a performance plan))\b(?![^\n]*\b(?:unless|if i (?:do not|will not|would not|refuse|say no|turn him down|turn her down)|if i (?:[\w']+ )?(?:let|date|sleep|meet|kiss|sit|come|go out|drink))\b)))|me|us|my|our|the kids|him|her|them|suicide|self harm|that)\b|\b(?:death|violent|veiled|constant|his|her|their|made|making|makes|sends|sent|sending|received|got|getting|more) threats?\b|\b(?:empty|idle) threats?\b(?![^\n,]*\b(?:says?|said|saying|tells? me|told me) (?:she|he|they) (?:will |would |is going to |was going to )?(?:never (?:speak|talk|text|message|see)|stop (?:speaking|talking|texting)|leave|break up|dump|block|unfriend|unfollow|move out|end it|end things)\b)|\bthreats? (?:to|against|from) (?:me|my${NOT_PLANS}|us|the kids|him|her|them)\b|\b(?:sends?|sent|sending|made|makes|making|gives?|gave|text\w*|messag\w*|email\w*|leaves|leaving|left) (?:me |us )(?:death )?threats?\b|\ba threat to (?:me|my${NOT_PLANS}|us|the kids)\b|\bthreat to (?:[\w']+ ){0,5}?(?:my|our) (?:safety|life|lives|kids|children|family|son|daughter)\b|\bthreatening (?:messages|texts|voicemails?|emails|letters|calls|notes|behaviou?r)\b|\bi (?:[\w']+ )?(?:feel|felt|am feeling|was feeling) threatened\b|\b(?:told|tells|telling|said|says) me to (?:go )?kill myself\b|\b(?:nobody|someone) else (?:will|would|can|could) (?:ever )?have (?:me|you)\b|\b(?:said|says|told me|tells me|keeps saying)\b(?:\s+[\w']+){0,2}?\s+(?:nobody|someone) else (?:will|would|can|could) (?:ever )?(?:love|date|want|be with|touch) (?:me|you)\b|\b(?:he|she|they) (?:would|will|is going to|are going to) make sure (?:of it|nobody|no one|i never|i can not)\b`,
  ],
  // A threat to overdose to keep the writer: "if i walk out he'll swallow everything in the
  // medicine cabinet", "whenever i try to visit my sister he says he'll swallow all his tablets".
  [
    'swallow* take down overdose',
    String.raw`\b(?:if (?:i|we) (?:[\w']+ ){1,4}?|(?:says|said|threatens|threatened|tells me|told me|swears|swore)(?: that)? )(?:he|she|they) (?:${THEY_WILL}) (?:(?:swallow|overdose on|down) (?:everything|all (?:the|his|her|their|of)|every (?:pill|tablet)|the whole (?:bottle|box|packet|lot))|take (?:everything in|all|every|the whole)(?: [\w']+){0,3}? (?:pills|tablets|meds|medication|bottle|packet|medicine cabinet|cabinet))\b`,
  ],
  [
    'himself herself themselves themself life suicide',
    String.raw`\b(?:threat\w*|said|says|say|told|tells|tell|telling|saying|would|will|going to|if|unless|otherwise|or else)\b.{0,60}?\b(?:kill|killing|kills|hurt|hurting|hurts|harm|harming|end|ending|off|hang|shoot|unalive|cut|overdose)\s+(?:himself|herself|themselves|themself|his life|her life|their life)\b|\b(?:himself|herself|themselves)\b.{0,40}?\b(?:if|unless|when) (?:i|we)\b|\b(?:he|she|they)\b.{0,40}\b(?:commit |attempt )?suicide\b.{0,20}\b(?:if|unless|whenever|every time) (?:i|we)\b`,
  ],
  [
    'if',
    String.raw`\bif i (?:ever )?(?:leave|left|go|break up|end (?:it|things)|tell|told|say no|report|call the police|try to leave|see (?:anyone|other|someone)|date|talk to (?:anyone|other|another|someone))\b.{0,50}?\b(?:he|she|they|ex)\b(?:\s+[\w']+){0,3}?\s+(?:kill|hurt|harm|hit|beat|find|ruin|destroy|take (?:the|my|our)|come after|do something|make me|post|leak|share|punish|never see)`,
  ],
  [
    'if',
    String.raw`\b(?:kill|hurt|harm|hit|beat|find|ruin|destroy|take the kids|come after|punish)\s+(?:me|us|my [\w']+|the kids)\s+(?:[\w']+\s+){0,3}?if i (?:ever )?(?:leave|left|go|break up|end (?:it|things)|tell|told|say no|report|try to leave|see|date|talk)`,
  ],
  [
    'regret pay sorry ruin destroy life suffer nobody',
    String.raw`\b(?:said|says|told me|tells me|warned me|promised|swore|threatened)\b(?:\s+[\w']+){0,3}?\s+i (?:will|would|am going to) (?:regret|pay|be sorry)|\byou will (?:regret|pay for) (?:this|it|that|leaving)\b|\bif i can not have (?:you|me) (?:nobody|no one|nobody else)\b|\b(?:will|would|going to|threatens? to|threatened to|promised to|swore to|vowed to) (?:ruin|destroy|make) (?:my life|me pay|me suffer|me regret|my life hell|me sorry)`,
  ],
  [
    'take keep kidnap',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+[\w']+){0,5}?\s+(?:will|would|going to|threat\w*|says|said|keeps saying)\s+(?:[\w']+\s+){0,2}?(?:take|keep|kidnap)\s+(?:away\s+)?(?:the|my|our) ${KIDS}\b`,
  ],
  [
    'nudes nude naked intimate private explicit sexy sex bedroom revenge sext* exto* blac* tape',
    String.raw`\b(?:post|posts|posted|posting|leak|leaks|leaked|leaking|share|shares|shared|sharing|send|sends|sent|sending|spread|spreads|spreading|publish\w*|upload\w*|release\w*|show|shows|showed|showing|expose\w*)\s+(?:my |our |the |those |these )?(?:[\w']+\s+)?(?:nudes|nude|naked|intimate|private|explicit|sexy|sex|bedroom) ?(?:photos?|pictures?|pics|videos?|vids?|images?|tape|content|stuff)?\b|\bnudes\b|\brevenge porn\b|\bsextort\w*|\bextort\w*|\bblackmail\w*|\bsex tape\b`,
  ],
  [
    'post leak share send spread publish upload release expose',
    String.raw`\b(?:he|she|they|ex)\b.{0,30}?\b(?:will|would|going to|threat\w*|says|said)\s+(?:[\w']+\s+){0,2}?(?:post|leak|share|send|spread|publish|upload|release|expose)\s+(?:[\w']+\s+){0,2}?(?:my|our|those|the)\s+(?:[\w']+\s+)?(?:photos?|pictures?|pics|videos?|vids|nudes|texts|messages|secrets)\b`,
  ],
  [
    'kill murder hurt harm destroy strangle choke find rid',
    String.raw`${BY_PERP}(?:kill|murder|hurt|harm|destroy|strangle|choke|find|get rid of)\s+(?:me|us)\b(?! (?:attractive|boring|annoying|cute|funny|interesting|hot|ugly|weird|clingy|needy|desperate|pathetic|too|so|a|an|for being|for forgetting|for not)\b)`,
  ],
  [
    'dangerous danger',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+[\w']+){0,3}?\s+(?:is|are|was|can be|gets|seems|could be|might be)\s+(?:[\w']+\s+)?dangerous\b|\b(?:i am|i feel|i might be|i could be|my life is|my kids are|my children are|we are|we might be)\s+(?:[\w']+\s+)?in danger\b(?! of)`,
  ],
  // Fear of a person.
  [
    'afraid scared terrified frightened petrified fearful fear fearing paranoid dread',
    String.raw`\b${FEAR}\b(?:\s+(?:so|very|really|too|absolutely|completely|fucking))*\s+(?:of|by)\s+${FEAR_OBJECT}\b|\b(?:i|i am)\s+(?:[\w']+\s+)?(?:fear|dread)\s+(?:him|her|them|my ex)\b|\bfear for my (?:life|safety|kids|children|family)\b|\b${FEAR} for my (?:life|safety)\b`,
  ],
  [
    'afraid scared terrified frightened petrified fearful fear fearing paranoid worried',
    String.raw`\b(?:${FEAR}|worried)\b(?:\s+[\w']+){0,2}?\s+(?:that\s+)?(?:he|she|they|my ex|ex|someone|somebody)\b(?:\s+[\w']+){0,3}?\s+(?:hurt|hit|kill|harm|beat|attack|strangle|choke|rape|find (?:me|us|out where|where)|come (?:after|for me|for us|back for|to my|to the house|looking|round|around)|show up|turn up|break in|do something|snap|lose it|lose (?:his|her|their) temper|get (?:violent|physical|angry|mad|aggressive)|track|stalk|follow me|take (?:the|my|our) ${KIDS}|retaliate|punish|ruin|destroy|leak|blackmail|expose|flip out|freak out|explode|lash out|go crazy|drinks|gets drunk|is drunk|is home|comes home|gets home)\b`,
  ],
  [
    'afraid scared terrified frightened petrified fearful fear fearing paranoid nervous',
    String.raw`\b(?:${FEAR}|nervous)\b(?:\s+[\w']+){0,4}?\s+(?:when|whenever|every time|because|since|if)\s+(?:he|she|they|my ex)\b(?:\s+[\w']+){0,2}?\s+(?:drinks|drunk|angry|mad|yells|shouts|screams|comes home|gets home|loses|raises|is around|is home|walks in|shows up|gets like)`,
  ],
  [
    'afraid scared terrified frightened petrified fearful fear fearing paranoid too nervous',
    String.raw`\b(?:${FEAR}|too scared|too afraid|nervous) to (?:go|come|be|stay|sleep|walk) (?:back )?(?:to )?(?:the (?:house|apartment|flat|place)|my (?:own )?(?:room|bed)|in the same (?:room|house|place) as (?:him|her|them))\b|\b(?:${FEAR}|too scared|too afraid|nervous) to (?:go|come|be|stay|sleep) (?:back )?(?:home|at home|in my (?:own )?(?:house|home|place|flat|apartment|bed)|in the house|alone with|around (?:him|her|them)|near (?:him|her|them))\b|\b(?:${FEAR}|too scared|too afraid) to (?:leave (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|relationship|marriage|ex|fiance|fiancee))|leave${END}|break up with|end it with|say no|tell (?:him|her|them) no|tell (?:him|her|them) i am leaving|report|call the police|go to the police|speak up|fight back)`,
  ],
  [
    'scares scared frightens frightened terrifies terrified intimidates intimidated scare intimidate frighten intimidation afraid unsafe',
    String.raw`\b(?:scares|scared|frightens|frightened|terrifies|terrified|intimidates|intimidated) me\b(?<=\b(?:he|she|they|ex|him|her|partner|boyfriend|girlfriend|husband|wife)\b(?:\s+[\w']+){0,4}?\s+\w+ me)|\b(?:makes?|made|making) me (?:feel )?(?:so |really |very )?(?:scared|afraid|unsafe|terrified|frightened)\b|\bto (?:scare|intimidate|frighten) me\b|\bintimidation\b`,
  ],
  [
    'safe unsafe eggshells egg',
    String.raw`\b(?:do not|does not|never|no longer|hardly|can not) feel safe\b|\bfeel(?:s|ing)? unsafe\b|\bnot safe (?:at home|with|around|near|in my)\b(?! myself)|\b(?:i am|am) not safe\b(?! (?:from|around|with|alone)? ?myself)|\bwalk(?:ing)? on (?:egg ?shells)|\beggshells\b`,
  ],
  // Stalking, following, showing up, tracking.
  [
    'stal* cybe*',
    String.raw`\bstalk(?:s|ed|ing)? (?:me|us)\b|\bstalker\b(?<!\b(?:i am|i feel|i felt|i sound|i look|i was|i became|feel|felt|sound|look|being|not to be|to be)(?: like)?(?: such| a| an| total| bit| of| little| creepy| full| crazy| psycho| complete| kind| kinda)*\s+stalker)|\bcyber ?stalk\w*|\bstalking\b(?<!\bi (?:(?:am|was|have|had|been|keep|kept|still|just|also|always|often|sometimes|can|could|will|would|should|do|did|not|never|literally|basically|totally|kind|of|admit|may|might|really|even|constantly|obsessively|secretly|honestly|lowkey|to|stop|quit|started|start)\s)*stalking)(?!\s+(?:his|her|their|my ex's|the|an?|every)\b)`,
  ],
  [
    'follow follows followed following keep keeps tabs',
    String.raw`\b(?:follow|follows|followed|following) me (?:home|to|around|everywhere|in (?:his|her|a) car|from)\b|\bfollow\w* (?:my car|my every move)\b|\bkeeps? (?:close )?tabs on (?:me|my|where i)\b|\b(?:being|been|was|am|is) (?:[\w']+ )?followed\b(?! (?:on|by (?:a lot|many|more|lots|thousands|hundreds|people on|fans|accounts)))|\bkeeps? (?:following|watching(?! my (?:stories|story|posts|reels|videos|tiktoks|snaps|status|statuses|lives)\b)|showing up|turning up|popping up|coming (?:to|by|round|around|over))\b`,
  ],
  [
    'show shows showed showing shown turn turns turned turning pop pops popped popping came comes come coming',
    String.raw`\b(?:show|shows|showed|showing|shown|turn|turns|turned|turning|pop|pops|popped|popping) up (?:[\w']+ ){0,2}?(?:at|outside|to|near|by|in front of|around) (?:my|our|the kids|my kids|my parents|my mom's|my friends)\b|\b(?:show|shows|showed|showing|shown|turn|turns|turned|turning|came|comes|come|coming|popped|pops) (?:[\w']+ ){0,3}?(?:uninvited|unannounced|without (?:warning|asking|permission|being invited|telling me)|in the middle of the night|even though i|after i (?:said|told|asked|blocked))\b|\b(?:show|shows|showed|showing|turn|turns|turned|turning|pop|pops|popped|popping) up (?:wherever|everywhere|whenever|every time)\b`,
  ],
  [
    'waiting waits waited parked parks sitting sits sat standing stands stood watching watches watched lurking lurks hanging loitering drive drives drove driving walks walked walking',
    String.raw`\b(?:waiting|waits|waited|parked|parks|sitting|sits|sat|standing|stands|stood|watching|watches|watched|lurking|lurks|hanging around|loitering) (?:for me )?(?:[\w']+ ){0,4}?(?:outside|near|by|across from|in front of) (?:my|our) (?:[\w']+ )?(?:house|home|window|door|work|flat|apartment|place|job|office|school|building|car)\b|\b(?:drive|drives|drove|driving|walks|walked|walking) (?:[\w']+ )?(?:by|past) my (?:[\w']+ )?(?:house|place|home|apartment|flat|work|office)\b`,
  ],
  [
    'trac* moni* spy spie* spyi* hack* bug bugg* tap tapp*',
    // A phone is bugged or tapped; a person who "bugged me" only annoyed me, "tapped me" on the
    // shoulder, "hacked me off".
    String.raw`${NOT_I}\b(?:(?:track|tracks|tracked|tracking|monitor|monitors|monitored|monitoring|spy|spies|spied|spying|hack|hacks|hacked|hacking)\s+(?:on\s+|into\s+)?(?:all\s+)?(?:of\s+)?(?:me(?! off\b)|my ${CONTROLLED})|(?:bug|bugged|bugging|tap|tapped|tapping)\s+(?:into\s+)?(?:all\s+)?(?:of\s+)?my ${CONTROLLED})\b|\b(?:my|our) ${CONTROLLED} (?:is|are|was|were|has been|have been|being|got|gets)\s+(?:[\w']+\s+)?(?:tracked|monitored|hacked|bugged|tapped|spied on)`,
  ],
  // Their hands on the writer's phone, messages, money or papers. "She has read my message" is
  // a message seen, not an inbox gone through: "read" counts unless both.
  [
    'phone location text texts messages email emails dms whatsapp chat chats log calls browser browsing history laptop computer account accounts media socials instagram facebook snapchat car movements whereabouts move spending bank purse bag wallet diary journal mail gps icloud password passwords keys passport id documents card cards money paycheck wages salary charger things stuff belongings visa certificate papers everything thing all decides dictates chooses picks tells decide dictate',
    String.raw`${BY_PARTNER}(?:check|checks|checked|checking|watch|watches|watching|has access to|have access to|had access to|go through|goes through|went through|going through|look through|looks through|looked through|(?<!\b(?:is|has|had|have)\s)read|read(?! my (?:email|text|message|msg|dm|letter|note|reply|voicemail)\b)|reads|reading|snoop\w*|search|searches|searched|searching|log into|logs into|logged into|access\w*|demand\w*|took|takes|take|taking|grabbed|snatched|smashed|smashes|broke|breaks|hid|hides|threw|throws|confiscat\w*|keeps|kept|withh\w*|stole|steals|destroy\w*)\s+(?:away\s+)?(?:on\s+|into\s+)?(?:all\s+)?(?:of\s+)?my\s+(?:${CONTROLLED}|keys|car keys|passport|id|documents|cards?|bank cards?|credit cards?|money|paycheck|wages|salary|charger|things|stuff|belongings)\b|${BY_PARTNER}(?:has|have|had|keeps|kept|took|takes|hid|hides) (?:[\w']+ )?my (?:passport|documents|id|visa|birth certificate|papers|passwords?|money|cards?|bank cards?|car keys|keys)\b|\b(?:hand over|give (?:him|her|them)) (?:all )?my (?:paycheck|wages|salary|money|cards?|passwords?|phone)\b|${NOT_I}\b(?:monitor\w*|track\w*|control\w*|watch\w*|check\w*) (?:everything|every thing|all) i (?:do|say|buy|spend|post|text)\b|\b(?:decides|dictates|chooses|picks|tells me|decide|dictate) (?:what|who|where|when|how) (?:i|to) (?:wear|eat|see|talk|go|spend|say|do|text|can)\b`,
  ],
  [
    'tracker tracking device gps airtag air spyware stalkerware app camera cam spy software',
    String.raw`\b(?:tracker|tracking device|gps|airtag|air tag|spyware|stalkerware|tracking app|spy app|hidden camera|spy cam)\b(?:\s+[\w']+){0,3}?\s+(?:on|in|under|inside) my\b|\b(?:found|find|there is|there was) (?:an? )?(?:airtag|air tag|tracker|tracking device|spyware|stalkerware|hidden camera)\b|\b(?:installed|put|added|hid|hidden) (?:an? )?(?:app|tracker|spyware|software|camera|gps|airtag|tracking device|device) (?:on|in|under) my\b`,
  ],
  [
    'knows know where address location numbers number accounts account profiles profile phones stop quit alone',
    String.raw`\b(?:always )?knows? where i (?:am|live|work|go|sleep|stay|moved)\b|\bfind out where i (?:am|live|work|go|stay|moved)\b|\b(?:ask|asks|asking|asked|finding|found|tracked|tracks) (?:[\w']+ ){0,4}?where i (?:am|live|work|go|moved|stay|sleep)\b|(?<!(?:^|\b(?:i|we|i have|we have|i had|we had|i just|we just|i always|we always) ))\b(?:posted|shared) my (?:address|location|home address)\b|\b(?:leaked|published) my (?:address|location|home address)\b|(?<!\b(?:i|we) (?:[\w']+ ){0,2}(?:make|made|making|create|created|creating|open|opened|opening|set up|setting up|start|started|starting|get|got|getting|use|used|using) (?:a |an |another |some )?)\b(?:new|fake|different|other|blocked|private|unknown) (?:numbers?|accounts?|profiles?) to (?:contact|message|text|call|reach|watch|follow|see|harass|find)|\b(?:calling|calls|called|texting|texts|texted|messaging|messages|messaged|contacting|contacts) (?:me )?from (?:different|new|fake|blocked|private|unknown|other) (?:numbers?|accounts?|phones?|profiles?)\b|\b(?:will not|would not|does not|never|can not) (?:stop|quit) (?:calling|texting|messaging|contacting|following|harr?assing|showing up|coming)|(?<!\b(?:thoughts?|feelings?|memories|voices|urges?|it|this|grief|pain|anxiety|depression|sadness) )\bwill not leave me alone\b`,
  ],
  // Coercive control.
  [
    'cont* coer*',
    String.raw`${NOT_I}\b(?:control|controls|controlled|controlling)\s+(?:all\s+|everything\s+|of\s+)?(?:the\s+|my\s+|our\s+)?(?:money|finances|bank|bank account|accounts|cards|spending|budget|paycheck|wages|salary|phone|life|every move|everything i|what i|who i|where i|when i|how i)\b|\bcoercive\b|\b(?:his|her|their|my ex's) controlling\b|\bcontrolling (?:partner|ex|boyfriend|girlfriend|husband|wife|relationship|man|woman|person)\b|(?<!\b(?:my|i|i am|i was|i had|i have|i can be|i got|i get)\s(?:[\w']+\s){0,2})\bcontrolling (?:behaviou?r|ways|tendencies)\b|${BY_PARTNER}(?<!\bi\s)(?:is|was|are|were|been|being|gets|got|became|can be)\s+(?:[\w']+\s+)?controlling\b(?! (?:the|a|an|his|her|their|our|it|things|himself|herself)\b| about (?:the )?(?:thermostat|remote|tv|music|playlist|kitchen|dishes|temperature|heating|aircon|air con|radio|seating|tidiness|cleaning|food|restaurants?|movies?|holidays?|plans)\b)`,
  ],
  [
    'let lets letting',
    String.raw`\b(?:will not|would not|does not|did not|do not|never|not|refuses to|refused to)\s+(?:ever\s+)?let(?:s|ting)?\s+me\s+(?:go (?:out|anywhere|see|to|home|outside)|leave|see (?:my|anyone|friends|family|other)|talk to|have (?:any )?(?:friends|my own|money|a phone|access|a job)|use (?:my|the) (?:phone|car|money|card)|work|visit|wear|eat|sleep|call|text|drive|spend|go out|out of (?:his|her|their) sight|speak|be alone|get a job|go to work|go)\b`,
  ],
  [
    'allowed allow allows forb* permission ask where',
    String.raw`\b(?:i am|i was|i have been|am|was) (?:still )?not allowed (?:to|out)\b|\b(?:does not|will not|did not|never|refuses to) allow(?:s)? me\b|\bforb[ia]d\w* me\b|\bneed (?:his|her|their) permission\b|\bhave to ask (?:him|her|them) (?:for )?(?:permission|if i can|before i)\b|\bmakes? me ask (?:for )?(?:permission|him|her)\b|\b(?:have|has) to (?:tell|text|report to) (?:him|her|them) where i (?:am|go|was)\b`,
  ],
  [
    'isol* cut keep keeps like want let access allowance gasl* make makes made making angry mad furious crazy jealous violent aggressive',
    String.raw`\bisolat\w* me\b|\bcut me off from (?:my )?(?:friends|family|everyone|people|money|the bank|my account|everything)\b|\bkeeps? me (?:away )?from (?:my |seeing )?(?:friends|family|everyone|people)\b|\b(?:does not|did not|will not) (?:like|want|let) me (?:seeing|to see|talking to|to talk to|going out|to go out|hanging out|to hang out|having|to have) (?:with )?(?:my )?(?:friends|family|mom|parents|anyone|other people|people|guys|girls|sister|brother)\b|\bno access to (?:my|our|any) (?:own )?(?:money|bank|account|funds|cards|phone|car)\b|\b(?:gives|gave|puts|put) me (?:on )?an allowance\b|\bgaslight\w* me\b|\b(?:make|makes|made|making) me (?:check in|share my location|send (?:him|her|them) (?:pics|photos|my location)|hand over)\b|\b(?:gets|get|got|becomes|goes|went) (?:really |so |very )?(?:angry|mad|furious|crazy|jealous|violent|aggressive) (?:if|when|whenever|every time) i (?:see|talk|go|leave|text|spend|wear|hang|do not answer|say no)\b`,
  ],
  [
    'lock locks locked locking blocked held holds kept keeps trap trapped traps trapping pinned',
    String.raw`\block(?:s|ed|ing)? me (?:in|out|inside|up|away)\b|\bblocked the (?:door|doorway|exit|way out)\b|\b(?:held|holds|kept|keeps) me (?:down|against|hostage|captive|prisoner|locked|inside|trapped|from leaving)\b|\btrap(?:ped|s|ping) me\b|\bpinned me\b`,
  ],
  [
    'broke breaks break smas* dest* wrec* tras* threw throws throw rip* tore tears cut burned burnt burns slas* keyed vand* punc* kick* smashed destroyed trashed wrecked slashed slashes',
    String.raw`${BY_PERP}(?:broke|breaks|break|smash\w*|destroy\w*|wreck\w*|trash\w*|threw|throws|throw|rip\w*|tore|tears|cut up|burned|burnt|burns|slash\w*|keyed|vandali[sz]\w*|punch\w*|kick\w*)(?:\s+(?:down|in|through|up|apart|over|out|open))?\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:[\w']+\s+)?(?:things|stuff|belongings|possessions|phone|laptop|computer|tv|door|doors|window|windows|furniture|clothes|car|tires|tyres|glasses|plates|dishes|mirror|guitar|photos|pictures|bike|property|walls?|gifts)\b|\b(?:smashed|destroyed|trashed|wrecked) (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|phone|place|apartment|flat|room)\b|\b(?:slashed|slashes) my tyres|\bslashed my tires|\bkeyed my car\b`,
  ],
  [
    'punc* kick* throw throws threw throwing smas* break breaks broke breaking broken let lets',
    String.raw`${NOT_I}\b(?:punch|punches|punched|punching|kick|kicks|kicked|kicking) (?:a |the |holes? in the )?(?:wall|walls|door|doors|holes?)\b|${NOT_I}\b(?:throw|throws|threw|throwing|smash|smashes|smashed|smashing|break|breaks|broke|breaking) (?:things|stuff|objects|plates|dishes|furniture|chairs|glasses)\b|\bbroke into my\b|\bbroken into\b|\b(?:let|lets) (?:himself|herself|themselves) in\b`,
  ],
  // Getting help against someone.
  [
    'order injunction police cops 911 999 112 charges shelter refuge safe safety locks',
    String.raw`\b(?:restraining|protection|protective|non molestation|no contact|apprehended violence) order\b|\border of protection\b|\binjunction against\b|\b(?:call|calls|called|calling|phone|phoned|ring|rang|dial|dialed|dialled) (?:the )?(?:police|cops|911|999|112)\b|\bpolice (?:report|on him|on her|came|were called|took him|took her)\b|\breport(?:ed)? (?:him|her|them) to the police\b|\bpress(?:ing|ed)? charges\b|\b(?:womens|women's|dv|domestic violence) (?:shelter|refuge)\b|\b(?:at|in|to|into) a (?:shelter|refuge)\b|\bsafe house\b|\bsafety plan\b|\bchanged the locks\b`,
  ],
  [
    'hiding hide hid escape escaped escaping flee fled fleeing away calls screams screamed yells yelled shouts shouted',
    String.raw`\b(?:hiding|hide|hid|escape|escaped|escaping|flee|fled|fleeing|run away|ran away) from (?:him|her|them|my ex|ex|my (?:partner|husband|wife|boyfriend|girlfriend))\b|\bcalls me (?:names|stupid|worthless|useless|fat|ugly|a (?:whore|slut|bitch|idiot))\b|\b(?:screams|screamed|yells|yelled|shouts|shouted) in my face\b`,
  ],
  [
    'scary creepy disturbing violent threatening menacing abusive harassing harrassing hundreds dozens',
    String.raw`\b(?:scary|creepy|disturbing|violent|menacing|abusive|harr?assing|threatening) (?:messages|texts|voicemails?|emails|notes|letters|calls|dms)\b|\b(?:he|she|they|ex)\b.{0,30}\b(?:hundreds|dozens) of (?:texts|messages|calls|times|voicemails)\b`,
  ],
  [
    'took takes take taken kidnapped kidnaped kept keeping hid hiding',
    String.raw`\b(?:took|takes|take|taken|kidnapp?ed|kept|keeping|hid|hiding) (?:away )?(?:the|my|our) ${KIDS}\b.{0,40}\b(?:will not|would not|does not|did not|refuses to|refused to|never) (?:tell|let|give|return|bring)`,
  ],
  [
    'trac* moni* watc* chec* cont* spy spie* spyi*',
    String.raw`${NOT_I}\b(?:track\w*|monitor\w*|watch\w*|check\w*|control\w*|spy|spies|spied|spying)(?: on)? (?:where|who|what|when|everywhere|everyone) i (?:go|am|see|talk|do|text|meet|spend|was|went)\b`,
  ],
  [
    'afraid scared terrified frightened petrified fearful fear fearing paranoid too nervous',
    String.raw`\b(?:${FEAR}|too scared|too afraid|nervous) (?:to|of) (?:tell|telling) (?:him|her|them) (?:it is over|i am leaving|i want to leave|i want out|we are done|that i am done|i am done|about the breakup|no)\b|\b${FEAR}\b(?:\s+[\w']+){0,3}?\s+(?:of )?how (?:he|she|they|my ex) (?:will|would|might|is going to|could) react (?:if|when) i (?:leave|left|break up|end it|tell (?:him|her|them)|say no)`,
  ],
  [
    'if',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+[\w']+){0,4}?\s+(?:kill|hurt|harm|hit|beat|burn|ruin|destroy|wreck|smash|take|post|leak|share|send|tell|expose|find|follow|come after|punish|do something)\b(?:\s+[\w']+){0,5}?\s+if i (?:ever )?(?:leave|left|go|went|break up|broke up|end (?:it|things)|ended|tell|told|say no|report|try to leave|tried to leave|see|date|talk|do not|stop)\b`,
  ],
  [
    'made make makes forced forces',
    String.raw`\b(?:made|makes|make|forced|forces) me (?:quit|stop|give up|leave) (?:my job|working|work|school|college|seeing|talking|my friends)\b`,
  ],
  ['run ran running', String.raw`\b(?:run|ran|running) me (?:over|off the road|down)\b`],
  [
    'because',
    String.raw`\b(?:hiding|hide|staying away|moved out|left home|fled|ran away|had to leave|sleeping at)\b.{0,40}?\bbecause of (?:him|her|them|my ex)\b`,
  ],
  ['believe', String.raw`\b(?:nobody|no one) (?:will|would) (?:ever )?believe (?:me|you)\b`],
  [
    'says said tells told insists decided without',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+[\w']+){0,3}?\s+(?:says|said|tells me|told me|insists|decided) (?:that )?i (?:can not|am not allowed to|must not|may not|have to ask (?:him|her|them)|need (?:his|her|their) permission to) (?:leave|go|see|talk|have|work|wear|use|spend|call|text|drive|visit|eat)\b|\bcan not (?:leave|go out of) the (?:house|flat|apartment|room) without (?:him|her|them|his|their)\b`,
  ],
  [
    'history bruises bruised',
    String.raw`\bhistory of (?:violence|abuse|domestic|hitting|assault)\b|\bbruis\w* (?:from|because of) (?:him|her|them|my ex)\b`,
  ],
  ['threw', String.raw`\bthrew me out of (?:the|his|her|a) (?:car|house|window|flat|apartment)\b`],
  ['spat spit spits', String.raw`\b(?:spat|spit|spits) (?:in|on) my face\b`],
  [
    'tells told',
    String.raw`\b(?:tells|told) me i am (?:worthless|useless|stupid|nothing|fat|ugly|crazy|pathetic|disgusting)\b`,
  ],
  ['knife pillow', String.raw`\b(?:sleep|sleeping|slept) with a knife\b|\bknife under my pillow\b`],
  [
    'car',
    String.raw`\b(?:his|her|their|my ex's) car\b(?:\s+[\w']+){0,2}?\s+(?:outside|near|by|across from|in front of|down the street from) my (?:house|home|place|work|flat|apartment|office|building|job|school)\b`,
  ],
  [
    'knocked knock knocks knocking beat beats beating whacked thumped walloped clobbered',
    String.raw`${BY_PERP}(?:knocked|knocks|knock|knocking) me (?:down|out|over|unconscious|to the (?:ground|floor))\b|\bbeat (?:the (?:shit|crap|hell|life) )?out of me\b|${BY_PERP}(?:whacked|thumped|walloped|clobbered) me\b`,
  ],
  [
    'watching watches watched watch account',
    String.raw`\b(?:watch|watches|watched|watching) my (?:house|home|place|flat|apartment|window|windows|building|door)\b|\baccount for every (?:penny|cent|dollar|pound|minute|hour)\b`,
  ],
  [
    'slammed smashed banged hit pushed shoved threw knocked',
    String.raw`${BY_PERP}(?:slammed|smashed|banged|hit|pushed|shoved|threw|knocked)\s+my (?:head|face|body) (?:into|against|on|off)\b`,
  ],
  // Concept nets: a person, a violent act, and the writer's body or self as its object.
  [
    HURT_CUES,
    String.raw`${PERP_DOES}(?:${HURT_VERB})\s+(?:[\w']+\s+){0,2}?(?:my|me (?:by|in|on|across|over|around) (?:the|my))\s+(?:[\w']+\s+)?(?:${BODY})\b(?<!\b(?:pull\w*|yank\w*) my leg|\bcut\w* my hair|\btwist\w* my arm|\b(?:grab\w*|squeez\w*|held|hold\w*|took|pull\w*|kiss\w*|touch\w*|bit|bite) my hands?|\bslap\w* (?:me on )?my back|\bpat\w* (?:me on )?my back)(?!.*\b(?:as a joke|jokingly|playfully|for fun|by accident|accidentally|messing around|play fighting|playing)\b)`,
  ],
  [
    'kill burn hurt shoot stab strangle choke beat bury break smash torch destroy cut murder end ruin',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+(?!i\b)[\w']+){0,3}?\s+(?:would|will|is going to|was going to|are going to|going to|could|threatened to|threatens to|swore to|promised to)\s+(?:[\w']+\s+){0,2}?(?:kill|burn|hurt|shoot|stab|strangle|choke|beat|bury|break|smash|torch|destroy|cut|murder|end|ruin)\b(?! (?:up|it|things|off)\b)(?:\s+[\w']+){0,6}?\s+(?:me|us|my (?:kids|children|family|mom|mum|dad|parents|sister|brother|cat|dog|face|legs?|neck|life|car|house|flat|apartment)|the kids|with me (?:inside|in it|in there|in the (?:house|car|room)|still inside))\b(?! (?:attractive|boring|annoying|cute|funny|interesting|hot|ugly|weird|laugh|smile)\b)`,
  ],
  ['if', String.raw`\bif (?:he|she|they|i) (?:can not|could not|will not) have (?:me|you)\b`],
  // Watching and tracking the writer.
  [
    'installed installs install put puts planted plants hid hides snuck sneaked downloaded set sets added attached stuck',
    String.raw`${PERP_DOES}(?:installed|installs|install|put|puts|planted|plants|hid|hides|snuck|sneaked|downloaded|set up|sets up|added|attached|stuck)\s+(?!(?:a |the )?(?:case|sticker|charger|screen|cover|song|playlist|photo|picture|movie|game|hand|arm|head|number)\b)(?:[\w']+\s+){0,3}?(?:on|in|into|onto|under|to|inside) my (?:${DEVICE})\b`,
  ],
  [
    'see know watch read track check hear follow monitor find',
    String.raw`${PERP_DOES}(?:[\w']+\s+){0,6}?(?:to|so (?:he|she|they) can|so (?:he|she|they) knows?) (?:see|know|watch|read|track|check|hear|follow|monitor|find out|keep track of) (?:what|where|who|when|everything|everyone|exactly what|exactly where) i\b`,
  ],
  [
    'new fake different second burner other secret anonymous',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+(?!i\b)[\w']+){0,3}?\s+(?:made|makes|making|created|creates|creating|set up|sets up|uses|used|using|opened|opens|got|gets|keeps making)\s+(?:a |an |another |more |multiple |several |so many )?(?:new|fake|different|second|burner|other|secret|anonymous)\s+(?:[\w']+\s+)?(?:accounts?|numbers?|profiles?|phones?|emails?|usernames?|sims?)\b`,
  ],
  [
    'blocked block asked told begged changed said',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+(?!i\b)[\w']+){0,3}?\s+(?:keeps |still |kept )?(?:text|call|messag|email|contact|dm|reach|show|turn|find|found|came|comes|come)\w*\b(?:\s+[\w']+){0,8}?\s+(?:even though|although|despite|after|since|when) (?:i|i have|i had)\s+(?:already\s+)?(?:blocked|block|asked (?:him|her|them) (?:to stop|not to|to leave me)|told (?:him|her|them) (?:to stop|not to|to leave me|no)|begged|changed my number|said no)\b`,
  ],
  // Money, papers and permission.
  [
    'takes took take taking keeps kept controls holds demands',
    String.raw`${BY_PARTNER}(?:takes|took|take|taking|keeps|kept|controls|holds|demands)\s+(?:all\s+)?(?:of\s+)?my\s+(?:whole|entire|full|own|monthly|weekly)\s+(?:paycheck|pay|wages|salary|money|earnings|income|benefits|savings)\b`,
  ],
  [
    'gives gave give lets allows allowed ask beg',
    String.raw`\b(?:gives|gave|give|lets|allows|allowed) me (?:only |just )?(?:\d+|a few|a little|ten|twenty|thirty|forty|fifty|a hundred|\w+ty) (?:dollars|pounds|euros|bucks|quid|cents) (?:a|per|each|every) (?:week|month|day)\b|\bhave to (?:ask|beg) (?:him|her|them) for (?:money|cash)\b`,
  ],
  [
    'permission approval ok okay',
    String.raw`\b(?:ask|asking|asked|get|getting|need|needs|needed|have|without|wait for|beg for|begging for)\s+(?:for\s+)?(?:his|her|their|my (?:husband|wife|partner|boyfriend|girlfriend|ex)(?: is)?)\s+(?:permission|approval|ok|okay)\b`,
  ],
  [
    'give gave let',
    String.raw`\b(?:will not|would not|does not|refuses to|refused to|never) (?:give|gave|let me have) (?:me )?(?:back )?my (?:passport|documents|id|visa|papers|keys|car keys|phone|money|cards?|bank card|kids|children)\b`,
  ],
  // Acting out of fear of someone; injuries from someone.
  [
    'because case so',
    String.raw`\b(?:lock|locks|locked|locking|sleep|sleeping|slept|hide|hiding|hid|carry|carrying|barricad\w*|bolt\w*|keep a knife|pepper spray|checking the locks|check the locks|look over my shoulder|looking over my shoulder)\b.{0,50}?\b(?:because of|in case|so that|so) (?:him|her|them|he|she|they|my ex)\b`,
  ],
  [
    'bruis* black cuts marks scratches burns welts split fingerprints handprints hand broken stitches concussion bite',
    String.raw`\b(?:bruis\w*|black eyes?|cuts|marks|scratches|burns|welts|split lip|fingerprints|hand ?prints|broken (?:ribs?|nose|arm|wrist|jaw|fingers?)|stitches|concussion|bite marks)\b.{0,50}?\b(?:from (?:him|her|them|my ex|my (?:husband|wife|partner|boyfriend|girlfriend))|because of (?:him|her|them)|(?:he|she|they) (?:gave|left|did|caused|made)|where (?:he|she|they))\b`,
  ],
  [
    'left leaves leaving',
    String.raw`\b(?:left|leaves|leaving) (?:bruises|marks|scratches|cuts|burns|fingerprints|hand ?prints|welts) (?:on|all over) (?:me|my)\b`,
  ],
  // Doors, photos of the writer's home, the children, temper as a rule.
  [
    'kicked kicks broke breaks smashed bashed banged banging pounded pounding',
    String.raw`${PERP_DOES}(?:kicked|kicks|broke|breaks|smashed|bashed|banged|banging|pounded|pounding) (?:down |in |on )?(?:the|my|our) (?:door|window|bedroom door|front door|bathroom door)\b`,
  ],
  [
    'tell',
    String.raw`\b(?:afraid|scared|ashamed|terrified|can not|could not|never|too scared|too afraid|too ashamed) (?:to )?tell (?:anyone|anybody|people|my family|my friends|the police|my parents|my mom|my mum) (?:what|about what) (?:he|she|they) (?:does|did|has done|is doing|was doing)\b`,
  ],
  [
    'again',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+(?!i\b)[\w']+){0,5}?\s+(?:never|not) (?:see|get to see) (?:the|my|our) ${KIDS} again\b`,
  ],
  ['spat spits', String.raw`\b(?:spat|spits) at me\b`],
  [
    'sent sends sending',
    String.raw`\b(?:sent|sends|sending) me (?:a |an )?(?:photos?|pictures?|pics|videos?) of (?:my (?:[\w']+ )?(?:house|home|flat|apartment|car|window|door|building|work|office|street)|me (?:at|leaving|walking|outside|through|in my|sleeping|going))\b`,
  ],
  [
    'or',
    String.raw`\b(?:have to|must|need to|supposed to|got to|has to)\b.{0,60}?\bor (?:else )?(?:he|she|they) (?:will )?(?:get|gets|goes|go|lose|loses|explode|explodes|flip|flips|punish|punishes|hurt|hurts|hit|hits|yell|yells|scream|screams|freak|freaks|rage|rages)\b`,
  ],
  [
    'came comes come coming let lets',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+(?!i\b)[\w']+){0,3}?\s+(?:came|comes|come|coming|let himself|let herself|lets himself|lets herself) (?:in|into my (?:place|flat|house|apartment|room|home)) (?:when|while|without)\b`,
  ],
  [
    'back',
    String.raw`\b(?:${FEAR}|worried)\b(?:\s+(?!of\b)[\w']+){0,2}?\s+(?:he|she|they|my ex) (?:will|would|might|could|is going to) come back(?:${BARE}| for me| to (?:get|find|hurt) me| and (?:hurt|hit|kill|find|get) (?:me|us))`,
  ],
  [
    'knows know',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+(?!i\b|not\b|never\b)[\w']+){0,2}?\s+(?:knows|know|found out|finds out) my (?:schedule|routine|new address|address|movements|new number|shifts)\b`,
  ],
  // One attacker, several acts: "he smacked the phone away and then hit me".
  // A message to the one who did it: "you hit me in front of our daughter". Not "you hurt me
  // when you left", "you pushed me away" or "you never hit me": those are not blows.
  [
    'hit punched slapped kicked choked strangled throttled shoved beat grabbed dragged threw pinned smacked attacked raped stabbed burned spat headbutted bit',
    String.raw`\byou (?:(?!never\b|not\b)[\w']+ ){0,2}?(?:hit|punched|slapped|kicked|choked|strangled|throttled|shoved|beat|grabbed|dragged|threw|pinned|smacked|attacked|raped|stabbed|burned|spat on|headbutted|bit) (?:me|us)\b(?! (?:up|back|out|off|away|a|an|over|like a|at ${GAMES}|with (?:a |an |the |that |this |your )?(?:pillow|cushion|news|comment|question|joke|bill|snowball|water balloon|look)|by (?:the|my) hand|in the back|in (?:that |the |a |your )?(?:group chat|chat|comments|thread|meeting|email|review)|to (?:that|this|your|a|an|the) (?:awful |boring |stupid |long )?(?:wedding|party|gig|concert|dinner|meeting|event|show|film|movie|game|match|gym|class|church|opera|ballet))\b)(?![^\n]*\bplay ?fight)`,
  ],
  // What "you" took or held back, in a message: "you took my insulin", "you've emptied our joint
  // account", "you killed my dog".
  [
    'took taken hid hidden kept withheld confiscated emptied cleared drained froze frozen cancelled canceled cut killed drowned poisoned kicked hurt strangled said say told threatened swore commenting',
    String.raw`\byou (?:have |had |just |then )?(?:took|taken|hid|hidden|kept|withheld|confiscated) my (?:insulin|meds|medication|inhaler|epipen|pills|tablets|wheelchair|crutches|walking stick|hearing aids?|passport|documents|papers|id|visa|birth certificate|residence permit|phone|car keys)\b(?! (?:charger|case|safe)\b)(?![^\n]{0,40}\b(?:by (?:mistake|accident)|safe for me|for safe ?keeping|while i was)\b)|\byou (?:have |had |just )?(?:emptied|cleared out|drained|froze|frozen|closed) (?:our|my|the) (?:joint )?(?:bank )?account\b|\byou (?:have |had |just )?(?:cancelled|canceled|cut up|froze|frozen) my (?:bank |credit |debit )?cards?\b(?![^\n]{0,40}\b(?:lost|stolen|fraud)\b)|\byou (?:have |had )?(?:killed|drowned|poisoned|kicked|hurt|strangled) my (?:dog|cat|puppy|kitten|pet|rabbit|horse|bird)\b|\byou (?:said|say|told me|threatened|swore) (?:that )?you (?:would|will|are going to|were going to) (?:hurt|kill|drown|poison|harm|get rid of) (?:the|my|our) (?:dog|cat|puppy|kitten|pet|rabbit|horse|kids?|children|son|daughter|baby)\b|\byou(?: have)? kept (?:it|them|my passport|my documents|my papers) locked (?:away|up)\b|\bcommenting on my (?:body|breasts|figure|legs|bum)\b[^\n]{0,60}\b(?:report|hr|police)\b`,
  ],
  [
    'hit punched slapped kicked choked strangled shoved pushed beat bit grabbed dragged threw pinned smacked attacked hurt raped stabbed burned spat headbutted shook slammed',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+(?!i\b|we\b|you\b|it\b|that\b|this\b|reality\b)[\w']+){0,12}?\s+(?:and|then|before|after|until) (?:then |also |even |just )?(?:hit|punched|slapped|kicked|choked|strangled|shoved|pushed|beat|bit|grabbed|dragged|threw|pinned|smacked|attacked|hurt|raped|stabbed|burned|spat on|headbutted|shook|slammed) (?:me|us)\b(?! (?:up|back|like a)\b)`,
  ],
  [
    'end wind found',
    String.raw`\b(?:told|tells|said|says|warned|threatened|swore|promised)\b(?:\s+[\w']+){0,3}?\s+i (?:would|will|am going to|could) (?:end up|wind up|be found) (?:[\w']+ )?(?:dead|in a (?:ditch|box|body bag|coffin|grave|river)|in (?:the )?hospital|in the ground|missing|hurt|in pieces)\b`,
  ],
  [
    'check checks checked checking goes went reads read looks counts count',
    String.raw`${BY_PARTNER}(?:check|checks|checked|checking|goes through|went through|reads|read|looks at|counts|count) (?:the |my )?(?:mileage|odometer|receipts|bank statements|statements|spending|call log|browser history|bins)\b`,
  ],
  [
    'make makes made making forces forced force',
    String.raw`\b(?:make|makes|made|making|forces|forced|force) me (?:keep|have|leave|turn on|share|send|check in|video call|facetime)\b(?:\s+[\w']+){0,3}?\s+(?:location|photos?|pictures?|pics|videos?|every (?:hour|time)|whenever|when i)\b|\b(?:make|makes|made|making|forces|forced|force) me (?:delete|block|unfollow|unfriend|cut off|stop seeing|stop talking to|give up)\b(?:\s+[\w']+){0,2}?\s+(?:all |of )*my (?:friends?|family|contacts|numbers|social media|accounts?|instagram|sister|brother|mom|mum|parents)\b`,
  ],
  [
    'case',
    String.raw`\b(?:${FEAR}|too scared|too afraid|nervous|worried)\b.{0,60}?\bin case (?:he|she|they|my ex)\b`,
  ],
  [
    'jump jumped flinch flinched flinching panic panicked panicking freeze froze shake shaking tense heart',
    String.raw`\b(?:jump|jumped|flinch\w*|panic\w*|freeze|froze|shake|shaking|tense up|heart races|heart pounds)\b.{0,60}?\b(?:think (?:it is|that is|it was) (?:him|her|them)|(?:he|she|my ex) (?:is|might be|could be|was) (?:there|outside|back|coming)|hear (?:his|her) (?:car|voice|footsteps|keys)|(?:he|she) (?:raises|lifts|moves|comes near|walks in))`,
  ],
  [
    'times missed',
    String.raw`\b(?:he|she|they|ex)\b(?:\s+(?!i\b)[\w']+){0,3}?\s+(?:calls|call|calling|called|text|texts|texting|texted|messages|messaged|messaging|rings|rang|ringing) me (?:\d{2,}|dozens of|hundreds of|fifty|forty|thirty|twenty|a hundred) times\b|\b(?:[3-9]\d|\d{3,}) missed calls (?:from|off) (?:him|her|them|my ex|he|she)\b`,
  ],
  [
    'next beside near inches right past',
    String.raw`${PERP_DOES}(?:punched|punches|hit|hits|smashed|smashes|kicked|kicks|slammed|slams|threw|throws|banged|bangs)\b(?:\s+[\w']+){0,4}?\s+(?:next to|beside|near|inches from|right by|right next to|past) my (?:head|face|ear)\b`,
  ],
  [
    'waits waited waiting parks parked sits sat stands stood lurks lurking hangs loiters',
    String.raw`${PERP_DOES}(?:waits|waited|waiting|parks|parked|sits|sat|stands|stood|lurks|lurking|hangs around|loiters)\s+(?:[\w']+\s+){0,5}?(?:at|outside|near|by|across from|in front of) my (?:[\w']+ )?(?:work|house|home|flat|apartment|place|job|office|school|building|gym|door|car)\b|\b(?:he|she|ex)\b(?:\s+(?:keeps|has been|is|was|always|just|still))?\s+(?:waits|waited|waiting|parks|parked|parking|sits|sat|sitting|stands|stood|standing|lurks|lurking|hangs around|loiters)\s+(?:at|by) the end of my (?:road|street|drive|lane|close)\b`,
  ],
  // Threats and blows in the writer's other language (accents stripped): "me va a matar", "il me
  // frappe", "mujhe maar dega".
  [
    'matar pega golpea amenaza miedo tuer frappe menace peur ammazza picchia umbringen schlagt zabije bije papatayin sinasaktan maar maarta dhamki',
    String.raw`\b(?:me (?:va a|quiere|dijo que me va a) matar|(?:el|ella) me (?:pega|golpea|amenaza)|me (?:pega|golpea|amenaza)|tengo miedo de (?:el|ella|mi ex)|vai me matar|(?:ele|ela) me (?:bate|ameaca)|(?:il|elle) (?:va|veut) me tuer|(?:il|elle) me (?:frappe|menace)|j ?ai peur de (?:lui|elle)|mi (?:vuole )?ammazza|mi picchia|(?:er|sie) (?:bringt mich um|schlagt mich)|zabije mnie|bije mnie|papatayin (?:niya )?ako|sinasaktan (?:niya )?ako|mujhe (?:maar (?:dega|degi|dalega|dalegi|daalega|daalegi)|maarta hai|maarti hai)|dhamki)\b`,
  ],
  // A threat quoted to the writer: "you know what happens when you lie to me", "remember what i did
  // last time you tried to leave".
  [
    'happens remember',
    String.raw`\byou know what happens (?:when|if) you (?:lie to me|leave me|leave|tell (?:anyone|someone)|talk back|go out without|ignore me|do not answer me|disobey|cross me)\b|\bremember what i did (?:last time|the last time|when) you (?:tried|left|lied|talked|went|told|said|answered|ignored|disobeyed|called|spoke|saw|looked)\b`,
  ],
];

/**
 * What makes any idiom in its sentence real: "i would jump off a bridge for a moment of peace", "i
 * need it to end, all of it, me included", "i saw three overdoses on my shift and i envied them".
 * No idiom is blanked in a sentence that holds one of these.
 */
export const REAL_SIGNS = String.raw`\b(?:on purpose|deliberately|me included|without me(?! ${AT_AN_EVENT})|for real|a real one|actually does|i envied|envied them|it is for me|the last time|why i did it|every day since|a moment of peace|the relief of|stood over my bed|while i was sleeping|black and blue|to feel something|to punish myself|last day on earth|for tonight|my goodbye notes|goodbye note|at least it (?:will|would) (?:all )?stop|not just when|what (?:he|she|they) (?:is|are) doing to me|beats up|section me|sectioned|if i (?:ever )?(?:tell|told|speak to|talk to) anyone (?:about )?what (?:happened|he does|he did|she does|she did|they do|they did)|marry me off|forced? (?:me )?(?:to|into) (?:marry|a marriage))\b`;

/**
 * Words that turn a lookalike into the writer's own story, anywhere in the note: "asking for me",
 * "every caller was me", "planning my version", "it's a cover for the other thing". A note with
 * one keeps every idiom it holds, in every sentence (REAL_SIGNS does so for one sentence).
 */
export const STORY_TURNS = String.raw`\b(?:(?:every|each) (?:single )?(?:caller|one of them|story) (?:was|is) (?:me|about me)|writing down the methods|wrote down the methods|could do mine deeper|i know where (?:we|they) keep (?:the )?(?:stock|pills|drugs|meds|medication)|saving (?:every|each|all|them|my) (?:other )?(?:dose|doses|pill|pills|tablet|tablets)|(?:boxes|packets|pills|tablets) i have been (?:collecting|saving|keeping|hiding)|envy (?:her|him|them) so much it scares me|planning my (?:own )?version(?= *(?:$|\n|of (?:that|it|this)\b))|a cover for the (?:other|real) thing|the kindest (?:move|thing) (?:left )?is (?:mine|to go)|(?:did|does|has done|was doing|is doing) (?:that|this|the same) to me (?:for \w+ hours|last night|again|every (?:night|day|week))|(?:mine|he|she|my ex|ex) sent me the link\b(?=[^\n]{0,60}\b(?:smiley|smile|wink\w*|laugh\w*|emoji|grin\w*))|i am the one who needs (?:a bed|the refuge|the shelter|a refuge|a shelter)|my name (?:will be|is going to be) on|i meant everyone)\b`;

/**
 * Everyday idioms that look alarming. A match is blanked out of its sentence before the lists
 * run, so "i could kill for a coffee" is quiet while "i want to die" beside it still alarms.
 * Each comes with key words, one of which any match contains: an idiom is only compiled and
 * tried on a text holding one of them.
 */
/**
 * Before a denial, words that say it is not meant or not the writer's own view ("i told her i'm
 * not suicidal", "not a day i'm not scared of him"): then it is no denial and is not blanked.
 */
const DENIAL_MEANT = String.raw`(?<!\b(?:not|never|pretend|pretending|thinks|think|thought|day|say|says|said|claim|claims|told|tell|tells|telling|act|acting|acts|believe|believes|convinced|convince|promised|promise)\b[^\n,]{0,16})`;

export const HYPERBOLE_PATTERNS: readonly (readonly [keys: string, source: string])[] = [
  // Harm denied in plain words, with nothing after it that takes the denial back: "i'm not
  // suicidal, just sad", "he never hurt me, we just grew apart", "i haven't self harmed in 300
  // days". Only the denial is blanked. Not a denial: one the writer says is false ("i told her
  // i'm not suicidal. i lied"), one followed by a limit ("never hit me sober", "in the face",
  // "except", "yet", "until tonight", "but"), or one in a note that goes on to harm.
  [
    'not never suicidal violent harmed hurt hurting hit threatened harming killing kill harm afraid scared frightened',
    String.raw`${DENIAL_MEANT}(?:\b(?:i am|i) not (?:suicidal|in danger|at risk|unsafe)(?: or anything(?: like that)?)?|\bi do not want to die(?: or anything(?: like that)?)?|(?:^|(?<=\n))not going to (?:hurt|harm|kill) myself|\b(?:he|she|they|my ex) (?:was not|were not|is not|has not been|had not been) (?:ever |really |actually )?(?:violent|abusive|dangerous|physical)|^not (?:suicidal|in danger|at risk|unsafe)(?: , not (?:suicidal|in danger|at risk|unsafe))*|\bi am not going to (?:hurt|harm|kill) myself|\b(?:i am )?not (?:thinking|planning) (?:about|of|on) (?:hurting|harming|killing) myself(?: or anything(?: like that)?)?|\bi (?:would|will) never (?:hurt|harm|kill) myself|\bi am (?:honestly |genuinely |really |truly |just )?not (?:afraid|scared|frightened) of (?:him|her|them|my ex)(?: at all)?|\bi (?:have not|have never) (?:self harmed|cut myself|hurt myself|harmed myself|thought about (?:ending it|ending my life|killing myself|suicide)) (?:in|for|since) (?:(?!until\b|till\b|but\b)\w+ ?){1,4}?|\b(?:he|she|they|my ex)(?: has| had| was| is)? never (?:once )?(?:hurt|hit|threatened|laid a (?:finger|hand) on) (?:me|us)(?: or anything(?: like that)?)?|\b(?:he|she|they|my ex) (?:was|were|has|had|is) never (?:once )?(?:been )?(?:violent|abusive|dangerous|pushy|aggressive|possessive|controlling(?: about (?:where i go|who i see|what i wear|money|my phone))?)|\b(?:he|she|they|my ex) (?:has |had |is )?never (?:once )?made me feel (?:unsafe|scared|afraid|frightened))(?= *(?:$|,|\.|\n| and (?:i am|i have|i feel|proud|happy|doing)\b))(?![\s\S]*\b(?:tonight|again|until|till|but|except|only|yet|sober|drunk|when|where|unless|relapse\w*|urges?|want to(?! (?:stay in bed|rest|be left alone|be alone|cry|talk|see|go home|go out|get better|feel better|feel normal|feel happy|stop feeling (?:sad|low|down|like this)|stop crying|stop thinking about (?:him|her|them|it))\b)|blade|blades|razor|pills|lied|lying|wrong|sure|anymore|bites?|chokes?|strangles?|slaps?|kicks?|pushes|shoves|grabs|knife|gun|threat\w*|scared|afraid|terrified|fist|face|front|public|sees?|see)\b)`,
  ],
  // Laughter: "the meme you sent killed me", "his jokes are killing me".
  [
    'killed kills killing',
    String.raw`\b(?:meme|memes|joke|jokes|pun|puns|tiktok|tiktoks|reel|reels|video|videos|gif|gifs|comment|voice note)(?: (?:you|he|she|they|my [\w']+) (?:sent|told|made|posted|shared|did|showed me))? (?:literally |actually |honestly |absolutely )?(?:killed|kills|is killing|was killing|are killing) me\b`,
  ],
  // Fear denied: "i'm not scared of him, he's just tight with money" (a second fear still counts).
  [
    'scared afraid frightened terrified',
    String.raw`${DENIAL_MEANT}\b(?:i am|i was|i have|i have been|i) (?:not|never(?: once| ever)?(?: been)?|no longer) (?:scared|afraid|frightened|terrified) of (?:him|her|them|my ex)\b(?! (?:hurting|doing|coming|finding|taking|getting|when|if|but)\b)`,
  ],
  // The writer's own tracker: "i put an airtag on the keyring after i lost them".
  [
    'airtag tile tracker',
    String.raw`\bi (?:put|stuck|attached|added|clipped) (?:an? )?(?:airtag|tile|tracker)s? (?:on|in|to|for) (?:my|the|our) (?:keys|keyring|key ring|bag|luggage|suitcase|wallet|bike|dog|cat|backpack|car|purse)\b`,
  ],
  // Anaesthesia: "they knocked me out with the iv for the procedure".
  [
    'knocked',
    String.raw`\b(?:they|the (?:anaesthetist|anesthetist|doctors?|nurses?|dentist|surgeon|hospital)) knocked me (?:out|right out)(?: completely| cold)? (?:with|for) (?:the |a )?(?:iv|anaesthetic|anesthetic|sedation|sedative|general|general anaesthetic|general anesthetic|gas|procedure|operation|surgery|colonoscopy|endoscopy)\b(?![^\n]{0,30}\bdrink)`,
  ],
  // Food and places people "would die for": "i would literally die for this taco truck".
  [
    'die',
    String.raw`\bwould (?:literally |actually |honestly |totally )?die for (?:a|an|this|that|these|those|some|their|another|one more) (?:[\w']+ ){0,2}?(?:taco|tacos|pizza|burger|burgers|cake|coffee|croissant|croissants|brunch|dessert|truck|bakery|cafe|restaurant|shoes|bag|dress|jacket|view|flat|house|kitchen|garden|job|car|holiday|playlist|album|concert|tickets?)\b(?! (?:to|that|and)\b)`,
  ],
  // A story's plot: "in the novel i'm reading, the heroine escapes her controlling husband", up to
  // the clause where the writer may speak of themselves, and never in a note where the story turns
  // out to be theirs (PLOT_TURNS).
  [
    'novel book film movie show series drama play story thriller game',
    String.raw`\bin (?:the|this|a|my) (?:novel|book|film|movie|show|series|drama|play|story|thriller|audiobook|game)\b(?<!\b(?:${PLOT_TURNS})\b[\s\S]*)(?![\s\S]*\b(?:${PLOT_TURNS})\b)(?: (?:i am|i was|we are|we were) (?:reading|watching|listening to|playing))?(?: ,)? the (?:heroine|hero|protagonist|main character|narrator|lead|detective|villain)\b[^\n,]{0,100}?(?= (?:and|but|so|then|while|when|because|like)\b|,|$)`,
  ],
  // A grandmother's hospitality: "she wouldn't let me leave until i had seconds".
  [
    'leave',
    String.raw`\bwould not let (?:me|us) leave (?:until|till|before) (?:i|we) (?:had|ate|finished|tried|took) (?:seconds|thirds|pudding|dessert|another (?:slice|plate|helping|bowl)|more|some cake|a second helping)\b`,
  ],
  // A legal quarrel over things: "my ex threatened to take me to small claims".
  ['threat', String.raw`\bthreat\w* to take (?:me|us) to (?:the )?small claims(?: court)?\b`],
  [
    'here around',
    String.raw`\bwill not be (?:here|around) (?:next week|this weekend|tomorrow|for a week|for a few days|for the weekend)\b(?=[^\n]{0,30}\b(?:on holiday|holiday to|for a wedding|at a wedding|at a conference|to a festival|at a festival|work trip|business trip)\b)(?![^\n]*\b(?:or ever|ever again|without me|better place|for good|forever|one way)\b)`,
  ],
  [
    'go',
    String.raw`\bcan not go on like this (?:with|because of) (?:the|my|this|these) (?:noisy |loud )?(?:neighbours?|neighbors?|commute|boiler|landlord|traffic|builders|printer|laptop|wifi|internet)\b(?![^\n]*\b(?:done|head|gone|anymore|end|debts?)\b)`,
  ],
  [
    'track tracks tracked tracking checks see',
    String.raw`(?:(?<=^|\n)|\bmy )(?:mom|mum|mother|dad|father|parents)(?: and (?:my )?(?:mom|mum|dad))? (?:tracks|track|tracked|tracking|checks|can see) (?:me|my location|where i am) (?:on|with|through|via) (?:life360|find my|findmy|the app|google maps)\b(?![^\n]*\b(?:him|her|them|ex|reports?|tells?|told|sends?)\b)`,
  ],
  [
    'knows know see sees',
    String.raw`(?<=\bmy (?:dad|mum|mom|parents|sister|brother|best friend|bestie|friend)\b(?:\s+[\w']+){0,2}?\s+)(?:knows|know|can see|sees) where i (?:am|go)\b(?=[^\n]{0,40}\bwe (?:both |all )?share (?:our )?locations?\b)`,
  ],
  [
    'kill murder',
    String.raw`\bmy (?:best friend|friend|bestie|mate|sister|sis|mum|mom|nan|gran|brother|bro|dad|father|cousin)\b(?:\s+[\w']+){0,2}?\s+(?:jokingly said|joked|half jokingly said) (?:that )?(?:she|he|they) (?:would|will) (?:kill|murder) me\b(?![^\n]*\bbut\b)`,
  ],
  [
    'will',
    String.raw`\b(?:nearly|almost|slowly) lost the will to live (?:on hold|(?:filling in|doing|in|during|at|on) (?:the |my |that |this |a )?(?:[\w']+ ){0,2}?(?:paperwork|forms?|tax return|meeting|lecture|queue|webinar|training|call|admin))\b|(?<=\bon hold\b[^\n,.]{0,40}\b)(?:nearly|almost) lost the will to live\b`,
  ],
  ['end ending ended', String.raw`\bend(?:ing|ed)? my life (?:admin|coach\w*|insurance)\b`],
  [
    'hit run flattened knocked',
    String.raw`\b(?:feel|feels|felt|feeling) (?:like|as if|as though) (?:i|i have|i had|i am|i was)(?: just| been| got| being)* (?:hit|run over|flattened|knocked over) by (?:a|the) (?:bus|truck|train|lorry|steamroller|tractor|freight train)\b(?![^\n]{0,60}\b(?:wish|wished|wishing|if only|should have|had been|wanted to die|want to die|hoped it was|hoping it was|part of me)\b)`,
  ],
  [
    'stalked haunted',
    String.raw`\b(?:stalked|haunted) by (?:his|her|their|my ex's) (?:face|memory|memories|ghost|songs?|smell|name)\b(?! (?:at|through|outside) my\b)`,
  ],
  [
    'dying',
    String.raw`\b(?:felt|feel|feeling) like i (?:was|am) dying (?:on|during|in|at) (?:the|a|my|that|this) (?:10k|5k|half marathon|marathon|run|race|hike|climb|spin class|class|workout|session|hill|hills|stairs|ride|bike ride|match|game|shift|park run|parkrun)\b`,
  ],
  [
    'goodbye',
    String.raw`\bgoodbye (?:letters?|notes?|messages?|texts?|emails?) to (?:(?:end (?:things|it) with|break up with) (?:him|her|my ex|someone|a guy|a girl|this guy|this girl|the guy|the girl|my (?:boyfriend|girlfriend|partner|date|fwb))|(?:the|our|my) relationship)\b`,
  ],
  [
    'punched thumped',
    String.raw`\b(?:niece|nephew|brother|sister|kid|kids|grandson|granddaughter) (?:[\w']+ ){0,2}?(?:punched|thumped) me (?:on|in) the (?:arm|shoulder) (?:for|when|after|because) (?:i |me )?(?:(?:beat|beating) (?:him|her|them) at|(?:won|winning) at)\b`,
  ],
  [
    'counting counted',
    String.raw`\bcount(?:ing|ed) out (?:the |all the )?(?:tablets|pills|meds|medication|doses)\b(?<=\b(?:(?:(?:my|a|the|long|night|day) )?shift (?:at|in|on) (?:the |a )?(?:pharmacy|chemist|dispensary|ward|hospital|care home)|i work (?:at|in) (?:the |a )?(?:pharmacy|chemist|dispensary|hospital|care home)|(?:drug|med|meds|medication) round)\b.{0,60})`,
  ],
  [
    'burn burned burnt burning',
    String.raw`\bburn(?:ed|t) my (?:hand|hands|finger|fingers|thumb) on (?:the|a) (?:fryer|deep fryer|air fryer|oven|stove|pan|hob|grill|iron|kettle|tray|toaster|bbq|barbecue|griddle|range)\b(?! (?:on purpose|deliberately|to feel))(?![^\n]*\b(?:held it there|until i|on purpose|deliberately)\b)`,
  ],
  [
    'goodbye',
    String.raw`\bsaid goodbye to (?:everyone|everybody)\b(?:(?<=\blast day (?:at|of|in) (?:work|the office|my job|the job|school|uni|college)\b.{0,60})|(?= (?:at|in) (?:work|the office|school)\b)|(?=.{0,60}\b(?:new job|leaving do|leaving drinks|leaving party)\b))`,
  ],
  ['die', String.raw`\b(?:going to|gonna) die (?:lol|lmao|lmfao|haha\w*|xd)\b`],
  [
    'keeping keeps',
    String.raw`\b(?:coffee|chicken|pizza|tea|chocolate|caffeine|toast|noodles|snacks|crisps|cake|biscuits) (?:is|are) the only things? (?:keeping|that keeps|that is keeping) me (?:alive|going|sane)\b`,
  ],
  [
    'overdose overdosed overdosing',
    String.raw`\boverdos(?:e|ed|ing) on (?:(?!(?:pills?|tablets?|meds|medication|paracetamol|ibuprofen|aspirin|sleeping|insulin|drugs?|heroin|coke|cocaine|xanax|painkillers?|vodka|alcohol|booze|and|with|plus)\b)[a-z]+ ){0,2}?(?:girls|tv|telly|netflix|box ?sets?|episodes?|shows?|series|season|sugar|chocolate|coffee|caffeine|cake|carbs|memes|reality tv|true crime|podcasts?|romcoms?|rom coms?|films?|movies?|anime|k ?dramas?|nostalgia|sunshine|vitamin d|cuteness|kindness|cheese|pizza|biscuits)\b`,
  ],
  [
    'turned turns showed shows',
    String.raw`(?<!\bnot a )\b(?:dream|dreamt|dreamed|nightmare) (?:last night )?(?:that |where |about )?(?:my ex|he|she)(?: [\w']+)? (?:turned|turns|showed|shows) up\b`,
  ],
  [
    'location',
    String.raw`\b(?:shared?|sharing) my location with (?:my )?(?:best )?(?:friend|mum|mom|sister|flatmate|roommate|mate|bestie)\b`,
  ],
  [
    'jump jumped',
    String.raw`\brather jump off a (?:cliff|bridge|roof) than (?:go (?!on\b)|going (?!on\b)|attend|sit|see|listen|watch|do|spend (?!another)|be at|have to)\b`,
  ],
  [
    'suicidal',
    String.raw`\b(?:traffic|drive|driving|journey|commute|roads?|queues?|schedule|workload|deadlines?|timetable|menu|pace|prices?|rota|shift pattern)\b(?:\s+(?!(?:i|me|my|myself|felt|feel|feeling|thoughts?|urges?)\b)[\w']+){0,5}?\s+(?:was|is|were|are|looked|looks) (?:literally |actually |honestly )?suicidal\b`,
  ],
  [
    'goodbye farewell',
    String.raw`\b(?:goodbye|farewell) (?:message|card|speech|email|post|note)\b(?=[^\n]{0,60}\b(?:leaving do|leaving drinks|leaving party|new job|retire\w*|last day|colleagues?|team|class|students|moving away)\b)`,
  ],
  [
    'threaten threatens threatened threatening',
    String.raw`\b(?:flatmate|roommate|housemate|sister|brother|sis|bro|mum|mom|dad|gran|nan|grandma|grandad|friend|mate|boss|teacher|coach|duolingo owl)(?: (?:has|had|is|was|keeps))? threaten(?:s|ed|ing)?(?: me)?(?: to| with)? (?:hide (?:my|the) (?:remote|guitar|phone charger|snacks|chocolate|biscuits)|bench|fine me|ban me from the (?:kitchen|sofa|tv|group chat)|cancel (?:my|our) (?:netflix|spotify|subscription)|unplug the (?:tv|wifi|router|xbox|playstation)|eat my|unfriend|stage an intervention|kick me out of the (?:group|band|team|chat)|detention|extra homework)\b|\bduolingo(?: owl| bird| app)?(?: (?:is|was|keeps|has been))? threaten\w*`,
  ],
  [
    'bury destroy murder kill annihilate smash crush wreck',
    String.raw`\b(?:bury|buried|destroy|destroyed|murder|murdered|kill|killed|annihilate|annihilated|smash|smashed|crush|crushed|wreck|wrecked)\w* (?:me|you|him|her|them|us) at ${GAMES}\b`,
  ],
  // A knock at a game seen by the writer: "rugby on saturday , one of the lads got a black eye".
  [
    'eye nose lip bruise bruises',
    String.raw`\b(?:rugby|football|footy|hockey|boxing|sparring|training|tackle|scrum|netball|basketball|soccer|cricket|lacrosse|judo|karate|kickboxing|paintball)\b[^\n]{0,60}?\b(?:got|gets|copped|took|had|has|with) (?:a |an )?(?:proper |massive |huge |nasty |lovely |little |small |big |bit of a )?(?:black eye|bloody nose|split lip|fat lip|bruise|bruises)\b|\b(?:got|gets|copped|took|had) (?:a |an )?(?:black eye|bloody nose|split lip|fat lip|bruise|bruises) from (?:a |the )?(?:tackle|scrum|header|ball|match|game|training|sparring|ruck)\b`,
  ],
  // Control or abuse that is over, said so: "my ex was very controlling , but i left and now ...".
  [
    'controlling abusive violent',
    String.raw`\bwas (?:very |so |really |quite |extremely )?(?:controlling|abusive|violent)\b(?: [\w']+){0,3}(?: ,)? (?:but )?(?:i left|i got out|that is (?:long |well |all )?behind me|it is (?:long |well |all )?behind me|that is all in the past)\b`,
  ],
  // Things named like a danger: "rope lights for the balcony"; dreams: "he keeps showing up in my
  // dreams"; a course on how to ask: "if they're thinking of suicide".
  [
    'rope dream dreams suicide',
    String.raw`\brope lights?\b|\b(?:show|shows|showing|showed|turn|turns|turning|turned) up in my dreams?\b|\b(?:ask|asking|asked) (?:someone|somebody|people|them|a person) (?:directly |outright )?if they are (?:thinking of|thinking about|having thoughts of) (?:suicide|killing themselves|ending their life)\b`,
  ],
  // Another's old insult, refuted: "he used to call me a burden ... he was wrong".
  [
    'burden',
    String.raw`\bused to call me (?:a |an )?(?:burden|waste of space)\b(?=[\s\S]{0,80}?\b(?:was wrong|were wrong|chapter is closed|chapter's closed|not true)\b)`,
  ],
  // Self-harm or an overdose that is history, or someone else's: "my old self-harm scars", "my
  // history with self-harm", "the night i overdosed three years ago", "a patient came in after an
  // overdose", "she lost her brother to suicide". A note that goes on to a signal still alarms;
  // the writer's own overdose ("i was admitted after an overdose", "got brought in ...") is no
  // history, and a loss the writer goes on to understand or follow ("now i understand him") no
  // longer reads as someone else's.
  [
    'self harm overdose overdosed suicide jumped life',
    String.raw`\bmy (?:old|past) self ?harm (?:scars|marks)\b|\bmy history (?:with|of) self ?harm\b|\bmy self ?harm history\b|\bthe (?:night|time|day) i overdosed (?:[\w']+ ){0,2}(?:years|months) ago\b|(?<=\b(?:he|she|they|who|someone|somebody|patients?|(?:a|the|one|another) (?:[a-z]+ )?(?:man|woman|lad|girl|boy|guy|kid|child|teenager|teen|student|lady|bloke|patient)|(?:her|his|their|my|our|a) ${CLOSE_ONES}) )(?:came in|was admitted|was brought in|got brought in) (?:after|with) an overdose\b|(?:\blost (?:her|his|their|my|our) ${CLOSE_ONES} to suicide|(?<=\b(?:who|he|she|they|${CLOSE_ONES}) )(?:died by suicide|(?:overdosed|attempted suicide|tried to take (?:her|his|their) (?:own )?life|jumped (?:off|from) (?:a|the) (?:bridge|building|cliff|roof|multi storey|car park)) (?:last|two|three|four|five|a few|several|\d+) (?:years?|months?)(?: ago| back)?(?: and (?:survived|lived|pulled through))?)|\b(?:who )?we lost to suicide|\blost (?:two |three |four |several |a few |some |many )?(?:mates|friends|colleagues|comrades|brothers|sisters|classmates) to suicide)\b(?![\s\S]*\b(?:understand (?:him|her|them|why)|why (?:he|she|they) (?:did it|chose it|went)|join (?:him|her|them)|be with (?:him|her|them) (?:again|soon)|same way|same as (?:him|her|them)|follow (?:him|her|them)|my turn|where i am (?:headed|heading|going)|headed (?:the same|that) way|i am next|be next|(?:at|around|about) my age|runs in (?:the|my) family|in (?:my|the) (?:blood|genes)|me too|same (?:path|road|end|fate|thing)|end up like|does not (?:even )?scare me|not (?:even )?scared)\b)`,
  ],
  // A sore loser at a game: "in fifa i beat my brother 5 0 , he wanted to kill me haha".
  [
    'kill murder strangle',
    String.raw`(?:\b(?:in|at|playing) ${GAMES}\b[^\n]{0,60}?\b(?:beat|beaten|thrashed|destroyed|smashed|battered|won against|won)\b|\b(?:beat|beaten|thrashed|destroyed|smashed|battered|won against)\b[^\n]{0,30}?\b(?:at|in) ${GAMES}\b)[^\n]{0,60}?\b(?:wanted|wants|want|was going|is going|going|gonna|tried|ready) to (?:kill|murder|strangle) me\b`,
  ],
  [
    'scared afraid frightened terrified',
    String.raw`\bnot because i(?: am| was)? (?:scared|afraid|frightened|terrified) of (?:him|her|them)\b(?= , i just| , i need| , i want| , just| i just)`,
  ],
  [
    'eye',
    String.raw`\bblack eye (?:from|at|in|during) (?:my |the |a )?(?:sparring|boxing|kickboxing|karate|judo|mma)\b|\bblack eye sparring\b|\bsparring (?:round|session|partner)\b(?:\s+(?!(?:he|him|his|she|her|ex|partner|boyfriend|husband)\b)[\w']+){0,10}?\s+proud of the black eye\b|\b(?:sparring|at boxing|boxing class|boxing practice)\b(?: ,)? got a black eye\b`,
  ],
  [
    'gun guns pistol pistols',
    String.raw`\b(?:water|nerf|toy|squirt|laser tag|bubble) (?:gun|guns|pistol|pistols)\b`,
  ],
  [
    'threaten threatens threatened threatening',
    String.raw`\bthreaten(?:s|ed|ing)? (?:me|us|him|her|them) with (?:a |an |more )?(?:rematch|tickles?|hugs?|spoilers?|karaoke|selfies?|singing|baby photos|dad jokes|puns)\b|\bi threaten(?:s|ed|ing)? my (?:flatmate|roommate|housemate|brother|sister|mum|mom|dad|friend|mate|cat|dog|kids?|son|daughter|boss)\b(?! with (?:a |an |the )?(?:knife|gun|weapon|bat))|^threaten(?:s|ed|ing)? my (?:flatmate|roommate|housemate|brother|sister|mum|mom|dad|friend|mate|cat|dog|boss)\b(?! with (?:a |an |the )?(?:knife|gun|weapon|bat|hammer|belt))`,
  ],
  [
    'die',
    String.raw`\b(?:is|was|are|were|be|looks?|looked|smells?|smelled|tastes?|tasted|sounds?|sounded|seriously|absolutely|literally|honestly|just) to die for\b(?! (?:good|real|sure|it|this|that|him|her|them|you|someone|somebody|love|nothing|my|me|once|now|tonight|today|the))`,
  ],
  [
    'overdose overdoses',
    String.raw`(?<!\b(?:i will be|i'll be|i am going to be|i could be|i might be|i want to be) (?:one of )?(?:their|the|his|her|your)? ?)\boverdoses? (?:calls?|callouts?|call outs?|jobs?|patients?|cases?|training|kits?)\b|\battend(?:ed|ing)? (?:an|two|three|a few) overdoses?\b`,
  ],
  [
    'dying die died dead',
    String.raw`\b(?:dying|die|died|dead) (?:to (?:see|try|know|meet|go|get|hear|watch|eat|read|tell|ask|visit|travel|find|have|start|buy|do|talk)|laughing|of (?:laughter|embarrassment|boredom|shame|cringe|cuteness)|from (?:laughing|laughter|embarrassment|cringe))\b`,
  ],
  [
    'died dead dying',
    String.raw`\b(?:nearly|almost|literally|practically|basically|actually) (?:died|dead|dying)\b`,
  ],
  [
    'dead',
    String.raw`\bdead (?:arm|leg|hand|foot|tired|serious|set|end|ass|on(?! the outside)|wrong|right|last|center|centre|weight|beat|broke|battery|line|heat|silent|quiet|air|zone|giveaway|ringer|lift|lifts|lifting|bug|pixel|link|leaves|inside(?![\s,]+(?:and |now |but )?(?:[\w']+ ){0,4}?(?:soon|outside|body|for real)\b))\b|\bdrop dead (?:gorgeous|beautiful|sexy|funny|hot)\b`,
  ],
  [
    'kill',
    String.raw`\bkill(?:ing|s|ed)? (?:it|time|the (?:lights?|mood|vibe|music|engine|process|game|conversation|power|buzz|bugs?|weeds|spiders?)|two birds|for (?:a|an|some|the|one|coffee|pizza|that))\b|\b(?:joke|jokes|set|show|performance|outfit|look|that) (?:really |totally |absolutely )?killed\b`,
  ],
  [
    'killing',
    String.raw`\b(?:is|are|was|were|be|been|keeps) (?:absolutely |literally |actually |seriously |really |just )?killing (?:me|us)\b(?! (?:and|because) i want)(?![^\n]*\b(?:bruises|bruise|black and blue|hits|hit me|beats|slowly)\b)`,
  ],
  [
    'kill',
    String.raw`\bkill(?:ing|s)? me with (?:his|her|their|those|the|these|your) (?:jokes|puns|humou?r|kindness|cuteness|looks|smile|texts)\b|(?<!\b(?:he|she|they|ex)\b[^\n]{0,25})\bkill(?:ing|s)? me (?:lol|haha|lmao|softly)\b`,
  ],
  [
    'kill murder',
    String.raw`\b(?:mom|mum|mother|dad|father|parents|boss|manager|teacher|coach|trainer|professor|prof|grandma|grandpa|gran|nan|aunt|uncle|friends?|bestie|best friend|roommate|flatmate|landlord|doctor|dentist)(?:\s+(?:says?|said|reckons|promised)\s+(?:she|he|they))?(?:\s+(?!(?:he|him|his|she|her|ex|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee|tried|tries|trying|keeps|kept|attempted|swore|swears)\b)[\w']+){0,4}?\s+(?:kill|murder)\w*\s+me\b(?![^\n]{0,40}\b(?:for|if i (?:ever )?|if i)\s*(?:(?:leaving|leave|left|divorcing|divorce|marrying|marry|dating|date) (?:my (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|marriage)|him|her|them|a \w+ (?:man|woman|guy|girl|boy))|(?:telling|tell|told|reporting|report|reported) (?:the police|the cops|anyone|anybody|someone|social services|the school|a teacher|my teacher|on (?:him|her|them))|(?:going|go|went|calling|call|called) (?:to )?the police|coming out|come out|came out|being gay|converting|convert|refusing to marry|refuse to marry)\b)(?=[^\n]{0,40}\b(?:if|when|for|unless)\b|\s*[,.!]|[^\n]{0,3}$|[^\n]{0,60}\b(?:lol|haha|lmao|lmfao)\b)`,
  ],
  [
    'die pain',
    String.raw`\bdie (?:my|his|her|your) hair\b|\bpain in the (?:neck|ass|butt|arse|backside)\b|\brather die than (?!live|living|be alive|go on|keep|face|wake|exist|be without|lose|spend another|another|feel|be here|carry on|start (?:over|again)|starting (?:over|again)|be alone|being alone|(?:watch|see) (?:him|her|them) (?:be|being|with|happy|get|getting|marry|marrying|move on|moving on|love|loving))`,
  ],
  [
    'kill',
    String.raw`(?<!\b(?:he|ex|boyfriend|husband|partner|fiance|stepdad|step dad|stepfather|they)\b(?:\s+[\w']+){0,3}\s+)\bkill(?:s|ing)? me (?:for (?:being|forgetting|not|eating|losing|breaking|missing|saying|doing)|when (?:he|she|they) (?:sees?|finds? out|hears?|gets? home))\b`,
  ],
  [
    'hit',
    String.raw`(?<!\b(?:man|guy|one|ex|who|person|woman|him|her|boy|girl|lad|bloke|he|she|was|is)\s)\b(?:it|that|this|reality|realisation|realization|news|truth|song|memory|memories|loneliness|sadness|grief|wave|feeling|thought|breakup|weekend|everything|missing (?:him|her|them))\s+(?:(?:really|finally|just|suddenly|all|properly|truly|fully|actually|only|kinda|literally|somehow|always|still)\s+)?(?:hit|hits|hitting) me\b`,
  ],
  [
    'threat',
    String.raw`(?<!\b(?:his|her|their|end|do|stop|leave|report)\s)\b(?:it|sky|clouds?|weather|storm|rain|forecast|market|river|pot|milk|water|volcano|fire|wind|game|team|project|deadline|sale|price|stock|company|business|strike|union|traffic)\s+(?:(?!(?:he|she|they|ex|him|her|his|their|my|partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mom|brother|sister|guy|man|lads?)\b)[\w']+\s+){0,2}?threat\w*|\bthreatened to (?:rain|snow|pour|storm|hail|overflow|boil over|spill over|derail|collapse|flood|crash)\b`,
  ],
  [
    'kill death',
    String.raw`\bkill(?:ing)? myself laughing\b|\bkill(?:ing)? myself (?:at|over|for|with) (?:this |my |the |these |that |all this |all the |all that |so much )?(?:job|work|project|exams?|essay|deadline|thesis|gym|shift|workout|homework|assignment|studies|overtime)\b|\b(?:work|working|worked|bore|bored|boring|stress|stressing|stressed|laugh|laughing|study|studying|worry|worrying|freeze|freezing|run|running|train|training) myself to death\b`,
  ],
  [
    'myself',
    String.raw`\bhurt\w* myself (?:at (?:the gym|work|football|practice)|in the gym|playing|running|lifting|skiing|working out|exercising|training|falling|slipping|tripping|moving|badly at)|\b(?:accidentally|by accident) (?:[\w']+ )?(?:cut|hurt|burn|burned|burnt|hit)\w* myself\b|\b(?:cut|hurt|burn|burned|burnt|hit)\w* myself (?:[\w']+ ){0,2}?(?<!\b(?:not|said it was|say it was|told them it was|pretended it was) )(?:by accident|accidentally)\b`,
  ],
  [
    'myself',
    String.raw`\bcut\w* myself (?:(?:a (?:break|slice|piece)|some slack|off|slack)\b|shaving|cooking|chopping|off|on (?:a|the) (?:can|tin|glass|paper|edge)|making (?:dinner|food|lunch|breakfast)|with (?:a|the) (?:kitchen )?knife while)|\bburn(?:ed|t) myself (?:(?:on|with) (?:the|a|my) (?:oven|stove|hob|pan|iron|kettle|grill|tray|toaster|radiator|bbq|barbecue|fryer|deep fryer|air fryer|griddle|curling tongs|curling iron|straighteners|exhaust|steam|steamer|hair dryer|glue gun|soldering iron|candle wax)|cooking|while (?:cooking|ironing|making)|making (?:dinner|tea|lunch|breakfast|toast)|ironing)\b|\bhit myself (?:on|with) the (?:door|corner|table|cabinet|cupboard)\b|\bshoot myself in the foot\b|\bshot myself in the foot\b`,
  ],
  [
    'pills meds medication medicine vitamins',
    String.raw`\b(?:took|take|taking) (?:all )?my (?:pills|meds|medication|medicine|vitamins) (?:today|this morning|tonight as|on time|like (?:a good|i am supposed|i should|normal)|as (?:prescribed|usual|normal)|with (?:food|breakfast|dinner))\b(?![^\n]*\b(?:every single|all of them|the whole|ambulance|a and e|a e|overdose|too many)\b)`,
  ],
  [
    'push shook grab beat',
    String.raw`\bpush\w* me (?:away|aside|out of (?:his|her|their) life)\b|\bpush\w* me on (?:the |a )?swings?\b|\bpush\w* me to (?!the\b|my knees\b|the floor\b|the ground\b)(?:be|do|try|grow|work|study|apply|go|become|improve|get|take|change|open|see|move|start|finish|run|train|achieve|succeed|keep|reach)\b|\bpush\w* me into [\w']+ing\b|\bpush\w* me (?:to|into) (?:be|do|try|grow|work|study|apply|go|become|improve|get|take|change|open|see|move|start|quit|leave|my (?:limits|best)|the (?:edge|limit|brink))\b|\bshook me up\b|\bgrab\w* me (?:a |an |some |one )?(?:lunch|dinner|coffee|food|drink|sandwich|snack|pint|beer|tea|water|takeaway)\b|\bbeat\w* me (?:at (?:chess|cards|pool|darts|tennis|squash|golf|scrabble|monopoly|mario kart|fifa|the game|this game|that game|our game|it|running|the race)|to it|fair and square|in (?:[\w']+ ){0,2}(?:moves|sets|games|rounds|minutes|seconds|laps|points|goals))\b`,
  ],
  [
    'stalk',
    String.raw`\bstalk\w* (?:his|her|their|my ex's|the|an?) (?:[\w']+ )?(?:instagram|insta|ig|facebook|fb|socials|social media|profile|page|tiktok|twitter|snapchat|snap|story|stories|account|posts|feed|linkedin|pics|photos)\b|\b(?:facebook|fb|insta|instagram|ig|social media|linkedin|tiktok) stalk\w*\b(?! (?:me|us)\b)|\bme stalking\b`,
  ],
  [
    ' up',
    String.raw`(?<!\b(?:his|her|their|ex's|ex s)\s)\b(?:package|parcel|delivery|order|mail|letter|pizza|food|amazon|friends?|sister|brother|mom|mum|dad|parents|family|bestie|cousin|aunt|uncle|grandma|grandpa|coworkers?|colleagues?|plumber|uber|taxi|cab)\s+(?:[\w']+\s+){0,2}?(?:show|turn|pop)\w* up\b(?![^\n]*\b(?:again|at \d|3am|2am|screaming|shouting|uninvited|unannounced)\b)`,
  ],
  // Not once "and" hands the sentence to someone else: "he took my bank cards and will not let me".
  [
    'let me',
    String.raw`\b(?:dog|cat|puppy|kitten|baby|toddler|neighbou?rs?|insomnia|anxiety|brain|mind|thoughts|conscience|pride|heart|body|back|knee|cold|cough|stomach|migraine|headache|noise|work|job|boss|manager|teacher|doctor|app|phone|computer|laptop|bank|system|website|printer)\s+(?:(?!and\b|but\b|cards?\b)[\w']+\s+){0,2}?(?:will not|would not|does not|did not|never) let me\b(?! (?:leave|go|out)\b)`,
  ],
  [
    'follow',
    String.raw`(?<!\b(?:his|her|their)\s(?:[\w']+\s)?)\b(?:cat|dog|puppy|kitten|pet|baby|toddler|kids?|shadow|luck|bad luck|smell|song|music|memory|memories|thought|fans|followers)\s+(?:[\w']+\s+){0,2}?follow\w* me\b(?! (?:to my|home|to the)\b)`,
  ],
  [
    'afraid scared terrified',
    String.raw`\b(?:afraid|scared|terrified) (?:of )?(?:heights|spiders|the dark|flying|needles|clowns|snakes|dogs|public speaking|commitment|failure|failing)\b`,
  ],
  [
    'goodbyes goodbye',
    String.raw`\b(?:said|say|saying) (?:my )?goodbyes? to (?:my |the |all my |all the )?(?:colleagues|coworkers|co workers|workmates|team|classmates|students|class|neighbours|neighbors|old flat|flat|house|office|old job|job|landlord)\b`,
  ],
  [
    'character characters avatar protagonist hero heroine sim',
    String.raw`\b(?:my|the|his|her|our|their) (?:character|characters|avatar|protagonist|hero|heroine|sim) (?:[\w']+ ){0,2}?(?:jump|jumps|jumped|jumping|fell|falls|falling|dies|died|dying)\b(?: (?:off|from|into) (?:the|a) [\w']+)?`,
  ],
  [
    'rope',
    String.raw`\bend of my rope with\b(?! (?:life|living|everything|it all|being alive|myself|me)\b)`,
  ],
  [
    'rope',
    String.raw`\b(?:a |some |the |new )?ropes? (?:and|,) (?:a |some |new )?(?:harness|carabiners?|chalk|belay\w*|tent|pegs|crampons|helmet|climbing shoes)\b|\bropes?(?: (?:and|,) (?:some |a )?(?:hooks|pegs|clips|carabiners|harness))? to hang (?:up )?(?:the |my |our )?(?:bikes?|washing|hammock|plants|tools|clothes|lights|coats|kayaks?|canoes?|boards?)\b|\bropes?(?: (?:and|,) (?:some |a )?(?:hooks|pegs|clips|carabiners|harness))? for (?:the |my |a )?(?:new )?(?:climbing|bouldering|abseiling|camping|boat|sailing|tent|swing|hammock|gym|class|course|washing line|washing|clothes ?line|tug of war|tyre swing|kayak|canoe|trailer|roof rack|tarp|allotment)\b|\b(?:climbing|skipping|tow|washing|boat|mooring|dog) ropes?\b|(?:(?<=\b(?:climb\w*|boulder\w*|belay\w*|sailing|scouts?|guides|abseil\w*|knot tying)\b[^\n]*)\b(?:tie |tied |tying )?(?:the |a |my |some )?rope knots?\b|\b(?:tie |tied |tying )?(?:the |a |my |some )?rope knots?\b(?=[^\n]*\b(?:climb\w*|boulder\w*|belay\w*|figure (?:eight|8)|sailing|scouts?|harness|abseil\w*)\b))`,
  ],
  [
    'overdos od',
    String.raw`\b(?:overdos\w*|od(?:ed|d|ing)?) on (?:(?:too much|so much|the|all the|christmas|xmas|cheesy|bad|reality|true crime|sad|romantic|free|my|your)\s)?(?:coffee|caffeine|chocolate|sugar|films?|movies?|tv|telly|netflix|carbs|cake|sweets|candy|memes|tiktok|romcoms?|sunshine|podcasts?|music|youtube|cheese|snacks|crisps|biscuits|cookies|tea|energy drinks?|red bull|gossip|drama|nostalgia|cuteness|christmas|books?|box ?sets?|kdramas?|anime|pizza|food|chips|ice cream|fries|espresso|matcha|mince pies|samples|self care|self help|carols|easter eggs|creme eggs|chocolate eggs|hot cross buns|pancakes|doughnuts|donuts)\b|\b(?:overdos\w*|od(?:ed|d|ing)?) on sleep\b(?! (?:meds|medication|pills|tablets|aids?)\b)`,
  ],
  [
    'goodbye farewell',
    String.raw`\b(?:goodbye|farewell|break ?up) (?:letter|note)s? (?:to (?:him|her|them|my ex|the ex|the relationship|our relationship|us|the past|my past|the version of me|the old me|my old self|my younger self|my marriage|the marriage|our marriage|that chapter|that version)\b|(?:that )?i (?:will|would|am going to) never (?:send|post|give)\b)`,
  ],
  [
    'over end',
    String.raw`\b(?:long|heavy|rough|hard|busy|bad|awful|shit|crap|stressful|tough|exhausting|horrible|terrible|draining|tiring|manic|hectic) (?:day|week|shift|morning|afternoon|evening|night|month|meeting|term)\b(?:\s*,?\s*[\w']+){0,6}? (?:need|needed|want|wanted|wanting|wish|wished)\w* (?:it|today|the day|this day|this week|the week|the shift) to (?:be over|end)\b|\b(?:want|wanted|need|needed|wish|wished|wanting)\w* (?:(?:this|the|today's|tonight's) )?(?:today|day|week|weekend|shift|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|meeting|exam|term|semester|party|wedding|flight) to (?:end|be over|hurry up|finish)\b(?= so\b| already\b| and\b| ,|\n|$)`,
  ],
  [
    'myself out',
    String.raw`\b(?:take|taking|took|takes) myself out (?:to|on (?!(?:the )?(?:motorway|road|roads|bridge|tracks|railway|rail line|train line|highway|freeway)\b)|for (?!good\b|ever\b|real\b))`,
  ],
  [
    'threat',
    String.raw`\bthreat\w* to (?:uninstall|unplug|delete (?:the |my |it )?(?:game|app|save)|set me up|sing|make me (?:watch|sing|dance|go)|drag me\b(?:[\w' ]{0,40}? (?:himself|herself|themselves)\b)?|spoil|tell (?:mum|mom|dad)|cancel (?:my|the) (?:netflix|subscription))\b`,
  ],
  [
    'dead die death',
    String.raw`\b(?:food poisoning|norovirus|noro|stomach bug|sickness bug|vomiting bug|the flu|flu|hangover|hungover|migraine|covid|a bug|cramps|man flu|tonsillitis|dodgy \w+|seasick|sea sick)\b(?:\s*,?\s*[\w']+){0,14}? (?:wish|wishing|wished|want|wanted|wanting|thought|thinking|prayed|praying|convinced|sure|felt like)\w* (?:i (?:was|were|would be) dead|(?:i was going|i am going|i was about) to die|to die|i would die|for death)\b|\b(?:wish|wishing|wished|want|wanted|thought) (?:i (?:was|were) dead|i was going to die|to die)\b(?:\s*,?\s*[\w']+){0,8}? (?:food poisoning|norovirus|stomach bug|hangover|hungover|migraine|flu|the sushi|the prawns|the kebab)\b`,
  ],
  [
    'phone texting messaging',
    String.raw`\b(?:hid|hide|hides|hiding|took|take|takes|taking|confiscat\w*|steal\w*|stole|stealing) my phone (?:at|in) (?:the )?(?:pub|bar|party|club|bread bin|restaurant|wedding|hen do|stag do|gig|brunch|dinner|karaoke|freezer|fridge|cutlery drawer)\b|\bban\w* me from (?:drunk )?(?:texting|messaging|calling|ringing|contacting|dm\w*|stalking|checking) (?:him|her|my ex|his|the ex)\b`,
  ],
  [
    'tabs',
    String.raw`\b(?:mum|mom|mother|dad|father|parents|sister|brother|friends?|bestie|best friend|nan|gran|grandma|flatmates?|roommates?|girls|group chat)\b(?:\s+[\w']+){0,2}? keeps? tabs on (?:my )?(?:dating|love life|dates|tinder|hinge|bumble|apps|steps|diet|weight|sleep)\b`,
  ],
  [
    'goodbye',
    String.raw`\b(?:said|say|saying) (?:my )?goodbyes? to (?:everyone|everybody|all)\b(?= (?:at|after|before) (?:the |my |our )?(?:leaving|farewell|going away|last day|office|work|party|wedding|station|airport|reunion|retirement))`,
  ],
  [
    'stalker stalkers stalking',
    String.raw`\b(?:little|tiny|furry|fluffy|cat|dog|puppy|kitten|toddler|baby)(?: [\w']+)? stalker\b|\b(?:doc|documentary|docuseries|podcast|film|movie|show|series|book|novel|episode|drama|thriller|news|report|article|headline|story|trial|court case)\b(?:\s+[\w']+){0,4}? (?:about|on|called) (?:a |an |the )?(?:[\w']+ )?(?:stalker|stalkers|stalking)\b`,
  ],
  [
    'eggshells',
    String.raw`\b(?:walk|walking|walked|walks) on eggshells (?:around|with) (?:my |the |our )?(?:boss|manager|colleagues?|coworkers?|teacher|landlord|team|clients?|supervisor|lecturer|tutor)\b`,
  ],
  // Talking about the subject, not living it: a course, a book, a fundraiser about abuse or suicide.
  [
    'violence abuse abusive coercive suicide self refuge shelter harm stalk overdose overdoses bleeding',
    String.raw`\b(?:documentary|documentaries|module|modules|essay|essays|novel|memoir|book|course|seminar|lecture|lectures|training|session|podcast|article|dissertation|thesis|workshop|fundraiser|film|assignment|coursework|placement|talk|talks|webinar|panel|conference|class|classes)\b(?:\s+(?!(?:i|me|my|he|she|him|her|his|they|them|think|thought|feel|felt)\b)[\w']+){0,6}?\s+(?:domestic (?:violence|abuse)|coercive control|(?:intimate )?partner violence|abus(?:e|ive)(?: \w+)?|(?:warning signs of )?suicide(?: prevention| awareness| risk)?|self harm(?: awareness)?|(?:women's |women is |womens )?(?:refuge|shelter)|violence|overdoses?|(?:severe )?bleeding)\b(?:(?: ,| and| or)+ (?:how |why |what |the )?(?:domestic |sexual |financial |emotional )?(?:stalking|harassment|coercive control|assault|self harm|suicide|abuse|violence)\b)*|\b(?:reading|read|studying|learning|researching|writing|wrote) (?:up )?(?:(?:a |the |an )?(?:chapter|paper|article|book|section|report|piece|study|leaflet|unit|page|guide|case study) )?(?:about|on) (?:domestic (?:violence|abuse)|coercive control|stalking|harassment|(?:intimate )?partner violence|suicide(?: prevention)?|self harm)\b(?! methods| method| ways| how)(?=[^\n]{0,40}?\b(?:course|module|essay|class|degree|training|dissertation|assignment|placement|uni|lecture|exam)\b)|\bvolunteer\w* (?:at|for|with|on) (?:the |a )?(?:local )?(?:women's |women is |womens |suicide prevention |crisis |mental health |listening )?(?:shelter|refuge|helpline|hotline|crisis line|text line)\b|\bsuicide squad\b|\bsuicide (?:wings|sauce|sprints?|drills?|runs?|doors?)\b|\b(?:social|career|commercial|political|fashion|electoral) suicide\b|\bi am not suicidal\b(?! , but| but| , though| though| anymore| yet| now)`,
  ],
  // A clinician's question is not the writer's statement, unless an admission follows, in its
  // sentence or at the start of the next ("the nurse asked if i had been hurting myself . i told
  // her yes"), or the note says the answer was not true.
  [
    'self harm hurt suicid ending cut',
    String.raw`\b(?:therapist|counsellor|counselor|gp|doctor|nurse|psychiatrist|psychologist)\b[^\n]{0,30}?\b(?:asked|asks|ask)\b[^\n]{0,80}?\b(?:if|whether|about)\b[^\n]{0,40}?\b(?:self ?harm\w*|(?:hurt|hurting|harm|harming|killing|cut|cutting) myself|suicid\w*|thoughts of ending (?:my life|it))\b(?![^\n]*\b(?:admitted|said yes|told (?:her|him|them) (?:yes|the truth|everything)|cried|showed|every day|i am|i still|still am|i lied|said maybe|not really|sometimes)\b)(?![\s\S]*\b(?:${NO_WAS_A_LIE})\b)(?![^\n]*\n[ ,]*(?:i )?(?:said |told (?:her|him|them) |answered |nodded |admitted )?(?:yes|yeah|yep|i (?:do|did|have|had)(?! not)|i (?:am|was)(?! (?:not|fine|ok|okay|honest|alright|all right|good|safe)\b)|because i (?:do|did|have|am)|i (?:did not|could not) (?:answer|say no|lie)|i lied)\b)(?![^\n]*\n[^\n]{0,50}?\bnodded\b)`,
  ],
  [
    'bridge cliff roof traffic die kill',
    String.raw`\b(?:would|will|could) (?:jump off a (?:bridge|cliff|roof)|walk into traffic|die|kill) for (?:a|an|some|the|one|that|another)\b`,
  ],
  [
    'battered slammed thrashed hammered knee elbow',
    String.raw`\b(?:got|get|gets|getting|copped|took)\s+(?:absolutely\s+|properly\s+)?(?:battered|slammed|thrashed|hammered|destroyed)\s+(?:at|in|playing)\s+(?:the\s+)?(?:fifa|footy|football|rugby|netball|hockey|roller derby|derby|boxing|sparring|training|match|game|basketball|soccer|cricket|squash|mario kart|chess|tennis|darts|pool|five a side)\b|\b(?:footy|football|rugby|netball|hockey|derby|boxing|sparring|training|basketball|soccer)\b[^\n]{0,30}?\b(?:copped|took|got) (?:a|an) (?:knee|elbow|ball|boot|stud|kick|hit) to the (?:face|head|eye|nose|ribs)\b`,
  ],
  // A clinician's routine question, answered no, and nothing later in the note says it was not
  // true ("long sleeves, obviously").
  [
    'self harm hurt suicid ending cut',
    String.raw`\b(?:asked|asks|ask|asking|question|questions)\b[^\n]{0,100}?\b(?:self ?harm\w*|(?:hurt|hurting|harm|harming|killing|cut|cutting) myself|suicid\w*|ending (?:my life|it all|it))\b[^\n]{0,80}\n?[^\n]{0,12}?(?<!\blied and )\b(?:i )?(?:said|say|answered|told (?:her|him|them)) no\b(?! , but| but| , though| though| , which was a lie| which was a lie)(?![\s\S]*\b(?:${NO_WAS_A_LIE})\b)`,
  ],
  // Figures of speech from round 63 (dev130-131): "she stabbed me in the back by telling
  // everyone", "boots cutting off the circulation", "pulling my hair out over this spreadsheet",
  // "sent me through the roof", "had the whole room in stitches", "cut me some slack", "my kid
  // brother threatened to tell mum", "sorry for the mess in my last message".
  [
    'stabbed stab stabbing stabs back',
    String.raw`(?:(?<=\b(?:friend|friends|best friend|bestie|mate|mates|colleague|colleagues|coworker|sister|brother|cousin|boss|flatmate|roommate|team|company|manager|family)\b[^\n]{0,16}?)\bstab(?:bed|bing|s)? (?:me|us) in the back\b|\bstab(?:bed|bing|s)? (?:me|us|him|her|them|you) in the back by \w+ing\b)(?![^\n]*\b(?:with|twice|knife|knives|scissors|blade|screwdriver|blood|bled|bleeding|bleed|hospital|a e|walk in|stitches|glue|gluing|glued|wound|seeping|hole|ambulance|police)\b)`,
  ],
  [
    'cutting cut cuts circulation',
    String.raw`(?<=\b(?:boots?|shoes?|heels|jeans|trousers|socks?|ring|watch|strap|straps|bra|belt|tights|leggings|sleeves?|cuffs|wristband|bracelet|compression|cast|plaster|bandage|sitting|kneeling|cross legged|headphones|hat|collar|waistband)\b[^\n]{0,40}?)\bcut(?:ting|s)? off (?:the |my )?circulation\b(?![^\n]*\b(?:tied|tie|cable|zip|rope|tape|cuffed|handcuff\w*|held|grabbed|squeez\w*|he|she|him|her)\b)`,
  ],
  [
    'pulling pulled pull hair',
    String.raw`(?<!\b(?:he|she|they|him|her|ex|partner|husband|wife|boyfriend|girlfriend)\b[^\n]{0,16})\bpull(?:ing|ed|s)? (?:my|our) hair out (?:over|with|trying|about|because of (?:this|the|my|work)|at (?:this|the|work|my desk))\b(?![^\n]*\b(?:roots|clumps|handfuls|bald patch|scalp)\b)`,
  ],
  [
    'roof',
    String.raw`\b(?:sent|send|sends|sending|went|go|goes|going|shot|shoot|shoots|is|are|was|were) (?:me |him |her |them |prices |rents? |bills? )?(?:straight |right )?through the roof\b`,
  ],
  [
    'stitches',
    String.raw`(?:(?<=\b${LAUGHTER}\b[^\n]*)|(?=[^\n]*\b${LAUGHTER}\b))(?![^\n]*\b(?:beat\w*|hit|hits|punch\w*|smash\w*|glass|a e|hospital|wound|knife|fell|bleed\w*|blood)\b)(?:\b(?:had|have|has|having|left|leaves|leave|kept|keeps|keep|got|gets|get) (?:me|us|him|her|them|everyone|everybody|the (?:whole )?(?:room|audience|crowd|table|class|office|pub|group)) in stitches\b|\bin stitches (?:laughing|with laughter|the whole|all night)\b)`,
  ],
  [
    'cut slack',
    String.raw`\bcut (?:me|us|him|her|them|yourself|myself|you) (?:some|a bit of|a little|a little bit of) slack\b`,
  ],
  [
    'threatened threatens threatening threaten blackmail',
    String.raw`\b(?:kid|little|baby|younger|wee) (?:brother|sister|bro|sis|cousin)(?!'s)(?: [a-z]+)? threaten\w* to (?:tell|grass|snitch|dob)(?: on me)?(?: to)? (?:(?:our|my) )?(?:mum|mom|dad|parents|nan|gran|the teacher)\b|\b(?:the )?blackmail (?:starts|begins) (?:young|early)\b`,
  ],
  [
    'message messages text texts msg email post check voice voicemail rant',
    String.raw`\b(?:in|about|re|regarding|for) (?:my|your|the|our) (?:last|previous) (?:message|messages|text|texts|msg|email|post|check in|voice note|voicemail|rant)\b(?![^\n]*\b(?:goodbye|bye|forever|last one|final|for good)\b)`,
  ],
  // Endings of other things: "should i kick him off my netflix or let it die quietly", "i do not
  // see a future with him, so i ended it", "dying with this cold".
  [
    'die dies future ended dying',
    String.raw`\blet (?:it|the (?:account|subscription|chat|conversation|group chat|thread|streak|plant|group)) die\b(?: quietly| off| a natural death)?|\b(?:do not|can not|cannot|could not|did not) see a future with (?:him|her|my ex)\b(?: anymore| any more)?(?: ,)?(?: so i (?:ended|finished) (?:it|things))?|\bdying (?:with|of) (?:this|a|the|my) (?:cold|flu|hangover|man flu|chest infection|sore throat|cough|migraine|headache|period|cramps)\b`,
  ],
  // Selling up for a move, and a will for a new parent: "sold my car since i'm moving to the city
  // and won't need it", "made my will after my first child was born".
  [
    'sold selling sell gave giving give rid will',
    String.raw`\b(?:sold|selling|sell|gave away|giving away|give away|got rid of|getting rid of) my (?:car|bike|van|furniture|sofa|bed|desk|stuff|things|books|clothes|piano|motorbike)\b[^\n]{0,30}?\b(?:since|because|as|cos) (?:i am|we are) (?:moving(?: to| abroad| house| flat| home| in with| out| overseas| away| across| country| city| back| next)|relocating|emigrating|downsizing)\b(?:[^\n,]{0,30}?\b(?:and )?(?:will not|won't) need (?:it|them)\b)?|\b(?:made|wrote|write|writing|updated|update|did|do) (?:my|a|our) will\b(?=[^\n]{0,60}\b(?:child|children|baby|kids|born|married|mortgage|house|lawyer|solicitor|every parent|everyone should|sensible|grown up)\b)(?![\s\S]{0,100}\b(?:sorted|done now|i am done|ready|goodbye|letters?|notes?|nothing left|will not need|won't need|tonight|last night|in order)\b)`,
  ],
  // A parent who worries and respects a no: "my mom asks where i am a lot because she worries,
  // but she backs off when i say i need space".
  [
    'asks ask asked checks texts calls where',
    String.raw`\b(?:mom|mum|mother|dad|father|parents|nan|gran|grandma|sister|brother)s? (?:asks?|asked|checks?|checked|texts?|texted|calls?|called|rings?|rang) (?:me )?where i am\b(?=[^\n]{0,80}\b(?:worr\w+|backs? off|respects?|cares?|caring)\b)`,
  ],
  // Clumsiness and a facepalm: "smacked myself in the face with the car door", "slapped myself
  // on the forehead when i realised".
  [
    'slapped slap slapping slaps smacked smack smacking hit hitting whacked whack banged bang bashed bash',
    String.raw`\bslap(?:ped|ping|s)? myself on the forehead\b(?![^\n]*\b(?:so hard|really hard|hard|until|hate|again and again|over and over|every time|whenever|when i get|marks?|bruis\w*|punish\w*|deserve\w*)\b)|\b(?:hit|hitting|smack\w*|whack\w*|bang\w*|bash\w*|slap\w*) myself (?:in|on) the (?:face|head|forehead|nose|eye|shin|knee|chin|mouth) with (?:the|a|my) (?:car door|door|cupboard|cupboard door|fridge door|racket|ball|bat|remote|shelf|branch|boot|lid)\b(?![^\n]*\b(?:when i feel|feel like this|so hard|until|hate|again|every time|whenever|on purpose|deliberately|punish\w*|deserve\w*)\b)`,
  ],
  // Boredom or cringe: "the meeting dragged on forever and i was dying inside".
  [
    'dying',
    String.raw`(?:(?<=\b(?:meeting|meetings|lecture|seminar|class|presentation|call|zoom|sermon|speech|wedding|party|date|small talk|queue|training|webinar|conference|assembly|recital|karaoke)\b[^\n]{0,60}?)\b(?:i was |i am |was |am )?dying inside\b|\bdying inside\b(?=[^\n]{0,40}\b(?:meeting|lecture|class|presentation|zoom|cringe|embarrass\w*|awkward|small talk)\b))(?![^\n]*\b(?:every day|all the time|for months|for weeks|want to die|wanna die|end it|no point)\b)`,
  ],
  // Everyday safety and soreness, round 65 (dev133-134): "my knees can't take it anymore", "a
  // bruise on my arm from the climbing wall", "police came round because our car alarm kept going
  // off", "she reminds me to take my meds", "my friend threatened to post my baby photos", "he's
  // a bit paranoid about me walking home alone", "i keep the door locked because the flat is on
  // the ground floor", "walked home the long way to get more steps in".
  [
    'knee back legs feet ankles hip shoulder neck joints calves wallet bank',
    String.raw`\bmy (?:knees|knee|back|legs|feet|ankles|hips|hip|shoulder|shoulders|neck|joints|calves|wallet|bank account) (?:can not|cannot|could not|will not|won't) take (?:it|this|much more|any more|anymore)\b(?: anymore| any more)?(?![^\n]*\b(?:neither can i|nor can i|me neither|neither do i|i am done|give up|gives up|gives out|no more|end it|i can not|i cannot|cut|cutting|hope it|die|dying)\b)`,
  ],
  [
    'bruise bruises bruised bruising',
    String.raw`\bbruis\w* (?:on|all over|down) my (?:arm|arms|leg|legs|shin|shins|knee|knees|hip|hips|thigh|thighs|back|side|elbow|elbows|hand|hands|foot|feet) from (?:the |a |my |last night's |yesterday's )?(?:climbing|bouldering|football|rugby|hockey|netball|boxing|kickboxing|martial arts|jiu jitsu|bjj|judo|karate|training|gym|yoga|dance|dancing|roller derby|skating|skiing|cycling|paintball|trampoline|trampolining|climbing wall|ropes)\b(?![\s\S]{0,100}\b(?:again|apparently|story|clumsy|agreed|explain\w*|told (?:them|everyone|people|the)|cover|not from|not training|really from|stepdad|stepfather|he|she|him|her)\b)`,
  ],
  [
    'police',
    String.raw`\bpolice (?:came|come|turned up|showed up|came round|came over|knocked)\b[^\n]{0,20}? because (?:of )?(?:our|my|the|a|next door's) (?:car alarm|alarm|burglar alarm|smoke alarm|house alarm|neighbou?r'?s? (?:party|music|alarm|dog)|party|music|dog)\b(?![\s\S]{0,120}\b(?:nearly said|almost said|nearly told|almost told|wanted to tell|want to tell|wanted to say|want to say|could not tell|did not dare|goes on|first time anyone|bruis\w*|scared|afraid|hurt|hit me|he|she|him|her)\b)`,
  ],
  [
    'reminds remind reminded',
    String.raw`\bremind(?:s|ed)? me to take my (?:meds|medication|pills|tablets|vitamins|inhaler)\b(?![\s\S]{0,120}\b(?:or else|makes me|forces|watches me|counts|hides|saved|saving|stash\w*|hoard\w*|keeping them|kept them|collect\w*|month of|drawer|not taking|pretend\w*|swallow\w*|tin|box|not taken|stopped|all in)\b)`,
  ],
  [
    'threatened threatens threatening threaten',
    String.raw`(?<=\b(?:friend|mate|bestie|sister|brother|sis|bro|mum|mom|dad|nan|gran|cousin|aunt|auntie|uncle|flatmate|roommate)\b[^\n]{0,12}?)\bthreaten\w* to (?:post|share|show|put up|send round|dig out) (?:my|our|the|those) (?:old )?(?:baby|childhood|toddler|embarrassing|awkward|prom|graduation) (?:photos|pics|pictures|videos|photo|pic|video)\b(?![^\n]*\b(?:unless|if i|online if|ex)\b)`,
  ],
  [
    'paranoid protective overprotective worried',
    String.raw`\b(?:a bit |so |really |quite |very |super )?(?:paranoid|protective|overprotective|worried) about me (?:walking|going|getting|being|travelling|traveling|driving|cycling|running)(?: home)?(?: alone| on my own| late| at night| in the dark)\b`,
  ],
  [
    'locked',
    String.raw`\b(?:keep|kept|keeping) (?:my|the|our) (?:front |back )?doors? locked\b(?= because (?:(?:my|the|our) (?:flat|house|place|building|street|area|gate|lock|window|ground floor|neighbourhood|neighborhood|road|latch)|it is (?:on|by|near) )\b(?![^\n]*\b(?:he|she|him|her|ex|they|them|someone|somebody|stepdad|stepfather|flatmate|boyfriend|girlfriend|partner|husband|wife|guy|man|men|neighbou?r|handle|trying|knock\w*|scared|afraid)\b))`,
  ],
  [
    'step exercise air walk view sunset',
    String.raw`\b(?:walked|walk|walking|took|take|taking) (?:home )?the long way(?: home| round| around)?(?: tonight| today)?(?= (?:to get|for|because|as) (?:more |some |extra |my )?(?:steps|exercise|fresh air|air|a walk|the view|sunset|views|step count)\b)`,
  ],
  // A storyline on television: "the new season of that crime drama has a really intense domestic
  // abuse storyline". Not when the writer sees their own in it.
  [
    'storyline storylines plot subplot arc',
    String.raw`\b(?:drama|series|soap|show|season|episode|film|movie)\b[^\n]{0,40}? (?:has|had|with|about|featuring|features) (?:a |an |the )?(?:really |very |so |quite )?(?:intense |powerful |harrowing |brutal |dark |realistic |hard hitting )?(?:domestic (?:abuse|violence)|abuse|stalking|coercive control) (?:storyline|storylines|plot|subplot|arc)\b(?![^\n]*\b(?:my|me|mine|realis\w*|realiz\w*|he|his|him|she|her|our|us|we|what he|what she)\b)`,
  ],
  // A last straw that is a trifle: "if he posts one more gym selfie i'm gonna unalive myself",
  // "if i hear one more adele song i'll kill myself".
  [
    'myself',
    String.raw`\bif (?:i (?:have to |must )?(?:hear|see|read|watch|sit through|get|sing|eat)|(?:he|she|they|my \w+|someone|anyone) (?:posts?|sends?|plays?|says?|makes?|tells?|shares?|uploads?)) one more (?!(?:night|day|morning|week|month|year|time|minute|hour|second)s?\b)[^\n,]{1,40}?(?: ,)? i (?:am (?:gonna|going to)|will|would) (?:literally |actually |honestly |just )?(?:kill|unalive|shoot|hang|drown) myself\b(?![^\n]*\b(?:pills|tablets|rope|blade|razor|note|for real|not joking|seriously)\b)`,
  ],
  // A threat over something trivial: "she'll murder me if I forget the cake", "mum said she'd
  // kill me if i missed sunday lunch again", "he'd kill me if i spoiled the finale", "my boss is
  // going to strangle me for being late" (only someone who is no partner is blamed for lateness:
  // from a partner it may be control).
  [
    'kill murder strangle throttle skin slaughter',
    String.raw`\b(?:will|would|is going to|are going to|was going to|going to|gonna) (?:actually |literally |honestly )?(?:kill|murder|strangle|throttle|skin|slaughter) me if i (?:forget|forgot|miss|missed|skip|skipped|spill|spilled|lose|lost|eat|ate|burn|burnt|burned|break|broke|don't bring|do not bring|don't get|do not get|don't book|do not book|don't finish|do not finish|turn up late to|am late to|am late for|was late for|was late to|spoil|spoiled|spoilt|ruin|ruined) (?:the |her |his |their |my |our |mum's |mom's |dad's |nan's |gran's |sunday |another |one more )?(?:finale|ending|episode|season|series|plot|film|movie|surprise|cake|birthday cake|lunch|dinner|sunday lunch|roast|birthday|bday|b day|anniversary|date night|party|wedding|bins|milk|bread|shopping|deadline|meeting|match|game|rehearsal|practice|class|shift|order|present|gift|presents|presentation|report|booking|appointment|train|flight|biscuits|chocolate|chocolates|last slice|leftovers|plant|plants|tickets|keys|quiz|recital|concert|show)\b(?![\s\S]{0,80}\b(?:did it before|done it before|has before|last time|actually kill|mean it|means it|meant it|not joking|for real|hurt me|hit me|hits me|bruis\w*|scared|afraid|terrified)\b)|\b(?:boss|manager|supervisor|teacher|coach|tutor|lecturer|mum|mom|mother|dad|father|nan|gran|grandma|sister|brother|flatmate|roommate|bestie|friend|mate)(?: [\w']+){0,3}? (?:will|would|is going to|is gonna|was going to) (?:actually |literally |honestly )?(?:kill|murder|strangle|throttle|skin|slaughter) me for (?:being late|turning up late|forgetting|missing|skipping|spilling|breaking|losing|eating)\b`,
  ],
  // A friend's or a relative's joke about a habit of the writer's: "my flatmate said she would
  // strangle me if i played adele one more time", "if i bring home one more plant"; not over
  // telling anyone or calling the police, nor when it has been done before.
  [
    'kill murder strangle throttle',
    String.raw`\b(?:flatmate|roommate|housemate|bestie|best friend|friends?|mates?|buddy|pal|teammates?|coach|trainer|sister|brother|mum|mom|dad|nan|gran|colleague|coworker|boss)\b(?:\s+(?!(?:ex|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee)\b)[\w']+){0,4}?\s+(?:will|would|is going to|is gonna|was going to) (?:actually |literally |honestly )?(?:kill|murder|strangle|throttle) me if i (?![^\n]*\b(?:police|cops|report\w*|tell|told|(?:leave|left) (?:him|her|them))\b)[^\n]{1,40}? (?:one more(?: [\w']+)?|once more|again)\b(?![\s\S]{0,80}\b(?:(?:did|done) (?:it|that|this)(?: to me)? before|last time|mean it|means it|meant it|not joking|for real|hurt me|hit me|hits me|bruis\w*|scared|afraid|terrified)\b)`,
  ],
  // Left out of one evening, not out of the world: "everyone would have been fine without me at
  // the party".
  ['without', String.raw`\bwithout me ${AT_AN_EVENT}`],
  // A relative's death by suicide or overdose long ago, told as family history: "granddad shot
  // himself in 1998", "mum died of an overdose when i was nineteen". Only that clause; not when
  // the note ties it back to the writer ("i understand why now", "i want to be with him").
  [
    'himself herself themselves overdose life suicide',
    String.raw`\b(?:${CONFIDANTS}|dad|father|granddad|grandad|grandpa|grandfather|grandma|grandmother|nan|gran|uncle|son|daughter|husband|wife)(?:'s)?(?: [a-z]+)? (?:died (?:of|from|after) an? (?:accidental )?overdose|took (?:his|her|their) (?:own )?life|killed (?:himself|herself|themselves)|shot (?:himself|herself|themselves)|hanged (?:himself|herself|themselves)|died by suicide|committed suicide)\b(?=[^\n]{0,30}?\b(?:in (?:19|20)\d\d|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|many|several) years ago|when i was (?:\d+|a (?:kid|child|baby|teenager)|little|young|[a-z]+teen|twenty|thirty)|before i was born)\b)${TIED_TO_WRITER}(?![\s\S]*\b(?:join (?:him|her|them)|be with (?:him|her|them)|understand why|how (?:he|she|they) felt|same way|same thing|go the same|going the same)\b)`,
  ],
  // Work at a pharmacy counter or on a ward: "explained the overdose risk on co-codamol to a
  // customer", "counting tablets all day".
  [
    'overdose tablets pills capsules',
    String.raw`\b(?:explain\w*|warn\w*|went through|talked (?:\w+ )?through) (?:\w+ ){0,3}?(?:the )?overdose (?:risks?|limits?|thresholds?|warnings?)\b(?=[^\n]*\b(?:counter|customers?|patients?|clients?|shift|pharmacy|ward|clinic|training|students?|leaflet)\b)|\b(?:counting|counted|count) (?:out )?(?:tablets|pills|capsules) (?:all day|at work|for (?:prescriptions|customers|patients|the ward|the dispensary)|in the dispensary|on (?:my|the) shift)\b(?![^\n]*\b(?:how many|enough|mine|for me|myself|sav\w+|stash\w*|kept|keep|hid|hide)\b)`,
  ],
  // Someone else's safety plan, at work or for a friend: "helped a caller work through his
  // safety plan", "the safety plan he made with his gp".
  [
    'safety',
    String.raw`\b(?:his|her|their) safety plans?\b|\bsafety plans? (?:he|she|they) (?:made|wrote|has|had|drew up)\b`,
  ],
  // A knock taken in a sport: "sparred muay thai with a guy twice my size and came away with a
  // black eye", "got a split lip at boxing".
  [
    'eye lip nose rib bruise concussion',
    String.raw`${NOT_BY_PARTNER}\b(?:${CONTACT_SPORT})\b[^\n]{0,60}?\b${A_KNOCK}|${NOT_BY_PARTNER}\b${A_KNOCK} (?:at|in|from|during) (?:my |the |a |last night is |tonight is )?(?:${CONTACT_SPORT})\b`,
  ],
  // Family and friends joking: "my sister will kill me if I text him", "mum tracks my location".
  // A bare "my dad said he'd kill me" is not blanked: it may be a real threat.
  [
    'kill murder bury strangle throttle threat track check share location',
    String.raw`\b(?:(?:mom|mum|mother|sister|sis|nan|nana|gran|granny|grandma|aunt|auntie|aunty)\b(?:\s+(?!(?:he|him|his|ex|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee)\b)[\w']+){0,5}?|(?:dad|father|brother|bro|grandad|grandpa|uncle)\b(?:\s+(?!(?:she|her|ex|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee)\b)[\w']+){0,5}?|(?:parents|cousin|bestie|best friend|friends?|mates?|flatmate|roommate)\b(?:\s+(?:says?|said|swears?|swore|reckons|promised|texted|messaged|jokes?|joked|joking)(?:\s+that)?(?:\s+(?:she|he|they))?)?(?:\s+(?!(?:he|him|his|she|her|ex|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee)\b)[\w']+){0,5}?)\s+(?:(?:threat\w*|promised|swore) to (?:carry|fetch) me\b(?:[\w' ]{0,40}? (?:himself|herself|themselves)\b)?|(?:literally |actually )?(?:kill|murder|bury|strangle|throttle)\w*\s+me\s+(?:if|when)\s+(?:he|she|they)\s+(?:ever\s+)?(?:knew|knows|finds out|found out|find out|sees|saw|hears|heard|reads|read)\b|(?:threat\w*|promised|swore) to (?:hide|take|confiscate|throw|bin|steal|delete|smash|sit on) my (?:phone|laptop|ipad|tablet)\b[^\n]{0,40}?\bif i\b|(?:literally |actually )?(?:kill|murder)\w*\s+me\s+(?:because |cause |cos |coz |since )?i\s+(?:burned|burnt|broke|lost|forgot|spilled|ate|missed|crashed|ruined|dropped|scratched|dented|stained)\b(?![^\n]*\b(?:belt|last time|a&e|hospital|hit|hits|hurt|hurts|scared|means it|meant it|not joking|beat|beats|bruis\w*)\b)|(?:literally |actually )?(?:kill|murder|bury|strangle|throttle|end|disown)\w*\s+me(?: in the garden| alive)?\s+if\s+i\s+(?:ever\s+)?(?:text|texted|message|messaged|call|called|ring|rang|phone|contact|reply|replied|answer|see|saw|go back|went back|get back|got back|speak|talk|dm|snapchat|like|unblock|stalk|check|do not visit|do not come|do not call|do not ring|forget|miss|skip|am late|eat|borrow|break|lose|wear|touch|spoil)\b|(?:literally |actually )?(?:kill|murder|bury|strangle|throttle)\w*\s+me\s+for\s+(?:borrowing|wearing|eating|breaking|losing|forgetting|spoiling|using|finishing|stealing|taking|nicking|ruining|spilling|missing|shrinking|scratching)\b(?![^\n]*\b(?:belt|last time|a&e|hospital|hit|hits|hurt|hurts|scared|means it|meant it|not joking|beat|beats|bruis\w*)\b)|(?:jokingly |playfully )(?:kill|murder|bury|strangle|throttle|threat)\w*(?![^\n]*\b(?:but|not smiling|meant it|scared)\b)|(?:keeps |insists on |always )?(?:track|tracks|tracking|checks|checking|check)\s+my\s+(?:location|phone)(?![^\n]*\b(?:report|reports|tells him|tells her|for him|for her)\b)|makes? me share my location)\b|\bthreat\w* to read (?:it|them|this|that|my \w+) out\b`,
  ],
  [
    'goodbye farewell leaving',
    String.raw`\b(?:goodbye|farewell|leaving) (?:notes?|letters?|cards?|messages?|emails?) (?:to|for) (?:the |my |our |all the |everyone (?:at|in) (?:the |my )?)(?:team|colleagues|class|students|office|coworkers|co workers|staff|workmates|pupils|work)\b|\bgoodbye to (?:everyone|everybody|all) at [\w' ]{0,24}?(?:leaving do|leaving party|leaving drinks|farewell|party|do|office|work)\b`,
  ],
  [
    'burn burnt cut scald',
    String.raw`\b(?:burn\w*|burnt|cut|cuts|scald\w*|caught|catch|catches) my (?:hand|hands|wrist|wrists|arm|arms|finger|fingers|thumb|leg|legs|thigh|neck|forehead|ear) (?:again )?on (?:the|a|my) (?:hair )?(?:straighteners?|curling (?:tongs|iron|wand)|tongs|hair dryer|oven|stove|hob|pan|iron|kettle|tray|grill|radiator|toaster|candle|bbq|barbecue|baking tray|oven tray|glass|tin|can|salamander|fryer|deep fryer|flat top|plancha)\b(?![^\n]*\b(?:on purpose|deliberately|held it there|to feel|to punish|so i could feel|because i needed|i smashed|again because)\b)`,
  ],
  [
    'hid hide hiding',
    String.raw`\b(?:hid|hide|hiding|hides) (?:the |my |his |her |some |all the )?(?:good |last |nice |christmas |birthday )?(?:biscuits|chocolate|chocolates|snacks|sweets|cake|crisps|wine|presents?|gifts?|easter eggs|treats|cookies|remote)\b`,
  ],
  ['guilt trip', String.raw`\bguilt ?trip\w*\b`],
  // The writer asking about their own behaviour: "is it controlling when i ask her to text me".
  ['controlling', String.raw`\bis it controlling (?=(?:when|if|that) (?:i|we)\b)`],
  // Disowning, not a threat: "my brother says i'm dead to him if i go back to her".
  [
    'dead',
    String.raw`\b(?:i am|i will be|i would be|i am going to be|you are|you will be)\s+dead to (?:him|her|them|me|us|the family|my family)\b(?![^\n]*\b(?:watch (?:my|your) back|make sure|find (?:me|you)|or else|regret|hurt|kill|pay)\b)`,
  ],
  // Someone minding the home while the writer is away: "my neighbour is watching my flat while i'm in warsaw".
  [
    'watch watching watches watched',
    String.raw`(?<=\b(?:is|are|was|were|be|will be) )watching (?:my|our) (?:house|home|place|flat|apartment)(?= (?:while|whilst|when) (?:i|we) (?:am|are|was|were|will be|go|went|travel|travelled|traveled) (?:away|in|on|to|abroad|out of town)\b)(?![^\n]*\b(?:because|photos?|pictures?|every|visits?|break in|broke in|keeps|reports?)\b)`,
  ],
  [
    'tracker tile airtag tag',
    String.raw`(?:(?<=^|\n)|\b(?:i|we) )(?:put|bought|got|attached|stuck) (?:an? |some )?(?:tracker|tile|airtag|air tag|tracking tag)s? (?:on|for|to) my (?:keys|bag|wallet|luggage|suitcase|bike|dog|cat|purse|backpack)\b`,
  ],
  [
    'die',
    String.raw`\b(?:would|will|could|going to) (?:literally |actually )?die (?:if|of|from|when|laughing)\b|\bdie alone with (?:\w+ )?cats\b`,
  ],
  // Family, friends and landlords with a key.
  [
    'let',
    String.raw`\b(?:mum|mom|mother|dad|father|parents|sister|brother|nan|gran|grandma|grandad|landlord|landlady|friend|bestie|cleaner|neighbou?r|flatmate|roommate|auntie|aunt|uncle)\b(?:\s+[\w']+){0,2}? let (?:himself|herself|themselves) in\b`,
  ],
  // Landlords, banks and employers threatening money or paperwork, not the writer.
  [
    'threat',
    String.raw`\b(?:landlord|landlady|letting agents?|letting agency|estate agents?|agency|bank|council|gym|company|employer|uni|university|airline|insurer|network|provider|hmrc|dvla)\b(?:\s+[\w']+){0,2}?\s+threat\w* to (?:keep|withhold|take|charge|fine|sue|evict|cancel|cut|close|bill|report|chase|increase|raise|put up|send|freeze|repossess|tow|clamp)\b(?![^\n]*\b(?:unless|if i (?:do not|don't|will not|won't)) (?:i )?(?:sleep|slept|kiss|kissed|go out|date|send|touch)\b)`,
  ],
  // The writer tracking their own habits; "he tracks my spending" is left alone.
  [
    'track',
    String.raw`(?:(?<=^|\n)|(?<=\b(?:i|we|am|been|started|start|keep|also|now|app|apps) ))track\w* my (?:spending|spend|steps|sleep|periods?|cycle|calories|macros|habits|moods?|runs?|workouts?|water|budget|expenses|outgoings|progress|weight|screen time|fitness|finances|savings|reading|food|symptoms|hours|miles|training)\b`,
  ],
  // A goodbye letter to the ex as a therapy exercise, never sent.
  [
    'goodbye farewell',
    String.raw`\b(?:wrote|write|writing|written)(?: (?:him|her|them|my ex|the ex))? (?:a |an |my )?(?:goodbye|farewell|break ?up|unsent|closure) (?:letter|note)s?\b(?=[^\n]{0,40}?\b(?:therapy|therapist|counsell?or|exercise|homework|never (?:send|sent|post)|unsent|closure|ripped it up|burn(?:ed|t) it|to the relationship)\b)`,
  ],
  // "Put my affairs in order" said of a spice rack or a name change after the split.
  [
    'affairs',
    String.raw`\b(?:put|putting|got|getting|sorted|sorting) my affairs in order\b(?= ?,? (?:by which i mean|i mean|as in|aka|lol|haha|joke|joking|kidding)\b|[^\n]{0,120}?\b(?:changed my name back|name back|deed poll|joint (?:account|netflix|bills|accounts)|new bank account|fresh start|after the (?:divorce|split|breakup)|for the divorce|spice rack|sock drawer|inbox)\b)`,
  ],
  // A cookery class where nobody got hurt.
  [
    'cut',
    String.raw`\b(?:knife skills|cookery|cooking|butchery|chopping|carving) (?:class|course|lesson|session|workshop)\b[^\n]{0,40}?\b(?:did not|never|without|no) cut(?:ting)? myself\b`,
  ],
  // A nurse's or medic's shift: "saw two overdoses and a stabbing on my shift". Several at once,
  // seen or treated, never had, and nothing after it of the writer's own.
  [
    'overdoses',
    String.raw`\b(?:saw|treated|admitted|nursed|attended|dealt with)\s+(?:two|three|four|five|six|several|many|multiple|loads of|\d+)\s+overdoses(?:\s+and\s+(?:an?|two|three|\d+)\s+stabbings?)?\b(?:(?=[^\n]{0,60}\b(?:shift|ward|a e|icu|patients?)\b)|(?<=\b(?:shift|ward|a e|icu|nurse|paramedic)\b[^\n]{0,90}))(?![^\n]*\b(?:myself|my own|take one|i took|i want|i wish)\b)`,
  ],
  // Too much of a good thing: "an overdose of glitter", "overdosed on netflix".
  [
    'overdos',
    String.raw`\b(?:an? )?overdos(?:e|ed|ing) (?:of|on) (?:glitter|sugar|caffeine|coffee|chocolate|cuteness|cute|drama|nostalgia|sunshine|sun|carbs|cheese|pizza|netflix|tv|telly|love songs|sad songs|romcoms|rom coms|gossip|fairy lights|feels|feelings|memes|christmas|tinsel|cake|sweets|candy|fun|sequins|emojis)\b(?! (?:pills?|tablets?|ones|meds|capsules)\b)`,
  ],
  // Deer stalking is hunting; "deer" stays for the gun rule, which leaves hunting alone. Not
  // when it is near where the writer lives.
  [
    'stalking',
    String.raw`(?:(?<=\bdeer )stalking\b|\bstalking(?= (?:deer|stags?)\b))(?![^\n]*\b(?:near|outside|around|by|at) (?:my|our|me)\b)`,
  ],
  // A knife sharpened to cook with (not "sharpened the knife and made sure it would go deep", nor
  // "to slice my arms"): cooking verbs or a dish, and no body or "tonight" after it.
  [
    'sharpen',
    String.raw`\bsharpen(?:ing|ed|s)? (?:the|my|our|a)(?: [\w']+)? kni(?:fe|ves) (?:and|to|before|for) (?:cook|cooking|cooked|chop|chopping|chopped|dice|dicing|diced|fillet|filleting|(?:carve|carving|carved) (?:the|a|our|my) (?:turkey|roast|chicken|joint|ham|pumpkin|lamb|beef)|(?:make|making|made) (?:dinner|lunch|tea|supper|a curry|curry|soup|a stew|stew|a roast|[\w']+ (?:goulash|curry|stew|soup|roast|pie|lasagne|pasta|risotto|dinner)))\b(?![^\n]*\b(?:arms?|wrists?|thighs?|skin|myself|legs?|stomach|tonight i|what it is for)\b)`,
  ],
  // Injections a person gives themselves ("a pro at stabbing myself in the thigh"), where the
  // sentence says what they are for, and nothing but the pen is the instrument.
  [
    'stab jab inject',
    String.raw`\b(?:stabbing|stab|stabbed|jabbing|jab|jabbed|injecting|inject|injected) myself in the (?:thigh|thighs|stomach|belly|tummy|arm|leg|bum)\b(?! with (?!(?:the |my |an? )?(?:pen|injector|epipen|syringe)\b))(?:(?<=\b(?:injections?|insulin|jabs?|ivf|hormones?|epipen|heparin|ozempic|wegovy|testosterone|fertility|hate needles|scared of needles|afraid of needles)\b[^\n]{0,120})|(?=[^\n]{0,60}\b(?:injections?|insulin|jabs?|ivf|hormones?|epipen|heparin|ozempic|wegovy|testosterone|fertility)\b))`,
  ],
  // A song or a post "attacking me personally": feeling called out.
  [
    'attack',
    String.raw`(?<=\b(?:songs?|hits|tunes?|tracks?|lyrics|memes?|tweets?|posts?|videos?|films?|movies?|shows?|ads?|adverts?|playlists?|spotify|tiktok|algorithm|horoscope|radio|album)\b(?:\s+[\w']+){0,2}?\s+)(?:is |are |was |were )?(?:attacking|attacked|attacks) me personally\b|\b(?:feel|felt|feeling) personally attacked\b`,
  ],
  // A boss's threat about lateness or work, with nothing asked or hidden in return and no one
  // else in it ("unless i go for drinks with him", "if i keep seeing my friends").
  [
    'threat',
    String.raw`\b(?:manager|boss|supervisor|teacher|coach|lecturer|tutor|team leader|headteacher)\s+(?:[\w']+\s+){0,2}?threat(?:ened|ens|ening) to (?:put me on (?:the )?(?:early |late |night |weekend |morning |evening )?(?:shifts?|nights|earlies|lates|rota|weekends)|move me to (?:the )?(?:early |late |night )?(?:shifts?|nights|earlies|lates|weekends)|write me up|give me a (?:written )?warning|dock my pay|give me detention|drop me from the team|bench me)\b(?=[^\n]*\b(?:late|lateness|sick|targets?|performance|sales|deadlines?|mistakes?|attendance|uniform|homework|training)\b)(?![^\n]*\b(?:him|her|his|unless|alone|drinks|drive me|back with|wouldn't|would not|won't|will not|refuse|refused|friends|sleep|slept|date|send|nudes|meet|kiss|touch|sex|tell|told|report|reported|anyone|police|hr)\b)`,
  ],
  // Stuck in a lease or a contract: "there's no way out of this lease until june".
  [
    'way',
    String.raw`\bno way out of (?:the|this|my|our|a) (?:lease|contract|tenancy|mortgage|deal|phone contract|gym membership|notice period|agreement)\b`,
  ],
  // Ending something that is not a life: "the best way to end a friendship gracefully". Not when
  // the way follows ("... to end my marriage is pills") or a life is the thing ended.
  [
    'end',
    String.raw`\b(?:best|easiest|kindest|nicest|quickest|cleanest|right|proper|polite|gentlest|least awkward) way to end (?:a|the|our|my|this|that|things with|it with) (?:friendship|relationship|conversation|call|chat|lease|contract|subscription|situationship|fling|engagement|marriage|membership|tenancy)\b(?! (?:is|was|would|will|on|of|with|to)\b)(?![^\n]*\b(?:dead|die|died|dying|kill|killed|myself|alive|life|world|earth|me left|pills|rope|funeral|widow|widower)\b)`,
  ],
  // Overdoses as a subject of study or news: "a documentary on the overdose crisis".
  ['overdose opioid', String.raw`\bthe (?:overdose|opioid|drug) (?:crisis|epidemic)\b`],
  // A review's joke: "10/10 would die again".
  [
    'die',
    String.raw`\b(?:10(?: out of | ?/ ?| )10|ten out of ten)\b[^\n]{0,12}\bwould die again\b`,
  ],
  // Play-fighting: "whacked me with a pillow".
  [
    'hit whack smack bop thump',
    String.raw`(?<=\b(?:brother|sister|kid|kids|son|daughter|friend|mate|flatmate|nephew|niece|cousin|toddler|bestie)\b[^\n]{0,20})\b(?:hit|hits|whacked|whacks|smacked|smacks|bopped|thumped) me with (?:a|his|her|the) (?:pillow|cushion|balloon|pool noodle|teddy|rolled up newspaper)\b(?![^\n]*\b(?:bled|bleed|blood|bruise|bruised|marks|hurt|over my face|breathe|so hard)\b)`,
  ],
  // A gym drill: "the instructor called the shuttle runs suicides".
  [
    'suicide',
    String.raw`\b(?:shuttle runs?|sprints?|drills?|line drills?) (?:called |known as )?suicides\b|\b(?:run|ran|running|runs|do|did|doing) suicides (?:for|until|till|at|in|on|after|as|again|up|across)\b|\bsuicides? (?:sprints?|drills?|runs?)\b`,
  ],
  // A crowded commute: "someone's elbow was in my face the whole way".
  [
    'elbow',
    String.raw`(?<=\b(?:train|tube|bus|commute|crowd|rammed|packed|carriage)\b[^\n]{0,80})(?<!\b(?:ex|he|him|his)\b[^\n]*)\bsomeone(?:'s| s| is)? elbow (?:was )?in my face\b(?![^\n]*\b(?:his|him|he|ex|on purpose|deliberately)\b)`,
  ],
  // A crowded place: "the train was rammed".
  [
    'rammed',
    String.raw`\b(?:train|tube|bus|carriage|pub|bar|club|shop|shops|station|platform|gym|place|town|supermarket) (?:was|is|were|got) (?:absolutely |completely |totally |so |proper )?rammed\b`,
  ],
  // "I'll be dead meat if I forget mom's birthday."
  ['meat', String.raw`(?<!\b(?:he|she|they|ex|him|her|them)\b[^\n]{0,30})\bdead meat\b`],
  // Training and charity events named for the cause: "a suicide prevention training course".
  [
    'suicide self',
    String.raw`\b(?:suicide|self harm)(?: prevention| awareness| first aid| intervention| risk)(?: \w+){0,2}? (?:training|course|workshop|module|session|seminar|certificate|certification|webinar|class|talk|charity|walk|run|fundraiser)\b|\b(?:walk|run|march|vigil|fundraiser|bake sale|event|ride|swim|concert|gig)\b(?: \w+){0,2}? (?:for|in aid of|to raise (?:money|awareness) for|raising (?:money|awareness) for) (?:suicide|self harm) (?:prevention|awareness)\b(?![\s\S]*\b(?:my name|me next|i will be next|i am next|next year it will be me|it will be me)\b)`,
  ],
  // A night out that was hard to sit through: "the karaoke was so bad i wanted to die".
  [
    'die',
    String.raw`\b(?:karaoke|singing|film|movie|show|play|musical|concert|gig|song|songs|music|joke|jokes|puns?|food|meal|dinner|curry|hangover|traffic|queue|meeting|lecture|presentation|sermon|speech|commute|wifi|smell|noise|dancing|acting|comedy|stand ?up|quiz|match|game)\b (?:was|were|is|got) (?:so|that|soo|sooo) (?:bad|awful|terrible|boring|dull|cringe|cringey|embarrassing|loud|long|painful|dire|tragic)\b (?:that )?(?:i|we) (?:literally |actually |genuinely |honestly )?(?:wanted|want|could have|could|was ready|almost wanted|nearly wanted) (?:to )?die\b(?![^\n]*\b(?:for real|really do|actually do|still|every day|anymore|again)\b)`,
  ],
  // Someone's work: "my sister is an ER nurse and sees overdoses all the time".
  [
    'sees see saw deals dealt treats treated handles handled',
    String.raw`\b(?:nurse|paramedic|doctor|medic|firefighter|police officer|cop|pharmacist|gp|social worker|counsellor|counselor|therapist)\b(?: [\w']+){0,6}? (?:sees|see|saw|deals with|dealt with|treats|treated|handles|handled)(?: \w+){0,2}? (?:overdoses|suicides|suicide attempts|self harm|stabbings|shootings|domestic violence|domestic abuse)\b(?![^\n]*\b(?:stockpil\w*|sav(?:e|ed|ing) (?:them|some|up)|tak(?:e|ing) (?:them|some) home|took (?:them|some) home|i want|tempt\w*|myself)\b)`,
  ],
  // Someone else's funeral: "grandad's funeral is on friday", "the funeral for my nan".
  [
    'funeral memorial cremation burial',
    String.raw`\b(?!one's)[a-z]+'s (?:funeral|memorial|cremation|burial)\b|\b(?:funeral|memorial|cremation|burial) (?:for|of) (?:my|our|his|her|their|a|the) (?:late )?(?:grand\w*|gran|granny|nan|nana|uncle|aunt|auntie|aunty|cousin|dad|father|mum|mom|mother|brother|sister|friend|best friend|colleague|boss|neighbou?r|teacher|dog|cat|husband's|wife's)\b`,
  ],
  // Leaps for fun: "did a bungee jump off a bridge", "throw myself off the sofa".
  [
    'bungee bungy throw threw throwing',
    String.raw`\b(?:bungee|bungy)(?: jump\w*)?(?: (?:off|from) (?:a|the) (?:bridge|cliff|crane|tower|platform|building|dam|gorge))?\b|\bthrow\w* myself (?:off|onto|on|into) (?:the|my|a) (?:sofa|couch|bed|settee|beanbag|armchair|chair|pool|ball pit|dance floor|snow|pile of leaves|hay)\b`,
  ],
  // Eyes sore from a screen or smoke: "my eyes are burning".
  [
    'burning stinging',
    String.raw`\b(?:my )?eyes (?:are|were|is|keep|kept|started) (?:burning|stinging)\b`,
  ],
  // Someone else's attempt long past: "my friend attempted suicide years ago and is happy now".
  [
    'attempted tried suicidal attempt overdose',
    String.raw`\b(?:my )?(?:friend|best friend|sister|brother|cousin|mum|mom|dad|aunt|uncle|colleague|coworker|flatmate|roommate)\b(?:\s+[\w']+){0,2}?\s+(?:(?:spoke|talked|told us|shared|opened up|wrote|writes|speaks|talks) about (?:his|her|their) (?:suicide attempt|attempt|overdose)|attempted suicide|tried to (?:kill|end) (?:herself|himself|themselves|her life|his life|their life)|(?:was|were) suicidal)\b(?=[^\n]{0,30}\b(?:years ago|months ago|in (?:19|20)\d\d|as a teen(?:ager)?|at uni|in school|at school)\b)(?![^\n]*\b(?:again|last night|yesterday|this week|tonight|now wants|still|i want|i wanna|i feel|i think about|i have been thinking|join|same|me too|myself|follow|painless|what i need|i need|how close|close to|doing it|do it|easy|easier|quick|quickest|method)\b)`,
  ],
  // Embarrassment: "ugh, I want to die, I called my boss babe".
  [
    'die',
    String.raw`\b(?:ugh|omg|oh god|oh no|oh my god|lol|lmao|kill me now)\b[ ,]*i (?:want to|wanna|could|am going to) die\b(?=(?: ,)? i (?:just |literally |accidentally )*(?:called|said|sent|texted|wore|forgot|fell|tripped|spilled|replied|liked|waved|walked|farted|sneezed|snorted|laughed|cried)\b)`,
  ],
  // "I'd rather be dead than go to his sister's wedding": an errand worse than death, not a wish.
  [
    'dead die',
    String.raw`\bi would (?:honestly |literally )?rather (?:be dead|die)\b(?= than (?:(?:go|going)(?! back)|attend|attending|wear|wearing|eat|eating|sit|sitting|listen|listening|watch|watching|be seen|work|working|dance|dancing|sing|singing|use|using|pay|paying)\b(?![^\n]*\b(?:another day|another night|another week|another minute|like this|without (?:him|her|them)|alive|living|this life|go on|going on|carry on|(?:him|her|them) (?:be|being|with|get|getting|marry|marrying)|happy with|with (?:her|him|them|someone else))\b))`,
  ],
  // Laughing: "im dead skull skull" (the emoji, spelled out), "i'm dead lol".
  [
    'dead',
    String.raw`\bi am (?:so |literally |actually )?dead (?:skull|lol|lmao|lmfao|haha|hahaha|crying|xd)\b`,
  ],
  // A home haircut: "I cut my hair off myself last night".
  [
    'hair fringe bangs beard',
    String.raw`\b(?:cut|chopped|shaved|trimmed|dyed|bleached) (?:my |all my |off my )?(?:hair|fringe|bangs|beard)(?: off)?(?: myself)?\b`,
  ],
  // A goodbye before a trip: "goodbye everyone, off to ibiza for two weeks".
  [
    'goodbye bye farewell',
    String.raw`\b(?:good ?bye|bye|farewell)\b[^\n]{0,20}? , (?:i am )?(?:off to|flying to|heading to|going to) (?!a better place|heaven|the other side|sleep|die|end\b|the (?:bridge|river|cliffs?|tracks|railway|station|sea|lake|coast|roof|woods|forest|edge|quarry|motorway|car park|multistorey|viaduct|reservoir|canal)\b)\w+`,
  ],
  // Taken along to an outing: "my sister dragged me to her spin class", "he dragged me to a jazz
  // concert". Places where harm happens (a park, a beach, a club, a car) are not outings here, and
  // a sentence that goes on to harm is not blanked.
  [
    'dragged drags',
    String.raw`\bdrag(?:ged|s) me (?:along )?(?:to|off to|out to) (?:her |his |their |a |an |the |my |our )?(?:\w+ )?(?:class|classes|concert|gig|party|gym|yoga|spin|cinema|movies|brunch|dinner|lunch|wedding|museum|quiz|karaoke|festival|shop|shops|shopping|mall|church|garden centre|car boot sale|hairdresser|hairdressers|exhibition|theatre|play|musical|recital|lecture)\b(?![^\n]*\b(?:hair|arm|wrist|neck|throat|left me|hit|held|forced|locked|pushed|punched|slapped|screaming|kicking|bruis\w*|hurt|toilets?|car park|alone)\b)`,
  ],
  // "Go knock 'em dead at your interview."
  ['knock', String.raw`\bknock (?:em|them|um) dead\b`],
  // Chores and things worn out: "if I have to fold one more towel I'll die", "dead slow traffic",
  // "drop-dead exhausted", "the death of my inbox".
  [
    'die dead death myself',
    String.raw`\bif i have to (?:[\w']+ ){1,5}?(?:one more|another) (?:[\w']+ ){1,2}?i will (?:die|scream|lose it|throw myself out of the window)\b|\bdead slow\b|\bdrop dead (?:exhausted|tired|gorgeous|beautiful|handsome)\b|\bthe death of my (?:inbox|phone|wallet|bank account|knees|back|feet|liver|social life|diet|laptop|car)\b|(?<!\b(?:he|she|they|ex|him|her|boyfriend|girlfriend|husband|wife|partner) )\b(?:is|are|was|were|will be|is going to be|are going to be|gonna be) the death of me\b(?! (?:if|when|unless|one day|one of these days)\b)`,
  ],
  // The writer's own past with someone, told as long over: "back in year 10 my ex used to check my
  // phone , that has been over for years , he moved states and we have not talked since". Only
  // that sentence, and only when the note says years have passed and the person is out of the
  // writer's life or on easy terms (no contact since, moved away, divorced, blocked, co-parenting
  // fine), and nothing in its other sentences brings the person or the fear back. It runs before
  // the idioms that blank a "years ago" story, which it reads.
  [
    'used ago together with marriage back ended',
    String.raw`^(?<![\s\S]*${BROUGHT_BACK}[\s\S]*)(?=[^\n]*\b(?:used to|years ago|back in|when (?:we|i) (?:were|was) (?:together|with)|from when i was with|got out of (?:a|my|that|the)|(?:my|that|the) (?:old|first|previous) (?:marriage|relationship)|(?:was|were) (?:violent|abusive|controlling|cruel|scary) but that ended)\b)(?![^\n]*\b(?:still|again|lately|recently|now (?:he|she|they))\b)(?=[\s\S]*\b(?:(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|many|several) )?years ago|a decade (?:back|ago)|since (?:19|20)\d\d|(?:for|in) (?:[\w']+ )?years|(?:in |for )?(?:a|over a) decade|back in (?:yr|year|school|high school|uni|college|sixth form)|in (?:19|20)\d\d|when i was (?:\d+|a teen\w*|young|at school|in school|at uni))\b)(?=[\s\S]*\b(?:(?:have|has|had) (?:not|never) (?:spoken|talked|heard (?:a (?:word|thing|peep) )?from (?:him|her|them)|seen (?:him|her|them)|been in touch)|no contact (?:in|for|since)|(?:been|is|was) over for (?:[\w']+ )?years|got divorced|divorced (?:him|her|them)|(?:cut|cut off|no|zero|had no) contact|(?:has|have) not reached out|lived abroad|blocked (?:him|her|them)|long gone|long over|i got out|out of my life|moved (?:cities|countries|away)|(?:never|do not|rarely) hear from (?:him|her|them)|co ?parent (?:fine|well|okay|ok|happily|amicably|just fine)|(?:we are|are) (?:friends|friendly|civil) now|get (?:on|along) (?:fine|well) now|(?:moved|lives|living|emigrated|relocated) (?:abroad|overseas|away|states|to (?:another|a different) (?:country|state|city|continent)|to (?:australia|america|canada|the states|the us|new zealand|spain|dubai|scotland|ireland|england|france|germany|asia|europe)))\b)(?![^\n]*\n[\s\S]*${BROUGHT_BACK})[^\n]+`,
  ],
  // The writer's own history, set years back and left there: "when i was a teenager i was very
  // sad and i hurt myself , but i got help", "we talked about how i used to self harm when i was
  // fifteen". The whole sentence is blanked, unless it brings anything into the present ("still",
  // "again", "tonight", "want", "keep"), looks back with regret ("i should have finished it when i
  // was 16"), understands it now ("my uncle killed himself ten years ago and i understand why
  // now") or names anyone else (another's violence is never history here: someone may be hoping
  // to go back to them).
  [
    'ago years when teenager teen kid child teens school uni college',
    String.raw`^${ATTEMPT_TOLD_BARE}(?=[^\n]*\b(?:(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|a few|many|several) )?years ago|as a (?:teenager|teen|kid|child)|in my (?:teens|early twenties|late teens)|back in (?:school|uni|college|high school|sixth form)|when i was (?:a teenager|a teen|a kid|a child|young|younger|little|at school|at uni|in (?:school|college|uni|year \d+)|\d+|twenty(?: [a-z]+)?|thirty(?: [a-z]+)?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|it (?:is|has) been (?:over |nearly |almost |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|many|a few) years)\b)(?![^\n]*\b(?:still|again|tonight|last night|this week|right now|anymore|any more|lately|recently|starting|started|back(?! then| in (?:school|uni|college|high school|sixth form|the day))|this time|these days|yesterday|(?<!\bago )today|want|wants|wanted to|feel like|keep|keeps|going to|gonna|will|plan|planning|plans|urges?|tempted|miss (?:it|doing it)|should have|could have|would have|wish|if only|this (?:close|bad|low|dark|way)|like this|close to|(?:have|has) not felt|never felt|he|she|they|him|her|them|his|hers|their|ex)\b)(?![\s\S]*\b(?:again|started|starting|saving|stash\w*|hoard\w*|understand why|get why|see why|makes sense now|join (?:him|her|them)|like (?:that|it) (?:did|was|felt)|like (?:back )?then|like last time|exactly like|same (?:feeling|way|thing|place)|this time|one more time|finish\w* (?:it|the job))\b)[^\n]+`,
  ],
  // Exertion: "i genuinely thought i would die at mile ten", "thought i was going to die on the
  // last set".
  [
    'die',
    String.raw`\bthought i (?:would|was going to|might|am going to) die (?:at|on|during|in|halfway up|up) (?:mile \w+|the (?:last|final|third|second) (?:set|lap|mile|rep|reps|hill|round|climb|sprint|km|kilometre)|the hill|the climb|the last bit|the finish|leg day|spin|hiit|the workout|the run|the race)\b`,
  ],
  // Martial arts: "a purple belt choked me out twice", "we drilled chokes and armbars".
  [
    'choked choke chokes',
    String.raw`\b(?:jiu jitsu|bjj|judo|wrestling|grappling|mma|rolled|rolling|sparring|purple belt|blue belt|brown belt|black belt|white belt)\b[^\n]{0,80}?\b(?:choked (?:me )?out|chokes and armbars|drilled chokes)\b|\b(?:purple|blue|brown|black|white) belt choked me\b`,
  ],
  // Deaths in a game: "the final boss killed me about forty times before i beat it".
  [
    'killed kills killing destroyed wrecked',
    String.raw`\b(?:final|end|last|level|raid|mini|secret|first|second|third|big)? ?boss(?:es)? (?:[\w']+ ){0,4}?(?:killed|kills|killing|destroyed|wrecked|murdered|murdering) me\b|\b(?:killed|kills|killing) me (?:about |like |around |over |roughly |maybe |at least )?(?:\d+|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of|dozens of|so many|loads of|countless|a million|a thousand|a dozen) times (?:before|until|till) i (?:beat|finished|cleared|got past|won|passed|completed)\b`,
  ],
  // Someone else's past told as over: "my friend had a controlling ex years ago, she's married
  // now", "my mate jo had a stalker years ago, it got sorted", "my best friend's ex used to hit
  // her, she left him years ago", "my best friend's ex was threatening her last year , she got a
  // restraining order". Not when the note ties it back to the writer.
  [
    'controlling abusive violent coercive stalker hit beat hurt order',
    String.raw`\b(?:${CONFIDANTS})(?:'s)?(?: [a-z]+)? (?:had an? (?:controlling|abusive|violent|coercive) (?:ex|husband|wife|partner|boyfriend|girlfriend)|had a stalker|got a (?:restraining|protection|non molestation) order (?:on|against) (?:her|his|their) ex|(?:ex|husband|partner|boyfriend|girlfriend|wife) (?:used to (?:hit|beat|hurt)|was (?:threatening|stalking|following|harassing|hitting|hurting|controlling)) (?:her|him|them))\b(?=[^\n]{0,60}\b(?:years ago|last year|(?:she|he|they) (?:left|got out|escaped|got a (?:restraining|protection|non molestation) order)|(?:is|are) (?:fine|happy|safe|married|happily married) now)\b)(?:(?: [\w']+){0,3}? , (?:she|he|they) (?:got|took out) (?:a|an) (?:restraining|protection|non molestation) order\b)?${TIED_TO_WRITER}`,
  ],
  // Someone else's story heard in a group: "at the support group someone talked about their
  // abusive ex". Not when the note ties it back to the writer.
  [
    'abusive controlling violent',
    String.raw`\b(?:someone|somebody|a woman|a man|a girl|a guy|one (?:woman|man|lady|guy)|people|others)(?: (?:at|in) (?:the )?(?:group|support group|meeting|session|class))? (?:talked|spoke|shared|was talking|were talking) about (?:her|his|their) (?:abusive|controlling|violent) (?:ex|husband|wife|partner|boyfriend|girlfriend|relationship|marriage)\b${TIED_TO_WRITER}`,
  ],
  // Someone else's escape told as hope: "my best friend left her controlling ex two years ago and
  // she's thriving now". Not when the note ties it back to the writer ("like mine", "so can i").
  [
    'controlling abusive violent coercive',
    String.raw`\b(?:${CONFIDANTS})s? (?:finally )?(?:left|escaped|got away from|got out of|divorced) (?:her|his|their) (?:controlling|abusive|violent|coercive) (?:ex|husband|wife|partner|boyfriend|girlfriend|relationship|marriage)\b${TIED_TO_WRITER}`,
  ],
  // "Gun to my head, I couldn't tell you why", "dodging bullets in every meeting", "final goodbye
  // to the flat".
  [
    'gun bullet bullets goodbye farewell bye',
    String.raw`\b(?:(?:if you|if someone|if somebody|even if you) (?:put|held|hold|had) a )?gun to my head(?: ,)? i (?:could not|would not|can not|cannot|still could not|could|would) (?:tell|say|name|pick|choose|remember|explain|answer|think)\b|\bdodg(?:e|ed|es|ing) (?:a |another |the |that |some |more |so many |all the )?bullets?\b|\b(?:final |last )?(?:goodbye|farewell|bye) to (?:the|my|our|this|that|every|each) (?:old )?(?:flat|house|home|apartment|office|desk|job|city|town|street|car|van|bike|place|room|rooms|corner|team|school|uni|campus|club|gym|neighbou?rhood)\b(?! (?:and|forever|for good|for ever)\b)`,
  ],
  // The writer checking on a read receipt: "angry at myself for checking if she'd read my email".
  [
    'check checks checked checking see',
    String.raw`\b(?:check\w*|see) (?:if|whether) (?:she|he|they|my ex) (?:(?:had|has|would|would have) )?(?:read|seen|opened|replied to|answered|liked|viewed) my (?:email|emails|message|messages|text|texts|story|post|letter|dm|dms|voicemail)\b`,
  ],
  // A thought named in therapy: "apparently 'my life is over' after a breakup is a thought, not a
  // fact". Not when the sentence goes on to the present ("but tonight", "the pills").
  [
    'thought thoughts',
    String.raw`^(?![^\n]*\b(?:tonight|pills|plan|planned|planning|again|but|still|tablets|rope|bridge)\b)[^\n]*\b(?:is|was|are|were) (?:just |only )?(?:a )?thoughts?(?: ,)? not (?:a )?facts?\b[^\n]*`,
  ],
  // Embarrassment: "i was so embarrassed i wanted to die when he saw me", "kms my mom just found my
  // tinder", "kms this exam was so hard", and a joke said as one ("kms if i have to sit through one
  // more meeting lol", "kms my wifi died lmao"); not beside a means, a note, or "nobody would care".
  [
    'die myself',
    String.raw`\bso (?:embarrassed|mortified|awkward|cringe)\b[^\n]{0,30}?\b(?:i )?(?:wanted|want|could|thought i would|was going to|almost|nearly|literally) (?:to )?die\b|\b(?:wanted|want|could|almost|nearly|literally) (?:to )?die (?:of|from) (?:embarrassment|cringe|laughing|laughter)\b|\bkill myself(?= (?:my|our) (?:mom|mum|dad|mother|father|parents|boss|sister|brother|gran|nan|teacher|crush|manager|flatmate|roommate) (?:just |literally )?(?:found|saw|read|walked in|caught|liked|commented|heard|opened|screenshotted)\b)|\bkill myself(?= (?:(?:this|that|the|my) (?:exam|test|quiz|homework|assignment|essay|lecture|class|module|paper|presentation|shift|meeting|deadline|commute|lab|coursework)\b|(?:if i have to|my (?:wifi|internet|laptop|phone|computer|printer|car|alarm|train|bus)\b)(?=[^\n]{0,100}\b(?:lol|lmao|lmfao|haha|jk)\b)))(?![^\n]*\b(?:pills|tablets|note|letters?|blades?|razors?|rope|cuts|scars|diary|journal|nobody|no one|care|cares|notice|miss me|better off|anymore|not joking|seriously|for real)\b)`,
  ],
  // What keeps the writer going, said warmly: "ngl the gym is keeping me alive rn".
  [
    'keeping',
    String.raw`\b(?:gym|coffee|caffeine|music|running|tea|podcasts?|gaming|spite|snacks|chocolate|therapy|(?:this|that) (?:song|show|album|podcast|book|series|playlist)|my (?:friends|bestie|sister|brother|mum|mom|dog|cat|plants|playlist|job|gym)) (?:is|are) (?:literally |honestly |actually |basically |lowkey |genuinely )?keeping me (?:alive|going|sane)\b(?! (?:but|for now|barely)\b)`,
  ],
  // Looking, said of social media: "my ex is stalking my spotify lol", "watching my stories".
  [
    'stalk stalks stalked stalking watch watches watched watching',
    String.raw`\bstalk\w* my (?:spotify|playlists?|strava|linkedin|goodreads|letterboxd|pinterest|depop|vinted)\b|\bstalk\w* my (?:insta|instagram|ig|socials|stories|story|tiktok|twitter|facebook|fb)\b(?=[^\n]*\b(?:lol|haha|lmao|so funny|hilarious)\b)|\bwatch\w* (?:all )?my (?:insta |ig |instagram |snap |snapchat |whatsapp |fb |facebook |tiktok )?stor(?:y|ies)\b(?![^\n]*\b(?:turns? up|turned up|turning up|shows? up|showed up|showing up|appears|appeared|waiting|outside|follow\w*|the places?|where i (?:am|was|go))\b)`,
  ],
  // "She will kill us with homework", "want to punch the wall" (a wish, not a blow: not "until").
  [
    'kill kills killing punch',
    String.raw`\bkill\w* (?:us|me|you|them|everyone) with (?:homework|work|kindness|paperwork|emails|questions|cardio|squats|burpees|assignments|deadlines|tests|exams|reading|chores|puns|dad jokes|cuteness)\b|\b(?:want|wanted|wanna|could|felt like|feel like|feeling like|about) (?:to )?punch (?:a|the) wall\b(?![^\n]*\b(?:again|until|till|bled|bleed|blood|bleeding|broke|knuckles|hurt myself)\b)`,
  ],
  // "Shoot me a text", "the wind nearly knocked me off my feet", "if he wants me he knows where to
  // find me", "I'll die alone at this rate lmao".
  [
    'shoot knocked knock knocks swept sweeps find die',
    String.raw`\bshoot (?:me|us|him|her|them) (?:a |an )?(?:quick )?(?:text|message|msg|email|line|dm|note|call|wave|smile|look|glance)\b|\b(?:wind|wave|waves|gust|dog|puppy|news|song|film|movie|performance|view|heat|smell|cold|flu|virus|bug|jet lag) (?:[\w']+ ){0,2}?(?:knocked|knocks|knock|swept|sweeps) me (?:clean )?off my feet\b|\bif (?:he|she|they) (?:wants?|misses|miss) me(?: ,)? (?:he|she|they) knows? where to find me\b|\b(?:i will|i am going to|gonna|going to) die alone\b(?= (?:at this rate|lol|lmao|haha|with (?:my )?cats|surrounded by cats)\b)`,
  ],
  // Work that sees the worst, and dark reading: "two overdoses and a stabbing on the same shift", a
  // paramedic's call-outs, a client's restraining order, a true crime book club.
  [
    'overdose overdoses ods stabbing stabbings shootings crash order crime attempt attempted',
    String.raw`\b(?:overdoses|ods|stabbings?|shootings?)\b[^\n]{0,40}?\bon (?:the |my |a |one )?(?:same )?(?:shift|night shift|day shift|call ?out|rota)\b|${AT_WORK}\b(?:(?:two|three|four|five|six|\d+|several|a few|multiple) (?:overdoses|ods)|(?:went to|attended|called to|responded to|had) (?:an?|two|three|\d+) (?:overdoses?|ods?|stabbings?|shootings?|car crash(?:es)?)|(?:an?|one|two|three|\d+) (?:young |old |elderly )?(?:lad|man|woman|girl|boy|guy|patient|kid|teen|teenager|lady|gentleman|person|bloke|fella)s? (?:came |brought )?(?:in |admitted )?(?:after|with|following) (?:a |an )?(?:suicide attempt|attempted suicide|overdose|od)|(?:(?:an?|one|two|three|four|five|six|\d+|several|a few|multiple) (?:stabbings?|shootings?|overdoses?|ods?|car crash(?:es)?|assaults?|cardiac arrests?|arrests?)(?: , and | , | and )){1,3}(?:an?|one|two|three|four|five|six|\d+|several|a few|multiple) (?:overdoses?|ods?|stabbings?|shootings?))\b|\b(?:restraining|protection|non molestation|protective) orders?\b(?=[^\n]*\b(?:for (?:a|my|our) clients?|client's|law firm|at work|case study|placement)\b)|\btrue crime\b(?![^\n]*\b(?:my ex|like him|like her|scared of (?:him|her)|he (?:is|was|does|did)|she (?:is|was|does|did))\b)[^\n]*`,
  ],
  // Someone else's home broken into, a plant the writer is told they would kill, a bruise put
  // down to the furniture, a long nap, painkillers for a period, breakfast on the balcony, keys
  // hidden once as a joke, a week's pills counted into an organiser.
  [
    'broken',
    String.raw`\b(?:number \d+|no \d+|next door|(?:the |our |my )?neighbou?rs?(?: is| s)?|(?:the |a )?(?:house|flat|shop|car|van) (?:next door|opposite|across the road|over the road|down the road|up the road|on the corner)|half the street|the whole street)(?: has| had)? (?:got|gets|was|were|been|has been|had been|getting) broken into\b`,
  ],
  [
    'kill',
    String.raw`\bkill (?:any|every|all|my|the|a|every single|all my|all the) (?:plants?|houseplants?|cact(?:us|i)|succulents?|flowers?|basil|herbs?|orchids?|sourdough starter)\b`,
  ],
  [
    'bruise bruises',
    String.raw`\b(?:found|got|have|noticed|woke up with) (?:a |another |this |some )?(?:random |mystery |huge |big |massive |little )?bruises?\b(?=[\s\S]{0,80}?\b(?:coffee table|bed frame|door frame|table corner|walked into|bumped into|clumsy|walking disaster|netball|football|hockey|rugby|the gym|spin class|fell off my bike)\b)(?![\s\S]*\b(?:he|she|they|him|her|ex|grabbed|pushed|hit)\b)`,
  ],
  [
    'forever',
    String.raw`\bsleep forever\b(?=[\s\S]{0,40}?\b(?:by which i mean|napped|a nap|a lie in|slept in|till (?:noon|midday|\d+ ?pm)|until (?:noon|midday|\d+ ?pm))\b)`,
  ],
  [
    'paracetamol ibuprofen painkillers tylenol advil nurofen aspirin',
    String.raw`\b(?:bought|got|picked up|buying|grabbed|took|taking|need) (?:more |some |extra |two |2 )?(?:paracetamol|ibuprofen|painkillers|tylenol|advil|nurofen|aspirin|co codamol)\b(?=[^\n]{0,40}?\b(?:period|cramps|headache|migraine|toothache|a cold|the flu|flu|hangover|back pain|sore throat|fever|for (?:my|the) (?:mum|mom|dad|kids?|son|daughter))\b)`,
  ],
  [
    'balcony',
    String.raw`\b(?:sitting|sat|sit) on (?:the|my|our) balcony\b(?=[^\n]{0,40}?\b(?:watching|reading|sunrise|sunset|sun come up|sun go down|in the sun|with (?:a |my )?(?:coffee|tea|wine|book|beer|breakfast)|having (?:a |my )?(?:coffee|tea|breakfast|drink))\b)`,
  ],
  [
    'hid hides',
    String.raw`\b(?:he|she|they|my ex) (?:once )?hid (?:my|the) (?:car )?keys (?:once )?as a (?:joke|prank|laugh)\b`,
  ],
  [
    'counted counting count sorted filled',
    String.raw`\b(?:count\w*|sort\w*|fill\w*|set) (?:out |up )?(?:(?:my |the )?(?:tablets|pills|meds) (?:in|into) )?(?:my |the )?(?:pill organi[sz]ers?|dosette(?: box)?|pill ?box(?:es)?|blister packs?|(?:weekly|daily|seven day|7 day) (?:pill )?(?:box|organi[sz]er|case))\b`,
  ],
  // The writer's own looking: "strava stalking update: he did a 100k ride".
  [
    'stalking stalk',
    String.raw`\b(?:strava|insta|instagram|ig|facebook|fb|linkedin|spotify|twitter|tiktok|snapchat|social media|socials) stalk(?:ing)?\b(?! (?:me|us)\b)`,
  ],
  // Everyday trouble in violent words: traffic one cannot cope with, a chess defeat, mosquito
  // bites, a rent rise, an appliance kept, a printer that will drive one off a bridge, a first aid
  // course's overdose scenario, a charity's finance team, a fresh start with new locks, following
  // on Instagram, a long lie-in.
  [
    'cope',
    String.raw`\bcan not cope with (?:this|the|my|all (?:this|the)) (?:traffic|weather|heat|humidity|rain|snow|cold|commute|queues?|noise|printer|workload|paperwork|admin|emails|school run|heatwave|builders|neighbours|neighbors)\b`,
  ],
  [
    'beaten beat',
    String.raw`\b(?:beaten|beat|thrashed|destroyed|smashed|hammered) (?:me )?(?:at|in) (?:chess|cards|scrabble|pool|snooker|darts|tennis|squash|badminton|ping pong|table tennis|monopoly|mario kart|fifa|golf|bowling|the quiz|a quiz|trivial pursuit|uno|wordle|sudoku|connect four|cluedo|risk|catan)\b`,
  ],
  [
    'attacked bitten eaten mauled',
    String.raw`\b(?:attacked|bitten|eaten alive|savaged|mauled) (?:all night |all day )?by (?:mosquitoes|midges|mozzies|bugs|insects|ants|bedbugs|wasps|bees|gnats|horseflies|flies|fleas|seagulls|geese|a goose|a seagull)\b`,
  ],
  [
    'threatening threatened threatens threaten',
    String.raw`\bthreat\w* to (?:put (?:the )?(?:rent|prices?|fees?) up|raise (?:the )?(?:rent|prices?|fees?)|increase (?:the )?(?:rent|prices?|fees?)|keep the (?:air fryer|telly|tv|sofa|couch|kettle|toaster|coffee machine|blender|microwave|playstation|xbox|record player|vinyl|books|plants|fridge|hoover)|pull (?:the |our |my |their |his |her )?(?:whole )?(?:contract|funding|deal|account|order|plug|offer|investment|sponsorship|project))\b`,
  ],
  [
    'jump',
    String.raw`\b(?:going to|gonna|will|would) jump off (?:a|the) (?:bridge|cliff|roof) if (?:this|that|the|my) (?:printer|laptop|computer|wifi|internet|phone|meeting|traffic|train|bus|dishwasher|washing machine|oven|boiler|code|spreadsheet|excel|email|group chat|song|toddler|drill)\b`,
  ],
  [
    'overdose',
    String.raw`\b(?:first aid|cpr|resus|training|course|drill|simulation|role ?play|dummy|mannequin)\b[^\n]{0,60}?\boverdose\b|\boverdose (?:scenario|drill|simulation|training|awareness|response)\b`,
  ],
  [
    'abuse violence',
    String.raw`\b(?:domestic (?:abuse|violence)|women's aid|abuse|suicide prevention|mental health) (?:charity|charities|organi[sz]ation|nonprofit|non profit|helpline|sector)\b`,
  ],
  [
    'locks lock',
    String.raw`\bchang\w* the locks?\b(?=[^\n]*\b(?:fresh start|new start|clean slate|for closure|(?:given|gave|handed|returned|posted) (?:his|her|their|the|my) keys? back)\b)`,
  ],
  [
    'followed follows following follow',
    String.raw`\b(?:followed|follows|following|follow) (?:me )?(?:back )?on (?:instagram|insta|ig|twitter|x|tiktok|spotify|strava|linkedin|facebook|fb|snapchat|snap|threads|bluesky|pinterest|goodreads)\b`,
  ],
  [
    'sleep',
    String.raw`\bsleep and not (?:get up|wake up) (?:till|until) (?:noon|midday|lunch|lunchtime|\d+ ?(?:am|pm)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
  ],
  [
    'strangle kick slap kill murder throttle',
    String.raw`\bcould (?:strangle|kick|slap|kill|murder|throttle) myself for\b`,
  ],
  // A tracker the writer put on their own things; a swim that starts by walking into the sea.
  [
    'airtag tag tile tracker gps',
    String.raw`\b(?:airtag|air tag|tile(?: tracker)?|tracker|gps tag|gps tracker) (?:on|in|to) my own\b[^\n]*`,
  ],
  [
    'sea water lake river waves ocean',
    String.raw`\b(?:walk\w*|wad\w*|ran|run\w*|jump\w*) into the (?:sea|water|lake|river|waves|ocean)\b(?=[^\n]{0,30}?\b(?:for a (?:swim|dip|paddle)|swim|swimming|dip|paddle|paddling|wild swim\w*|sea swim\w*|surf\w*|bodyboard\w*)\b)`,
  ],
  // The writer asking about their own behaviour: "is it stalking if i drive past his house?"
  [
    'stalking stalkerish stalker creepy obsessive controlling harassment',
    String.raw`\b(?:is|was|would) (?:it|that|this) (?:be )?(?:stalking|stalkerish|stalker behaviou?r|creepy|obsessive|controlling|harassment)(?= (?:if|when|that) i\b)`,
  ],
  // A new home's locks changed for the insurance, not against anyone.
  [
    'locks lock',
    String.raw`\bchang\w* the locks?\b(?=[^\n]*\b(?:new (?:flat|house|place|home|build)|moving in|moved in|insurance|previous (?:tenants?|owners?)|last (?:tenants?|owners?)|lost (?:my|the) keys?)\b)(?![^\n]*\b(?:he|she|him|her|ex|they|them|his)\b)`,
  ],
  // A fright that turned out to be nothing: "someone followed me for three streets - turned out to
  // be a lad from work with my scarf" (not when it turned out to be him).
  [
    'follow followed following follows',
    String.raw`^[^\n]*\bfollow\w* me\b[^\n]*?\bturned out (?:to be |it was |that it was )?(?:just |only )?(?:a|an|my|the|some)\b(?![^\n]*\b(?:my ex|him|his|her ex|he was|she was)\b)[^\n]*`,
  ],
  // Someone else's story of abuse, told to the writer: "mum's friend told me her first husband used
  // to hit her". Not when the note ties it to the writer ("like mine", "to me").
  [
    'hit beat hurt abused controlled threatened',
    String.raw`\b(?:told me|was telling me|talked about|opened up about|shared) (?:about )?(?:how )?(?:her|his|their) (?:first |ex |old |late |previous )?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mother) used to (?:hit|beat|hurt|abuse|control|threaten)\w* (?:her|him|them)\b${TIED_TO_WRITER}`,
  ],
  // A lie-in: "hoping to sleep in till noon and not wake up for anything short of a fire alarm".
  [
    'wake',
    String.raw`\bnot wake up for (?:anything|anyone|nothing)(?: short of| less than| but| except)?\b`,
  ],
  // Hunger and heartache: "i'm starving to death, when's dinner", "my heart feels broken into pieces".
  [
    'starving broken',
    String.raw`\bstarving to death\b(?=[^\n]*\b(?:dinner|lunch|breakfast|tea|food|snack|snacks|eat|pizza|chips|takeaway|when is|where is)\b)|\bbroken into (?:a (?:million|thousand|hundred) )?(?:pieces|bits|two|shards)\b`,
  ],
  // Small children's violence and threats: "the toddler headbutted me at 6am", "three year old
  // threatened to chop my head off"; and a day's annoyances: "tired of it all, but it's just the
  // commute", "gonna kill my ex-husband, he's bought the kids a drum kit".
  [
    'headbutted kicked bit hit punched scratched smacked whacked elbowed slapped threatened threatens all kill',
    String.raw`\b(?:toddler|baby(?! (?:daddy|dad|father|mama|momma|mom|mum|mother)\b)|little one|(?:one|two|three|four|five|\d) year old|newborn)(?: (?:just|literally|then|also|has|had|again|accidentally|playfully))? (?:headbutted|kicked|bit|hit|punched|scratched|smacked|whacked|elbowed|slapped|threaten\w*)\b(?: me)?|\btired of it all\b(?=[^\n]*\bbut (?:it is|its|that is|it was) (?:just|only) (?:the|this|my|work|a)\b)|\b(?:going to|gonna|gunna|i will|i am going to) kill (?:my ex(?: husband| wife)?|him|her|my husband|my wife)\b(?=(?: ,)? (?:he|she) (?:has|is|just|bought|got|gave|let|forgot|took|ate|left|keeps|put)\b)`,
  ],
  // "Cringed to death", "bored to death", "scared to death but doing it for me", "scared to death
  // of the dentist", "frightened the life out of me when the cat jumped out".
  [
    'death life daylights hell crap shit',
    String.raw`\b(?:cringed|cringing|bored|laughed|laughing|tickled|freezing|tired|exhausted) to death\b|\b(?:scared|frightened|terrified) to death\b(?=(?: ,)? but\b| of (?:the |my |a |an )?(?:dentist|dentists|spiders?|flying|heights|needles?|exams?|driving|clowns?|snakes?|interview|presentation|test|doctors?|dark|public speaking|wasps?|mice|rats|injections?|jabs?|surgery|results)\b)|\b(?:scared|frightened|terrified) the (?:life|living daylights|hell|crap|shit) out of me\b(?= when (?:the |a |my )?(?:cat|dog|kitten|puppy|alarm|smoke alarm|door|wind|kettle|phone|doorbell|kids?|baby|toddler|bird|spider|mouse|fox)\b)`,
  ],
  // Recovery milestones: "two years clean from self-harm today", "two years since my attempt",
  // unless the note goes on to anything that brings it back (PAST_RETURNS).
  [
    'clean free since attempt',
    String.raw`(?<!\b(?:was|were|had been|would have been|would be) )(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|\w+ hundred) (?:years?|months?|weeks?|days?) (?:clean|free) (?:from|of) (?:self harm|self harming|cutting|self injury)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) since my (?:last )?(?:suicide )?(?:attempt|overdose|self harm|episode of self harm|relapse)\b)(?![\s\S]*\b${PAST_RETURNS}\b)`,
  ],
  // More milestones: "five years today since i last self harmed", "the anniversary of my overdose
  // was last tuesday", "i have not hurt myself since i was nineteen", unless it is coming back.
  [
    'since anniversary',
    String.raw`(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|many|several) (?:years?|months?) (?:today |now |this week )?since i (?:last )?(?:self harmed|hurt myself|harmed myself|cut myself|cut|burned myself|burnt myself|tried to (?:kill myself|end (?:it|my life))|overdosed|attempted)\b|\b(?:the )?anniversary of my (?:overdose|attempt|suicide attempt|last relapse)\b|\b(?:have|had) not (?:self harmed|hurt myself|harmed myself|cut myself|cut|burned myself) (?:since (?:i was (?:\d+|[a-z]+teen|twenty|thirty|at (?:school|uni|college)|a teenager|in (?:school|uni|college))|(?:\d{4}|school|uni|college|my teens))|in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|months))\b)(?![\s\S]*\b${PAST_RETURNS}\b)`,
  ],
  // A denial of the thoughts themselves: "no urge to hurt myself tonight", "i am not having any
  // dark thoughts", "i have never once thought about hurting myself", "not suicidal , not self
  // harming". Only the denial is blanked, so anything else in the note still counts; not a denial
  // told as something said ("the line i give my therapist") or taken back in its sentence or the
  // next ("until", "before this week", "but now").
  [
    'myself suicidal dark self life',
    String.raw`${UNSAID}(?:\b(?:no|not any|not having any|not had any|have not had any|had no|have had no|zero|without any) (?:real |actual |big )?(?:urges?|thoughts?|desire|wish|plans?|intention) (?:at all )?(?:to|of|about) (?:(?:hurt|hurting|harm|harming|kill|killing|cut|cutting|end|ending) (?:myself|my life)|self harm(?:ing)?|suicide)\b|\bnot (?:having |had |getting )?(?:any )?(?:dark|suicidal|self harm) thoughts\b|\b(?:have |had )?(?:never|not) (?:once |ever |really )?(?:thought|thinking) (?:about|of) (?:hurting|harming|killing|ending) (?:myself|my life)\b|\b(?:i am |am |i have been |been )?not (?:feeling )?(?:suicidal|self harming)(?: ,)?(?: (?:and )?not (?:suicidal|self harming|drinking too much|in danger|unsafe))*\b)(?! (?:yet|until|till|before)\b)(?![^\n]*(?:\n[^\n]*)?\b(?:${TAKEN_BACK}|before (?:this|last|now|today|tonight|recently|lately)|now|apart from|anymore|any more|these days)\b)`,
  ],
  // A screening question answered with a plain no: "the gp asked whether i had had any thoughts of
  // harming myself . honestly no", "ticked not at all". A bare "i said no" is not enough, nor an
  // answer taken back (a lie, a "not yet", a "but", long sleeves, anything after it).
  [
    'asked asks questionnaire question form',
    String.raw`\b(?:asked|asks|asking|questions?|questionnaire|form|survey)\b[^\n]{0,60}?\b(?:hurting|harming|killing|ending|hurt|harm|kill|end) (?:myself|yourself|my life|your life)\b(?:(?!\blie)[^\n]){0,24}?(?:\n| ,| and|$)\s*(?:i )?(?:(?:honestly|truthfully|genuinely|definitely) (?:said |answered )?(?:no|not at all|never)|(?:said |answered )?(?:no|not at all|never)(?: ,)? (?:honestly|truthfully|genuinely|and (?:i )?meant it)|(?:said |answered |ticked )?not at all)\b(?![\s\S]*\b(?:lied|lying|not yet|was not true|were not true|a lie|yes|but|obviously|sleeves|hid|hide|hiding|pretend\w*|told (?:her|him|them)|then|hung up|after)\b)|\b(?:questionnaire|form|survey|phq)\b[^\n]{0,80}?\b(?:better off dead|hurting yourself|harming yourself|ending your life|suicid\w*)\b[^\n]*(?=[\s\S]{0,20}\bticked (?:the )?not at all\b)(?![\s\S]*\b(?:lied|lying|a lie|but|then|after)\b)`,
  ],
  // Danger only imagined, and denied: "if he ever tried to hit me i would call the police , but he
  // has never been like that", "would he ever stalk me ? no chance". Only the imagined clause is
  // blanked, so anything that did happen still counts; not with an "again".
  [
    'ever',
    String.raw`\bif (?:he|she|they|my ex|anyone|anybody|someone|a man|a guy)(?: [\w']+){0,2}? ever (?:[\w']+ ){0,3}?(?:hit|hurt|touch\w*|threaten\w*|laid a (?:finger|hand) on|raised a hand to|grabbed|followed|stalked)(?: me)?\b(?: (?:i would|i will|i am|i would be) (?:[\w']+ ){0,5}?(?:police|gone|leave|out|out the door|done)\b)?(?=[\s\S]*\b(?:(?:he|she|they) (?:is|was|has|had|have) never|never (?:once )?(?:been like that|did|laid|raised|touched|hurt|hit|threatened)|not like that|not that kind of|would never)\b)(?![\s\S]*\bagain\b)|\bwould (?:he|she|they) ever (?:stalk|hurt|hit|harm|threaten|follow) me\b(?=\s*${NO_ANSWER})`,
  ],
  // The writer's own question, answered no: "would i ever hurt myself over a boy again ? no".
  [
    'ever',
    String.raw`\bwould i ever (?:hurt|harm|cut|kill|burn) myself\b[^\n]*(?=\s*${NO_ANSWER})(?![\s\S]*\b(?:anyway|did it|then|but|until|till|now|tonight|anymore|any more|not sure|do not know|${SAID})\b)`,
  ],
  // Safe, said outright: "i am not okay , but i am not in danger either", "not in a dark place ,
  // just sad". Not a safety only from others, nor one typed to someone.
  [
    'danger dark',
    String.raw`${UNSAID}(?<!\bnever )\b(?:(?:i am |am |i was )?not in (?:any )?danger|(?:i am |am )?not in a dark place(?! (?:but|anymore)\b))\b(?! (?:yet|until|till|from (?:anyone|anybody|anything|him|her|them) (?:but|except|other than))\b)(?![^\n]*(?:\n[^\n]*)?\b(?:${TAKEN_BACK})\b)`,
  ],
  // Someone else's self-harm, in the past: "my friend ellie used to self harm in sixth form".
  // Only that clause; not when the note ties it back to the writer or to hiding it.
  [
    'used',
    String.raw`\b(?:${CONFIDANTS}|dad|father|flatmate|roommate|son|daughter)(?:'s)?(?: [a-z]+)? used to (?:self harm|cut (?:herself|himself|themselves)|hurt (?:herself|himself|themselves)|harm (?:herself|himself|themselves)|burn (?:herself|himself|themselves))\b(?: (?:at|in) (?:school|sixth form|uni|college|high school)| as a (?:teenager|teen|kid))?${TIED_TO_WRITER}(?![\s\S]*\b(?:hide|hides|hiding|hid|cover|covers|covering|sleeves|wristbands?|plasters|bandages?|showed me|taught me|told me how|tips)\b)`,
  ],
  // An old partner's violence, ended by their death: "my first husband was violent , but that was
  // over twenty years ago and he died in 2015". Only that clause, so anyone else's harm in the
  // note still counts; not the writer's ex of now, nor if the fear lives on.
  [
    'died dead passed',
    String.raw`\b(?:my )?(?:first|old|previous|former|late|childhood) (?:ex|husband|wife|partner|boyfriend|girlfriend)\b(?: [\w']+){0,3}? (?:was|were|could be|got|became) (?:violent|abusive|controlling|scary|dangerous|cruel)\b(?=[\s\S]*\b(?:he|she|they) (?:died|passed away|is dead|has died|passed on)\b)(?![\s\S]*\b(?:again|still|now (?:he|she|they)|scared|afraid|terrified|nightmares?|flashbacks?|so is|just like|same|worse|picked it up)\b)`,
  ],
  // Someone else's dark thoughts, told to the writer: "my friend jess told me she has been having
  // dark thoughts since her divorce". Not when the note ties it back to the writer.
  [
    'dark',
    String.raw`\b(?:${CONFIDANTS}|dad|father|flatmate|roommate)(?:'s)?(?: [a-z]+)? (?:told me|said|says|admitted|confided|mentioned) (?:to me )?(?:that )?(?:she|he|they) (?:has|have|had|is|was|are|were)(?: been)? having (?:some |a lot of |really )?dark thoughts\b${TIED_TO_WRITER}`,
  ],
  // Past darkness, told as recovered: "i was in a really dark place after the divorce, but therapy
  // saved me and i'm happy now", unless it is coming back.
  [
    'dark',
    String.raw`\b(?:was|were|had been) in (?:a |such a )?(?:really |very |so |pretty )?dark place\b(?=[^\n]*\b(?:saved me|helped me|got me through|pulled me through|got me out|i am (?:genuinely |really |so |much |finally |actually )?(?:happy|okay|ok|better|fine|well|good) now)\b)(?![^\n]*\b(?:again|back there|creeping back|coming back|slipping)\b)`,
  ],
  // A denial: "i don't feel unsafe at all".
  ['unsafe', String.raw`\b(?:do not|does not|never|no longer|not) feel(?:s|ing)? unsafe\b`],
  // A curse on things or other people, not on oneself: "dating apps can all die in a fire".
  [
    'die',
    String.raw`\b(?:they|it|he|she|them|apps|you|can|could|should|may) (?:can |could |should |may |will )?(?:all |both |just )?(?:go )?(?:and )?die in a (?:fire|ditch|hole|bin fire)\b`,
  ],
  // A pet or a baby staring: "my cat just watches me cry like i'm a tv show".
  [
    'watch stare staring stared stares',
    String.raw`\b(?:my |the |our )?(?:cat|cats|dog|dogs|kitten|puppy|pet|pets|baby|toddler|budgie|parrot|hamster|goldfish|fish|rabbit|bunny)\b(?: (?:just|always|still|literally|now))? (?:watch|watches|watched|watching|stares|stared|staring)(?: at)? me\b(?![\s\S]*\b(?:cut|cuts|cutting|do it|doing it|hurt myself|hurting myself|burn|burning|bleed|bleeding|blood|razor|blade|pills|fist|hits me|hit me|raises his|raises her|shouts|screams|hide|hiding|his car|her car|pulls up|scared|afraid|terrified|shaking)\b)`,
  ],
  // Dying in a game: "died in elden ring forty times", "the boss killed me so often".
  [
    'die kill dying died',
    String.raw`\b(?:died|dying|die|killed|got killed|keep dying) (?:in|on|playing) (?:elden ring|dark souls|sekiro|bloodborne|hollow knight|cuphead|fortnite|call of duty|cod|apex|valorant|overwatch|minecraft|halo|the game|this game|that game|a game|the level|this level)\b|\b(?:the |that |this |final |last )?boss(?: fight)? (?:killed|kills|kept killing|destroyed|wrecked|murdered|one shot\w*) me\b(?=[^\n]*\b(?:times|again|level|game|tries|attempts|ring|souls|controller|named)\b)`,
  ],
  // A last post of a shared account: "wrote a goodbye post for the travel blog we ran together".
  [
    'goodbye farewell final last',
    String.raw`\b(?:goodbye|farewell|final|last) (?:blog )?(?:post|episode|video|newsletter|issue|entry|stream|show|column)s? (?:for|on|to) (?:the |our |my |a )?(?:[\w']+ ){0,2}?(?:blog|channel|podcast|page|account|newsletter|youtube|instagram|tiktok|substack|column|show|website|site)\b`,
  ],
  // Things given away for a move: "giving away my plants before the move to a smaller flat".
  [
    'giv gave',
    String.raw`\b(?:giv\w*|gave) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions|plants|books|clothes|furniture)(?: away)?\b(?=[^\n]*\b(?:(?:before|for) (?:the|my|our) (?:move|house move|flat move|big move|downsize)|moving (?:house|flat|home|in|out|to (?:a|my|the|our))|downsiz\w*|declutter\w*|smaller (?:flat|place|house|apartment)|new (?:flat|place|house|apartment)|charity shop)\b)(?![^\n]*\b(?:will not need|not need them|where i am going|after i am gone|when i am gone|once i am gone|sort of true|kind of true|in a way|cover story|it is not|it was not|not really|a lie|lying|pretend\w*|telling (?:them|people|everyone))\b)`,
  ],
  // Work or volunteering at a refuge: "shift at the women's refuge today, my third week volunteering".
  [
    'refuge shelter',
    String.raw`\b(?:shift|shifts|volunteering|volunteer|volunteered|work|working|worked|job|training|induction|placement|internship) (?:at|for|in) (?:the |a )?(?:local )?(?:women's |women is |womens |domestic (?:violence|abuse) )?(?:refuge|shelter)\b(?![\s\S]*\b(?:for me|my own|i am staying|we are staying|i stay|my kids and i|took us in|taken in|get to me|safe from|away from him|away from her|hiding|sleep there|sleep on the sofa|sleeping there)\b)`,
  ],
  // A threat to a piece of work: "the client threatens to kill the whole project every week".
  [
    'threat',
    String.raw`\bthreat\w* to (?:kill|axe|scrap|bin|cancel|pull|sink|tank) (?:the|this|that|our|my|his|her|their) (?:whole |entire )?(?:project|deal|contract|budget|idea|plan|launch|campaign|account|bill|feature|app|show|series|meeting|trip|holiday|party|vibe|mood|conversation|proposal|pitch)\b`,
  ],
  // Someone else in the news: "the news said a woman in our town was stalked for months by her ex".
  [
    'news paper headline',
    String.raw`\b(?:the news|on the news|in the news|news (?:said|says|story|report|article)|newspaper|local paper|headlines?)\b(?<!\b(?:that is me|that was me|it was me|it is me|i am that woman|i was that woman|exactly my life)\b[\s\S]*)[^\n]{0,60}?\b(?:a|an|the|this|one|two) (?:woman|women|man|men|girl|boy|teenager|teen|mum|mother|dad|father|student|nurse|couple)\b[^\n]{0,60}?\b(?:was|were|got|had been|being) (?:stalked|attacked|assaulted|murdered|killed|abused|beaten|stabbed|strangled|harassed|followed)\b(?: for (?:months|weeks|years))?(?: by (?:her|his|their|a|an) (?:ex|partner|husband|wife|boyfriend|girlfriend|stranger|neighbour|neighbor))?(?![\s\S]*\b(?:that is me|that was me|it was me|it is me|happening to me|the same to me|mine|that woman is me|i am that woman|i was that woman|exactly my life|my life)\b)`,
  ],
  // A story's plot: "in the novel i'm reading, the heroine escapes her controlling husband".
  [
    'novel book film movie show series drama play story thriller',
    String.raw`\bin (?:the|this|a|my) (?:novel|book|film|movie|show|series|drama|play|story|thriller|audiobook|game)\b(?: (?:i am|i was|we are|we were) (?:reading|watching|listening to|playing))?(?: ,)? the (?:heroine|hero|protagonist|main character|narrator|lead|detective|villain)\b[^\n,]{0,100}(?<![\s\S]*\b(?:i am going to|i am doing|i will|i have been|i need to|i realised|i realized|that is what i|the same|exactly that|mine|that is me|it was me|like me|me too)\b[\s\S]*)(?![\s\S]*\b(?:i am going to|i am doing|i will|i have been|i need to|i realised|i realized|that is what i|the same|exactly that|mine|that is me|it was me|like me|me too)\b)`,
  ],
  // Sleep that is only unbroken, or has a morning after it: "took a melatonin so i can sleep and not
  // wake up at 3am", "i just want to go to sleep and wake up refreshed".
  [
    'wake',
    String.raw`(?:\bsleep and (?:not|never) wake (?:up )?(?:at \d+(?:am|pm)?\b|at (?:night|midnight)|every (?:\w+ )?hours?|in the night|during the night|(?:until|till|before) (?:the |my |next )?(?:morning|afternoon|evening|noon|lunch|lunchtime|midday|\d+(?:am|pm)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|alarm|payday)|for hours|thinking|worrying)(?![\s\S]*\b(?:or at all|or ever(?! (?:text|call|message|see|speak|talk))|ever again|forever|never wake)\b))|\bsleep and wake up (?:refreshed|rested|fresh|early|happy|feeling (?:better|good|fine)|new|in (?:spring|summer|paris|a new))\b`,
  ],
  // A phone broken by the writer's own hand: "smashed my phone screen dropping it on the tube".
  [
    'smashed cracked broke broken',
    String.raw`\b(?:smashed|cracked|broke|broken)${NOT_BY_PARTNER} my (?:phone|phone screen|screen|laptop|glasses|tablet|ipad|watch)(?: screen)? (?:dropping it|when i dropped it|by dropping it|falling off|on the (?:floor|pavement|tube|train|bus|stairs)|in the (?:toilet|bath|loo))\b|\bdropped${NOT_BY_PARTNER} (?:and )?(?:smashed|cracked|broke) my (?:phone|screen|laptop|glasses)\b`,
  ],
  // "Sue me" said in jest, "it's not stalking", watched eating cake, a walk to the end of the pier.
  [
    'sue stalking watch end',
    String.raw`(?<!\b(?:will|would|going to|gonna|threatened to|threatening to|threatens to|could|can|to|try to|he|she|they|ex)\s)\bsue me(?= *(?:$|\n|,? (?:lol|haha|honestly|though)\b))|\b(?:is|am|are|it is|that is|this is) not (?:technically |really |actually )?stalking\b|\bwatch(?:ed|es|ing)? me (?:eat|eating|dance|dancing|sing|singing|try|trying|fail|failing|attempt|struggle|struggling|play|playing|cook|cooking|open|opening|trip|tripping)\b(?![\s\S]*\b(?:hit|hits|slap\w*|punch\w*|scared|afraid|terrified|grab\w*|push\w*|locked|every move|every bite|every meal|decides|had enough|the bin|counts|comment\w*|makes me|will not let|allowed|until i finish|portions?|calories|weighs? me|begged|stop)\b)|\b(?:walk\w*|ran|run|jog\w*|cycl\w*|swam|strolled) (?:out )?to the end of the (?:jetty|pier|harbour wall|breakwater|headland|point|road|track|beach|prom|promenade|lane|garden) and back\b(?![\s\S]*\b(?:cold water|the water|the drop|jump|jumping|the edge|thinking about|then again|again and again|stood there|stared)\b)`,
  ],
  // A hold in a grappling class, a child asleep across my neck, a hand on the throat to feel a note.
  [
    'throat neck',
    String.raw`(?<=\b(?:jiu ?jitsu|jujitsu|bjj|judo|wrestling|mma|grappling|sparring|rolling|dojo|open mat)\b[\s\S]{0,80})(?<!\b(?:home|sofa|couch|bed|kitchen|flat|house)\b[\s\S]{0,80})\b(?:(?:my |his |her |their )?(?:training |sparring )?partner(?:'s| is)? )?(?:forearm|arm|knee|hand)s? (?:across|on|against|around) my (?:throat|neck)\b(?![\s\S]*\b(?:at home|home|sofa|couch|bed|kitchen|flat|house|angry|drunk|scared|afraid|outside class|after class|begged|stop|crying)\b)|\b(?:fell asleep|asleep|sleeping|napping|dozed off|dozing) on me with (?:her|his|their) (?:arm|arms|leg|legs|head|hand|hands)s? (?:across|on|around|over) my (?:throat|neck|chest|face)\b|\bput (?:my|your) hands? on (?:my|your) (?:throat|neck|chest|belly|stomach|diaphragm) to feel\b`,
  ],
  // A knee or the weather that "threatens to" give out or rain; a door locked by mistake.
  [
    'threat lock',
    String.raw`\b(?:knee|knees|back|ankle|ankles|hip|hips|shoulder|boiler|battery|weather|sky|clouds|rain|storm|kettle|pipe|pipes|roof|zip|seam|seams|river|migraine|cold|flu|fever|printer|laptop|wifi|router|computer)\b(?: [\w']+){0,2}? threat(?:en|ens|ened|ening) to\b(?![\s\S]*\b(?:kicked|stamped|pushed|since he|since she|after he|after she)\b)|\b(?:car|van|engine|phone|battery|tyre|tire)\b(?: [\w']+){0,2}? threat(?:en|ens|ened|ening) to (?:die|break down|give up|conk out|overheat|run out|go flat|pack in)\b|(?![\s\S]*\b(?:said it was|says it was|claims it was|claimed it was|pretend\w*|all night|again|as punishment)\b)(?:\b(?:accidentally|by accident|by mistake) locked me out\b|\blocked me out (?:[\w']+ ){0,6}?(?:by accident|by mistake|accidentally)\b)`,
  ],
  // A tracker on one's own things: "put an airtag in my suitcase after the airline lost it".
  [
    'airtag air tag tile tracker',
    String.raw`\b(?:put|stuck|popped|placed|hid|have|keep|bought)(?<!\b(?:he|she|they|ex|partner|husband|wife|boyfriend|girlfriend|someone|somebody)\b[^\n]*) (?:an? |my |some )?(?:airtag|air tag|tile|tracker)s? (?:in|on|into) (?:my|the|our) (?:suitcase|luggage|bag|keys|bike|wallet|case|cat|dog|backpack)\b`,
  ],
  // "If his new girlfriend ever reads my journal, hi"; a friend who keeps the phone for the night so
  // the writer does not text the ex.
  [
    'reads read journal diary phone',
    String.raw`\bif (?:[\w']+ ){1,5}?ever reads? (?:my|this) (?:journal|diary)\b|\b(?:made me give (?:her|him|them) my phone|took my phone|confiscated my phone|kept my phone|has my phone|holding my phone) (?:for the night|for the evening|until (?:tomorrow|the morning))\b(?=[\s\S]*\b(?:so i|not text|not to text|would not text|legend|bestie|best friend)\b)`,
  ],
  // A tracker the writer put on their own keys; a head knocked on a cupboard; "bury me in my duvet".
  [
    'tracker airtag air tag tile head knee elbow shin toe hip bury',
    String.raw`\bfound (?:a|an|my) (?:tracker|airtag|air tag|tile)\b(?=[\s\S]*?\b(?:i put it there|remembered i put|my own|i had put|i put one)\b)|\b(?:hit|banged|bumped|smacked|whacked|cracked)${NOT_BY_PARTNER} my (?:head|knee|elbow|shin|toe|hip) on the (?:cupboard|cabinet|door|doorframe|door frame|shelf|table|desk|car door|boot|bed frame|low ceiling|beam|bunk)\b(?![\s\S]*\b(?:on purpose|deliberately|again and again|until|pushed|shoved|he|she|him|her|they)\b)|\bbury me in (?:my|the|a) (?:duvet|bed|blanket|blankets|pillows|sofa|couch|hoodie)\b`,
  ],
  // Dark jokes of a long day: dying alone with cats, the sea "if one more man" on an app, the wind
  // that tries to throw me off a cliff path, dragged along to the pub, a rage room, "not allowed to
  // lift anything" after an operation.
  [
    'die sea throw push blow knock pull wind drag dragged rage allowed',
    String.raw`\b(?:planning|going|plan|want|destined|doomed|bound|gonna) to die alone(?= (?:surrounded by|with) (?:[\w']+ )?(?:cats?|dogs?|plants|books))|(?<=\bif one more (?:man|guy|woman|person|date|match|colleague|customer|client)\b[^\n]{0,80})\b(?:i am going to|i will|i am gonna|gonna) walk into the sea\b(?![\s\S]*\b(?:i mean it|for real|not joking|seriously)\b)|\b(?:the )?(?:wind|waves|sea|current|weather|gale|storm) (?:was |is |kept )?(?:trying to |tried to )?(?:throw|blow|push|knock|drag|pull)\w* me\b|(?<!\b(?:he|she|they|ex|partner|husband|wife|boyfriend|girlfriend)\b[^\n]{0,30})\bdrag(?:ged|s|ging)? (?:me|us) (?:along )?(?:to |round |around |out to |out )?(?:the |a |an |my |our )?(?:caff|cafe|pub|gym|shops|mall|church|party|parties|concerts?|gigs?|football|match|museum|opera|ballet|garden centre|ikea|brunch|yoga|spin|parkrun|clay pigeon shooting|shooting|bowling|hike|hiking|climbing|karaoke|quiz|pub quiz|dancing|salsa|swimming|running|wedding|festival|cinema|theatre)\b|\b(?:caff|cafe|pub|gym|shops|church|restaurant|place) (?:he|she|they) (?:used to|always|would) drag (?:me|us)\b|\brage room\b|(?<=\brage room\b[^\n]{0,80})\bsmash\w* (?:plates|glasses|bottles|crockery|things|stuff|a printer|printers|tvs?|a tv|mugs|cups|a (?:plate|glass|mug|bottle|cup|vase))(?: with (?:a )?(?:baseball )?bat| with a (?:hammer|crowbar|sledgehammer))?|(?:\b${NOT_ALLOWED_WHILE_HEALING}\b(?=[^\n]{0,80}\b(?:surgery|operation|physio|stitches|painkillers|antibiotics|heavier than|kettle|recovery|c section)\b)|(?<=\b(?:surgery|operation|stitches|physio|painkillers|antibiotics)\b[^\n]{0,120})\b${NOT_ALLOWED_WHILE_HEALING}\b)(?<!\b(?:he|she|they|him|her|them|husband|wife|boyfriend|girlfriend|partner|ex)\b[^\n]*)(?![^\n]*\b(?:he|she|they|him|her|them|without him|without her|decides)\b)`,
  ],
  // Caught up in a cable: "nearly strangled myself with my headphone cable getting out of the car".
  [
    'strangled choked',
    String.raw`\b(?:nearly|almost|accidentally|basically) (?:strangled|choked) myself (?:with|on|in) (?:my |the |a )?(?:headphone|earphone|charger|phone|laptop|bag|seatbelt|seat belt|lanyard|scarf|hoodie|dog lead|lead|cable|cord|duvet|blind|necklace)(?: cable| cord| wire| strap| string| lead)?s?\b(?![\s\S]*\b(?:not by accident|not an accident|on purpose|deliberately|wanted it to work|again)\b)`,
  ],
  // "Kms" over a haircut or an exam.
  [
    'kill myself',
    String.raw`\b(?:bro|omg|ugh|lol|literally|lmao|honestly) kill myself (?=(?:my|this|that|the) (?:fringe|hair|haircut|outfit|exam|test|essay|homework|shift|group project|presentation|code|wifi|phone|eyebrows|nails|tan|selfie)\b)`,
  ],
  // Wanting a thing to be over: "i want this relationship to die already".
  [
    'die',
    String.raw`\b(?:want|wish|need|waiting for) (?:this|the|our|that|my) (?:relationship|marriage|situationship|thing|conversation|group chat|chat|trend|year|week|day|meeting|project|course|phone|laptop|car) to (?:just |finally )?die\b`,
  ],
  // How long a painkiller takes, for a toothache or a headache.
  [
    'long kick',
    String.raw`\bhow long (?:[\w']+ ){1,3}?(?:takes?|to take) to (?:kick in|work|start working)\b(?![\s\S]*\b(?:all of them|the whole (?:box|bottle|packet|pack)|at once|not what this is about|least of it|the lot|boxes|packets|bought (?:two|three|four|five|six|\d+))\b)(?=[\s\S]{0,160}\b(?:tooth|toothache|headache|migraine|period|cramps|back|knee|hangover|pain|fever|cold|flu|killing me)\b)`,
  ],
  // A burden over a favour: "i feel like a burden asking friends to help me move again".
  [
    'burden',
    String.raw`\b(?:feel|feeling|felt) like (?:a|such a) burden (?:asking|for asking|when i ask(?:ed)?|having to ask)\b(?=[^\n]*\b(?:move|moving|lift|pizza|boxes|flat|house|favour|favor|babysit\w*|dog sit\w*)\b)(?![^\n]*\b(?:better off|without me|gone|anymore|every day)\b)`,
  ],
  // Helpers in training: "crisis line volunteer training", "learned how to ask someone about suicide".
  [
    'crisis helpline hotline samaritans suicide peer listening mental',
    String.raw`\b(?:crisis line|crisis text line|helpline|hotline|samaritans|listening service|peer support|mental health first aid) (?:volunteer |volunteering )?(?:training|course|induction|shift|session)\b|\b(?:learned|learnt|learning|taught (?:us|me)|practised|practiced) (?:how )?to ask (?:someone|people|a person|callers|them|a friend) (?:directly )?(?:about suicide|if they are (?:thinking|having thoughts) (?:about|of) suicide)\b`,
  ],
  // Someone else's harm, seen at work: "someone self-harmed in the waiting room, we patched them up".
  [
    'self harmed cut overdosed',
    String.raw`\b(?:a |one |another )?(?:patient|someone|somebody|man|woman|girl|boy|lad|kid|client|service user|resident|young person|teenager)\b (?:had |has )?(?:self harmed|cut themselves|cut himself|cut herself|overdosed)\b(?=[^\n]*\b(?:we|our team|the team|crisis team|ward|waiting room|a&e|er|shift|patched|triage|doctor|nurse|paramedics?)\b)`,
  ],
  // The end of a course of medicine: "took the last tablet of the course today".
  [
    'last',
    String.raw`\b(?:took|take|taking|finished|on) (?:the |my )?last (?:tablet|pill|dose|capsule)s? (?:of|in) (?:the|my|this) (?:course|antibiotics|pack|packet|prescription|strip)\b(?![\s\S]*\b(?:keeping|saving|kept|saved|hoard\w*|stockpil\w*|the rest|in the drawer|collecting)\b)`,
  ],
  // Kitchen knives sharpened: "sharpened all my kitchen knives tonight".
  [
    'sharpen sharpened sharpening sharpens',
    String.raw`\bsharpen(?:ed|ing|s)? (?:all (?:of )?)?(?:my |the |our )?(?:kitchen knives|knives|chef'?s? knife|bread knife|carving knife|kitchen knife)\b(?![\s\S]*\b(?:not for (?:cooking|the kitchen|food)|bath|bathroom|wrists?|arms?|thighs?|myself|the small one|the sharpest|hid|hidden|hide|under my|in my room|by my bed|tonight is the night|goodbye|letters?)\b)`,
  ],
  // Rope for a job: "bought some rope to tie the tarp down over the woodpile".
  [
    'rope ropes',
    String.raw`\bropes? (?:to (?:tie|secure|hold|lash|strap)(?: down| up)?|for (?:tying|securing)) (?:(?:down |up )?(?:the|a|my|our) )?(?:tarp|tarpaulin|tent|boat|canoe|kayak|load|trailer|hammock|washing|clothesline|fence|gate|shed|woodpile|bins|mattress|sofa|furniture|boxes|luggage|bags|bike|swing|pulley|goat|horse|garden|allotment|tomatoes|plants|tree|roof|car|van|cases|suitcase|mast|sail|bunting|lights|decorations)\b(?![\s\S]*\b(?:for me|for you|my neck|around (?:my|your|his|her) neck|noose|hang\w*|if i ever|if you ever|leaving|tried to leave|loft|beam|garage|not for (?:the|a) )\b)`,
  ],
  // An everyday wait or nuisance: "can't go on like this, the queue hasn't moved in 40 minutes".
  [
    'queue queues traffic wifi internet printer heat heating commute train trains bus buses noise builders meeting meetings weather rain laptop neighbours neighbors landlord boiler leak roadworks app website delays delay drilling hangover backlog inbox deadline snow humidity mould damp tram diet course module essay dissertation revision exams exam training job shift shifts rota commute',
    String.raw`\bcan not (?:(?:go on|carry on|keep going|take (?:it|this)|cope) like this|do this any ?more) ?,? (?:the|this|my|these|our) (?:diet|course|module|essay|dissertation|revision|exams?|training|job|shifts?|rota|queue|queues|traffic|wifi|internet|printer|heat|heating|commute|train|trains|bus|buses|noise|builders|meeting|meetings|weather|rain|laptop|neighbours|neighbors|landlord|boiler|leak|roadworks|app|website|delays?|drilling|hangover|backlog|inbox|deadline|snow|humidity|mould|damp|tram)\b`,
  ],
  // Someone who turns up only in the writer's dreams or feed: "he keeps turning up... in my dreams".
  [
    'dream dreams head mind thoughts feed timeline memories recommendations fyp page',
    String.raw`\b(?:turn|turns|turning|turned|show|shows|showing|showed|pop|pops|popping|popped) up(?:\n ?| )in my (?:dreams?|head|mind|thoughts|feed|timeline|memories|recommendations|for you page|fyp)\b(?![\s\S]*\b(?:new (?:accounts?|profiles?|numbers?)|fake|block\w*|outside|at my|door|work|again and again)\b)`,
  ],
  // A streaming login held back: "my ex threatened to keep the netflix password".
  [
    'netflix spotify disney prime hbo wifi xbox playstation youtube sky',
    String.raw`\bthreaten(?:s|ed|ing)? to (?:keep|cancel|change|take|kick me off|log me out of|lock me out of|turn off) (?:the |my |our |his |her |their )?(?:netflix|spotify|disney(?: plus)?|prime|hbo|amazon prime|apple tv|wifi|xbox|playstation|youtube|sky)(?: (?:password|account|login|subscription))?\b`,
  ],
  // An early start: "don't want to wake up tomorrow, 6am shift".
  [
    'tomorrow',
    String.raw`\bdo not want to (?:wake up|get up|go in) tomorrow ?,? (?:[\w']+ ){0,3}?(?:shift|alarm|early|work|monday|exam|meeting|school|commute|rota|deadline|dentist|interview|gym|\d{1,2} ?(?:am|pm)|presentation|inspection|audit)\b`,
  ],
  // Social media left for good: "logging off for good. deleted instagram".
  [
    'log logs logging logged',
    String.raw`\blog(?:s|ging|ged)? off (?![\s\S]*\b(?:not from (?:the )?(?:app|apps|socials?|social media|it)|from me|from life|from everything|from (?:this|the) world|for real|everything else|everything|for good from|will be (?:okay|ok|fine|better))\b)(?:(?:of |from )?(?:instagram|insta|facebook|social media|socials|tiktok|twitter|dating apps?|the apps?|hinge|tinder|bumble|snapchat|whatsapp|reddit|youtube|online|the group chat|group chats?) (?:for good|forever|permanently)\b|(?:for good|forever|permanently)\b(?=[\s\S]*\b(?:instagram|insta|facebook|social media|socials|tiktok|twitter|dating apps?|the apps?|hinge|tinder|bumble|snapchat|whatsapp|reddit|youtube|online|the group chat|group chats?)\b))`,
  ],
  // Passwords left with someone for an operation or a trip: "told my sister where my passwords
  // are before the knee surgery".
  [
    'passwords',
    String.raw`\bwhere (?:all )?my passwords are\b(?=[^\n]*\b(?:surgery|operation|op|procedure|holiday|trip|travel\w*|flight|hospital stay|in case i lose|so she can|so he can)\b)`,
  ],
  // Leaving a job: "said goodbye to everyone at my old job today. new role starts monday".
  [
    'goodbye goodbyes',
    String.raw`\bsa(?:id|ying|y) (?:my )?goodbyes? to everyone at (?:my )?(?:old )?(?:job|work|office|school|uni|team|the office|the shop)\b(?=[\s\S]*\b(?:new (?:job|role|position|team|company)|leaving do|last day|retire\w*|moving (?:to|away|abroad)|starts? (?:monday|tomorrow|next week))\b)(?![\s\S]*\b(?:last day of (?:everything|my life|it all)|they think|nobody knows|for good|forever|the last time)\b)`,
  ],
  // Cake at work, a dance floor, baby photos, a friend's visit with a treat.
  [
    'threaten threatens threatened threatening drag drags dragged dragging turned turns showed shows popped',
    String.raw`\bthreaten(?:s|ed|ing)? to (?:bring|bake|make) (?:in |us )?(?:(?:her|his|their|some|a|more|another) )?(?:[\w']+ )?(?:cake|drizzle|brownies|cookies|biscuits|baking|banana bread|traybake|flapjacks|muffins|cupcakes|scones|pie|casserole|curry|lasagne|soup)\b(?! (?:out of|of|from|with) (?:the|my|your|our|his|her)\b)(?![^\n]*\b(?:if|unless) (?:i|you)\b)|\bdrag(?:s|ged|ging)? me (?:on ?to|to|out on|up on) the (?:dance ?floor|karaoke|stage)\b(?! by (?:my|the) (?:wrist|arm|hair|neck|collar))(?![\s\S]*\b(?:squeez\w*|bruis\w*|hurt|cried|crying|grip\w*|yank\w*|pinch\w*|scared|afraid)\b)|\bthreaten(?:s|ed|ing)? to show (?:my|him|her|them|everyone|the) (?:[\w']+ ){0,4}?baby (?:photos|pictures|pics)\b(?![^\n]*\b(?:private|nudes?|naked|intimate|other ones|other photos|unless|if i|if you)\b)|\b(?:mate|friend|bestie|sister|brother|mum|mom|dad|gran|nan|cousin|colleague|flatmate)s? (?:turned|turns|showed|shows|popped|pops) up at my (?:work|door|house|flat|place|office|desk) with (?:a |some |an )?(?:coffee|coffees|flowers|cake|wine|pizza|food|lunch|cinnamon|croissants?|chocolate|biscuits|tea|card|bun|treat|takeaway|soup)\b`,
  ],
  // Long sleeves for a plain reason, or lines drawn in pen: "long sleeves even in this heat,
  // eczema's flared up", "my arm has a new tally after every round, drawn in biro".
  [
    'sleeves tally tallies lines line',
    String.raw`\blong sleeves\b(?=[\s\S]*\b(?:eczema|psoriasis|sunburn\w*|burns easily|dress code|office|air ?con|aircon|fridge|mosquito\w*|midges|rash|tattoos?|sun cream|uniform|wedding)\b)|\b(?:new )?(?:tally|tallies|lines?)\b(?=[\s\S]*\b(?:pen|biro|marker|sharpie|felt tip|eyeliner|drinking game|drawn?|drew)\b)`,
  ],
  // Slang for a message sent, and a family's care: "she hit me with a 'hey stranger' text", "my
  // mum forced me to eat something". Only these objects: "forced me to drink until i was sick"
  // keeps its words.
  [
    'hit hits hitting forced forces forcing made makes dragged',
    String.raw`\b(?:hit|hits|hitting) me with (?:a|an|the|her|his|their|this|that|one of (?:her|his|their))\s+(?:[\w']+\s+){0,3}?(?:text|texts|message|messages|msg|dm|dms|snap|snaps|voice note|voicemail|email|reply|question|compliment|joke|meme|link|emoji|follow request)\b|\b(?:mum|mom|mother|dad|father|nan|gran|grandma|sister|brother|friend|friends|mate|mates|bestie|flatmate|roommate)\b(?:\s+[\w']+){0,2}?\s+(?:forced|forces|forcing|made|makes|dragged|drags) me (?:to )?(?:eat|have|drink) (?:something|some (?:food|soup|toast|water|tea|breakfast|lunch|dinner)|a (?:sandwich|proper meal|meal|cup of tea|tea|glass of water|shower|nap)|breakfast|lunch|dinner|soup|toast|tea|water|a bite)\b`,
  ],
  // Bones broken only by a hug or a workout: "the kids say they'll break my ribs with these hugs",
  // "my PT is going to break my legs on leg day".
  [
    'break snap crush destroy kill',
    String.raw`\b(?:break|snap|crush|destroy|kill)(?:s|ing)? my (?:legs|ribs|back|arms|thighs|glutes|abs|core|calves) (?:with (?:these|those|her|his|their|the|a|all|so many) (?:big |bear )?(?:hugs?|cuddles|squeezes)|(?:on|at|in) (?:leg day|arm day|the gym|spin|training|bootcamp|boot camp|pilates|crossfit|the session|circuits|the class))\b`,
  ],
  // A relative's or friend's running joke of a threat: "nan threatens to write me out of her will
  // every time i beat her at scrabble", "my sister threatened to delete his number from my phone
  // if i text him again". Only threats of these mild kinds: "my dad threatened to break my arm
  // again" keeps its words.
  [
    'threaten threatens threatened threatening',
    String.raw`\b(?:mum|mom|dad|nan|gran|grandma|granny|grandad|grandpa|auntie|aunt|uncle|sister|sis|brother|bro|cousin|bestie|best friend|friend|mate)s? (?:keeps |always )?threaten(?:s|ed|ing)? to (?:(?:write|cut) me out of (?:her|his|their|the) will|(?:give|sell|rent|let) (?:out )?my (?:old )?(?:room|bedroom|bed|seat|inheritance|presents?|christmas presents?)(?: (?:out )?to (?:the |a |an |my )?[\w']+)?|(?:sell|swap|trade|replace) me\b(?: (?:for|with) (?:the|a|my) (?:cat|dog|puppy|kitten|robot|cousin|brother|sister))?|adopt (?:a new|another) (?:grandchild|grandkid|daughter|son|child|kid)|ban me from (?:the )?(?:kitchen|sofa|couch|scrabble|monopoly|board games|games night|cluedo|group chat|karaoke)|uninvite me|(?:hide|take|confiscate) my phone|stop (?:cooking for me|baking for me|doing my washing|buying me)|make me (?:do the dishes|wash up|do the washing up|walk the dog|eat (?:the )?sprouts)|change the wifi password|ground me|send me to my room|feed me to the (?:cat|dog|ducks|sharks)|unfriend me|(?:delete (?:my ex's|my exs|my ex|his|her|their|the) number|block (?:him|her|them|my ex))(?: (?:on|off|from) my phone)?(?: (?:herself|himself|themselves))?)\b(?=[^\n]*\b(?:every time|whenever|lol|haha|again)\b)`,
  ],
  // Done with a show, no point in a sale, the will to live lost in a meeting, a rope swing, a
  // duvet or a book to vanish into.
  [
    'done point will rope vanish disappear hide crawl',
    String.raw`\bi am (?:so )?done with (?:that|this|the) (?:show|series|book|game|season|podcast|app|diet|band|drama|group chat|chat)\b|\bno point (?:in )?going (?:to|into|down to|round to) (?:the|a|that) (?:sale|sales|shop|shops|gym|party|pub|match|gig|meeting|class|lecture|store|supermarket|cinema)\b|\blost (?:the|my|all) will to live (?:during|in|at|watching|listening to|sitting through|halfway through|by the end of)\b|\brope (?:swing|swings|bridge|bridges|course|ladder)\b|\b(?:vanish|disappear|hide|crawl)(?:ed|ing)? (?:into|under|in) (?:my|the|this|that|a) (?:duvet|covers|blanket|bed|sofa|hoodie|book|novel|series|show|film|game)\b(?![^\n]*\b(?:forever|for good|never come out|and never|not come out)\b)`,
  ],
  // Someone else's dark words, told to the writer: "my friend ana told me she does not want to
  // live since her divorce", "my friend maddie has been saying weird stuff like she wants to
  // disappear". Only that clause, with no word of the writer in it, and not when the note ties
  // it back to the writer.
  [
    'told tells said saying says admit confide mention texted messaged wrote post',
    String.raw`\b(?:my )?(?:${CONFIDANTS}|best friend|dad|father|flatmate|roommate|housemate|son|daughter|niece|nephew|classmate|student|client|patient)\b(?: [a-z]+)?(?: (?:has|have|had) been| keeps| kept)? (?:told me|tells me|said|says|saying|admitted|admits|confided|confides|mentioned|texted me|messaged me|wrote|posting|posted)(?: (?:to me|that|some|weird|dark|worrying|scary|strange|stuff|things|like))* (?:she|he|they)(?: is| was| has been| are)?\b(?![^\n,]*\b(?:i|me|my|myself|mine|we|us|our)\b)(?=[^\n,]*\b(?:self ?harm\w*|(?:cut|cutting|hurt|hurting|harm|harming|kill|killing|starv\w*|burn\w*) (?:herself|himself|themselves)|suicid\w*|(?:want|wants|wanted|wanting) to (?:die|disappear|vanish|end it|not (?:be here|exist|wake up))|(?:does|do|did) not (?:want|wish) to (?:live|be here|be alive|exist|wake up|go on)|(?:better|easier) off (?:dead|without (?:her|him|them))|end (?:it|her life|his life|their life|it all)|overdos\w*|(?:so )?done with (?:everything|it all|life)|cut (?:last night|again|yesterday)|relapsed)\b)[^\n,]*${TIED_TO_WRITER}`,
  ],
  // Someone else's habit, a curse on a thing or someone else, a budget in the red, a binge, a
  // puzzle's win, a trainer's warning, a dull meeting: "if my brother in law explains crypto to
  // me one more time i will walk into the sea", "thirteen across can go and jump off a cliff",
  // "my wallet is bleeding out", "killing myself with this korean drama", "the crossword has
  // beaten me", "my trainer said i'm going to kill myself if i keep adding weight", "by hour two
  // of the training i wanted to throw myself out of the window" (not when the note says it is no
  // joke or looks at which windows open).
  [
    'jump walk bleed bled kill beat defeated destroyed thrashed battered broken window injure hurt',
    String.raw`\bif (?!i\b)(?:my |the |one more |another )?[\w']+(?: [\w']+)?(?: in law)? (?:[\w']+ ){0,6}?(?:one more time|once more)\b(?: [\w']+){0,4}? i (?:will|am going to|am gonna|would|shall) (?:(?:just|actually|literally|honestly) )?(?:walk into the (?:sea|ocean)|jump off a (?:bridge|cliff|pier)|throw myself (?:off a|out of the|into the) (?:[\w']+ )?(?:bridge|cliff|window|sea|river|canal))\b|\b(?:can|could|should|may|might) (?:all )?(?:just )?(?:go )?(?:and )?(?:jump off a (?:cliff|bridge|pier)|take a (?:long )?(?:walk|running jump) off a (?:short )?pier)\b|\b(?:wallet|bank account|account|bank balance|balance|savings|budget|finances|bank|overdraft|credit card)s? (?:is |are |was |has been )?(?:bleeding|bled) (?:out|dry)\b|\b(?:killing|kill|killed) myself (?:with|over|on) (?:this|these|that|those|all (?:this|these|the)|so much|too much|my|the) (?: +~(?!\S)|(?:[\w']+ ){0,2}?(?:drama|dramas|show|shows|series|episodes|binge|box set|work|overtime|homework|revision|essays?|coursework|coffee|caffeine|energy drinks|sugar|junk food|takeaways?|crisps|chocolate|gym|training|workouts?|deadlines?|shifts?|spreadsheets?|renovation|diy|marathon training)\b)|\b(?:crossword|crosswords|puzzle|jigsaw|sudoku|wordle|quiz|riddle)s? (?:has |have |had )?(?:well and truly |completely |totally |absolutely )?(?:beaten|beat|defeated|destroyed|thrashed|battered|broken) me\b|\b(?:trainer|coach|physio|instructor|pt|doctor|gp|mum|mom|dad|wife|husband|friend|mate)\b(?: [\w']+){0,2}? (?:said|says|warned|told me|reckons|thinks)(?: me)?(?: that)? i (?:am going to|will|would|could|might|am gonna) (?:kill|hurt|injure) myself(?: [\w']+){0,3}? if i (?:keep|carry on|continue|go on|do not|lift|run|train)\b|(?<=\b(?:meeting|training|lecture|seminar|webinar|zoom|presentation|class|sermon|assembly|induction|workshop|conference|speech|briefing|module|course)\b[^\n]{0,60})\b(?:i )?(?:wanted|was ready|could have|nearly|almost) (?:to )?(?:throw|thrown) myself out of (?:the|a) window\b(?![\s\S]*\b(?:for real|literally|i mean it|not (?:being )?(?:joking|kidding|dramatic|exaggerating)|no joke|seriously|again|(?:which|what) (?:windows?|floor)|windows? (?:open|opens)|(?:\w+ )?floor|the drop|how high|looked down)\b)`,
  ],
  // A saying of another language, explained as one: "i have the knife on my throat with the
  // thesis deadline , a polish expression for big pressure", "me quiero morir de vergüenza , we
  // say this when something is embarrassing", "beat me to death , i will not text him first .
  // this is my grandmother's saying", "it means you bury me , ... this is how you say i love you".
  [
    'expression saying idiom proverb say',
    String.raw`^(?![^\n]*\b(?:for real|i mean it|literally|not joking|seriously)\b)(?:[^\n,]+(?= , (?:a|an|it is a|it is an|which is a|which is an|as (?:we|they) say|like (?:we|they) say)(?: [\w']+){0,2}? (?:expression|saying|idiom|proverb)\b)|[^\n,]+(?= , we say (?:this|that|it) (?:when|if|for|about)\b)|[^\n]+(?=\n[ ,]*(?:this|that|it) is (?:my |a |an |our |just |only |an old )?(?:[\w']+ )?(?:[\w']+ )?(?:saying|expression|idiom|proverb)\b))|\b(?:it|this|that) means [^\n,]+(?= , [^\n]*\bis how (?:you|we|they) say\b)`,
  ],
  // Mortified, not dying: "i wanted to die when i realised i'd sent the miss you text to the
  // group chat . mortifying".
  [
    'die',
    String.raw`\bi (?:wanted|want|could have wanted) to die (?:when|after|as soon as) i (?:realised|realized|saw|noticed|found out) (?:that )?i (?:had|would) (?:sent|said|texted|called|replied|posted|liked|typed|waved|tagged|forwarded|emailed)\b(?=[\s\S]*(?<!\bnot )\b(?:mortif\w*|embarrass\w*|cringe\w*|humiliat\w*|awkward|red faced|nice about it|laughed)\b)(?![\s\S]*\b(?:terrif\w*|scared|afraid|frighten\w*|panic\w*|not embarrass\w*|rung|rang|called|calling|knows|found me)\b)`,
  ],
  // Words sung along to a song: "evanescence came on in the car and i screamed i'm so tired of
  // being here with the windows down like i was fifteen again".
  [
    'sang sing screamed screaming belted belting yelled',
    String.raw`(?<=\b(?:song|track|album|radio|playlist|came on|spotify|karaoke|lyrics?|chorus|anthem|power ballad)\b[^\n]{0,60})\b(?:sang|screamed|belted|yelled|sing|singing|screaming|belting)(?: along)?(?: to)? (?:[\w']+ ){1,10}?(?=(?:with the windows down|at the top of my lungs|in the car|in the shower|like i was (?:fifteen|sixteen|seventeen|a teenager|\d+)|word for word)\b)`,
  ],
  // Someone old or dying ready to go: "nana told me she is ready to meet god and she is at peace
  // with it . going back to the hospice tomorrow".
  [
    'ready',
    String.raw`\b(?:she|he|they) (?:is|was|are|were|said (?:she|he|they) (?:was|is|were))(?: [\w']+)? ready to (?:meet (?:god|her maker|his maker|jesus|the lord|their maker)|go|die)\b(?: and (?:she|he|they) (?:is|was|are|were) at peace with it)?(?=[\s\S]*\b(?:hospice|passed|died|dying|funeral|nana|grandma|granny|gran|grandad|grandpa|nan|hospital|palliative|\d\d)\b)`,
  ],
  // The gym, a mate's banter, a foreman's, a game: "leg day . genuinely want to die , ten out of
  // ten , would do it again", "he's threatened to bury me under the patio . standard tuesday" (not
  // when he was not laughing, or held the writer),
  // "foreman says if i drop one more bag he'll chuck me off the scaffold himself . he's all mouth",
  // "played call of duty with ethan , he killed me eleven times".
  [
    'die bury chuck throw lob kill murder strangle sack killed shot destroyed wrecked',
    String.raw`(?<=\b(?:leg day|doms|squats|spin class|the gym|workout|hiit|bootcamp|boot camp)\b[\s\S]{0,60})\b(?:genuinely |actually |literally |honestly )?want to die\b(?=[^\n]*\b(?:ten out of ten|10 out of 10|would do it again|worth it|love it|recommend)\b)|\b(?:threatened|threatens|threatening|going|promised) to bury me under the patio\b(?=[\s\S]*\b(?:standard|banter|as usual|lol|haha|joke|joking|mate|lads|haircut)\b)(?![\s\S]*\b(?:(?:was not|is not|were not) (?:laughing|joking|smiling)|not (?:a )?joke|meant it|clamped|grabbed|gripp\w*|pinned|scared|afraid|terrified|leaving)\b)|\b(?:foreman|gaffer|boss|manager|supervisor|coach|sarge|sergeant|chef|head chef)\b(?: [\w']+){0,3}? (?:says|said|reckons)(?: that)? if i (?:[\w']+ ){1,8}?(?:one more|again)\b[^\n]{0,60}?\b(?:he|she) (?:will|would|is going to) (?:kill|murder|chuck|throw|lob|strangle|sack) me\b(?=[\s\S]*\b(?:all mouth|laugh\w*|joke|joking|banter|lol|haha)\b)|\b(?:call of duty|cod|fortnite|apex|halo|overwatch|valorant|warzone|minecraft|headsets?)\b[\s\S]{0,80}?\b(?:killed|kills|killing|destroyed|wrecked|shot) me\b`,
  ],
  // Someone else's self-harm found out about: "found out today my cousin's been self harming . sat
  // with her and we told her mum".
  [
    'self harm cutting hurting',
    String.raw`\b(?:found out|learned|learnt|heard|discovered|realised|realized)(?: today| tonight| that)* my (?:${CONFIDANTS}|best friend|son|daughter|niece|nephew|flatmate|roommate)(?: is| has| was)? (?:been )?(?:self ?harming|cutting (?:herself|himself|themselves)|hurting (?:herself|himself|themselves))\b${TIED_TO_WRITER}`,
  ],
  // Fiction the writer is writing, and a role play at training: "writing the scene where my
  // protagonist thinks about ending it all ... working from imagination , not experience", "we
  // role played a domestic abuse disclosure and i played the victim".
  [
    'writing wrote drafting drafted editing edited role',
    String.raw`^[^\n]*\b(?:writing|wrote|drafting|drafted|editing|edited) (?:the|a|my) (?:scene|chapter|story|poem|script|short story|monologue)\b[^\n]*(?=[\s\S]*\b(?:protagonist|my character|the character|main character|fiction|imagination|not experience|novel)\b)(?![\s\S]*\b(?:like me|is me|based on me|about me|my own (?:plan|thoughts|feelings)|i (?:want|wanted) to (?:die|end it))\b)|(?:(?<=\b(?:training|course|workshop|class|module|placement|induction)\b[\s\S]*)|(?=[\s\S]*\b(?:training|course|workshop|class|module|placement|induction)\b))\brole ?play(?:ed|ing|s)? (?:a|an|the)\b[^\n]*?\b(?:disclosure|scenario|call|interview|conversation|exercise)\b(?: and i played the (?:victim|caller|patient|client|survivor))?`,
  ],
  // Someone else's overdose or prescription at work: "three overdoses came in on tonight's ed
  // shift", "a man shouted at me because his prescription was not ready".
  [
    'overdos prescription',
    String.raw`\b(?:\w+ )?overdoses? (?:came|come|coming|were brought|was brought|brought) in\b(?=[^\n]*\b(?:shift|ward|a e|ed|er|resus|ambulance|triage)\b)|\b(?:his|her|their|a customer's|a patient's) prescription (?:was not|is not|was never|has not been) ready\b`,
  ],
  // Questions that are safe: a safe dose, a will, calories, a lyric, a video game, a sister's
  // boyfriend: "how many paracetamol can you safely take in a day", "what happens if you die
  // without a will", "how many calories are in a whole tub", "how much whisky does it take to
  // forget a woman ? it is a lyric for the song i am writing", "how do you shoot from horseback in
  // red dead", "how do i know if my sister's new boyfriend is controlling".
  [
    'safely will calories lyric line shoot kill red controlling abusive manipulative violent',
    String.raw`\bhow (?:many|much) (?:[\w']+ ){1,4}?(?:can|should|do) (?:you|i|one|a person|people) safely (?:take|have)\b(?![\s\S]*\b(?:all of them|the lot|end it|die|on purpose|not wake|never wake|past that|how far|keeping|kept|saving|saved|stockpil\w*|hoard\w*|stash\w*|collect\w*|boxes|crush\w*|into my)\b)|\b(?:die|dies|died) (?:without|intestate|without making|without leaving) (?:a )?will\b|\bcalories (?:are )?in a whole\b|^[^\n]+(?=\n[ ,]*(?:it is|that is|this is) (?:a|just a) (?:lyric|line) (?:for|from|in)\b)|\bhow (?:do|can) (?:you|i) (?:shoot|kill|stab|snipe|headshot)\b[^\n]{0,40}\b(?:in|on|at) (?:red dead(?: redemption)?(?: 2)?|gta|call of duty|cod|fortnite|apex|halo|elden ring|skyrim|fallout|the last of us|warzone|minecraft|zelda|valorant|overwatch)\b|\bhow do (?:i|you) (?:know|tell) if (?:my|her|his) (?:${CONFIDANTS})(?:'s)? (?:new )?(?:boyfriend|girlfriend|partner|husband|wife|fiance|fiancee) is (?:controlling|abusive|manipulative|violent)\b`,
  ],
  // A hypothetical that has not happened, and plain denials: "if he ever laid a finger on me i
  // would be out the door", "if he ever tried to turn up at my flat i would ring the police . he
  // will not , though", "nobody is threatening me , nobody is following me", "a friend asked if he
  // was ever violent . no".
  [
    'ever nobody laid lay put touched hit hurt turned tried',
    String.raw`\bif (?:he|she|they|my ex) (?:ever )?(?:laid|lay|lays|put|puts|tried to (?:turn up|hit|hurt|touch|come round)|touched|hit|hurt|turned up)\b[^\n]{0,40}?\b(?:i would|i will)\b[^\n]*(?![\s\S]*\b(?:again|last time|this time|like (?:he|she|they) did|did it|has done|(?:he|she|they) (?:has|have|did))\b)(?=[\s\S]*\b(?:luckily|thankfully|just boring|not dangerous|(?:he|she|they) (?:will not|would never|never would|is not like that|lives in|has blocked))\b)|\bnobody is (?:threatening|following|watching|tracking|hurting|hitting|controlling|stalking|taking) (?:me|anything)\b|\basked (?:me )?if (?:he|she|they) (?:was|were|had) ever (?:been )?(?:violent|abusive|scary|frightening|threatening)\b(?=\n?[ ,]*(?:no|never|not once)\b)|\b(?:never|not) (?:once )?(?:violent|frightening|scary|dangerous|abusive|threatening)\b(?: and (?:never|not) (?:once )?(?:violent|frightening|scary|dangerous|abusive|threatening))*(?![\s\S]*\b(?:until|till|but|except|apart from|now|lately|recently|only|when|unless|if|with me|to me|towards me)\b)`,
  ],
  // More everyday sayings: "i'd throw myself into the sea if i had to sit through one more
  // couples' dinner", "my heart stopped", "mi mama me va a matar", "die die must try", "this
  // hunger wan kill me", "me quiero morir de la verguenza".
  [
    'sea bridge cliff window heart matar die kill morir',
    String.raw`\bi (?:would|will) (?:throw myself (?:into the sea|off a (?:bridge|cliff)|out of the window)|walk into the sea) if i (?:had to|have to) (?:sit through|listen to|hear|watch|go to|attend|endure) (?:one more|another)\b(?=[\s\S]*\b(?:lovely|laugh\w*|fun|great time|good time|joke|joking)\b)|\bmy heart (?:stopped|skipped)\b(?![^\n]*\b(?:beating|for real|hospital|ambulance|cpr)\b)|\b(?:mi )?(?:mama|madre|papa|padre|jefe|jefa|hermana|hermano|abuela|novia|novio) me va a matar\b(?![\s\S]*\b(?:will not be here|not be here|by then|the letter|gone|goodbye)\b)|\bdie die (?:must|also|cannot|can not|want)\b|\b(?:this |the )?hunger (?:wan|want to|go|will|don|dey) kill me\b|\b(?:me )?quiero morir(?:me)? de (?:la )?(?:verguenza|pena|risa|hambre|sueno|calor|frio|aburrimiento|envidia)\b`,
  ],
];

/** Whole-word fixes applied before matching: slang, missing apostrophes and common typos. */
export const WORD_FIXES: Readonly<Record<string, string>> = {
  // Dialect: Scots ("gies me a tenner", "the weans"), Caribbean ("ah cyah", "doh tell nobody").
  gies: 'gives',
  wean: 'kid',
  weans: 'kids',
  bairn: 'kid',
  bairns: 'kids',
  mair: 'more',
  cyah: 'can not',
  doh: 'do not',
  dey: 'they',
  dont: 'do not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  werent: 'were not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  aint: 'is not',
  mustnt: 'must not',
  im: 'i am',
  ive: 'i have',
  youre: 'you are',
  theyre: 'they are',
  hes: 'he is',
  shes: 'she is',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  wouldve: 'would have',
  couldve: 'could have',
  shouldve: 'should have',
  theyll: 'they will',
  itll: 'it will',
  u: 'you',
  ur: 'your',
  r: 'are',
  wanna: 'want to',
  wana: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  tryna: 'trying to',
  kinda: 'kind of',
  sorta: 'sort of',
  outta: 'out of',
  lemme: 'let me',
  dunno: 'do not know',
  idk: 'i do not know',
  idc: 'i do not care',
  rn: 'right now',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  tomoz: 'tomorrow',
  tonite: 'tonight',
  nite: 'night',
  cuz: 'because',
  cos: 'because',
  coz: 'because',
  bc: 'because',
  bcuz: 'because',
  becuz: 'because',
  thru: 'through',
  tho: 'though',
  prolly: 'probably',
  alot: 'a lot',
  ppl: 'people',
  abt: 'about',
  smth: 'something',
  every1: 'everyone',
  evry1: 'everyone',
  evryone: 'everyone',
  everone: 'everyone',
  everbody: 'everybody',
  evrybody: 'everybody',
  noone: 'nobody',
  no1: 'nobody',
  some1: 'someone',
  sum1: 'someone',
  any1: 'anyone',
  bf: 'boyfriend',
  gf: 'girlfriend',
  kms: 'kill myself',
  kys: 'kill myself',
  kmsl: 'laughing',
  anymor: 'anymore',
  anymroe: 'anymore',
  nomore: 'no more',
  myslef: 'myself',
  mysef: 'myself',
  myslf: 'myself',
  mysel: 'myself',
  meself: 'myself',
  mself: 'myself',
  kil: 'kill',
  kll: 'kill',
  kiil: 'kill',
  killl: 'kill',
  wnat: 'want',
  wud: 'would',
  cud: 'could',
  shud: 'should',
  bout: 'about',
  thinkin: 'thinking',
  feelin: 'feeling',
  nothin: 'nothing',
  somethin: 'something',
  goin: 'going',
  doin: 'doing',
  tryin: 'trying',
  cuttin: 'cutting',
  livin: 'living',
  wnt: 'want',
  whant: 'want',
  wamt: 'want',
  ded: 'dead',
  pils: 'pills',
  pillz: 'pills',
  burdon: 'burden',
  exsist: 'exist',
  scard: 'scared',
  scaired: 'scared',
  skared: 'scared',
  afriad: 'afraid',
  afaid: 'afraid',
  afrade: 'afraid',
  affraid: 'afraid',
  terified: 'terrified',
  terrifed: 'terrified',
  terrfied: 'terrified',
  frightend: 'frightened',
  threatend: 'threatened',
  threatned: 'threatened',
  thretened: 'threatened',
  theatened: 'threatened',
  threathened: 'threatened',
  threatenned: 'threatened',
  threatning: 'threatening',
  thretening: 'threatening',
  abusve: 'abusive',
  abussive: 'abusive',
  abbusive: 'abusive',
  abuisive: 'abusive',
  violant: 'violent',
  restraning: 'restraining',
  restrainig: 'restraining',
  chocked: 'choked',
  choaked: 'choked',
  chokked: 'choked',
  strangeled: 'strangled',
  slaped: 'slapped',
  slappd: 'slapped',
  punchd: 'punched',
  stalkin: 'stalking',
  stalkng: 'stalking',
  // Scots: "cannae face another day", "got the pills oot".
  cannae: 'can not',
  dinnae: 'do not',
  didnae: 'did not',
  wouldnae: 'would not',
  couldnae: 'could not',
  isnae: 'is not',
  wasnae: 'was not',
  willnae: 'will not',
  oot: 'out',
  tae: 'to',
  endin: 'ending',
  hittin: 'hitting',
  beatin: 'beating',
  chokin: 'choking',
  punchin: 'punching',
  kickin: 'kicking',
  threatenin: 'threatening',
  followin: 'following',
  trackin: 'tracking',
  grabbin: 'grabbing',
  slappin: 'slapping',
  shovin: 'shoving',
  pushin: 'pushing',
  dyin: 'dying',
  killin: 'killing',
  hurtin: 'hurting',
  takin: 'taking',
  jumpin: 'jumping',
  hangin: 'hanging',
  embarassment: 'embarrassment',
  embarrasment: 'embarrassment',
  embarassed: 'embarrassed',
  embarassing: 'embarrassing',
  pleasee: 'please',
  helpp: 'help',
  noo: 'no',
  aboot: 'about',
  // More Scots ("walkin intae the Clyde", "feart o him") and Jamaican ("kill miself").
  intae: 'into',
  anymair: 'anymore',
  dae: 'do',
  feart: 'afraid',
  walkin: 'walking',
  comin: 'coming',
  chappin: 'knocking',
  hingin: 'hanging around',
  miself: 'myself',
  // Words of another language inside an English note: Hindi "bachche" (children), Tagalog "tulay"
  // (bridge) and "tatalon" (will jump), Spanish "celular" (phone) and "cuello" (neck), Arabic
  // "khayfa" (afraid).
  bachche: 'kids',
  bacche: 'kids',
  bachon: 'kids',
  bachchon: 'kids',
  tulay: 'bridge',
  tatalon: 'jump',
  celular: 'phone',
  cuello: 'neck',
  khayfa: 'afraid',
  khayef: 'afraid',
  khayfe: 'afraid',
};

const AFTER_HE =
  'kill hurt hit find come do take post never ruin make be show beat leak go destroy get track follow'.split(
    ' ',
  );
const AFTER_I =
  'kill end hurt do be never just take jump die go probably definitely not try make overdose cut rather love like want hate better prefer have finish stop leave say write miss text call give sleep walk drive swallow hang drown drink od find hunt ruin get show come burn break tell see'.split(
    ' ',
  );
const AFTER_TO =
  'die live be kill end hurt go sleep wake disappear exist stop leave cut harm jump take do'.split(
    ' ',
  );

/**
 * Fixes that depend on the next word: [word or "word next", next words ("*" = any), fix].
 * "hell kill me" is "he'll kill me", "ill end it" is "i'll end it", "want too die" is "to die".
 */
export const NEXT_WORD_FIXES: readonly (readonly [string, readonly string[], string])[] = [
  // Phrases of another language inside an English note: Arabic "bala ana" (without me), "ma baddi
  // 3ish" (I don't want to live), Nigerian Pidgin "i no fit" (I can't), Hindi "agar kal main uthi
  // nahi" (if I don't wake up tomorrow), French "me scarifier" (self-harm).
  ['bala ana', [], 'without me'],
  ['ma baddi 3ish', [], 'i do not want to live'],
  ['i no fit', [], 'i can not'],
  ['agar kal main uthi nahi', [], 'if i do not wake up tomorrow'],
  ['agar kal main utha nahi', [], 'if i do not wake up tomorrow'],
  ['me scarifier', [], 'self harm'],
  ['o', ['him', 'her', 'them', 'me', 'my', 'his', 'the'], 'of'],
  // Dialect: "punching me own legs", "she took ma bank card", "ah cyah live without she".
  ['me', ['own'], 'my'],
  [
    'ma',
    ['bank', 'card', 'phone', 'keys', 'money', 'car', 'hoose', 'house', 'kids', 'wages', 'purse'],
    'my',
  ],
  [
    'ah',
    [
      'cyah',
      'can',
      'done',
      'go',
      'doh',
      'want',
      'gone',
      'feel',
      'wish',
      'need',
      'am',
      'will',
      'just',
    ],
    'i',
  ],
  ['no one', [], 'nobody'],
  ['no body', [], 'nobody'],
  ['every one', [], 'everyone'],
  ['my self', [], 'myself'],
  ['finish my life', [], 'end my life'],
  ['finishing my life', [], 'ending my life'],
  ['finished my life', [], 'ended my life'],
  ['finish with my life', [], 'end my life'],
  ['any more', [], 'anymore'],
  ['ca not', [], 'can not'],
  ['wo not', [], 'will not'],
  ['ai not', [], 'is not'],
  ['sha not', [], 'shall not'],
  ['w o', [], 'without'],
  ['live or dye', [], 'live or die'],
  ['w', ['*'], 'with'],
  ['hell', AFTER_HE, 'he will'],
  ['shell', AFTER_HE, 'she will'],
  ['hed', AFTER_HE, 'he would'],
  ['ill', AFTER_I, 'i will'],
  ['id', AFTER_I, 'i would'],
  ['2', AFTER_TO, 'to'],
  ['too', AFTER_TO, 'to'],
  // Jamaican and Nigerian English: "mi waan dead", "i wan end am", "baby fada box mi up".
  [
    'mi',
    [
      'waan',
      'wan',
      'wah',
      'cyaan',
      'cya',
      'nuh',
      'just',
      'did',
      'tek',
      'haffi',
      'ago',
      'gwine',
      'feel',
      'never',
      'tired',
      'want',
      'wanna',
      'cant',
      'can',
    ],
    'i',
  ],
  ['nuh', ['waan', 'wan', 'want', 'wanna'], 'do not'],
  ['waan dead', [], 'want to die'],
  ['wan dead', [], 'want to die'],
  ['wah dead', [], 'want to die'],
  ['waan', AFTER_TO, 'want to'],
  ['wan', AFTER_TO, 'want to'],
  ['cyaan', [], 'can not'],
  ['end am', [], 'end it'],
  ['tire for', ['this', 'dis', 'life', 'everything'], 'tired of'],
  ['box mi', ['up'], 'beat me'],
  ['kill mi', [], 'kill me'],
  ['chop mi', [], 'chop me'],
  ['beat mi', [], 'beat me'],
  ['lick mi', [], 'hit me'],
  ['hit mi', [], 'hit me'],
  ['hurt mi', [], 'hurt me'],
  ['murder mi', [], 'murder me'],
  ['stab mi', [], 'stab me'],
  ['shoot mi', [], 'shoot me'],
  ['find mi', [], 'find me'],
  ['him a go', [], 'he is going to'],
  ['him ago', [], 'he is going to'],
  ['him seh', [], 'he said'],
  ['him have', [], 'he has'],
  ['baby fada', [], 'baby father'],
  // "sui thoughts are back": the short form, only where it cannot be the name Sui.
  ['sui', ['thoughts', 'ideation', 'attempt'], 'suicidal'],
];

/**
 * Contraction endings, spelled out ("i'm" -> "i am"); "'s" is "is" only after these words, and
 * after a means ("rope's in the car", "blade's back out"; not "the razor's blunt").
 */
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  m: ' am',
  re: ' are',
  ve: ' have',
  ll: ' will',
  d: ' would',
};
export const IS_AFTER =
  /(?:^|[^a-z])(?:he|she|it|that|there|what|who|where|here|everyone|everybody|nobody|someone|life|this|everything|nothing|one|how|why|when|rope|noose|blade)$/;

/** Letters masked as digits or symbols ("k1ll", "$uicide"), and the words worth unmasking. */
export const MASKED_LETTERS: Readonly<Record<string, string>> = {
  0: 'o',
  1: 'i',
  3: 'e',
  4: 'a',
  5: 's',
  7: 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
export const UNMASKED =
  /^(?:kill\w*|die|died|dying|dead|death|myself|s[uo]+i?[cs]+i?d\w*|hang\w*|rap(?:e|ed|ist)|abus\w*|hurt|harm|cut\w*|pills|overdos\w*|stalk\w*|threat\w*|unaliv\w*|self|noose|slit|hit|beat|choked)$/;
/** Words people hide behind asterisks ("k*ll", "s**cide"). */
export const CENSORED = ['kill', 'killing', 'killed', 'suicide', 'suicidal', 'die', 'dead', 'rape'];
