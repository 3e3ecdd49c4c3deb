/** The verdict of `exco draft`: each state condition, and the precedence stop > wait > revise > ok. */
import { describe, expect, it } from '@jest/globals';
import { checkDraft, type Verdict } from '../../src/core/draft-check.js';
import { draftSituation, REPLY_DAYS } from '../../src/core/draft-state.js';
import { addDays } from '../../src/core/dates.js';
import { emptyData, type ExcoData } from '../../src/core/model.js';
import { localNoon, started, withContact, withGrowth } from '../helpers/engine.js';

// Default profile: breakup 2026-11-01, a 21-day window ending 2026-11-22.
const LIGHT = 'hey, saw this and thought of you, hope you are doing well';
const HEAVY = 'I miss you so much, please give us another chance';

function verdict(data: ExcoData | null, day: string, message = LIGHT): Verdict {
  return checkDraft(message, draftSituation(data, localNoon(day))).verdict;
}
const rules = (data: ExcoData | null, day: string, message: string) =>
  checkDraft(message, draftSituation(data, localNoon(day))).findings.map((f) => f.rule);

describe('draft verdicts with no profile yet', () => {
  it('only the text rules apply: ok for a light note, revise for a heavy one', () => {
    expect(verdict(null, '2026-11-05')).toBe('ok');
    expect(verdict(null, '2026-11-05', HEAVY)).toBe('revise');
    expect(verdict(emptyData(new Date()), '2026-11-05', HEAVY)).toBe('revise');
  });

  it('safety mode set before a profile still stops', () => {
    const data = emptyData(new Date());
    data.safety = { since: '2026-11-01T09:00:00.000Z', source: 'check-in' };
    expect(verdict(data, '2026-11-05')).toBe('stop');
  });
});

describe('draft verdict: stop', () => {
  it('in safety mode, whatever the words, listing only why', () => {
    const data = started();
    data.safety = { since: '2026-11-01T09:00:00.000Z', source: 'screening' };
    expect(verdict(data, '2026-12-20')).toBe('stop');
    expect(rules(data, '2026-12-20', HEAVY)).toEqual(['safety-mode']);
  });

  it('when the ex is with someone new', () => {
    const data = started({ exNewPartner: true });
    expect(verdict(data, '2026-12-20')).toBe('stop');
    expect(rules(data, '2026-12-20', LIGHT)).toEqual(['new-partner']);
  });

  it('after choosing to move on; recording "deciding" undoes it', () => {
    const data = started();
    withGrowth(data);
    data.outcomes.push({ id: 'o1', at: '2026-12-01T09:00:00.000Z', outcome: 'moving-on' });
    expect(verdict(data, '2026-12-20')).toBe('stop');
    data.outcomes.push({ id: 'o2', at: '2026-12-02T09:00:00.000Z', outcome: 'deciding' });
    expect(verdict(data, '2026-12-20')).toBe('ok');
  });

  it.each([
    'please stop, I am scared of you since you hit me',
    'you threatened me again last night',
    'stay away from me',
    'stop following me',
  ])('when the words say they are unsafe with them (%j), even with no profile', (message) => {
    const result = checkDraft(message, null);
    expect(result.verdict).toBe('stop');
    expect(result.support).toContain('safety');
    expect(result.findings.map((f) => f.rule)).toContain('unsafe');
  });

  it.each(['you hurt me when you left', 'you pushed me away', 'I was scared of the exam'])(
    'not for hurt feelings or everyday fear (%j)',
    (message) => {
      expect(checkDraft(message, null).verdict).not.toBe('stop');
    },
  );

  it('outranks wait', () => {
    const data = started({ exNewPartner: true });
    expect(verdict(data, '2026-11-05')).toBe('stop');
  });
});

describe('draft verdict: wait', () => {
  it('during the no-contact window, listing the text findings too', () => {
    const data = started();
    expect(verdict(data, '2026-11-10')).toBe('wait');
    expect(rules(data, '2026-11-10', HEAVY)).toEqual(['no-contact', 'pressure', 'love']);
    const finding = checkDraft(LIGHT, draftSituation(data, localNoon('2026-11-10'))).findings[0]!;
    expect(finding.message).toMatch(/until Sun 22 Nov 2026 \(12 days left\).*day 9 to day 0/);
  });

  it('a slip restarts the window', () => {
    const data = started();
    withContact(data, 'slip', '2026-11-20');
    expect(verdict(data, '2026-11-25')).toBe('wait');
    expect(verdict(data, '2026-12-11')).toBe('ok');
  });

  it('not once the window is over', () => {
    expect(verdict(started(), '2026-11-22')).toBe('ok');
    expect(verdict(started(), '2026-11-22', HEAVY)).toBe('revise');
  });

  it('while backing off after an unanswered reconnect', () => {
    const data = started();
    withGrowth(data);
    withContact(data, 'reconnect', '2026-11-25', 'none');
    expect(verdict(data, '2026-11-30')).toBe('wait');
    expect(rules(data, '2026-11-30', LIGHT)).toEqual(['backing-off']);
    expect(verdict(data, addDays('2026-11-25', 14))).toBe('ok');
  });

  it('after two unanswered attempts, even once the back-off has passed', () => {
    const data = started();
    withContact(data, 'reconnect', '2026-11-23', 'none');
    withContact(data, 'reconnect', '2026-12-08', 'cool');
    expect(rules(data, '2027-02-01', LIGHT)).toEqual(['unresponsive']);
  });

  it('not for a purely practical message, which does not break no contact', () => {
    const data = started();
    expect(verdict(data, '2026-11-10', 'Can you pick up the kids at 5 on Friday?')).toBe('ok');
    expect(
      verdict(
        data,
        '2026-11-10',
        'I still have your hoodie, want to grab coffee when I drop it off?',
      ),
    ).toBe('wait');
    expect(verdict(data, '2026-11-10', 'I want my stuff back')).toBe('wait');
  });

  it('not when they wrote recently, so a reply is not a slip', () => {
    const data = started();
    withContact(data, 'they-initiated', '2026-11-08', 'cool');
    expect(verdict(data, addDays('2026-11-08', REPLY_DAYS))).toBe('ok');
    expect(verdict(data, addDays('2026-11-08', REPLY_DAYS + 1))).toBe('wait');
  });

  it('not once they have shown interest (step 6)', () => {
    const data = started();
    withContact(data, 'they-initiated', '2026-11-05', 'warm');
    expect(verdict(data, '2026-11-20')).toBe('ok');
    expect(verdict(data, '2026-11-20', 'Can we talk about what went wrong?')).toBe('ok');
  });
});

describe('draft verdict: revise and ok', () => {
  it('revise lists each text finding with a message and a direction', () => {
    const result = checkDraft(HEAVY, draftSituation(started(), localNoon('2026-12-01')));
    expect(result.verdict).toBe('revise');
    for (const f of result.findings) {
      expect(f.message).toMatch(/\.$/);
      expect(f.suggestion.length).toBeGreaterThan(10);
    }
  });

  it('crisis words are a finding, with the support flag', () => {
    const result = checkDraft('I want to kill myself', null);
    expect(result.support).toContain('crisis');
    expect(result.findings.map((f) => f.rule)).toContain('crisis');
    expect(result.verdict).toBe('revise');
  });

  it.each([
    "hey, saw this and thought of you, hope you're doing well",
    'congrats on the new job!',
    "happy birthday, hope it's a good one",
  ])('%j is ok once the window has passed', (message) => {
    const data = started();
    withGrowth(data);
    expect(verdict(data, '2026-12-01', message)).toBe('ok');
  });
});

/**
 * Fresh lists of messages, each written before the rules were tuned on it. First runs, text only:
 * A heavy 13/45, light 42/42 (63%); B heavy 19/41, light 32/32 (70%); C heavy 9/37, light 31/32
 * (58%); D heavy 18/33, light 31/31 (77%). Each miss was then fixed by a family of wording, not
 * the phrase, and each family has light notes that must stay quiet. A bare "ok" was left out of C
 * as ambiguous: it is a fine reply to a practical message. "we should grab coffee sometime?" is
 * ok: a light invitation with no pressure, no "us", and easy to decline.
 */
