/**
 * The broad tier of `detectSupport`: weighted concept lexicons instead of phrases. It runs on the
 * canonical text of `support.ts` (one sentence a line, everyday idioms already blanked out) and
 * only for a flag the precise rules did not raise. Each concept is one regular expression; a
 * sentence (or two adjacent short ones) alarms when the right concepts meet within a window of
 * characters with enough weight. It is a separate tier with no cue words: the rule lists' "no
 * match without a cue" guarantee is about `CRISIS_RULES` and `SAFETY_RULES` only.
 *
 * Weights: 1 = weak on its own ("last", "train"), 2 = telling ("solve everything", "punish
 * myself"), 3 = near explicit with the writer in it ("plane goes down", "not wake up").
 */

type Lexicon = readonly (readonly [weight: number, source: string])[];

/** The crisis concepts. SELF is the writer; the others are scored by their heaviest hit. */
const CRISIS: Readonly<Record<string, Lexicon>> = {
  self: [[1, String.raw`i|me|my|myself|mine`]],
  ending: [
    [
      3,
      String.raw`car running in the garage|letters? for (?:\w+ ){0,2}to find|finish (?:what i started|it (?:all|tonight|for good))|end it all|make it stop for good|(?:not|never) (?:wake|waking) up|sleep forever|never come back|(?:out|gone) for good|be (?:done|gone) for good`,
    ],
    [
      2,
      String.raw`let (?:it all |everything |myself )?go(?! (?:of|on|out|home|back|for|to|with|and get|shopping|outside))\b(?: (?:now|tonight|forever|for good|of (?:it all|everything|life|this life)))?|solves? everything|fix everything|(?:all|it|everything|this) (?:will|would|could) (?:all )?be over|be over (?:soon|for good|forever|tonight)|out of the picture|(?:goodbye|bye) (?:forever|world|everyone|for good)|the end of me|my (?:last|final) (?:day|night|week|text|message|goodbye|sunrise|breath)|(?:last|final) (?:time|night|day) (?:i(?:'ll| will)?|anyone|you) (?:will )?(?:see|hear|have|feel|wake)|rest for good|eternal (?:sleep|rest)|at peace forever|disappear forever|be free(?: of (?:it|this|everything|all))?$|finally (?:be )?free|no more (?:pain|hurting|of me|me)|not (?:be )?(?:around|here) (?:much longer|anymore|for long|next)|stop (?:existing|being)|(?:this|that|tonight|today|tomorrow|it|weekend|week|this time) (?:is|will be) the end|so (?:it|this|everything) (?:is|will be|can be) over|the (?:end|last) (?:of it|one)$`,
    ],
    [
      1,
      String.raw`goodbye|forever|for good|final|the end|is the end|be over|over soon|end it|peace|rest|disappear|gone|let go|finish`,
    ],
  ],
  death: [
    [
      3,
      String.raw`(?:plane|car|bus|train) (?:goes|would go|will go|went) (?:down|off)|(?:plane|car) crash(?:es|ed)? with me|overdos\w*|(?:step|jump|walk|fall|drive|swerve)\w* (?:off|in front of|into) (?:the|a) (?:train|tracks|truck|bridge|edge|river|sea|lake|traffic|bus|lorry|platform|roof)|bleed out|life insurance|insurance (?:money|payout)|(?:river|water|sea|lake|drop|fall) (?:would|will|could) be (?:quiet|peaceful|easy|cold|quick|enough)|my (?:funeral|will|last will|suicide note)|hang\w* myself|(?:noose|rope) (?:ready|around|tied)|the (?:bullet|pills|rope|blade|razor)s? (?:is|are) (?:waiting|ready)`,
    ],
    [
      2,
      String.raw`die|dying|dead|death|funeral|insurance|overdose|pills|noose|rope|blade|razor|gun|bullet|the tracks|train tracks|oncoming|traffic|bridge|overpass|ledge|jump|(?:river|water|sea|lake) (?:would|will|could) be|cancer (?:comes|came|will come) back|jumping|drown\w*|car running in the garage|exhaust|crash into|swerv\w*|(?:a|my) note|goodbye (?:note|letter)s?|letters? for \w+ to find|will and testament`,
    ],
    [
      1,
      String.raw`train|plane|crash|cancer|river|sea|sleep|knife|grave|heaven|car|garage|wall|truck|roof|pill`,
    ],
  ],
  harm: [
    [
      3,
      String.raw`(?:do not|not) deserve (?:to (?:eat|live|exist|be here|be alive)|to$)|punish(?:ing)? myself|(?:hurt|harm|cut|burn|scratch|bruise|starve|hit|punch)\w* myself|deserve (?:the )?(?:pain|to hurt|to suffer|it all)|(?:skip|skipping|skipped|stop|stopped) (?:meals|eating) to|scratch\w* until|until (?:it|they|i) (?:bled|bleed|bleeds|broke)`,
    ],
    [
      2,
      String.raw`(?:do not|dont|not) deserve (?:to (?:eat|live|be here|exist|sleep)|food|anything)|do not eat anymore|deserved it|self harm\w*|starv\w*|skip\w* meals|(?:lighter|blade|razor) (?:on|to|against) my`,
    ],
    [1, String.raw`deserve|deserved|punish\w*|until my hand`],
  ],
  burden: [
    [
      3,
      String.raw`better off (?:without (?:me|us)|with me gone|if i (?:was|were|died|did not|was not|never|am gone|disappeared|had never))|more than i (?:do|ever did|could)|without me (?:in it|around|here)|(?:waste|drain) of (?:space|air|oxygen)|drag(?:ging)? everyone down|(?:doing|do) (?:everyone|them|the world) a favou?r|(?:cope|manage|do) better (?:with(?:out)? me|without)|will be (?:looked after|taken care of)`,
    ],
    [
      2,
      String.raw`burden|worthless|without me|lighter once|a problem for anyone|cope better|nobody (?:would|will) (?:notice|care|miss)|(?:everyone|they|the world) (?:would|will) (?:be|keep|move) (?:fine|better|happier|on)`,
    ],
    [1, String.raw`in the way|useless|a problem|better off`],
  ],
  hopeless: [
    [
      2,
      String.raw`no point|no way out|nothing left|can not (?:do this|go on|keep going) anymore|can not anymore|too tired|give up|no future|never get better|not worth it|(?:it would be|it is|so) (?:so )?easy to|how easy it would be|tired of (?:fighting|trying|living|everything)|(?:why|what is the point in) bother`,
    ],
    [1, String.raw`tired|hopeless|empty|numb|pointless|why bother|easy`],
  ],
  time: [
    [
      1,
      String.raw`tonight|tomorrow|soon|this (?:weekend|week|time)|when (?:they|he|she|everyone) (?:are|is) asleep|planned|decided|(?:picked|chosen) the|ready`,
    ],
  ],
};