const FRESH = {
  A: {
    heavy: [
      'I made dinner for two tonight out of habit',
      "I still have your toothbrush by the sink, I can't bring myself to throw it out",
      'Our song came on in the supermarket and I had to leave',
      'Remember that weekend in Brighton? Best days of my life',
      "It's fine, I'm used to being the one who tries",
      'Must be nice to just move on like nothing happened',
      "Hope you're having fun while I'm stuck here picking up the pieces",
      "I just think it would be good for both of us to talk, don't you think?",
      "Honestly I'm not doing great. I feel so lost and lonely and I can't focus at work and every night is the worst and I don't know who else to talk to",
      "I know you said you needed space and I respect that, but I also think there's a lot we never got to say. I've been going over it and I think if we just sat down for an hour we could understand each other better, and maybe it wouldn't have to end this way. I don't expect anything.",
      'Wow, thanks for the reply. Oh wait.',
      "Hope you're happy now",
      "Just tell me one thing and I'll leave you alone",
      "I'll be here when you're ready, however long it takes",
      "Someday you'll realise what you lost",
      'Nobody will ever love you the way I do',
      'Remember when we used to stay up all night talking?',
      "I'm a totally different person now, you'd see",
      "Been doing a lot of work on myself lately, I think you'd be surprised",
      'Do you ever think about us?',
      'Are you seeing anyone these days?',
      "Why won't you answer me",
      '???',
      'Hey. Hey. Hello? Are you getting these?',
      'WHY ARE YOU DOING THIS',
      'please!!!!!! just talk to me!!!!!',
      '😭😭😭😭😭',
      'I drove by our old place today and just sat there for a while',
      'Every time I see a yellow car I think of you',
      'I keep looking at our old photos',
      'You were my whole world, you know that',
      'Is it too late for us?',
      'What happened to us?',
      'I still wear the ring sometimes',
      "Can't believe it's been a year since we met. Happy anniversary I guess",
      "I guess I'll just be alone forever then",
      "I hope whoever you're with now knows how lucky they are",
      "Don't worry about me, I'm only crying every night",
      'Tell me honestly, was it ever real for you?',
      "you really don't care at all huh",
      'I wrote you a letter, can I give it to you?',
      "I just want to know if there's any hope",
      'Sorry, me again. Just checking you got my text yesterday',
      "I'll always be yours",
      "Let's just see where things go, no labels",
    ],
    light: [
      "hey, saw this and thought of you, hope you're doing well",
      'congrats on the new job!',
      "happy birthday, hope it's a good one",
      'haha that meme made me laugh',
      'hope the move went well',
      'good luck at the marathon',
      'can I pick up my books on Saturday?',
      'thanks for returning the keys',
      "hey! hope you're well",
      'hi, hope you had a good weekend',
      "Sam got engaged, thought you'd want to know!",
      'Biscuit learned to open the fridge, chaos',
      "the cat is doing fine, she's asleep on the radiator as usual",
      'Our friend Sam says hi',
      'Congrats on the promotion, well deserved',
      "Hope your dad's surgery went okay",
      'happy new year!',
      'saw your band is playing next month, good luck with the gig',
      'Good luck with the exams this week',
      'Thanks for the recommendation, the book was great',
      'lol did you see the match last night',
      "hope work isn't too crazy",
      'hey, just wanted to say congrats on the race',
      'Merry Christmas!',
      "hi! how's the new place?",
      'Is it okay if I grab my bike from the garage on Sunday?',
      'Thanks for sending the photos of the dog',
      'Jess had her baby, a little girl',
      'Happy birthday! Have a great day',
      'that restaurant you liked finally reopened',
      'Hope the trip to Spain was fun',
      'I can drop your jacket off Thursday if that works',
      'Good luck with the interview tomorrow!',
      'hey, hope things are good with you',
      'Thanks again for the help with the car',
      'Rex says woof 🐶',
      "Mike and Priya are hosting a quiz night, you're invited too I think",
      'congrats on the half marathon time, impressive',
      "hope you're enjoying the sunshine",
      "Saw a fox on my run and remembered you like them, hope you're well",
      'we should grab coffee sometime?',
      'thanks for the birthday message, that was kind of you',
    ],
  },
  B: {
    heavy: [
      'Walked past the cafe where we had our first date. Still hurts.',
      'I found one of your hair ties in my car and just sat there holding it',
      "Happy Valentine's day. I know it's weird but I couldn't not say it",
      'The bed feels so big without you',
      "I'm finally in a good place mentally, I've really grown since we split",
      "I've been reading a lot of books about attachment and I finally understand what I did wrong",
      "I'm not the jealous guy I was, I promise",
      "So I guess he's your type now?",
      'Who was that guy in your story?',
      'Do you love him?',
      'Was I ever enough for you?',
      "Okay so you're just never going to answer?",
      "Hello?? It's been three days",
      'answer your phone',
      "I'm outside. Come down.",
      "If I don't hear from you by tonight I'll know it's over for good",
      "You're going to regret throwing this away",
      'Cool, good to know I meant so little',
      'Glad one of us is sleeping well',
      "I really hope you're enjoying your freedom",
      "I can't do this anymore. I'm falling apart without you and nobody gets it",
      "I'm so tired of pretending I'm fine. I'm not fine. I miss everything",
      "Just wanted you to know I'm struggling a lot and some days I can't even get up",
      'We had something special and you know it',
      'Do you remember our trip to Rome? I was looking at the pictures today',
      'I keep hearing your laugh in my head',
      'Would it kill you to send one text?',
      'Fine. Ignore me. See if I care.',
      "Please, I'm asking you one last time",
      'I deserve better than being ghosted',
      'Can we go back to how it was before',
      "I'll always love you no matter what",
      "Hey... it's me. I know I shouldn't be texting. I just really needed to hear from you tonight",
      'PLEASE CALL ME',
      'why why why',
      'I can change, just give me a chance to show you',
      'We never even got to say goodbye properly',
      "I know you're happier without me but I still hope",
      'I just keep wondering what I could have done differently',
      'Thinking about the old days tonight, wish you were here',
      'Can I come over and we can just talk for a bit?',
    ],
    light: [
      'Happy birthday! Hope you get spoiled today',
      'congrats on the new flat!!',
      'good luck with the move this weekend',
      'hope your first week at the new job went well',
      'saw a dog at the park that looked exactly like Milo, made my day',
      'Sam and Ana say hi, we had dinner last night',
      'Thanks for dropping off the box',
      'could you leave the spare key with your neighbour?',
      "haha I just saw that video you'd love",
      "hey, hope all's well",
      'merry christmas, hope you have a relaxing break',
      'happy new year, wishing you a great 2025',
      "Congrats on getting into the program, that's brilliant",
      'Hope the knee is healing up',
      'Milo did his first trick today, he can sit!',
      'good luck on the driving test tomorrow',
      'Thanks for the heads up about the bill',
      'hey! that podcast you mentioned was actually really good',
      'Hope the gig went well last night',
      'Your mum sent me a lovely card, please thank her for me',
      "I've got your blue mug if you want it back, no rush",
      'hope your holiday was relaxing',
      'Is Tuesday still fine for the dog handover?',
      "Well done on the race, that's a great time",
      'Saw your sister at the market, she looked well',
      "haha remember to water the plant I left, it's a drama queen",
      'The bakery near work does those pastries you liked now, just FYI',
      "hope you're keeping well",
      'Congratulations on your graduation! 🎓',
      "Just a heads up, a parcel for you came here, I'll forward it",
      'Good morning! Hope the interview goes well',
      "hey, Jess's party is on the 12th if you're going",
    ],
  },
  C: {
    heavy: [
      "Drove the long way home so I'd pass the beach where you proposed",
      'I bought your favourite cereal by accident today lol',
      'Your hoodie still smells like you',
      'Hey you. Been a while. I think about that summer a lot',
      'Funny how you said forever and meant six months',
      'Hope the new life is everything you wanted',
      "Don't bother replying, I know you won't",
      'Is she the reason?',
      'Have you told your friends about us?',
      'Are you happy? Like actually happy?',
      'I need closure. Meet me this week.',
      "I'm not asking for much, just ten minutes of your time",
      "You can't just erase three years",
      "So that's it? Three years and you just disappear?",
      "I'm better now. I don't drink anymore. I go to the gym. I'm a new man.",
      'My therapist thinks I should tell you how I feel',
      'I swear things would be different if you came back',
      "I'm sorry. I'm sorry. I'm sorry.",
      'you there?',
      "Can you at least let me know you're alive",
      'I hate that I still care',
      'I just sit in the dark most nights',
      'It feels like a part of me is missing',
      'Nobody else gets me like you did',
      "I'm keeping your side of the bed free",
      'Last night I drove to your street and turned around',
      "I'm not giving up on us",
      'Every song on the radio is about you',
      "It's your loss honestly",
      "I still can't believe you chose him over me",
      'I wonder if you ever miss me',
      'Wanna come over tonight? Just like old times 😉',
      "Please don't shut me out",
      "I bet you haven't even thought about me once",
      "Sorry for the late text, I had a few drinks and I can't stop thinking",
      'I have so much to tell you, when can we talk?',
    ],
    light: [
      "hey, hope your week's going well",
      "Congrats on the new role, they're lucky to have you",
      'happy birthday, have a lovely day',
      "lol that tweet you'd hate went viral",
      'hope the new flat is treating you well',
      'good luck at the half marathon on Sunday!',
      'can I grab my records next weekend?',
      'Thanks for sending the forms over',
      "Hi! Hope you're keeping well",
      'Milo chewed my shoe again, some things never change haha',
      "Tom got the job he went for, he's buzzing",
      'hey, saw the new season of that show is out',
      "Hope your mum's birthday lunch was nice",
      'Happy Easter!',
      'congrats on the bake off win, legendary',
      'Hope the conference goes well',
      "FYI the gas company sent a letter for you, I'll post it on",
      "Happy birthday 🎂 hope it's a great one",
      "hey, your cousin's band is playing at the Crown on Friday, thought you'd like to know",
      'Good luck with the thesis hand-in!',
      'well done on the promotion, so deserved',
      'Thanks for checking in on the cat while I was away',
      "saw a sausage dog in a raincoat today, thought you'd appreciate it",
      'the plant you gave Sam is thriving apparently',
      'Hope you had a good holiday',
      'hey, just wanted to say congrats on the house',
      'Is it ok if I keep the blender? Happy to pay half',
      'Rosie passed her driving test!',
      "hope the weather's been kind for your trip",
      'Good luck with the new job on Monday',
      'hi, the vet says Milo is all healthy 🐾',
      'thanks for the birthday text, made me smile',
    ],
  },
};

/** Light notes written to trip the new families: "our", "us", capitals, "??", "still", "remember". */
const TRICKY_LIGHT = [
  'our friend Sam says hi',
  'we should grab coffee sometime?',
  'Sam and I are doing the quiz on Friday if you want to join us',
  "remember to bring the dog's lead on Saturday",
  'HAPPY BIRTHDAY!!! 🎉🎉🎉',
  'CONGRATS ON THE NEW JOB!!',
  'omg congrats!!!! so happy for you!!!!',
  'did you see the match??',
  "wait really?? that's amazing news",
  'I still have your blue jacket, want me to drop it off?',
  "It's been two weeks since I started the new job, loving it",
  'We used the same plumber, his number is 0788 123 456',
  'can you and I swap weekends with the kids next month?',
  'the two of us need to sign the deposit form',
  'Could we split the last bill between us?',
  'Is there any chance you could take Milo on Friday?',
  'hope you and your family had a good Christmas',
  'I almost forgot, Jess says happy birthday too',
  'thanks so much 🙏',
  'sorry to hear about your grandma 😢',
  'haha haha that video',
  "I'm used to the early starts now, the new job is great",
  "Can you feed the cat while I'm away next week?",
  "I'm struggling to find the lease, do you have a copy?",
  "The new Bond film is out, you'd probably hate it lol",
  'I finally tried that ramen place you always talked about, you were right',
  'our old landlord called about the deposit, all sorted',
  "good luck at the marathon, you've trained so hard",
  'just checking you got the keys okay',
  'hey, quick one, is the NHS letter for you or me?',
  'Hope the BBC interview went well!',
  "I'm so tired lol work is mad this week",
  'Good luck with the exam tomorrow night',
  'Merry Christmas and happy new year to you and your family',
  "hi! hope you're well, Milo says hi 🐶",
  "I've been working hard on my running, did my first 10k",
  "I've grown so many tomatoes this year haha",
  'Thanks for the reply about the keys, much appreciated',
  "one more thing, the vet called about Milo's jab",
  'saw this meme and it reminded me of you haha',
  "Hope work isn't too mad. Sam says hi. The dog is good. The flat is fine. Rent is paid.",
  'whatever day works for you for the bike is fine',
  'hope you have a great time on the trip with everyone',
  "Jess and Tom are back together, thought you'd laugh",
  "Sam's wedding is in June, I think we're both invited",
  'Wishing you all the best with the new place',
  'Is Saturday still ok for the handover?',
  "I can't make Tuesday, can we do Wednesday for the kids?",
  'Congrats on the engagement news at work, your team must be thrilled',
  "hope your sister's baby is doing well",
];

/** The last list, written after the rules and untuned when first run (77%); kept apart. */
const LAST = {
  heavy: [
    'I walked our old route with the dog today and he kept looking for you',
    'Found the polaroids from Lisbon. We looked so happy',
    'I kept the voicemail you left on my birthday. I listen to it sometimes',
    "Can't sleep. Thinking about you. Sorry.",
    'I really messed up and I know it, please just hear me out',
    'Is it serious with her?',
    'Does he know about me?',
    "Who's the girl in your photos?",
    'Not even going to say happy birthday? Wow.',
    "I see you've been online all night but sure, you're 'busy'",
    'Third time asking, did you get the money I sent?',
    "You promised you'd always be there for me",
    'You owe me at least a conversation',
    "I'm giving you until Sunday, then I'm done waiting",
    "If you loved me you'd come home",
    "I've been sober 60 days. I did it for us.",
    "I'm in counselling now and I finally get why I pushed you away",
    "You'd be so proud of how far I've come",
    'I just want one more chance to prove I can be the man you deserve',
    'I feel so alone. The flat is so quiet. I hate coming home.',
    'My heart literally aches',
    "Everyone keeps asking about you and I don't know what to say",
    "Hope he's worth it",
    'You never gave us a real chance',
    'Wow. Just wow.',
    "WHY WON'T YOU TALK TO ME",
    'please please please',
    'hello???',
    '🥺🥺',
    'Would you ever consider giving it another go?',
    'I wish I could turn back time',
    "Whenever you're ready to talk, I'm here. Always.",
    'Still your girl, whatever happens',
  ],
  light: [
    'Happy birthday! Hope you have a brilliant day',
    "congrats on the new job, that's great news",
    "hey, hope you're doing well",
    'haha that meme made my day',
    'hope the move went smoothly!',
    'good luck in the marathon on Sunday',
    'Can I come by on Saturday to pick up my books?',
    'thanks for returning the keys',
    "hi! long time, hope all's good",
    'Sam says hi and says you still owe him a pint haha',
    "the dog is doing great, he's obsessed with his new ball",
    'Congrats on the baby news!',
    'Hope your exams went well',
    'Merry Christmas 🎄',
    "Saw a poster for that band you like, they're touring in May",
    'thanks for letting me know about the parcel',
    'good luck with the big presentation',
    "hope you're having a lovely summer",
    'hey, happy new year',
    'is it ok if I drop the spare keys in your postbox?',
    'congrats on the 10k!',
    "Your brother's wedding photos looked lovely",
    'hope the new puppy is settling in',
    'well done on passing your test',
    "Nala caught her first mouse, I'm horrified and proud",
    'thanks again for the lift last week',
    "hey, hope the new flat's coming together",
    'hope you had a good trip to see your family',
    "Jen's having a leaving do on Friday, everyone's welcome",
    'Good luck on your first day tomorrow!',
    'thanks for the book recommendation, loved it',
  ],
};

/**
 * A list written after the weighted score and its tone (draft-score.ts) were built, and never tuned
 * on. First run: heavy 31/35, light 34/35 (92.9%; the committed rules before the score: heavy 19/35,
 * light 34/35, 75.7%). The one light miss, "Do you want me to…", was a phrase rule that read "want
 * me" as longing, fixed after. The heavy misses are left as they are: the share is the check.
 */