/** The safety concepts. OTHER is the person who harms; ME is where the harm lands. */
const SAFETY: Readonly<Record<string, Lexicon>> = {
  other: [
    [
      1,
      String.raw`he|she|him|her|his|they|them|my ex|ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|his (?:friends|brother|mates|family)`,
    ],
  ],
  act: [
    [
      3,
      String.raw`backhand\w*|rammed|held (?:a |the |his |her )?(?:\w+ )?(?:over|against|down on) my|tied (?:me|my)|threw (?:\w+ ){0,2}(?:on|at|in) (?:me|my)|pour\w* (?:\w+ ){0,2}(?:on|over) (?:me|my)|spat (?:on|at|in) (?:me|my)|(?:put|held|clamped) (?:his|her|a) (?:hand|hands|pillow) (?:over|on|around|against) my (?:mouth|face|throat|neck|nose)|strangled me|choked me|scalded me`,
    ],
    [
      2,
      String.raw`backhand\w*|rammed|held (?:a |the |his |her )?(?:\w+ )?(?:over|against|down on) my|tied (?:me|my)|pinned|shoved|chok\w*|strangl\w*|dragged|threw (?:\w+ ){0,2}(?:on|at|in) (?:me|my)|pour\w* (?:\w+ ){0,2}(?:on|over) (?:me|my)|spat|spit on|kick\w*|punch\w*|slap\w*|hit|bit|burn\w*|scald\w*|locked|trapped|cornered|restrain\w*|(?:put|held|clamped|pressed) (?:his|her|a) (?:hand|hands|knee|pillow|lit cigarette|cigarette) (?:over|on|around|against|into|to) my (?:\w+ )?(?:mouth|face|throat|neck|nose|chest|arm|skin|hand)|(?:his|her) (?:hand|hands|knee) (?:over|on|around) my (?:mouth|face|throat|neck|nose|chest)|squeez\w*|elbow\w*|smash\w*|pushed|slammed|grabbed|yanked|twisted|sat on|kept me (?:in|inside|from)|would not let me (?:out|leave|go)|stabbed|drugged|spiked|put something in my`,
    ],
  ],
  me: [
    [
      1,
      String.raw`(?<!(?:for|to|with|about|told|tell|texted|asked|gave|give|sent|send|called|call|loves?|missed|misses|thanked|thank|showed|show|taught|teach|bought|brought|made|helped|help|hugged|kissed|wrote|write|writes|invited|paid|lent) )me|my (?:\w+ )?(?:face|mouth|neck|throat|arm|arms|wrist|hair|head|body|chest|leg|legs|back|ribs|hand|hands|eye|eyes|nose|lip|skin|stomach|car|door|windshield|windscreen|house|flat|drink|bed)`,
    ],
  ],
  surveil: [
    [
      3,
      String.raw`clon\w* my (?:phone|sim|number)|spyware|stalkerware|airtag|tracker (?:on|in) my`,
    ],
    [
      2,
      String.raw`clon\w* my|hack\w*|tracker|tracking (?:me|my|app|device)|airtag|spyware|stalkerware|logged into my|reads? my|(?:knows|know|finds? out|found out|find) (?:where|my (?:new )?(?:address|location|school|work))|sends? (?:his|her) \w+ to|sent (?:his|her) \w+ to|got (?:his|her) \w+ to (?:follow|watch|check)|(?:keeps|kept) (?:driving|walking) past|park\w* outside my|waiting outside|calling from (?:different|new|unknown|blocked)|my (?:\w+ )?password`,
    ],
    [
      1,
      String.raw`location|followed|showed up|turned up|outside my|check on me|new address|where the kids|my address|every day without`,
    ],
  ],
  threat: [
    [
      2,
      String.raw`or else|you will see|warned me (?:not|that|what)|make sure nobody|nobody (?:will )?finds? me|showed me the (?:knife|gun)|(?:unless|if) i (?:leave|go|tell|come back|do not come back)`,
    ],
    [1, String.raw`reminds me|remind me|warned me|smiled`],
  ],
  weapon: [[1, String.raw`gun|guns|knife|knives|bat|weapon|pistol|rifle|shotgun`]],
  fear: [
    [
      2,
      String.raw`(?:scared|afraid|terrified|frightened) (?:to (?:fall asleep|sleep|go home|leave|be alone with)|of (?:him|her|what he|what she|my ex))|can not sleep (?:\w+ ){0,2}with (?:him|her)|safe house|restraining order|chair against the door|so (?:he|she) can not find me|it might be (?:him|her)|hid(?:e|ing)? from (?:him|her)`,
    ],
    [
      1,
      String.raw`(?<!(?:he|she|they) (?:is |was |are |were |seems |looked |looks |got |gets )?(?:so |very |really |too )?)(?:scared|afraid|terrified|frightened|fear)|hide|hiding|new address|jump every time`,
    ],
  ],
};