const UNTUNED = {
  heavy: [
    'I went to the farmers market and bought the sourdough you like. Ate it alone in the car',
    "still got the birthday present I bought you before everything happened. don't know what to do with it",
    'drove past the hospital where we met and had to pull over',
    'ur hoodie finally stopped smelling like u and i kind of lost it',
    'our plants are dying, i never know how much to water them without you',
    "so is she why you've been so distant since christmas",
    'how long were you talking to him before we ended',
    'I saw the pics from Ibiza. You two look cosy',
    "bet you don't even think about me anymore",
    'Interesting how you found time for drinks with Sarah but not for me',
    "you promised me we'd go to Japan together. guess that's off",
    'After everything I did for you, a two line text? Really?',
    "You broke my heart and you're acting like nothing happened",
    "been meditating daily and I've read every book on attachment styles. I understand us so much better now",
    "Quit the job you hated me having. Thought you'd want to know",
    "I'm a completely new person, I swear. Give me one coffee and you'll see",
    "I'm here. Whenever. For whatever. You just have to say the word",
    "I'll leave the porch light on, just in case",
    'still waiting',
    'helloooo? u alive?',
    'WHY ARE YOU LIKE THIS',
    'plz plz plz answer',
    "😭😭 i can't",
    '?? ok then',
    "Couldn't face going to the party without you so I stayed home and watched our show",
    "work is a blur, i haven't been eating much and my mum keeps asking what's wrong",
    "3am again and i'm scrolling through our old messages",
    'I keep replaying the last thing you said to me',
    "everyone says I'll feel better soon but it's been months",
    'Do you still think about that night in Edinburgh',
    'i just need to know if it was my fault',
    "You're the only one who ever really understood me",
    'I hope you sleep badly tonight',
    'Tell me what I have to do to fix this',
    "I'm not ok. I haven't been ok since you left. Just wanted you to know.",
  ],
  light: [
    "happy birthday, hope it's a good one! 🎉",
    'Congrats on the new flat, the photos look great',
    "hey! hope the week's been kind to you",
    'Can you pick up Oscar from football at 4 on Thursday?',
    'sorry, ignore that last message, wrong person lol',
    'I miss the cheese toasties from that cafe, did it really close?',
    'remember the car needs its MOT by the 20th',
    'love the new hair btw',
    'Good luck with the driving test!',
    'Do you want me to forward your letters or leave them here?',
    'Sorry to hear about your gran, she was lovely',
    'The kids want to show you their science project on Sunday',
    "haha yes I saw, that's so typical of him",
    'Thanks so much for sorting the insurance',
    'Is there any chance I could borrow the camping stove next weekend?',
    'Glad to hear you got the job!',
    'hope the surgery goes smoothly tomorrow',
    'Just saw your post about the marathon, well done!',
    "Lily lost another tooth, she's so proud",
    "Sam's leaving do is Friday at the Red Lion if you're around",
    'The boiler guy is coming Monday morning, is that ok?',
    "Hey, quick question, what's the password for the printer?",
    'Wishing you a lovely Christmas with your family',
    'omg that video of the otters',
    'hope the move went ok and the new place is cosy',
    'I think the spare remote is in the blue box',
    "The school sent the photos, I'll forward them",
    'nice, enjoy the concert!',
    'Cheers for letting me know about the parking',
    'Happy new year! Hope 2025 treats you well',
    'have a safe flight',
    'Max says he wants pizza at yours on Saturday haha',
    'Can you send me your half of the vet bill when you can?',
    'Good to see your business doing so well',
    "Yes that's fine, see you then",
  ],
};

/**
 * A sixth list, written long after the score by a helper who never saw the rules, with subtle
 * heavy notes (a passive-aggressive "hope she makes you happy 🙂", a light opener with a heavy
 * second half) and light notes in words that look heavy. First run: heavy 56/60, light 34/40. Its
 * misses were mended in general terms ("too busy for old friends", "leaving me was the biggest
 * mistake of your life", "now that i'm not around", "so that's it then?"; an offer "unless you'd
 * rather have it", a place "we used to laugh about", a truck "parked outside your office", "never
 * forgive you for getting me hooked on that show"). Each message is asserted but two light ones
 * the weighted score reads as heavy (below): taking weight off for a game or a plant's news let
 * heavy messages through ("guess you won the game", "the fern you gave me is thriving, guess
 * something in this flat is"), so it was taken back.
 */