/** Force on the writer, not by the writer: "i hit my head" is not an attack. */
const NOT_BY_ME = String.raw`(?<!\b(?:i|we) (?:[\w']+ )?)`;

interface Concept {
  readonly name: string;
  readonly patterns: readonly (readonly [number, RegExp])[];
}

const compile = (lexicons: Readonly<Record<string, Lexicon>>): Concept[] =>
  Object.entries(lexicons).map(([name, lexicon]) => ({
    name,
    patterns: lexicon.map(
      ([weight, source]) =>
        [
          weight,
          new RegExp(
            `${name === 'act' ? NOT_BY_ME : ''}(?<![\\w'])(?:${source})(?=(?:'s)?(?![\\w']))`,
            'g',
          ),
        ] as const,
    ),
  }));

const CRISIS_CONCEPTS = compile(CRISIS);
const SAFETY_CONCEPTS = compile(SAFETY);

/**
 * Ordinary uses of concept words, blanked before scoring: "last night", "my phone died", "let
 * go of the rope swing", "he threw a party".
 */
const ORDINARY = new RegExp(
  [
    String.raw`\b(?<!the )(?:last|the other) (?:night|week|weekend|year|month|time i saw|summer|winter|christmas)\b`,
    String.raw`\b(?:at last|last minute|last name|last train|last bus|last one in|last episode|last season|last chance to (?:see|buy|get)|last call)\b`,
    String.raw`\b(?:phone|battery|laptop|car|plant|plants|fish|goldfish|conversation|vibe|party|signal|wifi|tv|charger|conversation) (?:\w+ )?(?:died|is dead|was dead|dead|dying|went dead)\b`,
    String.raw`\blet go of (?:the|a|my|his|her|him|them|that|this|it|all|some|our|grudges|anger|expectations|control)\b(?! (?:life|everything))`,
    String.raw`\b(?:the )?end of (?:the|a|this|that|my|our) (?:day|week|month|year|movie|film|book|show|series|season|shift|semester|term|road|line|street|relationship|lease|contract|meeting|party|night)\b`,
    String.raw`\b(?:train|plane|bus|flight) (?:was|is|got|will be) (?:late|delayed|cancelled|canceled|on time|full|packed|early)\b|\b(?:catch|caught|miss|missed|take|took|on) (?:the|a|my) (?:train|plane|bus|flight)\b`,
    String.raw`\b(?:threw|throw|throws|throwing) (?:a|the|his|her) (?:party|ball|fit|tantrum|game|match)\b|\bheld (?:the|a) (?:door|baby|door open|hand|elevator|lift|line)\b|\btied (?:the|a|his|her|up the) (?:boat|knot|shoes?|laces|dog|rope|bow)\b|\bhit (?:the|a) (?:gym|road|ball|jackpot|books|sack|hay|wall of|target|nail)\b`,
    String.raw`\b(?:scared|afraid|terrified|frightened) (?:of )?(?:flying|heights|spiders|the dark|needles|clowns|snakes|dogs|public speaking|commitment|failure|failing|change|being alone|ending up|making|exams?|tests?|the dentist|driving|water|missing out)\b`,
    String.raw`\b(?:friends?|family|mom|mum|dad|sister|brother|therapist|bestie) (?:(?!to )\w+ )?(?:check|checks|checked|checking) (?:in )?on me\b`,
    String.raw`\b(?:game|movie|film|show|episode|season|book|story|song|album|video game) (?:\w+ )?(?:killed|died|dies|ends|ended|is over|was over)\b|\bdrive(?:d|s)? (?:me|us) (?:home|to|back)\b`,
    String.raw`\bwake up (?:late|early|in time|on time|at|before|for|with|to)\b|\bfollow(?:s|ed)? me (?:on|back)\b|\bhit me (?:back|up|with (?:a|that|the|this) (?:question|one|news|story|text|joke|song|line|look))\b`,
    String.raw`\bcould sleep (?:forever|for (?:a week|days|ever))\b|\bsleep (?:in|well|early|late|over|on it)\b|\brest (?:day|of (?:the|my|his|her|our|them|it|us))\b|\bpeace (?:and quiet|of mind)\b|\bfor good (?:measure|reason)\b`,
  ].join('|'),
  'g',
);