const SIXTH = {
  heavy: [
    'Can we meet up this weekend? I really need to see you, please say yes',
    'we need to talk. call me asap',
    "Just tell me when you're free and I'll make it work, I'll drive over whenever you say. We have to sort this out.",
    "hey! quick q, are you free for dinner friday? it's important that we talk about us",
    "After everything I did for you, you couldn't even send a text on my birthday?",
    "Hope you're sleeping well, because I haven't slept properly since you left.",
    "no worries if you're too busy for old friends",
    'My mum keeps asking about you. She cried when I told her. Thanks for that.',
    "If you don't reply by Friday I'm deleting your number for good.",
    "Either we give this another go or I'm done being friends. Your choice.",
    "Last chance. Answer me today or don't bother ever again.",
    'u owe me an explanation',
    'I want my stuff back AND an apology. Tuesday. Not negotiable.',
    'You need to tell me exactly what I did wrong. I deserve that at least.',
    "please please please just give me one more chance, I'm begging you",
    "I'll do anything. Anything. Just come back 😭😭",
    'pls just talk to me, even 5 mins, i cant do this without u',
    'hope she makes you happy 🙂',
    'So is he the reason you left? Be honest for once.',
    'saw ur new gf on insta lol. bit of a downgrade no?',
    'Does he know about us? Does he know you used to say the exact same things to me?',
    'I still love you. I never stopped.',
    "You're the love of my life and I know you feel it too ❤️",
    "hey stranger 👋 just wanted to say I think about you every day and I'm still in love with you",
    "I've been working on myself a lot, therapy, gym, the works",
    "I'm a completely different person now, I promise. I've changed, I swear.",
    "Just so you know, I quit drinking and I've read all those books you recommended. I'm not the guy I was anymore.",
    "I've been so depressed since we broke up, I can't eat, I can't focus at work, I cry every night and I don't know who else to talk to.",
    'honestly this year has been the worst of my life. lost my job, my flat, and you. everything is falling apart',
    "Sorry to dump this on you but I've had a breakdown, I'm signed off work and I just feel so empty without you.",
    "I've been thinking about why we ended and honestly I think it was your fear of commitment, not me.",
    "Can we go over what went wrong? I've made a list of the things I think we both did.",
    'Looking back, I reckon that holiday in Spain was when it all started falling apart. Do you agree?',
    "so that's it then?",
    'Why are you ignoring me?',
    '??',
    "Hello?? I can see you've read it.",
    'Third message, I know. Just reply please.',
    'hey did you get my last text? and the one before that? just checking 🙃',
    'guess ur too busy to reply to anyone these days 🙄',
    'I sat up all night waiting for you to reply. Guess I know where I rank now.',
    'Went on a date last night, he was amazing. Just thought you should know 😉',
    'Everyone keeps telling me how good I look since we split. Funny that.',
    "EMERGENCY call me right now!!! ...ok it's not really an emergency but you wouldn't have answered otherwise",
    "I told your sister I'd been in an accident so she'd get you to ring me. Sorry, not sorry. Call me.",
    "If you don't answer me tonight I don't know what I'll do to myself.",
    "maybe everyone would be better off if i wasnt around. not that you'd care",
    "Ball's in your court. I'm not texting again until you figure out what you've lost 😏",
    'Guess who 😏 Not telling you how I got this number. Want to find out? Our old spot, 8pm.',
    "Not that you care, but I'm moving abroad next month. Unless someone gives me a reason to stay...",
    "Happy birthday!! 🎂 Hope it's a good one. Also I still think leaving me was the biggest mistake of your life.",
    "Congrats on the new job! Guess you finally have time for things now that I'm not around, huh",
    "Hey, hope you're well! Also, are you seeing anyone? Just curious.",
    'saw a dog that looked just like Biscuit lol. anyway I really need to talk to you about us, can you call me tonight?',
    "Haha remember that awful karaoke night? Those were the best days of my life and I'd give anything to have them back. I can't stop thinking about you.",
    "Congrats on the promotion!! So proud of you. Honestly it kills me that I can't celebrate with you like old times, I miss you so much it physically hurts 💔",
    "Hope you're well x Your mate Dan said you've been asking about me, so why haven't you texted? Thought I meant more to you than that.",
    "Hey. I know it's been a while and I know you said you needed space, but I can't keep pretending I'm fine. I've been going over everything in my head every single night: the fight in March, the way you just left without really explaining, the fact that you unfollowed me before you'd even told your friends. I don't understand how you could switch it off like that when I was ready to build a life with you. I've started therapy, I've cut back on the drinking, I've literally done everything you ever asked of me, and I just need you to know that. I'm not asking for anything, I just think you owe it to us to have one proper conversation. Please. Just one. I'll be at the café on Saturday at 11 if you want to come, and if you don't, I guess I'll know where I stand.",
    "ok so i've started typing this like 20 times. i just want to say i'm sorry for everything, for the way i acted at your brother's wedding, for all the times i made you feel like you weren't a priority, for the jealousy, for the stupid comments about your friends, for not listening when you said you were unhappy. i've had a lot of time to think and i see it all now. i know i messed up and i know you probably hate me but i lie awake every night thinking about what we had and how i ruined it. i'm not the same person anymore, i swear. if there's any part of you that still feels something please tell me, even if it's just a tiny bit. i'll wait as long as it takes",
    "I've been doing a lot of reflecting and I wanted to share some thoughts about our relationship. First, I think we never really learned to communicate, and that was on both of us. Second, your job took priority over everything and I felt invisible for most of the last year. Third, whenever I tried to bring it up you shut down. I'm not saying this to blame you, I just think we both need closure and we can't get that unless we talk through all of it honestly. Can you let me know when you have an hour or two this week?",
  ],
  light: [
    'Happy birthday! Hope you have a brilliant day 🎂',
    "Congrats on the new job! Heard the news, they're lucky to have you.",
    'Saw this meme and instantly thought of your cat 😂',
    "How's Biscuit doing? Still stealing socks?",
    'did u see arctic monkeys announced a tour?? thought of you straight away',
    'Unlucky about the Arsenal result at the weekend 😅',
    'Hey, I found your blue scarf in my wardrobe. Want me to drop it round or pop it in the post?',
    "Quick one: the council tax refund came through, I've sent your half to your account.",
    "Just a heads up, I still have a spare key to the old flat. I'll hand it to the landlord on Friday unless you'd rather have it.",
    "Hope you're well 🙂",
    'Hey! Hope the new place is treating you well.',
    "Just walked past that terrible pizza place we used to laugh about, it's a vegan bakery now haha",
    "I'm sorry to hear about your grandad, thinking of your family.",
    'No pressure to reply, just saw this and laughed.',
    "Remember the disaster that was our camping trip? They've closed that campsite haha",
    'Sorry, realised I never gave back your charger! Can drop it off whenever suits.',
    "Congrats on finishing the marathon! I'd have died at mile 3 😂",
    "Your mum's lasagne recipe saved my dinner party last night, please tell her thanks!",
    'Heard you passed your driving test, congrats! The roads will never be the same 😄',
    "ugh I'm still not over how bad that last Star Wars film was 😂 have you seen the trailer for the new one?",
    'Hope your first week at the new job went well. No need to reply, just wanted to say good luck!',
    'Sorry to hear your team got relegated, brutal season 😬',
    "Just saw your band is playing the Roundhouse next month, that's massive, congrats!",
    'Happy birthday! Hope someone bakes you that ridiculous chocolate cake you love 🎂',
    'The dentist rang my number looking for you, just passing it on: your check-up is on the 14th.',
    "I literally broke down laughing at the new Paddington trailer, thought you'd appreciate it 😂",
    'I heard about the promotion, congrats! Well deserved.',
    "Hope the move went smoothly! If any post turns up here I'll forward it on.",
    "Your sister's baby is adorable, congrats to the whole family!",
    'random but is that taco truck still parked outside your office? been craving it for weeks 🌮',
    'Thanks for sending back my books, they arrived today!',
    "Sorry for the random text! Just saw they're re-releasing that board game we always played, thought you'd want to know.",
    "Hope your dad's recovery is going well, wishing him all the best.",
    "The final broadband bill came through, it's £23 each. No rush, whenever's easy.",
    "I'll never forgive you for getting me hooked on that baking show 😂 the final was brilliant",
    'Really sorry to hear about losing Max, he was the best dog. Thinking of you all.',
    "Good luck with the exam tomorrow, you've got this!",
    "Hey, it's been ages! Hope things are good with you.",
  ],
};

const textVerdict = (message: string) => checkDraft(message, null).verdict;

describe.each(Object.entries(FRESH))('fresh list %s, words only', (_, list) => {
  it.each(list.heavy)('%j needs revising', (message) => {
    expect(textVerdict(message)).toBe('revise');
  });
  it.each(list.light)('%j is ok', (message) => {
    expect(textVerdict(message)).toBe('ok');
  });
});

describe('light notes that use the words of the new families', () => {
  it.each(TRICKY_LIGHT)('%j is ok', (message) => {
    expect(textVerdict(message)).toBe('ok');
  });
});

describe('the last fresh list', () => {
  it.each(LAST.heavy)('%j needs revising', (message) => {
    expect(textVerdict(message)).toBe('revise');
  });
  it.each(LAST.light)('%j is ok', (message) => {
    expect(textVerdict(message)).toBe('ok');
  });
  it('is right at least 9 times in 10, and every light note is ok', () => {
    const right =
      LAST.heavy.filter((m) => textVerdict(m) === 'revise').length +
      LAST.light.filter((m) => textVerdict(m) === 'ok').length;
    expect(right / (LAST.heavy.length + LAST.light.length)).toBeGreaterThanOrEqual(0.9);
    expect(LAST.light.every((m) => textVerdict(m) === 'ok')).toBe(true);
  });
});

describe('a list the score was never tuned on', () => {
  it('is right at least 9 times in 10, and every light note is ok', () => {
    const right =
      UNTUNED.heavy.filter((m) => textVerdict(m) === 'revise').length +
      UNTUNED.light.filter((m) => textVerdict(m) === 'ok').length;
    expect(right / (UNTUNED.heavy.length + UNTUNED.light.length)).toBeGreaterThanOrEqual(0.9);
    expect(UNTUNED.light.filter((m) => textVerdict(m) !== 'ok')).toEqual([]);
  });
});

describe('the sixth list', () => {
  it.each(SIXTH.heavy)('%j needs revising', (message) => {
    expect(textVerdict(message)).toBe('revise');
  });
  it.each(SIXTH.light)('%j is ok', (message) => {
    expect(textVerdict(message)).toBe('ok');
  });
});

describe('known limits of the sixth list: light, but heavy to the weighted score', () => {
  it.each([
    "Your plant is thriving, by the way. Thought you'd like to know it survived me 🌱",
    'Did you see the Lakers game last night?? Unreal finish.',
  ])('%j reads as revise', (message) => {
    expect(textVerdict(message)).toBe('revise');
  });
});

/**
 * A seventh list, written by a helper who never saw the rules: half its heavy drafts hide the
 * weight in a light-looking message, half its light ones use words that look heavy. First run:
 * heavy 56/60, light 33/40. Mended in general terms: an elliptical "you always do.", the first
 * birthday "i am not there for", "like a family again", "we are just on a break" and a request not
 * to post with anyone; light purposes that read as heavy (an apology for the writer's own doing
 * with "no need to reply", "we need to talk about the car insurance", a child's fever called
 * "urgent", "can't stop listening to that album", a car sold and "your half", "let's" read as
 * "us", a pet named before "take her"). One light draft stays a known limit (below).
 */
const SEVENTH = {
  heavy: [
    "Please just give me one more chance. I'm begging you. I can't do this without you.",
    "I miss you so much it hurts. Every night I reach for you and you're not there.",
    "Why did you leave? I need an actual answer, not 'it's not you.' You owe me that much.",
    'Remember our trip to Lisbon? The tram, the pastéis de nata, you laughing when I got us lost. We were so happy. How can you just throw that away',
    'who is he. dont lie to me i saw the pics',
    "If you don't call me back tonight I'm done. For real this time. Last chance.",
    '??',
    'hello??? you read it. I can literally see you read it',
    "I've changed, I swear. I'm in therapy, I quit drinking, I'm a different man now. Just let me show you.",
    'ur literally the love of my life n i messed it all up im sorry im so sorry pls answer',
    'Thanks for ruining my birthday by not even texting. Really classy.',
    "Mom keeps asking about you and she cried at dinner. She thinks of you as her daughter. You're breaking her heart too, you know.",
    "I haven't eaten in three days. Hope you're happy.",
    "We need to talk about us. Can you meet tomorrow? It can't wait.",
    "Something happened and I can't say it over text. Call me ASAP.",
    "You were my whole world for six years and you walked away like I was nothing. Do you even think about me? Because I think about you every second. I replay every fight wondering what I could have done differently, I can't sleep, I can't work, my friends are sick of hearing about you. I just need to know if any part of you still wants this.",
    "Biscuit sits by the door every night waiting for you. He doesn't understand why you left him. Neither do I.",
    "The kids ask every day why daddy doesn't love mommy anymore. What am I supposed to tell them?",
    "Je t'aime encore. I still love you, I cannot stop, please come back to me",
    "I hope she makes you as happy as I did. Oh wait, she won't 🙂",
    'heyyy r u up 🍷🍷 cant stop thinkin bout u come over',
    "You're a selfish coward and everyone knows it. Enjoy your new life.",
    "If you don't answer I'm coming to your office tomorrow. I mean it.",
    "I'll never love anyone else. You're it for me. Please come home, Sam.",
    "I know you blocked me on insta so I'm texting. Please tell me what I did wrong. I'll fix it, whatever it is.",
    'please please please pick up',
    'Fine. Do whatever you want, you always do.',
    "Hey! Hope your week's going ok 😊 Random but do you ever think about us? Lol",
    "Hi, just letting you know your mail is still coming here. Also I think we should talk about what happened between us, I've been thinking a lot.",
    "No pressure at all, but I'll be at our old café Saturday at 10 and I'll wait as long as it takes.",
    'haha saw a guy at the gym wearing the exact jacket I got you for christmas. guess you gave it away like everything else 😂',
    'Quick q - is the blender yours or mine? Also are you seeing anyone? Just curious lol',
    'Congrats on the promotion!! Must be nice to move on so fast 😊',
    'Hey, I think I left my charger at your place, can I swing by tonight to grab it? We could get dinner after, like old times',
    "Happy birthday! First one I'm not there for. Weird huh",
    'lol just found our old playlist. still cant listen to track 4 without crying but whatever hope ur good',
    "Totally fine if you don't reply, I'm used to it by now.",
    "Hope you're well. I'm doing fine, mostly. Some nights are hard but that's not your problem I guess.",
    "Hey stranger 👋 who's the blonde in your stories? New 'friend'? 😉",
    "just checking you're alive since you clearly can't answer a simple text",
    "Saw your beach pics. Looks fun. Good to know you're thriving while I'm barely holding it together.",
    "Can you send me the wifi password for the old apartment? Also, I'll be honest, I'm not over you and I don't think you're over me either.",
    "Hi :) the kids' soccer game is at 4 on Saturday. It would mean a lot to them if we sat together like a family again. To me too.",
    'Not trying to make it a thing, but you owe me at least a coffee to explain why six years ended with a text.',
    "Funny how you had time for Jake's party but not to answer me. Anyway, hope it was fun!",
    'Hey, my therapist says I need closure, so we need to sit down and go through everything. When are you free this week?',
    "the dog got sick last night, vet says it's probably stress from you leaving. just thought you should know.",
    "Hope you're good! Btw I'm a totally different person now, I even read all those books you kept telling me to read. I think you'd really like the new me.",
    "Happy new year! This time last year you said we'd be married by now 🙃",
    'Omg I just realized I still have your hoodie, it still smells like you 🥺 should I give it back in person?',
    'hey random question, did you ever actually love me or was I just convenient',
    "Sorry for the long silence, I didn't want to bother you. Just know I'd drop everything in a heartbeat if you ever wanted to try again.",
    "Just so you know, I'm moving to Denver next month unless you give me a reason to stay.",
    'Test. Just checking if you blocked me.',
    'Hi Maria, I return the keys on Monday. Also I want to say I am still waiting for you and my heart is always open for you, you know this.',
    'hey so when you said you needed space, how much space are we talking? a week? a month? I just need a timeline',
    "I told everyone we're just on a break, so maybe don't post anything with anyone for a while, ok?",
    "Hi, bit awkward, but I'm seeing someone now. Thought you should hear it from me. Unless that bothers you?",
    "I won't bother you again after this, promise. I just need you to know nobody will ever love you the way I did.",
    "Our anniversary would have been today. Not that you'd remember.",
  ],
  light: [
    'Hi, can you drop the spare keys in my mailbox this week? Thanks.',
    'Your share of the March electric bill is $42.50. No rush, whenever works.',
    'Congrats on the new job! Well deserved.',
    'Handover at 5 on Friday at the school gate still ok?',
    "Vet appointment for Luna is Tuesday 3pm. I can take her if you're busy, just let me know.",
    "Saw Arctic Monkeys announced an October tour, thought you'd want to know 🎸",
    "Happy birthday! Hope it's a good one.",
    'Thanks for picking up Mia yesterday, really helped me out.',
    "Sorry I snapped at you last month, that wasn't fair. No need to reply.",
    'hey, hope things are going well. no need to reply, just saying hi',
    'Your box of stuff is packed. Want me to leave it with your brother?',
    'this meme is so your cat 😂',
    'Good luck on the bar exam tomorrow!',
    "Hi Tom, the landlord is inspecting on the 14th. Can you confirm you'll have everything out by then?",
    "Internet contract ends in June, I'll cancel it unless you want to take it over.",
    'Congratulations on the baby! Wishing you all the best.',
    "Kids have the dentist Thursday 4:15, I'll take them.",
    'Hallo, a parcel for you arrived here. I leave it with the neighbour, ok?',
    'Got the tax documents, thanks for sending.',
    'Happy holidays to you and your family 🎄',
    'Do you know if the bakery on Elm closed for good? I miss their sourdough lol',
    "Remember to pack Noah's inhaler for the weekend, he's had a cough.",
    'Sorry, wrong chat! Ignore that 🙈',
    'Finally started that podcast you recommended ages ago, love it. So good.',
    "Don't forget the kids' passports when you drop them off Sunday, flight's at 7am.",
    "We need to talk about the car insurance, renewal is due the 30th and it's still in both our names.",
    "Our old landlord called, the deposit finally came back. I'll send your half tonight.",
    'Can we meet Saturday to sign the house sale papers? The notary has 10 or 2.',
    'So sorry to hear about your grandma. Thinking of you all. No need to write back.',
    "Urgent: school called, Lily has a fever. Can you get her? I'm stuck in a meeting until 3.",
    'Are you seeing the orthodontist with Ben on Thursday or am I?',
    "Missed your call, sorry! What's up?",
    'Why is there still a charge for our joint Netflix? Can you cancel it on your end?',
    "Made your lasagna recipe for my sister's party, huge hit. Thanks again for it!",
    "Can't stop listening to that Phoebe Bridgers album, you were right about it.",
    'Just saw your text, yes Max can stay an extra night with you, no problem.',
    "Your mom's birthday card came to my address by mistake, want me to forward it?",
    'Goodbye old Honda 😅 finally sold it. Your half is in your account.',
    "Heads up: I'm deleting our shared Google photo album on the 1st, download anything you want before then.",
  ],
};

describe('the seventh list', () => {
  it.each(SEVENTH.heavy)('%j needs revising', (message) => {
    expect(textVerdict(message)).toBe('revise');
  });
  it.each(SEVENTH.light)('%j is ok', (message) => {
    expect(textVerdict(message)).toBe('ok');
  });
});

describe("the seventh list's mends, both ways", () => {
  // Each new or narrowed pattern with a heavy message it must still catch and a light one it must
  // let through. These are new words, not the list's own.
  it.each([
    'i kept thinking about what you said about us',
    'We need to talk about us',
    "call me asap, it's about us",
    'ok. you never do.',
    "first christmas without you. it's so quiet",
    "Can't stop thinking about you",
    "we're still on a break right?",
    "please don't post pics with anyone else for now",
    'Just like a family again, like old times',
  ])('%j needs revising', (message) => {
    expect(textVerdict(message)).toBe('revise');
  });
  it.each([
    "We need to talk about the kids' schedule for Christmas",
    'urgent: the vet called, Biscuit needs picking up by 5, can you?',
    'Sold the sofa, your half is in your account',
    'Love that new podcast you recommended',
    "Mum's bringing Ella back at 6, she says thanks for the lift",
    "you're right about the dates, let's do the 12th",
  ])('%j is ok', (message) => {
    expect(textVerdict(message)).toBe('ok');
  });
});