/** Concepts meet within this many characters of each other. */
const WINDOW = 110;
/** Two adjacent sentences are read together when both are this short. */
const SHORT = 70;

interface Hit {
  readonly concept: string;
  readonly weight: number;
  readonly at: number;
}

function hits(text: string, concepts: readonly Concept[]): Hit[] {
  const found: Hit[] = [];
  for (const { name, patterns } of concepts) {
    for (const [weight, pattern] of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        found.push({ concept: name, weight, at: m.index });
        if (m[0] === '') pattern.lastIndex += 1;
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

type Score = ReadonlyMap<string, number>;
const w = (score: Score, concept: string): number => score.get(concept) ?? 0;

/** Crisis: the writer plus a core concept with weight, or several crisis concepts together. */
function crisisAlarm(score: Score): boolean {
  const core = Math.max(
    w(score, 'ending'),
    w(score, 'death'),
    w(score, 'harm'),
    w(score, 'burden'),
  );
  const others = ['ending', 'death', 'harm', 'burden', 'hopeless', 'time'].filter(
    (c) => w(score, c) > 0,
  );
  const total = others.reduce((sum, c) => sum + w(score, c), 0);
  if (w(score, 'self') > 0 && core >= 2 && total >= 3) return true;
  return core >= 2 && others.length >= 2 && total >= 4;
}

/** Safety: another person plus force on me, watching, a threat or fear of them. */
function safetyAlarm(score: Score): boolean {
  if (w(score, 'act') >= 3 && w(score, 'me') > 0) return true;
  if (w(score, 'surveil') >= 3) return true;
  if (w(score, 'weapon') > 0 && w(score, 'threat') > 0 && w(score, 'me') > 0) return true;
  if (w(score, 'other') === 0) return false;
  if (w(score, 'act') > 0 && w(score, 'me') > 0) return true;
  if (w(score, 'surveil') >= 2) return true;
  if (w(score, 'threat') >= 2) return true;
  if (w(score, 'fear') >= 2) return true;
  const weak = ['surveil', 'threat', 'fear'].filter((c) => w(score, c) > 0);
  return weak.length >= 2;
}

/** Whether any window of `text` scores an alarm. */
function alarms(text: string, concepts: readonly Concept[], alarm: (s: Score) => boolean): boolean {
  const list = hits(text, concepts);
  for (let i = 0; i < list.length; i += 1) {
    const score = new Map<string, number>();
    const start = list[i]?.at ?? 0;
    for (let j = i; j < list.length; j += 1) {
      const hit = list[j];
      if (hit === undefined || hit.at - start > WINDOW) break;
      score.set(hit.concept, Math.max(w(score, hit.concept), hit.weight));
    }
    if (alarm(score)) return true;
  }
  return false;
}

/**
 * The broad tier on canonical, idiom-blanked text (one sentence a line): which of [crisis,
 * safety] alarm. `want` says which flags are still worth looking for.
 */
export function netFlags(text: string, want: readonly boolean[]): boolean[] {
  const sentences = text
    .replace(ORDINARY, ' ~ ')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const spans: string[] = [];
  sentences.forEach((s, i) => {
    spans.push(s);
    const next = sentences[i + 1];
    if (next !== undefined && s.length <= SHORT && next.length <= SHORT)
      spans.push(`${s} , ${next}`);
  });
  const checks = [
    [CRISIS_CONCEPTS, crisisAlarm],
    [SAFETY_CONCEPTS, safetyAlarm],
  ] as const;
  return checks.map(
    ([concepts, alarm], flag) =>
      want[flag] === true && spans.some((span) => alarms(span, concepts, alarm)),
  );
}