describe('known limits of the seventh list: light, but heavy to the weighted score', () => {
  // "Kept thinking about what you said" and "you said" carry the weight of a message that only
  // settles a refund; taking it off would let "i kept thinking about what you said about us" through.
  // An apology in the first person reads heavy to the fitted tone, "no need to reply" or not.
  it.each([
    "Sorry I was short with you yesterday, that wasn't fair of me. No need to reply.",
    "I kept thinking about what you said about the tax refund, you're right, let's split it 50/50.",
  ])('%j reads as revise', (message) => {
    expect(textVerdict(message)).toBe('revise');
  });
});

/**
 * A review of the seventh list's mends: a helper who read them wrote 30 heavy and 30 light drafts
 * to make them go wrong. First run: heavy 15/30, light 0/30 (the commit before the seventh list
 * got 20/30 and 17/30). The new heavy patterns were too broad ("the first christmas i am not
 * hosting", a kind "you always do", cousins "like a family again", "on a break between meetings",
 * photos "with other children"), and the exemptions too wide ("can't stop watching" the wedding
 * video, "urgent" with a vet, "goodbye old car ... she outlasted us"). Narrowed; now heavy 20/30,
 * light 19/30. What it still gets wrong was wrong before the seventh list (a new partner after a
 * place's name, a heavy second half after a refund). A co-parent's offer ("so I can take the kids
 * Saturday") read as a threat until round 78 of the support check (light 20/30 since): the
 * window of a long sentence began after "I can", so the offer read as a threat with its subject
 * dropped.
 */
const SEVENTH_REVIEW = {
  heavy: [
    'Congrats on the move to Leeds. Is she living there with you now?',
    'Hope Portugal was nice. Do you take her to all the places you used to take me?',
    "Urgent, the vet has Milo overnight. Would you come and sit with me there? I don't want to do this with anyone but you.",
    "Happy birthday! Did Jess throw you a party? Bet she didn't get your cake right.",
    "We need to talk about money. Specifically, how you could afford Dubai with him but not the kids' school trip.",
    'The refund came through. Funny, that was the last thing tying you to me.',
    'Goodbye old car! Funny, she outlasted us.',
    "Got the refund for your gym membership sorted. Hope whoever you're training with now is worth it.",
    "Hope Barcelona's treating you well. Does she like the same tapas place we found?",
    'Podcast rec for you: a whole episode on people who ended it too soon and regretted it. Sound familiar?',
    "Let's do dinner Saturday, my treat. Wear the blue dress.",
    'Goodbye to the old place. Hope the new one feels like home for you, since this one never did apparently.',
    "Refund's in your account. Also, I've booked the cabin again for the second weekend in May, just in case you want to come.",
    'The podcast you recommended said sometimes people need space to realise what they had. Is that what this is?',
    "Can't stop watching the wedding video. You looked so happy that day.",
    "We need to talk about the kids. And honestly, about whether there's any chance left for you and me.",
    "we need to talk about the house sale, but mostly I need you to know I haven't stopped loving you",
    "Urgent - the school called about Noah. He's fine now, but it made me realise I can't do any of this without you. Please come home.",
    "I can't stop listening to the voice notes you sent me last summer.",
    "No need to reply, I just needed you to know I still love you and I'll wait as long as it takes.",
    'Goodbye old flat. Handed the keys back today and every room still smelled like you.',
    "It's not fair to me that you get to move on like nothing ever happened.",
    "Sorry I shouted at you. But blocking me everywhere wasn't fair to me either, after five years.",
    "Let's stop pretending. Let's just try one more time, for real this time.",
    'urgent: mia has a temperature but honestly im texting cos i cant sleep and i just want you here next to me',
    "Made your nan's lasagne recipe tonight and set out two plates out of habit. The flat is so quiet without you.",
    "New Taylor Swift album dropped. Track 5 is literally us. Listen and tell me I'm wrong.",
    'We need to talk about the lease. Or we could just not renew it and move back in together?',
    'no need to reply, just know I still sleep on my side of the bed and leave yours empty',
    "Your half is sorted. Wish I could fix the rest of what I broke that easily. I'd do anything to.",
  ],
  light: [
    "First Christmas I'm not hosting in ten years, so the kids are all yours on the 25th! What time should I drop them off?",
    "Heads up: it's the first weekend I'm not on call in a month, so I can take the kids Saturday if that helps you.",
    "Good news, it's the first summer we're not paying for childcare. I've cancelled the direct debit, can you check your half has stopped too?",
    "Leo's first holiday without us! The school trip leaves Monday at 7am. Can you pack his waterproof on your side?",
    "It's Archie's first birthday since he started school and the first one I'm not doing at home, so I've booked soft play for Saturday 2pm. Can you make it?",
    "First time I'm not late for pickup all month, lol. Kids are fed, see you at 6.",
    "Thanks for remembering Sam's inhaler. I knew you would, you always do.",
    "Good luck at the marathon on Sunday! Don't stress about the time, you'll smash it. You always do.",
    "Can you make sure the back gate is shut when you drop Max off? Not that you'd forget, you never do.",
    "You still have the plumber's number, right? You always did.",
    "Congrats on the promotion! You said you'd get there, and you always do.",
    "Sorry, I forgot the kids told me you don't want olives on the pizza. You never did!",
    "Went to Aunt Carol's for the big cousins' reunion. After the whole inheritance row it finally felt like a family again. Kids had a blast.",
    "Both cats are finally sleeping curled up together like a family again now the kitten's settled in. Vet says they're all healthy.",
    'The football team had their end of season barbecue and after that awful season it felt like one family again. Jake scored twice btw!',
    "We're on a break between meetings, so quick one: can you grab Finn's PE kit from mine before 4?",
    "Quick parenting thing: we're taking a break from screens at mine this week. Could you keep the tablet off on your Wednesday too?",
    "Band update: we're on a break till the drummer's back from paternity leave, so I'm free to swap weekends if you need.",
    "We're having a break in the Lakes at half term, me and the boys, so I'll need to swap the 24th. Does the 31st work for you?",
    "School has asked parents to be careful online. Please don't post any photos from sports day with other children in them.",
    "Please don't share any pics from the party with anyone outside the family yet, my sister wants to announce her engagement herself!",
    "Try not to post any photos of Ellie's surprise party with anyone tagged until Saturday, she doesn't know yet!",
    "Please don't put up any pictures of Sophie with her cast on, she's really embarrassed about it.",
    "Sorry for blaming you for the late pickup, that wasn't fair. See you Saturday.",
    'We need to talk about the boiler. The landlord wants it replaced and the contract is still in both our names.',
    'Urgent: the letting agent needs your signature on the deposit form by 5 today, can you pop in?',
    "We're still on a break from swimming lessons until the pool reopens in March, so Tuesdays are free now.",
    'Could you send me the wifi password for your place? Kids swear you changed it. Pretty sure you never did, but they insist.',
    "It's the first weekend we're not driving to Grandma's in ages, so happy to swap if you want the kids Saturday.",
    "Thanks for fixing Amy's bike, she rode it all the way to school. Knew you'd manage it, you always do.",
  ],
};

describe("the review of the seventh list's mends", () => {
  it('gets at least 40 of its 60 drafts right', () => {
    const right =
      SEVENTH_REVIEW.heavy.filter((m) => textVerdict(m) === 'revise').length +
      SEVENTH_REVIEW.light.filter((m) => textVerdict(m) === 'ok').length;
    expect(right).toBeGreaterThanOrEqual(39);
  });
  it.each([
    "Can't stop watching the wedding video. You looked so happy that day.",
    'Goodbye old car! Funny, she outlasted us.',
    'Fine. Whatever you want, you never did care what I thought.',
    'it would be nice for all of us to sit together as a family again',
    "please don't post anything with someone new for a bit",
  ])('%j needs revising', (message) => {
    expect(textVerdict(message)).toBe('revise');
  });
  it.each([
    "Good luck at the match Saturday, you'll smash it. You always do.",
    "First Christmas I'm not cooking in years, so the kids are yours on the 25th!",
    'The cousins all came for Sunday lunch, felt like a family again. Kids loved it.',
    "We're on a break from swimming until March, so Tuesdays are free.",
    "Please don't post photos of the kids with other children in them, school rule.",
    "Quick one: it's the first Saturday in weeks I'm not at the depot, so I can take the kids swimming if you like.",
  ])('%j is ok', (message) => {
    expect(textVerdict(message)).toBe('ok');
  });
});

/**
 * A review of the sixth list's words: a helper wrote messages against each new or narrowed
 * pattern. Its first pass found "the worst mistake of your life" said of a lasagne, "is that it?"
 * after a last box picked up, "now that i'm out of your way" at work, and light purposes that let
 * heavy messages through ("guess you won the game"); those were narrowed or taken back, and it
 * added "did you see the message i sent?", "is this all a game to you?", "your seat's still free".
 * These are its messages, as a coach would read them.
 */
describe("the review of the sixth list's words", () => {
  it.each([
    ['ok', "Is the kids' party Saturday too busy for us to both be there? Happy to swap"],
    ['ok', 'The new season is too good for me to wait, binged it all lol'],
    ['ok', 'Thanks for the book tip, it was too good for me to put down!'],
    ['ok', 'That jacket is too good for me to keep, want it back?'],
    ['revise', "no worries if you're too busy for old friends"],
    ['revise', "Guess you're too important for me now."],
    ['revise', 'Too good for old friends now, are we?'],
    ['revise', 'Must be nice being too busy for people who cared.'],
    ['ok', 'Lending me that book was the biggest mistake of your life, never giving it back haha'],
    ['ok', 'Skipping that final was the worst mistake of your life lol'],
    ['ok', 'Thanks for leaving me the key, my mistake about the time'],
    ['ok', 'Thanks for leaving me the car seat, sorry, my mistake on the pickup time'],
    ['revise', 'Happy birthday. Leaving me was the biggest mistake of your life.'],
    ['revise', 'Walking away from us was a mistake and you know it.'],
    ['revise', 'Enjoy your new life. Biggest mistake of your life, trust me.'],
    ['ok', "Now that I'm out of the picture at the club, you should go for captain!"],
    ['ok', "Now I'm out of your way, the desk by the window is all yours at work haha"],
    [
      'revise',
      "Congrats on the new job! Guess you finally have time for things now that I'm not around, huh",
    ],
    ['revise', "Now that I'm out of your life, hope you're happy."],
    ['revise', "Now that I'm not around anymore, who makes you laugh?"],
    ['ok', 'Signed the last form for the lease. Is that it then?'],
    ['ok', "What was the name of that Thai place on King St? Baan Thai! That's it."],
    ['ok', "Vet's booked for Tuesday, jabs and a nail trim. That's it."],
    ['ok', 'Picked up the last box. Is that it?'],
    ['ok', "Got the charger and the jacket. That's it."],
    ['ok', "Found the plumber's number: Dave, 07700 900123. That's it!"],
    ['revise', "so that's it then?"],
    ['revise', 'So is that it then?'],
    ['revise', 'so thats it'],
    ['revise', "So that's it, then."],
    ['revise', "So that's really it?"],
    ['revise', "That's it? Five years and a text?"],
    ['ok', "I'll hand the spare key to the landlord on Friday unless you'd rather have it."],
    ['revise', "I'm not moving out unless you would rather pay the whole rent yourself"],
    ['revise', "I'm not signing the papers unless you'd rather I took you to court."],
    ['revise', "I'm telling your mum everything unless you'd rather tell her yourself."],
    ['revise', "I'm coming to your work tomorrow unless you'd rather meet tonight."],
    ['revise', "I am staying at your mum's unless you would rather I slept in the car."],
    ['ok', 'That pub we used to laugh about has finally closed lol'],
    ['ok', "we used to laugh at that advert haha. it's back on tv"],
    ['ok', 'We used to moan about that neighbour, he finally moved haha'],
    ['revise', "We used to laugh about how we'd never break up haha"],
    ['revise', "We used to joke about being each other's forever lol"],
    ['revise', 'We used to make fun of that film. Watched it again last night, alone lol'],
    ['revise', 'We used to laugh about that song. Heard it in the shop and had to leave haha'],
    [
      'ok',
      'random but is that taco truck still parked outside your office? been craving it for weeks',
    ],
    ['ok', 'Is that taco truck still parked outside your office?'],
    ['revise', 'Me and Sam walked past your flat and your light was on'],
    ['revise', 'We drove past your place on the way home and saw your new car'],
    ['revise', 'Been parked outside your work all morning, come out'],
    ['revise', 'Sat parked outside your house for an hour last night'],
    ['revise', 'Was literally parked outside your flat till 2am'],
    ['revise', 'Honestly, I only went past your building to see if you were in'],
    ['revise', 'I literally drove past your house last night'],
    ['revise', 'I accidentally walked past your flat twice today'],
    ['revise', 'I might have walked past your work today'],
    ['revise', 'I kind of drove past your place'],
    ['revise', 'My friend drove me past your house and your car was there'],
    [
      'ok',
      "I'll never forgive you for getting me hooked on that baking show 😂 the final was brilliant",
    ],
    ['ok', "I'll never forgive you for getting me into running, my legs hurt haha"],
    ['revise', "I won't forgive you for spoiling the wedding haha"],
    ['revise', "I'll never forgive you for spoiling everything we had."],
    ['revise', "I'll never forgive you for getting me addicted to you."],
    ['revise', "I'll never forgive you for making me watch you pack lol"],
    ['revise', "I'll never forgive you for introducing me to him."],
    ['revise', "I'll never forgive you for making me read the texts you sent him"],
    ['ok', 'Did you catch the race? Mad finish!'],
    ['revise', 'Did you see my message?'],
    ['revise', 'Did you see the message I sent?'],
    ['revise', 'Did you watch our video again?'],
    ['revise', 'Did you see the photo I posted of us?'],
    ['revise', 'Did you catch the song I dedicated to you on the radio?'],
    ['revise', "Did you see I'm doing really well now?"],
    ['revise', 'Did you see I unblocked you?'],
    ['revise', 'Did you see who liked my photo?'],
    ['revise', 'Did you see the flowers I left on your doorstep?'],
    ['revise', 'Did you watch the final? I kept your seat free.'],
    ['revise', 'Did you see the game? Nobody to shout at the telly with now.'],
    ['revise', 'Did you catch the race? I wore your lucky shirt.'],
    ['revise', 'Did you catch the game last night? Tell me what I have to do to fix this'],
    [
      'revise',
      "Did you see the race? If you don't reply by Friday I'm deleting your number for good.",
    ],
    ['ok', "Thought you'd like to know Biscuit had her puppies!"],
    ['revise', "Thought you'd like to know I've changed."],
    ['revise', "Thought you'd like to know I've been sober 60 days now."],
    ['revise', "Thought you'd like to know I'm doing well."],
    ['revise', "Thought you'd like to know I passed my driving test, finally listened to you"],
    ['revise', "Thought you'd like to know the fern is thriving. I'm not."],
    ['ok', 'Your plant is thriving! Want it back?'],
    ['revise', "I'm thriving without you."],
    ['revise', "I'm thriving now, not that you care."],
    ['revise', 'The plant you left is thriving, unlike me.'],
    ['revise', 'The fern you gave me is thriving. Guess something in this flat is.'],
    ['revise', 'Guess you won the game.'],
    ['revise', "Nice game you're playing."],
    ['revise', 'Is this all a game to you?'],
    ['revise', 'Was I just a game to you?'],
    ['revise', "Are you going to the race? I'll be there if you want to see me"],
    ['revise', 'Is it a race to see who moves on first?'],
    ['revise', "Going to the game Saturday. Your seat's still free if you want it."],
    ['revise', "Ran the race we trained for together. Wish you'd been there."],
  ] as const)('%s: %j', (verdict, message) => {
    if (verdict === 'ok') expect(textVerdict(message)).toBe('ok');
    else expect(textVerdict(message)).not.toBe('ok');
  });
});
