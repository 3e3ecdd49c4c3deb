import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectSupport, supportSentences } from '../../src/core/support.js';
import {
  CRISIS_RULES,
  HYPERBOLE_PATTERNS,
  SAFETY_RULES,
  type Rule,
} from '../../src/core/support-phrases.js';

/**
 * Every crisis phrase flags crisis, every safety phrase safety, and no ordinary phrase anything;
 * `acceptedAlarms`, ordinary lines the check alarms on by design, alarm.
 */
function describeLists(
  title: string,
  crisis: readonly string[],
  safety: readonly string[],
  ordinary: readonly string[],
  acceptedAlarms: readonly string[] = [],
): void {
  describe(title, () => {
    it.each(crisis)('flags crisis: %s', (phrase) => {
      expect(detectSupport(phrase)).toContain('crisis');
    });
    it.each(safety)('flags safety: %s', (phrase) => {
      expect(detectSupport(phrase)).toContain('safety');
    });
    it.each(ordinary)('stays quiet: %s', (phrase) => {
      expect(detectSupport(phrase)).toEqual([]);
    });
    if (acceptedAlarms.length > 0) {
      it.each(acceptedAlarms)('alarms on purpose: %s', (phrase) => {
        expect(detectSupport(phrase).length).toBeGreaterThan(0);
      });
    }
  });
}

/** Phrases the detector was tuned on: varied wording, first person, lower case, typos. */
const CRISIS = [
  'I want to die',
  'i just want to die',
  'i wanna die',
  'i want 2 die',
  'wanna die tbh',
  'i want to die lol',
  'I WANT TO DIE!!!',
  'i want to die 😭😭',
  'i. want. to. die.',
  'i wanna be dead',
  'honestly i want to kill myself',
  'i am going to kill myself',
  'kms',
  'i should just kms',
  'i might as well kys',
  'i want to kil myslef',
  'k1ll myself',
  'i want to k*ll myself',
  'i want to d13',
  'i want to unalive myself',
  'i wanna unalive',
  'thinking about ending my life',
  'i want to end my life',
  "i'm thinking about taking my own life",
  "i've been thinking about suicide",
  'i feel suicidal',
  'im suicidal',
  'having suicidal thoughts again',
  'suicde is on my mind',
  'i feel sucidal tonight',
  "i'm not suicidal but sometimes i wish i wasn't here",
  'i used to self-harm',
  'i started self harming again',
  'i have been cutting myself',
  'i cut myself last night',
  "i'm cutting again",
  'the urge to cut is so strong',
  'i want to hurt myself',
  'i keep hurting myself',
  'i burned myself with a lighter on purpose',
  'i keep punching myself',
  "i hit myself when i'm upset",
  'i want to overdose',
  'my friend found me after i overdosed',
  "i'm going to take all my pills",
  'i took a handful of pills',
  'i took too many pills',
  'i swallowed a bottle of tylenol',
  "i'm going to swallow all my sleeping pills",
  'i have a bottle of pills ready',
  'i have been stockpiling my meds',
  'i looked up how many pills it would take',
  'i want to jump off a bridge',
  'thinking of jumping off the roof',
  "i'm standing on the bridge right now",
  'i want to walk into traffic',
  'i thought about driving my car off a bridge',
  'i want to hang myself',
  'i bought a rope',
  "i don't want to be alive anymore",
  'i dont want to exist',
  "i don't want to wake up tomorrow",
  "i don't want to be here",
  "i'm not sure i want to be here anymore",
  "i don't want to live in a world without him",
  'i would be better off dead',
  "i'd rather be dead",
  "i'd rather die than live without her",
  'i wish i was dead',
  "i wish i'd never been born",
  'i wish i could disappear',
  'i wish i could go to sleep and not wake up',
  'i deserve to die',
  "i'm worthless and should just die",
  'i have no reason to live',
  'i have nothing left to live for',
  "life isn't worth living",
  'life has no meaning',
  'my life is over',
  'what is the point of living',
  "what's the point of anything anymore",
  'i dont see the point anymore',
  'nothing matters anymore',
  'i just want to end it all',
  'i want to end it',
  'i should just end it',
  'ending it all seems like the only option',
  'the only way out is to end it',
  "there's no way out",
  "i feel like there's no way out",
  "i can't go on",
  "i can't do this anymore",
  'i cant take it anymore',
  'i cant live like this anymore',
  'idk how much longer i can keep going',
  "i don't know how much more i can take",
  'i am tired of being alive',
  "i'm so tired of living",
  'i feel like giving up on everything',
  'i have been planning how to do it',
  'i keep thinking about how to end it',
  "i've been researching ways to die",
  'i wrote a goodbye letter',
  'i wrote a suicide note',
  'i wrote a note',
  "i've been giving my things away",
  'this is goodbye',
  'everyone would be better off without me',
  'Everyone would be better off without me.',
  "sometimes i think everyone would be better off if i wasn't here",
  "they'd all be better off if i wasn't around",
  'my family would be happier if i was gone',
  'everything would be easier if i just disappeared',
  'the world would be a better place without me',
  "i'd be doing everyone a favour if i died",
  'no one would miss me',
  'nobody would even notice if i was gone',
  'no one would care if i died',
  'nobody would care',
  "i don't care if i live or die",
  "i'm a burden to everyone",
  'i feel like such a burden',
  'i feel like a burden on my family',
  "i'm a waste of space",
  "i won't be around much longer",
  "i won't be here next week",
  "you won't have to worry about me anymore",
  'i just want the pain to stop forever',
  'i just want everything to stop',
  'i hate my life and want it to end',
  'i want to disappear forever',
  'i want to be gone',
  'i want to stop existing',
  'i want out of this life',
  'i want to go to sleep and never wake up',
  'i just want to sleep forever',
  'i hope i dont wake up',
  'i keep thinking about killing myself',
  "i'm scared i'm going to kill myself",
  "i'm scared i'll do something to myself",
  "i'm afraid of what i might do",
  'i feel like ending it',
  "i've been having thoughts of ending it",
  'i think about death constantly',
  'i keep thinking about my own funeral',
  "I've been thinking about killing myself",
  "I don't want to live anymore",
  'I want to end everything',
  'Sometimes I think about not waking up',
  'I feel like my family would be better off without me',
  "I've been cutting again",
  "I'm going to overdose tonight",
  'I think about jumping in front of a train',
  'I have the pills saved up',
  'I keep thinking everyone would be happier if I was dead',
  "I can't see any reason to keep going",
  "I'm done, I can't take this pain anymore",
  "There's no point in living without her",
  "I don't see a future for myself",
  'I want to fall asleep and never wake up',
  'I just want it all to be over',
  "I'm so tired of everything, I want it to end",
  'I hurt myself last night',
  "I've been self harming",
  "I think I'm going to end it tonight",
  'no one would notice if I disappeared',
  "I'm such a burden to my friends",
  "what's even the point of being alive",
  'I want to die in my sleep',
  'my kids would be better off without me',
  'i just want to not exist',
  'i want to stop living',
  "i'm ready to die",
  "i don't think i can keep living like this",
  'everything feels pointless',
  "i'm planning to kill myself",
  'i took a bunch of pills',
  "i'm thinking about hanging myself",
  'goodbye everyone',
  "i've decided to end it",
  "i'm not going to be here much longer",
  "i feel like i'm better off dead",
  'nobody cares whether i live or die',
  'im gonna kms',
  'kys',
  "i wish i wasn't alive",
  'i wish i could just not wake up',
  "i'd be better off gone",
  "i'd rather not wake up",
  "there's nothing left for me",
  'i want to end the pain',
  'i need the pain to end',
  'i keep googling painless ways to die',
  "i'm giving away my stuff",
  'sorry for everything, goodbye',
  "i'm going to end my suffering",
  "i'm scared of myself right now",
  "i don't trust myself right now",
  'i have thoughts of hurting myself',
  "i'd be better off not being here",
  'i feel like disappearing forever',
  'i wish i had the courage to end it',
  "i'm worthless, everyone would be better without me",
  "can't stop thinking about dying",
  'i almost killed myself last night',
  'i tried to end my life',
  'i attempted suicide before',
  "i've been having really dark thoughts",
  'i want to be with my mom in heaven',
  "i'm going to take my life",
  'the voices tell me to kill myself',
  'i want my life to end',
  'i think about dying every day',
  "i've lost the will to live",
  'death sounds peaceful',
  'i keep imagining my own death',
  'sometimes i wish a car would hit me',
  'i am ending it tonight',
  "i've written my goodbye messages",
  'i made a plan to kill myself',
  'i bought pills to end it',
  'i want to be dead',
  'i wanna kill myself',
  'going to end my life tonight',
  'thinking of suicide',
  'suicidal again',
  'sucide',
  'suiside thoughts',
  'i feel suicidel',
  'i keep self harming',
  'i self harm',
  'been cutting myself again',
  'i want to hurt myself badly',
  "i'm going to od",
  'im going to take every pill i have',
  'i want to jump off the balcony',
  'i keep thinking about hanging myself',
  'i dont wanna be alive',
  "i don't want to exist anymore",
  'i hope i never wake up',
  'no reason to keep living',
  'end it all tonight',
  "i can't keep going",
  'wish i were dead',
  'i wish i was never born',
  "i've planned how i'm going to do it",
  'i wrote a letter saying goodbye',
  "i gave my dog to my sister because i won't be around",
  'they would all be better off without me',
  'nobody would even care if i was gone',
  "i'm just a burden",
  "what's the point anymore",
  "i won't be here much longer",
  'i want the pain to stop for good',
  'i want to vanish forever',
  'i want to sleep and never wake up',
  'i see no way out',
  'nothing to live for anymore',
  'this is my goodbye',
  'honestly i just want to stop being alive',
  'some nights i look at the pills and think about taking them all',
  'i dont see myself making it to christmas',
  "i'm so tired, i want to go to sleep forever and not deal with any of this",
  'i want to die so bad',
  "maybe it would be easier for everyone if i just wasn't around anymore",
  "i've started hurting myself again to cope",
  'im thinking of ending my life',
  "i don't want to be on this planet anymore",
  'i have a razor and i keep looking at it',
  "i can't keep living with this pain",
  'i feel like killing myself',
  'everyone would be relieved if i was gone',
  "i've got nothing left, i'm ready to go",
  'the only thing stopping me from ending it is my cat',
  "i've been looking up how to kill myself",
  'i just wanna disappear and never come back',
  'nobody would even notice i was gone',
  'i want to drive into a wall',
  "tonight i'm going to take all of my sleeping pills",
  'i keep scratching my arms until they bleed',
  "i want to die, i'm serious",
  "life isn't worth it anymore",
  'i think the world would be better without me in it',
  "i'm such a waste of oxygen",
  "suicidal thoughts won't leave me alone",
  "i'm writing letters to my family in case i don't make it",
  "i'm not going to be a problem for anyone much longer",
  'i wish i could fall asleep and not wake up',
  "there's no reason for me to keep going",
  'i keep thinking how peaceful it would be to just not exist',
  "i'm done fighting, i'm tired of living like this",
  'if i died tomorrow would anyone even care',
  'i just want to go away and never come back',
  "i've been wanting to hurt myself again",
  'i want to jump in front of a car',
  'i feel like ending everything tonight',
  'i think about suicide every day',
  'everybody would be better off if i just disappeared',
  'i cant stop thinking about dying',
  'i wish i could just fall asleep forever',
  'i just want to be gone',
  'i have been cutting my wrists',
  'i feel so hopeless i want to die',
  'whats the point in going on',
  'i want to take my own life',
  'i keep picturing my funeral',
  "i've been saving up my pills",
  "i dont want to do this anymore i'm so done",
  "i've decided i'm going to kill myself tonight",
  'no one would even miss me if i was gone',
  'i am planning my suicide',
  'i want it all to end',
  'life has become unbearable and i want out',
  'nothing will ever get better so why bother',
  'i hate being alive',
  'the thought of not waking up sounds good',
  'i want to sleep and not wake up',
  "i don't deserve to live",
  'i just feel like giving up on life',
  "Another day of pretending. Honestly I don't think I want to be here much longer.",
  'i looked up the tallest bridge near me',
  'sometimes i stand at the edge of the platform and think about it',
  "i'd rather be dead than feel this",
  'i cant do life anymore',
  "i'm so tired of existing",
  "if he doesn't come back i'll kill myself",
  'i keep thinking i should just end things permanently',
  'it would be so easy to just swallow everything in the medicine cabinet',
  'i want to disappear off the face of the earth',
  'i hate myself so much i want to die',
  'i have a plan and i know when',
  'my family will be fine without me',
  "i'm going to say goodbye to everyone tomorrow",
  'i cut again last night',
  'i started self-injuring again',
  "i told my friend i'm thinking of killing myself",
  "what's the point of me even being here",
  'i am so done with everything, i just want to die',
  "i don't want to be alive without her",
  'i want to end my pain for good',
  'there is no point to my life',
  'i wrote a will and said goodbye to my dog',
  'i fantasize about dying',
  "i'm thinking about overdosing",
  'nobody would care if i killed myself',
  "i can't take this pain any longer",
  "i wish i'd die in my sleep",
  "i feel like i'm a burden on everyone around me",
  'ending it seems like the only way out',
  'tbh i want to die',
  'ive been thinking about taking all my antidepressants at once',
  'i cant be bothered to live anymore',
  'im going to jump off my balcony tonight',
  'i hope i get hit by a bus',
  'i really dont want to wake up tomorrow',
  'id be better off not existing',
  'its pointless being alive',
  "i'm going to hurt myself if this doesn't stop",
  'i have been burning myself with cigarettes',
  'i want to drown myself',
  'everything is too much and i just want out for good',
  'what is even the point of living like this',
  'i keep thinking about slitting my wrists',
  "i'm done with life",
  'i feel like everyone would be happier if i was dead',
  'i want to leave this world',
  'im seriously considering suicide',
  "i've been thinking about ways to end it",
  'i wish i could go to sleep forever',
  'please just let me die',
  "i'm a burden and i should just disappear",
  'no one would notice if i stopped existing',
  "i'm tired of waking up every day",
  'i wanna end it all',
  'i feel like i have no reason to be here',
  'my life has no purpose anymore',
  "i wish i'd never woken up this morning",
  'i have the rope ready',
  "it's time for me to go, goodbye everyone",
];

const SAFETY = [
  "i'm afraid of him",
  'im scared of him',
  'i am scared of my ex',
  'i am scared of my boyfriend',
  "i'm scared of what he'll do",
  'i am terrified of what she might do if i leave',
  "i'm scared he's going to hurt me",
  'i am afraid he will find me',
  "i'm afraid he'll show up",
  "i'm scared he will take my daughter",
  "i'm afraid for my safety",
  "i'm scared for my life",
  "i'm scared to go home",
  "i'm scared to leave him",
  'i dont feel safe at home',
  'i have to walk on eggshells',
  'he hit me',
  'he hit me.',
  'HE HIT ME',
  'he has hit me before',
  'he hits me when he drinks',
  'my husband beats me',
  'my ex slapped me',
  'he punched me in the face',
  'he choked me',
  'my ex-boyfriend choked me',
  'she strangled me',
  'he tried to strangle me',
  'he grabbed me by the throat',
  'he grabbed my arm so hard it bruised',
  'he pushed me',
  'he pushed me down the stairs',
  'he shoved me against the wall',
  'he threw me against the wall',
  'he threw a plate at me',
  'he pinned me down',
  'he pulled my hair and dragged me',
  'he spat on me',
  'he bit me',
  'he punched the wall next to my head',
  'he hurt me',
  'he hurt my son',
  'he was abusive',
  'my ex is abusive',
  'he abused me for years',
  'he was emotionally abusive',
  'he gets violent',
  'he raped me',
  'i was raped',
  'he sexually assaulted me',
  'he forced me to have sex',
  'he forces me to have sex',
  'he touched me when i said no',
  'he threatened me',
  'my ex threatens me',
  'he threatened to kill me',
  'he threatened to hurt me',
  'he threatened to take the kids',
  'he threatened my family',
  'she threatened to post my photos',
  'he keeps threatening to leak our sex tape',
  'he said he would send my nudes to my boss',
  'he sends me threatening messages',
  'he sent me a death threat',
  "he said he'd kill me if i ever left",
  'he said if i leave he will hurt me',
  "my ex said he'll ruin my life",
  'he told me he would make my life hell',
  'he said i will regret leaving him',
  'he said no one else will ever have me',
  "he said he'd kill himself if i leave",
  "my ex says he will kill himself if i don't take him back",
  'he told me to kys',
  'he follows me home',
  'hes been following me',
  'my ex is stalking me',
  "i'm being harassed by my ex",
  'my ex is harassing me online',
  'he keeps showing up at my work',
  'he showed up at my house uninvited',
  'my ex keeps turning up outside my flat',
  'he waits outside my work',
  'my ex keeps driving past my house',
  'he is always watching me',
  "he won't leave me alone",
  "my ex won't stop texting me and it scares me",
  'he keeps calling from different numbers',
  'he made a fake account to watch my stories',
  'he said he knows where i live',
  'he tracks my phone',
  'he tracks my location',
  'he watches my location all day',
  'he has access to my location and checks it constantly',
  'he put a tracker on my car',
  'he installed spyware on my laptop',
  'i think he hacked my email',
  'he checks my phone every night',
  'he goes through my phone',
  'he reads all my messages',
  'he demands my passwords',
  'he took my phone',
  'he smashed my phone',
  "he took my car keys so i couldn't leave",
  "i can't leave because he has my passport",
  'he controls my money',
  'she controls my bank account',
  'he takes my paycheck',
  'he makes me hand over my paycheck',
  "he doesn't let me have my own money",
  "he won't let me see my friends",
  'he wont let me leave the house',
  "i'm not allowed to go out",
  'he makes me ask permission to see my family',
  'he gaslights me and isolates me from everyone',
  'he cut me off from my family',
  'he is very controlling',
  'he monitors everything i do',
  'he decides what i wear',
  'he tells me who i can talk to',
  'he made me feel scared to speak',
  'he screams at me until i cry',
  'he locked me in the bedroom',
  'he broke my things',
  'he broke into my apartment',
  'i got a restraining order',
  'he violated the restraining order',
  'i need a protection order',
  'i had to call the police on him',
  "i'm staying at a shelter",
  'i had to move out because i was scared of him',
  'my ex hit me when i tried to leave',
  'he beat me up',
  'he gave me a black eye',
  'he threatened to kill my dog',
  "he says he'll hurt me if i talk to anyone",
  "he's been sending me threats",
  "i'm afraid he'll hurt the kids",
  'he keeps following me around',
  'he turns up wherever i go',
  'he sits outside my house at night',
  'he messages me from fake accounts',
  'he texts me hundreds of times a day',
  'he reads my texts',
  'he made me share my location',
  'he has my passwords',
  "i'm not allowed to have friends",
  'he gets angry if i see my friends',
  'he controls everything i do',
  'he isolated me from my friends',
  'he takes my money',
  "i can't leave, he has all my money",
  'he raped me when we were together',
  'he pressured me into sex',
  'he filmed me without my consent',
  "he wouldn't let me leave the room",
  'he locked me out of the house',
  'he smashed my stuff',
  'he threw my phone at the wall',
  "i'm scared he'll find out where i live",
  "i moved and i'm scared he'll find me",
  'i had to get a restraining order against him',
  'the police came because he attacked me',
  'he threatened me with a knife',
  "he said he'd kill himself if i broke up with him",
  'he threatens suicide whenever i try to leave',
  "i feel like i'm walking on eggshells",
  "i'm terrified of my ex",
  "i'm afraid to go home",
  "i don't feel safe around him",
  "he's dangerous",
  "my ex is obsessed with me and won't leave me alone",
  'he tracks me with find my iphone',
  "he's been monitoring my phone",
  'he hacked my instagram',
  'he strangled me',
  'he kicked me',
  'he slammed me into the wall',
  'he held me down',
  'he choked me until i passed out',
  "he's hurting me",
  "he took the kids and won't tell me where they are",
  'he keeps coming to my house even though i told him not to',
  'someone has been following me',
  "i'm afraid of what my ex will do",
  "i'm scared he'll come after me",
  "he said i'll pay for this",
  'he sends me scary messages',
  "i'm scared of my ex boyfriend",
  "i'm frightened of what he might do to me",
  'my partner hits me',
  'he slapped me across the face',
  'he put his hands around my throat',
  'he shoved me',
  'he threatened to hurt my family',
  'he threatened to share my nudes',
  "he's following me",
  'my ex keeps stalking me',
  'he turned up at my office',
  'he tracks where i go',
  'he reads my emails',
  'he took my keys',
  "he doesn't let me have any money",
  "i'm not allowed to see my family",
  'he hurts me',
  "he's been abusing me",
  "he gets physical when he's angry",
  'he assaulted me',
  'he forced himself on me',
  'i have a restraining order',
  'i called the cops on him',
  'he locked me inside',
  'he destroyed my things',
  'he said he would kill himself if i left him',
  'always walking on eggshells around him',
  "i'm too scared to go home",
  'hes been hitting me',
  'bf hit me',
  'my bf is abusive',
  'gf slapped me',
  'my ex is going to kill me',
  'my ex pinned me against the wall and screamed in my face',
  "i'm terrified of him finding out where i moved",
  "he threatened to hurt himself if i don't come back",
  'he smacked me across the face last night',
  'my boyfriend gets violent when he drinks',
  'he keeps showing up outside my apartment at night',
  "i'm scared of my ex husband",
  'he put an airtag in my bag',
  'he goes through my messages every day',
  "she doesn't let me have my own bank card",
  'he threatened to tell everyone my secrets if i leave',
  "i'm scared to tell him it's over because of how he'll react",
  'he strangled me during an argument',
  "my ex won't stop following me around town",
  "he took my phone and wouldn't give it back",
  "i'm not allowed to talk to other men",
  'he controls all our finances and gives me nothing',
  'he sexually abused me',
  "he forced me to do things i didn't want to",
  "i'm afraid he's going to kill me",
  'he broke my nose',
  'he kicked down my door',
  'i have to hide from him',
  "he's been harassing my family to find me",
  'he logs into my email and reads everything',
  "he said he'd burn the house down if i left",
  'i got a protective order last week',
  'he slapped my daughter',
  "i'm scared he'll hurt me if i leave",
  'my ex sends me threatening texts every night',
  'my ex keeps threatening me',
  "he hits me when he's drunk",
  "i'm scared my ex will hurt me",
  "he said he's going to kill me",
  "he won't let me go out with my friends",
  'he tracks my every move',
  'my ex is following me everywhere',
  "he grabbed me and wouldn't let go",
  'he showed up at my job and made a scene',
  "i'm frightened of my husband",
  'he threatened to post naked pictures of me',
  'he pushed me against the car',
  "i'm afraid to go home tonight because of him",
  'he took away my passport',
  "he's been stalking my instagram and showing up where i am",
  'my ex broke into my car',
  "he said if i ever leave he'll take the kids",
  'he forced me to have sex with him',
  'he monitors my phone',
  "i don't feel safe with him",
  "he punches walls when he's angry and it scares me",
  'he threatened to kill my family',
  'he choked me last night',
  'i had to call 911 because of him',
  'he controls where i go and who i see',
  'he beat me',
  'my ex assaulted me',
  "i'm scared of what my ex might do",
  'he keeps calling me from blocked numbers',
  "he says i can't leave the house without him",
  'Last night he grabbed my neck when I tried to leave.',
  "i'm honestly scared of him",
  "my ex said he'll make me pay if i see anyone else",
  'he threw a glass at my head',
  'he keeps tabs on my location',
  'he made me give him my phone password',
  "he won't let me work",
  "i'm afraid he'll come to my house",
  'he hurt me badly',
  'he is violent towards me',
  'he slapped me in front of my friends',
  "i'm too scared to leave him",
  'he sent me a video threatening me',
  "i'm scared he will hurt my cat",
  'my partner controls all the money',
  'he dragged me by my hair',
  "he won't stop turning up at my door",
  'he threatened to ruin my career',
  'he locks me in the house when he goes out',
  "he said nobody else will ever love me and he'd make sure of it",
  "he's been following my car",
  'i had to get a no contact order',
  'he raped me last year',
  'he checks my bank statements',
  "i'm living in fear of my ex",
  'he always knows where i am',
  'he punched me',
  'my ex keeps threatening to show up',
  'he hit my kids',
  "i'm scared to go back to the apartment while he's there",
  'my ex beat me up last week',
  'im terrified of my boyfriend',
  'he put his hands around my neck',
  "he said he'd hurt me if i told anyone",
  'he follows me from work',
  'i keep seeing his car outside my place',
  'he threatened to leak our private photos',
  'he takes my phone every night',
  "i'm not allowed to spend money without asking him",
  "he's abusive when he drinks",
  'he got violent with me',
  'he hurt my dog',
  "my ex won't leave me alone, he keeps showing up",
  'i had to call the police last night because of him',
  'he pinned me to the bed',
  "i'm afraid my ex will find out where i live",
  'he keeps texting me threats',
  'he broke my phone so i couldnt call anyone',
  'he isolates me from my family',
  'he forced me into sex',
  "i'm scared for my safety around him",
  'he choked me until i couldnt breathe',
  'he threatens to take my son away',
  "he always checks who i'm talking to",
  'he hacked into my facebook',
  'my husband slaps me',
  "i'm scared to be alone with him",
  'he stalks me online and offline',
  'i got a restraining order against my ex',
  'he told me he would kill me if i left',
];

const ORDINARY = [
  'this workout is killing me',
  "i'm dying to see that movie",
  "i'm dying to know if he misses me",
  'i could kill for a coffee',
  'my feet are killing me',
  'i nearly died laughing',
  'that joke killed',
  'i am dead tired',
  "i'm dead lol",
  'killing it at work',
  'i killed it in my interview',
  'the suspense is killing me',
  'the silence is killing me',
  'the deadline is killing me',
  "he's killing me with these mixed signals",
  'kill the lights',
  "i'd die for pizza",
  'i could just die of embarrassment',
  "i'd rather die than text him first",
  "i'm going to die alone with ten cats",
  'drop-dead gorgeous',
  'he is dead set on moving to berlin',
  'my ex is dead to me',
  'my phone died',
  'i killed my plants',
  'i want to murder this burger',
  'i want to kill him lol',
  "i'm scared of spiders",
  "i'm terrified of heights",
  "i'm afraid i'll fail the exam",
  'terrified of public speaking',
  "i'm scared of commitment",
  "i'm afraid so",
  "i'm scared of being alone forever",
  'i am afraid of losing him',
  "i'm scared to text him",
  "i'm afraid to tell him how i feel",
  "i'm scared he's moving on",
  "i'm afraid she doesn't love me anymore",
  "i'm scared he will find someone new",
  "i'm scared he'll come back and i'll take him back",
  "i'm worried he will post about our breakup",
  "i'm nervous he'll show up at the party",
  'i fear that i am too needy',
  'the movie scared me',
  'he hit the gym',
  'she hit the nail on the head',
  'hit me up later',
  'the breakup hit me hard',
  'the news hit me hard',
  'he really hit me with that one',
  'he hit me back after a week',
  'i hit a wall with my essay',
  'she hits different',
  'that song hits me every time',
  'it threatened to rain all day',
  'the deadline is a threat to my sanity',
  "that's a real threat to our team",
  'he feels threatened by my success',
  'he is a pain in the neck',
  'i follow her on instagram',
  'he follows me on instagram',
  'he followed me back on insta',
  'my ex unfollowed me',
  'he unfollowed and blocked me',
  'my ex blocked me',
  'he controls the remote lol',
  'they controlled the game',
  'i shot a photo of the sunset',
  'i cut my hair',
  "i'm trying to cut back on sugar",
  'i cut him off',
  'i cut myself shaving',
  'i burned myself cooking',
  'i hurt myself at the gym',
  'i started tracking my steps',
  'i checked my phone',
  'i checked his story',
  'i keep checking his location on find my friends',
  'he shared his location with me',
  "i hid my phone so i wouldn't text him",
  'my friend took my phone so i would not text him',
  "i've been stalking his instagram again",
  'i stalked her linkedin',
  'i was too controlling in our relationship',
  'i was clingy and needy',
  'my mom is going to kill me',
  'my dad is going to kill me when he sees the bill',
  "she's going to kill me for being late",
  'my trainer destroyed me today',
  'i hope he finds me attractive',
  'he pushed me to apply for the job',
  'he pushed me to my limits',
  'she pushed me away',
  'i beat myself up about it',
  'i threw myself into work',
  'i am killing myself laughing',
  'he would kill for a promotion',
  'i took my meds this morning',
  'i need to take my life back',
  'i want to end this chapter and move on',
  'i ended things with her',
  'i am thinking about ending things with him',
  "i'm done with dating apps",
  "i'm done",
  "i'm so done with this heat",
  "i'm so over it",
  'i want to disappear for a weekend to the mountains',
  "i'm so tired i could sleep forever",
  'i want to sleep in forever on sunday',
  "i hope i don't wake up late",
  "i don't want to wake up early tomorrow",
  "i don't want to live with my parents",
  "i don't want to go on a date",
  "i don't want to be here at this party",
  "i don't want to be around him anymore",
  "what's the point of this meeting",
  'what is the point of texting him',
  "there's no point in texting him",
  'no point crying over it',
  "it's not worth it",
  "he's not worth the pain",
  'this is goodbye to my old habits',
  "i can't live without coffee",
  "i can't cope with my workload",
  "i'm hopeless at cooking",
  "i'm tired of everything he did",
  "i'm so tired of fighting with my sister",
  'i wish i could see him again',
  'i wish i was there',
  "i wish i didn't have to see him at work",
  "i wish i wasn't so clingy",
  'i wish i never met him',
  'i gave away his stuff',
  "i'm giving away my old clothes",
  'no one would notice my new haircut',
  'everyone would be better off if i just stayed home',
  "i'm never going to find love again",
  'my life is a mess',
  "i feel like i'm drowning at work",
  'i feel trapped in my job',
  "the bank won't let me withdraw money",
  "my landlord won't let me have pets",
  'my dog wont let me sleep',
  'my sister showed up at my house with ice cream',
  'violent video games are dumb',
  'there was so much violence in the film',
  'he has an alcohol abuse problem',
  'i ran into him at the store and it hurt',
  'i made a plan to text him less',
  'i have a plan for the weekend',
  'i picked a date for my trip',
  'i miss him so much',
  'i had a good day today',
  'i went for a run',
  'i texted him and he did not answer',
  'i cried a lot today',
  'i feel sad but hopeful',
  'i could not stop crying',
  'i bombed the exam lol',
  'i want to text him so badly',
  'he says he misses me',
  'i blocked his number',
  "i'm so scared of the future",
  "i'm afraid of what people will think",
  "i'm afraid of what they will think of me",
  "i'm terrified of ending up alone",
  "he's scared of commitment",
  'she is afraid of dogs',
  'i feel dead inside',
  "i'm dying inside",
  'i hate myself for texting him',
  'i want to crawl into a hole and hide',
  'i could sleep for a week',
  "i'm dead serious",
  "he's dead to me",
  'this breakup is killing me',
  "i'm going to kill my sister for telling him",
  'my ex is a psycho',
  'i cut ties with him',
  'i hit rock bottom',
  'we had a fight and he yelled',
  'my boss is controlling',
  'my mom is so controlling',
  "i'm scared to be alone",
  "i'm afraid to leave my job",
  "the app won't let me log in",
  "my anxiety won't let me sleep",
  'my brother beat me at mario kart',
  'my sister hit me with a pillow lol',
  'my cat scratched me',
  'the dog bit me',
  'he hit me with a question',
  'i feel so hurt',
  'my heart hurts',
  'it hurts me to see him happy',
  'seeing him with her hurt me',
  'i told her it hurt me',
  'no one would miss me at the party',
  'i am scared of how he will react if i text him',
  'i hope he is happy',
  'i miss her laugh',
  'i deleted his number',
  "i'm going to kill this presentation",
  'ugh kill me now',
  'i want to die my hair blue',
  'i could murder a pizza',
  'he totally ghosted me',
  'he threatened to leave me',
  'she threatened to break up with me',
  "i'm petrified of flying",
  'my ex said he was sorry',
  'i want to end the relationship',
  "Day 5 of no contact. It's hard but I'm doing it.",
  'I almost texted him tonight but I went for a walk instead.',
  'Saw his new profile picture and it hurt.',
  'I keep replaying our last conversation in my head.',
  "I think I was too needy and I didn't give her space.",
  "I want to show him I've changed.",
  'My therapist says I need to focus on myself.',
  'I started going to the gym again and it feels good.',
  "I'm reading a book about attachment styles.",
  "I can't stop thinking about her.",
  "I don't know if she'll ever come back.",
  'We broke up because we grew apart.',
  'He ended it over text which was awful.',
  "I'm trying to accept that it's over.",
  "Honestly I'm exhausted from crying.",
  'I cooked dinner for my friends tonight.',
  'I called my mom and she cheered me up.',
  "I'm worried I'll never find someone like him.",
  "It's been three weeks and I still miss her every day.",
  "I'm scared I made a huge mistake.",
  'My biggest mistake was not listening to him.',
  'I was jealous and controlling and I regret it.',
  'I need to work on my communication.',
  'She said she needs time to figure things out.',
  "He texted me happy birthday and I didn't reply.",
  'We had to meet to swap our stuff back.',
  "I'm proud of myself for not reaching out.",
  'Today was a bad day, I stayed in bed most of it.',
  'I feel lonely at night.',
  "I'm so angry at him for cheating.",
  'I deleted all our photos.',
  'I unfollowed her on everything.',
  "I'm going to a yoga class tomorrow.",
  'My friends took me out for drinks.',
  'I signed up for a pottery class.',
  'I feel a little better than yesterday.',
  'I wonder if he thinks about me.',
  'I saw her at the supermarket and panicked.',
  'I want to get back together but I know I need to wait.',
  'Work is a good distraction right now.',
  "I'm sleeping better this week.",
  "I wrote him a letter but I won't send it.",
  "My sister says I'm better off without him.",
  "I keep checking if she's online.",
  'I feel like a failure.',
  'I hate that I still love him.',
  "I don't want to lose her forever.",
  'What if he never forgives me?',
  "I'm trying not to overthink everything.",
  'I ran 5k today, my legs are dead.',
  'I cried at a commercial lol.',
  'Everything reminds me of her.',
  "He moved on so fast, it's crazy.",
  "I'm scared of being alone on my birthday.",
  "I don't want to be that person who begs.",
  "I'm learning to cook his favourite pasta for myself.",
  "My ex and I agreed to stay friends but it's hard.",
  'I think I need a haircut and a new start.',
  'Maybe this breakup is the best thing for both of us.',
  'I was the one who broke up with him and now I regret it.',
  'We argued a lot about money.',
  'He said I never listened, and he was right.',
  "I'm going to give it a few more weeks before I decide anything.",
  'I talked to a counsellor at work.',
  "I'm done crying over him.",
  'I keep dreaming about her.',
  'I woke up at 4am thinking about him.',
  "I'm too tired to think straight.",
  'It felt like my heart was ripped out.',
  'I need to stop stalking her profile.',
  'I watched our favourite show and it destroyed me.',
  'The weekend was brutal.',
  "I'm hanging in there.",
  'I miss his family too.',
  "I can't believe it's really over.",
  "I've been eating junk food all week.",
  'I went on a date but it felt wrong.',
  "I'm trying to be kind to myself.",
  'My dog is the only thing keeping me sane lol.',
  'I finally slept through the night.',
  "I'm terrified he'll forget me.",
  "I'm afraid I'll always regret this.",
  "I blocked him so I wouldn't text him.",
  'She took the cat when she moved out.',
  'He kept the apartment.',
  "I'm afraid of running into him at the party.",
  "I'm not ready to see her with someone else.",
  'I feel stuck.',
  'I need to let go.',
  'Nothing feels the same without him.',
  "I'd give anything to hear her voice.",
  "I can't focus at work.",
  'Some days are better than others.',
  "I'm going to visit my parents this weekend.",
  'I want to be a better partner next time.',
  'I threw away his hoodie.',
  'I feel numb.',
  'I said goodbye to him at the train station.',
  'We said our goodbyes and it was sad.',
  'This is the end of an era.',
  "It's over between us.",
  "I'm over it now.",
  "He's gone and he isn't coming back.",
  "I'm done waiting for her.",
  "I can't take back what I said.",
  "There's no point texting her.",
  'Is there any point in trying again?',
  "She's better off with him.",
  "He's happier without me.",
  'Nobody texts me anymore.',
  'No one ever asks how I am.',
  "I'm afraid he's already moved on.",
  "I'm scared she's with someone new.",
  "I'm terrified of seeing him again.",
  'I follow his sister on instagram.',
  'I track my mood every day in this app.',
  'I check his spotify every night.',
  "I can't control my feelings.",
  'I pushed her away.',
  'The news really hit me.',
  "It hit me that it's really over.",
  'The realisation hit me like a truck.',
  'I hit the gym every morning now.',
  'He hit send before I could stop him.',
  'I threatened to leave so many times.',
  "I feel like I'm losing my mind.",
  "I'm killing time until my flight.",
  "I'm dying for a holiday.",
  'This song kills me every time.',
  'I cut my hours at work.',
  'I cut up his old t-shirt for rags.',
  'I burned the letters he wrote me.',
  'I burned the toast again.',
  'I want to burn all his photos.',
  "I'll die if he sees me like this lol.",
  "Mom will kill me if I don't call her.",
  "I'm so embarrassed I could die.",
  'I almost died when I saw him.',
  'My battery is dead.',
  'I want to move on.',
  'I want to end the cycle of going back to him.',
  'I want to stop checking his profile.',
  'I want to disappear from social media for a while.',
  'I need to get away for a bit.',
  "I'd rather be single than be with someone who cheats.",
  'I wish I could turn back time.',
  'I wish I had never said those things.',
  "I wish I wasn't so anxious.",
  "I hope he's okay.",
  "I hope I don't run into him.",
  "I don't want to wake up next to anyone else.",
  "I don't want to live in this city anymore.",
  "I don't want to be friends with him.",
  "I'm tired of pretending I'm fine.",
  "I'm sick of dating apps.",
  "I'm done with men.",
  "I'm done with this relationship stuff.",
  "I've had enough of his excuses.",
  "I can't live without his hugs.",
  "I can't go on a date yet.",
  "I can't handle his mixed signals.",
  "I can't stand seeing him with her.",
  "I can't take it when he ignores me.",
  'My heart is broken.',
  'My life feels empty without her.',
  'Life goes on.',
  "It's not the end of the world.",
  "I'll survive this.",
  'I lost my appetite.',
  'I gave away the gifts he gave me.',
  "I'm giving away the couch we bought together.",
  'I left a note on his car asking for my keys back.',
  'I wrote a note to myself to stay strong.',
  'My plan is to wait three more weeks.',
  'I have a plan to rebuild my life.',
  "I've been planning a trip to Spain.",
  'I decided to end things for good.',
  "I'm thinking of ending it with him properly.",
  "He's the one who ended it.",
  "I don't see the point of arguing anymore.",
  "What's the use of crying?",
  'Why do I even bother texting him?',
  'Why am I still thinking about her?',
  'We used to fight about his drinking.',
  'I felt controlled by my own anxiety.',
  "I'm afraid of what my friends will say.",
  'this cold is killing me',
  'i laughed so hard i almost died',
  'my plants are dying again',
  "i'm dying to tell you what happened",
  'i could kill him for leaving the dishes',
  "he's a killer cook",
  'traffic was murder today',
  "i'm scared of the dark",
  "i'm afraid i can't make it tonight",
  'he hit a home run',
  'the movie really hit home',
  "i'm following a new recipe",
  "she's tracking her spending",
  'he controls the thermostat',
  "i'm going to cut my losses",
  "i'm dead on my feet",
  'my feet are dead',
  'the party was dead',
  "i'm over the moon",
  "i'm done with my exams",
  "i can't wait to see my friends",
  "i can't do this puzzle",
  "i can't take this heat",
  'no point in worrying',
  'i wish i could go back to paris',
  'i want to disappear into a good book',
  'goodbye summer',
  "i'm sick of rain",
  'he pushed me to finish the marathon',
  'my brother punched my arm as a joke',
  'the kids are killing me today',
  'that exam was brutal',
  "i'm scared of failing my driving test",
  'he threatened to quit his job',
  'my ex and i split the bills',
  'i feel like a new person',
  'i left a voice note for my friend',
  "i'm going to kill it at the interview",
  'the pain in my back is killing me',
  'i could sleep for days',
  "i'm killing myself at this job lol",
  "i'm dying of boredom",
  'this heat is going to kill me',
  'she slays every time',
  'my mom would kill me if she knew',
  "i'm so scared of needles",
  'i was afraid the store would be closed',
  'i hit my head on the cupboard',
  'he hit it off with my friend',
  "i'm tracking my calories",
  'i follow a lot of cooking accounts',
  'the teacher controls the class well',
  "i'm going to end my subscription",
  "i'm over him",
  "i'm tired but happy",
  "i can't believe how much i've grown",
  "what's the point of a gym membership if i never go",
  "i wish i'd studied harder",
  'i want to go to bed early',
  'no reason to rush',
  'i took a nap and feel better',
  "my friend said i'm better off without him",
  'i want to be alone for a bit',
  'i deleted instagram for a week',
  "i'm scared of spiders and snakes",
  'the movie was dead boring',
  'that concert was sick',
  'i want to kill this workout tomorrow',
  'i could cry',
  'my knees are killing me after that hike',
  'i need to stop checking his story',
  'i burned dinner',
  "i'm going to cut down on coffee",
  'she threatened to leave the group chat',
  'the dog is afraid of thunder',
  'i shot my shot and he said no',
  'my phone is dying',
  'i want to run away to a beach for a week',
  "i'm fine, just tired",
  'he left me on read',
  'Went to brunch with the girls, felt almost normal.',
  'The gym killed me today but I feel amazing.',
  "I'm scared I'll cry if I see his dog.",
  "I'm afraid I'm still in love with her.",
  'I nearly texted him, so I called my friend instead.',
  'Tonight I deleted his number for real.',
  "I'm over the worst of it I think.",
  "I'm so done with this rain.",
  'He hit me up about returning his jacket.',
  'Work is killing me this week.',
  'I want to die my hair pink lol.',
  'I could sleep forever after that shift.',
  'My cat follows me everywhere.',
  'I track my runs on strava.',
  'My sister controls the group chat.',
  "I'm dying to go on holiday.",
  'I cut my screen time in half.',
  "I'm dead tired but proud of myself.",
  'I feel like giving up on dating apps.',
  'I wish I could talk to her one more time.',
  'No point dwelling on it.',
  "I don't want to live with regrets.",
  "I'm tired of overthinking.",
  "I can't stop smiling today.",
  'I took my vitamins and went for a walk.',
  "I'm afraid of heights, always have been.",
  'The breakup really knocked me down.',
  "I'm killing it at my new job.",
  'I left him a voicemail by accident.',
  "My boss threatened to fire everyone who's late lol.",
  'I beat my personal best.',
  'I hurt my ankle running.',
  "I'm going to end this journal entry here.",
  "It's the end of a chapter.",
  'I said goodbye to our old apartment.',
  'I want to start over somewhere new.',
  "I don't see the point of dating right now.",
  "He's controlling the narrative with our friends.",
  "I'm terrified of being single forever.",
  'Today was okay.',
  'tbh i want to sleep all weekend',
  'ive been thinking about taking a break from dating',
  'i cant be bothered to cook tonight',
  'im going to jump in the pool later',
  'i hope i get the job',
  'i really dont want to wake up early tomorrow',
  'its pointless arguing with him',
  "i'm going to hurt his feelings if i say that",
  "i've been burning candles to relax",
  'i want to drown out the noise with music',
  "everything is a lot right now but i'm managing",
  'what is even the point of this app',
  "i'm done with him",
  'i feel like everyone is happier than me',
  'i want to leave this city',
  "i'm seriously considering a new job",
  'i wish i could go to paris forever',
  'please just let me sleep in',
  "i'm a mess but i'm trying",
  'no one noticed my new haircut',
  "i'm tired of waking up at 6",
  'i wanna end this chapter',
  'my life has changed so much',
  "i wish i'd stayed in bed this morning",
  'i have the paint ready for the bedroom',
  "it's time for me to go to work, bye",
  'my ex beat me at tennis once',
  'im terrified of my exams',
  'he put his arm around me and i cried',
  'he follows me on tiktok',
  "i keep seeing his car everywhere, it's the same model lol",
  'he threatened to leave the group chat',
  'he takes my side every time',
  "he's hilarious when he drinks",
  'my dog got hurt at the park',
  "i keep texting him and he won't answer",
  'i called my mom last night because of him',
  "i'm scared for my exam",
  'he checks in on me every day',
];

/** Words of a canonical sentence that one of `rule`'s cues stands for. */
function hasCue([cues]: Rule, sentence: string): boolean {
  const words = sentence.split(' ');
  return cues
    .split(' ')
    .some((cue) =>
      cue.endsWith('*') ? words.some((w) => w.startsWith(cue.slice(0, -1))) : words.includes(cue),
    );
}

describeLists('detectSupport, on the phrases it was tuned on', CRISIS, SAFETY, ORDINARY);

describe('detectSupport, on the phrases it was tuned on', () => {
  it('only skips a rule for a sentence that holds none of its cues', () => {
    const phrases = [
      [CRISIS, SAFETY, ORDINARY, FRESH_CRISIS, FRESH_SAFETY, FRESH_ORDINARY],
      [NETS_CRISIS, NETS_SAFETY, NETS_ORDINARY, SECOND_CRISIS, SECOND_SAFETY, SECOND_ORDINARY],
      [UNTUNED_CRISIS, UNTUNED_SAFETY, UNTUNED_ORDINARY],
      [NET_CRISIS, NET_SAFETY, NET_ORDINARY, NET_ACCEPTED_ALARMS],
      [NET_UNTUNED_CRISIS, NET_UNTUNED_SAFETY, NET_UNTUNED_ORDINARY],
    ].flat(2);
    // Only the rule tier has cue words: the broad tier (support-net.ts) scores every sentence.
    const sentences = phrases.flatMap((p) => supportSentences(p));
    for (const rule of [...CRISIS_RULES, ...SAFETY_RULES]) {
      const pattern = new RegExp(rule[1]);
      const uncued = sentences.filter((s) => pattern.test(s) && !hasCue(rule, s));
      expect({ rule: rule[1], uncued }).toEqual({ rule: rule[1], uncued: [] });
    }
  });
});

/**
 * Written after the detector was finished and run once, untuned: it then caught 26 of these 30
 * crisis phrases and 29 of 30 safety phrases, and alarmed on 1 of 40 ordinary ones. The misses
 * were fixed in the detector (see the report); this block keeps them caught.
 */
const FRESH_CRISIS = [
  'i just want to stop existing for good',
  "honestly i think i'm going to kill myself soon",
  'im thinking about ending it all this weekend',
  'i dont want to be alive anymore without him',
  'i wish i would just die',
  'i keep thinking about driving off the road',
  'i have a bottle of vodka and all my sleeping pills next to me',
  'i feel like there is no way forward for me',
  'i cant see the point in living',
  'maybe i should just end my life',
  "i'm going to take an overdose",
  'i want to cut myself so bad right now',
  "i've been self-harming since he left",
  'nobody would miss me if i died tonight',
  "i'm ready to end it",
  'my kids would be better off with me gone',
  'i want to go to sleep and never wake up again',
  "i'm counting the pills i have",
  'i just want the pain to go away forever',
  "there's nothing to live for without her",
  "what's the point in being alive",
  'i keep wishing i was dead',
  'im gonna unalive myself',
  'i wrote goodbye notes to my friends',
  "i'm thinking of hanging myself tonight",
  'life isnt worth living without him',
  "i don't want to exist in this world anymore",
  "i feel like i'm just a burden to my family",
  'i think about jumping off the bridge near my house',
  'i want to be dead',
];
const FRESH_SAFETY = [
  'he hit me across the face',
  "i'm scared of what he will do if i leave him",
  'my ex threatened to kill himself and blame me',
  'he slammed my head into the wall',
  'he keeps threatening to hurt me',
  'my ex keeps following me home',
  'he showed up at my parents house uninvited',
  'he put a tracking app on my phone',
  'he checks all my texts',
  'he took my bank card',
  "he doesn't allow me to see my friends",
  'he was violent with me again',
  'he sexually assaulted me last night',
  'he raped me while i was asleep',
  "i'm afraid of my ex boyfriend",
  'he threatened to share my nudes online',
  'i had to get a protection order',
  'he locked me in the bathroom',
  'he smashed all my stuff',
  "i'm scared to go home because he's there",
  'i feel like i have to walk on eggshells around him',
  'he strangled me',
  'he kicks me',
  "he's stalking me",
  'my ex hacked my accounts',
  'he threatened to take my children',
  "he grabbed my wrist really hard and wouldn't let go",
  "i'm frightened he'll find me",
  'he said he would hurt me if i ever talked to another guy',
  'he shoved me to the ground',
];
const FRESH_ORDINARY = [
  'i just want to stop checking his instagram for good',
  "honestly i think i'm going to cry at the wedding",
  'im thinking about going to the beach this weekend',
  'i dont want to be alone on my birthday',
  'i wish i would just stop thinking about him',
  'i keep thinking about the road trip we took',
  'i have a bottle of wine and a good movie',
  'i feel like there is no way he will text me',
  'i cant see the point in arguing',
  'maybe i should just delete the app',
  "i'm going to take a nap",
  'i want to cut my hair short',
  "i've been gaming a lot since he left",
  "nobody would believe how much i've changed",
  "i'm ready to move on",
  'my kids are my world',
  'i want to go to sleep early tonight',
  "i'm counting the days until my vacation",
  'i just want this headache to go away',
  "there's nothing to do in this town",
  "what's the point in being jealous",
  'i keep wishing he would call',
  'im gonna treat myself',
  'i wrote thank you notes to my friends',
  "i'm thinking of hanging out with my cousins",
  'life is good today',
  "i don't want to exist in his shadow anymore",
  "i feel like i'm just a friend to him now",
  'i think about the bridge where we first kissed',
  'i want to be happy again',
  'he hit the ball so far',
  "i'm scared of what my mom will say",
  'my ex followed me on twitter again',
  'he showed up at the party and it was awkward',
  'i put a new app on my phone',
  'i check my texts too much',
  'he took my hoodie when he left',
  "my boss doesn't allow phones at work",
  'the movie was so violent',
  "i'm afraid of spiders",
];

describe('detectSupport, on a fresh list written after tuning', () => {
  it.each(FRESH_CRISIS)('flags crisis: %s', (phrase) => {
    expect(detectSupport(phrase)).toContain('crisis');
  });

  it.each(FRESH_SAFETY)('flags safety: %s', (phrase) => {
    expect(detectSupport(phrase)).toContain('safety');
  });

  it('raises a false alarm on at most 10% of ordinary phrases', () => {
    const alarms = FRESH_ORDINARY.filter((phrase) => detectSupport(phrase).length > 0);
    expect(alarms.length).toBeLessThanOrEqual(FRESH_ORDINARY.length / 10);
  });
});

/**
 * Written before the concept nets (support-phrases.ts, "Concept nets"), run once on the detector
 * as it then was: 39 of 50 crisis, 35 of 45 safety, 0 of 70 false alarms. The nets were then
 * built with these in view, so they are tuned now and this block keeps them caught.
 */
const NETS_CRISIS = [
  "i'm going to kill myself tonight",
  'i want to die so badly',
  "i've been thinking about suicide every day",
  'i tried to overdose last year and i want to try again',
  'i want to hang myself',
  'i keep cutting my arms when it gets bad',
  "i'm planning to jump off the parking garage",
  "i think i'm going to end my life this weekend",
  'i have suicidal thoughts most nights',
  'i want to shoot myself',
  'i burned myself with a lighter again',
  "i'd rather be dead than live without her",
  'i want to take my own life',
  'i am going to slit my wrists',
  "i don't want to live anymore",
  "i've been saving up my prescription so i have enough",
  "i bought a rope today and i know what it's for",
  "the pills are in my hand and i'm done",
  "everyone would be happier if i wasn't around",
  "i won't be a problem for anyone much longer",
  'i just want to go to sleep and not wake up',
  "i've made peace with it, i know what i have to do",
  'i gave my cat to my sister and wrote everyone letters',
  "i can't see any future for myself",
  "there's no way out of this for me except one",
  "i'm so tired of being alive",
  "i can't keep doing this, i'm done with everything",
  'nobody would even notice if i disappeared',
  "tonight is the night, i've decided",
  'i keep thinking about stepping in front of a bus',
  'i looked up how much tylenol it takes',
  "i'm standing on the bridge right now",
  "i'm sorry mum, i love you, this is the last time you'll hear from me",
  'my family would be better off without me around',
  "i don't see myself being here next year",
  'i just want everything to stop permanently',
  'i keep thinking about it again, the way out',
  'i have the gun loaded on the table',
  "i've stockpiled my antidepressants",
  "i've been researching painless ways to go",
  'i feel like a burden to everyone i love',
  "i'm not going to be here much longer",
  "it would be easier for everyone if i just wasn't here",
  'i drove to the cliffs and sat in the car for an hour thinking about it',
  "i don't have a reason to get up anymore, there's nothing left for me",
  "my kids will be fine without me, i've written them a letter",
  'i keep writing my goodbye in my head',
  'i took all the pills in the cabinet',
  'i drank a whole bottle of wine and took a handful of my sleeping pills',
  "i've started giving away my things",
];
const NETS_SAFETY = [
  'he punched me in the stomach',
  'my ex strangled me until i almost passed out',
  'he shoved me down the stairs',
  'she threw a glass at my head',
  'he bit me so hard it bled',
  'he burned my arm with a cigarette',
  'he dragged me across the floor by my hair',
  "he cornered me in the kitchen and wouldn't let me leave",
  'he pinned me against the car',
  'he threatened to kill me if i leave',
  "my ex said he'd make me pay",
  "he told me he'd burn the house down with me inside",
  'he reads all my messages every night',
  'he tracks my location on his phone',
  "my ex installed something on my laptop to see what i'm doing",
  'he always knows where i am even though i never told him',
  'he went through my phone while i slept',
  'he takes my whole paycheck and gives me twenty dollars a week',
  "he won't let me see my family",
  'i have to ask his permission to leave the house',
  'he makes me send him photos to prove where i am',
  "i'm terrified of what he'll do when he finds out i left",
  "i'm scared to go home tonight",
  "i fear for my kids when they're with him",
  'my ex keeps turning up at my work',
  "he's been sitting outside my apartment in his car",
  'he made new accounts after i blocked him',
  "i'm afraid he's going to hurt me",
  "he squeezed my neck until i couldn't breathe",
  "my husband hits me when he's drunk",
  "he smashed my phone so i couldn't call anyone",
  'he kicked me while i was on the ground',
  'she scratched my face and tore my shirt',
  'my boyfriend threatened me with a knife',
  "he said if he can't have me no one can",
  'i sleep with my door locked because of him',
  'he forced me to have sex with him',
  "he took my car keys so i couldn't leave",
  'my ex is watching my every move',
  'he punched a hole in the wall next to my head',
  'he threw me against the fridge',
  "he held me down and wouldn't let me up",
  'i have bruises all over my arms from him',
  'he hid my passport',
  "he locks me out of the house when he's angry",
];
const NETS_ORDINARY = [
  'this workout is killing me',
  "i'm dying to see the new movie",
  'my phone died halfway through the call',
  'i nearly died laughing at that meme',
  'my feet are killing me after that hike',
  'i could murder a pizza right now',
  'this traffic is going to be the death of me',
  "i'm so dead after that exam",
  'the suspense is killing me',
  'ugh, kill me now, another meeting',
  "i'm dead tired",
  'my laptop battery is dead',
  "she's killing it at her new job",
  'that comedian was so funny, i was dying',
  "i'm done with this job",
  "i can't take this traffic anymore",
  "she's gone to her mum's for the weekend",
  'he threw a party for his birthday',
  'my phone is dead',
  "i'm saving up for a car",
  'i counted my steps today, 12000',
  'i took my vitamins this morning',
  'i have a bottle of wine tonight, celebrating!',
  'the bridge was closed so we took the long way',
  "i'm tired of living in this city",
  'i went for a long walk by the river',
  'i keep thinking about him and it hurts',
  'i miss her so much it aches',
  'i cried in the shower again',
  'i deleted all our photos today',
  'i feel so lonely at night',
  "it's been three weeks since we broke up",
  "i don't know who i am without him",
  'i blocked his number finally',
  'i wonder if he thinks about me',
  'i saw her new boyfriend on instagram and felt sick',
  'my heart is broken',
  "i can't stop checking if he's online",
  'i ate a whole tub of ice cream',
  'i slept until noon',
  'i want to disappear into a good book this weekend',
  "i'm over it, honestly",
  'my friends took me out for drinks',
  'i started therapy this week',
  "i'm thinking about moving to a new city",
  'i gave away his hoodie to charity',
  "i wrote a letter to him that i'll never send",
  "i'm going to the gym tonight",
  "my mom says i'm better off without him",
  "he's probably better off with her honestly",
  'the last time we talked was in march',
  'i said goodbye to our apartment today',
  'i have a plan for the weekend: clean, run, read',
  'i got a new knife set for the kitchen',
  "i'm counting down the days until my holiday",
  'i hate how much i still love him',
  'nothing matters except getting through finals',
  "i'm never going to find someone like her",
  "i can't sleep, my mind keeps racing",
  'my sister stayed over and we watched movies',
  'i took the train to see my dad',
  "he texted me happy birthday and i didn't reply",
  "i'm scared i'll never love again",
  'i bought a new rope for the climbing gym',
  'the pills for my allergies make me sleepy',
  'he took the dog when he moved out',
  'i went through old photos and cried',
  "i'm tired of pretending i'm fine",
  "my ex's new girlfriend follows me on instagram",
  'we had a huge fight about the dishes',
];

/**
 * Written after the concept nets and run once, untuned: 23 of 42 crisis, 28 of 42 safety, 5 of 63
 * false alarms. The misses were then fixed in general ways (a second act by the same attacker,
 * hiding a means "in the trunk of my car", fear "in case he's out there", ...); tuned now.
 */
const SECOND_CRISIS = [
  "i've been stockpiling my sleeping tablets for weeks",
  "there's a whole box of paracetamol in my drawer and i keep thinking about it",
  "i don't think i'll be around for christmas",
  "i've already picked the spot",
  'i found out which bridge is highest in town',
  'the rope is in the trunk of my car',
  'i just want to go to sleep and stay asleep',
  'my parents would get over it eventually if i was gone',
  'everything would be quieter without me in it',
  "i've been googling how long it takes to bleed out",
  'i keep imagining my own funeral and who would come',
  "i can't face another morning like this",
  "i'm so tired, i just want it all to be over",
  "i took more pills than i was supposed to and i don't care what happens",
  'i wrote a note and left it on the kitchen table',
  "i'm going to walk into the sea tonight",
  'i want to drive my car into a tree',
  "i don't want to wake up tomorrow",
  "it doesn't matter anymore, nothing does",
  "i'm not going to fight it anymore",
  "i've been burning my skin with cigarettes",
  'i punched the wall until my knuckles bled and i wanted it to hurt more',
  'i told my best friend she can have my dog',
  "i'm just waiting for the right moment",
  "i've got everything i need to do it",
  "i've deleted all my accounts and said goodbye to my sister",
  "there's no point carrying on like this",
  'no one would care if i just stopped existing',
  'the world would keep turning without me',
  'i hope i get in a car crash on the way home',
  'i keep looking at the knives in the kitchen',
  "i'm sitting on the edge of the roof",
  "i can't see myself living much longer",
  "i'm scared of what i might do tonight",
  'i want to hurt myself so i feel something',
  "my life is over and i'm ready to go",
  "i've been thinking about how i'd do it",
  "i've got dad's gun out of the safe",
  "if i go to sleep and don't wake up that's fine with me",
  "i feel like everyone would be relieved if i wasn't here anymore",
  "i'm ending it tonight",
  'i swallowed a bottle of pills an hour ago',
];
const SECOND_SAFETY = [
  'he threw boiling water at me',
  'she hit me with a frying pan',
  'my ex broke my finger bending it back',
  'he choked me out last night',
  'he dragged me by my hoodie into the car',
  'he stomped on my foot on purpose',
  "he pushed my face into the pillow until i couldn't breathe",
  'my boyfriend shook me so hard my head hit the wall',
  'he smacked the phone out of my hand and then hit me',
  "he says he'll find me wherever i go",
  "he told me i'd end up in a ditch if i left",
  'my ex keeps sending me pictures of my front door',
  'he turned up at my new flat and i never gave him the address',
  "he uses our daughter's ipad to track where i am",
  'he logs into my bank account and moves my money',
  "i'm not allowed to go anywhere without him",
  'he checks the mileage on my car',
  'he makes me keep my location on at all times',
  "he takes my phone away when he's angry",
  "he won't let me have my own money",
  "i'm scared he'll hurt the kids to get back at me",
  "i'm terrified to leave the house in case he's out there",
  "i jump every time i hear a car door, i think it's him",
  "i'm frightened of my husband",
  "he said he'll take the kids to his country and i'll never see them again",
  'he waits in the car park at my work every day',
  "he's been calling me 50 times a day",
  'my ex threatened to send my boss our private photos',
  'he pulled a knife on me',
  'he punched the car window next to my face',
  "he said he'd kill the dog if i left",
  'he bruised my arms holding me down',
  "my ex keeps driving slowly past my parents' house",
  'he broke down my bedroom door',
  'he forced himself on me',
  "he made me delete all my friends' numbers",
  'he controls what i eat and weighs me every morning',
  'he grabbed me by the neck in front of the kids',
  'he locked me in the car for hours',
  'he spits in my face when we argue',
  'he beat me with his belt',
  'she keeps threatening me over text',
];
const SECOND_ORDINARY = [
  'my legs are killing me after leg day',
  "i'm dying for a holiday",
  'my battery died so i missed his call',
  'i nearly died when i saw the bill',
  'this heat is killing me',
  'i could kill for a burger',
  'the group chat is dead',
  'my plant died while i was away',
  'ok that joke killed me',
  "i'm going to die of boredom in this meeting",
  "i'm done with dating apps for a while",
  "i can't do mornings",
  "he's gone back to his parents' place",
  'she threw her keys at the counter and laughed',
  'my phone died on the train',
  'saving up for a new laptop',
  'i counted how many days since we broke up: 40',
  'i took an ibuprofen for my headache',
  "i've got a bottle of champagne for new year",
  'we walked across the bridge at sunset',
  "i'm tired of living out of boxes",
  'i went through his old messages and cried',
  'i keep picturing his face',
  "i'm finished with that chapter of my life",
  "i've decided to take a break from social media",
  'i made peace with my mom after our fight',
  "i'm ready to start dating again",
  'i gave my old bike to my neighbour',
  'i wrote in my journal every day this week',
  'i said goodbye to him at the station',
  'i have a plan for my career now',
  "i'm thinking about it, maybe i'll get a cat",
  "today's the day i finally move out",
  'i hit my head on the cupboard door',
  'i burned my hand on the oven',
  'i cut myself a slice of cake',
  "i'm so tired, work was insane",
  'my sister took my charger again',
  'he always knew where to find the best coffee',
  "i'm scared of being alone forever",
  "i'm afraid i'll run into him at the party",
  'he kicked the ball over the fence',
  'she tracked down the book i wanted',
  'he checked my homework for me',
  "i don't want to be here, this party is boring",
  'i wish i could disappear for a week to a cabin',
  'nobody texted me on my birthday and it hurt',
  'i feel empty without her',
  "there's no point texting him, he won't reply",
  "i'm not going to beg him to come back",
  "i'm going to the pharmacy to pick up my prescription",
  'the knife is in the dishwasher',
  'my friend has a gun license for hunting',
  'i took the rope swing at the lake with my nephew',
  "he's so controlling about the thermostat lol",
  'he follows me on spotify',
  "i'm over him, honestly",
  "i'm at peace with the breakup now",
  'i keep crying at sad songs',
  'the last time i saw him he looked happy',
  "my ex's new girlfriend blocked me",
  'he grabbed my coffee by mistake',
  "i'm so done with this week",
];

describe('detectSupport, on the lists written around the concept nets', () => {
  it.each([...NETS_CRISIS, ...SECOND_CRISIS])('flags crisis: %s', (phrase) => {
    expect(detectSupport(phrase)).toContain('crisis');
  });

  it.each([...NETS_SAFETY, ...SECOND_SAFETY])('flags safety: %s', (phrase) => {
    expect(detectSupport(phrase)).toContain('safety');
  });

  // "i don't want to be here, this party is boring" alarms on purpose: the words are a crisis
  // phrase and recall comes first.
  it.each(NETS_ORDINARY.concat(SECOND_ORDINARY).filter((p) => !p.includes('this party')))(
    'stays quiet: %s',
    (phrase) => {
      expect(detectSupport(phrase)).toEqual([]);
    },
  );
});

/**
 * The final list: written last and run once, NOT tuned on. The thresholds are what it reached, not
 * the goal (every crisis and safety phrase): 12 of 32 crisis, 15 of 32 safety, 0 of 45 false
 * alarms. Its misses are oblique wordings no net covers yet ("maybe the train tomorrow morning will
 * solve everything", "he held a pillow over my face"); fix them only with a new untuned list here.
 */
const UNTUNED_CRISIS = [
  "i've been putting pills aside every week just in case",
  'if i stepped off the platform nobody would stop me',
  "i don't plan on seeing my next birthday",
  'i gave my mum my bank passwords and told her where my will is',
  "i'm so done with being alive",
  'i want to go to sleep for a very long time and not come back',
  'the bathtub and the razor are waiting for me',
  "i know exactly how i'm going to do it now",
  'nobody will have to worry about me after this weekend',
  'i keep staring at the top shelf where i keep the pills',
  "i've been scratching my arms until they bleed",
  'the thought of not existing is the only thing that calms me',
  "i wrote a letter for each of my kids to read after i'm gone",
  "there's no coming back from this, i'm going to end things",
  "i'm a waste of air and everyone knows it",
  "tonight i'm going to finish what i started last year",
  'i want to disappear and never be found',
  'maybe the train tomorrow morning will solve everything',
  'my life insurance would help them more than i do',
  "i've hidden the tablets where no one will find them",
  'i just wish the car would skid off the road with me in it',
  'why am i even still here',
  "i can't do this life thing anymore",
  'i hope this plane goes down',
  "i've been searching what dose would be lethal",
  'it would be so easy to just let go',
  "i've started leaving things to people in a list",
  "i don't want to keep living like this, it's pointless",
  "the pain won't stop and i'm going to make it stop myself",
  "i keep thinking my family would be better off if i wasn't born",
  "i've been skipping meals to punish myself",
  'i drove to the quarry again last night and sat at the edge',
];
const UNTUNED_SAFETY = [
  'he backhanded me in front of my mom',
  'she clawed at my face until it bled',
  'my ex rammed my car on the motorway',
  'he held a pillow over my face',
  'he tied me to the bed and left me there',
  'he threatened to set my flat on fire',
  "he said he'll make my life a living hell if i don't come back",
  "he shows up at my gym every time i'm there",
  'my ex knows things about my day that i never told anyone',
  'he cloned my phone',
  'he has my instagram password and posts as me',
  "i'm only allowed to see my sister when he's there",
  'he keeps my passport locked in his safe',
  "he won't give me the car keys unless i do what he says",
  'he threw my clothes out on the street and threatened me',
  "i'm scared to fall asleep with him in the house",
  "i'm terrified he'll find out my new address",
  'i have a restraining order but he keeps coming',
  "my boyfriend punches me where people can't see",
  'he twisted my arm behind my back until it cracked',
  "he put his hand over my mouth so i couldn't scream",
  'he kneed me in the stomach',
  'he keeps a gun in the car and reminds me of it',
  'he said he knows people who can hurt me',
  'my ex sends his friends to check on me',
  'he put a camera in the living room to watch me',
  "he told our kids i'm a bad mother and won't let me talk to them",
  'he threw hot coffee on me',
  'he made me sleep on the floor as punishment',
  "i'm hiding at my friend's place so he can't find me",
  "he sat on my chest until i couldn't breathe",
  'he pushed me out of the moving car',
];
const UNTUNED_ORDINARY = [
  'my back is killing me from this chair',
  "i'm dying to know what happens next season",
  'my car battery died this morning',
  'i almost died of embarrassment on that date',
  "i'm dead serious, i'm over him",
  'the party was dead by midnight',
  'i could strangle my printer',
  'this cold is going to be the death of me',
  "my ex's jokes used to kill me",
  'i totally bombed that presentation',
  "i'm done with this phone, it keeps freezing",
  "i can't take another episode of that show",
  "he's gone quiet on all his socials",
  'he threw away all my letters, whatever',
  'my laptop is dead again',
  'saving up to go to japan',
  'i count down the minutes to the weekend',
  'i took my allergy pills and went out',
  'a bottle of ros\u00e9 and my girls tonight',
  'the bridge traffic was awful',
  "i'm tired of living with roommates",
  'i cried at work today over nothing',
  "i wonder what he's doing tonight",
  'i reread our old texts at 2am',
  'i unfollowed her everywhere',
  'i decided to sell the ring',
  "my therapist says i'm making progress",
  'the gym was packed so i left',
  'i cooked a real dinner for once',
  "i'm going to start running again",
  "he's moved on and i'm trying to",
  'i miss his dog more than him honestly',
  "i feel stuck but i'm okay",
  "my friends say i'm better off single",
  "i'm thinking about getting bangs",
  "i haven't slept well since we broke up",
  'i threw out his toothbrush',
  "i'm scared of making the same mistakes again",
  "i'm afraid of ending up alone",
  'the last text he sent was mean',
  "i had a panic attack at the store but i'm ok now",
  'he hit like on my story lol',
  'she grabbed my coffee order by accident',
  'my mom keeps checking on me since the breakup',
  'i blocked him everywhere and it feels good',
];

describe('detectSupport, on a final list it was not tuned on', () => {
  const caught = (phrases: string[], flag: 'crisis' | 'safety'): number =>
    phrases.filter((phrase) => detectSupport(phrase).includes(flag)).length;

  it('catches at least the crisis phrases it caught on its first run', () => {
    expect(caught(UNTUNED_CRISIS, 'crisis')).toBeGreaterThanOrEqual(12);
  });

  it('catches at least the safety phrases it caught on its first run', () => {
    expect(caught(UNTUNED_SAFETY, 'safety')).toBeGreaterThanOrEqual(15);
  });

  it('raises a false alarm on at most 10% of ordinary phrases', () => {
    const alarms = UNTUNED_ORDINARY.filter((phrase) => detectSupport(phrase).length > 0);
    expect(alarms.length).toBeLessThanOrEqual(UNTUNED_ORDINARY.length / 10);
  });
});

/**
 * Written before the broad tier (support-net.ts) and run once on the detector as it then was: 17
 * of 32 crisis, 21 of 31 safety, 2 of 50 false alarms. The net was then built with these, and the
 * misses quoted in its brief (BRIEF_*), in view, so they are tuned now and this block keeps them.
 */
const NET_CRISIS = [
  'i think the river would be quiet enough',
  "everyone will be lighter once i'm out of the picture",
  "i've picked the spot under the overpass",
  "tonight's the last night i'll have to feel this",
  'i keep looking up how long it takes to bleed out',
  "i hope i don't wake up tomorrow",
  "i'm saving my pills for the weekend",
  'my family would cope better with my insurance money',
  "i'm tired of fighting it, i'm ready to rest for good",
  "i left the car running in the garage last night and nearly didn't stop",
  'i drove towards the wall and only swerved at the end',
  "i've been burning myself with a lighter",
  "i dont eat anymore because i don't deserve to",
  'i punched the wall until my hand broke because i deserved it',
  'i wrote a letter for my sister to find',
  'this will all be over soon, i promise',
  "i won't be a problem for anyone much longer",
  'the world would keep spinning fine without me in it',
  'i want to disappear and never come back',
  "i'm going to walk into the sea tonight",
  'i stood on the bridge for an hour last night',
  'i keep thinking how easy it would be to swerve into a truck',
  "i'm a waste of space and everyone knows it",
  'i just want it all to stop permanently',
  "there's no future for me so why bother",
  "i've decided this weekend is the end",
  "i gave my cat to my neighbour so she'll be looked after",
  "i'd be doing everyone a favour by not being here",
  'i keep the razor in my drawer just in case',
  "when they're asleep tonight i'll finally be free",
  "i hope the cancer comes back so it's over",
  'i just want to sleep forever',
  'maybe the train tomorrow morning will solve everything',
  'it would be so easy to just let go',
  'my life insurance would help them more than i do',
  "tonight i'm going to finish what i started",
  'i hope this plane goes down',
  'skipping meals to punish myself',
];
const NET_SAFETY = [
  'he pushed me down the stairs',
  'my ex smashed my windshield with a bat',
  'he dragged me by my hair across the kitchen',
  'she poured boiling water on my hand',
  "he sat on my chest until i couldn't breathe",
  'he squeezed my throat until i saw stars',
  'my ex keeps parking outside my work',
  'he installed something on my laptop and knows everything i type',
  'he knows where i go every day without me telling him',
  "my husband takes my car keys so i can't leave",
  "he said if i leave he'll make sure nobody finds me",
  'he showed me the knife and smiled',
  'i sleep with a chair against the door because of him',
  "i moved to my aunt's so he can't find me",
  "i'm terrified he'll find out where the kids go to school",
  'my boyfriend bit my arm so hard it bled',
  'he spat in my face in front of the kids',
  'he slammed the car door on my leg',
  'he locked me out in the snow',
  'my ex turned up at my new flat at 3am',
  'he keeps calling from different numbers',
  'he has my ig password and reads my dms',
  'she threatened to tell my boss lies unless i come back',
  'he punched a hole in the wall next to my head',
  'my ex got his brother to follow me',
  "he kept me in the car and wouldn't let me out",
  'he elbowed me in the ribs when nobody was looking',
  'he keeps driving past my house slowly',
  'i jump every time i hear a car because it might be him',
  'he pressed a lit cigarette into my arm',
  'my partner put something in my drink',
  'he backhanded me',
  'he rammed my car',
  'he held a pillow over my face',
  'he tied me to the bed',
  'he put his hand over my mouth',
  'he threw hot coffee on me',
  'he cloned my phone',
  'he sends his friends to check on me',
  'he keeps a gun in the car and reminds me',
  "i'm scared to fall asleep with him in the house",
  "i'm terrified he'll find out my new address",
  'backhanded me',
  'rammed my car',
  'held a pillow over my face',
  'tied me to the bed',
  'put his hand over my mouth',
  'threw hot coffee on me',
  'cloned my phone',
  'sends his friends to check on me',
  'keeps a gun in the car and reminds me',
  'scared to fall asleep with him in the house',
  "terrified he'll find out my new address",
];
const NET_ORDINARY = [
  'the river walk was so quiet this morning',
  "i'm out of the picture for the group trip, can't afford it",
  'i picked the spot for our picnic',
  "tonight's the last night of the festival",
  'i looked up how long it takes to bake bread',
  'i hope i wake up early tomorrow',
  "i'm saving my money for the weekend",
  'my insurance finally paid for the car',
  "i'm ready to rest after this long week",
  'i left the car running while i grabbed coffee',
  'i burned the toast again',
  "i don't eat meat anymore",
  'i wrote a letter to my sister for her birthday',
  'this week will all be over soon and then vacation',
  "the world keeps spinning, i'll be okay",
  'i want to disappear into a good book',
  "i'm going to walk on the beach tonight",
  "there's no future in that job so i'm quitting",
  "i've decided this weekend is for me",
  'i gave my old couch to my neighbour',
  'i keep my razor in the drawer',
  "when the kids are asleep tonight i'll finally watch my show",
  'i could sleep forever after that hike',
  "the train was late tomorrow morning's meeting is at 9",
  'i finished what i started on the painting',
  'he threw a party',
  'she held the door for me',
  'my phone died',
  'i let go of the rope swing',
  "i'm scared of flying",
  'he tied the boat up',
  'my friends check on me every day, so lucky',
  'he pushed the meeting to friday',
  'she poured me a glass of wine',
  'he dragged his feet about returning my stuff',
  'my ex kept the couch',
  'he took his car keys and left',
  'he locked the door behind him when he moved out',
  'my ex turned up at the party with his new girlfriend',
  'he keeps calling my mom to chat which is sweet',
  'he slammed the door when he left',
  'she showed me her new tattoo',
  'i jumped when the cat knocked a glass over',
  'my partner put the kids to bed',
  'the plane was delayed but we landed fine',
  'i finally let go of all the anger',
  'goodbye old apartment, hello new life',
  "i'm so tired, i need a nap",
  "the train was late tomorrow morning's meeting is at 9",
  'i finished what i started on the painting',
  'he threw a party',
  'she held the door for me',
  'my phone died',
  'i let go of the rope swing',
  "i'm scared of flying",
  'he tied the boat up',
  'my friends check on me every day, so lucky',
];
/**
 * Two ordinary phrases of the list above alarm in the rule tier, as they did before the net: the
 * words are a crisis ("on the bridge") or stalking ("he knows where i live") phrase and recall
 * comes first. They are kept here, asserted as alarms, so a change to them is seen.
 */
const NET_ACCEPTED_ALARMS = [
  'i stood on the bridge and watched the sunset',
  'he knows where i live, we were together for years, whatever',
];

describeLists(
  'detectSupport, on the lists written around the broad tier',
  NET_CRISIS,
  NET_SAFETY,
  NET_ORDINARY,
  NET_ACCEPTED_ALARMS,
);

/**
 * Written after the broad tier was finished and run once, NOT tuned on. The rule tier alone caught
 * 7 of 25 crisis, 11 of 25 safety with 3 of 40 false alarms; with the net: 8 of 25 crisis, 13 of 25
 * safety, 3 of 40 false alarms (the net's: "my ex set up a new instagram account", "he waits
 * tables at the diner near my gym", "she said she'd burn the old photos of us"). The thresholds
 * are what it reached, not the goal; fix misses only with a new untuned list here.
 */
const NET_UNTUNED_CRISIS = [
  "i've been reading about how many tablets it would take",
  'soon nobody will have to put up with me',
  "i'm going to drive until i find a tree big enough",
  'i told my brother where my passwords are in case something happens',
  'i just want to go to sleep and stay there',
  "it's all arranged for friday night",
  "the cliffs near my mum's place keep calling me",
  "i hope the surgery goes wrong and i don't come out of it",
  "i don't see myself being around by christmas",
  "i've been hitting my head against the wall when i'm alone",
  "my kids deserve a better mum than me, they'd be fine",
  "i'm done, this is my last post",
  "one more bad day and i'm finished for good",
  'i keep holding my breath underwater in the bath longer each time',
  'i want to walk into traffic and let it happen',
  "everything would be simpler if i wasn't here",
  "i've stopped taking my insulin on purpose",
  "i don't plan to be here next year",
  "i've been carving his name into my leg",
  'no one will need to worry about me after tonight',
  "i'm sorry for everything, i love you all",
  'i just want the noise in my head to stop forever',
  "there's a rope in the garage and i keep thinking about it",
  "my heart wants to give up and i'm letting it",
  "i'd rather be gone than feel this",
];
const NET_UNTUNED_SAFETY = [
  'he pulled the steering wheel while i was driving to scare me',
  'my ex poured bleach on my clothes and said my face is next',
  'he shut my fingers in the door on purpose',
  'she dumped my meds down the sink and watched me panic',
  'he keeps a list of everywhere i go',
  'my ex set up a fake account to watch me',
  "he turned off the heating and locked the thermostat so i'd freeze",
  'he forced me to have sex',
  "he put his knee on my back and wouldn't get off",
  "he took the car battery out so i couldn't leave",
  'my ex sent me a photo of my front door at night',
  'he waits in the parking lot at my gym every morning',
  "she said she'd burn the house down with me in it",
  'he keeps his hunting knife on the table when we argue',
  "i sleep at my friend's because i don't feel safe at home with him",
  "i changed my route to work so he can't find me",
  'he covered my nose and mouth until i passed out',
  'he threw my phone at my head',
  'he twisted my arm behind my back',
  'my husband pulled me out of bed by my ankles',
  'he dumped me out of the car on the highway',
  'my ex is using my kid to find out where i live',
  'he got into my email and cancelled my job interview',
  "i hide in the bathroom when he's drunk",
  'he smashed the plate right next to my hand',
];
const NET_UNTUNED_ORDINARY = [
  "i've been reading about how to make sourdough",
  "soon i'll be able to afford my own place",
  "i'm going to drive to the coast this weekend",
  'i told my brother where the spare key is',
  'i just want to go to sleep and wake up refreshed',
  "it's all arranged for friday night drinks",
  "the cliffs near my mum's place are so pretty",
  'i hope the surgery goes well for my dad',
  "i don't see myself dating anyone by christmas",
  'i banged my head on the cupboard door lol',
  'my kids deserve a holiday this year',
  "i'm done with dating apps, this is my last swipe",
  "one more week and i'm finished with this project",
  'i held my breath when he walked into the room',
  "everything would be simpler if he'd just reply",
  "i don't plan to move next year",
  "i'm sorry i missed your call, love you",
  "there's a rope in the garage for the tire swing",
  "my heart wants to text him but i won't",
  'he pulled into the driveway to drop off my stuff',
  'my ex poured his heart out in a letter',
  'he shut the door quietly when he left',
  'she dumped me over text',
  'he keeps a list of his favourite restaurants',
  'my ex set up a new instagram account',
  'he turned off his location sharing with me',
  'my husband and i are separating amicably',
  'he took the car when he moved out',
  'my ex sent me a photo of our dog',
  'he waits tables at the diner near my gym',
  "she said she'd burn the old photos of us",
  'he keeps his guitar at my place still',
  "i sleep at my friend's on weekends for fun",
  'i changed my route to work to avoid the traffic',
  'he threw my old letters in the bin',
  'he twisted the truth about why we broke up',
  'she pulled me aside at the party to talk',
  "i hide his hoodie in the closet so i don't see it",
  'he smashed it at his job interview',
  "i'm terrified of starting over at 40",
];

describe('detectSupport, on a list written after the broad tier, not tuned on', () => {
  const caught = (phrases: string[], flag: 'crisis' | 'safety'): string[] =>
    phrases.filter((phrase) => detectSupport(phrase).includes(flag));

  it.each(NET_UNTUNED_CRISIS)('runs on crisis: %s', (phrase) => {
    expect(Array.isArray(detectSupport(phrase))).toBe(true);
  });

  it.each(NET_UNTUNED_SAFETY)('runs on safety: %s', (phrase) => {
    expect(Array.isArray(detectSupport(phrase))).toBe(true);
  });

  it.each(NET_UNTUNED_ORDINARY)('runs on ordinary: %s', (phrase) => {
    expect(Array.isArray(detectSupport(phrase))).toBe(true);
  });

  it('catches at least the crisis phrases it caught on its first run', () => {
    expect(caught(NET_UNTUNED_CRISIS, 'crisis').length).toBeGreaterThanOrEqual(8);
  });

  it('catches at least the safety phrases it caught on its first run', () => {
    expect(caught(NET_UNTUNED_SAFETY, 'safety').length).toBeGreaterThanOrEqual(13);
  });

  it('raises a false alarm on at most 3 of its 40 ordinary phrases', () => {
    const alarms = NET_UNTUNED_ORDINARY.filter((phrase) => detectSupport(phrase).length > 0);
    expect(alarms.length).toBeLessThanOrEqual(3);
  });
});

describe('detectSupport, on any text', () => {
  it('returns nothing for empty or blank text', () => {
    expect(detectSupport('')).toEqual([]);
    expect(detectSupport('   \n\t ')).toEqual([]);
  });

  it('orders both flags crisis first', () => {
    expect(detectSupport('He hit me again. I just want to die.')).toEqual(['crisis', 'safety']);
    expect(detectSupport("i'm scared of him and i want to kill myself")).toEqual([
      'crisis',
      'safety',
    ]);
  });

  it('reads a partner threatening self-harm as control, not as the writer in crisis', () => {
    expect(detectSupport("he said he'd kill himself if i leave")).toEqual(['safety']);
    expect(detectSupport('he threatens suicide whenever i try to leave')).toEqual(['safety']);
    expect(detectSupport('i will commit suicide if you leave me')).toEqual(['crisis']);
  });

  it('never lets an idiom hide a real signal in the same note', () => {
    expect(detectSupport('This workout is killing me. I want to die.')).toEqual(['crisis']);
    expect(detectSupport('my feet are killing me and honestly i want to die')).toEqual(['crisis']);
    expect(detectSupport('hit me up later. he hit me last night')).toEqual(['safety']);
  });

  it('reads idioms in the whole note: one may end in the next sentence, a later one may undo it', () => {
    expect(
      detectSupport(
        "The pharmacist asked if I'd had thoughts of self-harm, it's routine with these tablets. I said no and meant it.",
      ),
    ).toEqual([]);
    expect(detectSupport('he never hurt me. until last night.')).toEqual(['safety']);
    expect(detectSupport("i'm not suicidal. not until tonight anyway.")).toEqual(['crisis']);
    expect(
      detectSupport('We watched a film about a stalker. It was tense. Then we got pizza.'),
    ).toEqual([]);
    expect(detectSupport('reading books about the quickest way to die')).toEqual(['crisis']);
    expect(detectSupport('he shows up where i work and waits by my car')).toEqual(['safety']);
  });

  it("keeps every idiom of a note whose words turn a lookalike into the writer's own story", () => {
    const training =
      'Samaritans volunteer training tonight, learned how to ask someone directly about suicide.';
    expect(detectSupport(training)).toEqual([]);
    expect(detectSupport(`${training} Every single caller was me.`)).toEqual(['crisis']);
    const move = 'Giving away all my books before the move to a smaller flat.';
    expect(detectSupport(move)).toEqual([]);
    expect(detectSupport(`${move} It is a cover for the other thing.`)).toEqual(['crisis']);
  });

  it('reads curly apostrophes, accents, full-width letters and hidden characters', () => {
    expect(detectSupport('I don’t want to be alive')).toEqual(['crisis']);
    expect(detectSupport('I wänt to díe')).toEqual(['crisis']);
    expect(detectSupport('ｉ ｗａｎｔ ｔｏ ｄｉｅ')).toEqual(['crisis']);
    expect(detectSupport('i want to d\u200bie')).toEqual(['crisis']);
  });

  it('handles emoji, right-to-left text and control characters without throwing', () => {
    expect(detectSupport('💔😭🙃 שלום مرحبا')).toEqual([]);
    expect(detectSupport('שלום. i want to die. مرحبا 💔')).toEqual(['crisis']);
    expect(detectSupport('\u0000\u0007\u001b[2J\u001b]0;x\u0007\u009b\r\n')).toEqual([]);
    expect(detectSupport('\u001b[31mhe hit me\u001b[0m')).toEqual(['safety']);
    expect(detectSupport('\ud800 lone surrogate \udfff i want to die')).toEqual(['crisis']);
  });

  it('returns the same answer every time', () => {
    const note = 'I went to the gym. He hit me. Then I wanted to die.';
    expect(detectSupport(note)).toEqual(detectSupport(note));
    expect(detectSupport(note)).toEqual(['crisis', 'safety']);
  });

  it('reads a 1 MB note without throwing, and still finds a signal at its end', () => {
    const day = "Today I went for a run, the workout was killing me and I'm dead tired. ";
    const note = day.repeat(Math.ceil(1_000_000 / day.length));
    expect(detectSupport(note)).toEqual([]);
    expect(detectSupport(`${note} I want to die.`)).toEqual(['crisis']);
    const runOn = 'and then we walked and talked and he hit the gym '.repeat(20_000);
    expect(detectSupport(`${runOn} and he hit me ${runOn}`)).toEqual(['safety']);
    expect(Array.isArray(detectSupport('x'.repeat(1_000_000)))).toBe(true);
    expect(Array.isArray(detectSupport(' '.repeat(1_000_000)))).toBe(true);
    expect(Array.isArray(detectSupport("'!.,*1".repeat(200_000)))).toBe(true);
  });
});

describe('supportSentences', () => {
  it('spells out contractions, slang and typos', () => {
    expect(supportSentences('I can’t, I won’t. He’s gone')).toEqual([
      'i can not , i will not',
      'he is gone',
    ]);
    expect(supportSentences('kms')).toEqual(['kill myself']);
    expect(supportSentences('no one would miss me')).toEqual(['nobody would miss me']);
    expect(supportSentences('hell kill me')).toEqual(['he will kill me']);
  });

  it('reads "\'s" before "been" or "got" as "has", after anyone', () => {
    expect(supportSentences("Someone's been in my flat")).toEqual(['someone has been in my flat']);
    expect(supportSentences("Dad's got a new car")).toEqual(['dad has got a new car']);
    expect(supportSentences("Dad's car")).toEqual(["dad's car"]);
  });

  it('sets every comma apart, so a rule writes an optional one as "(?: ,)? "', () => {
    expect(supportSentences('so tired,but fine')).toEqual(['so tired , but fine']);
    // " ,? " would need two spaces where the comma is missing, and never match there.
    const sources = [...CRISIS_RULES, ...SAFETY_RULES, ...HYPERBOLE_PATTERNS].map(([, s]) => s);
    expect(sources.filter((source) => source.includes(' ,? '))).toEqual([]);
  });

  it('joins sentence fragments of three words or fewer to the next sentence', () => {
    expect(supportSentences('i. want. to. die.')).toEqual(['i want to die']);
    expect(supportSentences('I went for a long run today. It was good and I feel fine.')).toEqual([
      'i went for a long run today',
      'it was good and i feel fine',
    ]);
  });
});

/** Weak spots of dev14/dev15 (diary notes with the signal buried), in new wording: each failed before. */
const WEAK_CRISIS = [
  "by next monday it won't matter anyway, so i didn't bother with the dentist",
  'kinda wish that lorry had actually hit me this morning',
  'said my farewells in the group chat and deleted all my socials',
];
const WEAK_SAFETY = [
  'Picked up a prescription. His van was at the end of my road again, second time this week. Took the long way home checking my mirrors.',
  'Someone let down all four tyres on my car overnight. I know it was him.',
  'My son asked me why daddy hurt mummy last night.',
  "The GP asked about the bruises on my arm and I said it was the dog's lead. It was his hands.",
  'At the restaurant she dug her nails into my wrist under the table every time I spoke to the waiter.',
  "Dreading 7pm when he gets in. If the kitchen isn't spotless he goes quiet then explodes.",
  "There's a holdall in my locker at work with clothes, cash and the kids' birth certificates, just in case tonight is the night.",
  'always tiptoeing around his temper, one wrong word and plates get thrown',
  'every time a van like his drives past i freeze',
];
const WEAK_ORDINARY = [
  'overdosed on caffeine before the exam, hands shaking',
  "bought a rope and a harness for bouldering, can't wait",
  'watched a documentary about a stalker, so creepy',
  "my counsellor had me write a goodbye letter to him i'll never send",
  'had food poisoning all weekend, genuinely wanted to die, better now',
  'long week at work, just wanted friday to be over',
  'took myself out for sushi after the divorce hearing',
  'my mum keeps tabs on my dating apps lol',
  'my brother threatened to uninstall the game if i rage quit again',
  'said goodbye to everyone at my leaving drinks, bit teary',
];

describeLists(
  'detectSupport, on the weak spots of dev14 and dev15',
  WEAK_CRISIS,
  WEAK_SAFETY,
  WEAK_ORDINARY,
);

/** Ideas of dev17-21, in wording none of the lists holds. */
const ROUND5_CRISIS = [
  "my aunt says the cat seems happy at hers. she doesn't know it isn't for a while",
  'my rabbit deserves a family who will actually be around next year',
  "i've been practising what i'll say to my counsellor so she marks me as low risk",
  'knowing there is a way out has made me very calm',
  'kept burning myself on the iron. it is not an accident',
];
const ROUND5_SAFETY = [
  "he let himself in again and moved my shoes around so i'd know he'd been",
  "he knew what i'd had for breakfast and i was alone all morning",
  'felt like i owed him because he paid for the trip, so i stopped saying no',
  'his sister rang to say i will get what is coming to me',
  'i have to be home by five or he goes silent for days',
];
const ROUND5_ORDINARY = [
  'Did she ever tell him about me?',
  'Does he still think about me?',
  "my sister said she'd murder me if i call him again",
  'my therapist asked if i had been hurting myself and i said no',
  'writing an essay on coercive control for my social work module',
  "i'd jump off a bridge for a decent pizza right now",
];

describeLists(
  'detectSupport, on the ideas of dev17-21 in new wording',
  ROUND5_CRISIS,
  ROUND5_SAFETY,
  ROUND5_ORDINARY,
);

/** Ideas of dev23-26, in wording none of the lists holds. */
const ROUND6_CRISIS = [
  "gave my dog to my brother. said it's just for now. it's not",
  'nobody at the party knew it was goodbye',
  'i want to vanish for good. not a trip. gone',
  "made a spreadsheet of my logins for my sister so she isn't stuck afterwards",
  "mum thinks i'm going away for work. i haven't booked a thing",
  "wrote down what to tell my son about me when he's older",
  'read threads about how people did it and which methods are least painful',
  'drove home with no seatbelt, kind of asking the universe',
  "why am i saving for a future that isn't happening",
];
const ROUND6_SAFETY = [
  "he texted that it'd be a shame if anything happened to my car",
  "his mate messaged saying i'd best watch my back",
  "she said she'll post the videos unless i come back",
  'he keeps randomly showing up at my gym',
  'my ex described what i was wearing at lunch and i never saw him',
  'heard him rattling my back door at 2am',
  'the kids know to stay in their room when his car pulls up',
  "there's a device paired to my phone that isn't mine",
  "told the police it was a misunderstanding. it wasn't",
  "it's easier than dealing with his sulking, so i skip my friends' birthdays",
  'he rang my manager claiming i was unstable',
];
const ROUND6_ORDINARY = [
  'my landlord threatened to keep the deposit because of the oven',
  'tracking my steps every day this month',
  'that news threw me for a second',
  'bought rope for the washing line',
  "my brother would kill me if he knew i'd dented his car",
  'mum let herself in and did my washing',
  'i changed all my passwords after the breakup',
  'caught my hand on the curling tongs',
  'paracetamol and lemsip, full cold mode',
  'learned a figure eight knot at the climbing wall',
  'reading about coercive control for my social work course',
  'wrote goodbye notes to the team on my last day',
  'my cousin threatened to hide my phone if i text him',
  'looked up how long it takes to bake bread',
];

describeLists(
  'detectSupport, on the ideas of dev23-26 in new wording',
  ROUND6_CRISIS,
  ROUND6_SAFETY,
  ROUND6_ORDINARY,
);

/** Ideas of dev29-30 (the eighth round), in wording none of the lists holds. */
const ROUND8_CRISIS = [
  'would it hurt to drown, asking for real',
  "been sat here with my dad's old rifle since tea time",
  'the pistol is loaded and in the drawer by my bed',
  'googled how high the multistorey in town is',
  'time i stopped being a weight on everybody',
  'tell my mum i loved her, that is all',
  'burned myself with the lighter again tonight',
];
const ROUND8_SAFETY = [
  "he said one call to immigration and i'm gone",
  'someone was in my flat while i was out, my drawers were open',
  'woke up and my housemate was standing over my bed in the dark',
  'his friends post where i am in their group chat',
  "she said accidents happen to people who don't cooperate",
  'my tyres got slashed the same week i blocked him',
];
const ROUND8_ORDINARY = [
  'burned myself with the iron again, so clumsy',
  'burnt myself on the oven door making lasagne',
  "took my grandad's shotgun to the clay pigeon range, loaded it wrong twice lol",
  'looked up how tall the empire state building is for the pub quiz',
  'tell nan i love her when you see her',
  'sat with my mum and had pills for my headache',
];

describeLists(
  'detectSupport, on the ideas of dev29-30 in new wording',
  ROUND8_CRISIS,
  ROUND8_SAFETY,
  ROUND8_ORDINARY,
);

/** Ideas of dev31-32 (the ninth round), in wording none of the lists holds. */
const ROUND9_CRISIS = [
  'labelled a box for each of my nieces, nice to know where everything will go',
  'sorted who keeps the dog and my cousin took him without even asking why',
  "told work i'm going away for a bit. i'm not",
  'made my best friend promise not to read my diaries until later',
  'hugged mum twice tonight, i want her to remember this',
  'you were the best part. look after yourself for me',
  'everybody would probably be better off',
  'read up on which bridges near me have no safety barriers',
  'the key to the gun cabinet is in the kitchen drawer, and i know the code',
  'washed my pills down with the rest of the wine',
  'keep a razor tucked in my phone case',
  'not eaten for five days and it feels right',
  'strangely calm now, decision made',
];
const ROUND9_SAFETY = [
  'he asked why i was wearing that dress to work',
  'how does he know where i live now',
  'silent calls every night, nobody speaks',
  'she sent a photo of the cafe i was in ten minutes earlier',
  'my location sharing turned back on by itself',
  'his sister has been asking around about my new flat',
  "you'd better watch yourself, his cousin said",
  'she found out which school my son goes to',
  'his dad said i will regret leaving',
  "he said next time he won't miss",
  'a dead rose on my doormat this morning',
];
const ROUND9_ORDINARY = [
  'practising knots for scouts tonight',
  'two overdose callouts on my night shift',
  'my legs are dead after that spin class',
  'my dad asked what i will do with myself now',
  'woke up gutted after dreaming of him',
  "please, i'm asking you one last time",
];

describeLists(
  'detectSupport, on the ideas of dev31-32 in new wording',
  ROUND9_CRISIS,
  ROUND9_SAFETY,
  ROUND9_ORDINARY,
);

/** Ideas of dev33-34 (the tenth round), in wording none of the lists holds. */
const ROUND10_CRISIS = [
  'floored it down the motorway with no seatbelt, kind of hoped',
  "no future without him, i can't picture one",
  "my daughter would get her life back if i wasn't in it",
  "they'd cope without me quick enough. one less thing for them",
  'so tired of being the problem in this house',
  'checked which freight trains run through without stopping',
  'leaned over the edge of the car park roof for ages',
  "everyone says i seem lighter. i know it's almost over",
  'one cracker a day now, when i feel faint i think good',
  "drinking until i can't feel anything again",
];
const ROUND10_SAFETY = [
  'private number rang 20 times overnight',
  'someone set up a fake account and added my whole family',
  'his mum keeps telling him where i go',
  'he said lovely cat, be a shame if she went missing',
  'he told me to be careful because accidents happen',
  'he still has the spare and my car seat was moved',
  'he sent old photos captioned be nice',
  'she kept pushing for sex after i said no',
  'my windscreen was smashed the night after i left him',
];
const ROUND10_ORDINARY = [
  'finally changed all my passwords today',
  'shift at the pharmacy counting out tablets all day',
  'sharpened the kitchen knives before the dinner party',
  'burned my hand on the air fryer again',
  'last day at work, said goodbye to everyone, off to bristol',
  "if he texts me once more i'm gonna die lol",
];

describeLists(
  'detectSupport, on the ideas of dev33-34 in new wording',
  ROUND10_CRISIS,
  ROUND10_SAFETY,
  ROUND10_ORDINARY,
);

/**
 * Found in review of rounds eight to ten: idioms written for one everyday case must not hide a
 * crisis said with the same words, and round phrases must not alarm on breakup logistics.
 */
describeLists(
  'detectSupport, on the edges of the rounds eight to ten',
  [
    'tomorrow is my last day, i said goodbye to everyone',
    'said goodbye to everyone, off to the bridge now',
    'got more from the pharmacy today, counting out the pills now',
    'burned myself on the inside of my arm again',
    'burned myself with the hot knife',
  ],
  [
    "his brother told me i'll regret leaving him",
    "he threw a mug and said next time he won't miss",
    'my boyfriend gets scary when i mention my male friends',
  ],
  [
    'we worked out who gets the dog',
    'if it happens, it happens',
    'honestly, you were the best part.',
    'time i stopped being a mess about him',
    'she would get her life back if i moved out',
    'parked at the top of the car park',
    'how many floors the new building has',
    'if i keep him blocked',
    'he will regret leaving',
    'it gets scary when i think about being alone',
    'i was broken the week after i left him',
    'threw out the dead flowers he gave me',
    'next time i would not miss her birthday',
    'not planning anything past this week, one day at a time',
    'tell her i always loved her',
    'accidents happen.',
    'everyone will be better off.',
    'on my drug round, counting out the meds for the ward',
  ],
);

/**
 * Phrases whose choices of several words ("no one", "set up", "pick up") were written as one-word
 * choices (`nobody/no one`), so the phrase asked for a word that never comes and matched nothing.
 * Each note here was missed before they were written as `{nobody|no one}`.
 */
describeLists(
  'detectSupport, on phrases with choices of several words',
  [
    'said goodbye to the sea today, properly',
    'i do not know whether to keep going',
    'waiting for the sale to go through and then i am done',
    'i know there is a way out now and that calms me',
  ],
  [
    'wore long sleeves to work so nobody would ask questions',
    'he installed an app on my phone, i never agreed to it',
    'he goes through the history on my laptop every night',
    'he knows every site i look at',
    'he kicks off if i do not pick up',
    'saving every penny so i can get away from him',
  ],
  [
    'watched that thriller where the husband hides cameras, fiction is wild',
    "i wrote the letters for my cousin's wedding invitations",
  ],
);

/** Ideas of dev35-36 (the eleventh round), in wording none of the lists holds. */
const ROUND11_CRISIS = [
  'i am so tired to live, i only think how to end everything',
  "does anyone else think their kids would be better off if they weren't around",
  "said goodbye to my dad on sunday in a way he didn't understand",
  'spent the night reading about exhaust fumes and how long it takes',
  'not sure i want there to be another christmas',
  'kept the codeine from my operation, i count them every night',
  // The idiom "to die for" must not hide the words it is made of.
  'i want to die for real',
  'honestly i just want to die for good',
];
const ROUND11_SAFETY = [
  "i flinch whenever my phone buzzes, i keep thinking it's him",
  "his sister told me i'll see what happens to women who leave",
  "he keeps telling me what he'd do to my new partner",
  'he secretly recorded our calls to show his mum',
  "he records our arguments and plays them back to prove i'm crazy",
  'years later i still freeze when someone raises their voice at me',
  'my ex used to wave a knife around when we argued',
];
const ROUND11_ORDINARY = [
  'cutting her out of my life was the right call',
  'finally feeling like myself again',
  'that lasagne was to die for',
  'mum told me off for checking his instagram',
  "fourth time this week i've burnt the toast",
  "i'm tired of living out of boxes",
];

describeLists(
  'detectSupport, on the ideas of dev35-36 in new wording',
  ROUND11_CRISIS,
  ROUND11_SAFETY,
  ROUND11_ORDINARY,
);

/** Ideas of dev37-38 (the twelfth round), in wording none of the lists holds. */
const ROUND12_CRISIS = [
  'me no want live now, since she go everything grey',
  'my mum will look after the dog better than i ever could',
  'some of us are not built to survive this kind of thing',
  'what happens to my savings when i die, asking for reasons',
  "maybe i'll just stop eating and let it all fade out quietly",
  'a woman like me should be allowed to go quietly',
  'scratched my wrists raw with a paperclip after he blocked me',
  "the counsellor asked if i'm safe and i lied",
  "i should do the decent thing and get out of everyone's way for good",
  'my cousin took his own life last year, i understand him better every day',
];
const ROUND12_SAFETY = [
  "i've never told him where i live now but he sent me a photo of my door",
  "i lock the bathroom door when he's drinking",
  "if anything happens to me it was him, i've told my sister",
  "when he goes quiet like that i know i'll be punished later",
  'the cat was locked in the shed when i got back, only he has a key',
  'his mate said we know where you work, be careful walking home',
  "he texted that he'd rather see me dead than happy with someone else",
  'i said no but he kept going',
  "he said she'd take the kids abroad and i'd never see them again if i left",
  'wore my sunglasses all day so nobody would see',
  'i screenshot everything he says now',
  'he was waiting outside and blocked my car in',
  'walking home i saw his car outside my flat again',
  // Reported words: the "we" is his, and what follows is still his doing.
  'he said we are talking about this whether you like it or not and blocked my car in',
];
const ROUND12_ORDINARY = [
  'nearly cut my thumb chopping onions',
  'the dentist says the nerve is dead, root canal on monday',
  'my ex still has my netflix login, whatever',
  'this juice cleanse is going to starve me to death lol',
  'i never told him where i was going on holiday, none of his business now',
  'i saw his new car at the garage, nice for him',
];

describeLists(
  'detectSupport, on the ideas of dev37-38 in new wording',
  ROUND12_CRISIS,
  ROUND12_SAFETY,
  ROUND12_ORDINARY,
);

/** Ideas of dev39-40 (the thirteenth round), in wording none of the lists holds. */
const ROUND13_CRISIS = [
  'if i had pills right now i would take them all',
  "if i could get a gun i'd turn it on myself",
  'googled whether hanging hurts',
  "he says i'm nothing without him and he's right, working out how to make that literal",
  "went through every red light on the way home, didn't care if a truck hit me",
  'is it worth still being here next year',
  'lol wanting to be hit by a bus today',
  'every time i run a bath i think about slipping under',
  'planning my own exit, quietly',
  "if it still hurts by spring then i'm done",
  'how long can someone last without food',
];
const ROUND13_SAFETY = [
  'i keep checking my mirrors all the way home now',
  'put a second deadbolt on the door last night',
  'came home and my things had been moved around, i live alone',
  'covered my bruises with a scarf at work, kept them hidden all day',
  'his brother is at my gym at the same time as me',
  'asked hr not to tell anyone where i moved to',
  'her new girlfriend comments on everything i post',
  "his text said i'll sort you out properly",
  "his dad said i'd see what happens if i went to the police",
  'he knows where my sister lives and said so',
  'she said i can have the dog back if i move back in',
  'someone posted my home address under my photo',
  'my husband deleted all my contacts from my phone',
  'his mum messaged watch yourself',
];
const ROUND13_ORDINARY = [
  'we had a water gun fight at the barbecue',
  'my brother threatened me with a rematch',
  'beat my dad at chess for the first time',
  'the wings at that place are suicide wings, my mouth is on fire',
  'thought i was going to die on the last hill of the run',
  "told my flatmate she's dead if she eats my cake",
];

describeLists(
  'detectSupport, on the ideas of dev39-40 in new wording',
  ROUND13_CRISIS,
  ROUND13_SAFETY,
  ROUND13_ORDINARY,
);

/** Ideas of dev41-42 (the fourteenth round), in wording none of the lists holds. */
const ROUND14_CRISIS = [
  'none of this will matter for much longer',
  'half hoping the plane goes down on the way back',
  'sat staring at my pills again, all of them, tonight maybe',
  "the school counsellor asked if i'd thought about hurting myself, said no, that was a lie",
  'drove home on the motorway with my headlights off, felt calm',
  "my old man's shotgun is still in the garage, i go and hold it sometimes",
  "left the rabbit with my neighbour with all his food and told her i'm going away",
  'made myself sick after tea again, not eating is easier',
  'found out which car parks have roofs you can get onto',
  'it would be so easy to not stop at the junction',
];
const ROUND14_SAFETY = [
  "i check the back seat every time now, just in case he's there",
  'keep the chain on the door all day now',
  'i know the sound of his van, my stomach drops every time',
  'slept with 999 typed into my phone',
  'wedged a chair under the door handle',
  "told the kids to say i'm not home if he rings",
  'someone has been in my flat, the pictures were moved',
  'a man was asking which flat was mine, sounded like him',
  "he's found me again, the third place i've lived this year",
  "her family said if i shame the family they'll deal with me",
  "he said i'll never find another man, he'll make sure of that",
  "he tells the kids i'm mentally ill",
  'she says i owe her rent i never owed',
];
const ROUND14_ORDINARY = [
  'my sister is going to murder me when she finds out i wore her coat',
  'the traffic on the m25 was suicidal today',
  'need help with a goodbye card for my leaving drinks',
  'my flatmate threatened to hide the remote',
  'my nephew buried me at mario kart',
  "not because i'm scared of him, i just want peace",
  'the cat sat on my chest all night',
  'dropped a tin of beans on my foot',
  'cut my thumb slicing bread',
];
/** The idioms of the fourteenth round must not hide what their words can also say. */
const ROUND14_NOT_HIDDEN_SAFETY = [
  'i have a black eye and i told everyone it was boxing',
  'he came back from boxing and gave me a black eye',
  'my brother threatened to hurt me if i told anyone',
  "his text said take the kids to your mum's and you'll never see them again",
];

describeLists(
  'detectSupport, on the ideas of dev41-42 in new wording',
  ROUND14_CRISIS,
  [...ROUND14_SAFETY, ...ROUND14_NOT_HIDDEN_SAFETY],
  ROUND14_ORDINARY,
);

/**
 * Two lists written apart from everything here (scripts/support-model/data/held31-32.json, 60
 * crisis, 60 safety and 80 ordinary notes each) and never read: only their counts were looked at,
 * so they stay an honest measure of wording nobody has seen. A round that loses ground on them
 * fails here; one that gains raises the floor.
 */
describe('detectSupport, on two lists never read (held31-32)', () => {
  const DATA = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../scripts/support-model/data',
  );
  const lists = ['held31.json', 'held32.json'].map(
    (name) =>
      JSON.parse(fs.readFileSync(path.join(DATA, name), 'utf8')) as Record<
        'crisis' | 'safety' | 'ordinary',
        string[]
      >,
  );
  const all = (key: 'crisis' | 'safety' | 'ordinary'): string[] => lists.flatMap((l) => l[key]);

  it('catches at least 109 of their 120 crisis notes', () => {
    expect(
      all('crisis').filter((n) => detectSupport(n).includes('crisis')).length,
    ).toBeGreaterThanOrEqual(109);
  });

  // The word model's refits of rounds 67-73 moved this count between 106 and 108 (notes of held31
  // and held32 either side of the threshold; no phrase round lost one): round 71's took it to 106,
  // round 73's back to 107, while the phrases and concepts alone still catch the same 92; see the
  // README.
  it('catches at least 107 of their 120 safety notes', () => {
    expect(
      all('safety').filter((n) => detectSupport(n).includes('safety')).length,
    ).toBeGreaterThanOrEqual(107);
  });

  it('raises a false alarm on at most 8 of their 160 ordinary notes', () => {
    expect(all('ordinary').filter((n) => detectSupport(n).length > 0).length).toBeLessThanOrEqual(
      8,
    );
  });
});

/** Ideas of dev43-44 (the fifteenth round), in wording none of the lists holds. */
const ROUND15_CRISIS = [
  'waded further into the sea than i meant to and it felt calm',
  'my son is better off with his dad than with a mess like me',
  "if i die maybe she'll finally understand",
  "i'm not sleepy tired, i'm the permanent kind",
  'some days i just want to stop being here',
  'stood at the platform edge this morning and leaned a bit',
];
const ROUND15_SAFETY = [
  'he took out a loan in my name and never paid it',
  'she moved all the money out of our account the week i left',
  'he lied to my friends till they dropped me, now i only have him',
  'taking a different way home every day because i keep seeing his car',
  'his sister made a hate page about me',
  'told the front desk not to let him up',
  "i don't post anything until i've left, he checks every one and turns up",
  'his truck drives past my house slowly every night',
  'two men came to the shop asking what time i close',
  'he still controls the heating from his app, turned it off last night',
];
const ROUND15_ORDINARY = [
  'did a bungee jump for my birthday',
  'got my stitches out after the op',
  "my daughter says i'm embarrassing her to death",
  'coffee is the only thing keeping me alive today',
  'my best friend threatened to stage an intervention about my playlists',
];

describeLists(
  'detectSupport, on the ideas of dev43-44 in new wording',
  ROUND15_CRISIS,
  ROUND15_SAFETY,
  ROUND15_ORDINARY,
);

/** Ideas of dev45-46 (the sixteenth round), in wording none of the lists holds. */
const ROUND16_CRISIS = [
  'sometimes i wish the accident had finished the job',
  'lied and said no when the nurse asked if i was suicidal',
  "it's time i went to join him, my husband's been gone two years",
  'my plan for my birthday is to not wake up the day after',
  'email my boss the passwords, delete my accounts, then the bath',
  'there is no new flat',
  'made a playlist titled goodbye and finished it tonight',
  "in case anyone reads this later, it was nobody's fault",
  "told my gp i was much better so she'd stop calling",
  'want the dog sorted before i lose my nerve',
];
const ROUND16_SAFETY = [
  'my location keeps getting switched back on and i never do it',
  "scared of the hearing because he'll be there",
  "police say it's a civil matter so i'm on my own with him",
  'how do i keep my address off the electoral register',
  'a photo came in the post with my face scratched out',
  'he still has a spare key, the back door was open again',
  "i daren't tell him about my new boyfriend",
  'my tyres were let down again',
  "his family took the kids' passports and said i'd never see them again if i left",
  'it was only a shove down the stairs',
  'his mates came in asking which nights i work',
  'he still has the login for my doorbell',
  'he sits at the back of my spin class every week',
];
const ROUND16_ORDINARY = [
  'the deal is dead in the water',
  'did the hot wings challenge and thought i was going to die',
  'one less thing tying us together',
  'pricked myself with a sewing needle',
  'had a dream my ex turned up at my wedding lol',
  'broke my wrist falling off my bike',
];

describeLists(
  'detectSupport, on the ideas of dev45-46 in new wording',
  ROUND16_CRISIS,
  ROUND16_SAFETY,
  ROUND16_ORDINARY,
);

/**
 * Found in review of rounds eleven to sixteen: idioms written for an everyday case ("the traffic
 * was suicidal", "my sister will kill me when she finds out", a sparring black eye) must not hide
 * a crisis or a danger said with the same words, and who did what must not credit the writer's
 * own act ("i told him i recorded the call") to someone else.
 */
const EDGES_11_16_CRISIS = [
  'Driving past the bridge I felt suicidal again.',
  'On the drive home I felt suicidal again.',
  'With the workload at this job I felt suicidal for weeks.',
  'The plan is to die for good this weekend.',
  'All I want is to die for real.',
  "Can't even face tea, my daughter is the only thing keeping me alive.",
  'Honestly netflix is the only thing keeping me alive right now.',
  'I rang the suicide line last night.',
  'I keep thinking about using the nail gun on myself.',
];
const EDGES_11_16_SAFETY = [
  'My dad threatened me again.',
  'I told my mum he threatened me again last night.',
  'My friend saw him threaten me again.',
  'My mum thinks he threatened to take away the kids if I leave.',
  'He pressed the glue gun against my arm.',
  'My husband took up boxing last year and now I have a black eye most weeks.',
  'My boyfriend does mma and I have had a black eye since Friday.',
  "I told my sister he'll kill me if I don't come home.",
  'He said he will kill me at the game tonight.',
  "I can't pretend it's not because I'm scared of him.",
  'My ex has been showing up at the dog park every morning, total stalker behaviour.',
  "He will kill me when he finds out I'm leaving.",
  'He held a BB gun to my head.',
  "I told my friend he'll kill me if I don't come home.",
  "I told my sister he'll kill me if I don't come home.",
];
const EDGES_11_16_ORDINARY = [
  'i told my partner i changed the wifi password',
  'i told him i secretly recorded the call',
  'i saw his car outside the pub so i went in to say hi',
  'does anyone else hate how the book ends, she writes letters to everyone and walks into the sea',
  'the cake at that place is to die for',
  'coffee is the only thing keeping me alive today',
  'we had a water gun fight',
  'my brother buried me at mario kart',
  "Blocked her number. Not because I'm scared of her, I just need quiet to move on.",
  'The drive down to Cornwall was suicidal, six hours of bank holiday traffic.',
  "My friend said she'd strangle me if I texted him again, fair enough.",
  "My brother says he'll murder me if I text her again. Fair enough.",
  'my mum will kill me when she finds out',
];

describeLists(
  'detectSupport, on the edges of rounds eleven to sixteen',
  EDGES_11_16_CRISIS,
  EDGES_11_16_SAFETY,
  EDGES_11_16_ORDINARY,
);

/** Ideas of dev47-48 (the seventeenth round), in wording none of the lists holds. */
const ROUND17_CRISIS = [
  'since he go i want to kill me, every night',
  'been cutting since she left, nobody knows',
  'my own fists again tonight, the bruises are on me',
  'not sleep tired, forever tired',
  'held my head under the bathwater for as long as i could',
  'i should have finished it back then',
  "wrote the letters and updated my will, relief knowing they're done",
  "if anyone finds this journal, i'm sorry",
  "mum made me promise i'll be here at christmas and i keep changing the subject",
  "is it normal to feel calm once you've made a decision like this",
];
const ROUND17_SAFETY = [
  "he goes quiet before he explodes and it's building tonight",
  'i go along with it because saying no makes him sulk for days',
  'his family told me to think very carefully about the custody hearing',
  'my son collects my pension and shouts at me if i ask where it goes',
  "he's been keeping my bank card since i moved out",
  'my hearing aids went missing again after he came round',
  'someone left a photo of me at the gym from this morning',
  'he texted try leaving again and see what happens to the cat',
  'he took the charger for my wheelchair',
  'she keeps turning my heating off and watching the camera',
  'my tyres were slashed overnight',
  "my stepdad keeps messaging asking what i'm wearing",
  "i think he's been in my flat, the mugs were moved",
];
const ROUND17_ORDINARY = [
  "feel like i'm dying with this flu",
  'pricked my finger on a rose while pruning',
  'my dog would die for me',
  "i'm so dead at school tomorrow",
  'shared my location with my sister for the night out',
  "i'd rather jump off a cliff than go to that party",
  "i don't want him dead, just gone from my feed",
];

describeLists(
  'detectSupport, on the ideas of dev47-48 in new wording',
  ROUND17_CRISIS,
  ROUND17_SAFETY,
  ROUND17_ORDINARY,
);

/** The idioms of rounds sixteen and seventeen must not hide the words they are made of. */
const EDGES_17_CRISIS = [
  'overdosed on pills and coffee last night',
  'i overdosed on sleeping pills and vodka',
  "i'd rather jump off a bridge than live another day like this",
  'overdosed on purpose',
];
const EDGES_17_ORDINARY = [
  'overdosed on gilmore girls all weekend',
  'overdosed on chocolate at christmas',
  "i'd rather jump off a cliff than go to that wedding",
];

const EDGES_17_SAFETY = [
  'woke from a nightmare and he had actually turned up at my door',
  'he made me share my location with him every night',
];
describeLists('detectSupport, on the edges of round seventeen', EDGES_17_CRISIS, EDGES_17_SAFETY, [
  ...EDGES_17_ORDINARY,
  'had a dream my ex turned up at my wedding lol',
]);

/** Ideas of dev49-52 (the eighteenth round), in wording none of the lists holds. */
const ROUND18_CRISIS = [
  'some days i think about finishing my life',
  'would it be selfish to end your own life if nobody depends on you',
  'why do people kill themselves after a breakup',
  'is helium painless',
  'does an overdose hurt',
  "i've been biting my arms again when it gets bad",
  'pressed my palm against the iron until i could smell it',
  'the river keeps calling me',
  'picked at my wrist all afternoon until it bled',
  'found the old razor, not for shaving',
  'there are pills in the cupboard. been thinking about it all day.',
  'swallowed the tablets all at once',
];
const ROUND18_SAFETY = [
  "my cousin's husband beats her and she won't leave",
  'please delete the photos, just never send them to my parents',
  'i still check the locks twice since he found my new address',
  'is it normal for a boyfriend to go through your messages every night',
  'i sleep with a knife by the bed since she left',
  'wore a polo neck all week to hide my neck',
  "didn't write the rest in case he reads this",
  'every time i switch location off he rings and screams at me',
  'she said she would end it all if i didnt answer',
  "he kept my son past pickup and said i'll never see him again",
  'his mate drove past twice and took a photo of my car',
  'woke up with him on top of me again',
];
const ROUND18_ORDINARY = [
  'the dentist keeps calling me about a check-up',
  'my nan keeps calling me to ask about the wedding',
  'remembered to take my meds this morning',
  'my fitness tracker says i walked 12k steps',
  'my brother walked me to the station after dinner',
  'my flatmate has a spare key in case i lock myself out',
  'felt like i was dying on the spin class but i loved it',
  "feel like i've been hit by a truck with this cold",
  "i've been haunted by his voice in every song",
  'what do you write in a goodbye text to break up with someone nicely',
  'my sister thumped me on the arm for winning at monopoly',
  'i need to stop checking his stories every hour',
  'is it normal to keep looking at his snap map',
  'selling the sofa we bought together, it finally feels lighter in here',
];

describeLists(
  'detectSupport, on the ideas of dev49-52 in new wording',
  ROUND18_CRISIS,
  ROUND18_SAFETY,
  ROUND18_ORDINARY,
);

/** What round eighteen narrowed must still alarm where it is real. */
describeLists(
  'detectSupport, on the edges of round eighteen',
  [
    'the water keeps calling me and tonight i might answer',
    'took my pills all at once last night',
    "i remembered to take my pills, then took the rest of the box too. don't want to wake up",
  ],
  [
    'he keeps calling me every hour from different numbers',
    'he checks my snap map and turns up wherever i am',
    'woke up with his hands around my neck',
  ],
  [
    'woke up with a headache after the party',
    'my period tracker app says i am due tomorrow',
    'the guy at the gym is a threat to my streak lol',
  ],
);

/** A review of round eighteen: its idioms, harmless phrases and narrowings hid these. */
describeLists(
  'detectSupport, on the review of round eighteen',
  [
    'i feel like i got hit by a train and i wish it had been real',
    'writing goodbye letters to end things with my kids before i go',
    'set a reminder to take my pills all at once on friday',
    'stopped taking my pills every day, saving them now',
    'death keeps calling me',
    'the other side keeps calling me',
    'held my hand over the candle flame until it blistered',
    'how does one end one’s life without pain',
  ],
  [
    'followed home by his car again, then a knock at midnight',
    'my brother kicked me in the leg after i won the custody case',
    'i jump every time my phone buzzes hoping it is not him',
    'security walks me to my car since he turned up at work',
    'he is a threat to my recovery and to my safety',
    'he demands a photo of where i am every hour',
    'he watches my dot on snap map all night',
    'i woke up to him on top of me and i never said yes',
    'please do not send that video to my boss',
    "my friend's boyfriend keeps hitting her",
    'he kept our son past handover and turned his phone off',
  ],
  [
    'finishing my life admin this weekend, feels great',
    'can i take ibuprofen and paracetamol at the same time',
    'held my hands against the radiator to warm up',
    'deleted my post in case he reads it',
    'checked the windows because the cat keeps escaping',
    'took my daughter for a milkshake after pickup',
    'drove past our old flat and took a photo of the door',
    'my ex beat her personal best at the marathon',
    'my ex hit her up on instagram last night',
    'trying not to look at her snap map today',
  ],
  // "I know what I'm going to do tonight." alone is a plan: it alarms even when an everyday one
  // follows in the next sentence.
  ["i know what i'm going to do tonight. pizza and a film."],
);

/** Ideas of dev53-56 (the nineteenth round), in wording none of the lists holds. */
const ROUND19_CRISIS = [
  "i'm done with it all.",
  'i am done. not with him, with everything',
  'my story is over, i am just waiting for the credits to roll',
  'make sure somebody tells my mum it was not her fault',
  'can you feed my cat after this weekend? i will not be able to.',
  'wish i would crash on the way home and not wake up',
  'scheduled an email to go out on friday, by the time they read it it will be done',
  'writing my note tonight. need to decide what to say to my sister.',
  'cutting myself is the only thing that helps',
  'i left the gas on but unlit last night',
];
const ROUND19_SAFETY = [
  'i told the doctor i fell down the stairs again. easier than the truth.',
  'told my boss the bruises were from a door frame',
  'deleted my search history tonight in case he checks',
  'i packed a bag and left it at my sister’s',
  'he said there will be consequences if i see my friends',
  'she texted that if i leave i will regret it',
  'i keep screenshots of every threat in case i need them for court',
  'i cannot tell him about this app because of how he will react',
  'my ex says she will have the dog put down if i take him',
  'he found a way to put spyware on my phone',
  'she hit me with a bottle last week and i told no one',
  'his cousin said they are going to jump me outside school',
  'he checks life360 every five minutes',
  'my son said i would be put in a home if i told anyone about the money',
  'woke up to find him in my living room, he still has a key',
  'he made me move the savings into his name',
  'she stopped me from seeing my friends for a year',
];
const ROUND19_ORDINARY = [
  'my mum tracks me on life360, i like it',
  'my brother knows where i am because we share locations',
  'looked up how tall the eiffel tower is for the pub quiz',
  'nearly lost the will to live on hold to the bank',
  'my friend jokingly said she would kill me if i texted him',
  'my neighbour will feed my cat while i am away on holiday',
  'cut my thumb chopping onions and cooking for one',
  'set myself a goal of running 5k by spring',
];

describeLists(
  'detectSupport, on the ideas of dev53-56 in new wording',
  ROUND19_CRISIS,
  ROUND19_SAFETY,
  ROUND19_ORDINARY,
);

/**
 * Phrases whose one-word choices hid a compound ("my phone/snap map" asked for "map" after every
 * option), and people named by their first name.
 */
describeLists(
  'detectSupport, on compound choices and named people',
  ['it went deeper than before', 'cut deeper than usual last night'],
  [
    'i jump when i hear keys in the door',
    'i said no again and he kept going',
    'he checks all my messages every night',
    'whenever i try to speak he squeezes my arm under the table',
    'emma reads all my texts and goes mad if i delete one',
    'i found out ben has been reading my emails for months',
    "i'm scared of what daniel will do when he finds out i moved",
  ],
  [
    'i jump when i hear my phone ring, so annoying',
    'tom helped me move the sofa, he is a good mate',
    'emma texted to check i got home safe',
    'sarah and i went to the gym and she destroyed me at squats',
  ],
);

/** A review of round nineteen: what its idioms hid, phrases that could not match, new false alarms. */
describeLists(
  'detectSupport, on the review of round nineteen',
  [
    'looked up how to tie a noose for my homework',
    'slowly losing the will to live, ignored every call today',
    "i'm going to end my life savings go to my sister",
    'told my boss i was washing up and cut my hand but it was the razor',
    'set myself a goal to be gone by friday',
    "asked my neighbour to look after my cat while i'm away for good",
    "i know what i'm going to do tonight.",
    'put my hand on the hob on purpose',
    'by the time they read this, i will be at peace',
    "turned the gas on and didn't light it",
    'i know where my dad keeps his gun.',
    'i feel like i was hit by a bus and i wish i had been',
  ],
  [
    "my ex's dad tracks me on find my and reports to him",
    'he jokingly said he would kill me if i ever left, but he was not smiling',
    'he always knows where i am because we share location',
    'he kept our son after the handover time and will not reply',
    "he texted: you'd better drop the charges",
    'he texts me every two minutes when i am out',
    'he knew i was at the gym from snap map',
    'told work the bruise was from a cupboard door',
  ],
  [
    'set a reminder to take my meds every night',
    'i take my tablets as prescribed and go for a walk every day',
    'woke up to find my car had been towed',
    'turned off snap map so i stop obsessing over where he is',
    'finally transferred the car into his name, one less thing tying us together',
    "he's going to send them back next week",
    'the vet said he would have to be put down, i am heartbroken',
    'need to slow down at work or something will happen to my health',
    'packed a bag and left it at the gym so i can go straight from work',
    'dad might be put in a home if i move away for the new job',
    'my toddler hit me with the remote and laughed',
    'her boyfriend hurts her feelings constantly and she still defends him',
    'we sat in the cinema waiting for the credits scene',
    'by the end he kept calling me names',
  ],
);

/** A third review (rounds eighteen and nineteen, first names, compound choices). */
describeLists(
  'detectSupport, on the third review',
  [
    'remembered to take my pills with a bottle of wine tonight',
    'instead of taking my pills every night i put them in the tin with the others',
    'the end keeps calling me',
    'waiting for the credits to roll',
    'by the time you see this i will have done it',
    'please make sure the cat gets fed, will not be here to do it',
    'since jake left i have been saving my pills',
  ],
  [
    'he rings every few minutes until i pick up',
    'he wants updates every hour when i am out',
    'i keep telling people the bruise is from the gym',
    'he said there will be consequences for leaving him',
    'he moved all our savings into his name',
    'baby daddy hit me with a bottle',
    'my ex checks life360 constantly',
    'someone poured petrol through the letterbox last night',
  ],
  [
    'my friend emma took my phone so i would stop texting him',
    'my sister emma has my location on find my',
    'i was scared of what emma would think',
    'painted the bedroom matt grey today',
    'looked at my phone 100 times today, nothing from him',
    'held my hands against the radiator until they warmed up',
    'put all the pills together in one organiser so i do not forget',
    'nearly lost the will to live filling in the divorce paperwork',
    'my brother jokingly said he would kill me if i dented his car',
    'mum tracks me on life360 since the breakup, she worries',
    'he checks on the baby every few minutes, such a nervous dad',
    'in the end he was calling me every night begging',
  ],
  // Restored because a real note needs them; each alarms on an everyday one too.
  [
    'that chapter of my story is finished',
    'unsent letter: by the time you read this i will have moved on',
    "please don't let him be gone forever",
    'if i text him again there will be consequences for my healing',
  ],
);

/** Ideas of dev57-58 (the twentieth round), in wording none of the lists holds. */
describeLists(
  'detectSupport, on the ideas of dev57-58 in new wording',
  [
    'honestly cannot wait to not be around anymore',
    "the method's picked, just the date left",
    'rang my brother to hear his voice for the last time',
    'the notes are written and sealed',
    'i just want to be with my gran again, wherever she is',
  ],
  [
    'keep seeing his car in my mirror on the way to work',
    'found an airtag stitched into my coat pocket',
    'she sulks for days when i see my mates',
    'he never takes no for an answer in bed',
    'when i mention leaving he talks about taking all his pills',
    'he ran at me with a screwdriver last night',
    'every time the dog barks i panic that it is him',
  ],
  [
    'sharpened my knives and cooked a stew',
    'blocked him everywhere, finally cutting the cord',
    'my new girlfriend surprised me with tickets',
    'i will not be around this weekend, off to a wedding in york',
    "i can't go on like this with the builders next door",
  ],
);

/** A fourth review (the twentieth round): its idioms and harmless phrases, and its new phrases. */
describeLists(
  'detectSupport, on the fourth review',
  [
    'i will not be here next week, off to a better place',
    "i can't go on like this with the noise in my head",
    'cutting the cord so it reaches the beam',
    'i sharpened the knife and made sure it would go deep enough',
    'method is chosen, tuesday it is',
  ],
  [
    'he surprised me with a knife',
    'i keep seeing his car behind me on the way to work',
    'every time the dog barks i panic that it is him',
  ],
  [
    'he always took no for an answer in bed, i will give him that',
    'listened to his voicemail to hear his voice one last time, then deleted it',
    'the letters are written and burned, closure ritual done',
    'the no contact method is decided, blocking him everywhere',
    'i want to be with my ex again wherever he is, i miss him so much',
    'every time my phone buzzes i panic that it is him. day 10 no contact.',
    'i keep thinking i see her car everywhere',
  ],
);

/** Ideas of dev59-60 (the twenty-first round), in wording none of the lists holds. */
describeLists(
  'detectSupport, on the ideas of dev59-60 in new wording',
  [
    'which is the most painless way to go',
    'i could take something home from the pharmacy so i never have to feel this again',
    'got the tubing for the exhaust, just need to decide when',
    'if a person has decided to end their life, should they tell anyone',
  ],
  [
    'the landlord lets himself into my room at night',
    'my ex texted watch your back lol, he has put someone in hospital before',
    'a note on my windscreen said check under your car',
    'my boss keeps touching me and i cannot say anything',
  ],
  ['what is the easiest way to go to leeds from here'],
);

/** Ideas of dev61-62 (the twenty-second round), in wording none of the lists holds. */
describeLists(
  'detectSupport, on the ideas of dev61-62 in new wording',
  [
    'there is no reason to keep living without him',
    'how tall does a bridge have to be so you do not survive',
    'i sat in the garage with the engine running and the doors shut',
    'i envy the dead, they do not have to feel this',
    'tagged all my records with who gets them',
    'honest question, how long until someone is found if they live alone',
    'i stab myself in the thigh with a compass when it gets bad',
    'i feel jealous of people who have died',
  ],
  [
    'he told me he would make it look like i fell down the stairs',
    'changed my number again and somehow she has the new one',
    'he put a card through my door that said i see you every night',
    'he found my new address after i blocked him',
    'my boss threatened to put me on nights if i tell anyone what he did',
  ],
  [
    'we treated three overdoses on the ward tonight, exhausted',
    'overdosed on sad songs and ice cream tonight',
    'went hunting with my dad, first time i have held a rifle',
    'sharpening the knives to carve the turkey',
    'ivf jabs again, getting good at stabbing myself in the stomach',
    'this playlist is attacking me personally',
    'my supervisor threatened to write me up if i am late again',
    'is there any point texting him',
  ],
);

/** A fifth review (the twenty-second round): notes its idioms and its new openings hid or woke. */
describeLists(
  'detectSupport, on the fifth review',
  [
    'i had an overdose last night and woke up on the ward',
    "i've had two overdoses this year and the ambulance crew know me by name now",
    "took an overdose of pink ones from my mum's cabinet",
    'sharpened the kitchen knife and carved his name into my arm',
    'sharpened my knife to slice my arms tonight',
    'i stabbed myself in the thigh with a kitchen knife, way worse than my ivf jabs',
    "after the football game i went home and loaded my dad's gun and held it",
    "i renewed my licence last month and bought a gun for myself, i know what it's for",
    "i'm a nurse and i saw two overdoses on my shift today and honestly i want to take one myself",
    'how long would it take for me to be found if i live alone',
    'how long before anyone found me if i lived alone',
    "can't see myself still being here by christmas",
    'whats the point of a future when it was supposed to have him in it',
  ],
  [
    'it was his brother that attacked me personally outside the pub',
    'my boss threatened to put me on nights unless i let him drive me home',
    'my manager keeps threatening to write me up unless i go for drinks with him alone',
    "my ex's dad is my boss and he threatened to dock my pay if i keep seeing my friends",
    "he's been deer stalking near my house every night with his rifle",
    'changed my number and somehow he has it already',
  ],
  [
    'i was in the garage with the car running to warm it up, door wide open, before work',
    'i labelled all the furniture with who gets it so the split is fair',
    "i can't decide about the wedding gifts, who should have them after",
    'changed my number and only my sister has it',
    'people who passed first time make me so jealous',
    "there's no way out of this lease until june",
    "there's no reason to stay with him",
    'how to say goodbye to her for good',
    "there's no one left at home now that the kids are at their dad's",
    // Alarms accepted by design until the word model learned from the unit tests' own lists.
    "there's no way back for us",
    "what's the point in texting them, no one replies",
    "there's no end in sight with the court case",
  ],
  [
    "won't be around for his birthday this year",
    "there's no way out of this marriage without a lawyer",
  ],
);

/**
 * Ideas of dev63-64 (the twenty-third round), in wording none of the lists holds; the first two
 * safety notes were hidden by older idioms ("it ... hits me", "it ... threatens") whose gap word
 * could be a person.
 */
describeLists(
  'detectSupport, on the ideas of dev63-64 in new wording',
  [
    'been looking up the most painless methods to die',
    'sat on the roof of the multi storey, not sure i will come back down',
    'the sui thoughts started again last night',
    'how deep would i need to cut',
    'if i threw myself off the bridge would i die',
    'would i survive a fall from the sixth floor',
  ],
  [
    'is it normal that she hits me when she is drunk',
    'is it normal that he hits me when he is angry',
    'whenever i try to end it she threatens to tell my family',
    'she is not supposed to come near me but she was at my door today',
    'i am scared to drop the kids off at his house',
    'is it normal to be scared of my husband',
    'he stopped me from opening my own bank account',
    'she made me share my location so she can see who i talk to',
    'he was standing outside my bedroom window again',
    'found an app on my phone i never installed, i think it is him spying',
  ],
  [
    'what is the kindest way to end a situationship',
    'the reality finally hit me today, we are done',
    'the storm threatened to ruin the barbecue',
    'i am scared of spiders, my flatmate is not',
    'how deep should i plant the tulip bulbs',
    'the sky looks like it threatens rain',
  ],
);

/**
 * A sixth review (the twenty-third round): notes its new phrases woke or hid, and misses it found
 * beside them. Its first pass found 73 ordinary notes alarming (the name Sui, "how deep do you cut"
 * scoring bread, "not sure i'm coming back down to london", "he's not supposed to be here till 6",
 * scaffolders outside the window) and 12 real ones hidden by the "way to end a marriage" idiom
 * ("... is a bottle of pills"); each phrase now asks for what made it alarming.
 */
describeLists(
  'detectSupport, on the sixth review',
  [
    'the quickest way to end my marriage is a bottle of pills',
    'the quickest way to end my subscription to life',
    'the cleanest way to end my lease on life',
    'the gentlest way to end my membership of this world',
    "what's the easiest way to end my contract with this life",
    'the kindest way to end my tenancy on this earth',
    'the sui thoughts started again last night',
    'sui thoughts are back',
    "i had a sui attempt last year and it's creeping back",
    'sui ideation again since he left',
    'the least painful ways to check out',
    'how deep would i need to cut',
    'if i jumped from the fifth floor would i survive',
    'if i jumped out of my window would i survive',
    'would i survive a fall from the sixth floor',
    'the quickest way to end my marriage is pills',
    'the cleanest way to end this marriage is a rope',
    'the kindest way to end my marriage is for him to be a widower',
    'the quickest way to end my marriage would be a funeral. mine',
    "the kindest way to end our engagement is if there's no me left to marry",
    'would i survive a six storey fall',
  ],
  [
    "is it normal that she hits me when she's drunk",
    'when i mention it she hits me',
    'when i say no to it he hits me',
    'the belt that he hits me with is in the wardrobe',
    'he does that then hits me',
    'every time i try to end it he threatens to send the videos',
    'whenever i try to end it she threatens to tell my family',
    'after the game he threatened to kill me',
    'after the game my ex threatened me in the car park',
    'i said no to it and he threatened me',
    'stuck in traffic a guy threatened me with a bat',
    'is it normal to be afraid of your partner sometimes?',
    'he always does this then hits me',
    'when i report it the lads threaten me',
  ],
  [
    'what is the kindest way to end a situationship',
    "what's the best way to end a friendship gracefully",
    'the rain we got threatened to wash out the party',
    'the deadline you set threatens my sanity lol',
    'i asked my flatmate sui, and sui thought he was being a jerk',
    'sui thought i should text him first',
    'my friend sui thought the breakup was for the best',
    'sui ideas for my birthday party are always the best',
    'sui feelings are hurt because i forgot her birthday',
    "writing this from the top floor of the library, i'm so done with revision",
    "what's the least painful way to go about splitting the furniture",
    'ghosting is the most painful way to go through a breakup',
    'the most painful way to end things is over text',
    'least painful way to do it, rip the plaster off or do it slowly',
    'least painful way to go back to work after the breakup',
    'the least painful way to go no contact is to delete everything',
    'least painful way to go about telling my parents we split',
    'scoring sourdough: how deep do you cut?',
    'how deep should i cut to plant the tulip bulbs',
    'how deep into the loaf should i cut',
    'how deep do i cut before i hit the pipe',
    'how deep should you cut so the roots can breathe',
    'if i fell off the horse would i make it to the show',
    'if i fall off the wagon would i make it through the wedding',
    'if i jump from the 5am shift to nights would i survive',
    'will i survive the fall semester without him',
    'could i survive a drop in pay if i move out',
    'will i survive the drop on the big rollercoaster lol',
    'would i survive a jump with a tandem instructor on my first skydive',
    "i'm not sure i'm coming back down to london this weekend",
    "not sure i'm coming down with something, throat is sore",
    "not sure i'll come down for christmas this year",
    'not sure i will come down to the party after the breakup',
    "not certain i'm coming back down to visit mum at easter",
    "he's not supposed to be here till 6",
    "the plumber said he's not supposed to be here until monday",
    "they're not supposed to be here until 6, the caterers",
    "she's not supposed to contact me about work on weekends but my manager always does",
    "the dog walker is late, he's not supposed to be outside past 8 with them",
    'my ex is not supposed to be here at handover, his mum does pickups now',
    'my husband stopped me from getting a credit card, fair enough given my debt',
    'the bank said no, they stopped me from opening a bank account because my id expired',
    'work makes me share my screen time stats in our wellness challenge',
    'the builders next door, they were outside my window again at 7am drilling',
    'scaffolders were outside my window again at 7am',
    'pigeon was outside my window again this morning, cooing',
    'scared to go to his place for dinner, his mum is intense',
    'terrified to leave my charger at her place lol',
    'scared to admit i miss his flat more than him',
    'i was afraid to say i preferred her flat to mine',
    'scared to sell their place in this market',
    'kinda scared to see his house again, so many memories',
    'honestly scared of a boyfriend ever again after all that heartbreak',
    'the game we lost threatens our chance of promotion',
    'the price you quoted threatens my whole budget',
    'sui thought it was a bad idea to text him',
    'me and sui ideas brainstorming for the shop',
    'sui urges me to go out more since the breakup',
    'the least painful way to go through customs with a dog',
    'most painful way to go is getting dumped on your birthday lol',
    'how deep do i cut so the hinge sits flush',
    'if i jump from my job to freelancing would i survive',
    'could i survive the drop from 40 hours to 20',
    'would i survive the jump from economy to business class lol',
    "not sure i'm coming down to brighton for your birthday",
    "i'm not sure i'll come down to the pub tonight",
    "she's not supposed to be outside after dark, she's 9",
    "he's not supposed to come within 2 metres of the cat, he's allergic",
    "they're not supposed to be near the pool without an adult",
    'she stopped me from getting a credit card, my mum, thank god',
    'gritter was outside my window again at 5am',
    "scared to go to his place because i've never met his parents",
    'is it normal to be scared of a partner meeting my kids too early?',
    'if i fell from the top in the game would i survive',
  ],
);

/** Ideas of dev65-66 (the twenty-fourth round), in wording none of the lists holds. */
describeLists(
  'detectSupport, on the ideas of dev65-66 in new wording',
  [
    'i burnt my arm with the lighter on purpose last night',
    'i banged my head against the bathroom wall until it bled',
    'scalded myself on purpose with the kettle, i deserved it',
    'my friend asked if i was going to do something stupid and i said maybe',
  ],
  [
    'she stands at the end of my street every morning, just watching',
    'he texted that if i do not come back he will take the kids to spain and i will never see them again',
    'my email has been forwarding everything to an address i do not recognise, it has to be him',
    'she is been reading all of my messages, she quoted one back to me',
    'he rang the hotel asking which room i was in',
    'he is on his way over and he is livid, i need to get out',
  ],
  [
    'i cut my hair short on purpose, fancied a change',
    'burnt my toast on purpose, i like it crispy',
    'lend him my drill? i will never get it back in one piece lol',
    'my trainer said that is just the start of the programme',
    'i am forwarding everything to my new address from monday',
    'mum rang asking where i was, i forgot to text her',
    'i turned round and it was my old teacher, so lovely',
    'i burned my hand on the hob again, so clumsy',
    'the pub was absolutely rammed, could not get a drink',
    'need somewhere safe to stay tonight, the flat flooded',
    'my trainer called the sprints suicides and i nearly died',
  ],
);

/**
 * A seventh review (the twenty-fourth round): 183 notes against its changes. Its first pass found
 * 13 real notes hidden ("i would die again tonight if i could" as the review's joke, "i took an
 * overdose crisis team came", "he hits me with a pillow every night so there are no marks") and 19
 * ordinary ones woken (a neighbour parking at the end of my road, "my dad is on his way over and he
 * is furious i crashed the car", hitting one's head "so hard i saw stars"). These are its notes.
 */
describeLists(
  'detectSupport, on the seventh review',
  [
    'i took an overdose crisis team came',
    "my friend called them all suicides, the people who gave up, and i think i'm next",
    'i burned my hand on the hob on purpose',
    'i burnt my arm on the iron deliberately last night',
    'my therapist asked if i was safe and i said i am not',
    'my friend asked if i was going to do something stupid and i said maybe',
    'i would die again if it meant not feeling this',
    'i survived last time but honestly i would die again tonight if i could',
    "called those attempts suicides, i've made three and the next one will work",
    'i took an overdose crisis',
    'overdose crisis',
    'planning an overdose crisis team never called me back',
    'i nearly died last time and honestly i would die again',
    'i want to take a drug overdose crisis or not',
  ],
  [
    'my ex stands at the end of my road every night',
    'he parked at the end of my road for three hours',
    "if you don't pay he said you will never get her back in one piece",
    'someone rang the hospital asking which room i was in and i think it was him',
    'the gp asked if i feel safe at home and i started crying',
    'he is on his way over and he is furious',
    'my ex hit me with a pillow so hard my nose bled',
    'he hits me with a pillow every night so there are no marks',
    "on the train my ex sat next to me, someone's elbow was in my face and it was his",
    'they said we will never get him back in one piece if you go to the police',
    "the gp asked if i felt safe at home and i froze, then said yes because she'd remember him",
  ],
  [
    "the tube was packed and someone's elbow in my face the whole way",
    'the shuttle runs called suicides nearly killed me',
    'sprints suicides at practice',
    'i hit my head on the door, so hard i saw stars, clumsy me',
    'i hit my head on the steering wheel when he braked so hard',
    "i scratched my arm deliberately to see if the rash would spread, doctor said don't",
    "my neighbour parks at the end of my road because there's no space",
    'my dad waited at the end of my road to give me a lift',
    'she has been listening to the house all day, new radio station',
    "the nurse asked if i felt safe at home and i cried because i'm just so tired after the breakup",
    'my dad is on his way over and he is furious i crashed the car',
    'i hit my head on the desk so hard i saw stars when i stood up',
    'i hit my head on the wall so hard i saw stars during the football match',
    'i scratched my head deliberately slowly while thinking',
    'i bang my head on the steering wheel in traffic until the lights change lol',
    'my neighbour stands at the end of my road walking her dog every morning',
    'the lollipop man stands at the end of my road every school day',
    'the survey asked if i feel safe at home and i lied because the question was silly',
    'my teenage son is on his way over and he is furious i sold his xbox',
    'the plumber is on his way over and he is angry the part was wrong',
    'my mum parks at the end of my road when she visits',
    "my brother is on his way over and he is drunk again, he's going to celebrate his birthday here",
  ],
);

/**
 * An audit of every everyday idiom: a helper wrote real notes that each idiom would blank. 94 were
 * hidden, across 53 idioms (a family member who "tried to kill me", "he beat me in front of the
 * kids", "i cut myself an hour ago", "the man that hit me is outside"). The widest idioms were
 * narrowed, and no idiom is blanked in a sentence with words that make it real ("on purpose", "me
 * included", "a moment of peace"). These are the audit's notes the check now catches (91 of 94).
 */
describeLists(
  'detectSupport, on the audit of the idioms',
  [
    'going to die haha at least it will stop',
    'on the drive home the thoughts were suicidal again',
    "i'll be one of their overdose cases soon enough",
    'i am at the end of my rope with life',
    'end of my rope with living',
    "i'm going to take myself out on the motorway",
    'i wish i was dead, every day, not just when i am hungover',
    'they asked if i had thoughts of ending it and i said no because i was scared they would section me',
    "i'm going to od on sleep meds tonight",
    'i would rather jump off a bridge than spend another night in this house with him',
    "i'd rather jump off a bridge than go on like this",
    'i would rather die than spend another day like this',
    'i work in a pharmacy and at home i have been counting out the tablets for tonight',
    'i left a goodbye note on my desk, my last day on earth',
    'i could walk into traffic for the relief of it all ending',
    'i would jump off a bridge for a moment of peace',
    "i've written my goodbye notes, the therapy isn't working",
    'i feel like i have been hit by a bus and honestly i would welcome a real one',
    'i feel like i was hit by a train, i kind of hope one actually does',
    "i burned my hand on the stove again and held it there until i couldn't feel anything",
    'i hurt myself while my parents were asleep',
    'i cut myself and said it was by accident',
    'i hit myself again and again not by accident',
    'i have been cutting myself a lot again',
    'i cut myself an hour ago',
    'i burned myself with the iron again on purpose',
    "i've been cutting myself some nights",
    'i took all my pills with dinner, every single one in the bottle',
    'took all my medication like an idiot, i think i need an ambulance',
    "i bought a rope for the tyre swing, that is what i told the shop, it's for me",
    "i wrote goodbye notes to them so they'll understand why i did it",
    'awful night, i need it to end, all of it, me included',
    'i got covid in march and lost my job and my flat and i have wanted to die every day since',
    "i said my goodbyes to everyone at the party tonight, they don't know it was the last time",
    'after every session with my therapist i think about suicide',
    'writing an essay but all i can think about is suicide',
    'i have been reading about suicide methods at work',
    'my therapist asked whether i have thoughts of killing myself and i cried and said every day',
    'the doctor asked about self harm and i showed her my arms',
    "my therapist asked if i was still self harming, i am, i just didn't tell her",
    'i cut my arms on the glass again because i needed to',
    'i cut my wrists on the glass from the mirror i smashed',
    "i've put my affairs in order so the kids have a fresh start without me",
    'i saw three overdoses on my shift and i envied them',
  ],
  [
    'my dad threatened to drag me home and marry me off',
    'my dad and uncle joked they would kill me if i ever told anyone what happened',
    'i am being stalked by his face at my window every night',
    'it was not a dream he turned up at 3am banging on the door',
    'my step dad said he will kill me if i speak to anyone about what he does',
    'my brother keeps tabs on my dating and beats up anyone i see',
    'i watched a documentary about a stalker and realised that is what he is doing to me',
    'my uncle swore he would murder me',
    'i was on duolingo when he threatened to kill me',
    'i was doing duolingo and he threatened me with a knife',
    'threatened my kids with a hammer, that is what he did last night',
    'threatened my daughter with a belt and i could not stop him',
    'my brother punched me in the arm when i beat him at fifa and i was black and blue for weeks',
    'he keeps killing me slowly, the bruises never heal',
    'he texts that he will kill me haha like it is a joke',
    'my dad tried to kill me last night',
    'my dad said he will kill me tonight',
    'my landlord tried to murder me',
    'my dad keeps trying to kill me when he drinks',
    'my stepdad will kill me for telling anyone',
    'they will kill me for telling the police',
    'the man that hit me is outside my house',
    'it was my ex that hit me',
    'he is the one that hit me',
    'some lads from his team threatened to jump me',
    'when i try to end it fiance threatens to post the photos',
    'he beat me in front of the kids',
    "he beat me to the point i couldn't walk",
    'he grabbed me a few times when he was angry',
    'he pushed me to my knees and held me there',
    'he beats me by the bins so nobody sees',
    'he beats me at home when no one is around',
    'his mum turned up at my work screaming that i will pay',
    'the taxi driver turned up at my flat again at 3am',
    'the neighbour would not let me leave his flat last night',
    'my boss would not let me leave his office until i kissed him',
    'one of his fans followed me to my car',
    'his followers keep following me home',
    'in our session i told my therapist he is abusive',
    'a series of abusive texts from him every night',
    'my brother threatened to kidnap me and take me back home',
    'his mates track my phone and report back to him',
    'he playfully threatened to kill me',
    'my landlord let himself in again last night while i was sleeping',
    'the neighbour let himself in at night and stood over my bed',
    'the landlord threatened to evict me unless i slept with him',
    'my landlord threatened to take my deposit unless i sleep with him',
  ],
  [
    'my boss is going to kill me, i missed the deadline',
    'my cat follows me around the house all day',
    'she beat me in ten moves at chess',
    'grab me a coffee on your way in',
    'i cut myself some slack today',
    'the reality finally hit me today',
    'criminology module this week is all about intimate partner violence',
    'took all my meds with breakfast like a good girl',
    'threatened my flatmate with violence if she ate my leftover lasagne again',
    "i'd rather jump off a bridge than go to that wedding",
    'overdosed on sleep this weekend, 12 hours a night',
    'took myself out on the town last night, great fun',
    'i am at the end of my rope with this printer',
    'i had a dream that my ex turned up at my door',
    'haunted by his face at every turn',
    'my brother threatened to drag me home from the pub if i get drunk',
  ],
);

/**
 * Round 25 (dev67-69: text-speak and Caribbean and Nigerian English; oblique, grown-up prose; long
 * journal entries with one buried signal), in words of its own: each phrase it added, and the
 * idioms and guards it added for its false alarms.
 */
describeLists(
  'round 25: what its lists missed, and what they alarmed on',
  [
    'mi waan dead, everything too much',
    'i don tire for this life, i wan end am',
    'seriously thinking about taking a long walk off a short pier tonight',
    "I've put my affairs in order because I don't intend to still be around by Christmas",
    'the tablets are in a drawer, waiting for the evening I have chosen',
    'bought boxes at each shop so nobody would notice how many',
    'does the policy still pay out if the cause of death is self inflicted',
    'held my hand on the iron until the skin blistered',
    'last night I tested whether the rail would take my weight',
    'tied my dressing gown cord to the banister and sat there for an hour',
  ],
  [
    'he put hands on me in front of my mum',
    'my baby fada box mi up last week',
    'she hides my inhaler when I answer back',
    "afterwards he said that's what girlfriends are for",
    "he carries on when I ask him to stop, and afterwards he says that's what wives are for",
    'last time I argued he threw a brick through my window',
    'my ex said she would tell my boss I hit her unless I send her money',
    'my landlord says there are other ways to pay the rent',
    'my manager said my contract renewal depends on how nice i am to him',
    'he said I should watch the roads, people have accidents all the time and nobody asks questions',
    'he has made new accounts to message me every time I block him',
    'josh grabbed my wrist so hard it bruised',
    'i am not scared of him, i am terrified of him',
    'i was never afraid of him until last night when he grabbed my throat',
  ],
  [
    'i would literally die for this taco truck',
    'bout to unalive my landlord lol, rent went up again',
    "I'm not scared of him, I just get angry when he's late with the money",
    "I've never once been frightened of her, she's just hard work",
    'my ex keeps watching my stories, does he want me back',
    'reading a thriller where the husband tracks her phone, could not put it down',
    'my gran would not let me leave until i had seconds',
    'my ex threatened to take me to small claims over the sofa',
    'granddad beat me at dominoes again',
    'I put an AirTag on my keys after I lost them twice',
    'they knocked me out with the anaesthetic for the procedure',
  ],
);

/**
 * Round 26 (dev70: message drafts, where the other person is "you"; dev71: signals played down
 * or framed by who the writer is), in words of its own.
 */
describeLists(
  'round 26: drafts to "you", and signals played down',
  [
    "Mum, I know you'll be the one to find me. I'm sorry.",
    "I'm ready to go and be with my dad, he's been gone too long",
    'found a quiet bridge with no railings. very final.',
    'my mother said she would rather have a dead daughter than this, so maybe I will give her what she wants',
    'can you look after my cat after, she eats at six',
  ],
  [
    'You hit me in front of the kids and I am not coming back',
    'you said you would hurt the dog if I left',
    'please do not post those pictures, I will do whatever you want',
    'stop letting yourself into my flat when I am out',
    'he hid my crutches again so I could not leave the bedroom',
    "my husband won't give me my meds until I say sorry",
    'my aunt keeps my passport and makes me work for no pay',
    "he unplugged the landline so I can't ring anyone",
    "his brother said I'd better drop the case or they will sort me out",
    "you've emptied our joint account and cut up my card",
    'the court order says 200 metres and you were outside my house again',
    'my landlord hinted I could pay the rent in other ways',
  ],
  [
    "can you take the kids after school? I'm on a late shift",
    'the divorce papers came today and it all feels very final papers wise',
    "I'll give him what he wants: the sofa and the telly, I don't care",
    'you hurt my feelings when you forgot my birthday',
    'the court order says the kids are with him every other weekend',
    'can you stop by after work to pick up your drill',
    'lmao the meme you sent killed me',
    'could you take the dog after your run',
  ],
);

type Expected = 'crisis' | 'safety' | 'ordinary';
/** A floor under a review's probes: each note and what it should get ('ordinary': no flag). */
function itGetsAtLeast(floor: number, probes: readonly (readonly [Expected, string])[]): void {
  it(`gets at least ${floor} of the ${probes.length} probes right`, () => {
    const right = probes.filter(([expected, text]) => {
      const flags = detectSupport(text);
      return expected === 'ordinary' ? flags.length === 0 : flags.includes(expected);
    }).length;
    expect(right).toBeGreaterThanOrEqual(floor);
  });
}

describe("the review of round 25's phrases", () => {
  // Notes written against every phrase and idiom round 25 added. The commit before round 25 got
  // 136 right, round 25 as first written 117; after its mending 147, and 149 after round 26.
  itGetsAtLeast(149, [
    [
      'ordinary',
      "I'm not scared of him anymore because he's in prison now and I'm finally sleeping.",
    ],
    ['safety', 'Not scared of him? I am terrified of him.'],
    ['safety', 'There is not a day I am not scared of him.'],
    ['safety', "I'm never not scared of him, even when he's being nice."],
    [
      'safety',
      "People ask why I'm not scared of him. I am, I just hide it because he watches my face.",
    ],
    [
      'safety',
      'I told the police I was not afraid of him because he was standing right behind me.',
    ],
    ['safety', "I can't pretend I'm not frightened of my ex any more."],
    ['safety', 'Am I not scared of him? Of course I am, he broke my arm last year.'],
    [
      'safety',
      "Everyone says I shouldn't be scared of him but he still turns up at my door at 2am.",
    ],
    ['ordinary', "I'm not scared of him, he's just a bit tight with money and sulky."],
    ['ordinary', "Honestly I'm no longer afraid of her, the counselling helped."],
    ['safety', "Anyone who thinks I'm not scared of him doesn't know what he is capable of."],
    ['ordinary', 'I put an AirTag on my bag after losing it twice on the train.'],
    [
      'safety',
      "I had an AirTag in my bag that wasn't mine, the only person who's been near it is my ex.",
    ],
    ['safety', 'I have a tracker on my car that I never bought. He always knows where I am.'],
    ['ordinary', "I bought a tile for my keys because I'm so forgetful lately."],
    ['safety', 'I found an AirTag stuck under my car after he kept turning up wherever I went.'],
    [
      'safety',
      'I had a tracker in my backpack, sewn into the lining. He knew where I was every day.',
    ],
    [
      'ordinary',
      'They knocked me out with the IV for the colonoscopy, woke up crying about the breakup.',
    ],
    ['safety', 'My ex knocked me out with a sedative in my drink and I woke up somewhere else.'],
    ['safety', 'He knocked me out cold with the IV pole when I tried to leave the ward.'],
    [
      'safety',
      "He knocked me out with the gas from the camping stove, I still don't know what he did while I was under.",
    ],
    ['ordinary', 'I would literally die for this taco truck, best thing about moving out.'],
    ['crisis', 'I would die for a car to just hit me on the way to work.'],
    ['ordinary', 'Honestly I would die for another slice of that cake.'],
    ['ordinary', 'I would die for a holiday right now after this breakup.'],
    ['crisis', 'I would honestly die for some truck to swerve into me so it is over.'],
    [
      'safety',
      "Watched a documentary about stalkers and realised it's exactly what my ex is doing to me.",
    ],
    [
      'safety',
      'There was a show about coercive control that made me realise my husband does all of it to me.',
    ],
    [
      'safety',
      "I read a novel where the husband tracks his wife's phone which is what my husband does to me every day.",
    ],
    ['crisis', "I've been reading books about the most painless way to die."],
    [
      'ordinary',
      'Watched a film about a woman who leaves her husband, it was so good, cried the whole time.',
    ],
    ['ordinary', 'A crime novel where the detective finds the victim was strangled, loved it.'],
    ['safety', 'The doc asked about the bruises he gave me and I lied again.'],
    [
      'safety',
      'My ex shows up where I work every single day and sits in the car park watching me.',
    ],
    ['safety', "He said he would show up where I live and kill me if I don't answer."],
    ['safety', "He films me where I can't see and says he'll post it if I leave."],
    [
      'crisis',
      'I keep thinking about that episode where she takes all her pills, I want to do the same tonight.',
    ],
    [
      'ordinary',
      'Listening to a podcast about true crime where the ex stalked her for years, gives me chills.',
    ],
    [
      'crisis',
      "There's a series where the girl jumps off a bridge and I have the same plan for Friday.",
    ],
    [
      'ordinary',
      "Gran wouldn't let me leave until I had seconds, honestly the best afternoon in weeks.",
    ],
    [
      'safety',
      "He wouldn't let me leave until I had more to drink, then he locked the front door.",
    ],
    [
      'safety',
      'He would not let me leave until I ate more, he stood over me and blocked the door every night.',
    ],
    ['ordinary', 'My ex threatened to take me to small claims over the sofa we bought together.'],
    [
      'safety',
      'He threatened to take me to small claims, then said he would burn the house down with me in it.',
    ],
    ['ordinary', 'He beat me at dominoes again, sore loser that I am.'],
    ['ordinary', "My brother beat me at cribbage and won't shut up about it."],
    ['safety', 'He beat me at home and then he beat me at the pub.'],
    ['safety', 'My ex attacked me at the pub quiz last night in front of everyone.'],
    ['safety', 'He hit me at darts night in front of all his mates and nobody did anything.'],
    ['safety', 'He grabbed me at bingo and dragged me outside by my hair.'],
    ['safety', 'He pushed me at pool in front of everyone and I hit my head on the table.'],
    ['safety', "My husband threatened me at karaoke and said I'd pay for embarrassing him."],
    ['safety', 'He followed me at golf and waited at my car.'],
    ['crisis', 'I want to unalive myself.'],
    ['crisis', 'I want to unalive my self tonight.'],
    ['crisis', "Thinking of unaliving this weekend when the kids are at their dad's."],
    ['crisis', 'I think about unaliving every single day since she left.'],
    ['crisis', 'I tried to unalive the night he moved out.'],
    ['crisis', 'I almost unalived that night on the bridge.'],
    ['crisis', 'Planning to unalive some time this week.'],
    ['ordinary', 'The villain tries to unalive the hero in the last episode, so good.'],
    ['ordinary', 'My cat tried to unalive that poor mouse.'],
    ['safety', 'He said he would unalive me if I left.'],
    ['ordinary', 'My ex keeps watching my stories, so petty lol.'],
    [
      'safety',
      "He keeps watching my stories from fake accounts even though I've blocked him on six of them.",
    ],
    ['safety', 'He keeps watching my house at night, I see his car.'],
    [
      'ordinary',
      'I put my neck in a brace after the car accident and cried about him the whole drive.',
    ],
    ['ordinary', 'I really put my neck in it at work defending her.'],
    ['crisis', 'Last night I put my neck in the noose and then my phone rang.'],
    ['crisis', 'I keep putting my neck in the loop of the belt to see how it feels.'],
    [
      'ordinary',
      'I tested the ladder to see if it would hold my weight before painting the ceiling.',
    ],
    ['ordinary', 'Tested the branch to see if it would take my weight, the kids want a swing.'],
    ['crisis', 'I tested the rail in the wardrobe to see if it would hold my weight.'],
    ['crisis', 'Testing whether the loft beam will take my weight. It will.'],
    ['ordinary', 'I tied my scarf to the railing at the memorial for my dad.'],
    ['ordinary', 'Tied my rope to the anchor and abseiled down, best day in months.'],
    ['crisis', 'I tied my belt to the bannister last night and sat there for an hour.'],
    [
      'crisis',
      'I tied my dressing gown cord to the door handle and just sat with it round my neck.',
    ],
    [
      'crisis',
      'Does the life insurance pay out if it was suicide? Asking because I need the kids to be okay after.',
    ],
    [
      'ordinary',
      'My brother died last year and the insurer is asking if the cause of death was self inflicted. I hate this.',
    ],
    ['crisis', 'Would my policy still pay out if I kill myself after two years?'],
    ['ordinary', 'I checked the tide times so we could walk round the headland with the dog.'],
    ['crisis', 'Looked up the tide times and the car park at the cliff, I just want it to stop.'],
    ['ordinary', 'I stayed in the sun until my skin blistered, so stupid, on top of the breakup.'],
    [
      'ordinary',
      'Roast the peppers until the skin blistered, then peel, he used to make this for me.',
    ],
    ['ordinary', 'Raked the leaves until my hand blistered, felt good to be busy.'],
    ['crisis', 'I held my palm on the hob until it blistered.'],
    ['crisis', 'I pressed my hand on the iron until the skin blistered because I deserved it.'],
    [
      'ordinary',
      'I pressed my palm on the wound until the ambulance came, my neighbour fell off his ladder.',
    ],
    ['ordinary', "I kept my hand on the dog's back until she stopped shaking at the fireworks."],
    ['ordinary', 'I held my hand on his chest until he fell asleep, then cried about the divorce.'],
    ['crisis', "I held my wrist on the radiator until I couldn't feel anything."],
    ['crisis', 'Cutting is the one pain that makes sense right now.'],
    ['ordinary', 'Heartbreak is the one pain that never makes sense to me.'],
    ['crisis', 'I bought two boxes at each chemist so nobody would ask questions.'],
    ['crisis', 'Buying paracetamol in small packs at each shop so nobody will notice.'],
    ['ordinary', 'We hid Easter egg packs in each room so nobody would notice until the hunt.'],
    ['ordinary', "I do not plan to be here next year, we're moving to Leeds."],
    ['ordinary', 'I no longer expect to be around for Christmas, work is sending me to Dubai.'],
    ['crisis', "I don't expect to still be here by Christmas and honestly that's a relief."],
    ['crisis', "I don't intend to be alive on my birthday."],
    ['crisis', "I have a date. I won't be here after it."],
    [
      'ordinary',
      'Waiting for the date I have picked for the wedding to be confirmed by the venue.',
    ],
    ['crisis', 'Just waiting for the night I have chosen, everything is written.'],
    ['crisis', "I've picked the night. Sunday, when he has the kids."],
    ['ordinary', 'Thinking he should take a long walk off a short pier after what he did.'],
    ['crisis', 'I keep thinking about taking a long walk off a short pier.'],
    ['safety', 'He put his hands on me again last night.'],
    ['safety', 'He laid his hands on me in front of the kids.'],
    ['safety', "He's never put hands on me but he screams in my face."],
    [
      'ordinary',
      'The pastor laid hands on me at church and I felt peace for the first time since the breakup.',
    ],
    ['safety', 'Someone threw a brick through my window the day after I blocked him.'],
    [
      'ordinary',
      'A lorry threw up a stone through my windscreen on the motorway, great start to the week.',
    ],
    ['ordinary', 'Kids threw a ball through the window of the shed next door, had to pay for it.'],
    ['safety', 'He said I might have an accident if I try to take the kids.'],
    ['ordinary', "The puppy will have an accident if you don't take her out every two hours."],
    [
      'ordinary',
      "My toddler will have an accident if I don't take him to the loo before we leave.",
    ],
    ['ordinary', 'Kids have accidents all the time and nobody blames the parents, stop worrying.'],
    ['safety', 'He told me women like me have accidents all the time and nobody asks questions.'],
    ['ordinary', "At my new job nobody asks questions in meetings, it's so awkward."],
    ['safety', 'He said if I disappeared nobody would ask questions.'],
    ['ordinary', 'She said she would tell my boss I was out drinking when I called in sick.'],
    ['safety', 'He said he will tell my employer about the photos unless I send him money.'],
    ['safety', "Unless I transfer him the money every week he'll send the photos to my family."],
    ['safety', 'He hides my inhaler when I try to go out with my friends.'],
    [
      'ordinary',
      'My toddler hid my inhaler when we were playing hide and seek, found it in the oven.',
    ],
    ['ordinary', 'The nurse takes my meds when I check in for the sleep study.'],
    [
      'ordinary',
      "My partner hides my pills when I'm low so I don't take too many, it's our safety plan.",
    ],
    ['safety', 'He took my insulin when I said I was leaving.'],
    ['ordinary', 'My friends made new accounts to follow me after I got hacked.'],
    ['safety', 'He keeps making new accounts to message me after I block each one.'],
    ['ordinary', 'Customers created more accounts to contact me about the sale.'],
    ['safety', "He has made fake profiles to watch me, I've blocked twelve."],
    ['ordinary', 'The shop said there are other ways to pay, like Klarna, so I got the sofa.'],
    ['safety', "My landlord said if I can't make rent there are other ways to pay."],
    ['safety', 'He said there are other ways I could pay him back and winked.'],
    ['ordinary', 'My grade depends on how good I am at the final exam, so stressed.'],
    ['ordinary', 'My contract renewal depends on how good I am at closing deals.'],
    [
      'safety',
      'My manager told me my contract renewal depends on how nice I am to him after hours.',
    ],
    ['ordinary', 'My tips depend on how nice I am to the customers.'],
    ['safety', "He said my shifts depend on how friendly I am with him when we're alone."],
    [
      'ordinary',
      "My best mate picked me up from the airport at 3am, that's what girlfriends are for.",
    ],
    ['safety', "He said that's what wives are for when I told him I didn't want sex."],
    ['ordinary', 'My son keeps on when I tell him to stop singing the Frozen song.'],
    ['ordinary', 'My daughter carries on when I tell her to stop drumming, teenagers.'],
    ['safety', 'He carries on when I tell him to stop, in bed, and then says I wanted it.'],
    ['ordinary', 'Mum booked us adjoining rooms at the hotel for the wedding.'],
    ['safety', 'My boss booked us adjoining rooms on the work trip and kept knocking at night.'],
    ['crisis', 'mi waan dead fi real, mi cyaan tek dis no more'],
    ['ordinary', 'mi nuh waan dead, mi just tired a di stress wid him'],
    ['ordinary', 'mi tired man, work is long today'],
    ['safety', 'baby fada box mi up last night an mi face swell'],
    ['crisis', 'i don tire for this life, i wan end am tonight'],
    ['ordinary', 'i don tire for this relationship, i go end am today, he no dey try'],
    ['ordinary', 'In the end am I the problem or is he?'],
    ['ordinary', 'Cómo está mi can? mi perro se llama Max'],
    ['safety', 'dem wan kill mi if mi talk'],
    ['ordinary', 'mi can feel the sun, good day'],
    ['safety', "I'm not scared of him, I'm scared of what he'll do to the kids when I leave."],
    ['safety', 'He put a brick through my car window after I blocked his number.'],
    ['safety', 'He smashed my front window with a rock at 3am.'],
    ['safety', 'He keeps making burner accounts to DM me, blocked eleven so far.'],
    ['safety', 'He hid my EpiPen before the restaurant and laughed.'],
    ['crisis', "I've tested the hook in the ceiling and it holds my weight."],
    ['safety', 'The landlord hinted I could pay the rent another way if I was short.'],
    ['crisis', 'I have set a date. Everything is in order for after.'],
    ['safety', "My ex said he'd make sure I have an accident one day if I ever take the kids."],
    ['crisis', "Bought paracetamol from four different shops so the pharmacist wouldn't ask."],
    ['safety', 'He keeps going even when I say stop and cry.'],
    ['safety', 'My boss said my promotion depends on how nice I am to him.'],
    ['crisis', 'I held my arm against the radiator until it blistered.'],
    ['safety', "I'm not scared of him hurting me, I'm scared of him taking the kids."],
    ['crisis', "I would die for a car crash right now, I'm so done."],
    ['crisis', 'I want to die.'],
    ['safety', 'He choked me last night.'],
  ]);
});

describe("the review of round 26's phrases", () => {
  // Notes written against round 26, above all drafts that speak to "you". The commit before it got
  // 244 right, round 26 as first written 236 (it read every "you" as someone else); now 273.
  itGetsAtLeast(273, [
    ['ordinary', 'you took the kids to the park on saturday and they loved it'],
    ['ordinary', 'you kept my hoodie, can I have it back please'],
    ['ordinary', 'you said you would call and you never did'],
    ['ordinary', 'you hurt me when you left'],
    ['ordinary', 'can you take the kids after school on friday'],
    ['ordinary', 'you follow me on insta still, why'],
    ['ordinary', 'you locked the door behind you when you left'],
    ['ordinary', 'you grabbed me a coffee that morning and I thought we were fine'],
    ['ordinary', "you threw me a party for my 30th and I'll never forget it"],
    ['ordinary', 'you pushed me away for months'],
    ['ordinary', 'you took my heart and broke it'],
    ['ordinary', "you took the car back to your mum's"],
    ['ordinary', 'you hit me with that news out of nowhere'],
    ['ordinary', 'you hit me up last night at 2am, what do you want'],
    ['ordinary', 'you beat me at chess every single time'],
    ['ordinary', 'you beat me to it, I was going to text first'],
    ['ordinary', 'you picked me up from the airport and we laughed the whole way'],
    ['ordinary', 'you kept the dog and I kept the sofa'],
    ['ordinary', 'you took my phone charger by mistake'],
    ['ordinary', "you said you'd kill me if I ate the last slice lol"],
    ['ordinary', "you kept texting me after midnight and I couldn't sleep"],
    ['ordinary', 'you kept turning up late to everything'],
    ['ordinary', 'you turned up at my work with flowers once, remember'],
    ['ordinary', 'you dragged me to that awful wedding'],
    ['ordinary', 'you threw me off with that question'],
    ['ordinary', 'you grabbed my hand at the concert and I miss that'],
    ['ordinary', 'you shoved me out of your life'],
    ['ordinary', 'you pinned me down with guilt every time'],
    ['ordinary', 'you bit me once as a joke when we were play fighting'],
    ['ordinary', 'you always knew where I was because we shared locations, which was sweet'],
    ['ordinary', 'could you drop the kids at school on monday'],
    ['ordinary', 'please can you send back my books'],
    ['ordinary', 'thank you for taking the dog to the vet'],
    ['ordinary', 'you took everything when you left, even the kettle'],
    ['ordinary', "you cancelled our holiday and I'm still sad about it"],
    ['ordinary', 'you unfollowed me and blocked my sister'],
    ['ordinary', 'you ignored me for a week and then acted like nothing happened'],
    ['ordinary', 'you cheated on me with my best friend'],
    ['ordinary', 'you lied to me for two years'],
    ['ordinary', 'you hurt me more than anyone ever has'],
    ['ordinary', 'you attacked me in that group chat over nothing'],
    ['ordinary', 'you came at me for no reason in the pub, we argued'],
    ['ordinary', "you took the kids to your mum's for the weekend like we agreed"],
    ['ordinary', 'you watched my stories every day'],
    ['ordinary', 'you broke my heart'],
    ['ordinary', 'you stabbed me in the back telling everyone my secrets'],
    ['ordinary', 'you burned me with that comment'],
    ['ordinary', "you spat at me words I'll never forget"],
    ['safety', 'you choked me and I still have the marks'],
    ['safety', "you took my phone so I couldn't call anyone"],
    ['safety', "you said you'd kill me if I left"],
    ['safety', 'you keep turning up at my work'],
    ['safety', 'you hit me in front of our daughter'],
    ['safety', 'you slapped me when I said I wanted to leave'],
    ['safety', 'you pushed me down the stairs'],
    ['safety', 'you grabbed me by the throat'],
    ['safety', 'you strangled me until I passed out'],
    ['safety', 'you locked me in the bedroom all night'],
    ['safety', 'you said you would hurt the kids if I told anyone'],
    ['safety', 'you said you would take the kids if I go to the police'],
    ['safety', 'you keep following me home from work'],
    ['safety', 'you put a tracker on my car'],
    ['safety', 'you know where I live now and you keep showing up'],
    ['safety', 'you threatened to burn the house down with me in it'],
    ['safety', "you raped me and I'm finally saying it"],
    ['safety', 'you punched me in the face and told everyone I fell'],
    ['safety', 'you kicked me when I was pregnant'],
    ['safety', 'you threw me against the wall'],
    ['safety', 'you dragged me across the floor by my hair'],
    ['safety', 'you never hit me, but you smashed everything I owned and I was terrified of you'],
    ['safety', "you read all my messages and don't let me see my friends"],
    ['safety', "you won't stop messaging me from new numbers after I blocked you"],
    ['safety', 'you hurt me, you literally broke my wrist'],
    ['safety', "he hid my wheelchair so I couldn't leave the flat"],
    ['safety', 'she took my crutches and left me on the floor'],
    ['safety', "he won't give me my insulin until I apologise"],
    ['safety', "he keeps my passport and visa papers and won't give them back"],
    ['safety', "she unplugged the landline so I couldn't call my sister"],
    ['safety', 'he emptied our joint account the day I said I was leaving'],
    ['safety', 'he cut up my cards so I have no money'],
    ['safety', "drop the case or you'll regret it, he texted"],
    ['safety', "he knows where my kids go to school and said he'd be waiting"],
    ['safety', "please don't post those photos, I'm begging you"],
    ['safety', "I'll do whatever you want just delete them"],
    ['safety', "stop letting yourself into my flat when I'm not there"],
    ['safety', 'my manager said my shifts would disappear unless I went out with him'],
    ['safety', 'landlord said I could pay the rent in other ways'],
    ['safety', 'the court order says he has to stay 100 metres away but he was outside again'],
    ['safety', 'he grabbed my walking stick and threw it'],
    ['safety', 'he makes me work in his shop for no pay'],
    ['safety', "she won't let me call my mum"],
    ['safety', "he's gone through my underwear drawer again"],
    ['safety', 'he says I owe him sex because he pays the bills'],
    ['safety', 'he will sort me out if I talk, his mates said'],
    ['safety', 'I had to sleep with him to get my passport back'],
    ['safety', "he hides my hearing aids when he's angry"],
    ['safety', 'my husband hides my wheelchair in the garage'],
    ['safety', "he takes my walker away so I can't get to the door"],
    ['safety', 'he holds my insulin back until I do what he says'],
    ['safety', 'he unplugs the router every time I try to call for help'],
    ['safety', 'he took all the money out of our joint account and left me with nothing'],
    ['safety', "he cancelled my bank card so I can't buy food"],
    ['safety', 'withdraw your statement or else, he said'],
    ['safety', "he said if I don't drop the charges something will happen to me"],
    ['safety', 'he told me he knows what school the kids go to'],
    ['safety', "he said he'd post the photos if I don't come back"],
    ['safety', 'he lets himself into my flat with a key I never gave him'],
    ['safety', "my boss said I'd lose my hours unless I was nicer to him"],
    ['safety', "landlord said there are ways I could make up the rent if I'm nice to him"],
    ['safety', "he's breaking the restraining order, he's outside right now"],
    ['ordinary', "I fetched mum's wheelchair from the car and we went round the park"],
    ['ordinary', "the nurse took my crutches away because I don't need them anymore"],
    ['ordinary', 'mum keeps my passport safe in her drawer because I asked her to'],
    ['ordinary', 'my mum kept my papers locked away while I was moving, which I asked her to do'],
    ['ordinary', 'I cancelled my card after I lost my purse'],
    ['ordinary', 'the bank cancelled my card after the fraud alert'],
    ['ordinary', 'the landlord let himself in to fix the boiler like we agreed'],
    ['ordinary', "can you let yourself into my flat and feed the cat while I'm away"],
    ['ordinary', 'we emptied our joint account and split it fifty fifty, all amicable'],
    ['ordinary', "the pharmacy won't give me my insulin until the GP signs the prescription"],
    ['ordinary', 'I unplugged the landline because of all the scam calls'],
    ['ordinary', "please don't post those photos of me from the party, I look awful"],
    ['ordinary', "I need to drop the case off at the repair shop or it won't be fixed by friday"],
    ['ordinary', 'the court order says he gets the kids every other weekend'],
    ['ordinary', 'my friend knows where my kids go to school because she picks them up'],
    ['ordinary', 'the new rota means my shifts would disappear unless I go full time'],
    ['ordinary', 'I miss my mum so much since she passed, I wish I could be with her'],
    ['ordinary', "going to see my mum this weekend, she's been waiting ages"],
    ['ordinary', "it's time to join my dad at his firm next year"],
    ['ordinary', "ready to go to my mum's, she's been waiting for me with dinner"],
    ['ordinary', 'the exams feel very final this year'],
    ['ordinary', 'the divorce papers feel so final'],
    ['ordinary', "it feels very final now that he's moved out"],
    ['ordinary', "can you take the dog after work on thursday, I'm away"],
    ['ordinary', 'could you look after the dog after christmas while I visit my sister'],
    ['ordinary', 'the video you sent killed me'],
    ['ordinary', 'that meme killed me'],
    ['ordinary', 'his jokes are killing me'],
    ['ordinary', 'we drove over the bridge with no railings in the highlands, scary but beautiful'],
    ['ordinary', 'just give him what he wants for his birthday, my mum said'],
    ['safety', "my dad said he'd rather have a dead son than a gay one"],
    ['ordinary', "you will be the one to find me at the station, I'll be wearing red"],
    ['crisis', "I'm ready to go and be with my mum now, she's waiting for me"],
    ['crisis', "I'm going to join my mother tonight"],
    ['crisis', "you'll be the one to find me, I hope you're happy"],
    ['crisis', 'who will find me in the morning, I wonder'],
    ['crisis', 'can you take the dog after'],
    ['crisis', "please look after my cat after. I won't be here"],
    ['crisis', 'I keep thinking about the bridge with no railings'],
    ['crisis', "it all feels very final now. I've decided"],
    ['crisis', 'maybe I should just give him what he wants and disappear for good'],
    ['crisis', "he'd rather have a dead son, maybe I'll give him that"],
    ['crisis', "I'm done waiting to join her"],
    ['crisis', "mum's calling me home, I think I'll answer tonight"],
    ['crisis', 'the video you sent killed me, I wish something actually would'],
    ['safety', 'you killed my dog'],
    ['safety', 'you killed my cat to punish me'],
    [
      'crisis',
      "I want to be with my dad again, he died last year and I don't want to be here anymore",
    ],
    ['crisis', "soon I'll see my nan again, I've got the pills ready"],
    ['crisis', "you'll find me tomorrow and then you'll be sorry"],
    ['crisis', "make sure someone takes the dog after I'm gone"],
    ['crisis', "there's a bridge near me with low railings and I keep going there at night"],
    ['crisis', "this will be my last message, it's very final"],
    ['safety', 'are you going to keep following me home every night'],
    ['safety', 'will you stop following me home'],
    ['safety', "can you stop turning up at my work, you're scaring me"],
    ['safety', 'could you stop following me, I see your car every night'],
    ['safety', 'did you put a tracker on my car?'],
    ['safety', "do you think it's normal to lock me in the house for days"],
    ['safety', 'please you need to stop threatening me'],
    ['safety', 'why did you take my phone and lock me in the flat'],
    ['safety', 'so why did you choke me if you loved me'],
    ['safety', 'do you remember when you choked me'],
    ['safety', 'were you the one who slashed my tyres'],
    ['safety', "can you please stop sending me messages saying you'll kill me"],
    ['safety', 'will you ever stop tracking my phone'],
    ['safety', "please stop following me, I'm scared"],
    ['safety', 'did you really think threatening to take the kids would make me stay'],
    ['safety', 'are you watching my flat again? your car was outside at 3am'],
    ['safety', 'thanks for hitting me in front of the kids'],
    ['safety', "did you hit me last night? I can't remember but my face is bruised"],
    ['ordinary', 'you never hit me or anything, we just fought about money'],
    ['ordinary', "you didn't hit me, I know that, but it still ended badly"],
    ['ordinary', 'you grabbed me by the hand and we danced in the kitchen'],
    ['ordinary', 'you threw me over your shoulder at the beach and I screamed laughing'],
    ['ordinary', 'you took my spot on the sofa every night'],
    ['ordinary', 'you took my side when my sister was horrible'],
    ['ordinary', 'you took my number off your phone, fine'],
    ['ordinary', 'you kept my key, please post it back'],
    ['ordinary', "you said you'd call me after work and you didn't"],
    ['ordinary', "you said you'd kill me if I spoiled the finale, remember"],
    ['ordinary', "you turned up at my mum's birthday uninvited and it was awkward"],
    ['ordinary', 'you follow me everywhere on social media still'],
    ['ordinary', 'you know where I live, come get your stuff on saturday'],
    ['ordinary', 'you kept all our photos, can I have copies'],
    ['ordinary', 'you always checked my phone for the weather, it was cute'],
    ['ordinary', 'you hid my birthday present in the wardrobe and I found it'],
    ['ordinary', 'you locked me out of the netflix account lol'],
    ['ordinary', "you blocked me everywhere so I'm writing this here"],
    ['ordinary', 'you dumped me by text'],
    ['ordinary', 'you ghosted me after three years'],
    ['ordinary', 'you tickled me until I cried laughing'],
    ['ordinary', 'you hugged me so tight at the station'],
    ['ordinary', 'you woke me up at 6 every day with coffee'],
    ['ordinary', 'you carried me home when I sprained my ankle'],
    ['ordinary', 'you kicked me under the table when I was about to say something stupid'],
    ['ordinary', 'you punched me on the arm when I made that joke, like always'],
    ['ordinary', 'you hit me with a pillow and we laughed for ages'],
    ['ordinary', 'you shoved me into the pool at the hen do'],
    ['ordinary', 'you pulled me close and said you loved me'],
    ['ordinary', 'you stole my heart and my hoodie'],
    ['ordinary', "you took my kids' side in every argument"],
    ['ordinary', 'you made me feel small in front of your friends'],
    ['ordinary', 'you scared me when you drove so fast that time'],
    ['ordinary', 'you took the kids to disneyland without telling me'],
    ['ordinary', 'you kept me waiting for two hours'],
    ['ordinary', 'you took my breath away the first time I saw you'],
    ['ordinary', 'you killed it at the wedding speech'],
    ['ordinary', 'you killed me with that joke at dinner'],
    ['ordinary', 'the tiktok you sent killed me'],
    ['ordinary', 'that comment you made killed me'],
    ['ordinary', 'your voice note killed me'],
    ['ordinary', "my mum's jokes killed me"],
    ['safety', 'you took my keys and my phone and locked me in'],
    ['safety', "you kept my passport so I couldn't go home"],
    ['safety', "you told me you'd hurt my mum if I left"],
    ['safety', 'you tracked my location for a year without me knowing'],
    ['safety', 'you shook me so hard my head hit the wall'],
    ['safety', 'you held a knife to my throat'],
    ['safety', 'you forced me to have sex when I said no'],
    ['safety', 'you still turn up outside my house at night'],
    ['safety', "you're still texting me from fake accounts after the police warned you"],
    ['safety', 'you sent me a picture of my own front door last night'],
    ['safety', "you just hit me again and I'm in the bathroom"],
    ['safety', "you'll regret leaving me, that's what you said, and I believe you"],
    ['safety', "he hides my glasses so I can't read my post"],
    ['safety', 'my partner took my wheelchair and left me upstairs'],
    ['safety', "he won't let me see my kids unless I come back to him"],
    ['safety', 'he keeps my documents locked away'],
    ['safety', "she cut the phone line so I couldn't ring anyone"],
    ['safety', "he cleared out the joint account and now I can't pay rent"],
    ['safety', 'his brother said drop the case or else'],
    ['safety', 'he found out which school the kids go to'],
    ['safety', "don't share those pictures, please, I'll do anything"],
    ['safety', 'he keeps letting himself into my flat with his old key'],
    ['safety', 'he says I owe him for the rent and keeps pressuring me for sex'],
    ['safety', "the court order says he can't come within 200 metres, he's at the end of the road"],
    ['crisis', "i'm ready to be with my mum again, she's been gone two years"],
    ['crisis', "time to join my husband. I've missed him every day since he died"],
    ['crisis', "you will find me in the morning. I'm sorry"],
    ['crisis', "who's going to take the dog after"],
    ['crisis', "can someone keep my cat after i'm gone"],
    ['crisis', "found a bridge with no railings, it's perfect"],
    ['crisis', "it feels very final, and that's fine with me"],
    ['crisis', "he'd rather have a dead son than a gay one, so he'll get his wish"],
    ['ordinary', 'time to join my team at the office again after leave'],
    ['ordinary', 'going to join my mum for lunch'],
    ['ordinary', "ready to go to my dad's, he's waiting outside in the car"],
    ['ordinary', 'the results are very final, no appeals'],
    ['ordinary', 'that felt very final, the last day of school'],
    ['ordinary', "please take the dog after 5, I'll be at work"],
    ['ordinary', 'who will find me in the crowd at the concert'],
    ['ordinary', 'my landlord lets himself into my flat to check the smoke alarms, with notice'],
    ['ordinary', 'my carer takes my wheelchair to get it serviced'],
    ['ordinary', "mum holds my passport for me as I'm always losing things"],
    ['ordinary', "he makes me work for no pay, I'm an intern lol"],
    ['ordinary', 'I owe her sleep, she covered my night shift'],
    ['ordinary', 'stop commenting on my body, mum, I know I gained weight'],
    ['safety', 'my ex texted do you want to end up in hospital and then turned up at my work'],
    ['safety', 'my ex keeps asking can you meet me and then follows me home'],
    ['safety', 'my husband asked did you think you could hide from me and grabbed my throat'],
    ['safety', 'my boyfriend screamed are you stupid and punched the wall next to my head'],
    ['safety', 'my ex said will you ever learn and took my phone again'],
    ['safety', 'and then he said thank you for ruining my life and locked me in the bathroom'],
    ['safety', 'my ex asked where were you last night and took my car keys'],
    [
      'safety',
      "the guy from the bar messaged can you come outside, he's been waiting outside my flat for hours",
    ],
    ['safety', 'the video he posted of me is killing me, everyone at work has seen it'],
    ['safety', "the comments he posted about me are killing me, I can't go to work"],
    ['safety', 'the video you posted of me killed me, how could you share it'],
    ['crisis', "the memes are killing me, I don't want to be here anymore"],
    ['safety', "you kept my passport and my visa papers so I can't leave"],
    ['safety', 'you took my insulin and said I could have it when I behaved'],
    ['safety', 'you hid my crutches again'],
    ['safety', "you unplugged the landline so I couldn't ring my mum"],
    ['safety', 'you emptied our joint account the day I left'],
    ['safety', 'you know where my kids go to school, stop sending me photos of the gate'],
    ['ordinary', 'you said you would hurt yourself if I left'],
    ['ordinary', 'you said you would take the kids to the park if I was late'],
    ['safety', 'you said you would drown me if I left'],
    ['safety', "please don't post those photos, you promised you'd delete them"],
    ['ordinary', "you said you would get rid of the sofa if I didn't collect it"],
    ['ordinary', "you said you would take the car if I didn't pay half"],
    ['safety', 'my husband said are you done crying and took my car keys'],
    ['safety', 'my boyfriend asked did you miss me and took my phone off me'],
    ['safety', 'my ex asked can you explain this and went through my phone again'],
    ['safety', 'my partner says do you want to see the kids again and hides my passport'],
    ['safety', 'my ex said thank you for nothing and slashed my tyres'],
    ['safety', 'my husband goes are you even listening and pins me against the wall'],
    ['safety', 'my girlfriend said do you think anyone would believe you and smashed my phone'],
    ['safety', 'my ex said love you babe and then followed me home from work'],
    ['safety', 'my ex keeps texting miss you and turning up outside my flat'],
    ['safety', 'my stepdad asks were you with a boy and locks me in my room'],
    ['safety', 'my ex said could you be any more pathetic and threw my stuff out'],
    ['ordinary', 'you kept my passport safe while I was travelling, thank you for that'],
    ['ordinary', 'you held my passport at the airport while I went to the loo'],
    ['ordinary', 'you cancelled my card when I lost my wallet, which was kind'],
    ['ordinary', 'she kept it hidden that she was seeing someone else'],
    ['ordinary', 'he kept the ring locked away in a drawer for months before proposing'],
    ['ordinary', 'you let yourself into my flat to water the plants, thanks'],
    ['safety', "you hid my wheelchair in the shed so I couldn't get out"],
    ['safety', "my husband hides my crutches when he's drunk"],
    ['safety', 'he took my walking frame and left me stuck upstairs'],
  ]);
});

/**
 * Round 27 (dev72: time, negation and recovery; dev73: the terse fragments of exco's small
 * fields), in words of its own.
 */
describeLists(
  'round 27: now against then, denials, and fragments',
  [
    "going up to the reservoir on sunday and i'm not planning to swim back",
    'Not going to hurt anyone else. Just me.',
    'mistake: still being here',
    'learned: too tired to keep living',
    'checked how high the multistorey roof is',
    'one last text to her then end it',
    'his wedding photos - checked how high the car park roof is',
    "i'm not suicidal but i keep looking at the pills",
  ],
  [
    'every handover she tells me what she is going to do to me',
    "he keeps texting that i'll pay for going out",
    'woke up and he was standing over my bed',
    'cut off the heating because I went to see my mum',
    'she emptied my savings and laughed',
    'hacked my doorbell camera and talks to me through it',
    'says he will lie to the police if I report him',
    'he never hurt me until last night',
    "he's never hit me, he only chokes me when he's angry",
  ],
  [
    "I'm not suicidal, just really sad today",
    'he never hurt me, we just grew apart',
    'she was never violent, just cold',
    "I haven't self harmed in 300 days and I'm proud",
    'the estate agent was filming the house for the listing',
  ],
);

/**
 * Round 28 (dev74: questions and reported speech; dev75: second-language writers, dictation and
 * autocorrect), in words of its own.
 */
describeLists(
  'round 28: questions, reported speech and second-language English',
  [
    'would falling off the multistorey by the station be painless?',
    'is it true people who tried to kill themselves are glad later? thinking about trying tonight',
    'my flatmate asked why i gave her my guitar and my watch',
    'dad asked why i am making a will at 22',
    'the nurse asked if i feel safe around myself and i lied',
    'would it scar the driver if i did it on his line?',
    'no want to wake up again',
    'tell my brother he can keep my car. i make everything ready now',
    'been self arming since the weekend',
    'i gave my cat to my cousin and said take care of her forever',
  ],
  [
    'he told our daughter her mum will disappear if she tells anyone',
    'how does she know things i only wrote to my sister?',
    'he makes me account for every pound i spend',
    'my ex moved in across the road a week after i left',
    'is it normal that he knew exactly where i parked today?',
    'he turns up at the end of every shift now',
    'i am scared to make a noise when he is sleeping',
    'my husband keeps the cards, i have to ask him money for the bus',
    'why do i flinch when my phone buzzes? because it is him texting i am outside',
    'i plan my week around avoiding his street',
  ],
  [
    'is it controlling if i ask him to text when he lands?',
    'my aunt says i am dead to her if i miss the wedding lol',
    'slept like the dead after the long shift',
    'you look like death warmed up, my sister said',
    'finally bought a proper knife set for the new flat',
    'my mum going to kill me i broke her favourite mug',
    'my cousin joked that she will strangle me if i text him again',
    'my neighbour is watching my flat while i am in lisbon',
    'i keep checking his last seen, i need to stop',
    'we were dying of laughter at the pub quiz',
  ],
);

/**
 * Round 29 (dev76: the signal wrapped in humour, irony and internet speech; dev77: writers in the
 * register of their age or their job), in words of its own.
 */
describeLists(
  'round 29: jokes that are not jokes, and the language of a job',
  [
    'not a cry for help btw, just admin. saturday',
    'writing my will at 23, totally normal behaviour lol',
    'if i disappear tonight, delete my browser history pls',
    '100 days clean from cutting and i relapsed this morning haha',
    'been checking the height of the car park roof, normal hobby',
    'rocks in my pockets and a walk by the river, that is the plan',
    'Paramedic. I took the morphine home with me after the shift. I have not used it yet.',
    'Farmer. I keep sitting with the shotgun longer than the job needs.',
    'Nurse. My own risk assessment reads active ideation, means available.',
    'Retired major. I have made my dispositions and said my farewells.',
    'Engineer. Worked out whether the loft hatch beam takes my own body weight.',
    'Widow, 79. I mean to join Harold by my own hand before the winter.',
  ],
  [
    'lol he turned my location sharing back on again after i switched it off',
    'he reads my diary every night and quotes it back to me',
    "my boyfriend's idea of love: having my phone inspected every evening",
    'told him no and he went ahead anyway, but we are married so it does not count?',
    'my ex just happening to be there every single time i go to the gym',
    'he took my name off the joint account and borrowed my wages for months',
    'my husband checks my steps on the app and asks where the extra ones came from',
    "I've been memorising the exits of every room because of him",
    'Pharmacist. My husband hid my insulin pen when I said I wanted to separate.',
    'he held the puppy up and said this is you if you leave',
  ],
  [
    'Pathologist. Two post-mortems today, toxicology pending, then choir.',
    "Detective. Examined a suspect's phone for tracking software, file sent to the CPS.",
    'Chef. Burnt my hand on the fryer again, blue plaster and back to service.',
    'Farmer. Took the old collie to the vet to be put down, buried her by the gate.',
    'jiu jitsu tonight, got choked out twice and loved it',
    'cancelled the paper subscription, never read it anyway',
    'my friend says i will be the death of her, i keep stealing her chips',
  ],
);

/**
 * Round 30 (dev78: lists, schedules, goals, logs and tags; dev79: life after the separation:
 * courts, handovers, co-parenting apps, shared devices), in words of its own.
 */
describeLists(
  'round 30: lists, logs and the separation',
  [
    'goal: be gone by the weekend',
    'plan: stop the pain for good',
    '23:00 bath / 23:15 blades / 23:30 nothing',
    'log: still planning how and when, told nobody',
    'relapsed tonight, cut 4 times',
    'lost the flat, lost the kids. nothing left to lose except me',
    'wrapped a card for every birthday until she turns 18 and left them with mum',
  ],
  [
    'todo: check under the car for the tracker again',
    'doorbell camera shows him outside at 2am again',
    'note: pressured into sex again, said no twice',
    'goal: sleep without a chair wedged under the door',
    'he asks our son who comes over and where i go at night',
    'found a listening device sewn into the bear he gave her',
    'he makes the kids find out my pin for him',
    'the phone rings at 3am, he breathes and hangs up',
  ],
  [
    'checklist: [x] gym [x] groceries [ ] return the library books',
    'log: sealed the bathroom window with new silicone, no more draught',
    'goal: run 5k by sunday. log: 3k done',
    'bought charcoal for the bbq and fairy lights for the garden',
    'handover went fine, he was on time, kids happy',
    'co-parenting app: he confirmed the dentist on tuesday',
  ],
);

/**
 * Round 31 (dev80: notes of one to seven words; dev81: harm played down or blamed on oneself), in
 * words of its own.
 */
describeLists(
  'round 31: very short notes, and harm played down',
  [
    'friday my last day alive',
    'final note done',
    'letters for everyone in my drawer',
    'scheduled a goodbye post for tonight',
    'is it normal to think about killing yourself every day? prob just a phase',
  ],
  [
    'hiding in the bathroom from him again',
    'bruises from his hands, my fault really',
    'not allowed my own bank account',
    'he is parked outside my flat again',
    'he showed me his knife, said nothing',
    'the kids saw him push me',
    'my ex broke in while i was at work',
    'it was only a small push down the stairs, i am fine',
  ],
  ['ending my lease in june', 'final exam done!', 'hiding in the garden from the heat'],
);

describe("the review of round 27's phrases", () => {
  // Notes written against round 27, above all denials that take themselves back ("I haven't cut
  // myself in a year, until tonight", "he never hit me sober"). The commit before round 27 got 168
  // right, round 27 as first written 154; now 204.
  itGetsAtLeast(204, [
    ['crisis', "I'm not suicidal, I've just decided tonight's the night"],
    ['crisis', "I'm not suicidal, I just want to die"],
    ['crisis', "I'm not suicidal, I just wish I wouldn't wake up tomorrow"],
    ['crisis', "I'm not suicidal. I just don't want to be alive anymore"],
    ['crisis', "I'm not suicidal, I'm just done. wrote the letters tonight"],
    ['crisis', "I am not at risk, I've already written the notes"],
    ['crisis', "I'm not at risk, I just want to go to sleep and never wake up"],
    ['crisis', "I haven't cut myself in a year, until tonight"],
    ['crisis', "I haven't cut myself in a year. did it again tonight"],
    ['crisis', "I haven't self harmed in 300 days but I relapsed last night"],
    ['crisis', "I haven't hurt myself in months, tonight I want to"],
    ['crisis', "I haven't thought about killing myself in weeks until today"],
    ['crisis', "I haven't self harmed since June, and the razor is in my hand now"],
    ['crisis', "I'm not suicidal anymore? not sure"],
    ['crisis', "people think I'm not suicidal but I have a plan"],
    ['crisis', "I told her I'm not suicidal. I lied."],
    [
      'crisis',
      "I told the crisis team I'm not suicidal so they'd let me go home, the pills are still in the drawer",
    ],
    ['crisis', "I act like I'm not suicidal around my family"],
    ['crisis', "everyone believes I'm not suicidal. they're wrong"],
    ['crisis', "I keep telling everyone I'm not suicidal. I've picked the date."],
    ['crisis', "I convinced the doctor I'm not at risk"],
    ['crisis', '"I\'m not suicidal" is what I say to everyone. I have the rope.'],
    ['crisis', "it's not that I'm not suicidal, it's that I'm tired of saying it"],
    ['safety', 'he never hurt me before the wedding, now he does it weekly'],
    ['safety', "I'm not in danger he says, but he has a gun"],
    ['safety', "I'm not in danger, he's just waiting outside my flat every night"],
    ['safety', "I'm not in danger right now but he's outside again"],
    ['safety', "I'm not unsafe, he only hits me when I deserve it"],
    ['safety', 'she was never violent when sober'],
    ['safety', 'he was never violent in front of people'],
    ['safety', 'he never hit me, he strangles me'],
    ['safety', "he's never hit me, he only chokes me when he's angry"],
    ['safety', 'he never hit me in the face'],
    ['safety', 'he never hit me where people could see'],
    ['safety', 'he never hit me with his fist, only an open hand'],
    ['safety', "he never hurt me on purpose, I just end up with bruises when he's angry"],
    ['safety', 'she never hurt me when the kids were around'],
    ['safety', 'he never hurt me in public'],
    ['safety', "he's never been violent to anyone but me"],
    ['safety', 'my ex was never violent, except that one time with the knife'],
    ['safety', "she's never been violent with the kids, only with me"],
    ['safety', 'he has never hit me, not once. he only pushes me into walls'],
    ['safety', 'he never laid a finger on me, he just locks me in and takes my phone'],
    ['safety', "he never threatened me directly, he just says he knows where the kids' school is"],
    ['safety', "he never hurt us, he just smashed everything and said next time it's me"],
    ['safety', 'he never hit me. he threw me down the stairs last night'],
    ['safety', 'she never hurt me. last night she stabbed me'],
    ['safety', "he's never hit me sober"],
    ['safety', 'he told the police he never hurt me. he broke my wrist'],
    ['safety', 'he swears he never hit me but my ribs say otherwise'],
    ['safety', 'they were never abusive, I said that because he was sitting next to me'],
    ['safety', 'he never hurt me again after I agreed to stop seeing my friends'],
    ['safety', 'he never hurt me until last night'],
    ['ordinary', "I'm not suicidal, just really sad today"],
    ['ordinary', "I'm not suicidal, just tired of crying over him"],
    ['ordinary', "honestly I'm not suicidal, I just need to vent"],
    ['ordinary', "I'm not suicidal and never have been, just heartbroken"],
    ['ordinary', "I'm not in danger, just lonely"],
    ['ordinary', "I'm not at risk, my therapist agreed"],
    ['ordinary', 'he never hurt me, I just miss him'],
    ['ordinary', 'he never hurt me, we just grew apart'],
    ['ordinary', 'she was never violent, we just fought about money'],
    ['ordinary', 'my ex was never abusive, just distant'],
    ['ordinary', 'he never threatened me, he just left'],
    ['ordinary', 'they were never violent, it just fizzled out'],
    ['ordinary', 'he never laid a finger on me, he was kind, I just fell out of love'],
    ['ordinary', "I haven't self harmed in two years and I'm proud"],
    ['ordinary', "I haven't cut myself in 8 months, one day at a time"],
    ['ordinary', "I haven't thought about suicide for a year now"],
    ['ordinary', "he's never been dangerous, just messy"],
    ['ordinary', 'she never hit me, she was the gentlest person I know'],
    ['ordinary', "I'm not suicidal anymore, therapy really helped"],
    ['ordinary', 'one last message to him, then he can end it'],
    ['ordinary', 'end it with her tonight, for good'],
    ['ordinary', "ending it with him tonight, it's over"],
    ['ordinary', 'one last text then end it for good with him'],
    ['ordinary', 'one last text to him, then block'],
    ['ordinary', 'bought pills for her, she has a migraine'],
    ['ordinary', 'picked up a month of pills for him from the pharmacy'],
    ['ordinary', "looked up how high the bridge is for him, he's a lorry driver"],
    ['ordinary', "wrote a goodbye letter to him and didn't send it"],
    ['ordinary', 'said goodbye to him for the last time at the station'],
    ['ordinary', 'worried about him, he said he wants to end it all'],
    ['ordinary', 'talked to her about her overdose last year'],
    ['ordinary', 'sat with him in A&E after his overdose'],
    ['ordinary', "worried for her, she's been cutting again"],
    ['ordinary', 'visited him at the hospital after he tried to hang himself'],
    ['ordinary', 'angry at him for the overdose scare'],
    ['ordinary', 'rather be dead than go back to him'],
    ['ordinary', 'spoke to her about the suicide prevention training at work'],
    ['crisis', 'took the tablets after the call with him'],
    ['crisis', 'overdosed after talking to her'],
    ['crisis', 'rope is ready. sorry to her and the kids'],
    ['crisis', "the note is for him, he'll find it tomorrow"],
    ['crisis', 'one last text to her then end it'],
    ['crisis', 'said bye to her, taking all the tablets tonight'],
    ['crisis', "writing goodbye letters to him and the kids, tonight's the night"],
    ['ordinary', 'mistake: being born in winter'],
    ['ordinary', 'biggest mistake being born a Leo lol'],
    ['ordinary', 'mistake: still being here at 2am scrolling his instagram'],
    ['crisis', 'mistake: still being here'],
    ['crisis', 'mistake: being born'],
    ['crisis', 'my biggest mistake? still being alive'],
    ['crisis', 'get rid of the problem: me'],
    ['ordinary', 'too tired to keep living like this, need a holiday'],
    ['ordinary', 'too tired to keep living out of boxes'],
    ['ordinary', 'too tired to keep existing on 4 hours sleep'],
    ['crisis', 'learned: too tired to keep living'],
    ['ordinary', 'razors back out for shaving'],
    ['ordinary', 'razors back out, summer legs'],
    ['ordinary', 'blades back out on the mower'],
    ['crisis', 'razors back out again'],
    ['ordinary', 'checked how high the car park is for my van'],
    ['ordinary', 'checked how high the bridge is for the lorry'],
    ['ordinary', 'looked up how high the building is for the pub quiz'],
    ['crisis', 'checked how high the multistorey roof is'],
    ['ordinary', 'urge to jump into the sea on holiday'],
    ['ordinary', 'had the urge to jump on a plane and fly to him'],
    ['ordinary', 'urge to jump back into his DMs'],
    ['crisis', 'trigger: walking over the bridge. urge to jump'],
    ['ordinary', 'thinking about the roof again, the leak is back'],
    ['ordinary', 'thinking about the roof again'],
    ['crisis', 'thinking about the rope again'],
    ['crisis', 'thinking about the tracks again'],
    ['crisis', 'going for a long swim, not planning to swim back'],
    ['ordinary', "he's not going to come back, I have to accept it"],
    ['ordinary', 'she is not going to come back to me'],
    ['ordinary', 'not going to make it back for Christmas this year'],
    ['ordinary', "I'm not going to walk back into that relationship"],
    ['ordinary', 'not planning to come back to this app'],
    ['ordinary', 'not going to drive back to his place ever again'],
    ['crisis', 'Not going to hurt anyone else. Just me.'],
    ['safety', "he doesn't hurt anyone else, just me"],
    ['safety', 'scared of what he is going to do to me when he gets out'],
    ['ordinary', 'no idea what they are going to do to me at the dentist'],
    ['ordinary', "can't wait to see what she is going to do to me at the hairdresser"],
    ['safety', "he keeps texting that I'll pay for going out"],
    ['ordinary', "I'll pay for going out tonight, my treat"],
    ['ordinary', "I'll pay for it tomorrow, too much wine"],
    ['ordinary', "I'll pay for this in the morning, leg day"],
    ['safety', 'woke up and he was standing over my bed'],
    ['ordinary', 'my toddler was standing over my bed at 5am'],
    ['ordinary', 'the cat was standing over my bed meowing for breakfast'],
    ['ordinary', 'the estate agent was filming the house for the listing'],
    ['ordinary', 'filming my flat for the deposit inventory'],
    ['safety', "he's been filming the house from his car"],
    ['safety', 'says he will lie to the police if I report him'],
    ['ordinary', 'I would never lie to my family if I could help it'],
    ['ordinary', "landlord cut off the heating because I didn't pay"],
    ['ordinary', 'they cut off the gas because I missed the bill'],
    ['safety', 'cut off the heating because I went to see my mum'],
    ['safety', 'she emptied my savings and laughed'],
    ['ordinary', 'the wedding emptied my savings'],
    ['ordinary', 'I emptied my savings on a new car'],
    ['ordinary', 'the divorce lawyer drained my savings'],
    ['ordinary', 'she emptied my savings on the sofa we picked together'],
    ['ordinary', 'the electrician hacked my doorbell to work with the new app'],
    ['ordinary', 'my brother hacked my old laptop to get my photos back'],
    ['safety', 'hacked my doorbell camera and talks to me through it'],
    ['ordinary', 'tripped over the dog, told the nurse I fell'],
    ['ordinary', 'slipped on ice and broke my wrist. told work I fell'],
    ['safety', 'told the nurse I fell'],
    ['ordinary', "20 missed calls from her, mum worries when I don't answer"],
    ['safety', '30 missed calls from my ex last night'],
    ['ordinary', 'I keep driving past his house'],
    ['ordinary', 'urge: keep driving past her flat'],
    ['safety', 'he keeps driving past my house'],
    ['crisis', 'biggest mistake was being born'],
    ['crisis', 'too tired to carry on living'],
    ['crisis', 'too exhausted to keep living'],
    ['crisis', 'razor blades are out again'],
    ['crisis', 'got the blades out again'],
    ['crisis', 'checked how tall the bridge is'],
    ['crisis', 'looked up the height of the car park roof'],
    ['crisis', 'urge to jump off the bridge today'],
    ['crisis', "won't be swimming back"],
    ['safety', "scared of what he'd do to me if I left"],
    ['safety', 'told A&E I fell down the stairs, it was him'],
    ['safety', 'told my mum I fell, it was him'],
    ['safety', 'he was standing at the end of my bed when I woke up'],
    ['safety', 'he switched off the electricity because I went out'],
    ['safety', 'he cleared out my savings account'],
    ['safety', 'he took all my savings'],
    ['safety', 'he hacked into my phone and reads my messages'],
    ['safety', "he's been videoing my house at night"],
    ['safety', '47 missed calls from him'],
    ['crisis', 'one last message to her then it ends'],
    ['ordinary', "he's not coming back and that's ok"],
    ['ordinary', "she's not going to come back, no matter how many times I text"],
    ['ordinary', 'not planning to walk back, getting a taxi home from the party'],
    ['ordinary', 'not going to make it back to the gym this week'],
    ['ordinary', 'not going to come back to this topic with my therapist'],
    ['ordinary', 'not intending to come back to this job after maternity leave'],
    ['ordinary', "I'll pay for it later, worth it"],
    ['ordinary', "I'll pay for this in the morning"],
    ['ordinary', "I'll pay for going out, it's my turn to buy dinner"],
    ['safety', "he said I'll pay for this"],
    ['safety', "I'll pay for leaving him, he said"],
    ['safety', "I'll pay for talking to the police, he warned"],
    ['ordinary', 'god knows what they will do to me at my stag do'],
    ['ordinary', 'the nurse was standing over my bed when I woke from surgery'],
    ['ordinary', 'my daughter stood over my bed asking for pancakes'],
    ['ordinary', 'I hacked my phone to get rid of the bloatware'],
    ['ordinary', "we're filming the house tour for youtube"],
    ['ordinary', 'rent day emptied my account'],
    ['ordinary', 'christmas drained my bank account again'],
    ['ordinary', 'BT cut off the internet because I switched provider'],
    ['ordinary', "12 missed calls from her, my sister's in labour!"],
    ['crisis', 'biggest mistake: existing'],
    ['crisis', 'too tired to keep breathing'],
    ['ordinary', 'checked how high the balcony is, for the new curtains'],
    ['crisis', 'thinking about the bridge again'],
    ['ordinary', 'thinking about the bridge again, our first date spot'],
    ['ordinary', "the breakup didn't hurt anyone else, just me"],
    ['ordinary', "the divorce won't hurt anyone else, just me"],
    ['ordinary', "one last text to him and then I'll end it"],
    ['ordinary', 'stayed with him after his suicide attempt'],
    ['ordinary', 'prayed for him after his overdose'],
    ['ordinary', 'at the funeral for him, suicide at 34'],
    ['ordinary', 'so scared for her, she took an overdose'],
    ['ordinary', 'angry at her for cutting herself again'],
    ['crisis', 'cried about him all night, wanted to die'],
    ['crisis', 'wanted to die after the fight with him'],
    ['crisis', 'slit my wrists over him'],
    ['crisis', 'took 30 paracetamol because of him'],
    ['crisis', 'sorry for everything, to her and the kids. goodbye'],
    ['ordinary', 'no reason to stay with him'],
    ['crisis', 'no reason to live without her'],
    ['ordinary', "can't live without him"],
    ['safety', 'he has never hurt me. she has. she hits me every night'],
    ['ordinary', 'he is never violent with me, only my mum'],
    ['ordinary', "I'm not suicidal, I'm not in danger, I just miss her"],
    ['crisis', 'he never hurt me, I hurt myself after he left'],
    ['crisis', 'I am not suicidal. but I have the pills counted out'],
    ['crisis', "I'm not suicidal tonight. last night I was on the bridge"],
    ['safety', 'he never hurt me physically but he controls all the money'],
    ['safety', 'he never hurt me yet'],
    ['safety', 'he never hit me, just kicked me'],
    ['safety', 'he never hit me. he bites.'],
    ['ordinary', "I'm not unsafe, I just don't know where he is"],
    ['ordinary', "I haven't self harmed in 3 years"],
    ['crisis', "haven't self harmed in 3 years until today"],
    ['ordinary', "I've never self harmed in my life"],
    ['crisis', 'I have not cut myself for 40 days. the urge is so strong tonight, blade in hand'],
    ['crisis', "I haven't self harmed in 6 months but tonight is bad"],
    ['crisis', "I haven't cut myself in 2 weeks. I want to so badly"],
    ['ordinary', "I haven't hurt myself since I left him"],
    ['safety', 'he has never hit me. yet.'],
    ['safety', "she's never hurt me, she just threatens to take the kids if I leave"],
    ['safety', "he's never hit me. he just grabs my wrists until they bruise"],
    ['safety', "he's never hurt me but I'm scared he will"],
    ['crisis', 'to him, the note is written'],
    ['ordinary', "the note is written for him, about the kids' pickup on friday"],
    ['ordinary', 'the note is written, to him, asking for the spare key back'],
  ]);
});

describe("the review of round 28's phrases", () => {
  // Notes written against every phrase and idiom round 28 added or changed, above all idioms that
  // could hide a real note ("my dad will kill me because i broke his rule, last time i ended up in
  // a&e"). The commit before round 28 got 199 right, round 28 as first written 203; now 232.
  itGetsAtLeast(232, [
    ['crisis', 'i no want wake up tomorrow, everything too heavy since she leave me'],
    ['crisis', 'some days i not want wake up anymore. what is point'],
    ['crisis', 'i am not wanting to wake up in the morning, only to sleep and sleep forever'],
    ['crisis', 'me no want to wake up. nobody care if i do or not'],
    ['crisis', "honestly i don't want to wake up tomorrow or any day after that"],
    ['ordinary', 'kids no want to wake up for school again, mornings are war in this house'],
    ['ordinary', 'i not want wake up at 5 for the gym anymore so i change to evening class'],
    ['ordinary', 'baby no want wake up from her nap so i let her sleep and had my tea in peace'],
    ['ordinary', 'i did not want to wake up early on saturday so i switched the alarm off'],
    ['crisis', 'dead inside, soon outside too'],
    ['crisis', 'i am dead inside and soon outside as well, i have decided'],
    ['crisis', 'dead inside now soon outside. i have the pills counted'],
    ['crisis', "i'm dead inside and soon i'll be dead on the outside too"],
    ['crisis', 'already dead inside, the body will catch up soon enough'],
    [
      'ordinary',
      "the puppy stays inside for now and soon outside for walks once she's had her jabs",
    ],
    ['ordinary', 'i feel dead inside after the breakup but my therapist says it fades'],
    [
      'ordinary',
      'went dead inside when i saw his wedding photos, then ate a pizza and watched bake off',
    ],
    ['crisis', 'they would all be fine without me anyway maybe should just make that happen'],
    ['crisis', 'everyone is fine without me. maybe i should stop being here at all'],
    [
      'crisis',
      'my kids are fine without me maybe should let them have a life without me in it for good',
    ],
    ['crisis', "family seem fine without me, maybe should go where i can't ruin more things"],
    [
      'ordinary',
      'the office is totally fine without me so maybe i should book that holiday after all',
    ],
    [
      'ordinary',
      'she is doing fine without me and maybe should have left him years ago, good for her',
    ],
    [
      'ordinary',
      'draft to him: you will be fine without me maybe should you find someone who wants the same things',
    ],
    ['crisis', 'the world would go on just fine without me, nobody would even notice i was gone'],
    ['crisis', 'life would go on without me and honestly that sounds like relief now'],
    [
      'crisis',
      "everyone would go on with their lives without me, i've stopped seeing the point of staying",
    ],
    ['crisis', "things would carry on fine if i disappeared for good, i'm just a weight on them"],
    [
      'ordinary',
      'work would go on without me for two weeks, so i finally booked the trip to crete',
    ],
    ['ordinary', 'life would go on without him, i keep telling myself, and it has'],
    [
      'ordinary',
      'my therapist said the world would go on without you if you took one day off, stop carrying everything',
    ],
    [
      'crisis',
      "would it traumatise my flatmate if i did it here? i don't want her to be the one who finds me",
    ],
    ['crisis', 'i worry it would scar the kids forever if i went through with it'],
    ['crisis', 'it would traumatize whoever finds me if i do it at home so maybe the woods'],
    [
      'crisis',
      'i keep thinking about the train driver and how much it would damage him if i went ahead',
    ],
    ['ordinary', 'would it scar my kids if i did it, introduce them to my new partner this soon?'],
    ['ordinary', 'it might traumatise the cat if i do it, moving flats twice in one month'],
    [
      'ordinary',
      'would a cold plunge traumatize my body if i did it every morning? asking for my new routine',
    ],
    ['crisis', 'would drowning hurt much or is it peaceful'],
    ['crisis', 'how high does the bridge have to be so it would be instant'],
    ['crisis', 'do people who tried to end their life regret surviving? asking for me'],
    ['crisis', 'would hanging be quick'],
    [
      'crisis',
      'would falling from the eighth floor be painless, i keep looking down from the balcony',
    ],
    [
      'crisis',
      "read about people who attempted to kill themselves with pills, some just slept. that's what i want",
    ],
    ['ordinary', 'would jumping into the lake in april be too cold? doing a charity dip with work'],
    ['ordinary', 'would hanging the mirror in the hallway make the flat feel bigger'],
    ['ordinary', 'dentist tomorrow, i hope it will be quick'],
    ['ordinary', 'we agreed the handover of his stuff should be quick and painless'],
    ['ordinary', 'would falling back into old habits be normal after thirty days no contact'],
    [
      'ordinary',
      'listened to a podcast with people who tried to kill themselves years ago and now run a charity, so moving',
    ],
    ['crisis', 'my sister asked why i gave away my guitar and i just shrugged'],
    [
      'crisis',
      "mate asked why i'm giving away my records, i said i won't need them where i'm going",
    ],
    ['crisis', "my mum asked why i'm writing a will at 24 and i changed the subject"],
    ['crisis', 'a colleague asked why i handed her my camera and said goodbye like that'],
    [
      'crisis',
      "my brother wanted to know why i've been giving my stuff to people this week. i couldn't tell him",
    ],
    [
      'ordinary',
      'my friend asked why i gave my old bike to the charity shop, honestly it was just taking up space',
    ],
    [
      'ordinary',
      'the solicitor asked why i am making a will now and i said because we just bought the house',
    ],
    [
      'ordinary',
      "my friends asked why i gave away my ring from him, i just didn't want it in the flat anymore",
    ],
    [
      'ordinary',
      "my daughter asked why i gave away my books, we're moving to a smaller flat in spring",
    ],
    ['crisis', "wrote letters to each of my kids. they'll find them after"],
    ['crisis', "tell my brother he can keep my playstation, i won't be needing it"],
    ['crisis', 'i make everything ready now. cat goes to sara, letters are on the desk'],
    ['crisis', 'handed my car keys to dad and told him to take care of mum always'],
    [
      'crisis',
      "i gave my watch to my best friend today and said look after it forever, he didn't get it",
    ],
    ['crisis', "after i'm gone they will read it and finally understand"],
    ['ordinary', 'i handed my keys back to the landlord today, new chapter'],
    ['ordinary', 'gave my ring back to him at the cafe and it felt freeing'],
    ['ordinary', 'tell my sister she can keep the blue dress, it never fit me anyway'],
    ['ordinary', 'packed the car and made everything ready. road trip tomorrow!'],
    ['ordinary', 'writing letters to each of my bridesmaids before the wedding, so emotional'],
    [
      'ordinary',
      "gave my old guinea pig to my sister since i'm moving abroad, told her take care of her always",
    ],
    ['crisis', "i stopped eating and answering calls because i can't anymore"],
    ['crisis', "i'm saying goodbye to you all because i cannot anymore"],
    [
      'crisis',
      "i stopped taking my meds and i'm not going to fight it because i can't anymore, i'm so tired of being alive",
    ],
    ['ordinary', "i quit the gym because i can't anymore, my knee is wrecked"],
    ['ordinary', 'i stopped texting him because i can not anymore'],
    [
      'ordinary',
      "i stopped going to his mum's for sunday lunch because i cannot anymore, it's too awkward",
    ],
    ['crisis', 'started self arming again after he left'],
    ['crisis', 'i self armed last night, first time in a year'],
    ['crisis', 'thinking about self arm alot these days'],
    ['crisis', 'been selfharming again, long sleeves at work'],
    ['ordinary', 'the museum had a self arming mine on display, so creepy'],
    ['ordinary', 'did a self arm massage for my tennis elbow like the physio showed me'],
    ['crisis', "the gp asked if i'm safe around myself and i didn't answer"],
    ['crisis', 'counsellor asked if i felt safe with myself. i lied'],
    [
      'crisis',
      'my therapist asked whether i feel safe with myself and i went quiet for a long time',
    ],
    ['crisis', "the crisis line asked if i'm safe tonight and i hung up"],
    ['ordinary', "i'm not safe around myself with cake and lied to my trainer about it"],
    [
      'ordinary',
      "the doctor asked if i feel safe with myself and i said yes, honestly i'm doing much better",
    ],
    [
      'ordinary',
      'my date asked if i feel safe with myself driving at night and i said nothing because i was concentrating on the roundabout',
    ],
    ['crisis', "thinking about trying again tonight, last time the pills didn't work"],
    ['crisis', 'i survived last time. thinking of trying again soon'],
    ['crisis', 'i keep thinking of trying it on friday when everyone is out of the house'],
    [
      'crisis',
      'survived the overdose in march, thinking about trying tomorrow, properly this time',
    ],
    ['ordinary', 'thinking of trying this new yoga class on thursday'],
    ['ordinary', 'thinking about trying tinder again, is it too soon?'],
    ['ordinary', 'thinking of trying on my old wedding dress just to see if it still fits'],
    ['ordinary', "thinking about trying next month's half marathon with my sister"],
    ['safety', 'he told my son that mummy would disappear if he ever told his teacher'],
    ['safety', "he said i'm going to disappear if i try to take the kids"],
    ['safety', "my ex told the kids they'd be better off with a mother who is dead"],
    ['safety', "he says one day i'll just vanish and nobody will look for me"],
    ['safety', 'your mum will disappear, he whispered to my daughter when he dropped her off'],
    ['safety', 'she said i would disappear if i went to the police and nobody would find the body'],
    ['ordinary', "i will disappear if you put on that horror film, i'm a wimp"],
    ['ordinary', 'the doctor said the rash would disappear if i stopped using that cream'],
    ['ordinary', 'magic trick for the kids: the coin will disappear if you blow on it'],
    ['ordinary', 'the stain would disappear if your mum used vinegar, trust me'],
    ['safety', 'he demands receipts and i have to explain every penny i spend'],
    ['safety', "she makes me account for where i've been every minute of the day"],
    ['safety', 'i have to ask him for money to buy tampons'],
    ['safety', 'i must ask her for money even for the bus, my card is in her wallet'],
    ['safety', 'every euro has to be accounted for or he goes silent for days and smashes things'],
    ['safety', 'he took my bank card and now i have to beg him for cash for nappies'],
    ['ordinary', 'my accountant made me account for every receipt this year, tax season hell'],
    ['ordinary', 'i need to ask him for money back, he still owes me for the holiday'],
    ['ordinary', "i had to ask her for money for the school trip form, she's the pta treasurer"],
    [
      'ordinary',
      'budget challenge: account for every dollar so nothing goes missing, zero based budgeting is changing my life',
    ],
    ['safety', 'he goes through every receipt in my bag when i get home'],
    ['safety', 'she controls everything, the money, the car, who i talk to'],
    ['safety', 'he controls everything i eat and wear and if i argue he gets scary'],
    ['ordinary', 'i control everything i can and let go of the rest'],
    ['ordinary', 'my accountant goes through every receipt with me in january'],
    [
      'ordinary',
      "i feel like i need to control everything since the breakup, therapist says it's anxiety",
    ],
    [
      'ordinary',
      "my manager controls everything on the project, so annoying, can't even pick a font",
    ],
    ['safety', 'he quoted things i only told my therapist'],
    ['safety', 'how does he know stuff i only texted my best friend?'],
    ['safety', 'my ex rented a flat across the street after i moved out'],
    ['safety', 'she bought the house next door two months after i moved in'],
    ['safety', 'he knew exactly what i bought at the pharmacy yesterday'],
    ['safety', 'she knows exactly where i was last night and i never told her'],
    ['safety', 'he shows up at the end of my shift every night'],
    ['safety', "he got my rota from someone at work and now he's waiting outside"],
    ['safety', 'she always seems to know what i said in private chats with my mum'],
    ['safety', 'he keeps turning up at the hospital car park right when i clock off'],
    ['ordinary', 'my sister knows exactly what i ate today because she cooked it lol'],
    ['ordinary', 'my mum knows exactly where i parked, she came with me'],
    [
      'ordinary',
      "my best friend moved into a flat across the road after i moved, we're neighbours now!",
    ],
    ['ordinary', 'my manager turned up at the end of every shift to thank us, lovely guy'],
    ['ordinary', 'i get my shift schedule from the app every sunday'],
    ['ordinary', "my flatmate repeats stuff i only said once as a joke, she's hilarious"],
    ['safety', 'he brought up things i only said to my sister on the phone'],
    ['safety', "she keeps texting i'm outside at 2am even though i moved"],
    ['safety', "he messaged 'i am outside' and i never gave him my new address"],
    ['ordinary', 'my uber driver texted i am outside so i ran down in my pyjamas'],
    ['ordinary', "my friend texted i'm outside, brunch time"],
    [
      'ordinary',
      'proud of myself, i shared things i only said to my therapist before with my best friend today',
    ],
    ['safety', 'i plan my whole route around avoiding his gym in case he sees me'],
    ['safety', 'we plan our days around avoiding him at the school gates since he threatened me'],
    ['safety', 'too scared to make a sound when he comes home drunk'],
    [
      'safety',
      "i tiptoe round the flat so he won't hear me, i daren't make any noise when he's in",
    ],
    ['ordinary', 'i plan my day around avoiding rush hour'],
    ['ordinary', "i'm afraid to make a noise in the silent study room lol"],
    ['ordinary', 'baby finally asleep, scared to make a sound'],
    ['ordinary', 'i plan my week around avoiding sugar'],
    [
      'ordinary',
      'i arrange my route around avoiding the street where we used to live, too many memories',
    ],
    ['safety', "i still flinch when my phone buzzes, in case it's him again"],
    ['safety', "i panic when my phone lights up because he's been texting threats all week"],
    ['safety', "my heart drops every time my phone pings since he said he'd find me"],
    ['ordinary', "i jump when my phone buzzes, hoping it's the job offer"],
    ['ordinary', 'i still panic when my phone rings, phone anxiety is real'],
    ['ordinary', 'slept like the dead for eleven hours'],
    ['ordinary', 'i look like death warmed up this morning'],
    ['ordinary', 'the sermon was about dying to ourselves, it really touched me'],
    ['ordinary', 'bought a new knife set for the flat, feels like a grown up'],
    ['ordinary', 'got a knife block as a housewarming gift from my aunt'],
    ['ordinary', 'we were dying of laughter at the wedding speeches'],
    ['ordinary', 'sorted the kitchen knives into the drawer and hung my new pictures'],
    ['ordinary', 'it really touched me when my friend remembered the anniversary and sent flowers'],
    ['crisis', 'i want to sleep like the dead and never wake up again'],
    ['crisis', 'i want to be like the dead, quiet and gone'],
    ['safety', 'he took a knife from the knife block and held it to my throat'],
    ['crisis', 'i keep staring at the kitchen knives thinking about using one on myself'],
    ['safety', 'he threw the whole knife set at the wall and then came at me'],
    ['crisis', 'i bought a set of knives today, not for cooking'],
    [
      'crisis',
      "it really touched me to be invited, but honestly i don't think i'll be around by then",
    ],
    ['crisis', 'dying of laughter on the outside, on the inside i want to die for real'],
    ['safety', "i look like death warmed up because i haven't slept since he threatened me"],
    [
      'safety',
      "he keeps the kitchen knives in his bedroom and says i'll find out what they're for if i leave",
    ],
    ['crisis', "i'm done fighting, i can't do another day, i just need to stop"],
    ['crisis', 'the pills are on the table. i need to stop.'],
    ['crisis', 'every day is the same pain and i need to stop for good'],
    ['crisis', 'i need to just stop. permanently.'],
    ['crisis', "i need to stop existing, i'm a burden on everyone"],
    ['crisis', "i need to stop forever, i can't keep breathing through this"],
    ['crisis', 'i need the pain to stop for good'],
    ['ordinary', 'i keep checking his instagram, i need to stop'],
    ['ordinary', 'ate a whole tub of ice cream again, need to stop'],
    ['ordinary', 'need to stop texting him at midnight'],
    ['ordinary', 'i need to stop comparing myself to his new girlfriend'],
    ['ordinary', 'scrolled his tagged photos again. need to just stop.'],
    [
      'ordinary',
      "i need to stop for good, no more late night messages to him, it's day one of no contact",
    ],
    ['ordinary', 'my mum is going to kill me i burnt the lasagna'],
    ['ordinary', 'my sister will murder me because i spilled wine on her dress'],
    ['ordinary', 'my mum will kill me cos i forgot her birthday'],
    ['ordinary', "my cousin joked he'll bury me if i text my ex again lol"],
    ['ordinary', "my friends joke they'll kill me if i go back to him"],
    [
      'safety',
      'my brother will kill me because i lost his car keys, and i mean actually, he broke my nose last year',
    ],
    [
      'safety',
      "my dad is going to kill me because i crashed his car. i'm scared to go home, he hits when he's angry",
    ],
    [
      'safety',
      'my flatmate joked that he would kill me if i ever called the police on him, then he locked me in my room',
    ],
    [
      'safety',
      "my mate keeps joking he'll strangle me if i talk to his ex, but last night his hands were actually on my neck",
    ],
    [
      'safety',
      'my dad said he will kill me because i broke his rule, last time he did i ended up in a&e',
    ],
    ['safety', 'my mum going to kill me i broke her phone, she said it with the belt in her hand'],
    ['safety', 'is it controlling when i ask to see my own bank card? he hit me when i did'],
    [
      'safety',
      "is it controlling if i want my passport back from him? he keeps it locked away and won't let me go home",
    ],
    ['safety', "is it controlling that we can't leave the house without his permission?"],
    [
      'safety',
      "is it controlling when i ask him to stop reading my messages? he says i'm the controlling one and shoved me",
    ],
    [
      'safety',
      'is it controlling when he checks my phone every night and goes through my bank statements?',
    ],
    ['ordinary', 'is it controlling if i ask my new boyfriend to text when he gets home?'],
    [
      'ordinary',
      "is it controlling when i want to know who she's texting? i don't want to be that person",
    ],
    ['ordinary', 'is it controlling that i asked him not to drink before driving the kids'],
    ['ordinary', "is it controlling if we set a bedtime for our teenager's phone"],
    ['safety', "my brother said i'm dead to him if i tell anyone what he did"],
    ['safety', "he said i'm dead to him and that i'd better watch my back"],
    ['safety', "my ex says you will be dead to me, and i'll make sure you are"],
    [
      'safety',
      "my husband told me i am dead to him if i leave, and that he'll find me wherever i go",
    ],
    ['safety', 'my dad says i am dead to him, he threw me out and hit me with his belt'],
    ['crisis', "i am dead to them and soon i'll be dead for real"],
    ['crisis', "i'm dead to my family so nobody would miss me if i went for good"],
    ['ordinary', "my aunt said i'm dead to her because i didn't bring the good cheese lol"],
    ['ordinary', 'you are dead to me, i told my best friend when she spoiled the finale'],
    ['ordinary', "my ex's mum says i am dead to the family now, fine, i'm better off"],
    [
      'safety',
      'my neighbour keeps watching my flat while i am at work and sends me photos of who visits',
    ],
    [
      'safety',
      "my ex is watching my house while i'm away, he parks outside every night, the neighbours saw him",
    ],
    ['safety', 'someone has been watching my apartment when i go to work, same car every day'],
    [
      'safety',
      'he watched our home while we were on holiday and then told me everyone who came round, i never asked him to',
    ],
    [
      'safety',
      'the man downstairs is always watching my place while i am out and he knows my routine, it scares me',
    ],
    ['ordinary', 'my neighbour is watching our house while we are in spain'],
    ['ordinary', 'my mum is watching my place while i am abroad'],
    ['ordinary', "sam is watching my flat while i travel to berlin, he'll water the plants"],
    [
      'crisis',
      'No want to be alive no more. I write letters to each person of my family and put in drawer.',
    ],
    [
      'crisis',
      "my neighbour is watching my flat while i am away at my sister's. i've left the letters on the table and the pills are counted, this is my last weekend",
    ],
    [
      'crisis',
      "Everyone asks why I've been so calm lately. They don't know I've made everything ready and picked the date.",
    ],
    [
      'crisis',
      "my best friend asked why i gave her my jewellery box and my diaries, i told her i just want her to have them, she'll understand later",
    ],
    ['crisis', "slept like the dead last night and wished i hadn't woken up at all"],
    [
      'crisis',
      'is it normal to look up how long it takes to drown? i keep thinking of trying next week',
    ],
    [
      'crisis',
      "my kids will be fine without me, maybe should finish this tonight while they're at their dad's",
    ],
    ['crisis', "i don't want to scar anyone if i go through with it so i'll go somewhere far away"],
    [
      'crisis',
      'my coach asked if i feel safe with myself after everything, i said nothing and just left',
    ],
    ['crisis', "self harming again. my arm is a mess and i don't want it to stop"],
    [
      'safety',
      'is it controlling if i want my own phone back? he took it and only gives it back when i sleep with him',
    ],
    ['safety', "my aunt is watching my flat while i'm away because my ex keeps trying to break in"],
    ['safety', "he texted i'm outside at 3am and started banging on the door"],
    [
      'safety',
      'he knows exactly what i spend because he set up alerts on my card and screams about every coffee',
    ],
    ['safety', 'she makes me show her every receipt and empties my purse every friday'],
    [
      'safety',
      "my ex moved into my building a month after i moved there and now he's in the lift every morning, smiling at me",
    ],
    [
      'safety',
      "he's not allowed near me but he turns up at the end of each shift and just stands by the bus stop",
    ],
    ['safety', "he told me i'd be dead to him and then said dead people can't talk to the police"],
    ['safety', "if i don't hand over my wages he makes me sleep in the car"],
    ['safety', "i'm scared to make noise at night because he wakes up furious and throws things"],
    [
      'safety',
      'he says the kids will be better off with a mum who is dead, he says it while sharpening his knife',
    ],
    [
      'safety',
      "my friend's husband joked that he'd kill me if i ever told her about his affair, he wasn't smiling",
    ],
    [
      'safety',
      'is it controlling when i ask where the money went? he cleared out our joint account and laughed',
    ],
    ['safety', 'i plan every day around avoiding him; he waits at the station and follows me home'],
    ['crisis', 'i need to stop forever'],
    ['crisis', 'tired of fighting it. i just need to stop permanently'],
    ['crisis', 'would drowning be painless'],
    ['crisis', 'if i jumped from the multistorey would it be instant'],
  ]);
});

describe("the review of round 29's phrases", () => {
  // Notes written against round 29, above all against a tried idiom that blanked sentences about
  // the writer's work with other people's harm: it hid 65 real notes ("the defendant is my ex and
  // he was outside the court again") and was dropped. The commit before round 29 got 191 right,
  // round 29 as first written 143; now 207.
  itGetsAtLeast(207, [
    ['crisis', "patients get better, I don't"],
    ['crisis', "night shift, took the patients' leftover oxycodone home, again"],
    ['crisis', 'the patient survived the overdose and a small part of my brain was jealous'],
    [
      'crisis',
      "As a nurse I know exactly how many of the patients' tablets would do it, and the number is in the notes app",
    ],
    [
      'crisis',
      "Did the toxicology module this week, now I know which dose is lethal and it's planned for Friday",
    ],
    [
      'crisis',
      'The post mortems stopped bothering anyone years ago, the letters are written and Saturday is the day',
    ],
    [
      'crisis',
      'The patients on the ward think their nurse is fine, nobody knows about the blades in the locker',
    ],
    [
      'crisis',
      'After the ward round, drove to the bridge and sat on the railing for an hour deciding whether to jump',
    ],
    [
      'crisis',
      "Schwartz round today about the F1 who killed himself, and honestly I get it, I've got the same plan",
    ],
    ['crisis', "The trainees don't know their registrar keeps a noose in the boot of the car"],
    [
      'crisis',
      "Taught the trainees the suicide risk factors today and ticked every single one, the rope's already bought",
    ],
    [
      'crisis',
      'Clinic full of patients and all I could think about was the overdose planned for tonight',
    ],
    ['crisis', "Two patients died this week and honestly there's no point living anymore"],
    [
      'crisis',
      'The patients deserve a better doctor, the world deserves one less of this one, tonight it ends',
    ],
    [
      'crisis',
      'Still a patient on the psych ward, hiding the pills under my tongue to save them up',
    ],
    [
      'crisis',
      'The other patients on the unit got visitors, nobody came, the tablets are saved up for when they discharge',
    ],
    [
      'crisis',
      "The patient I care for has morphine patches and I've started counting how many it would take",
    ],
    [
      'crisis',
      "The suspect got off again, twenty years in the job and honestly don't want to wake up tomorrow",
    ],
    ['crisis', 'The defendant got life and I went home and wrote a goodbye letter to the kids'],
    ['crisis', 'Attended a hanging, the victim was 19, went home and tied the same knot'],
    [
      'crisis',
      'The patients today were two old dogs, and the pentobarbital is right there within reach, so easy',
    ],
    [
      'crisis',
      "I prescribe the patients' meds all day, writing a fatal dose under a fake name would be easy and nobody would check",
    ],
    ['crisis', 'Finished the post mortem list and decided tonight is the night'],
    [
      'crisis',
      'The toxicology report on the patient gave exactly the dose that would work for someone my size',
    ],
    [
      'crisis',
      'As the victim in the case nobody believed, ending it tonight seems like the only way out',
    ],
    [
      'crisis',
      'The F1s asked if their registrar was ok, said yes, the tablets are in the car though',
    ],
    [
      'crisis',
      'another shift hiding the self harm cuts from the patients under long sleeves, cut again in the staff toilet',
    ],
    [
      'crisis',
      'a patient told the team today they want to die and honestly same, thinking about it every shift',
    ],
    [
      'crisis',
      'the victim impact statement was read out and afterwards the only thing in my head was jumping in front of the train home',
    ],
    [
      'crisis',
      "we lost a patient to suicide today and I've decided to follow, the note is in my bag",
    ],
    ['crisis', "I've booked my scheduled departure, it's the 14th, nobody needs to know"],
    ['crisis', "I'm done. Done as in done."],
    ['crisis', 'Keep thinking about being under the ground, it would be so quiet'],
    ['crisis', "It'll be by my own hand and it'll be soon"],
    ['crisis', 'If I disappear tomorrow would anyone even notice'],
    ['crisis', "See you on the other side, tell mum I'm sorry"],
    ['crisis', 'This show is getting cancelled after this season, the finale is already written'],
    ['crisis', 'Checked the height of the multistorey car park by the station twice this week'],
    ['crisis', "Couldn't even tie the knot right, the belt slipped off the door"],
    ['crisis', 'Every day I want to step in front of every bus I see'],
    ['crisis', 'Thinking about the river, rocks in my pockets, like Virginia Woolf'],
    ['crisis', "Ran the engine in the closed garage last night, next time I'll sit with it longer"],
    ['crisis', 'Took my hands off the wheel on the motorway to see what would happen'],
    ['crisis', "The rope is in the shed and the kids are at their dad's this weekend"],
    ['crisis', 'Started looking at my own belts differently since he left'],
    ['crisis', 'Tested the banister with my own body weight, it held'],
    ['crisis', 'Which floor of a building is guaranteed to be fatal'],
    ['crisis', "This isn't a cry for help, I've made my decision and I'm at peace with it"],
    [
      'crisis',
      "Wrote my will at 26, everything goes to my sister, feels right since nothing's left for me",
    ],
    ['crisis', 'Someone remind me to delete my browser history before they find me'],
    ['crisis', 'Handing in my notice, and not in the job sense'],
    ['crisis', "Cleaned the whole flat as though I wasn't coming back"],
    ['crisis', "Said my farewells to everyone today, they don't know it was a real goodbye"],
    ['crisis', 'Made my dispositions, the dog goes to my sister, the car to my brother'],
    ['crisis', 'Clean from cutting for 200 days and I broke it tonight'],
    ['crisis', "Honestly it's active ideation now, not the passive kind anymore"],
    ['crisis', "If I was my own psychiatrist, I wouldn't discharge me"],
    [
      'crisis',
      "Wrote 'do not wake me up' on a note and taped it to the door, then took everything in the cupboard",
    ],
    ['crisis', "Brought the morphine home from work, it's in my bag now"],
    ['crisis', "Round two tonight, and this time I'm doing it properly"],
    ['crisis', "It's also not a joke when I say I don't want to be here"],
    ['crisis', 'Wish someone would take me to the vet to be put down like the dog'],
    [
      'crisis',
      "Wrote a letter for the pre deployment pack, but it's really the letter for when I'm gone, not deploying anywhere",
    ],
    [
      'crisis',
      "I've been looking at the tall car park near work and working out how high the top floor is",
    ],
    [
      'crisis',
      "Left my laptop password and instructions for the cat with my sister, she thinks I'm going travelling",
    ],
    ['crisis', "Dear whoever finds this, it's not a cry for help, it's a goodbye"],
    ['crisis', 'Scrubbed my search history and left the passwords for my brother'],
    ['crisis', 'Six months without self-harming and last night I relapsed with the razor'],
    ['crisis', "Gave my dog to my neighbour and told her I was going abroad, I'm not"],
    ['crisis', "Burnt my wrist on the deep fryer again, it's the only time I feel anything"],
    ['crisis', 'Drove home with my eyes shut on the straight bit to see if it would end'],
    ['crisis', 'filled my pockets with stones and walked to the end of the pier'],
    ['crisis', 'So long and goodnight, everyone, this is the last post'],
    ['crisis', 'Took ampoules home from the ward in my pocket, enough now'],
    ['crisis', "At this point I'm the death of me lol but also I mean it, I want it over"],
    ['crisis', 'Thinking about switching off my own life support, metaphorically and not'],
    ['crisis', 'Nothing left to report. Nothing left at all. Goodbye.'],
    ['crisis', "My cat goes to my mum, the instructions are in the drawer, don't come looking"],
    ['safety', 'the defendant is my ex and he was outside the court again'],
    ['safety', 'told the police the suspect keeps following my car'],
    [
      'safety',
      "as the victim, nobody believed him when he said he'd kill her, now he's after my sister",
    ],
    ['safety', 'The suspect is my husband and he found my new address'],
    [
      'safety',
      "The perpetrator was released on bail yesterday and he's already texted my daughter",
    ],
    ['safety', 'As the complainant, his family keep turning up at my door'],
    ['safety', "The offender is my ex, his tag came off and he's parked outside my house now"],
    ['safety', "The defendant's brother followed my car home from court"],
    ['safety', 'Police say the suspect still has a key to my flat'],
    [
      'safety',
      "The restraining order says the defendant can't come within 100m, but he was at the school gates again",
    ],
    [
      'safety',
      "The officer said the suspect in my case has a history of violence and I don't feel safe at home",
    ],
    ['safety', 'The suspect knows where we live now'],
    ['safety', 'I saw the defendant outside my house at 2am'],
    [
      'safety',
      "A patient's husband has been waiting by my car after every shift and followed my bus home",
    ],
    [
      'safety',
      "The patient's son keeps turning up at my flat and said he knows where my daughter sleeps",
    ],
    [
      'safety',
      'My husband is the defendant in a domestic abuse case and he keeps texting from new numbers',
    ],
    ['safety', 'The suspect in my stalking case has moved onto my street'],
    ['safety', "Court tomorrow, the defendant's mates have been sat outside my house all night"],
    ['safety', 'Police said the suspect tracked my car with an airtag for months'],
    [
      'safety',
      "The claimant's husband waited by my car after the hearing and said he knows which school my kids go to",
    ],
    ['safety', "The defendant smiled at my kids in the corridor and mouthed you're dead"],
    [
      'safety',
      "The patient in the next bed keeps touching my leg at night and the staff don't believe it",
    ],
    ['safety', 'The consultant corners the trainees in the lift and grabbed my chest last week'],
    [
      'safety',
      'The offender followed my car home from the probation office and now knows where I live',
    ],
    [
      'safety',
      "Victim support said the perpetrator has been sending letters from prison to my mum's house asking for my new address",
    ],
    [
      'safety',
      "The defendant was acquitted and he's been driving past the house every night since",
    ],
    [
      'safety',
      "The victim liaison officer rang, he's out, and he's sworn to finish what he started",
    ],
    [
      'safety',
      "My ex is the suspect, he hit my head against the wall and the police still haven't charged him",
    ],
    [
      'safety',
      "As the victim they made sure the perpetrator couldn't see the address, but he turned up anyway last night",
    ],
    ['safety', 'The two suspects who broke my door in are out on bail and living round the corner'],
    ['safety', "I got strangled last week because I didn't cook dinner on time"],
    ['safety', "He said he'll take the kids abroad and I'll never see them again"],
    ['safety', 'My passport has been missing since I told him I was leaving'],
    ['safety', 'He brought a baseball bat when he came to pick up his stuff'],
    ['safety', "He sent me a photo of a grave and wrote 'this is you if you leave'"],
    ['safety', "He texts 'u better answer' over and over when I don't reply"],
    ['safety', 'Having my phone inspected every night before bed is normal, right?'],
    ['safety', 'When we argue in the car he locks the doors and speeds up'],
    ['safety', 'He speeds up until I say sorry'],
    [
      'safety',
      "I get flat tyres every time I try to go see my mum, he's the only one with access to the car",
    ],
    ['safety', 'He took my name off the joint account without asking'],
    ['safety', "He borrowed my salary for 'bills' every month and I never see any of it"],
    ['safety', "He explained why I can't have my own bank account, he says it's safer that way"],
    ['safety', 'He hid my insulin pens when I said I wanted to see my friends'],
    ['safety', 'I turned my location off and he turned my location sharing back on while I slept'],
    ['safety', "He's had location sharing on me since we met and gets angry if it's off"],
    ['safety', 'I switched it off and he turned it back on, he always knows where I am'],
    ['safety', 'He checks my steps on the app and asks where the extra ones came from'],
    ['safety', "He sends 'where r u' like 30 times in an hour"],
    ['safety', "He reads my journal every night, so I can't even write this honestly"],
    ['safety', 'My ex keeps happening to be there every single time I go out'],
    ['safety', "Since I moved I've been memorising the exits everywhere I go in case he turns up"],
    ['safety', "I know the exits in every room of my house and which ones he can't block"],
    ['safety', 'I told him no and he did it anyway'],
    ['safety', "He says no means no unless we're married"],
    ['safety', 'My ex being scary again, showed up drunk shouting'],
    ['safety', "He's lovely except when he drinks, then I hide in the bathroom"],
    [
      'safety',
      "He set up location sharing so he knows I got home, and if I'm five minutes late he screams and takes my keys",
    ],
    ['safety', 'He makes me hand over my phone every evening so he can go through it'],
    ['safety', 'He put an app on my phone and counts my steps to see if I went anywhere'],
    ['safety', 'He read my diary again and quoted it back to me while shouting'],
    ['safety', 'Every time I said no he kept going anyway, I stopped saying it'],
    ['safety', "He drives really fast with the child locks on when he's angry with me"],
    ['safety', "He slashed my tyres the day I said I'd visit my sister"],
    ['safety', 'My paycheque goes straight to him and he gives me twenty quid a week'],
    ['safety', "He threatened to take the baby to his mum's country and I'd never see her again"],
    ['safety', 'My car keys vanished the day I mentioned divorce'],
    ['safety', 'He showed up with a knife at my door last night'],
    ['safety', "He choked me when dinner wasn't ready"],
    ['safety', "He keeps texting 'answer me now or else'"],
    ['safety', 'I sit near the door in every restaurant in case he walks in'],
    ['safety', 'He tracks my phone and turned it back on after I switched it off'],
    ['safety', "He won't let me have my own money or card"],
    ['safety', 'He hides my medication when I try to go out'],
    ['safety', "Whenever I go to the gym he's somehow always there"],
    ['safety', "She keeps my passport and says I can't leave"],
    ['safety', 'He grabbed my wrist so hard it bruised when I said I was going out'],
    ['safety', "I'm scared of what he'll do when he finds out I've moved"],
    ['ordinary', "Took a stalking report today, the victim's ex had hidden an airtag in her car"],
    ['ordinary', 'Did the overdose teaching for the F1s this morning, went well'],
    ['ordinary', 'Long day in court, the defendant was found guilty of assault'],
    ['ordinary', 'The patient in bed 4 took an overdose last night, stable now'],
    ['ordinary', 'Ward round ran late again, three patients with self harm injuries'],
    ['ordinary', 'Schwartz round about a patient who died by suicide, really moving session'],
    ['ordinary', 'Post mortem results came back, toxicology showed high levels of opiates'],
    [
      'ordinary',
      'The claimant alleges her ex stalked her for two years, prepping the bundle tonight',
    ],
    ['ordinary', 'The suspect was arrested for strangling his girlfriend, long shift'],
    ['ordinary', 'Interviewed a victim of coercive control today, her husband took all her money'],
    ['ordinary', 'Night shift again, the patients were settled and I got my break'],
    ['ordinary', 'Our trainees presented their audit on self harm admissions, so proud'],
    ['ordinary', 'Our scheduled departure is 6am from Gatwick, so excited for Lisbon'],
    ['ordinary', 'Done as in done! Essay submitted, going to the pub'],
    ['ordinary', 'Switching off my own notifications after 9pm has been great for my sleep'],
    ['ordinary', 'Made this quilt by my own hand, took three months'],
    ['ordinary', 'Moved into the new flat by my own arrangement, no agent fees'],
    ['ordinary', "If I disappear tonight it's because I'm binge watching the new season"],
    ['ordinary', 'Screamed so long and goodnight at the MCR gig, voice gone'],
    ['ordinary', 'See you on the other side of exams, good luck everyone'],
    ['ordinary', "We joked we'd see you in another life like in Lost, such a good rewatch"],
    ['ordinary', "Nothing left to report from today's team meeting, quiet week"],
    ['ordinary', 'Checking the height of the car park barrier before we take the van in'],
    ['ordinary', "We can't even tie the knot right, the venue cancelled on us again"],
    [
      'ordinary',
      'My toddler tries to step in front of every car in the supermarket car park, exhausting',
    ],
    [
      'ordinary',
      "Came back from the beach walk with rocks in my pockets for the kids' painting project",
    ],
    ['ordinary', "Therapist says don't rush the decision about the flat, sit with it longer"],
    [
      'ordinary',
      'Took my hands off the wheel for a second to see if the lane assist works, it does',
    ],
    ['ordinary', 'The rope is in the shed if you want to put up the tyre swing'],
    [
      'ordinary',
      'Tested the pull-up bar on the beam with my own body weight before letting the kids on',
    ],
    ['ordinary', 'Rare drops guaranteed from the new raid boss, grinding all weekend'],
    ['ordinary', 'Posting my disaster of a kitchen, not a cry for help, just funny'],
    ['ordinary', "Did my will at 25 when we bought the house, the solicitor said it's sensible"],
    ['ordinary', 'Must delete my browser history before Sam sees the surprise party plans'],
    ['ordinary', 'Leaving drinks tonight, kind of a farewell to the old team'],
    ['ordinary', "Packed as though I wasn't coming back, three suitcases for a weekend lol"],
    ['ordinary', 'Said my farewells at the leaving do, going to miss that office'],
    ['ordinary', 'Final sitrep before the team goes on leave, all tasks closed'],
    ['ordinary', 'Set up power of attorney for mum just in case, her memory is getting worse'],
    ['ordinary', 'Told my manager the best person to lead the case is me'],
    ['ordinary', 'Clean from cutting carbs for a month, broke it with pizza last night'],
    [
      'ordinary',
      'Training day on active ideation versus passive ideation, really useful for the helpline volunteers',
    ],
    ['ordinary', 'Wrote do not wake me up on the sign for my hotel door, need a lie in'],
    ['ordinary', "Brought the cat's insulin vials home from the vet, he hates the injections"],
    ['ordinary', "Round two tonight of the pub quiz, we're going to win"],
    ['ordinary', "It's also not a joke how expensive rent is now"],
    ['ordinary', "I always get choked up watching him cook my nan's recipes"],
    ['ordinary', 'Dad brought the baseball bat and glove to the park for the kids'],
    ['ordinary', 'She brought a knife to cut the birthday cake, good thinking'],
    ['ordinary', 'You better answer the phone when grandma calls, she worries'],
    ['ordinary', 'Having my phone checked at the repair shop, the screen keeps flickering'],
    ['ordinary', 'I get flat tyres every time I cycle down that lane with the glass'],
    [
      'ordinary',
      "Turned my location sharing back on so my sister knows I'm home safe after the date",
    ],
    ['ordinary', 'I turned off the TV and he turned it back on, typical Sunday with my dad'],
    ['ordinary', 'My fitbit checks my steps and nags me every hour'],
    ['ordinary', "I read my journal every morning to see how far I've come since the breakup"],
    ['ordinary', 'Memorising the exits was part of the cabin crew training today'],
    ['ordinary', 'Fire safety course at work, we had to point out the exits in every room'],
    ['ordinary', 'Told him no snacks and he carried on eating them, toddlers are relentless'],
    ['ordinary', 'Took my dog to the vet to be put to sleep today, 15 good years, heartbroken'],
    ['ordinary', 'Letter for the pre deployment pack done, pre deployment admin is endless'],
    ['ordinary', 'Kid asked if I was moving because of all the boxes, just decluttering'],
    ['ordinary', 'Sold my medals from the marathons on eBay to fund the new bike'],
    [
      'ordinary',
      'Thinking about being under the ground on the tube at rush hour, nope, taking the bus',
    ],
    ['ordinary', 'Watched my ex being scary good at karaoke, weird night'],
    ['ordinary', "He's fine except when he drinks coffee after 4, then he can't sleep"],
    ['ordinary', 'Checked the height of the bridge for our campervan before the trip'],
    ['ordinary', 'Went on the ghost tour, the guide said see you on the other side, spooky'],
    ['ordinary', 'Blocked his number today and went for a long run, feeling lighter'],
    ['ordinary', "Draft: hey, just wanted to return your hoodie, I'll leave it with your sister"],
    ['ordinary', 'Urge trigger: saw our song on the radio and almost texted him'],
    ['ordinary', 'Why do I keep checking his instagram every night'],
    ['ordinary', 'Journal: therapy helped today, we talked about boundaries'],
    ['ordinary', 'Cried at the supermarket because they had his favourite cereal'],
    ['ordinary', 'Moving out next week, my friends are helping with the van'],
    ['ordinary', "My sister says I should delete his photos, I'm not ready"],
    ['ordinary', 'Day 30 no contact, proud of myself'],
    ['ordinary', 'Question: is it normal to still miss him after four months?'],
    ['ordinary', 'The nurse who took my bloods today was so kind, it made me tear up'],
    ['ordinary', "Watched a true crime doc about a defendant who stalked his ex, couldn't sleep"],
    ['ordinary', 'My mum is a patient at the hospice now, visiting every evening'],
    ['ordinary', 'Jury service this week, the defendant looked so young'],
    ['ordinary', 'Played the victim in the first aid training, they bandaged my whole head lol'],
    ['ordinary', 'Started a new job on the ward, the patients are lovely and the F1s are clueless'],
    ['safety', "The defendant is my ex. He was outside my house again last night and I'm scared."],
    ['safety', "Hospital porter here, a patient's boyfriend has been sending threats to my phone"],
    [
      'crisis',
      'Nurse, 12 years. The patients get the good drugs and tonight so do I, the whole vial',
    ],
    [
      'crisis',
      'Paramedic. Seen enough victims of jumps to know which height works, the multistorey on Lime St does',
    ],
    ['safety', "As a carer, the patient's husband pins me to the wall when his wife's asleep"],
    [
      'crisis',
      "The patient in bed 6 and I have the same diagnosis now, the difference is the date I've picked",
    ],
    [
      'safety',
      'Police took a statement, the suspect has been sleeping in his van outside our house',
    ],
    [
      'ordinary',
      'The suspect was charged with stalking, case closed, off to the pub with the team',
    ],
    ['ordinary', 'Two patients discharged today, both doing well after their overdoses'],
    [
      'crisis',
      'Three patients today said they wanted to die, and driving home all I could see was the bridge',
    ],
    [
      'safety',
      'The trainees warned about the consultant, he followed my car home and has been texting at 3am',
    ],
    [
      'crisis',
      'As a patient again, the ward took my laces but not the belt hidden in the pillowcase',
    ],
  ]);
});

describe("the review of round 30's phrases", () => {
  // Notes written against round 30, above all ordinary lists and logs sharing its words ("last
  // walk to the pier before the holiday ends", "root canal should stop the pain for good"). The
  // commit before round 30 got 196 right, round 30 as first written 158; now 206.
  itGetsAtLeast(206, [
    ['crisis', "No more tomorrows for me. I've decided."],
    ['crisis', "Goal: none. There won't be a tomorrow for me to log anything in."],
    ['ordinary', 'No more tomorrows - start the budget today, not next month!'],
    ['crisis', "Journal: I'll be gone by sunday and nobody will have to deal with me anymore"],
    ['crisis', "Everything is sorted. I won't be around after this weekend."],
    ['crisis', 'To do:\n- pay rent\n- rehome the cat\n- be gone by friday'],
    ['ordinary', "Mum's visiting, she'll be gone by sunday thank god"],
    ['ordinary', 'This cold should be gone by monday, taking lemsip and resting'],
    ['ordinary', 'House guests: Tom arrives Thursday, should be gone by sunday'],
    ['ordinary', 'I need all his boxes to be gone by saturday so I can repaint the hall'],
    ['crisis', 'Only one way to stop the pain for good and I know what it is'],
    ['crisis', "I just want the hurting to end permanently. I'm so tired of being here."],
    ['ordinary', 'Dentist: root canal should stop the pain for good in that molar'],
    ['ordinary', 'Physio says the knee surgery could stop the pain permanently'],
    ['crisis', 'Lost the house, lost the kids. Nothing left to lose except me.'],
    ['crisis', "All that's left to lose is me, and that wouldn't be much of a loss"],
    ['ordinary', "Nothing left to lose except my deposit, so I'm applying for the flat anyway"],
    [
      'crisis',
      "Post office asked for a forwarding address. I'm not planning to need an address after this month.",
    ],
    ['crisis', "Landlord wants my new address. I won't need an address where I'm going."],
    ['ordinary', "Won't need an address for the gift, I'll hand it to her in person"],
    [
      'ordinary',
      'Moving in with my sister for a bit, so I will not need an address of my own until spring',
    ],
    ['crisis', "I'll fix everyone's problems by being gone."],
    ['crisis', "They'd all be happier if I just wasn't here anymore."],
    ['ordinary', 'He made his point by being gone the whole weekend without a text'],
    ['ordinary', 'Saved a lot on heating this month by being gone on business most weekends'],
    ['crisis', 'Checking out soon. Not of the hotel.'],
    ['crisis', "Thinking about checking out, and I don't mean of this hotel room."],
    ['ordinary', "I'm tired, not of the job, just of the two hour commute"],
    ['ordinary', 'The best photo is of the beach, not of the hotel'],
    ['ordinary', "I'm sick of the manager, not of the shop itself, so I'll ask for a transfer"],
    ['crisis', 'Best fix: remove the problem entirely, which is me.'],
    ['crisis', 'The problem, which is me, will be gone soon'],
    ['crisis', "Everyone's issue is me, so I'll take myself out of the equation for good"],
    ['ordinary', 'Figured out the problem, which is me forgetting to charge the laptop overnight'],
    ['ordinary', 'The problem, which is me procrastinating, is fixable with a timer'],
    [
      'crisis',
      "Kids would have a better christmas without a sad dad moping around. Maybe that's my gift to them.",
    ],
    [
      'crisis',
      "They'll have a better birthday without a mum who cries all day. I've made my decision.",
    ],
    [
      'ordinary',
      "Honestly we had a better christmas without a dad's rigid schedule this year, much more relaxed",
    ],
    ['crisis', 'Sunday plan: garage, engine running, door down.'],
    [
      'crisis',
      "Sat in the car in the shut garage with the engine on for a while tonight. Didn't want to get out.",
    ],
    ['ordinary', 'Mechanic notes: garage, engine running rough, needs new spark plugs'],
    [
      'ordinary',
      'Frosty morning, left the car in the garage, engine on for 5 minutes with the door wide open',
    ],
    ['crisis', "Tomorrow: last walk to the cliffs. Dog goes to mum's."],
    ['crisis', "One final walk down to the river tonight and then that's it for me."],
    ['ordinary', 'Last walk to the pier before the holiday ends'],
    ['ordinary', 'Evening routine: last walk to the lake with the dog around 9'],
    [
      'ordinary',
      'Last walk to the bridge and back with Sam before she moves to Leeds, gonna miss her',
    ],
    ['crisis', 'Shopping list: charcoal, duct tape, sleeping pills'],
    ['crisis', 'Bought a disposable bbq and tape for the car windows. Not for a barbecue.'],
    ['ordinary', 'Bought charcoal and duct tape for the camping trip'],
    ['ordinary', 'Shopping list: charcoal, burgers, buns, duct tape for the tent pole'],
    [
      'crisis',
      'Sealed the bathroom door and the window with towels and tape. Have the pills ready.',
    ],
    ['ordinary', 'Sealed the bathroom door frame and window with silicone to stop the damp'],
    ['crisis', 'Urge log - trigger: his wedding pics. Urge: the balcony.'],
    ['crisis', 'Urge: the bridge again. 8/10.'],
    ['ordinary', 'Letter to council: we urge the bridge repairs be finished before winter'],
    ['ordinary', 'Urge: text him. Intensity 7. Went for a run instead.'],
    ['crisis', 'Tonight: bath, razor, then nothing'],
    ['ordinary', 'Self-care sunday plan: bath, face mask, new razor, then absolutely nothing'],
    [
      'crisis',
      'Checked the life policy. Two year clause ended in March, so the kids would get paid out.',
    ],
    ['crisis', "Reread the suicide clause in my insurance. It's been long enough now."],
    [
      'crisis',
      "Made sure my life cover has been running long enough that it pays out even if it wasn't an accident.",
    ],
    ['ordinary', "Phone contract has a two year clause, can't switch until 2027"],
    ['ordinary', 'Flat lease has a two year clause on rent increases, landlord confirmed'],
    ['crisis', "Writing her a card for every birthday until she's 18. Have to finish by Friday."],
    [
      'crisis',
      "Recording videos for my son to open on each birthday, since I won't be there for them",
    ],
    ['ordinary', "Grandma always sends a card for every birthday, even the dog's"],
    ['ordinary', 'Bought a big box of cards - one card for every birthday in the family this year'],
    ['crisis', 'Relapsed last night, cut 4 times'],
    ['crisis', 'Went back to hurting myself after 40 days clean'],
    ['ordinary', 'Diet log: relapsed on crisps, cut 3 times this month though'],
    ['crisis', 'Urge to cut tonight, 9/10, hid the blades in the car'],
    ['crisis', 'The urge to cut is really loud today'],
    ['crisis', 'I want to hurt myself again, the itch on my arms is back'],
    ['ordinary', 'Urge to cut my hair short after the breakup lol'],
    ['ordinary', 'Urge to cut sugar tonight, ate fruit instead'],
    ['ordinary', 'Strong urge to cut him off completely tonight, blocked on insta'],
    ['ordinary', 'Film edit: cut 4 times between the two shots in the opening'],
    ['ordinary', 'Had to cut 5 times through the thick cardboard with scissors tonight'],
    ['crisis', 'Stood at the platform edge when the fast train came through and thought about it'],
    [
      'crisis',
      'Kept drifting towards the edge at the station as the trains went past, wanting to step off',
    ],
    ['ordinary', 'Announcement said stand back from the platform edge when the fast train passes'],
    [
      'ordinary',
      'Son loves being near the platform edge when the express train goes by, so I hold his hand tight',
    ],
    ['crisis', "Still planning how and when. Haven't told anyone."],
    ['crisis', 'Worked out the method and picked the date'],
    ['ordinary', 'Planning how and when to tell the kids about the divorce'],
    ['ordinary', 'Goal: ask for a raise. Still planning how and when, probably after the review'],
    ['crisis', 'Check-in: thoughts of ending it? yes. acted on it? yes, last night.'],
    ['ordinary', 'Had an idea for a side business and acted on it, yes, registered the domain'],
    ['safety', "Bruises on my daughter after the weekend at her dad's again"],
    ['safety', "My son came back from his father's with marks on his arms and won't say why"],
    ['ordinary', "Bruises on my son after rugby, he's fine, ice packs"],
    ['ordinary', 'Noticed bruises on my kids after the trampoline park, they were flying'],
    ['safety', 'He stood in the street shouting that he will burn the house down with me in it'],
    ['safety', "Ex left a voicemail screaming he'd set fire to my car"],
    [
      'ordinary',
      'Street preacher kept shouting that you will burn in hell, bit much for a Tuesday',
    ],
    ['safety', "New text from unknown number: 'I see everything you do.'"],
    ['safety', "He messaged 'I know exactly where you were today and who with'"],
    ['ordinary', "Told my son: I see everything you do for your sister and I'm proud"],
    ['safety', 'I have to beg him for bus money to get to work'],
    ['safety', 'He keeps my bank card, I have to ask permission for every penny'],
    ['ordinary', "Kids beg her for money at every shop, gran's a soft touch"],
    ['ordinary', 'Had to beg her for cash back at the till, the card machine was down'],
    ['safety', "He made them ring me to say I'm a bad mother and they don't want to come home"],
    ['ordinary', 'Made them ring me to say they got home safe after the party'],
    [
      'safety',
      "He says he'll look after my wages because I'm useless with money, I get 20 quid a week",
    ],
    ['ordinary', 'Mum offered to look after my wages while I save for the deposit'],
    ['ordinary', 'Downloaded a new budgeting app to look after my wages better'],
    ['safety', 'Checked under the car for the tracker again before driving to the refuge'],
    [
      'safety',
      'I checked under the car for the tracker this morning, found nothing but still shaking',
    ],
    ['safety', 'Think he put a GPS thing on my car, he always knows where I park'],
    ['safety', 'Doorbell camera shows him outside at 3am again'],
    ['safety', 'Ring cam caught her car parked across the road all night, third time'],
    ['ordinary', 'Doorbell camera shows him outside with the parcel, courier left it by the bin'],
    ['safety', 'Saw him outside at 2am again, just standing there looking up'],
    ['ordinary', 'Puppy whined so had to let him outside at 3am again'],
    [
      'ordinary',
      'Teenager came home late, found him outside at midnight again with his mates, grounded',
    ],
    ['safety', "He quizzes the kids about who comes over when they're at mine"],
    ['safety', 'Every handover he asks where i go and who i see'],
    ['safety', 'She makes our son report back on who visits me and what time they leave'],
    ['ordinary', 'Nosy neighbour Brenda always asks who comes over, harmless really'],
    ['ordinary', 'Networking event: they asked what i do and I fumbled it'],
    ['safety', 'He knew my new address. I never shared it with him.'],
    ['safety', "He quoted my private journal back to me and I've never shown it to anyone"],
    ['ordinary', "Grandma's secret recipe, I never shared it with her friends"],
    ['ordinary', 'Netflix password, I never shared it with him, so one less thing to change'],
    ['safety', "Found a listening device in my daughter's teddy after she came back from his"],
    ['ordinary', 'Spy film tonight, the listening device in the lamp was so obvious'],
    ['ordinary', 'Baby monitor is basically a listening device lol'],
    ['safety', 'Found a tracker sewn into the lining of my handbag'],
    ['safety', "I found a tracker hidden in the car's spare wheel well"],
    ['safety', "There was an AirTag taped inside the kids' bag when they came back from his"],
    ['ordinary', 'QA notes: found a bug hidden in the checkout flow'],
    ['safety', 'He got the kids to find out my pin by watching me at the shop'],
    ['safety', "He keeps trying to guess my phone passcode and gets angry when it's wrong"],
    ['ordinary', 'Forgot my card pin, rang the bank to find out my pin'],
    ['safety', 'Withheld number again, someone breathes and hangs up. Third time tonight.'],
    ['safety', 'Private number calls at night, just silence then the line goes dead'],
    ['ordinary', 'Toddler grabbed the phone, breathes and hangs up on grandma every time lol'],
    ['safety', 'Slept with a chair wedged against the door again'],
    ['safety', 'Wedged a chair under the door handle in case he comes back tonight'],
    [
      'safety',
      'Pushed the dresser in front of the bedroom door before sleeping, just in case he uses his old key',
    ],
    ['ordinary', 'Door keeps slamming in the wind, chair wedged against the door for now'],
    ['ordinary', "Wedged a chair under the door so the cat can't get into the nursery"],
    ['safety', "New flat address not written anywhere, not even in my phone, so he can't find it"],
    ['ordinary', 'New address not written anywhere yet, need to update the bank and DVLA'],
    ['safety', 'Plan: while he is at work on friday, leave with the essentials and the kids'],
    ['safety', "When she's out at her mum's on Saturday I'm taking the passports and going"],
    [
      'ordinary',
      "While he is at football I'll leave with the essentials for the beach day and meet them there",
    ],
    ['safety', 'He pressured me into sex again even after I said I was exhausted'],
    ['safety', 'Felt pressured into sex last night just to keep the peace'],
    ['safety', "I only sleep with him because he sulks for days if I don't"],
    ['ordinary', 'Podcast episode on how teens get pressured into sex, good listen for parents'],
    ['safety', 'Said no twice and he kept going'],
    ['safety', "Said no twice. He didn't stop."],
    ['safety', "I told him I didn't want to, more than once, and he did it anyway"],
    ['ordinary', 'Said no twice to the double glazing salesman and he still came back'],
    ['ordinary', 'Kid asked for sweets at the till, said no twice, then caved'],
    ['ordinary', 'Schedule: 07:30 gym, 09:00 standup, 12:30 lunch with Sam, 18:00 pick up kids'],
    ['ordinary', 'Ran 5k in 27:45, new PB!'],
    ['ordinary', 'Updated the app to v2.3.1, the reminders work again'],
    ['ordinary', 'Journal 12.03.2026 - quiet day, read a book, made soup'],
    ['ordinary', 'Match ended 3:1, kids were over the moon'],
    ['ordinary', 'Mood 3.5/10 today, missing him but getting through it'],
    ['ordinary', 'Contact log: 14:20 he texted about the car insurance, replied 14:45 politely'],
    ['ordinary', 'Urge log 22:10 wanted to text her, 22:40 urge passed, went to bed'],
    ['ordinary', 'Mistake: texted him at 01:30. Plan: phone stays in the kitchen after 22:00.'],
    ['ordinary', 'Budget: rent 850.00, food 220.50, petrol 95.20'],
    ['ordinary', 'Interest rate went from 4.5 to 5.1, need to remortgage before it kills me'],
    ['ordinary', 'Killed it at the 10k, 48:12!'],
    ['ordinary', 'He picks up the kids at 17:30 on Fridays, 3.5 hours round trip'],
    ['ordinary', 'Tax return deadline 31.01, dying to get it over with'],
    ['ordinary', 'Meds reminder: 08:00 sertraline 50mg, 20:00 vitamin D, refill due 15.04'],
    ['ordinary', "He drops the kids at 18:00, I'll leave the porch light on and keep it civil"],
    ['ordinary', 'Question: is it normal to still cry at 23:00 three months after the breakup?'],
    ['ordinary', "Draft to him: 'Can you have them 09:00-17:00 Saturday? I'm on shift.'"],
    ['ordinary', 'Shift 22:00-06:00 again, dead on my feet, the night bus at 06:20 is packed'],
    ['crisis', '23:15 - sitting with the pills again, counted them twice'],
    ['crisis', "Note 12.03.2026: I've written the letters and I'm ready to end it"],
    ['crisis', 'At 02:40 I was on the bridge looking down at the water for an hour'],
    ['crisis', "Tonight at 23:30 I'm going to take everything in the cabinet"],
    ['crisis', "Mood 0.5/10. I don't want to be alive anymore."],
    ['crisis', "Took 2.5 times my usual dose on purpose, hoping I just don't wake up"],
    ['crisis', 'Urge log 21:05: urge to hurt myself 9/10, held ice instead'],
    ['crisis', 'Goals v2.0: 1. sort the will 2. give the dog to Jess 3. write the goodbye letters'],
    ['crisis', 'Watched a funny series till 01:30 and I just want to sleep and never wake up'],
    ['crisis', 'Great gym session at 18:30 then home and I still wish I could just stop existing'],
    ['crisis', "Holiday flights booked for 12.08 and I'm hoping I'm not around by then"],
    [
      'crisis',
      'Weekly plan: Mon 09:00 GP, Tue 14:00 solicitor, Sun 23:00 the garage with the engine running',
    ],
    ['crisis', 'Lovely walk 14:00-15:30 with the dog, but tonight I end it, the notes are written'],
    [
      'crisis',
      'Match finished 2:0 and I sat in the car park thinking everyone would be better off without me',
    ],
    ['safety', '01:50 he was outside my window again, 02:20 still there'],
    ['safety', "Contact log 19:45: he said if I take the kids he'll kill me"],
    ['safety', '12.03.2026 he turned up at my work and grabbed my arm in the car park'],
    [
      'safety',
      '22:15 phone pinged, he knew exactly where I was again. 22:30 locked all the doors.',
    ],
    ['safety', "He checks my bank app at 07:00 every day and takes 90.00 for 'housekeeping'"],
    [
      'safety',
      'Watched the game, final 3:1, then he threw a plate at my head because his team lost',
    ],
    ['safety', 'Nice dinner at 19:30, then he went through my phone and shoved me into the wall'],
    [
      'safety',
      "Handover at the school gate at 15:15, he hissed that I'd regret leaving and followed my car home",
    ],
    [
      'safety',
      "Calls log: 23:02, 23:04, 23:05, 23:09, 23:15 - all him, all withheld, he won't stop",
    ],
    ['safety', "Kids back at 18.30 and told me daddy said he'll hurt mummy if she takes them away"],
    [
      'crisis',
      'Goals:\n1. Finish the letters\n2. Give Max to my sister\n3. Garage. Engine on. Door shut.',
    ],
    [
      'crisis',
      "Mistake: told mum I was fine. Plan: make sure they find me after it's done, not before.",
    ],
    ['crisis', "Contact log: none. He won't hear from me again, nobody will after Sunday."],
    ['crisis', 'Question: how long does carbon monoxide take in a closed garage?'],
    [
      'crisis',
      'Trigger: his engagement post. Response: looked up how high the cliffs are at the headland and when the tide is in.',
    ],
    ['crisis', 'Kids will be better off with the insurance money than with me'],
    ['crisis', 'Bought a bag of charcoal and taped up the car vents. Tomorrow.'],
    [
      'crisis',
      'Walked to the end of the pier at 1am and stood there a long time, wanted to let go of the rail',
    ],
    ['crisis', 'Urge: to cut. Did it anyway. 6 this time, deeper.'],
    ['crisis', 'bath + blade tonight, nothing after that'],
    ['crisis', "I've been planning it for weeks now, I know exactly when"],
    [
      'crisis',
      'Leaving a card for each of her birthdays in the drawer, up to 21, so she has something from me',
    ],
    ['crisis', "Please don't let me wake up tomorrow"],
    ['crisis', "Cancelled the dentist, won't need it. Won't need anything after friday."],
    ['safety', "He texted the kids to find out who's been at mine and what car they drive"],
    ['safety', 'His mum keeps asking the kids where I go on weekends and reports back to him'],
    ['safety', 'He set up a camera in the living room that he can still log into from his phone'],
    ['safety', 'Found his old phone hidden behind the books, recording audio'],
    ['safety', 'He turns up at the gym every time I go, even though I changed the time'],
    ['safety', "Ex emptied the joint account and says I'll get money when I behave"],
    ['safety', "He wouldn't let me leave the car until I unlocked my phone for him"],
    [
      'safety',
      "She said if I go to court she'll tell them I'm unstable and I'll never see the kids again",
    ],
    [
      'safety',
      "Keep a bag packed at my sister's with the passports, just in case he kicks off again",
    ],
    ['safety', "I'm scared to go home tonight, he's been drinking since noon"],
    ['safety', "Contact log: 5 missed calls, 12 texts, then 'you can't hide from me'"],
    ['safety', 'He forced himself on me after I said I was tired, I froze'],
    ['safety', 'When I tried to leave he took my keys and stood in front of the door'],
    [
      'safety',
      'He tracks my location through the family sharing app and quizzes me about every stop',
    ],
    [
      'safety',
      "Mistake: answered when he called. Plan: don't, because last time he threatened to come round and smash the windows",
    ],
    ['safety', "He said he'd post the photos if I don't come back"],
    ['safety', "Walk on eggshells every evening until I know what mood he's in"],
    ['safety', 'The kids said daddy asks them what mummy does at night and who her friends are'],
    ['safety', 'Changed the locks after he let himself in and went through my drawers'],
    ['safety', 'He made me sign my wages over to his account and gives me a tenner for the week'],
    [
      'crisis',
      "Lovely day at the beach till 17:30 and honestly I don't see the point in anything anymore, so tired of being here",
    ],
    [
      'crisis',
      'Fun quiz night at the pub until 22:45 then home and I wish I could disappear forever',
    ],
    ['crisis', 'He collected the kids at 18.45, pills are lined up on the desk'],
    [
      'crisis',
      'She dropped off the last of my things at 16:20, tonight is the night, the rope is ready',
    ],
    [
      'ordinary',
      'Took the dog to the bridge at 07:30, then the pharmacy for my pills at 08:15, then work',
    ],
    [
      'ordinary',
      'Route: 06:45 bus to the station, 07:10 train over the viaduct, 07:40 walk past the river to the office',
    ],
  ]);
});

describe("the review of round 31's phrases", () => {
  // Notes written against round 31: other wordings of its short notes ("friday is my final day on
  // earth") and ordinary ones sharing its words ("final note written for the exam", "showed me his
  // knife collection"). The commit before round 31 got 100 right, round 31 as first written 109;
  // now 124.
  itGetsAtLeast(124, [
    ['crisis', 'sunday will be my last day alive'],
    ['crisis', 'today is my last day alive'],
    ['crisis', "this is the last day i'll be alive"],
    ['crisis', 'friday is my final day on earth'],
    ['crisis', 'no more tomorrows for me'],
    ['crisis', 'there will be no tomorrow for me'],
    ['crisis', "i won't be here next week"],
    ['crisis', 'final note written'],
    ['crisis', 'final note done, everything sorted'],
    ['crisis', 'wrote my final note to mum'],
    ['crisis', 'my suicide note is written'],
    ['crisis', 'finished writing the note for my family to find'],
    ['crisis', 'letters for everyone in the drawer'],
    ['crisis', 'left letters for everyone in my desk drawer'],
    ['crisis', 'wrote goodbye letters to each of my kids'],
    ['crisis', 'goodbye post scheduled for midnight'],
    ['crisis', "scheduled a goodbye post on instagram for after i'm gone"],
    ['crisis', 'drafted a goodbye to everyone'],
    ['crisis', 'drafted my goodbye message'],
    ['crisis', 'i keep thinking about killing myself every day'],
    ['crisis', 'thinking about killing myself all the time'],
    ['crisis', 'i think about ending my life constantly'],
    ['crisis', 'planned the date'],
    ['crisis', "i've planned the date and the way"],
    ['crisis', "picked the date i'm going to do it"],
    ['crisis', 'set a date to end it'],
    ['crisis', 'ending my life soon'],
    ['crisis', 'ending it all this weekend'],
    ['crisis', 'ending my lease and my life at the end of the month'],
    ['crisis', 'ending my tenancy then ending myself'],
    ['crisis', 'hiding in the bathroom with the pills'],
    ['crisis', "gave away my cat, she won't need me anymore after friday"],
    ['crisis', 'everyone would be better off without me'],
    ['crisis', 'sorted my will and said my goodbyes'],
    ['crisis', 'last day alive hopefully'],
    ['crisis', 'tomorrow is my last day alive'],
    ['crisis', "i don't want to be alive anymore"],
    ['crisis', 'i want to go to sleep and not wake up'],
    ['crisis', 'final letters written, bottle of pills ready'],
    ['crisis', 'goodbye post is ready to go live tonight'],
    ['crisis', 'i have planned the date i will die'],
    ['crisis', 'my final note is ready'],
    ['crisis', "note for my sister finished, it's time"],
    ['crisis', 'counting down to my last day'],
    ['crisis', 'thinking about killing myself daily'],
    ['crisis', 'thought about killing myself every day this week'],
    ['crisis', 'no more tomorrows'],
    ['safety', 'the kids watched him hit me'],
    ['safety', 'my son saw his dad kick me'],
    ['safety', 'my daughter saw him push me'],
    ['safety', 'the kids saw him hit me again'],
    ['safety', 'my toddler was in the room when he punched me'],
    ['safety', 'kids were screaming while he slapped me'],
    ['safety', 'my son hid when his father hit me'],
    ['safety', 'the baby was in my arms when he pushed me'],
    ['safety', 'my daughter watched her dad slap me'],
    ['safety', 'kids heard him hit me through the wall'],
    ['safety', 'he showed me his gun'],
    ['safety', 'he showed me his knife and smiled'],
    ['safety', 'she showed me her knife last night'],
    ['safety', 'he made sure i saw the gun in his waistband'],
    ['safety', 'he put his rifle on the table while we argued'],
    ['safety', 'he broke in while i slept'],
    ['safety', 'my ex broke in while i was at work'],
    ['safety', 'he got into my flat while i was asleep'],
    ['safety', 'woke up and he was standing in my bedroom, he has no key'],
    ['safety', 'not allowed my own bank card'],
    ['safety', "he won't let me have my own bank account"],
    ['safety', "i'm not allowed my own phone"],
    ['safety', 'he keeps my bank card so i have to ask for money'],
    ['safety', 'only a little push down the stairs'],
    ['safety', 'he pushed me down the stairs'],
    ['safety', 'she shoved me down the last few stairs'],
    ['safety', 'it was just a small shove down the steps'],
    ['safety', 'he only pushed me a bit, i fell down the stairs'],
    ['safety', 'bruises from his grip'],
    ['safety', 'bruises from his hands on my wrists'],
    ['safety', 'marks from his fingers on my neck'],
    ['safety', 'finger-shaped bruises on my arm from him'],
    ['safety', 'his car parked outside again'],
    ['safety', 'my ex parked outside my house again'],
    ['safety', 'his van is parked outside my work again'],
    ['safety', "he's been sitting in his car outside my flat every night"],
    ['safety', 'hiding in the bathroom from him'],
    ['safety', 'hiding in the wardrobe from him till he calms down'],
    ['safety', 'locked myself in the bathroom because of him'],
    ['safety', 'hiding in the car from them'],
    ['safety', 'he grabbed me so hard i have bruises'],
    ['safety', 'it was only a slap, not like he punched me'],
    ['safety', 'he just squeezed my neck a little'],
    ['safety', "my son saw his dad hit me and now he's scared"],
    ['safety', 'the kids were there when he threw me against the wall'],
    ['safety', 'he only pushed me a little'],
    ['safety', 'he parked outside again and watched the windows'],
    ['safety', 'my son watched his dad kick me'],
    ['ordinary', 'final note written for the exam'],
    ['ordinary', 'final note for the exam done'],
    ['ordinary', 'wrote my final note for the module'],
    ['ordinary', 'planned the date for the wedding'],
    ['ordinary', 'we planned the date night'],
    ['ordinary', 'planned the date of the party'],
    ['ordinary', 'letters for everyone in the drawer from our trip'],
    ['ordinary', 'found old letters for everyone in the drawer'],
    ['ordinary', 'goodbye post for my old job'],
    ['ordinary', 'wrote a goodbye post on linkedin'],
    ['ordinary', 'drafted a goodbye email to my team'],
    ['ordinary', 'drafted a goodbye speech for my leaving do'],
    ['ordinary', 'hiding in the bathroom from the kids for 5 minutes of peace'],
    ['ordinary', 'hiding in the bedroom from them all, need quiet'],
    ['ordinary', 'hiding in the car from them for some peace before pickup'],
    ['ordinary', 'bruises from his grip at judo'],
    ['ordinary', 'bruises from her grip in jiu jitsu class'],
    ['ordinary', "the neighbour's van parked outside again"],
    ['ordinary', 'delivery van parked outside again blocking the drive'],
    ['ordinary', 'the ice cream van parked outside my house again'],
    ['ordinary', 'showed me his knife collection'],
    ['ordinary', 'grandad showed me his gun collection'],
    ['ordinary', 'the chef showed me his knife skills'],
    ['ordinary', 'the cat broke in while i slept and ate the bread'],
    ['ordinary', 'a fox broke in while i was out'],
    ['ordinary', 'push down the stairs of the pram'],
    ['ordinary', 'had to push the pram down the stairs'],
    ['ordinary', 'little push down the stairs with the buggy'],
    ['ordinary', 'ending my lease'],
    ['ordinary', 'ending my contract early'],
    ['ordinary', 'ending my gym membership'],
    ['ordinary', 'my toddler kicked me'],
    ['ordinary', 'my son hit me with a toy'],
    ['ordinary', 'my toddler accidentally hit me in the face'],
    ['ordinary', 'my daughter literally kicked me all night in bed'],
    ['ordinary', 'the kids keep hitting each other'],
    ['ordinary', 'my nephew punched me playfully'],
    ['ordinary', 'my baby bit me while teething'],
    ['ordinary', 'my son saw his dad at the weekend'],
    ['ordinary', 'kids watched him play football'],
    ['ordinary', 'not allowed my own phone on the ward'],
    ['ordinary', 'last day at work today'],
    ['ordinary', 'final notes from the meeting'],
    ['ordinary', 'thinking about killing it at the gym every day'],
    ['ordinary', 'my toddler really kicked me in his sleep'],
    ['ordinary', 'my son saw him hit the ball'],
    ['ordinary', 'my kids both kicked me in bed'],
    ['ordinary', 'the kids all hit me with pillows'],
    ['ordinary', 'the twins kicked me all night'],
  ]);
});

describe("the review of round 32's phrases", () => {
  // Notes written against round 32: other wordings of its scenes and means ("drank the bleach.
  // waiting.", "garage door shut, engine on") and ordinary ones sharing its words (a weekly pill
  // organiser, a duck hunt, "stopped eating sugar"). The commit before round 32 got 124 right,
  // round 32 as first written 125; now 140.
  itGetsAtLeast(140, [
    [
      'crisis',
      'All my sleeping tablets are laid out in rows on the bedside table. Counted them three times.',
    ],
    [
      'crisis',
      'Lined up every pill in the house on the kitchen counter tonight. Just need the nerve.',
    ],
    ['crisis', 'the pills are lined up next to a glass of water. im ready'],
    [
      'crisis',
      "Blister packs all popped out and sitting in a neat line on my desk. Tonight's the night.",
    ],
    ['crisis', "Knife's out on the side of the sink. Bath's running."],
    ['crisis', "Razor's on the edge of the tub. Water's warm."],
    ['crisis', 'Garage door shut, engine on. Sitting here with the radio.'],
    ['crisis', "Rope's tied to the banister. Chair underneath."],
    ['crisis', "I've stopped taking my insulin. Three days now. I want it to just happen."],
    ['crisis', "Haven't injected since Friday, on purpose. Let the sugar do what it does."],
    [
      'crisis',
      'Binned my blood pressure tablets last week so my heart gives out on its own. Easier for everyone.',
    ],
    ['crisis', 'Quit my heart medication on purpose. If I drop dead in my sleep, good.'],
    [
      'crisis',
      "Not bothering with my transplant meds anymore. I'd rather my body rejected the kidney and that was that.",
    ],
    [
      'crisis',
      'Looked up what height you need for a fall to be fatal. The car park roof is more than enough.',
    ],
    ['crisis', "Spent the night googling how many floors up you have to be so you don't survive."],
    ['crisis', 'Checked how far the drop from the bridge is. Definitely enough to not survive it.'],
    ['crisis', "There's bleach under the sink. Going to drink the lot tonight."],
    ['crisis', 'Mixed antifreeze into a glass of coke. Staring at it.'],
    ['crisis', 'Going to swallow the rat poison in the shed. Done with all of it.'],
    ['crisis', "Drank some of the weed killer from the garage. Didn't tell anyone."],
    ['crisis', 'I cannae do this anymore. Got the rope oot the shed the night.'],
    ['crisis', 'Dinnae want tae wake up the morra. Pills are in ma hand.'],
    ['crisis', "I'm done with being alive. Tonight I'm going to finish it."],
    ['crisis', "Honestly can't wait to not exist anymore. Soon it'll be over."],
    ['crisis', 'Ready to not be here anymore. Picked the bridge.'],
    ['crisis', "If my heart packs in tonight that's fine by me. Chucked all my tablets."],
    [
      'crisis',
      "Drinking till my liver gives out. That's the plan, not coming out the other side of this.",
    ],
    [
      'crisis',
      "God please just take me in my sleep tonight. I've stopped my meds to help Him along.",
    ],
    ['crisis', "Walked into the road in front of a bus on purpose. Driver braked. Wish he hadn't."],
    [
      'crisis',
      "Stepped off the kerb when the truck was coming. Someone pulled me back. I'll try again.",
    ],
    [
      'crisis',
      'Stood at the edge of the cliff for hours tonight. Almost went over. Going back tomorrow.',
    ],
    [
      'crisis',
      "Sat on the railing of the footbridge for ages over the motorway. Next time I'm letting go.",
    ],
    ['crisis', "Can't get the thought of hanging myself out of my head. Bought the rope today."],
    ['crisis', "Thank you for everything, mum. You tried. It's not your fault. Goodbye."],
    [
      'crisis',
      "Starving myself on purpose now, haven't eaten in four days. I want to waste away until I'm gone.",
    ],
    ['crisis', 'Stopped eating on purpose. I want to disappear completely, not just lose weight.'],
    ['crisis', "I'm going to jump off the multi-storey tonight. I've written the note."],
    ['crisis', "Took 40 paracetamol an hour ago. Feeling sick. Don't want help."],
    ['crisis', 'Up on the roof. Edge is right there. Just need one step.'],
    [
      'crisis',
      "I've given my cat to my neighbour and written letters to everyone. It ends this weekend.",
    ],
    ['crisis', "Gun's loaded in my lap. Been sitting in the truck like this since dinner."],
    [
      'crisis',
      "Hid the pills I've been saving in my sock drawer. Nearly enough now to not wake up.",
    ],
    ['crisis', "Missed my dialysis on purpose again. I'm letting it take me."],
    ['crisis', 'I keep cutting my thighs so nobody sees. Did it again tonight, deeper.'],
    ['crisis', "I'm no going on. Took the lot of ma tablets wi whisky, just waiting."],
    ['crisis', "Reckon I'll drive into a tree on the way home. Seatbelt off. Nobody'll miss me."],
    ['crisis', "Everyone would be better off without me. I've decided on Sunday."],
    ['crisis', "I'm gonna take every pill in the cabinet tonight and not wake up."],
    ['crisis', 'Tablets and vodka on the coffee table. Writing this first.'],
    ['crisis', 'I want to die. I really mean it this time.'],
    [
      'crisis',
      "Sorted my will, cancelled my phone contract, left the keys with my brother. I won't need any of it after tonight.",
    ],
    ['safety', 'He poured lighter fluid on my car and stood there with a match grinning.'],
    ['safety', "She splashed petrol all over my front step and said next time she'd light it."],
    ['safety', 'He held a lit lighter to my hair and laughed when I screamed.'],
    [
      'safety',
      "Ex still has admin on the Nest thermostat. He keeps turning the heat off at 3am in the middle of winter, then texts me 'cold?'.",
    ],
    [
      'safety',
      'He can still see the Ring doorbell camera. He messaged me about who visited me yesterday.',
    ],
    [
      'safety',
      "Heard my ex's voice through the Alexa in the kitchen at midnight. He's still logged in.",
    ],
    [
      'safety',
      'The nursery camera swivelled on its own last night and then I heard him whisper my name through it.',
    ],
    [
      'safety',
      "He's downstairs smashing things. I'm hiding in the wardrobe with the baby. Please.",
    ],
    ['safety', "Hiding under the bed. He's in the house and he's drunk and looking for me."],
    ['safety', 'Hit the panic alarm the police gave me when he started kicking the door in.'],
    ['safety', 'Pressed the panic button on my phone because he was at the window with a crowbar.'],
    ['safety', 'He sent me a picture of my dog next to a hammer. No words, just the photo.'],
    ['safety', 'Ex sent a video of my cat with a knife held to its neck. Says I know what to do.'],
    [
      'safety',
      "Someone's trying the back door handle. It's 3am. My ex is the only one who'd come here.",
    ],
    ['safety', "Front door handle keeps turning. I know it's him. I've called 999."],
    ['safety', 'He jumped the garden fence last night and was banging on my bedroom window.'],
    [
      'safety',
      "She cleared out our joint account the day I left and changed all the passwords. I can't buy food and she says I'll come crawling back.",
    ],
    [
      'safety',
      "He drained my savings and took my bank card. Says I don't get money until I apologise.",
    ],
    [
      'safety',
      'He changed the passwords on all the accounts so I cannot get into anything, not even my wages.',
    ],
    [
      'safety',
      "He turns up at every bus stop I use. Every single day this week. I've started walking different routes.",
    ],
    [
      'safety',
      "Everywhere I go he's there. The gym, the shop, outside work. I haven't told him any of it.",
    ],
    [
      'safety',
      "He said if I don't come back he'll chop me into pieces. He had the machete in his hand while he said it.",
    ],
    ['safety', "Ex said he'd carve me up. He was holding a knife."],
    ['safety', "My ex's brother said they'll cut me up if I testify."],
    ['safety', 'Him seh him a go kill mi if mi leave. Him have gun.'],
    ['safety', "He's been following me hame fae the bus every night. Cannae sleep for fear."],
    ['safety', "Ma ex said he'd kill me if I went tae the polis. He means it."],
    [
      'safety',
      "He keeps cutting off the power and the wifi to the flat when I'm home so I can't call anyone.",
    ],
    ['safety', 'He locks me in the house when he goes to work and takes my keys and phone.'],
    ['safety', "He punched me in the stomach last night. I'm scared to go home."],
    ['safety', 'My ex threatened to throw acid on me if I see anyone else.'],
    ['safety', "She keeps saying she'll burn the house down with me inside it."],
    ['safety', 'He choked me until I blacked out. I told the doctor I fainted.'],
    ['safety', "He put a tracker on my car. Turned up at my sister's an hour after I got there."],
    [
      'safety',
      "He keeps logging into my Google account and reads all my emails. I've changed the password three times and he still gets in.",
    ],
    [
      'safety',
      "He took the kids' passports and says he'll take them to his country and I'll never see them again.",
    ],
    [
      'safety',
      "My sister-in-law said she'll strangle me if I ever leave her brother, and she's hit me before.",
    ],
    [
      'safety',
      "He's outside right now. Been sitting in his car watching the house for an hour. I'm terrified.",
    ],
    [
      'safety',
      'Wedged the kitchen chair under the door handle again tonight in case he comes back with the spare key.',
    ],
    ['safety', 'He forced me to have sex last night even though I was crying and saying no.'],
    [
      'ordinary',
      'Sorted my pills into the weekly organiser tonight, Monday to Sunday all lined up. Adulting.',
    ],
    ['ordinary', 'Lined up all my vitamins on the windowsill so I remember to take them.'],
    [
      'ordinary',
      'Picked up my insulin prescription and a new glucose meter. Levels were good today.',
    ],
    ['ordinary', 'Doctor switched my heart tablets to a new brand. Fewer side effects so far.'],
    ['ordinary', 'GP says I can stop my antibiotics now, chest is clear.'],
    ['ordinary', 'Stopped taking my iron tablets because the doctor said my levels are fine now.'],
    ['ordinary', "Going hunting with my brother this weekend, he's lending me his rifle."],
    ['ordinary', 'Cleaned the shotgun and packed the truck for the duck hunt tomorrow.'],
    ['ordinary', 'The Hive app on my phone is brilliant, turned the heating on from the bus.'],
    [
      'ordinary',
      'Finally took my ex off the Ring doorbell account and the Netflix. Felt good to tidy up.',
    ],
    ['ordinary', 'Set up the baby monitor in the nursery. Can hear her little snores.'],
    ['ordinary', "Hid the kids' Christmas presents in the wardrobe so they don't find them."],
    [
      'ordinary',
      'Playing hide and seek with my nephew, I hid in the wardrobe for twenty minutes and he gave up.',
    ],
    [
      'ordinary',
      'Fire training at work: where the panic buttons are, how to press the panic alarm, all very dull.',
    ],
    [
      'ordinary',
      'Pressed the panic button at the bank by accident. Security were very nice about it.',
    ],
    [
      'ordinary',
      'Emptied the joint account and split it fairly, half each. All done through the solicitor.',
    ],
    ['ordinary', 'We cleared out the joint savings today and divided them fifty-fifty. Amicable.'],
    [
      'ordinary',
      "Changed the passwords on all my streaming accounts so he can't use them anymore. Petty but satisfying.",
    ],
    ['ordinary', 'Started a diet, not eating after 7pm anymore. Down two pounds.'],
    ['ordinary', 'Stopped eating bread this month. Feeling less bloated.'],
    ['ordinary', 'Not eating meat at all anymore, third week vegetarian.'],
    ['ordinary', 'Looked up how high the Eiffel Tower is for a pub quiz. 330 metres!'],
    ['ordinary', "Did a bungee jump off a bridge for charity. Terrifying but I'm alive!"],
    ['ordinary', 'Stood at the railing of the ferry for ages watching the dolphins.'],
    ['ordinary', 'Stood at the edge of the pier for a while watching the sunset. Peaceful.'],
    ['ordinary', 'Weeded the garden and put weedkiller on the patio. Back is killing me.'],
    ['ordinary', "Bought rat poison for the shed, we've got mice again."],
    ['ordinary', 'Cleaned the bathroom with bleach, made it sparkle.'],
    ['ordinary', 'Lit the bonfire with a bit of petrol, Dad nearly lost his eyebrows.'],
    ['ordinary', 'Bought a new lighter for the barbecue. Burgers tonight.'],
    [
      'ordinary',
      'Cannae believe how cold it is oot there. Wrapped up and went to the shops anyway.',
    ],
    ['ordinary', 'Dinnae fancy the gym the day, had a lazy one on the couch.'],
    ['ordinary', "I'm no going oot the night, staying in wi a curry."],
    [
      'ordinary',
      "Car's carked it again, mechanic reckons it's the alternator. Stuck at home this arvo.",
    ],
    ['ordinary', 'My old laptop finally carked it. Time for a new one.'],
    ['ordinary', 'Lord give me strength with this paperwork. Mortgage forms are a nightmare.'],
    ['ordinary', 'Over being single? Not yet, but getting there.'],
    ['ordinary', 'Knife block all lined up by the cooker in the new kitchen. Very proud.'],
    [
      'ordinary',
      'Razor blades are out on the edge of the bath, need to buy a proper shaving holder.',
    ],
    [
      'ordinary',
      'Candles all lined up on the edge of the bath. Bubble bath and a face mask tonight.',
    ],
    ['ordinary', 'The car was running in the driveway to warm up while I scraped the ice off.'],
    ['ordinary', 'Bread knife on the counter, loaf cooling. Lovely Sunday.'],
    ['ordinary', 'Ropes and harness laid out for climbing tomorrow. Excited.'],
    ['ordinary', "Thanks coach, you tried! Still failed my driving test but I'll get there."],
    ['ordinary', "Can't shake the idea of moving to Spain. Might actually do it."],
    ['ordinary', "Can't get the idea of a new tattoo out of my head."],
    ['ordinary', 'My sister will kill me for borrowing her coat without asking, lol.'],
    ['ordinary', "Mum's going to murder me for eating the last of the cake."],
    [
      'ordinary',
      'Read a chapter on coercive control for my social work module. Heavy but important.',
    ],
    ['ordinary', 'Watched a documentary about stalking for my criminology class.'],
    ['ordinary', "My cat kept climbing over the fence into next door's garden."],
    [
      'ordinary',
      'The door handle on the bathroom is loose, rattles every time you touch it. Need a screwdriver.',
    ],
    [
      'ordinary',
      'Took a photo of my dog next to the axe I used to chop firewood, she looks so tiny.',
    ],
    ['ordinary', 'Hit the wall at mile 20 of the marathon but finished.'],
    ['ordinary', 'Wind kept rattling the windows all night. Barely slept.'],
    [
      'ordinary',
      'He keeps switching the lights off when he leaves a room, says it saves money. My flatmate, not the ex lol.',
    ],
    ['ordinary', "My ex still has access to our shared photo album. I'll ask him to leave it."],
    ['ordinary', 'Quiet day. Rain on the window. Tea in the pot. Nothing to report.'],
    ['ordinary', 'Empty flat, radio on, soup on the stove. Not bad at all.'],
    ['ordinary', "Sunday: laundry, hoover, dishes. The bath's running and the candles are lit."],
    ['crisis', 'Drank the bleach. Waiting.'],
    [
      'crisis',
      "My heart's gonna cark it if I keep skipping the tablets. Good. Not taking another one.",
    ],
    ['safety', "He was holding a machete when he told me I'm dead."],
    ['ordinary', 'Train platform packed, trains cancelled again.'],
    ['ordinary', 'Not eating at all before the blood test tomorrow, fasting from midnight.'],
    ['ordinary', 'Stopped eating sugar. Day 5.'],
  ]);
});

describe("the review of round 33's phrases", () => {
  // Notes written against round 33: other wordings of reproductive coercion and of a relative's
  // threat, and ordinary notes its new words might catch or its idioms might hide ("dad will kill me
  // for leaving the lights on", "I'm a nurse. I see overdoses at work and I've started
  // stockpiling"). The commit before round 33 got 138 right, round 33 as first written 138; now 161.
  itGetsAtLeast(161, [
    ['crisis', "I'm done trying to live. Nothing after the breakup has made it worth it."],
    ['crisis', "Honestly I'm finished trying to stay alive for other people."],
    ['crisis', 'I am so tired of trying to keep living when every day hurts like this.'],
    ['crisis', "I've stopped trying to live. I just want it to be over."],
    ['crisis', "I give up on trying to stay alive. I'm done."],
    ['crisis', "I don't want to try to live anymore."],
    ['crisis', "I'm sick of fighting to stay alive every single day since she left."],
    ['crisis', 'Been saying my final goodbyes to everyone this week without them knowing it.'],
    ['crisis', "I've started saying my last goodbyes to the people I love."],
    [
      'crisis',
      "Today I said goodbye to my mum for the last time. She doesn't know it's the last time.",
    ],
    [
      'crisis',
      "I went round and said goodbye to each of my friends properly, one last time, because I won't be here next week.",
    ],
    ['crisis', "Final goodbyes to my kids tonight. I've written them each a letter."],
    ['crisis', "I'm quietly saying goodbye to people before I go through with it."],
    ['crisis', "I'm going to say my goodbyes this weekend and then end it."],
    ['crisis', 'Hugged my dog goodbye forever tonight. I have the pills ready.'],
    [
      'crisis',
      "I bought life insurance last month and I'm waiting for the suicide clause to run out.",
    ],
    ['crisis', 'Took out life insurance so my kids get something when I kill myself.'],
    [
      'crisis',
      'I got life cover sorted so at least my death will pay off the mortgage. I plan to do it soon.',
    ],
    ['crisis', 'I wrote my will after I decided to end my life. Everything is in order now.'],
    [
      'crisis',
      "Updated my will because I won't be around much longer. I've decided to kill myself.",
    ],
    ['crisis', "My sister attempted suicide years ago and I think I'm going the same way."],
    [
      'crisis',
      'My brother tried to kill himself years ago and now I want to do exactly what he did.',
    ],
    ['crisis', "My mum was suicidal years ago and now I'm planning my own suicide."],
    [
      'crisis',
      "My friend attempted suicide years ago and I've started thinking about how I'd do it too.",
    ],
    ['crisis', "I'm a nurse and I've been taking overdoses' worth of meds home from the ward."],
    [
      'crisis',
      'As a nurse I see overdoses all the time, so I know exactly how many of my pills would kill me.',
    ],
    [
      'crisis',
      "I'm a paramedic and I deal with suicides every week. Now I keep thinking I'd be better off dead too.",
    ],
    [
      'crisis',
      "I cancelled plans because I had a headache, but really I just want to die and can't face anyone.",
    ],
    [
      'crisis',
      "Cancelled all my plans for next week because I won't be here. I'm going to end it.",
    ],
    [
      'crisis',
      "I've kept a stash of pills for emergencies. Tonight feels like the emergency. I'm going to take them all.",
    ],
    [
      'crisis',
      "I keep a blade in my bag for emergencies, and I've been cutting myself again every night.",
    ],
    ['crisis', "I'm dead meat anyway, I'm going to kill myself tonight."],
    [
      'crisis',
      "I signed up for a suicide prevention training course but I'm the one who wants to die. I've been planning how.",
    ],
    [
      'crisis',
      "Went on a first aid course that covered overdoses and now I know how many paracetamol it takes. I've been saving mine.",
    ],
    [
      'crisis',
      "The suicide awareness walk made me realise I've been planning my own death for weeks.",
    ],
    [
      'crisis',
      'I went to a talk about overdoses and came home and counted out every pill I have to take tonight.',
    ],
    [
      'crisis',
      "Years ago I survived an attempt and now I'm going to try again, properly this time.",
    ],
    ['crisis', 'My cousin killed himself years ago and I want to join him.'],
    [
      'crisis',
      "I got a cold so I cancelled everything, and I've been lying here thinking everyone would be better off without me. I've picked a date.",
    ],
    ['crisis', "My final goodbye letter is written. I'll post it before I go."],
    ['crisis', "I want to be dead. I'm done with trying to survive this."],
    ['crisis', "There's no point living. I'm finished trying to keep going."],
    ['crisis', 'I sorted life insurance and a will for my boys and then bought the rope.'],
    [
      'crisis',
      "Nurse shifts mean I have access to morphine and I've been thinking about using it on myself.",
    ],
    [
      'crisis',
      "I'm a therapist and I treat self harm patients, but I cut myself again last night and I want to die.",
    ],
    [
      'safety',
      "He swapped my pill for sugar tablets because he wants me pregnant so I can't leave.",
    ],
    ['safety', 'I found out he replaced my contraceptive pills with vitamins.'],
    ['safety', 'He poked holes in the condoms to get me pregnant.'],
    ['safety', 'The condoms had tiny holes in them and he admitted he did it on purpose.'],
    ['safety', "He wants a baby and I've said no, so he's started hiding my birth control."],
    ['safety', "He threw away my pills and said I'm having his baby whether I like it or not."],
    ['safety', "He flushed my contraception down the toilet and won't let me go to the clinic."],
    [
      'safety',
      "He takes the condom off without telling me even though I've told him I don't want to get pregnant.",
    ],
    ['safety', "He says if I get my coil taken out he'll stop hitting me. If I don't he will."],
    ['safety', "He has to approve what I wear before I'm allowed out of the house."],
    [
      'safety',
      "My boyfriend checks my outfit every morning and makes me change if he doesn't like it.",
    ],
    [
      'safety',
      "She has to approve everything I post and buy, and if I don't ask she screams at me for hours.",
    ],
    [
      'safety',
      "He cut up the dresses he didn't like and said I'm not allowed to dress like a slut.",
    ],
    [
      'safety',
      "He binned all my clothes he doesn't like and now I only wear what he picks for me.",
    ],
    ['safety', "I'm not allowed to leave the house in anything he hasn't approved."],
    ['safety', 'Someone took photos of me from outside my flat and sent them to me.'],
    ['safety', 'My ex has been photographing me through my bedroom window at night.'],
    [
      'safety',
      'There are pictures of me taken from outside my house on his phone, dated after we split.',
    ],
    [
      'safety',
      "I got an anonymous message with a photo of me through my kitchen window last night. I think it's my ex.",
    ],
    [
      'safety',
      "He sent me a picture of my front door with my car outside and wrote 'I know where you are'.",
    ],
    ['safety', "He's been sitting in his car outside my work taking photos of me."],
    ['safety', 'My dad said he will kill me for leaving my husband.'],
    ['safety', "My brother says he'll kill me if I leave him and go through with the divorce."],
    ['safety', 'My uncle said he will kill me for coming out.'],
    ['safety', 'My father told me he would murder me for marrying outside the faith.'],
    ['safety', "My mum said she'd kill me for telling the police about him, and she meant it."],
    ['safety', 'My cousins said the family will kill me if I report him.'],
    ['safety', "My father threatened to kill me if I divorce him. He's done it to my aunt before."],
    ['safety', "Dad said he'll kill me for leaving, and he's already broken my arm once."],
    ['safety', "My brothers say I'm dead meat for leaving my husband, and they know where I live."],
    ['safety', "He texted me 'you're dead meat' after I got the restraining order."],
    ['safety', "My ex said I'm dead meat if I take the kids."],
    [
      'safety',
      "He turned up at my door with flowers even though there's a court order, and wouldn't leave when I said I'd call the police.",
    ],
    [
      'safety',
      'My ex turned up at my work with a present and then followed me to the car and grabbed my arm.',
    ],
    [
      'safety',
      "He took out life insurance on me without telling me and then said I'd better be careful on the stairs.",
    ],
    [
      'safety',
      "He made me write a will leaving him everything and then he said 'accidents happen'.",
    ],
    [
      'safety',
      "I had to cancel plans because I had a cold, and he didn't believe me, so he smashed my phone and locked me in.",
    ],
    ['safety', 'I keep a bag packed for emergencies in case he comes back and I have to run.'],
    [
      'safety',
      "I'm a nurse and he turns up on my ward to watch me and threatens to hurt me if I talk to male colleagues.",
    ],
    [
      'safety',
      'He came to my training course and waited outside to shout at me and push me into the car.',
    ],
    ['safety', "He hit me years ago and now he's started again and I'm scared."],
    [
      'safety',
      "He strangled me years ago and he's just moved back to my town and keeps driving past my house.",
    ],
    ['safety', "He keeps the money card for emergencies and I'm not allowed any cash at all."],
    [
      'safety',
      'The neighbour turned up at my flat with a parcel but it was actually from my ex, with a dead bird in it.',
    ],
    ['safety', "I'm scared of him. He said he'd hurt me if I ever left."],
    ['ordinary', 'Dad will kill me for denting the car.'],
    ['ordinary', 'Mum will kill me if I forget her birthday again lol.'],
    ['ordinary', 'My boss is going to kill me for missing the deadline.'],
    ['ordinary', "I'm dead meat if I'm late for my sister's wedding."],
    ['ordinary', "If I forget our anniversary I'm dead meat."],
    [
      'ordinary',
      "My friend wants a baby and her husband said no, so they're talking to a counsellor.",
    ],
    ['ordinary', "My sister wants a baby next year and I can't wait to be an aunt."],
    ['ordinary', 'We agreed to stay on the pill for another year before trying for a baby.'],
    ['ordinary', 'I switched my pill to a different brand because the old one gave me headaches.'],
    ['ordinary', 'The pharmacist swapped my pills for the generic version, same thing, cheaper.'],
    ['ordinary', "My partner and I decided on condoms for now and we're both happy with that."],
    [
      'ordinary',
      "He wants a baby and I said not yet, so we're going to revisit it after my promotion.",
    ],
    ['ordinary', 'The stylist had to approve what I wear for the photoshoot.'],
    ['ordinary', "My mum has to approve what I wear to the wedding, she's paying for it haha."],
    [
      'ordinary',
      'Work has a dress code and my manager has to approve what we wear for the trade fair.',
    ],
    ['ordinary', 'I let my best friend pick my outfit for the date and she binned the ugly top.'],
    ['ordinary', 'The estate agent took photos from outside my house for the listing.'],
    [
      'ordinary',
      "A photographer took photos of the street from outside my flat for the council's heritage project.",
    ],
    ['ordinary', 'The photos were taken from outside my window at sunset, the view is gorgeous.'],
    ['ordinary', 'We wrote our wills after we bought the house.'],
    ['ordinary', "I made a will because I've got a kid now, felt very grown up."],
    ['ordinary', 'Finally sorted life insurance today, the broker was lovely.'],
    ['ordinary', 'I bought life insurance after the divorce so my daughter is covered.'],
    ['ordinary', 'I cancelled my plans because I had a cold and slept all afternoon.'],
    ['ordinary', 'Cancelled dinner because I got a migraine, rescheduled for Friday.'],
    ['ordinary', 'Plans got cancelled because it rained, so we watched films instead.'],
    ['ordinary', 'I keep a twenty pound note in my phone case for emergencies.'],
    [
      'ordinary',
      'My neighbour turned up at my door with a parcel that had been delivered to hers.',
    ],
    ['ordinary', 'My friend turned up at my flat with a casserole after the breakup, so kind.'],
    ['ordinary', "I'm a nurse and I had three night shifts in a row, exhausted."],
    ['ordinary', "My sister is an A&E nurse and she sees overdoses every weekend, she's amazing."],
    ['ordinary', 'As a paramedic my brother deals with stabbings and still comes home cheerful.'],
    ['ordinary', 'Signed up for a suicide prevention training course through work.'],
    [
      'ordinary',
      "We're doing a suicide awareness walk for the charity on Saturday, raised 400 pounds.",
    ],
    ['ordinary', 'Ran a 10k fundraiser for a suicide prevention charity in memory of my uncle.'],
    ['ordinary', 'Did a first aid course today that covered overdoses and severe bleeding.'],
    ['ordinary', 'Went to a library talk about financial abuse, really eye opening.'],
    [
      'ordinary',
      "My friend attempted suicide years ago and she's doing brilliantly now, she just got engaged.",
    ],
    [
      'ordinary',
      'My dad was suicidal years ago, and talking about it with him today brought us closer.',
    ],
    ['ordinary', 'My mum went on a webinar about domestic abuse for her job as a social worker.'],
    ['ordinary', "I'm done trying to live up to everyone's expectations."],
    ['ordinary', "I'm tired of trying to keep up with the Joneses."],
    ['ordinary', 'Said my final goodbyes to the old flat today, the keys are handed back.'],
    ['ordinary', 'Last goodbyes to my colleagues today, new job starts Monday!'],
    [
      'ordinary',
      'We said our final goodbyes to grandma at the funeral, it was a beautiful service.',
    ],
    ['ordinary', "Said goodbye to my ex's family for the last time, it was sad but civil."],
    ['ordinary', "Nan said she'll kill me if I don't visit her this Sunday."],
    ['ordinary', 'My flatmate will murder me for eating her leftovers.'],
    ['ordinary', 'My coach will kill me for skipping leg day haha.'],
    ['ordinary', 'My aunt will kill me for telling everyone her secret recipe lol.'],
    ['ordinary', "Dad said he'd kill me for dating a Spurs fan, he's joking obviously."],
    ['ordinary', 'Mum will kill me for leaving the back door open again.'],
    ['ordinary', 'Insurance renewal came in, life insurance premium went up by a tenner.'],
    ['ordinary', 'The solicitor said my will needs witnessing by two people.'],
    ['ordinary', 'Booked a nurse appointment for my flu jab.'],
    ['ordinary', 'Training course on Monday for the new software, bring a laptop.'],
    ['ordinary', "Years ago I would have cried over this breakup for months, but I'm doing okay."],
    ['ordinary', "My ex's new girlfriend liked my photo, weird but whatever."],
    ['ordinary', 'I keep a spare key with my neighbour for emergencies.'],
    ['ordinary', "He wants to move in and I said no, it's too soon after the breakup."],
    ['ordinary', 'Took some photos of the house from outside to send to the roofer.'],
    ['crisis', "I'm a nurse. I see overdoses at work and I've started stockpiling."],
    ['crisis', 'My brother tried to kill himself years ago and I want to do the same.'],
    [
      'crisis',
      "I took out life insurance and the suicide clause expires in March. Then it's over.",
    ],
    ['safety', 'My husband said he will kill me for leaving.'],
    ['ordinary', 'Dad will kill me for leaving the lights on.'],
    ['ordinary', 'My boss will kill me for leaving early.'],
    ['ordinary', 'Mum will kill me for telling my brother about the surprise party.'],
    ['ordinary', 'This photo was taken from outside my office at sunrise.'],
    ['ordinary', "He wants a baby and I said no but we're talking it through calmly."],
    ['ordinary', "I'm tired of trying to survive on minimum wage, need a new job."],
    ['ordinary', "I'm done trying to keep going with this diet."],
    ['ordinary', 'Final goodbyes to everyone at work today, new job Monday!'],
    [
      'ordinary',
      'He has to approve what I spend over 500 on our joint account, we agreed that together.',
    ],
  ]);
});

describe("the review of round 34's phrases", () => {
  // Notes written against round 34: other wordings of its scenes ("gas is on and the windows are
  // sealed", "come back and finish me off") and ordinary ones sharing its words (an agreed handover
  // by the gate, "once they find me a placement", lasagne in the oven). The commit before round 34
  // got 124 right, round 34 as first written 132; now 146.
  itGetsAtLeast(146, [
    [
      'crisis',
      "Work was a nightmare and I joked that this job will kill me. Honestly if it actually did I'd be fine with that.",
    ],
    ['crisis', "Everyone says this breakup won't kill me. If it did, I wouldn't mind at all."],
    [
      'crisis',
      "People joke I'll die of a broken heart. If it really did happen I would be relieved, I don't want to be here.",
    ],
    [
      'crisis',
      'Tonight I mean the real thing, not the usual venting. I have the pills counted out.',
    ],
    ['crisis', 'I keep going down to the river at night and each time I walk closer to the water.'],
    ['crisis', "Went to the canal again tonight. I get closer each time. One night I won't stop."],
    ['crisis', 'I sat at the bridge for an hour tonight looking down and thinking about jumping.'],
    ['crisis', "Dad's gun is loaded and on the table in front of me. I just want this to stop."],
    ['crisis', "I've kept one bullet apart from the rest. I know who it's for and it's me."],
    [
      'crisis',
      'Turned the gas on and taped the gap under the kitchen door. Writing this while I wait.',
    ],
    ['crisis', "I'm sitting in the garage with the engine running and the door shut. I'm sorry."],
    ['crisis', 'After they find me I hope someone feeds the cat and tells mum I loved her.'],
    [
      'crisis',
      "When someone finds me, I want them to know it's not their fault. I couldn't carry on.",
    ],
    [
      'crisis',
      "Recorded a video for the kids explaining why daddy had to go. It's on the laptop for after.",
    ],
    [
      'crisis',
      "I'm the root cause of every problem in my family, so tonight I'm going to remove the root cause for good.",
    ],
    ['crisis', "There's no reason left to live now that she's gone. I've decided."],
    ['crisis', 'ugh I want to die. not a joke this time, the rope is in the shed.'],
    [
      'crisis',
      "Ugh, I want to die, I called him again at 3am begging and he laughed. I've been looking up how many pills it would take.",
    ],
    [
      'crisis',
      "omg I want to die, I said her name in my sleep and now she's gone for good. I have my pills saved up and I'm taking them all tonight.",
    ],
    [
      'crisis',
      "I'd rather be dead than go back to him, and if that's the only choice left I'll take the pills I've been saving.",
    ],
    ['crisis', "I'd rather die than go on living without her. I've started giving my things away."],
    [
      'crisis',
      "I'd rather be dead than go to work tomorrow, and I've been seriously planning how to make that happen.",
    ],
    ['crisis', "I'm not going to hurt myself... tonight I will end it for good."],
    ['crisis', "I'm not going to hurt myself, I'm going to kill myself. I've written the letters."],
    ['crisis', 'I told my sister I am not going to hurt myself. I lied. The pills are in my bag.'],
    [
      'crisis',
      "I keep killing myself with all this overtime, and this weekend I'm going to finish the job properly, I've bought the rope.",
    ],
    [
      'crisis',
      "Killing myself with all this overtime so nobody notices, and I wrote my goodbye letters last night. It's nearly time.",
    ],
    [
      'crisis',
      "Cut my hair off myself last night, then cut my wrists too. There's blood all over the towel.",
    ],
    [
      'crisis',
      'Shaved my head myself, gave all my things away and wrote the note. Tomorrow is the day I end it.',
    ],
    [
      'crisis',
      "Not suicidal, not in danger - that's what I told the nurse. It was a lie, I've been planning it for weeks.",
    ],
    [
      'crisis',
      "I told them I'm not suicidal but I've been stockpiling my sleeping pills since she left so I can take them all at once.",
    ],
    [
      'crisis',
      "I walked out to the cliff edge again tonight. Each time I get a bit closer. Next time I'll go over.",
    ],
    ['crisis', "Just writing this first so someone knows why. Then I'm going to the bridge."],
    ['crisis', "The last few times it wasn't a joke. I really meant it when I said I want to die."],
    ['crisis', "This time I'm getting out of the car at the bridge and I'm not getting back in."],
    ['crisis', "Bought the rope. I'm using it this weekend."],
    ['crisis', "I'd rather they never read why. The note just says sorry."],
    [
      'crisis',
      "Sitting in the car in the garage with the door closed and the engine running. Nobody's home.",
    ],
    ['crisis', 'Put my gun on the bed in front of me, loaded. Been staring at it for an hour.'],
    ['crisis', "I want to die lol. not even joking, I have nothing left and I've picked the date."],
    ['crisis', 'Everyone will be better off after they find me. The letter is on the desk.'],
    [
      'crisis',
      "Gas is on and the windows are sealed. I just wanted someone to know it's not their fault.",
    ],
    ['crisis', "Kept a single shell aside from the box. It's for me, not for the rabbits."],
    [
      'crisis',
      'Sat at the railway bridge all night watching the trains and thinking I should just jump.',
    ],
    [
      'crisis',
      "im dead lol that's what everyone says. I won't be joking when I jump off the car park roof tonight.",
    ],
    ['safety', 'I keep seeing his car outside my flat, every night this week since I left him.'],
    ['safety', "His car has been behind me on the way home three times this week. I'm scared."],
    [
      'safety',
      "He was waiting by the exit when my shift ended, again. He's not supposed to come near me.",
    ],
    ['safety', 'My ex waits outside my work every evening and follows me to the bus stop.'],
    ['safety', 'I found him hiding in the back seat of my car last night. I screamed and ran.'],
    ['safety', 'There are boot prints under my bedroom window. Nobody but my ex would do that.'],
    [
      'safety',
      "Found fresh footprints under my window this morning, the same size as his boots. I'm terrified.",
    ],
    ['safety', 'He bought a gun since we split up and he made sure I knew about it.'],
    ['safety', "She told me she'd put a bullet in my head if I took the kids."],
    ['safety', "He said he'd come back to finish the job. He broke my nose last time."],
    ['safety', 'Woke up and he was standing at the foot of my bed. No idea how he got in.'],
    ['safety', "My ex says he'll drive us both into a wall if I don't come back."],
    ['safety', 'He jumped me outside the pub last night and cracked two of my ribs.'],
    ['safety', "He keeps mentioning his gun whenever I bring up custody. I'm frightened of him."],
    ['safety', 'lol my ex climbed over the back fence last night and I hid in the wardrobe.'],
    ['safety', "He's been drunk and looking for me since the party, I'm hiding at my sister's."],
    ['safety', "haha he's back. keeps rattling the door handle at night. I haven't slept in days."],
    ['safety', "lol so my ex said he'll kill me if I see anyone else. I'm honestly scared."],
    [
      'safety',
      "I'm terrified of him. He turned up outside my gym class again and stared at me through the window.",
    ],
    [
      'safety',
      "He's been parked outside my house again lol. Third night in a row. I'm scared to leave.",
    ],
    [
      'safety',
      'He sits outside in his car at night watching the house, the kids are scared and so am I.',
    ],
    ['safety', 'He showed me the gun he bought after I left and said it was for me.'],
    ['safety', "My ex turned up at my flat with a knife and said he'll finish what he started."],
    ['safety', 'He hid in my garden shed and waited for me to get home, then grabbed me.'],
    [
      'safety',
      'He keeps coming onto the property at night, the motion light goes on at 2am and I see him by the bins.',
    ],
    ['safety', 'Every time I leave work his car is there. He knows my shifts and he follows me.'],
    [
      'safety',
      "He waits by the school gate and tries to take my son's hand. There's a court order against him.",
    ],
    [
      'safety',
      "I keep seeing his car everywhere since I moved, the shop, the gym, my road. He's not supposed to know where I live.",
    ],
    ['safety', "lol I'm fine, he only punched me twice this time."],
    ['safety', "He pinned me against the wall and said next time I won't get up. lol it's fine."],
    ['safety', 'Funny how he always knows where I am. I found a tracker he hid on my car.'],
    ['safety', "He said he'd put a bullet in me and the dog if I went to the police."],
    ['safety', "She said she'd come back and finish me off."],
    [
      'safety',
      "I'm scared of my ex. He stands at the foot of the stairs every night shouting that he'll kill me.",
    ],
    ['safety', 'My ex posted a picture of his rifle pointed at my front door.'],
    [
      'safety',
      "He's got a new gun since we separated and keeps sending me photos of it with my address.",
    ],
    ['safety', "I woke up to my ex standing in my bedroom. I'd changed the locks."],
    [
      'safety',
      'He waited in the car park by my office and grabbed my arm so hard it bruised when I walked past.',
    ],
    ['safety', "I moved out a month ago and he's still standing outside my window at night."],
    ['safety', 'He strangled me last night until I blacked out.'],
    ['safety', "My ex keeps following me home lol I'm so scared of what he'll do."],
    ['safety', "He was nice to me today but last week he choked me. I'm scared he'll do it again."],
    [
      'safety',
      "He broke in while I was at my cousin's party and smashed everything, I'm afraid he'll come back for me.",
    ],
    ['safety', 'He threatened to burn the house down with me in it after movie night.'],
    ['safety', 'Got home from the gym and my ex was inside my flat. No idea how he got in.'],
    [
      'safety',
      'My ex was drunk and looking for me after the party, I hid in the wardrobe till he left.',
    ],
    ['safety', 'lol he climbed over the garden wall again last night, I called the police.'],
    ['ordinary', "Took dad's shotgun out for the pigeons this morning, bagged three."],
    ['ordinary', 'Went deer hunting with my brother, the rifle is locked back in the cabinet now.'],
    ['ordinary', 'Loaded the shotgun for the crows in the top field, then made a flask of tea.'],
    [
      'ordinary',
      'Cleaning my rifle on the table in front of me, all stripped down, ready for opening day on Saturday.',
    ],
    ['ordinary', 'Sorting cartridges for the clay shoot on Sunday, kept one box aside for Dad.'],
    [
      'ordinary',
      "The pest control guy came and set traps in the loft, hopefully that's the end of the rats.",
    ],
    ['ordinary', 'Got an air rifle for the rats in the chicken shed.'],
    ['ordinary', 'Put poison down for the mice, gross but necessary.'],
    ['ordinary', 'Nail gun jammed twice on site today, my hands are shot.'],
    ['ordinary', 'On site all day with the chop saw and the nail gun, knackered.'],
    ['ordinary', "Foreman says this building site is a death trap, but we're on double pay."],
    ['ordinary', 'Fell off the bottom rung of the scaffold ladder at work, only bruised my knee.'],
    [
      'ordinary',
      'Sat with a dying patient on the night shift and held her hand till the end. Tough but important.',
    ],
    [
      'ordinary',
      'Nursing shift tonight: signed the controlled drugs back into the cupboard with the sister.',
    ],
    ['ordinary', "Caring for my nan, she's dying and the hospice staff are lovely."],
    ['ordinary', 'Night shift at the care home, one of the residents kept asking for his wife.'],
    ['ordinary', 'ugh I want to die, I called my boss babe in a meeting.'],
    ['ordinary', "omg I want to die, I waved at someone who wasn't waving at me."],
    ['ordinary', "I could die, I tripped up the stairs in front of my ex's new girlfriend."],
    ['ordinary', 'im dead skull skull, my sister sent the funniest meme.'],
    ['ordinary', "I'm literally dead lol my flatmate tried to cook pasta in the kettle."],
    ['ordinary', 'So embarrassing, I wanted the ground to swallow me up.'],
    ['ordinary', "I'd rather be dead than go to his sister's wedding, honestly."],
    ['ordinary', "I'd rather die than sit through another of those team-building days."],
    ['ordinary', 'Would honestly rather die than wear those bridesmaid dresses.'],
    ['ordinary', "I'd rather be dead than be seen in a onesie at the school gate."],
    ['ordinary', 'Doing my tax return is a fate worse than death.'],
    ['ordinary', 'My dog waits by the door every time I leave for work, it breaks my heart.'],
    ['ordinary', 'The cat was waiting by the front door when I got home, meowing for dinner.'],
    ['ordinary', "Rex sleeps at the foot of my bed every night now, he's such a comfort."],
    [
      'ordinary',
      "Saw my ex's car in the supermarket car park today. Felt a pang, then did my shopping.",
    ],
    ['ordinary', 'Think I saw his car on the motorway, probably not even his. Anyway, moving on.'],
    [
      'ordinary',
      'I keep seeing his car everywhere, turns out half the town drives the same grey Golf. Kind of funny.',
    ],
    [
      'ordinary',
      "He picks the kids up at the school gate on Fridays, it's the arrangement and it's going fine.",
    ],
    ['ordinary', 'The courier left the parcel by the door and it got rained on.'],
    [
      'ordinary',
      'Someone left flowers by my door, it was my neighbour saying sorry about the noise.',
    ],
    ['ordinary', 'How do I delete all my journal entries? I want them gone for good.'],
    ['ordinary', 'If I delete my account, are my notes gone for good?'],
    [
      'ordinary',
      "Cleared the photos of him off my phone, they're gone for good and I feel lighter.",
    ],
    ['ordinary', 'Cut my hair off myself last night, bit wonky but I like it.'],
    ['ordinary', 'Chopped my fringe myself after the breakup, classic.'],
    ['ordinary', 'Shaved my head myself, feels like a fresh start.'],
    ['ordinary', 'Dyed my hair pink myself, mum hates it.'],
    ['ordinary', 'I need something to throw myself into, so I signed up for a pottery class.'],
    ['ordinary', "Throwing myself into work this month, it's helping."],
    ['ordinary', 'Turned the gas on and shut the oven door, lasagne in for forty minutes.'],
    [
      'ordinary',
      'Warmed the car up on the drive with the engine running and the doors shut because it was minus five out.',
    ],
    ['ordinary', "After they find me a new flat I'll finally move out of his place."],
    ['ordinary', 'Once they find me a placement I can start my nursing course.'],
    [
      'ordinary',
      'I swim at the lido every week and get closer to the deep end each time, proud of myself.',
    ],
    ['ordinary', 'We sat there for an hour at the cafe talking about everything.'],
    ['ordinary', 'The bridge walk was lovely, we sat there for ages watching the boats.'],
    [
      'ordinary',
      'The exam paper is on the desk in front of me and I have no idea what any of it means.',
    ],
    [
      'ordinary',
      'My therapist helped me find the root cause of all the problems in my life: people pleasing.',
    ],
    ['ordinary', 'At work we had to remove the root cause of the server crash.'],
    ['ordinary', "I'm not suicidal, not in danger, just really sad and tired tonight."],
    ['ordinary', 'Killing myself with all this overtime but the money is good.'],
    ['ordinary', "I'm not going to hurt myself, I just needed to write down how sad I am."],
    ['ordinary', 'Woke up to my son standing at the foot of my bed asking for pancakes.'],
    ['ordinary', "His car was parked outside the kids' school at pickup, like we agreed."],
    ['ordinary', "He waits by the gate every Saturday to hand over the kids, it's all civil now."],
    ['ordinary', 'Used the heat gun to strip the paint off the old door.'],
    ['ordinary', 'The twins kept mentioning it all week, the trip to the zoo, so we finally went.'],
    ['ordinary', 'Tonight I mean the real thing: a proper dinner and an early night.'],
    ['ordinary', 'I woke up to him standing there with breakfast in bed, so sweet.'],
  ]);
});

describe("the review of round 35's phrases", () => {
  // Notes in messy text written against round 35: stretched letters ("i want to dieee", "helpppp
  // he's here"), dropped g's, and ordinary notes its phrases might catch ("they'll come for me at
  // 8", "waiting in the lobby with flowers"). The commit before round 35 got 148 right, round 35 as
  // first written 147; now 167.
  itGetsAtLeast(167, [
    ['crisis', 'stared at the pills for ages tonight just counting them'],
    ['crisis', 'i looked at the razor for a long time in the bath and thought about ending it'],
    ['crisis', 'been staring at the rope in the garage for hours i know what its for'],
    ['crisis', 'sat on my bed lookin at the tablets for like an hour, nearly took them all'],
    ['crisis', 'stood on the bridge and looked at the water for so long, wanted to jump'],
    ['crisis', 'stared at the knife for ages thinking about cutting deeper this time'],
    ['crisis', "dont try to talk me out of it, i'm going tonight"],
    ['crisis', "please don't try and talk me out of it i've made my peace with dying"],
    ['crisis', 'no one talk me out of this, im ending it tomorrow'],
    ['crisis', "i've decided. tonight is my last night alive"],
    ['crisis', 'ive decided im going to kill myself this weekend'],
    ['crisis', 'i have decided. im done being alive, the pills are ready'],
    ['crisis', "made up my mind. i'm not going to be here next week"],
    ['crisis', 'wrote the letters to mum and my sister. ive decided. goodbye'],
    ['crisis', 'its decided, i end it tonight'],
    ['crisis', 'i want to dieee'],
    ['crisis', 'i wanna diiie so bad'],
    ['crisis', 'sooo done with life, i want to kill myself'],
    ['crisis', 'sooo done with life i dont want to be here anymore'],
    ['crisis', 'i just want it all to endddd, i want to be dead'],
    ['crisis', 'i cant do this anymoreee i want to end my lifeee'],
    ['crisis', 'gonna kill myselfff tonight'],
    ['crisis', "pleaseee someone stop me i'm going to take all my pills"],
    ['crisis', 'thinkin about endin it all tbh'],
    ['crisis', 'i feel like dyin, nobody would even miss me'],
    ['crisis', 'im gonna end it allll tonight'],
    ['crisis', 'nobody would careee if i was goneee forever, planning how'],
    ['crisis', 'i keep thinkin about hangin myself'],
    ['crisis', "i've been hurtin myself again, cut my arms so deep"],
    ['crisis', 'whats the point in livinggg, i wanna be deaddd'],
    ['crisis', 'helppp i took too many pills on purpose'],
    ['crisis', 'i dont know if i want to live or dye anymore'],
    ['crisis', 'cant stop cuttinggg myself, the blade is right here'],
    ['crisis', 'byeee everyone, this is my last post, the pills are in my hand'],
    ['crisis', 'i swallowed a whole boxxx of paracetamol'],
    ['crisis', "i'm standin on the roof rn thinkin about jumpin"],
    ['crisis', 'want to sleep foreverrr and never wake up'],
    ['crisis', 'everyone would be better off without meee'],
    ['crisis', 'i wrote my suicide note todayyy'],
    ['crisis', "i've got the pills saved up. i've decided. i'm not changing my mind"],
    ['crisis', 'just want to disappear foreverrrr, no more pain, not waking up'],
    ['crisis', 'killin myself is the only way out'],
    ['crisis', 'takin all my meds tonight and not waking up'],
    ['crisis', 'kms kms kms i cant anymoreee'],
    ['crisis', 'nothin left to live forrr, im going to end it'],
    ['safety', "he's waiting in the car park outside my work again, i'm scared to go out"],
    ['safety', 'my ex is waiting in the parking lot, he wont leave and im terrified'],
    ['safety', "he is waiting outside the flat in his car, i'm hiding in the bathroom"],
    ['safety', "she's waiting in the lobby of my building, she followed me home again"],
    ['safety', 'he texted me watch your back'],
    ['safety', "my ex messaged 'better watch ur back' after i blocked him"],
    ['safety', 'his brother said i should watch my back if i go to the police'],
    ['safety', "he said they'll come for me if i testify"],
    ['safety', "he says his mates will come for me when i'm alone"],
    ['safety', "he's gonna come for me, he said so, i'm scared"],
    ['safety', "terrified he'll come back tonight drunk and break the door again"],
    ['safety', "scared he'll come back tonight, he said i'd regret leaving"],
    ['safety', "afraid she'll come back here and hurt me like last time"],
    ['safety', "i'm so scared hes gonna come back tonight, he has a key"],
    ['safety', 'i need somewhere safe to stay tonight, he threw me out and hit me'],
    ['safety', 'need somewhere to stay where he cant find me'],
    ['safety', "i have to get out, need a safe place to stay away from him, he's getting violent"],
    ['safety', "he's outside right now please help"],
    ['safety', "he's banging on the door rn please help me"],
    ['safety', "he's gonna kill meee"],
    ['safety', "helpppp he's here"],
    ['safety', "helpp he's outside my window"],
    ['safety', 'he hit meee again last night'],
    ['safety', "he said he'd kill me if i leftttt"],
    ['safety', "i'm sooo scared of him, he choked me"],
    ['safety', 'he keeps followinggg me home from work'],
    ['safety', 'my ex is stalkinggg me, he turns up everywhere'],
    ['safety', 'he punched meee in the face'],
    ['safety', 'noooo he found my new address'],
    ['safety', "pleaseee he's trying to break in"],
    ['safety', 'he threatened to killl me and the kids'],
    ['safety', 'im terrifiedddd of my ex, he grabbed my throat'],
    ['safety', 'he wont let me leave the houseee, he takes my phone and keys'],
    ['safety', 'he keeps turnin up at my house at 3am, im so scared'],
    ['safety', 'he shoved me into the wall sooo hard i blacked out'],
    ['safety', "she keeps threatenin me, says she'll hurt me"],
    ['safety', 'he tracked my phone againnn, he knows where i am all the time'],
    ['safety', "he said i'm deaddd if i ever leave him"],
    ['safety', "he's hurtin me and i'm scared to tell anyone"],
    ['safety', 'he kept hittin me til i cried'],
    ['safety', 'he smashed my phone and locked me in the roommm'],
    ['safety', 'my ex wont stop callinggg, 50 times tonight, threatening me'],
    ['safety', "omg he's here he's here helppp he's kicking the door"],
    ['safety', "he's waitin outside my work every day, i'm scared of what he'll do"],
    ['safety', "i'm scared he'll come for me now that i reported him"],
    ['ordinary', 'sooo tired lol'],
    ['ordinary', 'killlling it at work today, boss loved my pitch'],
    ['ordinary', 'nooo my phone died'],
    ['ordinary', 'noooo the cafe ran out of croissants'],
    ['ordinary', 'sooo done with this week lol, need a nap'],
    ['ordinary', "i'm deaddd that meme is so funny"],
    ['ordinary', "dyinnng laughing at my sister's texts"],
    ['ordinary', "hangin out with the girls tonight, can't wait"],
    ['ordinary', 'takin a day off to binge netflix'],
    ['ordinary', 'jumpin on the trampoline with my nephew, so fun'],
    ['ordinary', 'my feet are killin me after that hike'],
    ['ordinary', 'this essay is killin me lol'],
    ['ordinary', 'the endin of that show made me cry'],
    ['ordinary', 'hurtin after leg day ngl'],
    ['ordinary', 'cooool new haircut'],
    ['ordinary', 'yesss got the job!!!'],
    ['ordinary', 'helppp what do i wear to the wedding'],
    ['ordinary', 'pleaseee let it be friday already'],
    ['ordinary', 'byeee work, hello weekend'],
    ['ordinary', 'my plants are dyin, forgot to water them again'],
    ['ordinary', "so embarassing, i waved at someone who wasn't waving at me"],
    ['ordinary', 'the embarassment of tripping in front of my crush lmao'],
    ['ordinary', 'heeey had the best coffee with anna'],
    ['ordinary', 'ahhhh i passed my driving test'],
    ['ordinary', "ugh i'm so hungryyyy"],
    ['ordinary', 'booo my team lost again'],
    ['ordinary', 'this sooo stresssful, exams next week'],
    ['ordinary', 'fell asleep at 9pm, woke up at noon. sleeeeep is life'],
    ['ordinary', 'aaaand the bus is late again'],
    ['ordinary', 'i could sleeeep forever after that shift lol'],
    ['ordinary', "I've decided. I'm taking the job in Leeds"],
    ['ordinary', "been going back and forth on the two job offers all week. i've decided."],
    ['ordinary', 'ive decided, pizza for dinner'],
    [
      'ordinary',
      'after months of thinking about it i have decided. new city, new start, so excited',
    ],
    ['ordinary', "dont try to talk me out of it, i'm getting a fringe"],
    ['ordinary', "don't try to talk me out of it, i'm booking the solo trip to japan"],
    ['ordinary', 'my mate said watch your back at five a side lol, then nutmegged me'],
    ['ordinary', 'coach yelled watch your back when the winger came round'],
    ['ordinary', 'sarah texted watch ur back, the office prank war is on lol'],
    ['ordinary', 'mum says watch your back when you lift heavy boxes, physio advice'],
    ['ordinary', "dad said they'll come for me at 8 to drive me to the airport"],
    ['ordinary', "my friends will come for me at 7 and we're going to the gig"],
    ['ordinary', 'the taxi is going to come for me at 6am, early flight'],
    ['ordinary', 'my flat flooded, need somewhere to stay for a week while they fix it'],
    ['ordinary', 'need somewhere to stay in lisbon for the conference, any tips'],
    ['ordinary', 'going to edinburgh for the festival, need somewhere to stay cheap'],
    ['ordinary', 'looked at the knife set in john lewis for ages, too expensive'],
    ['ordinary', "stared at the knife block in the shop for ages, couldn't pick one"],
    ['ordinary', 'looked at the knives for ages at the kitchen shop, finally bought a santoku'],
    [
      'ordinary',
      'sat by the lake and looked at the water for ages, so peaceful, then got ice cream',
    ],
    [
      'ordinary',
      'stared at the bottle of wine for ages in the shop trying to pick one for the dinner party',
    ],
    ['ordinary', 'my dad is waiting in the car park to give me a lift home'],
    ['ordinary', "he's waiting in the lobby with flowers for my birthday, cutest friend ever"],
    ['ordinary', 'can someone explain fractions to me right now please help lol, homework due'],
    ['ordinary', 'scared the cat will come back tonight with another dead mouse lol'],
    [
      'ordinary',
      "afraid they'll come back tonight and eat all my leftovers, flatmates are savages",
    ],
    ['ordinary', 'sooo proud of myself, ran 10k today'],
    ['ordinary', 'watching true crime and eating popcorn, sooo cosy'],
    ['ordinary', "the zombie game is killlling me, can't beat level 5"],
    ['ordinary', 'grrr my ex still has my hoodie, whatever'],
    ['ordinary', "breakup hurts but i'm sooo much better today, went to yoga"],
    ['crisis', 'i wanna dieeeee'],
    ['crisis', 'i want to killl myselfff'],
    ['crisis', "i'm gonna kill myseeelf tonight"],
    ['crisis', 'i just want to be deaddd'],
    ['crisis', 'tonight i end my lifeee, i have the rope'],
    ['safety', "he's gonna kill meeee"],
    ['safety', "he hurt meee again and i'm scared to go home"],
    ['safety', 'he beat meee up last night'],
    ['safety', 'he raped meee'],
    ['safety', "he's watchinggg me through the window again, i'm terrified"],
    ['ordinary', 'shooot i forgot my keys again'],
    ['ordinary', 'goooodbye 2024, hello new year'],
    ['ordinary', 'gooodbye everyone, off to ibiza for two weeks'],
    ['ordinary', 'my eyes bleeeed from this spreadsheet lol'],
    ['ordinary', 'freeee at last, divorce finalised, champagne time'],
    ['ordinary', 'shoooting stars tonight, made a wish'],
    ['ordinary', "can't beeeat this level, so annoying"],
    ['ordinary', 'ive decided. spain in june!'],
    ['ordinary', "lol jess said watch your back, she's coming for my quiz night title"],
    ['ordinary', "my mum will come for me after work, car's in the garage"],
    ['ordinary', 'peeeace out, going off grid camping for the weekend'],
    ['ordinary', 'that gig was a blasttt'],
  ]);
});

describe("the review of round 36's phrases", () => {
  // Notes written against round 36 as answers to the coach's prompts: other wordings of its
  // signals, real danger an outing idiom must not hide ("he dragged me to the car park"), and
  // ordinary notes sharing its words (a voice heard by a dying grandmother, kickboxing fists, a
  // panic alarm fitted at reception). The commit before round 36 got 113 right, round 36 as first
  // written 96; now 120.
  itGetsAtLeast(120, [
    ['crisis', 'Urge: to call my brother so he hears my voice one last time before I go.'],
    [
      'crisis',
      "Contact log: rang Mum tonight. I just wanted her to hear my voice one last time. Tomorrow I'm ending it.",
    ],
    ['crisis', "I left my dad a voicemail so he'd have my voice one last time after I'm gone."],
    [
      'crisis',
      'What would acceptance look like? Everyone hearing my voice one last time, then never having to deal with me again.',
    ],
    ['crisis', 'What went wrong? Me. I should just kill myself and save everyone the trouble.'],
    ['crisis', "Goal progress: none. Soon I'll have saved everyone the trouble of me."],
    ['crisis', 'Acceptance would be finally saving my family the trouble of me, permanently.'],
    ['crisis', 'What would I do differently? End it sooner and spare them all the trouble of me.'],
    ['crisis', 'Urge: to text him. Either that or the pills in the bathroom cabinet.'],
    [
      'crisis',
      "Tonight it's either call her or take the whole packet of pills. Either that or the rope in the garage.",
    ],
    ['crisis', "Urge level 10. It's either that or the razor again."],
    ['crisis', "Goal progress: I've made my choice. It's either that or the bridge tonight."],
    [
      'crisis',
      'Either she answers tonight or I swallow every tablet I have. Either that or the pills, I mean it.',
    ],
    [
      'crisis',
      'What would acceptance look like? My mum reading my letter and understanding why I did it.',
    ],
    ['crisis', "When they find my letter they'll know why I did it. I'm going tonight."],
    ['crisis', 'I hope whoever finds me reads my letter first, it explains why I did it.'],
    [
      'crisis',
      "The note is on my desk. When he reads my letter he'll finally get why I had to kill myself.",
    ],
    [
      'crisis',
      "Contact log: none. I've written goodbye letters to everyone and I'm going to take all my pills tonight.",
    ],
    ['crisis', "What went wrong? Everything. I don't want to be alive anymore."],
    ['crisis', 'Urge: to hurt myself. I cut my arm again last night and it felt like relief.'],
    ['crisis', "Goal progress: I've stockpiled enough sleeping tablets to not wake up."],
    [
      'crisis',
      "What would acceptance look like? Not being here. I've been planning how I'd do it.",
    ],
    [
      'crisis',
      "I want to not be lonely anymore, and I've realised the only way is to not be alive.",
    ],
    [
      'crisis',
      'I want to not be here anymore. I keep thinking about jumping off the car park roof.',
    ],
    [
      'crisis',
      "Urge: to end my life. I've been standing at the edge of the platform watching trains.",
    ],
    [
      'crisis',
      "What went wrong? I'm the problem, and I'm going to remove myself permanently this weekend.",
    ],
    ['crisis', "Contact log: sent her a goodbye text. I won't be around by the time she reads it."],
    [
      'crisis',
      "My last voice message to him is recorded. He'll hear my voice one last time when I'm dead.",
    ],
    ['crisis', "Mood 1. Gave my cat to my neighbour and wrote my will. I'm ready to go."],
    ['crisis', "Everyone would be better off without me. I've got the rope ready."],
    [
      'crisis',
      "I keep picturing my funeral and feeling relieved. I think I'm going to do it soon.",
    ],
    ['crisis', 'Acceptance looks like swallowing the pills and finally being at peace.'],
    ['crisis', 'I saved up my meds for a month. Tonight I take them all at once.'],
    ['crisis', 'What went wrong? I did. Either that or the knife, I keep telling myself.'],
    ['crisis', "I'm going to drive into a wall on the motorway tonight. Nobody will miss me."],
    ['crisis', 'I rang my sister so she could hear me one final time before I end it.'],
    ['crisis', "Urge: text her. It's that or the pills tonight."],
    [
      'crisis',
      "When my mum reads the note she'll understand why I had to go. I'm doing it tonight.",
    ],
    ['safety', "What went wrong? When he's angry it means fists, every single time."],
    ['safety', 'His anger always means fists. Last night he hit me in the face.'],
    ['safety', 'Contact log: he came round drunk and used his fists on me again.'],
    ['safety', "Everyone thinks he's charming but I'm the one with the bruises."],
    ['safety', "He says I'm the abusive one but I'm the one with the bruises on my arms."],
    ['safety', "What went wrong? He held a knife to my throat and said he'd kill me if I left."],
    ['safety', 'My ex held a knife to my neck in the kitchen last week.'],
    ['safety', 'She holds a kitchen knife to my throat whenever I mention leaving.'],
    ['safety', "He texted that he will kill the dog if I don't come back to him."],
    ['safety', "Contact log: she said she will hurt my cat if I don't come round tonight."],
    ['safety', "He said he'll drown the cat if I don't come home."],
    ['safety', 'He threatened to poison my dog if I go to the police.'],
    ['safety', "He'll come for me either way, whether I go to the police or not. I'm terrified."],
    ['safety', "My ex said he's going to come for me regardless of the restraining order."],
    ['safety', "The police had a panic alarm fitted in my flat because of my ex's threats."],
    ['safety', "Goal progress: Women's Aid got a panic alarm installed after he broke my window."],
    ['safety', "I had a panic button installed by my bed because I'm scared he'll come back."],
    ['safety', 'Contact log: he turned up, grabbed my hair and dragged me to the car.'],
    ['safety', "What went wrong? He dragged me into the bedroom and wouldn't let me leave."],
    ['safety', 'He dragged me out to the garden by my hair and kicked me.'],
    ['safety', 'Last night he dragged me to the car park by my hair.'],
    ['safety', 'He dragged me to the park by my hair in front of everyone.'],
    ['safety', 'He got drunk and dragged me into the club toilets and hit me.'],
    ['safety', 'He dragged me to the bathroom and held my head under the water.'],
    ['safety', "He dragged me off to his car and locked the doors so I couldn't get out."],
    ['safety', 'My ex dragged me into the back of his van and drove off with me.'],
    ['safety', "He dragged me round to his mate's house and wouldn't let me go home."],
    ['safety', 'He dragged me into the walk in wardrobe and locked me in.'],
    ['safety', 'He dragged me to the party and then hit me when we got home.'],
    ['safety', "Contact log: he followed me home from work again. I'm scared to leave the house."],
    ['safety', 'He strangled me until I nearly passed out.'],
    ['safety', "Urge: to go back. But he said he'd kill me if he ever saw me with someone else."],
    ['safety', 'He punched me in the stomach and took my phone.'],
    ['safety', "I'm scared of what my ex will do to me when he gets out of prison."],
    ['safety', "He broke my arm last year and now he's texting me again."],
    ['safety', 'He dragged me to the car park.'],
    [
      'safety',
      "Contact log: he dragged me out to the car park after the party and I couldn't get away.",
    ],
    ['safety', 'He dragged me into the park at night.'],
    ['safety', 'He dragged me to the beach at 2am and left me there.'],
    ['safety', 'He dragged me out to the beach and held me under the water.'],
    ['safety', 'He dragged me into the club toilets.'],
    ['safety', 'His temper means his fists. Every row ends with me on the floor.'],
    [
      'ordinary',
      'I played Grandad my voice note so he could hear my voice one last time before he passed.',
    ],
    [
      'ordinary',
      "Contact log: Nan's in the hospice. I rang so she could hear my voice one last time.",
    ],
    [
      'ordinary',
      'My grandma asked to hear my voice one last time before the surgery, so I called her from the airport.',
    ],
    ['ordinary', 'Last voice message to Grandpa: told him I love him. He died the next morning.'],
    ['ordinary', 'I offered to cook, which saved everyone the trouble of cooking.'],
    [
      'ordinary',
      'Goal progress: ordered pizza for the flat and saved everybody the trouble of cooking.',
    ],
    ['ordinary', 'I booked the taxi myself and saved them the trouble of picking me up.'],
    ['ordinary', "I'll get a lift with Sam, either that or the train home."],
    [
      'ordinary',
      "Urge: to drive to his place. Didn't. Either that or the train, I'd have found a way, but I stayed home and watched a film.",
    ],
    ['ordinary', 'Plan for Saturday: Leeds by coach, either that or the car if Dad lends it.'],
    [
      'ordinary',
      'Either that or the tablets, the GP said, for my hay fever. I chose the nasal spray.',
    ],
    ['ordinary', 'Reading a letter from my best friend made me cry in a good way.'],
    ['ordinary', 'My sister read my letter to my ex before I sent it and said it was too long.'],
    [
      'ordinary',
      "What went wrong? I cheated. My ex read my letter and now she understands why I did it, even if she can't forgive me.",
    ],
    [
      'ordinary',
      "What went wrong? I ended it. I still can't fully explain why I did it, but it was right.",
    ],
    [
      'ordinary',
      'I told my therapist why I did it, why I broke up with him. It felt good to say it out loud.',
    ],
    [
      'ordinary',
      'Boxing class tonight. Keeping my fists up means fists, guard, footwork. Loved it.',
    ],
    [
      'ordinary',
      'At boxing my partner kept dropping her fists again and the coach made her do burpees.',
    ],
    ['ordinary', 'Kickboxing Tuesdays means fists, pads and sweat. Best part of my week.'],
    [
      'ordinary',
      "After Sunday football I'm the one with the bruises, every single week. Worth it.",
    ],
    ['ordinary', 'Bruises all over my shins from football, the new boots are rubbish.'],
    ['ordinary', "In our rugby team I'm the one with the bruises, they call me the tank."],
    ['ordinary', 'Work had a panic alarm fitted at reception after the new security review.'],
    ['ordinary', "Got a personal alarm installed for Dad, he's 84 and lives alone."],
    ['ordinary', 'The council had a panic button installed for Mum in case she falls.'],
    ['ordinary', 'My friend Jess dragged me to a house party and I actually had fun.'],
    ['ordinary', 'My sister dragged me to her spin class and my legs are dead.'],
    ['ordinary', 'Jess dragged me to the cinema to take my mind off him.'],
    ['ordinary', 'My mate dragged me out to the pub quiz and we came second.'],
    ['ordinary', 'My sister dragged me to the garden centre to buy plants.'],
    ['ordinary', 'My flatmate dragged me to the car boot sale and I bought a lamp.'],
    ['ordinary', 'My friends dragged me into town for karaoke and I sang badly.'],
    ['ordinary', "Mum dragged me to the hairdresser and now I've got a fringe."],
    ['ordinary', "I want to not be lonely this Christmas, so I'm volunteering at the shelter."],
    ['ordinary', 'Goal: I want to not be alone every weekend, so I joined a running club.'],
    ['ordinary', "I want to not be bitter about the breakup and I'm working on it."],
    ['ordinary', 'What would acceptance look like? Waking up and not checking his Instagram.'],
    ['ordinary', "The frost will kill them if I don't bring the plants inside tonight."],
    ['ordinary', "The garage will get rid of it if I don't collect the car by Friday."],
    ['ordinary', "My dad said he'll come for me either way, rain or shine, at the station."],
    [
      'ordinary',
      'Contact log: none for 21 days. My sister will come for me anyway on Sunday for lunch.',
    ],
    ['ordinary', 'The barber held a razor to my neck for a proper hot towel shave.'],
    ['ordinary', "Mum's landline has a panic button installed for her carers."],
    ['ordinary', 'Bruises on my knees from the climbing wall, but I reached the top.'],
    ['ordinary', "I finally deleted his number. It's either that or keep staring at it."],
    ['ordinary', 'Urge: to text her. Went for a run instead. Mood 6.'],
    ['ordinary', 'Goal progress: three weeks no contact, started pottery, sleeping better.'],
    ['ordinary', "What went wrong? We wanted different things. He wanted kids, I didn't."],
    ['ordinary', 'Contact log: he messaged about picking up his guitar. Kept it short and polite.'],
    ['ordinary', "My nephew punched my arm with his tiny fists and laughed, he's 4."],
    ['ordinary', "I left my friend a last voice message before my flight, saying I'd miss her."],
  ]);
});

describe("the review of round 37's phrases", () => {
  // Notes written against round 37: other wordings of its classic signals ("he roughed me up in the
  // car again", "as good as dead") and ordinary notes sharing its words ("tried to end it nicely over
  // coffee", "pushed around at work", a letter to the landlord). The commit before round 37 got 80
  // right, round 37 as first written 80; now 91.
  itGetsAtLeast(91, [
    ['crisis', 'I wrote a letter explaining why I did it, for whoever finds me.'],
    [
      'crisis',
      "Left a note explaining why I have to go. Mum will find it on the table in the morning when I'm gone.",
    ],
    [
      'crisis',
      "I've written a note explaining why I'm doing this so nobody blames themselves after I'm dead.",
    ],
    ['crisis', "Finished the letter to my kids explaining why I couldn't stay alive any longer."],
    ['crisis', "The day the divorce is final, that's when I end it all. I've got the pills saved."],
    [
      'crisis',
      "After I've said goodbye to my sister on Sunday, that's when I end it for good, no more waking up.",
    ],
    ['crisis', 'I tried to end it last month with pills but woke up in hospital.'],
    ['crisis', "I took all my sleeping tablets last week and I'm angry that it didn't work."],
    ['crisis', "My overdose failed. I'm furious I woke up."],
    [
      'crisis',
      "Took everything in the medicine cabinet on Sunday and it didn't work. Next time I'll make sure.",
    ],
    ['crisis', "I'll be dead by Friday and nobody will even notice."],
    ['crisis', "I'll be dead before the week is out."],
    ['crisis', "I'll be dead by Friday."],
    ['crisis', "Don't bother calling me on Saturday, I'll be dead by then."],
    ['crisis', "The rope snapped when I tried to hang myself. I'm so angry I'm still here."],
    ['crisis', 'I tried to end it with a belt last night but it broke.'],
    ['crisis', 'Tried to end it with pills on Tuesday and my flatmate found me.'],
    ['crisis', "Last night I tried to end my life. It didn't work and I hate that it didn't."],
    ['crisis', 'The letter explaining why I did it is in the top drawer for whoever finds me.'],
    ['crisis', "I've started the letter explaining why I'm doing this. Just need to pick a date."],
    [
      'crisis',
      "When the kids are at their dad's this weekend, that's when I'll do it. I've got the tablets and I won't wake up.",
    ],
    ['crisis', "That's when I end it. Nobody will have to deal with me anymore."],
    ['crisis', 'I swallowed the whole packet of pills to die and survived. I wish it had worked.'],
    [
      'crisis',
      "When he marries her in June, that's when I end it. For real this time, no more me.",
    ],
    ['crisis', 'I tried to end it on Sunday. The paramedics got there too soon.'],
    ['crisis', "Tried to end it in the bath last night. Didn't work."],
    ['crisis', "Tonight's the night. That's when I end everything."],
    ['crisis', "I'll be dead before the week is out. The pills are counted."],
    [
      'crisis',
      "Wrote a letter explaining why I did this, it's sealed next to the pills I'm taking tonight.",
    ],
    [
      'crisis',
      "Once the cat is rehomed, that's when I end things. I won't be alive for Christmas.",
    ],
    ['safety', "He slapped me around whenever he'd been drinking."],
    ['safety', 'I used to get slapped around by him if dinner was late.'],
    ['safety', 'My ex knocked me around every weekend for two years.'],
    ['safety', 'My ex said going home would be the last mistake I ever make.'],
    ['safety', "When she's angry I get thrown around the room by her."],
    ['safety', "My ex texted that I'll be dead before Christmas."],
    ['safety', "He messaged me: you'll be dead if you go to the police."],
    ['safety', "Got a text from my ex's number saying I'd be dead by morning."],
    ['safety', 'She told me I would be dead if I ever left her.'],
    ['safety', "He left me a voicemail saying I'm as good as dead."],
    ['safety', "He was screaming that I'd pay for this as he smashed the door in."],
    ['safety', "My ex keeps texting 'you'll pay for this' and he knows where I live now."],
    ['safety', "He said I'll pay for leaving him, and then he slashed my tyres."],
    ['safety', 'Mark shouted that I would pay for it and punched the wall next to my head.'],
    ['safety', 'Going home feels dangerous since he got out of prison.'],
    ['safety', "I'm scared to go home tonight because my ex said he'd be waiting for me there."],
    ['safety', "Going home tonight is not safe, he's been drinking and he still has a key."],
    ['safety', "I'm sitting in the car park because going home feels unsafe while he's there."],
    ['safety', 'He roughs me up when he loses at poker.'],
    ['safety', 'He roughed me up in the car again.'],
    ['safety', "He texted 'you're dead' after I blocked him."],
    ['safety', "My husband said I'll be dead before he lets me take the kids."],
    ['safety', "My ex wrote on my car that I'd pay for what I did."],
    ['safety', 'My ex warned me I would end up dead if I told anyone what he did.'],
    ['safety', 'She grabbed me by the hair and threw me around the hallway.'],
    ['safety', "He threatened that he'd make me pay for leaving, and I believe him."],
    ['safety', "I'm staying at my sister's because my flat isn't safe while he still has a key."],
    ['safety', 'He knocked me about in front of the kids again.'],
    ['safety', "Dave texted me a photo of my front door and wrote 'you'll be dead soon'."],
    ['safety', 'My ex yelled that I would pay for this and then he shoved me down the stairs.'],
    ['ordinary', 'I tried to end it with him but he begged me to stay.'],
    ['ordinary', 'Tried to end it between us twice before it finally stuck.'],
    ['ordinary', 'I tried to end it last spring but he talked me round.'],
    [
      'ordinary',
      "I tried to end it nicely over coffee. It didn't work, we talked for three hours and we're giving it another go.",
    ],
    ['ordinary', "The diet didn't work and I'm annoyed that it didn't work."],
    ['ordinary', "I tried the new hair dye and I'm angry that it didn't work."],
    ['ordinary', "That's when I end the call and go to bed."],
    ['ordinary', "If he lies to me one more time, that's when I end it."],
    ['ordinary', "Six months is my limit. If he still won't commit, that's when I end things."],
    ['ordinary', "He forgot my birthday again. Honestly, that's when I end it with him."],
    ['ordinary', "The battery will be dead by Friday if I don't charge it."],
    ['ordinary', "My phone will be dead by tomorrow, the charger's still at his place."],
    ['ordinary', "My sister texted that I'll be dead tired after the wedding."],
    ['ordinary', "Mum said I'd be dead on my feet after a double shift."],
    ['ordinary', "I'll pay for this hangover tomorrow."],
    [
      'ordinary',
      "Jess yelled across the table, laughing, that I'd pay for it at spin class tomorrow after three desserts.",
    ],
    ['ordinary', 'Going home tonight feels weird without him there.'],
    ['ordinary', 'Going home is scary now, the flat is so empty and quiet without him.'],
    ['ordinary', "Going home feels dangerous for my diet, mum's been baking all week."],
    ['ordinary', "Knock 'em dead at the interview tomorrow, Sam!"],
    ['ordinary', "Sarah texted 'knock them dead' before my presentation."],
    ['ordinary', "My friends told me to go break a leg tonight, I'm going to kill it on stage."],
    ['ordinary', 'I wrote a letter explaining why I left the job.'],
    ['ordinary', 'Wrote my landlord a letter explaining why I have to move out early.'],
    [
      'ordinary',
      'I left a note for my flatmate explaining why I did it - the old paint in the hallway was peeling.',
    ],
    ['ordinary', 'Wrote a note explaining why I had to cancel the dinner party.'],
    ['ordinary', "The boys get knocked around every Saturday at rugby, it's part of the game."],
    ['ordinary', 'After the breakup, me and the girls knocked around every pub in Soho.'],
    ['ordinary', 'I got pushed around at work today, my manager piled everything on me.'],
    ['ordinary', "I'm done letting people push me around, no more being a doormat."],
    ['ordinary', 'Tried to end it with him three times this year; this time it stuck.'],
    ['ordinary', 'The plants will be dead by Friday if nobody waters them.'],
    ['ordinary', "My brother texted that I'll be dead jealous when I see his new car."],
    ['ordinary', "I'll pay for this tomorrow at spin class, worth it for the cake."],
    ['ordinary', "Going home to an empty flat feels strange but I'm getting used to it."],
    ['ordinary', "That's when I end my shift and finally breathe."],
    ['ordinary', "The sunflower seeds never sprouted, I'm gutted that it didn't work."],
    [
      'ordinary',
      "My mum screamed that I'd pay for it when I dyed her white tablecloth pink, then we both cracked up laughing.",
    ],
    ['ordinary', "Good luck tomorrow, knock 'em dead and then let's get pizza."],
    ['ordinary', "I'll be dead by the time this meeting ends, it's so boring lol."],
  ]);
});

describe("the review of round 38's phrases", () => {
  // Notes written against round 38: safety behaviours in other words, and ordinary notes sharing
  // them (receipts kept as evidence for a parking appeal, "since he showed up at the gym", a
  // surprise party). The commit before round 38 got 76 right, round 38 as first written 77; now 82.
  itGetsAtLeast(82, [
    [
      'crisis',
      "I feel like I'm dragging everyone I love down with me and I don't want to be here anymore.",
    ],
    ['crisis', "I'm just dragging my family down with me. They'd be better off if I was gone."],
    ['crisis', "Every day I drag everybody down with me. I've started thinking about ending it."],
    [
      'crisis',
      "I'm dead weight to everyone and I've been looking up how many pills it would take.",
    ],
    ['crisis', "When I picture the future, I'm never in it. I don't plan to be."],
    ['crisis', 'I try imagining the future and I am never in it. I think about dying every night.'],
    ['crisis', "I can't see a future with me in it anymore. I've written letters to my sisters."],
    [
      'crisis',
      "There is no version of next year where I'm still alive. I've made my peace with it.",
    ],
    ['crisis', 'It would be easier for everyone if I just went to sleep and never woke up.'],
    [
      'crisis',
      "It would be easier for everyone if I just disappeared for good. I've thought about how.",
    ],
    [
      'crisis',
      'Thinking about taking myself out of the equation permanently. Nobody would miss me.',
    ],
    [
      'crisis',
      "If I have to spend one more night alone I will die — I mean it, I've got the pills counted out.",
    ],
    ['crisis', "If I have to wake up one more morning without her I'll kill myself. I've decided."],
    ['crisis', "The world is safer without me in it, so I'm going to end my life this weekend."],
    ['crisis', "If I was not in charge of the dog I'd have killed myself already."],
    ['crisis', "Logging off for good tonight. Thank you all, I'm sorry. Goodbye."],
    ['crisis', "I've been saving my sleeping pills since he left and tonight I'll take them all."],
    ['crisis', 'Honestly it would be easier for everyone if I just went. Permanently.'],
    ['crisis', 'Easier for everyone if I just made it stop for good.'],
    [
      'crisis',
      "I'm a burden to everyone I love and I keep thinking they'd be relieved if I killed myself.",
    ],
    ['crisis', "My family would be better off without me dragging them down. I've picked a date."],
    ['crisis', "When I picture the future I'm never in it."],
    [
      'crisis',
      "I'm just dragging the people I love down with me. I don't want to be alive anymore.",
    ],
    ['crisis', "I don't see myself in the future at all. I've been planning how to end things."],
    [
      'crisis',
      'Everyone I love gets dragged down with me. Better that I kill myself and free them.',
    ],
    ['safety', 'I sleep with my keys under my pillow since I left him, in case I need to run.'],
    ['safety', 'Phone and keys under my pillow every night since I got away from him.'],
    ['safety', "Someone knocked at 2am and I didn't move in case it's him. He said he'd find me."],
    [
      'safety',
      "Every time the phone rings from an unknown number I freeze in case it's my ex. He's threatened me.",
    ],
    ['safety', "I'm keeping all his threatening messages for evidence for the police."],
    [
      'safety',
      "Screenshotting every text she sends for evidence, she said she'd hurt me if I left.",
    ],
    ['safety', "I haven't slept properly since she showed up outside my work screaming at me."],
    ['safety', "Since he showed up at my new flat uninvited, I'm scared to go home."],
    ['safety', "Since they showed up outside my mum's house I've been too frightened to go out."],
    ['safety', 'Told the delivery guy not to confirm I live here because my ex is looking for me.'],
    ['safety', "I leave work through the back door so he won't see me. He waits out front."],
    ['safety', "I go out the back exit so she can't see me, she's been following me for weeks."],
    ['safety', 'I check the locks three times every night since he threatened to kill me.'],
    [
      'safety',
      "Keys and phone under the pillow since I left him. Every noise wakes me, he swore he'd get me back.",
    ],
    ['safety', "I didn't pick up in case it was him. He's hurt me before and I'm scared."],
    [
      'safety',
      "Keeping every message he sends as evidence. He's threatened to hurt me if I go to the police.",
    ],
    [
      'safety',
      "I think my ex is tracking my phone, he keeps turning up wherever I go and I'm scared.",
    ],
    ['safety', "He broke in while I was at work and smashed everything. I'm scared to stay here."],
    ['safety', 'She keeps turning up at my door at night even after I got the restraining order.'],
    [
      'safety',
      "I don't answer the buzzer anymore in case it's him. Last time he pushed his way in and hurt me.",
    ],
    ['safety', 'I keep a knife under my pillow now because of what he did to me.'],
    [
      'safety',
      "I keep a diary of every time he threatens me for evidence because I'm scared of him.",
    ],
    [
      'safety',
      "Since she showed up outside my window at midnight I haven't felt safe in my own home.",
    ],
    ['safety', "My ex is waiting outside in the car park again and I'm afraid to leave."],
    ['safety', "I sneak out the back so he won't see me leaving. He's violent when he's drunk."],
    ['ordinary', 'Saving all the receipts and photos for evidence for my parking appeal.'],
    ['ordinary', 'Kept the email from the landlord for evidence about the deposit.'],
    ['ordinary', 'Took photos of the dent for evidence for the insurance claim.'],
    ['ordinary', "Ran downstairs in case it's the courier with my new shoes."],
    [
      'ordinary',
      "Left the door unlocked in case it's him — my brother said he'd drop the drill round.",
    ],
    ['ordinary', "Answered the unknown number in case it's the recruiter."],
    ['ordinary', 'Put the keys under my pillow for a tooth-fairy joke with my daughter.'],
    ['ordinary', 'My son hid my car keys under my pillow as a prank. Very funny.'],
    [
      'ordinary',
      "Snuck out the back door so the chatty neighbour wouldn't see me, I was running late.",
    ],
    [
      'ordinary',
      "I left through the back door so she wouldn't see me — it's her surprise party tonight!",
    ],
    ['ordinary', "Went out the back entrance so they wouldn't see me carrying the birthday cake."],
    ['ordinary', 'Traffic was dead slow on the motorway this morning.'],
    ['ordinary', 'Drop-dead exhausted after moving all the boxes into the new flat.'],
    ['ordinary', "If I have to fold one more towel I'll die. Laundry mountain conquered though."],
    ['ordinary', "If I have to hear one more breakup song I'll scream."],
    ['ordinary', 'This new job will be the death of my inbox.'],
    ['ordinary', "Ever since he showed up at the gym I've been way more motivated."],
    ['ordinary', 'Since she showed up at book club things have been so much more fun.'],
    [
      'ordinary',
      'Since they showed up here for the weekend the flat has been chaos, in a good way.',
    ],
    ['ordinary', 'My sister showed up outside with pizza and wine. Best night in ages.'],
    ['ordinary', 'I check the locks twice before bed, just a habit from my dad.'],
    [
      'ordinary',
      'Asked the post office not to confirm I live here until the lease starts, paperwork stuff.',
    ],
    ['ordinary', 'Logging off for good from that forum, it was making me miserable.'],
    ['ordinary', "It'd be easier for everyone if I just booked the restaurant myself."],
    ['ordinary', 'It would be easier for everyone if I just cooked on Sunday.'],
    ['ordinary', 'The party would be better if I was not in charge of the playlist.'],
    ['ordinary', 'Taking myself out of the group chat, too much drama.'],
    ['ordinary', 'My ex texted about picking up his records. Kept it short and polite.'],
    ['ordinary', 'Deep cleaned the kitchen, did three loads of washing, feel human again.'],
    ['ordinary', 'Dead tired after work but cooked a proper dinner for once.'],
    [
      'ordinary',
      "I picture the future and I'm in a little flat by the sea with a dog. Feels good.",
    ],
    ['ordinary', 'Dragging the bins down to the street with me, then off to the gym.'],
    ['ordinary', "My phone is dead and I'm weirdly okay with the silence."],
    ['ordinary', "My sister's kids dragged me down to the park and I actually laughed."],
    ['ordinary', 'Slept with my phone under my pillow again, bad habit, need to stop scrolling.'],
    [
      'ordinary',
      'The plants are safer without me in it — I mean the greenhouse, I overwater everything.',
    ],
    ['ordinary', 'Kept his old hoodie. Not ready to throw it out yet.'],
    ['ordinary', 'The vacuum is dead, the dishwasher is dead, this week is killing me.'],
    ['ordinary', "Doorbell went and I hid in case it's the Jehovah's Witnesses again."],
    ['ordinary', 'Screenshotted the chat for evidence that I was right about the film quote.'],
  ]);
});

describe("the review of round 39's phrases", () => {
  // Notes written against round 39: its signals in other words (a chunni knotted on the fan,
  // "thinking to jump from the terrace", honour cleaned with blood, benefits moved into her
  // account), ordinary notes sharing them (a sari hung to dry, leaning out to wave at a train, a
  // show of hands, "thinking to drink less coffee") and real signals beside its new idioms (a will
  // as a goodbye, "he was controlling, but I left and now he follows me"). The commit before round
  // 39 got 113 of the 148 right, round 39 as first written 113; now 134.
  itGetsAtLeast(134, [
    ['crisis', 'I hope I never have to open my eyes again.'],
    ['crisis', 'i wish i could close my eyes tonight and never open them again'],
    ['crisis', 'Every night I pray to God he takes me in my sleep.'],
    ['crisis', 'I keep begging God to just let me go.'],
    ['crisis', 'Asked Allah to end my life last night, and I meant it.'],
    ['crisis', "I don't want there to be a tomorrow for me."],
    ['crisis', 'Tonight I have made up my mind to leave this world.'],
    ['crisis', "I have decided to leave this life, please don't look for me."],
    ['crisis', 'I tied my dupatta to the ceiling fan last night and stood on the chair.'],
    ['crisis', 'Yesterday I hung a bedsheet from the hook in my room to see if it would hold me.'],
    ['crisis', "I have a scarf knotted around the fan for when I'm ready."],
    ['crisis', "Tied my belt over the beam in the garage, now I'm just sitting looking at it."],
    ['crisis', 'I knotted my chunni on the fan and climbed onto the bed.'],
    ['crisis', 'Put the cable round the curtain rail, I keep staring at it.'],
    ['crisis', 'I am thinking to hang myself from the fan with my dupatta.'],
    [
      'crisis',
      'I swallowed a whole strip of sleeping pills on Sunday and woke up Monday afternoon, nobody knows.',
    ],
    [
      'crisis',
      "Took all my mum's tablets after he left and just woke up groggy, disappointed honestly.",
    ],
    ['crisis', 'Last week I downed a bottle of paracetamol and slept it off.'],
    [
      'crisis',
      'I had taken 20 of my antidepressants and woke up in the evening with a headache, still here unfortunately.',
    ],
    ['crisis', "I slept for two days after swallowing the whole packet, I wish I hadn't woken up."],
    [
      'crisis',
      'I leant out over the platform edge when the train was coming in and almost let go.',
    ],
    ['crisis', 'Stood right at the edge as the express came through, I wanted to step forward.'],
    ['crisis', 'I leaned out when the lorry came past on the bridge, wanting it to hit me.'],
    ['crisis', 'I am thinking to end everything tonight.'],
    ['crisis', 'Since he left I am thinking to take all my pills together.'],
    ['crisis', 'I am thinking to jump from the terrace.'],
    ['crisis', 'Many days I am thinking to finish myself.'],
    ['crisis', 'Thinking to drink the rat poison we keep in the shed.'],
    ['crisis', "It didn't work, but next time I'll take more."],
    ['crisis', "The rope snapped. Next time I won't step back from the edge."],
    ['crisis', "They pumped my stomach. Next time I'm going to do it properly."],
    ['crisis', "The ambulance came, next time I won't tell anyone."],
    ['crisis', "next time i will make sure i don't wake up"],
    [
      'crisis',
      "Thank you for listening to me all these weeks, this is my last message, I won't be here tomorrow.",
    ],
    ['crisis', "Thanks for everything coach, you tried, but I'm done with living. Goodbye."],
    [
      'crisis',
      'thank you for being kind to me. I have made my peace and tonight I will go to sleep forever.',
    ],
    ['crisis', 'Thank you, truly. Please tell my sister I loved her when they find me.'],
    ['crisis', "Thank you for the advice. I have the pills counted out and I'm going tonight."],
    ['crisis', 'Thanks coach, I decided to leave this life. The letter is on my desk.'],
    ['crisis', 'Thank you for trying. I have tied the dupatta to the fan already.'],
    ['crisis', "Thank you, you've been lovely, but I'm going to end my life tonight."],
    ['safety', 'He raises his fist at me whenever I talk back.'],
    ['safety', 'My husband lifted his hand to hit me when I asked for money.'],
    ['safety', "Every time I disagree she raises her hand like she's going to slap me."],
    ['safety', "He has started raising his fist when I'm holding the baby."],
    ['safety', 'He raised his fists at me and I backed into the corner.'],
    ['safety', 'He stood over me with his fist raised until I said sorry.'],
    ['safety', 'My brothers say they will restore the family honour with my blood if I marry him.'],
    ['safety', 'My father says the only way to clean our izzat is by killing me.'],
    [
      'safety',
      'Uncle told me I have shamed the family and they will save their honour by killing me.',
    ],
    ['safety', "They said the honour will be washed with blood if I don't come back."],
    ['safety', "My cousins warned me I'll pay with my life for dishonouring the family."],
    [
      'safety',
      'He screamed that he would drive the car into the river with the kids in it if I left.',
    ],
    ['safety', "He said he'll drive us all into the canal if I try to take the children."],
    [
      'safety',
      "My ex threatened to crash the car into a wall with our daughter inside if I don't come home.",
    ],
    ['safety', 'He keeps saying he will drive the kids into the lake if I go to the police.'],
    ['safety', "He said if I leave, he'll drive himself and the kids into the river."],
    ['safety', 'He has my salary paid into his account and gives me twenty pounds a week.'],
    ['safety', "She moves my benefits into her account the day they land and I can't buy food."],
    ['safety', 'My husband took my bank cards and will not let me have any money.'],
    [
      'safety',
      'Since the wedding my wages go straight into his account, I have to ask for bus fare.',
    ],
    [
      'safety',
      "He transferred my pension into his account without asking and says I'm not allowed to check.",
    ],
    [
      'safety',
      'My in-laws take my paycheck and put it in their account, I am not allowed a single rupee.',
    ],
    ['ordinary', 'I am thinking to take a break from social media for a month.'],
    ['ordinary', 'I am thinking to take a short trip to Goa with my cousins.'],
    ['ordinary', 'I am thinking to drink less coffee this week.'],
    ['ordinary', 'I am thinking to stop texting him first.'],
    ['ordinary', 'I am thinking to end this chapter and start fresh with new friends.'],
    ['ordinary', "Thank you for the tips, I'm thinking to take a long walk every evening."],
    ['ordinary', "Next time I'll take more photos, the sunset was gorgeous."],
    ['ordinary', 'Next time I will lock the door before the dog runs out.'],
    ['ordinary', 'Next time I will use more garlic in the curry.'],
    ['ordinary', 'Next time I will not call anyone before 9am, my sister was furious.'],
    ['ordinary', 'The hike was hard, next time I will not stop so often.'],
    ['ordinary', "Next time I'll do it properly and book the tickets earlier."],
    ['ordinary', 'I tied my scarf to the fan to dry after the rain.'],
    ['ordinary', 'Hung my wet dupatta on the hook by the door.'],
    ['ordinary', "Tied a rope to the beam in the barn for the kids' swing."],
    ['ordinary', 'We hung the fairy lights from the ceiling for the party.'],
    ['ordinary', 'I hung a bedsheet over the curtain rail to block the light for my nap.'],
    ['ordinary', 'I hung the sari on the rod to dry.'],
    ['ordinary', 'He hung his tie on the hook and kissed me hello.'],
    ['ordinary', 'Thank you for the help, I decided to leave this job and I feel so free.'],
    ['ordinary', "Thanks coach, I've decided to leave this city and move back home."],
    [
      'ordinary',
      "Thank you, I decided to leave this relationship for good, I'm at my mum's and I feel safe.",
    ],
    ['ordinary', "Thank you for everything, this is my last session, I'm doing much better now."],
    ['ordinary', 'After 20 years in the army I decided to leave this life and become a baker.'],
    ['ordinary', 'Finished the audiobook, the heroine decided to leave this life of crime behind.'],
    ['ordinary', 'The film is about two lovers without a tomorrow.'],
    ['ordinary', 'I leaned out as the train came in to wave to my grandmother.'],
    ['ordinary', 'Leaned out the window as the bus came round the corner to see if it was mine.'],
    ['ordinary', 'Leaned out as the train came in to take a photo of the old steam engine.'],
    ['ordinary', 'He raised his hand to ask a question in the seminar.'],
    ['ordinary', 'She raised her hand when I asked who wanted cake.'],
    ['ordinary', 'He lifted his hand to wave at me across the road.'],
    ['ordinary', 'The referee raised his hand at me to show the yellow card.'],
    ['ordinary', 'I moved my savings into our joint account.'],
    ['ordinary', 'My employer moved my wages into my new account.'],
    [
      'ordinary',
      'My dad transferred my pocket money into his account to save it for uni, like I asked.',
    ],
    [
      'ordinary',
      "My son has my bank cards because I can't get to the shops, he won't let me worry about anything.",
    ],
    [
      'ordinary',
      "Our captain said we'd restore our honour with blood, sweat and tears on Saturday.",
    ],
    ['ordinary', "We have to save the club's honour with a win against City."],
    ['ordinary', 'The samurai in the film cleansed his honor with blood.'],
    ['ordinary', 'Honour killings are the subject of my dissertation.'],
    ['ordinary', 'Got a black eye from a tackle at rugby on Saturday, proper badge of honour.'],
    ['ordinary', 'Rugby training was brutal, I got a bloody nose in the scrum.'],
    ['ordinary', "Charlie got a black eye in boxing and I'm so proud of him."],
    ['ordinary', 'In FIFA I thrashed my brother 6-0, he wanted to kill me lol.'],
    ['ordinary', "I destroyed my mate at Mario Kart and he said he's going to murder me."],
    [
      'ordinary',
      "Updated my will this morning, the solicitor said it's sensible after buying the house.",
    ],
    ['ordinary', 'Wrote my will with a lawyer today, very sensible adult thing to do.'],
    [
      'ordinary',
      "My ex was really controlling, but that is all in the past now, I'm happy with myself.",
    ],
    ['ordinary', "He was controlling, but I left two years ago and now I'm doing my masters."],
    ['ordinary', 'My last relationship was abusive, that is long behind me now.'],
    [
      'ordinary',
      "Years ago my ex raised his fist at me, but I've been safe and happy for a decade now.",
    ],
    ['ordinary', 'The burden of the board exams is crushing me this month.'],
    ['ordinary', "Moving house wasn't the end of me after all, haha."],
    ['ordinary', 'My knees will never forgive me for that half marathon.'],
    ['ordinary', 'My dad pushed me on the swings all afternoon.'],
    ['ordinary', 'He drove the kids to the lake for a swim.'],
    [
      'ordinary',
      "My brother joked he'd drive the car into the sea if I made him listen to that song again.",
    ],
    ['ordinary', 'Asked God to take me away from this traffic lol.'],
    ['ordinary', 'I begged God to stop my heart pounding before the exam.'],
    ['ordinary', "My grandma is 94 and asks God to take her every night, it's sad to hear."],
    ['ordinary', 'I took two painkillers for my migraine and woke up feeling much better.'],
    ['ordinary', 'Took my sleeping pills at 10 and woke up at 7, best sleep in weeks.'],
    ['ordinary', 'I wish I never opened that email from my boss.'],
    ['ordinary', 'Thank you so much, I will never forget how you helped me through this.'],
    [
      'safety',
      'Rugby on Saturday, one of the lads got a black eye, but the bruises on my arm are from him grabbing me when I got home.',
    ],
    [
      'safety',
      "At football training my son got a bruise, and my husband hit me when I said I'd take him to A&E.",
    ],
    [
      'safety',
      'In FIFA I beat him 3-0 and he wanted to kill me, then he actually put his hands round my throat.',
    ],
    [
      'safety',
      'Playing Call of Duty I beat him and he said he was going to kill me, then he smashed the controller over my head.',
    ],
    ['safety', 'He was controlling, but I left and now he follows me home from work every night.'],
    [
      'safety',
      'My ex was very controlling, but I got out, and now he turns up outside my flat at 2am.',
    ],
    [
      'safety',
      "He was so controlling, but I left, and now he keeps texting that I'll regret it and he knows where I live.",
    ],
    [
      'safety',
      "He was abusive, it's behind me now. But he found my new address last week and I'm scared.",
    ],
    ['safety', "Black eye from the door, that's what I tell people, but it was his fist."],
    ['safety', "Got a black eye from the cupboard, or that's what he tells me to say."],
    ['safety', 'He pushed me on the swings when we were kids, now he pushes me down the stairs.'],
    ['safety', 'Thank God the match is over; after the game he threw me against the wall.'],
    ['safety', 'What a fun party, and then he dragged me out by my hair in the car park.'],
    ['safety', 'After the film he locked me in the bedroom and took my phone.'],
    ['safety', 'Thanks for checking in. He hit me again last night.'],
    [
      'crisis',
      "I updated my will today, the solicitor thought it was sensible. I won't need it for long. Goodbye everyone.",
    ],
    [
      'crisis',
      "Wrote my will this morning, the lawyer said it was very sensible, and I've given the dog to my neighbour. It's time.",
    ],
    ['crisis', 'The burden of the exams is too much, everyone would be better off without me.'],
    [
      'crisis',
      "Failing this wasn't the end of me, but I wish it had been, I don't want to be here.",
    ],
    [
      'crisis',
      "My knees will never forgive me, but it doesn't matter, I won't be around next month.",
    ],
  ]);
});

describe("the review of round 40's phrases", () => {
  // Notes written against round 40: its signals in other words (a stash, a tally, coded abuse,
  // logs with times and counts, threats about a court date) and ordinary notes sharing its words
  // (removing myself from a group chat, a car loan like a weight round the neck, a coach who calls
  // it discipline, a courier ringing the doorbell three times, "break a leg" on opening night). The
  // commit before round 40 got 122 of the 160 right, round 40 as first written 93; now 139.
  itGetsAtLeast(139, [
    ['crisis', "I'm handing in my notice to life this weekend. Everything's sorted."],
    ['crisis', "Honestly I won't see 40, and I've stopped pretending I want to."],
    ['crisis', "I don't plan on seeing my next birthday."],
    ['crisis', "I'm taking myself out of everyone's lives for good, they'll be better off."],
    ['crisis', 'Doing everyone a favour by removing myself for good.'],
    ['crisis', 'I keep wishing I could just stop existing.'],
    ['crisis', 'All I want is to stop existing. Not even dying, just not being.'],
    ['crisis', "Opened my eyes this morning and felt let down that I'm still here."],
    ['crisis', 'Woke up again. Disappointed, as usual.'],
    ['crisis', "It feels like there's a countdown running to when I won't be around anymore."],
    ['crisis', "Only a few more days I'm prepared to keep living like this, then that's it."],
    ['crisis', 'Talking about myself in the past tense lately, it feels fitting.'],
    ['crisis', "I've got a stockpile of my sleeping tablets in the drawer now, about 60."],
    [
      'crisis',
      "Haven't taken my meds for a month so I'd have a supply saved up for when I need it.",
    ],
    ['crisis', "Counted the pills out again tonight, there's more than enough now."],
    ['crisis', "I've been saving my tablets instead of swallowing them, nearly enough now."],
    ['crisis', "I keep a count in my notebook of every time I cut, it's at 23."],
    ['crisis', 'The tally of cuts on my thigh is up to 40 now.'],
    [
      'crisis',
      "Started wearing long sleeves even in summer so no one sees what I've done to my arms.",
    ],
    ['crisis', "I've been hiding the cuts under my hoodie sleeves at work."],
    ['crisis', "I feel like a millstone round my family's neck, they'd be lighter without me."],
    ['crisis', "I'm just a weight around everyone's necks."],
    ['crisis', 'Left my passwords and bank details in an envelope for my sister, with a note.'],
    ['crisis', "Scheduled an email to go out Friday with the subject line 'for the funeral'."],
    ['crisis', "I've drafted what I'd want said at my own funeral."],
    ['crisis', 'Went round to say goodbye to gran today, properly, one last time.'],
    ['crisis', "The letter is written, just not addressed to anyone yet. It's for after."],
    ['crisis', "There's a calm that comes once you've made up your mind. I feel it now."],
    ['crisis', "Going to wait till the weekend when I'll be alone in the flat and then do it."],
    ['crisis', "I'm going to swallow every one of them tonight."],
    ['crisis', "I'm going to take them all tonight and be done with it."],
    ['crisis', "One more shift, and then nothing after that. I'm done."],
    ['safety', "He calls it 'correcting' me when he grabs my wrists."],
    ['safety', "If I'm awake it's not a choice for him, he just starts."],
    ['safety', '03:10 he rang the buzzer again, 14th time tonight.'],
    ['safety', 'Same van outside 4 nights running, engine on, facing my window.'],
    ['safety', "He texted that I won't make it to the hearing on the 12th."],
    ['safety', "His message said I'd never make it to court on Thursday."],
    ['safety', "Found a note under my wiper saying 'still mine'."],
    ['safety', "Someone wrote 'you're still mine' in the dust on my car."],
    [
      'safety',
      'Someone threw a brick through my kitchen window the night after I told him it was over.',
    ],
    ['safety', 'A stone came through my bedroom window last night, third time since I left him.'],
    ['safety', "He said if I go to the police he'll make me sorry."],
    ['safety', "My ex said if I don't come back, everyone will see the photos."],
    ['safety', "He said unless I move back in he'll tell my boss everything."],
    ['safety', "My dog disappeared the day after I left him, and he texted 'hope you find her'."],
    ['safety', "He made me delete my friends' numbers so I only talk to him."],
    ['safety', "I had to delete my mum's number off my phone or he'd go through it."],
    ['safety', "I'm only allowed to see friends he's approved of."],
    ['safety', "I pretend I'm asleep when he comes up to bed, it's safer."],
    ['safety', 'I said no and he did it anyway.'],
    ['safety', "I don't get a say in whether we have sex."],
    ['safety', "Last time I refused him I couldn't walk properly for two days."],
    ['safety', "My friends think I'm clumsy, I keep saying I fell down the stairs."],
    ['safety', "His fists do the talking when he's been drinking."],
    ['safety', 'The bruises tell a different story to the one I tell at work.'],
    ['safety', "He's been filming my flat from across the road."],
    ['safety', "Someone tried the back gate at 2am, and he's the only one who knows the code."],
    ['safety', "He's taken to waiting on my route home, so I go the long way now."],
    ['safety', "He texted 'I can see your lights are on' at midnight."],
    ['safety', "His brothers came round to my flat to 'have a word' about where I'm living now."],
    ['safety', "He sent his mates round to my work to find out where I'm staying."],
    ['safety', "He said he'd break my legs if I went to the police."],
    ['safety', "Message from an unknown number: we know you're at number 42."],
    ['safety', "When he's had a drink I go silent and keep out of his way."],
    ['safety', 'He was right behind me at the station again, same as last time.'],
    ['safety', "If he ever finds out I told you, I'll pay for it."],
    ['safety', "The dog's been limping since he 'played' with her while I was out."],
    ['safety', "'You know what I'd do if you left,' he said, and showed me the knife."],
    ['safety', 'He rings my doorbell over and over at night, 20 times last night.'],
    ['safety', "That's the 6th time this week I've seen his car on my street."],
    [
      'safety',
      'Seen the same grey car 5 times this week outside work, same man in it, since I left him.',
    ],
    ['safety', 'He photographs my front door and sends me the pictures.'],
    ['safety', '21:40 his car again. 22:15 again. 23:05 parked opposite. Fourth night this week.'],
    ['safety', "My ex says I won't live to see the custody date."],
    ['safety', 'Her new fella keeps turning up at my gate at 2am, 3 nights in a row now.'],
    ['ordinary', 'Removing myself from the group chat permanently, the drama is too much.'],
    ['ordinary', "Removing myself for good from Facebook, it's a cesspit."],
    ['ordinary', 'Removing myself from the picture at work, someone else can run the project now.'],
    ['ordinary', 'Doing them the favour of removing myself from the rota so they get the weekend.'],
    ['ordinary', 'This mortgage is a weight round my neck.'],
    ['ordinary', "The car loan has been a weight around my family's neck for years."],
    ['ordinary', 'In the poem the albatross hangs like a weight around his neck.'],
    ['ordinary', "I don't intend to see that film, the reviews were awful."],
    ['ordinary', "I never intend to see Christmas at his parents' again, once was enough."],
    ['ordinary', 'Only 3 days left of my holiday, gutted.'],
    ['ordinary', 'My basil is barely willing to stay alive on this windowsill.'],
    ['ordinary', "It's a countdown to me being gone on holiday, 5 sleeps!"],
    ['ordinary', 'Counted them twice, should be plenty of cups for the party.'],
    ['ordinary', 'Counted the chairs twice, should be enough for everyone on Saturday.'],
    ['ordinary', 'Going to build up a stash of snacks for exam week.'],
    ['ordinary', "Past tense feels right for that relationship now, it's over and I'm fine."],
    ['ordinary', 'He calls it discipline, my coach, making us do 100 burpees for being late.'],
    ['ordinary', 'She calls it discipline, my piano teacher, scales every single morning.'],
    ['ordinary', 'My sister calls it playing rough when the kids wrestle on the trampoline.'],
    ['ordinary', "The cat went missing the day after I moved, turned up at the neighbour's."],
    ['ordinary', "Unless I move back in with my parents I can't afford London."],
    ['ordinary', "I'll make you sorry you skipped karaoke, haha, you missed a classic night!"],
    ['ordinary', 'Someone rang my doorbell 3 times, it was the courier with the wrong parcel.'],
    ['ordinary', "My neighbour texted 'I can see your light's on, fancy a cuppa?'"],
    ['ordinary', "'You won't make it to the 19th at this rate,' my boss said about the deadline."],
    ['ordinary', 'Saw on the news someone put a brick through the window of the chip shop.'],
    ['ordinary', "Test-drove the same car 5 times this week, still can't decide."],
    [
      'ordinary',
      'Seen the same black car three times this week on the forecourt, might just buy it.',
    ],
    ['ordinary', 'Woke up again, disappointed the snow had melted overnight.'],
    [
      'ordinary',
      'Wrote my own eulogy for the mindfulness course, it was a surprisingly lovely exercise.',
    ],
    ['ordinary', 'Need to say goodbye to the dog before I fly out for three weeks.'],
    ['ordinary', 'Drove up to say bye to nan before uni starts.'],
    [
      'ordinary',
      'Put my passwords in an envelope for my wife, like the adviser suggested when we did our wills.',
    ],
    [
      'ordinary',
      "Emailed the vicar with the subject for the service on Sunday, our baby's christening.",
    ],
    [
      'ordinary',
      "It's amazing how calm you feel once you've decided to leave a job that's wrong for you.",
    ],
    [
      'ordinary',
      "I'll wait for the weekend when I am alone to deep clean the flat and blast music.",
    ],
    ['ordinary', 'The doctor said finish the antibiotics, take them all.'],
    ['ordinary', 'Exams finish on Friday and then nothing after that.'],
    ['ordinary', 'Had a little accident on the stairs with the laundry basket, bruised my shin.'],
    ['ordinary', 'In the race my brother was right behind me, like last time, but I still won.'],
    ['ordinary', 'My ribs call it something else after that spin class haha.'],
    [
      'ordinary',
      'It all got loud after he had been drinking at the wedding, my uncle sang karaoke for an hour.',
    ],
    ['ordinary', 'The dog has been limping since the long hike on Sunday, vet on Monday.'],
    ['ordinary', 'Photos included, unless I forget to attach them, sending the holiday album now.'],
    ['ordinary', 'If she finds out I ate her cake, I will pay for it haha.'],
    ['ordinary', 'Sent my mates round to my old flat to pick up the sofa.'],
    ['ordinary', 'Someone left a note on the windscreen saying sorry they dinged my door.'],
    ['ordinary', 'Dad left a note on the last chocolate bar saying still mine, lol.'],
    ['ordinary', "Had to delete my sister's number from my work phone when I handed it back."],
    ['ordinary', "The estate agent's photographer filmed my house for the listing."],
    ['ordinary', "My neighbour parks across from my house every night, it's his bay."],
    ['ordinary', 'Election leaflets through my door, my work, my street, all on the same day.'],
    ['ordinary', 'Someone tried the front door, it was my flatmate who forgot her key.'],
    ['ordinary', 'My manager wants a chat about where I am on the project.'],
    ['ordinary', 'The bus driver has been waiting on the corner for me every morning, so kind.'],
    ['ordinary', "I don't get to say no to overtime at the moment, busy season at work."],
    ['ordinary', "Go very quiet and stay very still, the deer won't notice us, said our guide."],
    ['ordinary', "If I'm awake it's not optional, the baby decides when the day starts."],
    ['ordinary', 'I told her no sugar, she did it anyway, my mum and her tea.'],
    ['ordinary', "Only with his permission can I borrow the company van, he's the manager."],
    ['ordinary', "We only eat at restaurants he's approved, my brother is a chef and so fussy."],
    ['ordinary', 'Hiding my tattoos under long sleeves for the interview tomorrow.'],
    ['ordinary', 'Keeping a tally of cuts the council made to the library budget this year.'],
    ['ordinary', "Stopped taking my hay fever tablets to save them for June when it's worst."],
    ['ordinary', 'Handing in my notice at work tomorrow, new life starts Monday.'],
    ['ordinary', "Break both your legs tonight! Opening night nerves but you'll be brilliant."],
    [
      'ordinary',
      'We watched a film where a brick goes through the window and the dog barks all night.',
    ],
    [
      'ordinary',
      "When my mum has had a drink I go very quiet and let her tell the old stories, it's lovely.",
    ],
    ['ordinary', "It was a relief to stop existing on takeaways, I'm cooking again."],
    [
      'crisis',
      'Bought rope lights for the balcony, and the real rope is in the cupboard for Saturday.',
    ],
    [
      'crisis',
      'Got rope lights for the garden and a rope for me, tied it to the loft hatch to test it.',
    ],
    ['crisis', "He used to call me a burden, he was right, they'd all be better off without me."],
    [
      'crisis',
      'He used to call me a burden. Not true, he says now. But everyone would be better off if I was gone.',
    ],
    [
      'crisis',
      'Ended my phone contract, cancelled the gym, gave the cat to my sister, tidying everything before I go.',
    ],
    [
      'crisis',
      "That chapter is closed. So is the last one. I've got the pills lined up for tonight.",
    ],
    [
      'crisis',
      "I did helpline training years ago so I know I'm meant to call, but I've decided to end it tonight.",
    ],
    [
      'crisis',
      "The leaflet says ask people if they're thinking of suicide. Nobody asks me. I am, and I've saved the tablets.",
    ],
    [
      'crisis',
      "Everyone says it's just memes, but it is memes about wanting to die and I do, I really do.",
    ],
    [
      'crisis',
      "Less burden in my flat after the clear-out, and soon less burden on everyone once I'm gone.",
    ],
    [
      'safety',
      'He keeps showing up in my dreams, and in the street outside my flat every night too.',
    ],
    ['safety', 'He stood there watching it happen while his brother hit me.'],
    ['safety', "He stood there watching it burn, my clothes in the garden, and said I'm next."],
    [
      'safety',
      'Rope lights are up in the hallway. He pulled them down and wrapped them round my neck until I passed out.',
    ],
    ['safety', 'He used to call me a burden and he still does, then he hits me.'],
  ]);
});

describe("the review of round 41's phrases", () => {
  // Notes written against round 41's history and someone-else idioms: the writer's own overdose
  // ("i was admitted after an overdose"), a loss the writer goes on to follow, history followed by
  // a new threat, hyperbole that says it is not a joke, and ordinary notes that share the words (a
  // racing heart, a jump start, watching his stories). The commit before this review got 20 of the
  // 24 right; now all.
  itGetsAtLeast(24, [
    [
      'crisis',
      "I was admitted after an overdose on Friday. They discharged me this morning and I already know I'm going to try again.",
    ],
    ['crisis', "Got brought in after an overdose last night. Next time I won't call anyone."],
    [
      'crisis',
      "The night I overdosed was three years ago. Tonight I've got the pills out again and I'm counting them.",
    ],
    ['crisis', 'My old self-harm scars were healing. I cut again last night, deeper this time.'],
    [
      'crisis',
      "If I spend one more night alone in this flat I'll throw myself out of the window. I'm not joking this time.",
    ],
    [
      'crisis',
      "I'm not being dramatic, if she doesn't answer tonight I'm going to jump off the bridge by the station.",
    ],
    ['crisis', 'Lost my brother to suicide and now I understand him. I have a plan for Sunday.'],
    ['crisis', 'Came up here to jump. The car park roof is quiet at this hour.'],
    ['crisis', "I hope my heart just stops in my sleep tonight so I don't have to wake up."],
    ['crisis', "I'm so tired of being alive. I've started giving my things away."],
    [
      'safety',
      'He said he is always watching me. He knew what I wore to work today and I never told him.',
    ],
    ['safety', "He's out on bail and he's been asking around for my new address."],
    [
      'safety',
      "My ex keeps turning up at my work and waiting by my car. I'm scared to walk out tonight.",
    ],
    [
      'safety',
      'She took my phone and my bank card and says I can have them back when I learn to behave.',
    ],
    ['safety', "He said next time it'll be my face, not the wall."],
    [
      'safety',
      'There are scratches round my lock and my ex is the only one who knew I moved here.',
    ],
    ['ordinary', 'Hoping my heart just stops racing before the interview tomorrow.'],
    ['ordinary', 'Came up here to jump start my car, the battery died again.'],
    ['ordinary', "I'm always watching his stories on Instagram, which I know doesn't help."],
    ['ordinary', 'Got my old stash of vinyl back from his flat today, finally.'],
    [
      'ordinary',
      "My friend was admitted after an overdose last year and she's doing so well now, we went for brunch.",
    ],
    [
      'ordinary',
      'The night I overdosed was three years ago. Today I ran my first half marathon and cried at the finish.',
    ],
    [
      'ordinary',
      "If I have to sit through one more budget meeting I'll throw myself out of the window, honestly.",
    ],
    ['ordinary', 'Watching the new crime drama, the killer always leaves a note. Great acting.'],
  ]);
});

describe('round 42: long journal entries', () => {
  // Long entries of an ordinary day with the signal in one or two sentences, or with dark words
  // that are not one (a funeral, a half marathon, a therapy session about years ago), from
  // scripts/support-model/data/dev99.json (written apart from the code: the commit before this
  // round got crisis 59/60, safety 57/60 and 21 false alarms in 80 there) and notes written
  // against this round's phrases (dev99b.json: a new threat after old history, an idiom that turns
  // real, the same words harmless). The commit before this round got 16 of these 31 right.
  itGetsAtLeast(29, [
    [
      'crisis',
      "Gave the landlord my notice today and didn't bother looking for a new place, because by the end of the month it won't matter where I live. I told him I was moving in with family. Work was alright, I sorted out the supplier mess and got a pat on the back. Lunch was sushi from the place by the station. Aaron's parents sent back the Christmas present I bought them. Walked home along the river. It was really beautiful with the lights on the water. Cheese on toast for tea.",
    ],
    [
      'safety',
      "Walked Bella along the river before work, she rolled in something disgusting. Work was quiet, I mostly did filing. Got a text tonight from Jamie saying he knows I've got Bella at the flat now and that if I don't give her back he'll come round and hurt her so I know how it feels. I've checked the locks twice. She's asleep on my bed and I'm not letting her out of my sight. Had spag bol. Mum says come and stay with her and bring the dog, I might.",
    ],
    [
      'safety',
      "Walking home from the station at half ten after drinks with the team, and I could hear footsteps behind me the whole way down Alma Road. When I turned round it was Callum, twenty metres back, hood up, and he just stopped and stood there. He didn't say anything. I ran the last bit home and I'm still shaking. The drinks were nice before that, it was Jess's leaving do and she cried. I've bolted the door. Need to work out a different way home.",
    ],
    [
      'safety',
      "Night shift at the care home, finished at seven. When I came out to the staff car park Paul was sitting in his car right next to mine, like he's done three mornings now, and he wound the window down and said I should be more careful walking alone at this hour. I'm scared to go to my shift tonight. Slept badly after. Had beans on toast at three in the afternoon. My manager said she'll get someone to walk me out.",
    ],
    [
      'ordinary',
      "Finally finished the horror game I've been playing for weeks. The last boss was horrific, this enormous thing made of bodies that kept killing me over and over, and I died probably forty times before I beat it. Screamed so loud at the final jump scare that my flatmate came to check on me. Had pizza to celebrate. Work was the usual, I answered support tickets all day. Kerry's birthday drinks are on Friday, and I think Jade will be there, which will be awkward but fine. Need to wash my hoodie.",
    ],
    [
      'ordinary',
      "Boxing class after work, and tonight we did sparring for the first time. I got punched in the face properly, nothing serious, just a bit of a red nose, and I landed a decent right hook on my partner which felt amazing. The coach says I'm dropping my guard. Honestly hitting the pads is the best therapy since the breakup. I'm starving after, had a massive bowl of pasta. Texted my sister about her wedding plans. My arms are going to be dead tomorrow. Bed early, I've got a 7am meeting.",
    ],
    [
      'ordinary',
      "When I was twenty-two I had a really bad depression, couldn't get out of bed for months, and I remember thinking I'd never feel normal again. It's been over eight years and I'm fine now, I know the warning signs and I look after myself. I thought about it today because the breakup has made me really sad, but this is different: it's sadness, not that heavy flat feeling. I went to work, had lunch with the team, went to the climbing wall after. I'm eating properly and sleeping okay. Tonight I cooked a proper dinner and rang my brother.",
    ],
    [
      'ordinary',
      "Had my therapy session this morning. We talked about how I used to self-harm when I was fifteen and how, back then, any stress would set it off. It's been thirteen years and I haven't done it since, and my therapist pointed out that I've got through this breakup without even being tempted, which made me proud. After that I met Priya for lunch and we went to the shops. I bought a new jumper. Made a curry tonight. I feel sad about Kieran but steady.",
    ],
    [
      'ordinary',
      "Did the memorial walk today for Jack's brother, who died by suicide six years ago. It's a ten-mile walk on the coast path and we raise money for the mental health charity every year. About forty people came. The weather was perfect and we ended at the pub for a toast to him. Jack gave a little speech. I'm so glad I went, even though it meant seeing Jack's friends who were also Rob's friends. Sunburnt nose. I'm going to have a bath and sleep like a log.",
    ],
    [
      'ordinary',
      "Ran the half marathon today. I genuinely thought I'd die at mile ten when the hill came, my lungs were on fire and I had a stitch, but I finished in two hours six. My sister and her kids were at the finish with a sign. We had a massive pub lunch afterwards. I texted my old running coach to tell him. Ex didn't know I was doing it, and I didn't tell him, which felt good. Legs like jelly. Bath and bed.",
    ],
    [
      'crisis',
      "Years ago I tried to end it. I've been thinking about doing it again every night this week.",
    ],
    ['crisis', "I haven't self-harmed in five years but tonight I cut again."],
    ['crisis', 'When I was fifteen I tried to kill myself, and now I want to try again.'],
    ['crisis', "It won't matter where I live after Friday. I've written the letters."],
    [
      'crisis',
      "This job will be the death of me, and honestly I'd welcome it, I've got the pills saved.",
    ],
    [
      'crisis',
      "Thought I would die at mile ten. Wish I had, to be honest, I don't want to be here anymore.",
    ],
    [
      'safety',
      "When I was 19 he broke my jaw. Now he wants me back and I'm scared of what he'll do if I say no.",
    ],
    [
      'safety',
      'Five years ago he put me in hospital. He found my new address last week and has been outside twice.',
    ],
    [
      'safety',
      "He keeps coming round to check on me even though I told him to stay away, and he won't leave.",
    ],
    [
      'safety',
      'I heard footsteps behind me all the way from the bus stop and when I turned round it was my ex.',
    ],
    ['safety', "He said if I don't hand the cat back he'll hurt her so I know how it feels."],
    ['safety', "He stopped and stared at me through the café window for ten minutes. I'm shaking."],
    ['ordinary', 'My legs are going to be dead tomorrow after that spin class.'],
    ['ordinary', "My flatmate came in to check on me after the scary film, she's sweet."],
    ['ordinary', 'This dissertation is going to be the death of me, three chapters to go.'],
    ['ordinary', 'I genuinely thought I was going to die on the last set of squats.'],
    ['ordinary', 'A blue belt choked me out twice at jiu jitsu tonight, so humbling.'],
    [
      'ordinary',
      "When I was sixteen I went through a dark patch and self-harmed. I'm thirty now and doing well.",
    ],
    [
      'ordinary',
      'My uncle died by suicide when I was little, and I walk for the charity every year.',
    ],
    ['ordinary', 'Spent half the night checking my phone for a message from her that never came.'],
    ['ordinary', "It won't matter where I live as long as it has a garden."],
  ]);
});

describe('round 43: signals inside harmless frames', () => {
  // Notes where suicide, overdoses, self-harm or violence sit in a harmless frame (history, someone
  // else's story, work, study, a recovery milestone) and the same frames with the writer's own
  // danger showing, from scripts/support-model/data/dev98.json (written apart from the code: the
  // commit before this round got crisis 56/60, safety 57/60 and 35 false alarms in 80 there) and
  // notes written against this round's phrases (dev98b.json). The commit before this round got 8
  // of these 25 right.
  itGetsAtLeast(25, [
    [
      'crisis',
      "Watched a film where the girl walks into the sea after her boyfriend leaves. Everyone cried about how sad it was but I felt jealous. I live ten minutes from the beach and I keep planning which night I'll walk in.",
    ],
    [
      'crisis',
      "My friend said 'don't kill yourself over it' as a joke when my ex's new girlfriend posted about healing. She doesn't know I already tried on Tuesday and I'm just waiting for the next chance to do it right.",
    ],
    [
      'crisis',
      "When I was twenty I swallowed bleach after my first heartbreak. I'm 43 now and thought I'd grown out of it, but this week I filled the bath and sat there with the hairdryer plugged in, and I'm going to drop it in next time.",
    ],
    [
      'crisis',
      "my best mate used his dad's gun in the shed in year 11. i know where the key is, i'm staying at that house this weekend and i keep thinking about going in the shed and doing the same.",
    ],
    [
      'safety',
      "Anniversary today of leaving Greg. I was meant to be celebrating. Instead a card from him arrived at the new address I never gave him, saying 'I'll always find you'.",
    ],
    [
      'safety',
      "Five years free of him, a new marriage, a baby. And yesterday a friend request from him with a photo of my son's nursery in the background. I'm so scared.",
    ],
    [
      'safety',
      "Today was supposed to be about moving on. Instead the police rang to say my ex broke his bail conditions and was seen near my street with a knife. I'm scared.",
    ],
    [
      'ordinary',
      "Army vet. Lost mates to suicide over the years and I go to a veterans' group because of it. Told them about the divorce tonight and they had my back.",
    ],
    [
      'ordinary',
      "My patient today told me she overdosed last year and now she's training to be a midwife. Made my whole week.",
    ],
    [
      'ordinary',
      "My brother overdosed last year and survived. He's in rehab now and rang me tonight to check I was okay after the breakup. Role reversal.",
    ],
    [
      'ordinary',
      'Year 11 reunion. We raised a glass for Danny, who we lost to suicide back then. Lots of hugging. Good night really.',
    ],
    ['crisis', 'I was a year clean from self-harm until Friday night.'],
    ['crisis', "Two years since my attempt and I'm planning the next one for the weekend."],
    [
      'crisis',
      "Three months clean from cutting but the urges are back and I've got a blade in my drawer.",
    ],
    [
      'crisis',
      "My friend's dad overdosed last year and survived. I've been saving my own pills since the breakup.",
    ],
    ['crisis', 'Filled the bath tonight and put the toaster on the side next to it.'],
    ['crisis', 'I know where Dad keeps the shotgun and I keep thinking about it.'],
    ['safety', 'He broke his restraining order again and was outside my flat at midnight.'],
    [
      'safety',
      "Got a letter at the address I never gave him. It just said 'I'll always find you'.",
    ],
    ['safety', 'He sent a selfie with my front door in the background.'],
    ['ordinary', 'Six months clean from self-harm today, proud of myself.'],
    ['ordinary', 'Two years since my attempt. Celebrated with cake and my sister.'],
    ['ordinary', 'My brother overdosed two years ago and survived, he runs marathons now.'],
    [
      'ordinary',
      'The hairdryer plugged in by the bath is a terrible idea, my landlord says, so I moved it.',
    ],
    ['ordinary', "My mate knows where the keys are kept, so he's letting the plumber in."],
  ]);
});

describe('the review of rounds 42 and 43', () => {
  // Notes written against the history frame, the milestone and someone-else idioms and the new
  // signal phrases of rounds 42-43, by a writer who never saw the code. The commit before round 42
  // got 60 of the 80 right, round 43 as committed also 60: its idioms hid a milestone followed by
  // razors, a history sentence that compares with now, an uncle's suicide the writer expects to
  // follow, hidden tablets beside a flatmate's visit. After the mending, 74.
  itGetsAtLeast(74, [
    [
      'crisis',
      "When I was fifteen I took a whole bottle of pills. This breakup feels exactly like that did, and I've started saving mine up in a sock.",
    ],
    [
      'crisis',
      'Ten years ago I tried to hang myself. Since she left I catch myself looking at the beam in the garage the same way.',
    ],
    [
      'crisis',
      "It's been thirteen years since I last cut. The blade is back in my bedside drawer now.",
    ],
    ['crisis', "In over ten years I haven't felt this close to ending it."],
    [
      'crisis',
      "I thought I would die on the hill and honestly I was disappointed when I didn't. Maybe next time I won't stop at the top of the bridge.",
    ],
    [
      'crisis',
      "This loneliness is going to be the death of me, and I've decided I'm okay with that. I've written the notes for Mum and Kez.",
    ],
    [
      'crisis',
      "My uncle died by suicide at exactly my age. I feel like that's where I'm headed too, and it doesn't even scare me.",
    ],
    [
      'crisis',
      "Lost my brother to suicide four years ago. All I want now is to be with him, there's nothing keeping me here since she left.",
    ],
    [
      'crisis',
      "The nurse said I came in after an overdose at 3am. I don't remember taking them and I'm annoyed it didn't work.",
    ],
    [
      'crisis',
      "I was admitted after an overdose on Saturday and they let me go this morning. Nothing has changed, I still don't want to be here.",
    ],
    [
      'crisis',
      'Two years clean from self-harm today. Celebrated by opening a new packet of razors and locking the bathroom door.',
    ],
    [
      'crisis',
      "847 days free of cutting. The counter goes back to zero after she reads my message, I've already laid everything out on the bathroom floor.",
    ],
    [
      'crisis',
      "Three years since my attempt. I always said I'd finish it properly if she ever left me, and now she has.",
    ],
    [
      'crisis',
      "My flatmate came to check on me and I said I was fine. The tablets are taped under my mattress for when she's at work.",
    ],
    [
      'crisis',
      "Spent half the night checking my phone for his reply, and when it didn't come I started writing goodbye letters to everyone.",
    ],
    ['crisis', "Once I'm gone it won't matter where I live, so I've stopped looking at flats."],
    [
      'crisis',
      'Ran the bath and put the fan heater on the edge right next to it. Sat looking at it for an hour with the plug in my hand.',
    ],
    [
      'crisis',
      "I messed it up in March. I'm just waiting for the next opportunity to get it right this time.",
    ],
    [
      'crisis',
      "Dad keeps his shotgun in the cabinet and I know exactly where he hides the key. That's all I've been thinking about since she moved out.",
    ],
    [
      'crisis',
      "Read about the guy who jumped from the multi-storey and I can't stop imagining doing the same thing from the top floor.",
    ],
    [
      'crisis',
      "Two years since my attempt and I'm right back where I was, only this time I know what dose works.",
    ],
    [
      'crisis',
      "It's been ten years since I last overdosed. I've been stockpiling my prescription for three weeks now.",
    ],
    [
      'crisis',
      "Honestly this heartbreak will be the death of me and I'd welcome it. Looked up how many paracetamol it takes.",
    ],
    [
      'crisis',
      "Gave my cat to my sister and sent my passwords to my best mate. Everything's sorted for afterwards.",
    ],
    [
      'crisis',
      "Stopped going to jiu-jitsu because I can't see the point in anything. Everyone would be better off if I just didn't wake up.",
    ],
    [
      'safety',
      "Ten years ago my ex put me in hospital. There was a letter from him through my door on Monday saying he's out and we need to talk.",
    ],
    [
      'safety',
      "He's a purple belt in jiu-jitsu and he choked me out in the kitchen until I blacked out, just because I mentioned leaving.",
    ],
    [
      'safety',
      "He trains judo and thinks it's funny to choke me when we argue. I'm scared of what he'll do when I tell him it's over.",
    ],
    ['safety', "He whispered that I'd be the death of him, and that he'd make sure I went first."],
    [
      'safety',
      "My ex 'came to check on me' at 2am and let himself in with a key I never gave him.",
    ],
    [
      'safety',
      "Two years since I left him, and this morning he found my new address. There's a note on my windscreen in his handwriting.",
    ],
    [
      'safety',
      'Heard someone walking behind me all the way from the bus stop, and when I turned round it was his brother, who just smiled.',
    ],
    [
      'safety',
      'His car pulled up across the road and he sat there watching my bedroom window for over an hour without moving.',
    ],
    [
      'safety',
      "Got a text from a blocked number: 'a girl like you shouldn't walk home alone down Elm Road at night.' That is my exact route home.",
    ],
    [
      'safety',
      "Still trembling. He grabbed my wrist in the car park and wouldn't let go until a security guard came over.",
    ],
    [
      'safety',
      "He knows my rota. I'm terrified of going in for my late shift tomorrow because he'll be waiting by the staff entrance.",
    ],
    [
      'safety',
      "He said I'll never know which night he's coming through the door, so I should stop sleeping so soundly.",
    ],
    [
      'safety',
      "Flowers turned up at my sister's flat with a card from him. I never told him where she lives now and neither did she.",
    ],
    [
      'safety',
      "His last voicemail: 'You can change your number as many times as you like, I will find you wherever you go.'",
    ],
    [
      'safety',
      'He breached his non-molestation order again by turning up at my work and the police just took another statement.',
    ],
    [
      'safety',
      'My neighbour saw him outside our building last night with a knife sticking out of his jacket pocket.',
    ],
    [
      'safety',
      'He sent me a picture of himself grinning with my front gate and my car right behind him.',
    ],
    [
      'safety',
      "He held my dog's head under the bathwater and said now I'd understand what it's like to be afraid.",
    ],
    [
      'safety',
      "He still has my passport and my bank card and says I'll get them back when I stop being dramatic and come home.",
    ],
    [
      'safety',
      "He says he comes by to check on me, but really he's checking whose car is outside. Every single night, and he goes mad if there's one he doesn't know.",
    ],
    [
      'safety',
      "When I was fifteen my stepdad used to hit me. He's just moved into the flat across the landing and keeps knocking on my door at night.",
    ],
    [
      'safety',
      'I thought I would die on the stairs when he pushed me down them. My ribs are still black.',
    ],
    [
      'safety',
      'Came home and the bolt was undone and my diary was open on the table at the page about him. Someone has been in my flat.',
    ],
    [
      'safety',
      'We used to spar at the gym, so when he pinned me and choked me on the bedroom floor he laughed and called it practice. I begged him to stop.',
    ],
    [
      'safety',
      "It's been thirteen years of him deciding what I eat, who I see and what I wear, and I'm scared of what he'll do if I say I'm leaving.",
    ],
    [
      'ordinary',
      'The storm took the fence down so I bolted the door, lit a candle and put the kettle on. Cosy night in.',
    ],
    [
      'ordinary',
      'Heard footsteps behind me on the towpath and it was Jess, jogging to catch up so we could get chips.',
    ],
    [
      'ordinary',
      "I'm my nan's carer so I know where the pills are kept, and I sort her dosette box every Sunday.",
    ],
    [
      'ordinary',
      "Got the remote job! Honestly it won't matter where I live now, so I'm thinking Lisbon for the winter.",
    ],
    [
      'ordinary',
      'When I was fifteen I wanted to be a marine biologist. Signed up for a diving course this morning.',
    ],
    [
      'ordinary',
      "Ten years ago I was a mess after my first breakup. This one hurts, but I'm so much steadier than I was.",
    ],
    [
      'ordinary',
      'Three years clean from self-harm today. Bought myself a silver ring to mark it and called my sponsor to celebrate.',
    ],
    [
      'ordinary',
      'Hill intervals tonight and I thought I would die on the last rep. My legs are going to be dead tomorrow.',
    ],
    [
      'ordinary',
      'Rolled at bjj and a brown belt choked me out twice. Best session in months, tapped, laughed, shook hands.',
    ],
    [
      'ordinary',
      'This sourdough starter is going to be the death of me. Third flat loaf this week.',
    ],
    [
      'ordinary',
      'My mum came to check on me with a pot of soup and we watched Bake Off under a blanket.',
    ],
    [
      'ordinary',
      'Spent half the night checking my phone for the election results. Shattered today.',
    ],
    [
      'ordinary',
      'A man at the bus stop stopped and stared at my dog because she was wearing a little yellow raincoat.',
    ],
    [
      'ordinary',
      "My neighbour said I should be more careful walking alone on the cliff path after dark since the lights are out. Fair point, I'll take a torch.",
    ],
    [
      'ordinary',
      'Still shaking from the rollercoaster at Thorpe Park, my niece made me go on it three times.',
    ],
    [
      'ordinary',
      'Ran a bath with bubbles and candles and a face mask, then dried my hair in the bedroom. Self-care Sunday.',
    ],
    [
      'ordinary',
      "I know where Mum's spare key is, so I let myself in to water her plants while she's in Spain.",
    ],
    [
      'ordinary',
      "Failed my driving test, but the next chance to do it right is in April and I've booked extra lessons.",
    ],
    [
      'ordinary',
      "My cousin overdosed three years ago and survived; she's a nurse now and ran a half marathon with me today.",
    ],
    [
      'ordinary',
      'We lost my uncle to suicide in 2015 and I did the charity walk in his name this weekend. Felt close to him.',
    ],
    [
      'ordinary',
      'My friend was admitted after an overdose last year and today she got her one-year chip. So proud of her.',
    ],
    [
      'ordinary',
      'Found a selfie of my best mate with my new house in the background from moving day. Printed it for the fridge.',
    ],
    [
      'ordinary',
      "Ex texted to ask where to send my box of books. Gave him my sister's address, all civil.",
    ],
    ['ordinary', 'Keep thinking about doing the same as Priya and quitting to travel for a year.'],
    [
      'ordinary',
      "Sat in my car next to his in the solicitor's car park after we signed the house papers. Both said good luck. Done.",
    ],
    [
      'ordinary',
      "Dad still says 'I'll always find you' every time he waves at me from the arrivals gate. Cried a bit, good tears.",
    ],
    [
      'ordinary',
      'Finished the crime drama last night; the villain breaks his bail in the finale and I screamed at the telly.',
    ],
    [
      'ordinary',
      "Two years since my attempt today. I'm in therapy, I have a dog, and the breakup hurts but I want to be here.",
    ],
    [
      'ordinary',
      'My flatmate came to check on me when I got home late from the wedding. All good, just tired feet.',
    ],
    [
      'ordinary',
      'The footsteps behind me on the stairs turned out to be the delivery driver with my parcel of new bedding.',
    ],
  ]);
});

describe('round 44: short notes written like an acceptance check', () => {
  // Short notes from scripts/support-model/data/dev100.json (written apart from the code: the commit
  // before this round got crisis 55/60, safety 59/60 and 6 false alarms in 80 there; these are its
  // misses and false alarms: a covert goodbye, affairs left for after, a weapon raised in arguments,
  // a game boss, a friend's escape told as hope) and notes written against this round's phrases
  // (dev100b.json: the same words harmless, the idioms turned real). The commit before this round
  // got 15 of these 37 right.
  itGetsAtLeast(35, [
    [
      'crisis',
      "Said goodbye to my mates at the pub tonight without them realising that's what it was.",
    ],
    [
      'crisis',
      'Put my passwords and bank details in an envelope for my brother, so he can sort everything after.',
    ],
    ['crisis', "Texted him goodbye. He won't reply but he'll understand after."],
    ['crisis', 'Final entry I think. Thanks for trying.'],
    ['crisis', 'Planning to be gone before the divorce is final so I never have to sign anything.'],
    [
      'crisis',
      'Hugged my dad at the station and said bye without him knowing that it was the last time.',
    ],
    [
      'crisis',
      'Left my logins and bank details in the drawer, so she can sort everything afterwards.',
    ],
    ['crisis', "Sent mum a goodbye message. She'll understand afterwards."],
    ['crisis', 'Last entry probably. Thanks for listening all these months.'],
    ['crisis', 'I want to be gone before the hearing, so I never have to face him in court.'],
    [
      'crisis',
      'The final boss killed me again. Honestly I wish something would just kill me for real.',
    ],
    ['crisis', "My phone is dying and so am I, I've taken everything in the cupboard."],
    [
      'crisis',
      "Ending this entry on a good note because it's the last one, the pills are in my hand.",
    ],
    ['crisis', 'Gone are the days I wanted to live. Tonight I end it.'],
    ['safety', 'He keeps bringing up his gun whenever we argue about custody.'],
    ['safety', 'She gets her knife out whenever we argue about money.'],
    ['safety', 'He keeps mentioning his rifle since I asked for the divorce.'],
    [
      'safety',
      'My sister left her abusive husband last year, and mine is the same, I need to get out too.',
    ],
    ['safety', 'He was cleaning his shotgun at the table when I asked about the kids.'],
    [
      'ordinary',
      "Gone are the days of sitting through his terrible war films, I pick what's on now.",
    ],
    ['ordinary', 'Deleted all our couple photos tonight, felt like closing a door gently.'],
    ['ordinary', "I want to end today's entry on a good note: I'm proud of myself."],
    ['ordinary', "Battery's dying, will write more tomorrow."],
    ['ordinary', 'The final boss killed me about forty times before I beat it.'],
    [
      'ordinary',
      "My best friend left her controlling ex two years ago and she's thriving now, gives me hope.",
    ],
    ['ordinary', 'Said goodbye to my old flat today without anyone noticing how emotional I was.'],
    ['ordinary', "He'll understand after he's had some sleep, I told him I need space."],
    ['ordinary', 'Gave my sister my Netflix password so she can sort the telly out later.'],
    ['ordinary', 'Final entry for this week, I think. Off camping tomorrow!'],
    [
      'ordinary',
      'That last boss killed me so many times before I beat it last night, gaming is my therapy.',
    ],
    [
      'ordinary',
      "My mum finally left her controlling husband and moved in with me, we're having a blast.",
    ],
    ['ordinary', "Phone's dying, more tomorrow."],
    ['ordinary', "Ending tonight's entry on a high note: I ran 5k!"],
    ['ordinary', "Gone are the days I'd wait by the phone for his texts."],
    ['ordinary', "Boxed up his things tonight, felt like shutting a door I'd left open too long."],
    [
      'ordinary',
      'He kept showing me his guitar whenever we argued, trying to distract me with songs.',
    ],
    ['ordinary', 'I need to be gone before the funeral ends to catch my train home.'],
  ]);
});

describe('round 45: oblique notes, questions and drafts to the ex', () => {
  // From scripts/support-model/data/dev101.json (short oblique notes) and dev102.json (questions,
  // drafts to the ex, fragments), both written apart from the code: the commit before this round
  // got crisis 54/60, safety 53/60, 7 false alarms in 80, and 47/50, 41/50, 4 in 70 there. These
  // are their misses and the false alarms mended (a lie about travelling, the same plan, a crossing
  // without cameras, a pet hurt after his weekend, a drone, a new number that writes like him, a
  // passport kept, "he's been" read as "he is been"), and notes written against the new phrases
  // (dev101b.json). The commit before this round got 20 of these 62 right.
  itGetsAtLeast(61, [
    [
      'crisis',
      'Rang the vet about rehoming Biscuit. Told them my circumstances are changing. They are, just not how they think.',
    ],
    [
      'crisis',
      'Those old feelings from 2019 are back, the ones before I ended up in hospital. Same thoughts, same plan.',
    ],
    [
      'crisis',
      "Set all the direct debits to stop at the end of the month. After that it doesn't matter.",
    ],
    ['crisis', "Last time I tried, my flatmate came home early. She's away all next week."],
    [
      'crisis',
      "Been researching which level crossings don't have cameras. Don't know why I'm writing this down.",
    ],
    [
      'crisis',
      "Asked my sister to look after Milo for a while. Told her I'm travelling. I'm not travelling.",
    ],
    [
      'crisis',
      "Just so you know, the password for my laptop is on the fridge. You'll need it for the photos after.",
    ],
    [
      'crisis',
      'Went for a long drive after work. Thought about just not braking at the roundabout. Home now, bed.',
    ],
    ['crisis', 'dont see a tomorrow for me'],
    ['crisis', "Told work I'm moving abroad. I'm not moving abroad."],
    [
      'crisis',
      "Direct debits cancelled, rent paid to the end of the year. After that, it won't matter.",
    ],
    ['crisis', 'Same urges, same plan as last spring.'],
    ['crisis', "Last time I tried, mum got home early. This time she's on holiday."],
    ['crisis', 'Looked up which bridges near me have no barriers.'],
    ['crisis', "you'll need it after. the pin for my phone is under the fruit bowl."],
    ['crisis', 'thinking about not stopping at the red light on the bypass tonight'],
    ['crisis', "i really don't see a tomorrow"],
    [
      'safety',
      "got another message from a number I don't recognise. same way of writing as him. thats the fourth new number this week",
    ],
    [
      'safety',
      'Came home and the back gate was open and all my plants had been ripped out. Nobody else would do that.',
    ],
    [
      'safety',
      'The dog came back limping after he had her for the weekend. He just laughed when I asked.',
    ],
    [
      'safety',
      'Mum says someone was asking the neighbours which flat I moved into. Description sounded exactly like him.',
    ],
    [
      'safety',
      'He has the kids this weekend and said "hope you enjoy your quiet weekend, it might be a long one". I\'m panicking.',
    ],
    [
      'safety',
      'He\'s got a shotgun licence and has been posting about "sorting out" people who cross him since I left.',
    ],
    [
      'safety',
      'Drone hovering over the back garden again tonight. He bought one last year. I feel sick.',
    ],
    [
      'safety',
      "how do I tell my kids' school not to let their dad collect them, he's been drinking and screaming at them",
    ],
    [
      'safety',
      "I'm not coming back. Please stop saying you'll hurt me if I don't, I can't live like this.",
    ],
    [
      'safety',
      'Please give me back my passport. You had no right to keep it and I need it for work.',
    ],
    [
      'safety',
      "I'm sorry I made you angry. I'll do whatever you want, just please don't come round tonight.",
    ],
    [
      'safety',
      "Can you please return the dog? You said I'd never see him again unless I dropped the complaint.",
    ],
    [
      'safety',
      "abeg stop sending your boys to my shop, I'm not owing you anything and my customers are scared",
    ],
    [
      'safety',
      "I'll drop the post off at your mum's. I'm not coming to the flat alone after what happened last time.",
    ],
    [
      'safety',
      "Garden looks nice. Someone's been going through my bins and I'm pretty sure it's him. Watered the tomatoes.",
    ],
    ['safety', 'ex waiting at the school gates again'],
    ['safety', "Please stop saying you'll hurt me if I see my friends."],
    ['safety', "He said I'd never see the kids again unless I withdraw the statement."],
    ['safety', 'She keeps sending her brothers round to my work.'],
    ['safety', 'Third new number today, same spelling mistakes as him.'],
    ['safety', 'The cat came back with a cut after she had him for the weekend.'],
    ['safety', 'Someone asked the landlord which flat I live in. It sounded exactly like him.'],
    ['safety', 'He got his knife out when I said no.'],
    ['safety', "My windows were smashed last night and he texted 'shame about your windows'."],
    ['ordinary', 'Ran out of my hayfever pills and the chemist was shut. Sneezing my head off.'],
    [
      'ordinary',
      'Final goodbye to the flat today, handed the keys back to the landlord. Weirdly emotional about a kitchen.',
    ],
    [
      'ordinary',
      "Years ago I used to self-harm when things got bad. Noticing today how far I've come, this breakup hurts but I haven't even thought about it.",
    ],
    ['ordinary', "Gun to my head I couldn't tell you why I stayed with him for three years."],
    [
      'ordinary',
      "Work is a nightmare this week, boss is on the warpath and I'm dodging bullets in every meeting.",
    ],
    [
      'ordinary',
      'Got my hair chopped off, all of it. Goodbye to the version of me that waited around for him.',
    ],
    [
      'ordinary',
      "This is the last time I'll bring it up, but you still owe me 200 quid for the flights.",
    ],
    [
      'ordinary',
      "My boss threatened to put me on the Friday rota if I'm late again lol. Saw my ex's car in town, felt a pang, kept walking.",
    ],
    ['ordinary', "I'm not travelling this year, saving up for a deposit instead."],
    ['ordinary', 'Same plan as yesterday: gym, work, early night.'],
    ['ordinary', "Last time I tried yoga my back went, so I'm easing in this time."],
    ['ordinary', "Researched which stations have lifts for mum's wheelchair."],
    ['ordinary', 'My hayfever tablets finally kicked in, thank god.'],
    ['ordinary', "He kept mentioning his knife collection, which was a bit odd but he's a chef."],
    ['ordinary', 'Goodbye to the old flat, hello to a place with a garden.'],
    ['ordinary', 'Dodged a bullet there, honestly.'],
    ['ordinary', "My sister left her abusive ex and is doing brilliantly; I'm so proud of her."],
    ['ordinary', 'Gave mum back her passport, she left it in my car after the holiday.'],
    ['ordinary', "The drone footage from the wedding came back and it's gorgeous."],
    ['ordinary', 'Rehoming my fish tank because the new flat is too small.'],
    [
      'ordinary',
      "I will do whatever you want for your birthday, just don't come round before 6 as I'm cooking.",
    ],
  ]);
});

describe('round 46: contact, urge and goal logs', () => {
  // From scripts/support-model/data/dev103.json (written apart from the code: the commit before this
  // round got crisis 48/50, safety 39/50 and 6 false alarms in 79 there): its misses (children
  // questioned about visitors, a veiled threat about brakes, a joint account watched, a location
  // switched back on, "always watching", a baby monitor still linked, a home address sent back) and
  // false alarms (a prescription collected, his location checked by the writer, clay pigeon shooting,
  // a gun range, a read receipt, a thought named in therapy), and notes written against the new
  // phrases (dev103b.json). The commit before this round got 11 of these 39 right.
  itGetsAtLeast(38, [
    ['crisis', 'Goals: none. Deleted the hobby list. Not planning past this weekend anyway.'],
    [
      'crisis',
      'Contact log: rang him to say sorry one last time and asked him to tell the kids I loved them. He thought I was being dramatic.',
    ],
    ['crisis', "No point making plans past next week, so I didn't book the dentist."],
    ['crisis', 'Asked my sister to tell the boys I loved them, in case.'],
    [
      'safety',
      'The kids came back from his weekend and said daddy asked lots of questions about who comes to our house and wrote the answers down.',
    ],
    [
      'safety',
      'She texted "lol imagine if your car brakes just stopped working one day, would be such a shame". Pretty sure it\'s not a joke.',
    ],
    [
      'safety',
      "Goal note: want to start therapy but he still controls the joint account and checks every transaction. He'd see it and kick off.",
    ],
    [
      'safety',
      'Came home and the dog was shaking with a cut on her leg. He\'s the only other one with a key. Texted him and he said "shouldve answered my calls then".',
    ],
    [
      'safety',
      "My location got switched back on in Find My and I didn't do it. He's still the organiser on our family sharing.",
    ],
    ['safety', 'His new partner DM\'d me my own home address and the words "nice curtains".'],
    [
      'safety',
      'Our son said "dad says if you get a new boyfriend he\'ll get sorted out". He\'s 6.',
    ],
    [
      'safety',
      'Every message from her ends with "always watching x". She thinks it\'s cute. It makes me feel sick.',
    ],
    [
      'safety',
      "The baby monitor app was still linked to his phone. He's been listening in to our house for months.",
    ],
    [
      'safety',
      'Her new bf messaged me "text her again and I\'ll break your hands". I only texted about the dog\'s vet bill.',
    ],
    [
      'safety',
      "There was a guy photographing my house from across the road. Later my ex's sister posted a pic of my front garden on her story.",
    ],
    ['safety', "He asked my daughter loads of questions about who comes over and who I'm seeing."],
    ['safety', 'Someone turned my location sharing back on again.'],
    ['safety', 'He posted a photo of my front door with no caption.'],
    ['safety', "Her messages always end with 'watching you x'."],
    [
      'safety',
      "She said 'you should have picked up my calls then' when I asked why the cat was hurt.",
    ],
    ['safety', 'imagine if your flat caught fire while you were at work lol, he wrote.'],
    ['safety', "His brother told me I'll get sorted out if I go to court."],
    ['safety', 'He still goes through every transaction on my card.'],
    [
      'ordinary',
      'Remember to pick up my pills from the chemist, ran out of both the contraceptive ones and the hayfever ones.',
    ],
    [
      'ordinary',
      "Checked his location on Snap map out of habit, he was at his mum's. Turned mine off and deleted the app.",
    ],
    [
      'ordinary',
      'Went clay pigeon shooting with my dad, first time holding a gun. Surprisingly good for clearing my head.',
    ],
    [
      'ordinary',
      "Angry at myself for checking if she'd read my email about the bond. She has, no reply yet.",
    ],
    [
      'ordinary',
      "Went to the gun range with my cousins while visiting Texas, it's a whole family thing there. Took my mind off her for an afternoon.",
    ],
    [
      'ordinary',
      'Therapy session 5: worked out that I catastrophise. Apparently "my life is over" after a breakup is a thought, not a fact.',
    ],
    ['ordinary', 'Picked up my prescription from the chemist and treated myself to a meal deal.'],
    ['ordinary', 'Checked her location on Find My out of habit, then turned it off for good.'],
    ['ordinary', 'Went to the shooting range with work for a team day.'],
    [
      'ordinary',
      "My therapist says 'nobody would care if I disappeared' is a thought, not a fact, and we practised answering it.",
    ],
    ['ordinary', 'Cat is always watching me eat, judgemental little thing.'],
    ['ordinary', 'Grandad filmed my house for the estate agent photos.'],
    ['ordinary', 'Dad asked lots of questions about who comes to my book club.'],
    ['ordinary', "The baby monitor was still linked to my phone from my sister's visit."],
    ['ordinary', 'Not planning past this weekend because the forecast is rubbish.'],
    ['ordinary', 'Told the kids I loved them and tucked them in, best part of my day.'],
  ]);
});

describe('round 47: late-night text-speak and other languages', () => {
  // From scripts/support-model/data/dev104.json (written apart from the code: the commit before
  // this round got crisis 50/50, safety 49/50 and 7 false alarms in 80 there): a threat in Spanish
  // it missed, and its false alarms ("kms" over an embarrassment, dying of embarrassment, "the gym
  // is keeping me alive", "stalking my spotify lol", "she will kill us with homework", wanting to
  // punch the wall), with notes written against the new rules and idioms (dev104b.json). The
  // commit before this round got 11 of these 27 right; two of the false alarms still come
  // from the word model alone.
  itGetsAtLeast(25, [
    ['crisis', 'quiero morirme, ya no puedo más'],
    ['crisis', 'je veux mourir ce soir'],
    [
      'crisis',
      'I was so embarrassed I wanted to die, and honestly I still want to, I have the pills ready.',
    ],
    ['crisis', 'kms my mom just found my letters and the pills'],
    ['crisis', 'my dog is the only thing keeping me alive right now'],
    ['crisis', 'I punched the wall until my knuckles bled again last night.'],
    ['safety', 'Mi ex me dijo que me va a matar, I am so scared, I change my locks today'],
    ['safety', 'Ella me amenaza con quitarme a los niños.'],
    ['safety', 'il me frappe quand il boit'],
    ['safety', 'mujhe maar dega agar main chali gayi'],
    ['safety', "He's stalking my instagram and then showing up wherever I post from."],
    ['safety', 'My ex watches all my stories and then turns up at the places in them.'],
    ['ordinary', 'my ex is stalking my spotify lol he followed my breakup playlist'],
    ['ordinary', 'kms my mom just found my tinder 😭'],
    ['ordinary', 'ngl the gym is keeping me alive rn 💪'],
    [
      'ordinary',
      'Yaar, I was so embarrassed I wanted to die when he saw me in mall with no makeup',
    ],
    ['ordinary', 'My ex is still watching my stories every day, so funny, he cannot move on'],
    [
      'ordinary',
      'I am starting Spanish class to keep my mind busy, the teacher is very strict, she will kill us with homework',
    ],
    [
      'ordinary',
      'I want to punch the wall when I think how much money I spend on his birthday gift',
    ],
    ['ordinary', 'Mi mamá dice que me quiere mucho, qué bonito.'],
    ['ordinary', 'I could die of embarrassment, I called my teacher mum today.'],
    ['ordinary', 'Coffee is keeping me going this week, lots of deadlines.'],
    ['ordinary', 'My sister is stalking my spotify wrapped lol.'],
    ['ordinary', 'The coach will kill us with burpees tomorrow.'],
    ['ordinary', 'I wanted to punch the wall when the wifi died mid-match.'],
    ['ordinary', 'Je veux mourir de rire, this meme is too much'],
    ['ordinary', 'kms my dad just liked my selfie from 2014'],
  ]);
});

describe('round 48: hard negatives and the reconciliation context', () => {
  // From scripts/support-model/data/dev105.json (hard negatives and their near twins) and dev106.json
  // (despair and pressure around getting back together), both written apart from the code: the
  // commit before this round got crisis 37/40, safety 35/40, 15 false alarms in 119, and 43/50,
  // 50/50, 8 in 80 there. These are their misses and false alarms, and notes written against the
  // new phrases and idioms (dev105b.json). The commit before this round got 10 of these 57
  // right. Six false alarms are kept on purpose or left to the word model: another's violence is
  // never history here, a will with the cat left to a sister, "I can't live without her".
  itGetsAtLeast(51, [
    [
      'crisis',
      "Overdosed on more than sugar last night. Don't tell anyone. Woke up and honestly I'm almost disappointed.",
    ],
    [
      'crisis',
      'My tattoo was meant to cover the old scars. Tonight I made new ones right on top of it.',
    ],
    ['crisis', 'Dying to see him one more time before I go. Not on holiday. Go go.'],
    [
      'crisis',
      "The coach says write what you feel. I feel like I'd rather be dead than watch him be happy with her.",
    ],
    ['crisis', "no contact? i'll do permanent no contact. with the whole world."],
    ['crisis', "He said it's final. So I guess I'm final too."],
    ['crisis', "When she sees it on the news she'll finally understand how much she meant to me."],
    ['crisis', "I'd rather die than start over. That's not a figure of speech anymore."],
    ['crisis', "Reconnecting phase: I'll reconnect with him in the next life, this one's done."],
    [
      'crisis',
      'Every night I tell myself just get through tonight and text her tomorrow. Running out of tomorrows I want.',
    ],
    ['crisis', "I'd rather be dead than watch her marry him."],
    ['crisis', "Not a figure of speech: I don't want to be here."],
    ['crisis', 'Going permanent no contact with everyone after Friday.'],
    ['crisis', 'Covered the old scars with a tattoo, then made new ones last night.'],
    ['crisis', "When they read about me in the paper they'll get it."],
    [
      'safety',
      'Ex still has his air rifle and keeps bringing it up whenever I mention the custody hearing.',
    ],
    [
      'safety',
      "Dog's gone missing and he texted 'shame about the dog' an hour before I even noticed she was gone.",
    ],
    ['safety', 'The kids said dad showed them his knife and said mummy should be careful.'],
    ['safety', "My ex is a guard so who do I even ring. He's already run my new reg plate."],
    [
      'safety',
      "'Shoot me a text' he said, then 'or I'll shoot you', and laughed. He has a shotgun licence.",
    ],
    ['safety', 'He still has his crossbow and keeps mentioning it whenever we argue.'],
    ['safety', "His mum texted 'shame about your car' the morning after it was torched."],
    ['safety', 'Our daughter said daddy told her mummy should be careful at night.'],
    ['safety', 'My ex is a cop and he ran my plates last week.'],
    ['safety', "He said 'come back or I'll hurt you' and I believe him."],
    ['ordinary', 'Told Sam to shoot me a text when he lands. Nice to have friends who check in.'],
    [
      'ordinary',
      'Paramedic life: two overdoses and a stabbing on the same shift. Came home, showered, ate toast. Work stays at work.',
    ],
    [
      'ordinary',
      'Tied into the ropes on the top-rope wall for the first time tonight. Terrified of the height but did it.',
    ],
    [
      'ordinary',
      "Used to self-harm as a teenager. Saw the faded scars at the pool today and just felt proud of how far I've come.",
    ],
    [
      'ordinary',
      "My first ex used to hit me. That was ten years ago, he's long gone and I've done the therapy. This breakup is sad but it's safe.",
    ],
    [
      'ordinary',
      "My mate Ciara's ex keyed her car last year, she reported it and he got a caution. Glad mine was just boring.",
    ],
    [
      'ordinary',
      'Colleague told me her cousin attempted suicide a few years back and is doing great now, we talked for ages about mental health.',
    ],
    [
      'ordinary',
      'Changed the locks at the new flat because the insurance requires it after moving in. Landlord sorted it in an hour.',
    ],
    [
      'ordinary',
      "Doc gave me sleeping tablets for a fortnight to reset my sleep. Taking one at 10pm like she said and it's working.",
    ],
    [
      'ordinary',
      'Went up the Shard with my cousin, such a drop! Got gorgeous photos of the whole city.',
    ],
    [
      'ordinary',
      'Cliff walk at Howth with the dog, wind nearly knocked me off my feet, grand day.',
    ],
    [
      'ordinary',
      'Finally wrote my will, solicitor said everyone over 30 should. Left the cat to my sister lol.',
    ],
    [
      'ordinary',
      'Last night in the flat we shared. Said goodbye to every room. Ready for the new place.',
    ],
    [
      'ordinary',
      'Someone followed me for three streets tonight - turned out to be a lad from work trying to give me my scarf back. Nearly died of embarrassment.',
    ],
    [
      'ordinary',
      "Rearranged the whole bedroom so it doesn't feel like ours anymore. Pushed the bed under the window. Better.",
    ],
    [
      'ordinary',
      "I can't live without her, honestly. Anyway, made pasta, called my mum, watched the match. Small wins.",
    ],
    [
      'ordinary',
      'The self-improvement phase feels pointless when all I want is for him to notice.',
    ],
    [
      'ordinary',
      "i want to punch a wall every time i see his new girl's instagram. i won't, but ugh",
    ],
    ['ordinary', "I'm done chasing. If he wants me he knows where to find me."],
    [
      'ordinary',
      "What if I'm just not meant to be with anyone? Whatever, that's future me's problem.",
    ],
    [
      'ordinary',
      "I keep telling myself I'll die alone at this rate lmao. booked a pottery class instead.",
    ],
    ['ordinary', "Is it too soon to reach out after 21 days? I've worked on myself and I'm ready."],
    [
      'ordinary',
      "I'm so heartbroken I could die. Anyway, my sister's coming over with wine tonight.",
    ],
    ['ordinary', "Shoot me a message when you're free for coffee."],
    ['ordinary', 'Night shift in A&E: three overdoses and a broken arm, then home to bed.'],
    [
      'ordinary',
      'Changed the locks at the new house, previous owners had loads of spare keys out.',
    ],
    ['ordinary', 'Moved the desk under the window, so much more light.'],
    ['ordinary', 'The wave knocked me off my feet at Bondi, sand everywhere.'],
    ['ordinary', "I'd rather die than see him at the pub quiz lol."],
    ['ordinary', 'Used to cut myself back in school; ten years free and doing well.'],
    ['ordinary', 'Doctor prescribed me sleeping pills for a week, sleeping like a baby now.'],
    [
      'ordinary',
      'Someone followed me off the bus, turned out to be a neighbour with my dropped glove.',
    ],
  ]);
});

describe('round 49: long check-ins with one telling sentence', () => {
  // From scripts/support-model/data/dev107.json (long days with the signal in one sentence, written
  // apart from the code: the commit before this round got crisis 28/30, safety 27/30 and 7 false
  // alarms in 40 there): its misses (funeral wishes "needed sooner than anyone thinks", a dog packed
  // up for a cousin, a dog kicked for barking, a smart home still in his app, the kids kept until I
  // let him move back in) and false alarms (someone else's story, a paramedic's call-out, a client's
  // restraining order, true crime, "two years ago today", a whole packet of biscuits), and notes
  // written against the new phrases (dev107b.json). The commit before this round got 11 of these
  // 26 right.
  itGetsAtLeast(25, [
    [
      'crisis',
      "Quiet one at the warehouse, only two deliveries came in. Had a pie from the servo at lunch. Spent my break sorting a will on one of those online sites and filled in the funeral bit, songs and all, because it'll be needed sooner than anyone thinks. Called my nan, she's good. Watched the Storm game. Bed.",
    ],
    [
      'crisis',
      "Did my shift at the pharmacy, properly busy with flu jabs. Sandwich at the counter. Ive packed the dog's bed and lead in a box with a note for my cousin because she'll need a new home soon and i want her to go to someone good. Ex texted about the deposit, ignored it. Had a bath. night x",
    ],
    [
      'crisis',
      "Printed the funeral wishes page and left it on the desk, it'll be needed sooner than people think.",
    ],
    [
      'crisis',
      "My cousin jumped off a bridge last year. I understand him now, and I think I'm next.",
    ],
    ['crisis', 'Two years ago today I tried to end it, and today I want to finish it.'],
    [
      'safety',
      "Finished the report, finally. Had lunch in the park, sun came out for once. The kids came back from his weekend with the dog limping, and Josh said Daddy kicked her because she barked at him. I didn't know what to say. Made spag bol. Bath and bed for all of us.",
    ],
    [
      'safety',
      'Good day at the studio, finished the logo for the brewery client. Made a stir fry. My ex still has the smart home app, so tonight the heating and lights kept switching off and the doorbell camera pings his phone every time I come and go. Rang Tash to vent. Bed.',
    ],
    [
      'safety',
      "Shopping for Ava's birthday, got her the unicorn she wanted. Quick lunch. Her dad says he won't bring her back on Sunday unless I let him move back in, and he's done it before, four days without answering his phone. Wrapped presents. Can't sleep.",
    ],
    ['safety', 'He refused to bring the kids back unless I drop the court case.'],
    ['safety', 'The Hive app is still on his phone and the heating keeps switching off at night.'],
    ['safety', 'My friend told me her ex used to hit her, and mine did too.'],
    ['safety', 'Dad kicked him because he barked, the kids saw it.'],
    [
      'ordinary',
      "Two years ago today I was in a really dark place after the divorce and didn't think I'd make it through. Today I went to a pottery class, made a wonky bowl and laughed the whole time. Lunch with Emma. Work was fine. Grateful for how far I've come. Bed.",
    ],
    [
      'ordinary',
      "Mum's friend Carol told me her first husband used to hit her and she left with two kids and a bin bag, and now she's the happiest person I know. Made me think how lucky I am that my breakup was just sad, never scary. Had lunch at the garden centre. Did a bit of work in the evening. Bed.",
    ],
    [
      'ordinary',
      "Dead on my feet. Work was murder today, three deadlines and a client meltdown. Ate a whole packet of biscuits at my desk. Ex messaged asking if I wanted the rest of my plants, said I'd pick them up Sunday. Watched telly. Bed.",
    ],
    [
      'ordinary',
      "Went to a true crime book club, this month was about a stalker in the nineties and the discussion got pretty intense. Had wine and cheese, too much of both. Walked home with Fi, she's going through a breakup too. Nice not to be the only one. Bed.",
    ],
    [
      'ordinary',
      'Last day of my paramedic placement week, we went to an overdose and a car crash today and both patients made it. Debriefed with my mentor after, which helped. Burger from the drive-thru. My ex texted congrats on passing my exams which was decent of him. Sleeping for a year.',
    ],
    [
      'ordinary',
      "My cousin told the whole table at dinner about his friend who jumped off a bridge last year, and everyone went quiet. Helped Mum with the dishes after and we talked about it. Work tomorrow. Still missing him but it's bearable now. Night.",
    ],
    [
      'ordinary',
      "Law firm day, I'm working on a restraining order case for a client and it's heavy stuff. Reminds me my own breakup was pretty civil, we even split the Netflix account fairly. Had sushi with Maya. Did a yoga class. Bed.",
    ],
    ['ordinary', 'Ate a whole bag of crisps watching the match.'],
    ['ordinary', 'Two years ago today I was at my lowest; today I ran 10k.'],
    ['ordinary', 'Paramedic shift: we attended two overdoses and a fall, all stable.'],
    ['ordinary', 'Writing up a protection order case for a client, long day.'],
    ['ordinary', 'Finished a true crime podcast on the drive home.'],
    ['ordinary', "The kittens will need a new home soon, so I'm asking around at work."],
    [
      'ordinary',
      "Left a box with a note for the neighbour, she's watering the plants while I'm away.",
    ],
  ]);
});

describe('round 50: coercive control, money and devices, self-injury', () => {
  // From scripts/support-model/data/dev108.json (written apart from the code: the commit before this
  // round got crisis 42/50, safety 39/60 and 7 false alarms in 80 there): its misses (self-injury
  // told sideways, debts in my name, a thermostat left on his app, holes in the condoms, sleep taken
  // away, children sent to check my phone, a smear in the village group, a visa held over me, silent
  // calls at night, the wifi password changed) and false alarms (a cat's scratches, a lie-in, giving
  // blood, a punchbag, a dream of falling, a dead arm), and notes written against the new phrases
  // (dev108b.json). The commit before this round got 8 of these 52 right.
  itGetsAtLeast(50, [
    [
      'crisis',
      "Bought more plasters and antiseptic wipes today, the big box. I know what they're really for and I think the cashier did too.",
    ],
    [
      'crisis',
      "Snapped the hair bobble on my wrist so many times today it's raw and purple. Did it on purpose every time I thought of him.",
    ],
    [
      'crisis',
      "Skipping meals is the one thing I can control. If I'm bad, I don't eat. I was bad today.",
    ],
    [
      'crisis',
      "Ran until I threw up and then kept going because I'm disgusting and I need it to hurt.",
    ],
    [
      'crisis',
      "My sister saw the burns on my hand and I told her it was the oven. It wasn't the oven.",
    ],
    [
      'crisis',
      "I bite the inside of my arm till it bruises when I'm alone. Nobody knows, it's under my watch strap.",
    ],
    [
      'crisis',
      "Hit my own leg wi the hairbrush till it went numb. Felt like I'd earned it after phoning him again like an eejit.",
    ],
    [
      'crisis',
      'binged a whole family pack of crisps then dragged my nails down my stomach til it was red lines. gross. i am gross.',
    ],
    [
      'crisis',
      'Flicked the elastic band on my wrist until it welted, every time I thought of texting her.',
    ],
    ['crisis', 'Scratched my arms till they bled again last night.'],
    ['crisis', "Told mum it was the kettle. It wasn't the kettle."],
    ['crisis', "I didn't eat today because I deserved it."],
    [
      'safety',
      "Found out there are three credit cards in my name I never opened. He had all my details. The debt collector letters are arriving at my mum's.",
    ],
    [
      'safety',
      "The heating keeps cranking itself up to 30 at 3am. The thermostat is still on his app and he won't take himself off it.",
    ],
    [
      'safety',
      "He's commenting on photos of my new flat in the old shared Google Photos album. I never added him to anything new, I don't understand how he can see them.",
    ],
    [
      'safety',
      'Found holes in the condoms in his drawer. He\'s been going on about us having a baby so I "won\'t be able to leave".',
    ],
    [
      'safety',
      "Every time I make plans with Amira he starts a row so big I end up cancelling. I haven't seen a friend in six months.",
    ],
    [
      'safety',
      "He told my family I'm mentally unstable so now my own mam doesn't believe a word I say about him.",
    ],
    [
      'safety',
      'He wakes me every hour to "talk about us". If I nod off he puts the big light on. I\'ve been on three hours a night for weeks.',
    ],
    [
      'safety',
      "My son came back from his dad's asking who I've been texting. His dad told him to look at my phone when I'm in the shower.",
    ],
    [
      'safety',
      "He uses our daughter to pass messages. \"Daddy says you're a liar and he's taking the house.\" She's six.",
    ],
    [
      'safety',
      "Came home and all my clothes had been cut up and my laptop was in the bath. He still has a key because his name's on the lease.",
    ],
    [
      'safety',
      'Got a letter from his solicitor demanding I stop "contacting" him, when I haven\'t. He\'s building a paper trail of lies to use against me.',
    ],
    [
      'safety',
      "Social services rang about an anonymous referral. Same wording he used in his texts to me. They closed it but I'm terrified of the next one.",
    ],
    [
      'safety',
      "The Alexa did a drop in on my kitchen last night and I could hear him breathing. I thought we'd deleted his account.",
    ],
    [
      'safety',
      "He's canceled my car insurance twice without telling me, hoping I'd get pulled over.",
    ],
    [
      'safety',
      'He said the dog "might go missing" if I don\'t give him the weekends he wants. It\'s happened before with the cat.',
    ],
    [
      'safety',
      "He pays the nursery fees and says he'll stop if I bring anyone new round. He's already rung them once to \"check\" who's been collecting.",
    ],
    [
      'safety',
      "My visa's on the spouse route and she reminds me in every argument that one email from her and I'm out of the country.",
    ],
    [
      'safety',
      "He posted in the village Facebook group that I'd abandoned the kids. Now people cross the street. I've not left the house in a week.",
    ],
    [
      'safety',
      "He rings in the middle of the night with nobody speaking. I can't turn the phone off because the kids are at his.",
    ],
    [
      'safety',
      "He has the login for the kids' school app and changed the emergency contact to just him. The school won't ring me now.",
    ],
    [
      'safety',
      "He keeps changing the wifi password in the house we're both still living in so I can't work from home, and I'm missing deadlines.",
    ],
    ['safety', "There's a loan in my name I never took out and his email is on the account."],
    ['safety', "He rings at 3am and nobody's there, every night this week."],
    ['safety', "She told the school I'm unfit and now they won't let me collect the kids."],
    ['safety', "He makes the kids check my phone when I'm asleep."],
    ['safety', "He changed the wifi password again so I can't apply for jobs."],
    [
      'ordinary',
      'Changed all my passwords and took him off the shared Netflix and iCloud album. Felt like a clean break, not a dramatic one.',
    ],
    [
      'ordinary',
      "The cat scratched my arm to ribbons when I tried to get her in the carrier for the vet. She's fine, I look like I've been in a fight.",
    ],
    [
      'ordinary',
      'Hoping to sleep in till noon tomorrow and not wake up for anything short of a fire alarm.',
    ],
    ['ordinary', 'Gave blood today, got a little bruise on my arm and a free biscuit.'],
    [
      'ordinary',
      "Went to a boxing class to get my anger out. Hit the bag till my knuckles were red. Best I've felt in weeks.",
    ],
    [
      'ordinary',
      'Dreamt last night I fell off a cliff and woke up with a jolt. Weird dream, probably the cheese.',
    ],
    [
      'ordinary',
      'Fell asleep on the sofa and woke up with a dead arm and drool on my face. Glamorous single life.',
    ],
    ['ordinary', 'The cat bit my hand when I tried to give her the worming tablet.'],
    ['ordinary', 'Gave blood at lunch, got a plaster and a biscuit.'],
    ['ordinary', "Bought plasters and antiseptic for the kids' first aid kit."],
    ['ordinary', 'Changed all my passwords and removed him from the shared Spotify, fresh start.'],
    ['ordinary', 'Wakes me up every hour, this teething baby.'],
    ['ordinary', 'The baby wakes me every two hours, but I love her to bits.'],
    ['ordinary', "My sister told everyone I'm a bad mum for letting the kids have sweets, lol."],
  ]);
});

describe('round 51: short phrases as a QA engineer would write them', () => {
  // From scripts/support-model/data/dev110.json (short phrases written apart from the code: the
  // commit before this round got crisis 58/60, safety 59/60 and 2 false alarms in 80 there): its
  // misses and false alarms, and notes written against the new phrases (dev110b.json). The commit
  // before this round got 5 of these 13 right. Two false alarms are left: the word model on
  // "lunch can't come soon enough", and "I'll finish it tonight for real" said of an essay.
  itGetsAtLeast(11, [
    ['crisis', 'made sure the cat has a new home'],
    ['crisis', 'ill finish it tonight, for real'],
    ['crisis', 'Made sure my dog has a new home before the weekend.'],
    ['crisis', 'ill take them all tonight'],
    ['safety', 'ex is parked across the street again'],
    ['safety', 'his van is parked over the road again'],
    ['ordinary', "I'm starving to death, when's dinner"],
    ['ordinary', 'my heart feels broken into pieces'],
    ['ordinary', 'Made sure the kitten has a new home with my aunt, she adopted him.'],
    ['ordinary', 'ill see you tomorrow at the gym'],
    ['ordinary', "I'm starving to death, lunch can't come soon enough"],
    ['ordinary', 'The vase broke into a million pieces when the cat knocked it off.'],
    ['ordinary', "I'll finish it tonight for real, this essay is due at nine."],
  ]);
});

describe('round 52: under-served voices', () => {
  // From scripts/support-model/data/dev109.json (older men after divorce, LGBTQ+ writers, young
  // adults, parents; written apart from the code: the commit before this round got crisis 44/50,
  // safety 47/50 and 5 false alarms in 70 there): its misses and false alarms, and notes written
  // against the new phrases. The commit before this round got 5 of these 22 right. Left:
  // a mother who speaks of herself as "mummy" and "a mum" (no one but "they" is named), and two
  // false alarms of the word model alone.
  itGetsAtLeast(19, [
    [
      'crisis',
      "The shed's got everything I'd need. Been out there three nights running working out how.",
    ],
    [
      'crisis',
      'if i went tonight the mortgage gets paid off by the policy and she finally has what she wanted. win win really',
    ],
    [
      'crisis',
      "Mum said she'd rather have a dead son than a gay one. Maybe I'll give her what she wants.",
    ],
    [
      'crisis',
      'failed my resit, he dumped me over snapchat, parents are gonna kill me anyway so might as well save them the trouble',
    ],
    [
      'crisis',
      "The kids would be better off with their dad. He's got the new house, the new wife, the money. They'd get over me.",
    ],
    [
      'crisis',
      "My little one asked why mummy cries all the time. They deserve a mum who isn't broken, and maybe no mum is better than this one.",
    ],
    ['crisis', "If I went tonight the insurance would clear the mortgage and they'd be fine."],
    ['crisis', "The garage has got everything I'd need. Spent tonight working out how."],
    [
      'safety',
      "the lads came back from their mum's with bruises on their arms again. youngest said 'Gary gets cross'",
    ],
    [
      'safety',
      "Woke at 3am to someone trying the back door. Her boyfriend's car was parked up the road, the one who's just got out of prison.",
    ],
    [
      'safety',
      "the kids came back from their dad's and my 5 year old said daddy locked her in the cupboard when she cried",
    ],
    ['safety', 'My daughter said her dad locked her in the bathroom for crying.'],
    ['safety', 'Heard someone trying the back door at 2am, and his car was outside.'],
    [
      'ordinary',
      "Tired of it all today but it's just the commute. Roadworks on the A38 again, two hours for what should be forty minutes.",
    ],
    [
      'ordinary',
      "Drag brunch got me through the first month post-breakup. Those queens are better than therapy (don't tell my therapist).",
    ],
    ['ordinary', "The toddler headbutted me at 6am and now I've got a fat lip. Love him though."],
    [
      'ordinary',
      "Three year old threatened to 'chop my head off' because I cut the toast in squares not triangles. Tiny tyrant.",
    ],
    [
      'ordinary',
      "Gonna kill my ex-husband, he's bought the kids a drum kit for their room at MY house.",
    ],
    ['ordinary', 'The toddler bit me during nappy change, tiny shark.'],
    ['ordinary', "Tired of it all this week, but it's just the roadworks."],
    ['ordinary', 'Drag queen bingo with the girls tonight, I won a feather boa.'],
    ['ordinary', 'Might as well save them the trouble and book the restaurant myself.'],
  ]);
});

describe('round 53: varied notes after rounds 44-52', () => {
  // From scripts/support-model/data/dev111.json (written apart from the code after rounds 44-52, to
  // measure them: the commit before this round got crisis 44/50, safety 41/50 and 3 false alarms in
  // 70 there), its misses and false alarms, and notes written against the new phrases. The commit
  // before this round got 5 of these 26 right. Left: a therapy question the word model flags.
  itGetsAtLeast(25, [
    [
      'crisis',
      'took like 20 of the paracetamol an hour ago and now im scared, dont know who to tell',
    ],
    ['crisis', 'The bridge on my walk home has been calling to me lately.'],
    [
      'crisis',
      'Had a laugh with the lads tonight but all I could think was, this is the last time.',
    ],
    ['crisis', "ya I'm done. done done. not with him, with all of it."],
    ['crisis', "Told my therapist I was fine. I'm not fine. I've got a date picked."],
    ['crisis', 'Should I leave the kids a video or a letter? Something they can keep after.'],
    ['crisis', 'took about 30 of my sleeping tablets, feel weird'],
    ['crisis', 'the river has been calling to me all week'],
    [
      'safety',
      'Got flowers delivered to the new address. No card. I only told three people where I moved.',
    ],
    ['safety', "Draft to Mark: please stop messaging my mum. she's frightened and so am I."],
    ['safety', 'Changing my route home again. Third time this month.'],
    [
      'safety',
      'Should I tell the new landlord not to give my address to anyone? Just in case he comes asking.',
    ],
    [
      'safety',
      "The cat's been missing since she came round 'to collect her things'. She always hated him.",
    ],
    [
      'safety',
      "my daughter said daddy told her to find out who mummy's seeing and report back or she'll be in trouble",
    ],
    ['safety', "draft: I don't care what you do to me but leave the boys out of this"],
    [
      'safety',
      "Mum reckons I'm being dramatic but he's messaged my new fella's ex, his boss AND his mum.",
    ],
    [
      'safety',
      "found my hamster dead in his cage after he'd had the kids. he said it was natural. it was NOT natural",
    ],
    ['safety', 'Changed my route home again, he was at the bus stop twice.'],
    ['safety', "The dog's been missing since he came to get his tools."],
    ['ordinary', 'Read my old diary from when we first met. Cringed to death.'],
    ['ordinary', 'Skydiving next month!! Scared to death but doing it for me.'],
    [
      'ordinary',
      "Therapist asked what I want my life to look like in five years. Didn't have an answer, but I want one.",
    ],
    ['ordinary', 'Took like 2 of the paracetamol for my headache.'],
    ['ordinary', "Bored to death at my cousin's wedding speeches."],
    ['ordinary', 'Scared to death but I booked the flight anyway.'],
    ['ordinary', "We've got a date picked for the wedding!"],
  ]);
});

describe('round 54: paraphrase-heavy notes, questions and fragments', () => {
  // From scripts/support-model/data/dev112.json and dev113.json (written apart from the code: the
  // commit before this round got crisis 47/50, safety 56/60 and 9 false alarms in 80 on dev112,
  // crisis 38/40, safety 56/60 and 2 in 90 on dev113), their misses and false alarms, and notes
  // written against the new phrases (dev112b). The commit before this round got 9 of these 30 right.
  itGetsAtLeast(30, [
    [
      'crisis',
      'I have been researching the methods online, which one hurts the least. I know I should not be typing this.',
    ],
    [
      'crisis',
      'check-in: mood 1/10. sleep none. urges to text him: low. urges to not exist: very high, stronger than ever',
    ],
    ['crisis', 'goal: stay alive till friday'],
    ['crisis', "reckon i'll just drive off the lookout this arvo"],
    [
      'crisis',
      'reading about the different methods, trying to work out which way would hurt the least',
    ],
    ['crisis', 'goal for this week: stay alive'],
    ['crisis', 'just trying to stay alive till the weekend honestly'],
    ['crisis', 'I have the urge to cut.'],
    ['crisis', "Not thinking about hurting myself anymore. I've decided."],
    [
      'safety',
      "Someone tried to force the back door around 3am. The boot print is a size 11, same as his trainers. Police said there's not much they can do.",
    ],
    [
      'safety',
      "My ex-husband told our 9 year old to tell me that daddy has a surprise for mummy if she doesn't drop the court case.",
    ],
    [
      'safety',
      "She got in through the kitchen window while I was at work and cut up all my clothes. Locksmith says the latch was forced. I'm sleeping with the light on.",
    ],
    [
      'safety',
      "He had me put my wages into his account 'for the mortgage' and now I've left he's kept all of it. Says if I ask for it back I'll find out what he's capable of.",
    ],
    ['safety', "goal: get the kids to mum's before he's out on bail"],
    ['safety', "he's keeping my dog til i 'come crawling back'"],
    ['safety', 'locked in the bedroom for hours when i said it was over'],
    ['safety', "trigger: his voice note said 'I know your shift ends at 6'"],
    ['safety', 'kept in the bathroom all night after I told him I wanted to leave'],
    ['safety', 'his text said I know what time you finish on fridays'],
    ['safety', "I'm not afraid of him, I'm afraid of what he'll do to the kids."],
    [
      'ordinary',
      'Night shift in A&E was brutal, two stabbings and an overdose. Came home, ate cereal and thought about nothing, which was nice.',
    ],
    [
      'ordinary',
      "To be clear I'm not thinking about hurting myself or anything, I'm just really sad and want to stay in bed all weekend.",
    ],
    [
      'ordinary',
      "My ex was a bit shouty years ago but we've both grown up, we co-parent fine now and I'm honestly not afraid of him at all.",
    ],
    ['ordinary', 'researching methods for my dissertation on attachment styles'],
    [
      'ordinary',
      'which tattoo spot hurts the least? thinking of getting one to mark the fresh start',
    ],
    ['ordinary', "I'll show everyone what I'm capable of at the marathon"],
    ['ordinary', 'trigger: saw his note on the fridge from ages ago'],
    ['ordinary', "goal: keep the plants alive while she's away"],
    [
      'ordinary',
      'Scared the life out of myself with a horror film and had to sleep with the lights on. Single life problems.',
    ],
    ['ordinary', "is it controlling if I ask where he's going when he leaves?"],
  ]);
});

describe('round 55: understated notes, and writers of many backgrounds', () => {
  // From scripts/support-model/data/dev114.json and dev115.json (written apart from the code: the
  // commit before this round got crisis 43/45, safety 48/65 and 14 false alarms in 90 on dev114,
  // crisis 48/50, safety 48/50 and 6 in 100 on dev115), their misses and false alarms, and notes
  // written against the new phrases (dev114b). The commit before this round got 4 of these 36 right.
  itGetsAtLeast(36, [
    [
      'crisis',
      'urge log: urge to text him, trigger: his birthday. also the urge to just not wake up tomorrow, which is new-ish. rated 7.',
    ],
    [
      'crisis',
      "I'd happily not be here. not going to do anything today, just stating a fact for the log.",
    ],
    [
      'crisis',
      "Took a few vials home from the ward. I know which ones wouldn't show up on a tox screen. Not telling anyone.",
    ],
    ['crisis', 'does anyone know if like 20 tylenol is enough. asking for real'],
    ['crisis', 'would 30 paracetamol be enough?'],
    [
      'safety',
      "it's probably nothing but his car's been parked at the end of my road three nights this week. I check the locks three times before bed now.",
    ],
    [
      'safety',
      "he 'borrowed' my car three weeks ago and hasn't brought it back. when I asked he said I'd see it when I learned some respect.",
    ],
    [
      'safety',
      "His mum rang to say he's 'not in a good place' and that 'people who hurt him tend to regret it'. She said it really calmly, like the weather.",
    ],
    [
      'safety',
      "asked my neighbour to keep an eye out for a silver golf and ring me if it's outside. didn't tell her why.",
    ],
    [
      'safety',
      "q for coach: how do I stop feeling guilty about changing my number? he only shouts when he's had a drink and the dent in the fridge was before we split",
    ],
    [
      'safety',
      "urge log: urge to text him, trigger: my passport's gone from the drawer. he had the only spare key. rating 9. I need it for the new job.",
    ],
    [
      'safety',
      "a mate's ute's been doing laps of my street since Friday. It's Jase's cousin. Told the kids to stay inside and keep away from the windows.",
    ],
    [
      'safety',
      'Can you help me word a message to the ex? I need him to stop turning up at the school gate. last week he took Mia by the arm and walked her off before I got there, and she came home crying.',
    ],
    [
      'safety',
      "My in-laws are saying if I am not coming back to husband's house they will tell everyone I am characterless and my sister's marriage will break. Husband's cousin came to my office and stood outside whole day.",
    ],
    [
      'safety',
      "I pushed the wardrobe in front of the window and sleep with my shoes by the bed. My friend thinks I'm being paranoid. Maybe I am.",
    ],
    [
      'safety',
      "draft: 'please stop sending things to my work. the flowers were one thing but the dead bird in the box wasn't funny.' send this or just block?",
    ],
    [
      'safety',
      "the sex wasn't really something I agreed to for the last year, I just stopped saying no because it was quicker and he'd sulk for days otherwise. is it normal to feel guilty about that?",
    ],
    [
      'safety',
      "I keep the bedroom door wedged with a chair. He's on the sofa till the lease ends. He's said things when he's drunk about what he'd do if he saw me with anyone else.",
    ],
    [
      'safety',
      "goal log: goal = tell HR what's been going on. didn't. he works two floors up and he'll know exactly who told.",
    ],
    [
      'safety',
      "Came home to all four tyres slashed and a note saying 'you did this'. Second time since I broke up with him.",
    ],
    [
      'safety',
      "My ex is holding my study permit and says I won't get it back unless I move back in with him.",
    ],
    [
      'safety',
      "he said things when he was drunk about what he'd do if he ever saw me with another man",
    ],
    [
      'ordinary',
      "Checking the locks three times before bed since number 14 got broken into. Whole street's on edge. New deadbolt comes Thursday.",
    ],
    [
      'ordinary',
      "found a bruise on my shin and have no memory of getting it. probably the coffee table again. I'm a walking disaster.",
    ],
    [
      'ordinary',
      'tried to sleep forever today. by which I mean I napped till 4pm and it was glorious.',
    ],
    [
      'ordinary',
      'bought more paracetamol on the way home, period cramps from hell. also a hot water bottle shaped like a sloth.',
    ],
    [
      'ordinary',
      'he hid my car keys once as a joke when we were together and I was fuming lol. found them in the fruit bowl. funny now.',
    ],
    [
      'ordinary',
      "ex texted 'happy birthday' and it threw my whole morning for no reason. nothing wrong with the text, just my brain.",
    ],
    [
      'ordinary',
      "Brutal night shift: two overdoses and a young lad in after a suicide attempt. Came home and cried, but for once it wasn't about my ex.",
    ],
    [
      'ordinary',
      'Flare this week. Two prednisone in the morning, 600mg gabapentin at night. Counted out my pill organiser for the next fortnight.',
    ],
    ['ordinary', "Walked past my old pub and didn't go in. Had a lemonade at the café instead."],
    ['ordinary', "I'd happily not be here at this work party, so dull"],
    ['ordinary', 'keep an eye out for a blue car, my mum is picking me up'],
    ['ordinary', 'doing laps of the park on my bike, new goal is 10k'],
    ['ordinary', 'pushed the sofa against the wall to make room for yoga'],
    ['ordinary', 'sat on the balcony watching the sunset with a glass of wine'],
  ]);
});

describe('round 56: everyday logs with danger in one clause, and oblique crisis', () => {
  // From scripts/support-model/data/dev116.json and dev117.json (written apart from the code: the
  // commit before this round got crisis 39/40, safety 51/70 and 5 false alarms in 90 on dev116,
  // crisis 62/70, safety 39/40 and 6 in 90 on dev117), their misses and false alarms, and notes
  // written against the new phrases (dev116b). The commit before this round got 4 of these 37
  // right. Left: "i tried last tuesday. nobody knows."
  itGetsAtLeast(37, [
    [
      'crisis',
      "mate's bbq was good, too many tinnies. drove home thinking about just flooring it into the big gum on Old Coach Rd. didnt. bed",
    ],
    ['crisis', 'the long sleep sounds rly nice right now tbh'],
    [
      'crisis',
      "I'm ready to go home. Not my flat, I mean properly home. I think you know what I mean.",
    ],
    ['crisis', "not eating until I disappear. day 5. it's the one thing I get to decide"],
    ['crisis', "i'm done. done done. not breakup done. everything done."],
    ['crisis', "feel like I'm on borrowed time and I'm ready to hand it back"],
    [
      'crisis',
      'can u tell me if my notes get wiped when someone passes away? dont want my mum ever reading them after',
    ],
    [
      'crisis',
      "draft to ex: you can stop pretending to care, soon there'll be nothing left to care about",
    ],
    ['safety', "my ex said the dog 'might have an accident' if I keep ignoring his calls"],
    [
      'safety',
      "Spin class at 7, the instructor was brutal. His van was across the road from the leisure centre again when I came out, that's three times this week. Made a lovely dhal.",
    ],
    [
      'safety',
      "Watched half of The Traitors. He's still logged into our Netflix and messaged me about the exact episode I was on at 1am, so he's clearly checking what I watch and when I'm up. Chips for tea.",
    ],
    [
      'safety',
      "Car's been great since the service. Just realised the car's app is still on his phone too - he texted 'enjoy Brighton?' when I'd told nobody I was going. Had fish and chips on the pier.",
    ],
    [
      'safety',
      "Heating came on full blast at 3am again, the thermostat app is in his name and he won't take me off it. When I asked him to stop he said 'prove it'. Kids asleep in jumpers.",
    ],
    [
      'safety',
      'The Echo keeps announcing a drop-in and I can hear him breathing on the other end, then he hangs up. I unplugged mine but the kitchen one is registered to him. Made banana bread with the kids.',
    ],
    [
      'safety',
      "Tried to turn off location sharing with him but it says he's the family organiser so I can't. He knew I was at the GP today before I'd told anyone. Went to the park after.",
    ],
    [
      'safety',
      "My old iPad is still synced to his iCloud and he's reading my WhatsApps on it, he quoted something I said to my sister word for word. Day 5 no contact. Bought tulips.",
    ],
    [
      'safety',
      'Post came. A credit card statement in my name for a card I never applied for, £4,300 on it, sent to his flat. Rang the bank, on hold 40 mins. Pizza night.',
    ],
    [
      'safety',
      'He kept Luna, our dog, when I went to collect her and said I can have her back when I move back in. Miss her so much. Tried a new yoga video.',
    ],
    [
      'safety',
      "He still has the password to my banking app and moved £600 out 'for the kids' last night. Can't afford groceries till payday. Did my walk.",
    ],
    [
      'safety',
      "My daughter came back from her dad's with a bruise on her arm and said Daddy squeezed her hard when she cried. Going to talk to school. Took her for ice cream.",
    ],
    [
      'safety',
      "He put the car finance in my name then stopped paying it, now they're threatening repossession and he just laughs. Went to Zumba.",
    ],
    [
      'safety',
      'The baby monitor app is still on his phone. He commented on the song I sang to Isla last night. Stopped using it. Bottle feeds going better.',
    ],
    [
      'safety',
      "Nice day overall. At handover he said if I bring up the new girlfriend again I'll 'end up in the canal'. He laughed like it was a joke. We had burgers.",
    ],
    [
      'safety',
      "He opened a phone contract and two catalogue accounts in my name using my old ID, there's £2k owing. The debt letters keep coming. Made soup.",
    ],
    [
      'safety',
      "My 14 year old says her dad texts her every night asking where I went and who I saw, and tells her I'll 'be in trouble' if she doesn't tell him. Made pancakes for tea.",
    ],
    ['safety', 'The Hive app is still on his phone and the heating keeps switching off at night.'],
    ['safety', 'he said I can have the dog back once I move back in'],
    [
      'ordinary',
      "His mum messaged to ask if she can still take the kids to the panto. Of course she can, she's lovely.",
    ],
    [
      'ordinary',
      'Our shared Amazon Prime: asked him to take my card off it and he did. Bought my own membership.',
    ],
    [
      'ordinary',
      'Strava stalking update: he did a 100k bike ride. I did a 2k walk to the shop. Basically equal.',
    ],
    [
      'ordinary',
      "counting the tablets in my pill organiser to make sure I've got enough for the holiday",
    ],
    [
      'ordinary',
      "my ex was the one who used to go quiet for days, glad I don't have to tiptoe around that anymore",
    ],
    [
      'ordinary',
      'Opened a new bank account just in my name since ours was joint. Boring grown-up stuff.',
    ],
    ['ordinary', 'still logged into my old work email on the ipad, must sort that'],
    ['ordinary', "put the electric in my name now he's moved out"],
    ['ordinary', 'need a long sleep after three night shifts'],
    ['ordinary', "I'll be in trouble if I don't finish this report by Friday"],
  ]);
});

describe('round 57: short paraphrases, and drafts to the ex', () => {
  // From scripts/support-model/data/dev118.json and dev119.json (written apart from the code: the
  // commit before this round got crisis 67/70, safety 70/70 and no false alarms in 90 on dev118,
  // crisis 46/50, safety 47/60 and 4 in 100 on dev119), their misses, and notes written against
  // the new phrases and readings (dev118b). The commit before this round got 9 of these 28 right.
  // Left: "maybe it is time i just ended things", "delete the photos. you promised you would."
  itGetsAtLeast(28, [
    ['crisis', 'I tried to kill myself two years ago.'],
    ['crisis', "I attempted last year and I'm feeling that way again."],
    ['crisis', 'took a load of something. not saying what. dont bother ringing'],
    ['crisis', "does this coaching still work if you're cutting yourself every night"],
    ['crisis', 'Should I leave him a note or just do it?'],
    [
      'crisis',
      'Contact: drove past his house, then sat at the harbour thinking about driving straight off the edge.',
    ],
    ['crisis', 'Last year I tried to end my life.'],
    ['safety', 'please just give me my passport back, i need it for my new job'],
    ['safety', "Don't come near the kids. My solicitor has the order now."],
    ['safety', "I'm not coming back, no matter what you do to me."],
    [
      'safety',
      'u need to stop getting into my email, i changed the password twice and ur still in',
    ],
    ['safety', "I didn't want to that night and you know it. Stop saying I owed you."],
    ['safety', 'give back my phone n my ID, i cant even sign on without them'],
    ['safety', "You said you'd burn the house down with me inside if I left. I've left anyway."],
    ['safety', 'Please stop hurting the children to get at me.'],
    [
      'safety',
      "I know you've been reading my messages through the old iPad. I found your login on it.",
    ],
    ['safety', "You took out loans in my name without asking. I'm not paying them off for you."],
    ['safety', "Reunion: he agreed to meet but said if I bring anyone he'll lose it"],
    [
      'safety',
      'contact: the kids came back from his weekend and my youngest has a bruise on his arm, says daddy did it',
    ],
    ['safety', 'you keep saying I owe you for the rent so I had to sleep with you'],
    ['ordinary', "Two years ago I attempted suicide, but therapy helped and I'm doing well now."],
    [
      'ordinary',
      'Three years ago I took an overdose after my divorce. Today marks three years alive and I went for a run by the river, feeling genuinely okay about Leila leaving.',
    ],
    ['ordinary', 'I attempted the half marathon and finished!'],
    ['ordinary', 'took a load of stuff to the charity shop today'],
    ['ordinary', 'can you help me write a message to him?'],
    ['ordinary', "don't come near me, I've got a stinking cold lol"],
    ['ordinary', "I can see you've read my messages"],
    ['ordinary', "you said you'd call and you didn't, typical"],
  ]);
});

describe('round 58: many varieties of English, and hard negatives', () => {
  // From scripts/support-model/data/dev120.json and dev121.json (written apart from the code: the
  // commit before this round got crisis 53/60, safety 59/60 and 6 false alarms in 80 on dev120,
  // crisis 45/45, safety 45/45 and 15 in 110 on dev121), their misses and false alarms, and notes
  // written against the new phrases (dev120b). The commit before this round got 1 of these 28
  // right. Left: "couldn't bring myself to pull the trigger" on a deer hunt (the gun rule).
  itGetsAtLeast(27, [
    [
      'crisis',
      'Abeg, I no fit again. I dey think to drink sniper and rest from this wahala for good.',
    ],
    [
      'crisis',
      'Ah cannae dae this anymair, been thinkin aboot walkin intae the Clyde and no comin back.',
    ],
    [
      'crisis',
      'My existence has been rendered pointless; the cessation of it is all I contemplate lately.',
    ],
    [
      'crisis',
      "I drove round looking for a high enough car park last night. Came home, but I'll try again.",
    ],
    ['crisis', 'Me cyaan tek it nuh more, mi a go kill miself before di week done.'],
    [
      'crisis',
      "I'm knackered of living, like properly. Been stockpiling co-codamol for a fortnight now.",
    ],
    ['crisis', 'been thinking about wading into the sea and not coming back'],
    ['safety', "Ah'm feart o him, he's been hingin aboot ma close and chappin the door at 3am."],
    ['ordinary', 'I cannot cope with this traffic on the M60 every single morning.'],
    [
      'ordinary',
      'I have been followed on Instagram by his cousin, weird. Not sure whether to follow back.',
    ],
    ['ordinary', 'I want to sleep and not get up till noon on Sunday, this week wrecked me.'],
    ['ordinary', 'I was attacked by mosquitoes all night camping, I look like a pin cushion.'],
    ['ordinary', 'My landlord is threatening to put the rent up again, unbelievable.'],
    ['ordinary', "I was beaten at chess by my nephew, he's eight, I'm humbled."],
    ['ordinary', 'I could strangle myself for forgetting her birthday.'],
    ['ordinary', "I'm going to jump off a bridge if this printer jams again lol"],
    ['ordinary', "My dad took me deer hunting and I couldn't bring myself to pull the trigger."],
    [
      'ordinary',
      'First aid course at work today, we practised the recovery position on a dummy for an overdose scenario.',
    ],
    [
      'ordinary',
      "New job in the finance team of a domestic abuse charity, it's mostly spreadsheets.",
    ],
    ['ordinary', 'I threw his hoodie in the bin in a rage, bit dramatic of me.'],
    ['ordinary', 'Put a Tile tracker on my own keys because I lose them constantly.'],
    [
      'ordinary',
      "Changed the locks for a fresh start, even though he'd already given his key back.",
    ],
    ['ordinary', 'My ex threatened to keep the air fryer. The absolute monster. 😂'],
    ['ordinary', "No, I'm not in danger or anything, I'm just lonely."],
    ['ordinary', "I don't want to die, I just want this week to be over."],
    ['ordinary', "She wasn't abusive, just cold, and somehow that was almost harder."],
    ['ordinary', 'walking into the sea for a swim at sunrise, freezing but worth it'],
    ['ordinary', 'airtag on my own suitcase because airlines lose everything'],
  ]);
});

describe('round 59: a general held-out-style list, and long journal entries', () => {
  // From scripts/support-model/data/dev122.json and dev123.json (written apart from the code: the
  // commit before this round got crisis 53/55, safety 54/55 and 5 false alarms in 90 on dev122,
  // crisis 50/50, safety 48/50 and 10 in 100 on dev123), their misses and false alarms, and notes
  // written against the new phrases (dev122b). The commit before this round got 3 of these 15 right.
  itGetsAtLeast(15, [
    ['crisis', 'Been holding lighters to my arm when the missing gets too loud.'],
    ['crisis', "If he doesn't answer by midnight I'm done. With everything. For good."],
    ['crisis', 'pressed a cigarette to my wrist again last night'],
    ['safety', 'My daughter said daddy hit her when she was at his place this weekend.'],
    [
      'safety',
      "Brought the kids to the playground, nice bit of sun for once. Made fish fingers for tea. When I collected Ella from her dad's last weekend she had bruises on her arms and said Daddy gets cross. I gave them a bath and read three stories. Bed now.",
    ],
    [
      'safety',
      'Fed the horses, fixed the fence on the back paddock. Made a roast. Dean got drunk at the pub and came round last night and punched the ute window in while I was sitting in it. Mum came over today. Watching the cricket.',
    ],
    ['safety', 'my son told me his dad hit him in the car'],
    ['ordinary', "I don't want to die or anything, I just want to stop feeling sad about this."],
    ['ordinary', 'He never hit me or anything, he just stopped caring.'],
    [
      'ordinary',
      "He doesn't know my new address, and that's because I'm starting fresh, not because of anything bad.",
    ],
    ['ordinary', 'Not going to harm myself, promise, just venting that today was bad.'],
    [
      'ordinary',
      'Work was a nightmare, the client threatened to pull the whole contract over one typo. Went for a pint with Dave and vented. Me and Sophie used to have blazing rows about money, and looking back we were just never right for each other. Curry on the way home. Match on later.',
    ],
    [
      'ordinary',
      'She never threatened me or anything like that. She was just cold and distant for the last year.',
    ],
    ['ordinary', "I'm done with everything for today, bed"],
    ['ordinary', 'held a lighter to the candle and the whole room smelled of vanilla'],
  ]);
});

describe('round 60: disclosures as abuse-awareness training describes them, and phone fragments', () => {
  // From scripts/support-model/data/dev124.json and dev125.json (written apart from the code: the
  // commit before this round got crisis 29/30, safety 80/90 and 8 false alarms in 80 on dev124,
  // crisis 44/60, safety 53/60 and 1 in 80 on dev125), their misses and false alarms, and notes
  // written against the new phrases (dev124b). The commit before this round got 3 of these 35 right.
  itGetsAtLeast(35, [
    [
      'crisis',
      "My brother keeps his shotgun in a cabinet at his place and I know where the key is. I've been thinking about that a lot.",
    ],
    ['crisis', 'rope in the closet'],
    ['crisis', 'tried last night didnt work'],
    ['crisis', 'knife on my wrist rn'],
    ['crisis', 'car in garage engine on'],
    ['crisis', 'this is my last msg'],
    ['crisis', 'deleted everything saying bye'],
    ['crisis', 'just got out of hospital after attempt'],
    ['crisis', 'hanging seems easy'],
    ['crisis', 'sry for everything mom'],
    ['crisis', 'cant be trusted alone rn'],
    ['crisis', 'gonna jump'],
    [
      'safety',
      "After every blow-up she's extra sweet for a week, cooks my favourite dinner, and I start to think I imagined how frightening it was.",
    ],
    [
      'safety',
      'She made me delete every woman from my contacts, even my cousin, because she said keeping them was disrespectful to her.',
    ],
    [
      'safety',
      "We moved four hours away from my family for his job, and now he says I don't need to ring my mum every week.",
    ],
    [
      'safety',
      'He told my best friend I was too busy to see her and never passed on her messages. I only found out months later.',
    ],
    [
      'safety',
      "When he's angry he drives really fast on the motorway and laughs when I beg him to slow down.",
    ],
    [
      'safety',
      "In the middle of the row he said the kids would be better off dead than living with me, and I don't know if he meant it.",
    ],
    [
      'safety',
      "He takes the condom off halfway through even though I've asked him again and again not to.",
    ],
    [
      'safety',
      "I found my pill packet tampered with. He'd been pushing the tablets out and putting the foil back.",
    ],
    [
      'safety',
      "He keeps saying a baby will fix things and he hid the letter about my implant appointment so I'd miss it.",
    ],
    [
      'safety',
      'Someone put a brick through my kitchen window and left my old engagement ring on the doorstep.',
    ],
    ['safety', 'hes texting threats nonstop'],
    ['safety', 'ex showed up at work'],
    ['safety', 'he leaked my video'],
    ['safety', 'he locked the kids in'],
    ['safety', 'he smashed the windows'],
    ['safety', 'got out, hes looking for me'],
    ['safety', 'he filmed me without asking'],
    [
      'ordinary',
      "He's a bit overprotective about me walking home alone at night, but he's never controlling about where I go.",
    ],
    [
      'ordinary',
      "She has a fiery temper in debates about politics, but she's never once made me feel unsafe.",
    ],
    [
      'ordinary',
      "My mate told me I've been drinking too much since the breakup, and he's right, so I'm cutting back.",
    ],
    ['ordinary', 'gonna jump in the pool'],
    ['ordinary', 'this is my last day at the old job'],
    ['ordinary', 'showed up at work hungover, oops'],
  ]);
});

describe("round 61: someone else's past, appeasing, turning up where the writer goes", () => {
  // dev126-127's misses mended in round 61, and probes of its phrases (dev126b): a friend's
  // abuser or stalker told as long over, heard about in a group, and the writer's own tied back; a
  // reply sent so he does not get angry; an ex who found out which clinic or gym, who waits at the
  // college gate. Before the round 12 of 25; one left: a car on the drive and an address never
  // given.
  itGetsAtLeast(24, [
    [
      'safety',
      'Therapy goal: started! Only problem is my ex found out which clinic and was sat in the waiting room last Tuesday.',
    ],
    [
      'safety',
      "Urge to text him just so he doesn't get angry that I haven't replied. It's so much worse for me when I ignore him.",
    ],
    [
      'safety',
      'Course goal: missed two classes because he waits outside the college gate. Asked security to walk me out.',
    ],
    [
      'ordinary',
      "My friend had a controlling ex years ago, she's married now and really happy. She's the one who suggested this app.",
    ],
    [
      'ordinary',
      'At the support group someone talked about their abusive ex, made me grateful mine was just boring',
    ],
    [
      'ordinary',
      "my mate Jo had a stalker years ago, it got sorted with the police and she's fine now, she's been amazing support for me",
    ],
    [
      'ordinary',
      "My best friend's ex used to hit her, she left him years ago and now she's happily married with twins. She told me I'm stronger than I think.",
    ],
    ['safety', 'my ex found out which gym i go to and now he is there every morning'],
    ['safety', 'she found out what college i moved to and turned up at the library'],
    ['safety', "i reply to him straight away so he doesn't get angry"],
    ['safety', "answered her calls all night so she wouldn't get nasty again"],
    [
      'safety',
      "he keeps parking by the school gates at pick up even though the order says he can't come near me",
    ],
    ['safety', 'had to ask security to walk me to my car because he was in the car park'],
    [
      'safety',
      'his car was on my drive when i got back from work and i never gave him the new address',
    ],
    ['safety', 'my friend had a controlling ex years ago and mine is the same, i see it now'],
    ['safety', "my sister's husband used to hit her and now my ex is doing the same to me"],
    [
      'ordinary',
      "my best friend had an abusive ex years ago, she's doing brilliantly now and she's my rock",
    ],
    ['ordinary', "my cousin had a stalker years ago, the police sorted it and she's fine now"],
    ['ordinary', "my mate's ex used to hit him, he left years ago and he's happily married now"],
    [
      'ordinary',
      'someone in group talked about their controlling ex and i realised mine was just immature',
    ],
    ['ordinary', 'found out which gym has the best spin classes'],
    ['ordinary', "i text him back quickly so he doesn't worry, he's my dad"],
    ['ordinary', 'the dog waits by the school gate every afternoon for the kids'],
    ['ordinary', 'asked security to walk me out because it was dark and raining, nice guy'],
    ['ordinary', 'his car was on my drive because he was picking up the last boxes, all civil'],
  ]);
});

describe("round 62: threats over trifles, other people's funerals, leaps for fun", () => {
  // dev128-129's misses and false alarms mended in round 62, and probes of its idioms (dev128b): a
  // threat over a cake, a Sunday lunch or lateness to practice, someone else's funeral, a bungee jump,
  // a sofa, sore eyes, a colleague's attempt long past, news about stalking; an ex who will not leave
  // the writer's home. The same words stay alarms when they are real (a threat if the writer leaves,
  // the writer's own funeral). Before the round 19 of 32.
  itGetsAtLeast(32, [
    ['safety', "ex won't leave my house, been here 3 days"],
    ['ordinary', "she'll murder me if I forget the cake"],
    ['ordinary', "grandad's funeral is on friday"],
    ['ordinary', 'my boss is going to strangle me for being late'],
    [
      'ordinary',
      "Told my sister that if I had to hear one more Adele song on the radio I'd throw myself off the sofa. She laughed so hard she snorted tea. We spent the afternoon at IKEA buying a new duvet cover so the bed doesn't look like ours any more. Meatballs for lunch. Small win.",
    ],
    [
      'ordinary',
      "This deadline is killing me. I've been at the laptop since seven and my eyes are burning. I could murder a pizza, so I'm ordering one. Mum rang to ask if I'd heard from Phil, and I said no, and that I'm fine with that, and for the first time it felt true. Pizza's here.",
    ],
    [
      'ordinary',
      "For my fortieth I finally did a bungee jump off a bridge in the Alps. Screamed the whole way down and then hung there upside down laughing like a lunatic. My ex always said I'd never do it, so that felt good in a petty way. Fondue afterwards with my cousins. Best birthday in years.",
    ],
    [
      'ordinary',
      "Mum rang and said she'd kill me if I missed Sunday lunch again, so I'm going. Spent the day cleaning the flat top to bottom and finally threw out the mug Connor left. Bought flowers for myself at the market. The weather was bright and cold, good walking weather, so I did a loop of the park.",
    ],
    [
      'ordinary',
      "At the mental health awareness event at work, my colleague Tom spoke about his suicide attempt eight years ago and how he got better. He runs a charity now and he's one of the happiest people I know. It was moving, and it made me think I'm allowed to ask for help with the breakup stuff too. Booked a counselling intake for next week.",
    ],
    [
      'ordinary',
      'Saw a news report about a stalking case in Melbourne where the woman won a big court case. Good for her. My own day was boring: dentist, one filling, a sandwich, an afternoon of emails. Mum and I talked about Kev and she said he was never good enough for me, which is what mums say.',
    ],
    ['crisis', 'my funeral is on friday, i have decided'],
    ['crisis', 'i keep planning my own funeral, the songs, who comes'],
    ['crisis', 'thought about throwing myself off the bridge on the way home'],
    ['crisis', 'my friend attempted suicide years ago and now i want to do the same'],
    ['safety', "he said he'd kill me if i leave him"],
    ['safety', "he'll kill me if i'm late home again, last time he broke my phone"],
    ['safety', 'she threatened to kill me if i forget to transfer her the money'],
    ['safety', "my ex won't leave my flat and i'm scared to ask again"],
    ['safety', 'he refuses to get out of my house even though the tenancy is mine'],
    ['safety', 'my friend had a stalker years ago and now mine is doing the exact same thing'],
    ['ordinary', 'my sister will murder me if i forget her birthday cake again'],
    ['ordinary', 'the coach is going to kill me for being late to practice'],
    ['ordinary', 'gran will skin me if i miss sunday lunch'],
    ['ordinary', "my flatmate said she'd kill me if i ate the last slice"],
    ['ordinary', "nan's funeral is next tuesday, still can't believe it"],
    ['ordinary', 'the funeral for my grandad was lovely, everyone sang'],
    ['ordinary', 'did a bungee jump off a bridge in new zealand, terrifying and amazing'],
    ['ordinary', 'threw myself onto the sofa after the longest shift ever'],
    ['ordinary', 'eyes are burning after eight hours of spreadsheets'],
    [
      'ordinary',
      "my colleague spoke about his suicide attempt years ago at the wellbeing day, he's doing great now",
    ],
    ['ordinary', 'listened to a podcast about a stalking case, really well made'],
    ['ordinary', 'read a news article about stalking laws changing'],
  ]);
});

describe('round 63: figures of speech, and signals told sideways', () => {
  // dev130-131's misses and false alarms mended in round 63, and probes of its words (dev130b):
  // a back stabbed by gossip, boots cutting off circulation, hair pulled out over a spreadsheet, a
  // bill through the roof, a room in stitches, slack cut, a kid brother's threat to tell mum, the mess
  // in a last message, a subscription let die, dying of a cold, a car sold for a move, a will for a
  // new parent, a parent who asks where the writer is and backs off; an engine left running behind a
  // shut door, taking up someone else's oxygen, a crash that should have finished the job, hoping a
  // car will not stop, belongings arranged to be given away, things moved in the writer's flat, a
  // photo of someone's own front door, a compliment on today's dress from someone not seen in months.
  // The literal and the real stay alarms. Before the round 18 of 47. Its review (round 64) took
  // back "only he had a copy" and things moved in the flat as signs on their own: 46.
  itGetsAtLeast(46, [
    [
      'safety',
      'the spare key is missing and things in my flat keep getting moved. only he had a copy',
    ],
    [
      'ordinary',
      'she stabbed me in the back by telling everyone about the breakup before i could. petty but whatever',
    ],
    ['ordinary', 'these boots are cutting off the circulation to my toes'],
    ['ordinary', 'pulling my hair out over this spreadsheet'],
    ['ordinary', "the landlord's email about the rent sent me through the roof"],
    ['ordinary', 'my ex still uses my netflix, should i kick him off or just let it die quietly'],
    ['ordinary', "ah sure i'm only dying with this cold, grand otherwise"],
    ['ordinary', 'that comedian had the whole room in stitches'],
    [
      'ordinary',
      'my kid brother threatened to tell mum i had ice cream for dinner. the blackmail starts young',
    ],
    [
      'ordinary',
      "cut me some slack, i've only been single for a week and i already bought a plant",
    ],
    [
      'crisis',
      'I sit in the garage holding the car keys, thinking about closing the door and leaving the engine running.',
    ],
    ['crisis', "I feel like I'm just taking up space and oxygen someone else could use."],
    ['crisis', 'Maybe that car accident should have finished the job.'],
    ['crisis', "Whenever I cross the street I secretly hope a car doesn't stop in time."],
    [
      'crisis',
      'I would like to arrange for my belongings to be distributed, as I do not anticipate requiring them beyond this month.',
    ],
    ['safety', 'my ex texted my new gf a pic of her own front door lol what does that even mean'],
    ['safety', 'he texted "nice dress today" and i havent seen him in months'],
    ['ordinary', "I don't see a future with him anymore, so I ended it."],
    [
      'ordinary',
      'Made my will after my first child was born, the lawyer said every parent should.',
    ],
    ['ordinary', "Sold my car since I'm moving to the city and won't need it."],
    [
      'ordinary',
      'My mom asks where I am a lot because she worries, but she backs off when I say I need space.',
    ],
    ['ordinary', 'Sorry for being such a mess in my last message, I was just venting.'],
    ['crisis', 'thinking about shutting the garage door and keeping the engine running tonight'],
    ['crisis', 'i am just taking up oxygen someone else could use'],
    ['crisis', 'honestly the crash should have finished me off'],
    ['crisis', "every time i cross at the lights i hope the bus doesn't stop"],
    ['crisis', "i've arranged for my things to be given away, i won't need them after this week"],
    ['crisis', 'this is my last message, thank you for everything'],
    ['safety', 'he stabbed me in the back with a kitchen knife last night'],
    ['safety', 'things in my house keep getting moved and only he has a key'],
    ['safety', 'he sent my sister a photo of her own front door, no message'],
    ['safety', "she messaged 'love the jacket today' and i haven't seen her since may"],
    ['safety', 'my ex threatened to tell my family about the photos unless i come back'],
    ['ordinary', 'my best mate stabbed me in the back by telling my ex everything'],
    ['ordinary', 'these jeans are cutting off my circulation, time for the gym'],
    ['ordinary', 'pulling my hair out over this tax return'],
    ['ordinary', 'the heating bill went through the roof this winter'],
    ['ordinary', "the best man's speech had the whole table in stitches"],
    ['ordinary', "cut yourself some slack, you're doing fine"],
    ['ordinary', 'my little sister threatened to snitch to dad about the party'],
    ['ordinary', 'ignore the typos in my last text, i was on the bus'],
    ['ordinary', 'should i let the group chat die or message them first'],
    ['ordinary', "i couldn't see a future with her, so i ended things"],
    ['ordinary', 'dying of this man flu, send soup'],
    ['ordinary', "sold my bike because i'm moving abroad and won't need it"],
    ['ordinary', 'we wrote our wills when we bought the house, the solicitor said it was sensible'],
    [
      'ordinary',
      "my dad texts me where i am when i'm late because he worries, but he respects my space",
    ],
  ]);
});

describe('round 64: slang, last straws and trackers', () => {
  // dev132's misses and false alarms mended in round 64, and probes of its words (dev132b): "kms"
  // over an exam or an essay and a last straw that is a trifle (one more gym selfie, one more
  // Christmas song) stay quiet, unless the note says it is meant or names a means; a bag "airtagged"
  // by an ex, a tracker found in the car, fear of him "attacking me again" alarm. Before the round
  // 8 of 16.
  itGetsAtLeast(16, [
    ['safety', 'fr my ex airtagged my bag, i just found it sewn in the lining. what do i do'],
    ['safety', 'how do i get my stuff from the apartment without him attacking me again'],
    ['ordinary', 'kms this exam was so hard 💀 why did i even take stats'],
    [
      'ordinary',
      "fr if he posts one more gym selfie i'm gonna unalive myself 😭 jk how do i mute him",
    ],
    ['crisis', 'kms fr this time, i have the pills counted out'],
    ['crisis', 'if i have to wake up one more morning like this i will kill myself'],
    ['crisis', "kms i mean it, not joking, i'm done"],
    ['safety', 'he put an airtag in my car, found it under the seat'],
    ['safety', 'my ex tracked my phone and turned up at the gym'],
    ['safety', 'how do i tell my mum without him hitting me again'],
    ['safety', 'scared to go back for my things in case he goes for me again'],
    ['ordinary', "kms this essay is due at 9 and i've written a title"],
    ['ordinary', 'if my sister sends one more wedding video i will kill myself lol'],
    ['ordinary', "if i hear one more christmas song in november i'll kill myself"],
    ['ordinary', 'put an airtag on my own suitcase before the flight'],
    ['ordinary', "my dog's airtag says he's at the neighbour's again"],
  ]);
});

describe('the review of rounds 61-63', () => {
  // A helper with the code wrote notes against every idiom and phrase of rounds 61-63 (dev131b):
  // a literal stab in the back, hair pulled out by someone, stitches after a beating, a sibling's
  // boyfriend threatening to tell, a last note, a will with everything sorted, a real threat over
  // lost keys, someone else's attempt told as a method; and buses that should not stop at every
  // village, a guardian named in a will, crutches not needed after this week. The commit before the
  // review got 49 of 92 right. Left: a bus and a train, two guardians, crutches and a migration
  // plan the word model reads as crisis (it learned them from dev131's own notes), a garage warning,
  // a cat that will not leave the room; "how close i am to doing it", a house room a sister could use,
  // hair pulled out of "our" heads.
  itGetsAtLeast(81, [
    [
      'crisis',
      'I tied the cord around my arm until it cut off the circulation, I wanted it to hurt',
    ],
    ['crisis', "tonight I'm going to go through the roof hatch at work and jump"],
    ['crisis', 'Cut me some slack, I only cut myself once this week'],
    ['crisis', "my little brother threatened to tell mum I'm cutting again"],
    ['crisis', 'I have said sorry to everyone in my last note and put it under my pillow'],
    [
      'crisis',
      "The passwords and the dog's vet details are in my last note, mum will need them after",
    ],
    [
      'crisis',
      'My last message was my goodbye. Sorry for the mess in my last message, I meant every word of it.',
    ],
    [
      'crisis',
      'I cannot see a future with them anymore, my kids would be better with someone else',
    ],
    ['crisis', "I've been dying with this cough for weeks and honestly I hope it takes me"],
    ['crisis', "should I just let it die quietly, it's not like anyone would notice if I stopped"],
    [
      'crisis',
      "I'm giving away my things because I am moving on from all of this and won't need them",
    ],
    [
      'crisis',
      "gave away my books and clothes since I am going travelling somewhere I won't need them",
    ],
    [
      'crisis',
      "Wrote my will last night, the kids are sorted and the solicitor has it. I'm done now.",
    ],
    ['crisis', "Made my will and left the house to my sister, the children won't need me"],
    [
      'crisis',
      "my mum asks where i am all the time because she worries, and she backs off, but I'm not telling her where I'm going tonight because I won't be coming back",
    ],
    [
      'crisis',
      "after grandad's funeral I just want to be with him again, I'm going to join him soon",
    ],
    [
      'crisis',
      "I've already asked about grandad's burial plot having room for me, it won't be long",
    ],
    ['crisis', "there's funeral money in the blue tin for when I go, it won't be long now"],
    ['crisis', "I'm thinking about a bungee jump off the bridge but without the cord"],
    [
      'crisis',
      'I want to throw myself into the pool with my pockets full of stones and not come up',
    ],
    [
      'crisis',
      'My friend opened up about her attempt years ago and it made me realise how close I am to doing it',
    ],
    [
      'crisis',
      'my brother spoke about his overdose years ago and said it was painless, which is what I need',
    ],
    ['crisis', "every morning at the crossing I wish the lorry wouldn't brake for me"],
    ['crisis', "the overdose last year should have done it, I'm annoyed I woke up"],
    ['crisis', 'part of me wishes that crash had killed me instead of just breaking my leg'],
    ['crisis', "I'm just using up air that someone who actually matters could be breathing"],
    [
      'crisis',
      "I take up room in this house that my sister could use, she'd be better off with my bedroom",
    ],
    ['crisis', "I'm just taking up space in this family"],
    [
      'crisis',
      "I've thought about sitting in the car in the garage with the door down and the motor on",
    ],
    [
      'crisis',
      "I asked my aunt if she would look after my daughter if anything happened to me. I've made my mind up",
    ],
    ['crisis', "I've written down who gets my guitar and my books, it's all sorted for after"],
    [
      'crisis',
      "I won't be needing my prescription after this month, so I stopped collecting it and kept the old ones",
    ],
    ['crisis', "I've worked out the how. just not the when yet"],
    [
      'safety',
      'My boyfriend stabbed me in the back during the fight last night and it needed gluing at the walk-in centre',
    ],
    ['safety', "he stabbed me in the back twice with the kitchen scissors and I can't lift my arm"],
    [
      'safety',
      "dad stabbed me in the back as I ran out the door, there's a hole in my jacket and it's still seeping",
    ],
    ['safety', "My husband stabbed me in the back last night. I'm too scared to go to the doctor"],
    [
      'safety',
      'he tied my wrists with a cable tie so tight it cut off the circulation and left me in the garage',
    ],
    ['safety', 'he squeezed my neck till it cut off the circulation and I saw stars'],
    ['safety', "he pulled my hair out at the roots because I didn't answer his call"],
    [
      'safety',
      "my stepdad was pulling my hair out over the state of my room, there's a bald patch now",
    ],
    ['safety', 'she pulled our hair out with her fists when we came home late'],
    ['safety', 'the last beating left me in stitches, my partner says I fell'],
    ['safety', 'He had me in stitches in A&E after he smashed the glass in my face'],
    ['safety', "he said if I talk he'll leave me in stitches"],
    [
      'safety',
      "my little sister's boyfriend threatened to tell everyone about my photos unless I send more",
    ],
    [
      'safety',
      "my younger brother's mate threatened to tell my dad I'm gay, dad will throw me out or worse",
    ],
    [
      'safety',
      "my dad checks where I am every hour and says he cares, but if I don't answer he hits me",
    ],
    [
      'safety',
      "my dad rings me where I am and if I don't answer he comes and drags me home by my hair, he says it's because he cares",
    ],
    ['safety', 'he is going to strangle me if I lose the keys again, he did it before'],
    [
      'safety',
      "he'd kill me if I forgot the bins, and I mean actually kill, he's done worse for less",
    ],
    ['safety', 'My boyfriend said he would kill me if I was late for dinner again. I believe him.'],
    [
      'safety',
      'my partner will kill me if I miss the match, he already put his hands round my neck once',
    ],
    [
      'safety',
      'my brother is going to murder me for breaking his xbox, he already gave me a black eye once',
    ],
    ['safety', "he said next time it'll be my mum's funeral if I go to the police"],
    ['safety', "he said there'll be a funeral for my dog next if I try to leave"],
    ['safety', 'my eyes are burning from the bleach he threw at me'],
    ['safety', 'my eyes are still burning from whatever he sprayed at me'],
    [
      'safety',
      'I made a police report about my stalker today, he was outside my window again last night',
    ],
    [
      'safety',
      "I read a news article about a stalker and realised it's exactly what he does to me",
    ],
    [
      'safety',
      "he won't leave, I told him it's over three times and he's still sleeping on my sofa and won't give the key back",
    ],
    [
      'safety',
      "a text from an unknown number said nice jacket today and I'd only been out for ten minutes",
    ],
    ['safety', 'he sent me a picture of my own front door last night with no message'],
    [
      'safety',
      'I changed the locks but the new key was on the table, my ex was the only other person with a spare',
    ],
    [
      'safety',
      "my hairbrush and the photos keep moving around my flat when I'm at work, I think he still has a way in",
    ],
    ['ordinary', "I hope the bus doesn't stop at every village, I'll be late for work"],
    ['ordinary', "hope the train won't stop at Reading again, it always adds twenty minutes"],
    ['ordinary', "I hope that van won't stop outside our house again, it blocks the drive"],
    ['ordinary', 'the crash should have finished the job on that old car, but it still runs'],
    ['ordinary', 'the fall should have finished the job on that wobbly fence'],
    ['ordinary', 'that hike could have finished me off, my legs are jelly'],
    ['ordinary', 'that 10k could have finished me off lol, never again'],
    ['ordinary', "the old printer is just taking up space, I'm going to bin it"],
    ['ordinary', "my sofa is taking up room in the hall others could use, so I'm donating it"],
    [
      'ordinary',
      "we asked my sister to be our daughter's guardian in the will, just in case, she said yes",
    ],
    [
      'ordinary',
      "I asked my best friend to be my son's guardian, we're finally doing the paperwork now he's born",
    ],
    [
      'ordinary',
      "since we're moving abroad I arranged for my things to be shared out among friends",
    ],
    ['ordinary', "returning the crutches, I don't expect needing them after this week"],
    ['ordinary', "cancelling the storage unit, don't anticipate needing them beyond this month"],
    [
      'ordinary',
      "everyone keeps asking when the extension will happen, but we've been planning how",
    ],
    ['ordinary', "Boss wants the migration done by Friday. I've been planning how."],
    [
      'ordinary',
      'he closed the door and left the engine running while he nipped into the shop for milk',
    ],
    [
      'ordinary',
      'never close the garage door and leave the engine running, my dad always warned us about the fumes',
    ],
    ['ordinary', 'my 30 year old son refuses to move out'],
    ['ordinary', "the dog refuses to leave my bedroom when there's thunder"],
    ['ordinary', "the cat refuses to leave my room so I'm sleeping with her on my face again"],
    ['ordinary', 'my coworker said nice dress today and it made my morning'],
    ['ordinary', 'Love the outfit today! my mum said when she picked me up'],
    ['ordinary', 'mum texted me a photo of her own front door after painting it'],
    ['ordinary', 'only she has a key to the shed, so the lawnmower will have to wait'],
    ['ordinary', "things in my flat keep getting moved, I'm sure it's the cat"],
    ['ordinary', 'things in my house have been moved around since the builders came'],
  ]);
});

describe('round 65: control and watching told plainly, and everyday safety', () => {
  // dev133-134's misses and false alarms mended in round 65, and probes of its words (dev134b):
  // asking before leaving the house, a key in the door that drops the stomach, whispers at handovers
  // the children cannot hear, being dragged back to court, a child asked who comes round, a car park
  // watched, messages approved first, the same cafe "accidentally", paying for it at home, fights
  // recorded in case; and knees that cannot take the hill, a climbing bruise, police called by a car
  // alarm, a reminder to take the meds, prom photos threatened, a protective brother, a door locked
  // for a ground-floor flat, a long walk for the steps, a facepalm, a meeting that kills. Before the
  // round 15 of 47; left: a friend's possessive ex, told before her restraining order long past,
  // and (since the review of rounds 64-65) a heart that races at her key in the lock.
  itGetsAtLeast(45, [
    ['crisis', 'I slap myself hard when I start crying because I deserve the pain.'],
    ['ordinary', 'The meeting dragged on forever and I was dying inside.'],
    [
      'safety',
      "I need to ask before I leave the house, even for milk. If I forget there's a whole thing.",
    ],
    [
      'safety',
      'The sound of his key in the door makes my stomach drop, I rush to check the kitchen is perfect.',
    ],
    [
      'safety',
      "At handovers he stands way too close and whispers stuff so the kids can't hear. I shake for hours after.",
    ],
    [
      'safety',
      "He keeps taking me back to court, fourth application this year, my solicitor thinks it's to bleed me dry and wear me down.",
    ],
    [
      'safety',
      "Since I moved out he's been messaging my 14 year old asking what mum is doing and who comes round.",
    ],
    [
      'safety',
      "I've stopped going to the gym because he sits in the parking lot watching the entrance.",
    ],
    ['safety', 'Every text I send has to be approved by him first. He reads it over my shoulder.'],
    [
      'safety',
      'My ex keeps "accidentally" being at the same café, same bus, same supermarket. Every single day.',
    ],
    [
      'safety',
      'the last time I disagreed with him in front of his family, I paid for it when we got home',
    ],
    ['safety', "I've started secretly recording our arguments in case something happens to me."],
    [
      'ordinary',
      'The new season of that crime drama has a really intense domestic abuse storyline, brilliantly acted.',
    ],
    [
      'ordinary',
      'I keep my front door locked because my flat is on the ground floor by a busy street.',
    ],
    ['ordinary', "I plan my route home to avoid the big hill, my knees can't take it anymore."],
    [
      'ordinary',
      "My friend's boyfriend is a bit overprotective but she says she likes it and he's never pushy.",
    ],
    [
      'ordinary',
      "My friend got a restraining order on her ex years ago, she's doing great now and getting married in June.",
    ],
    ['ordinary', 'I walked home the long way tonight to get more steps in.'],
    [
      'ordinary',
      'My girlfriend reminds me to take my meds, I asked her to because I always forget.',
    ],
    ['ordinary', 'Got a huge bruise on my arm from the climbing wall, totally worth it.'],
    [
      'ordinary',
      'Police came round because our car alarm kept going off. All fine, just a faulty sensor.',
    ],
    [
      'ordinary',
      "My brother is a police officer so he's a bit paranoid about me walking alone, I humour him.",
    ],
    [
      'ordinary',
      'My friend threatened to post my baby photos on my birthday, the absolute menace.',
    ],
    ['crisis', "my body can't take it anymore and neither can i, i'm done"],
    ['crisis', "i slap myself until my face goes numb, it's the only thing that helps"],
    ['safety', 'i have to ask him before i go out, even to the shop'],
    [
      'safety',
      'the second i hear her key in the lock my heart races and i check everything is tidy',
    ],
    [
      'safety',
      "he mutters things at pick up so the children can't hear, i shake for hours afterwards",
    ],
    ['safety', 'she keeps dragging me back to court over the smallest things'],
    ['safety', "he's been asking our son who comes over and who mum is seeing"],
    ['safety', 'he sat in the car park watching the entrance of my work all afternoon'],
    ['safety', 'any message i write has to be checked by him first'],
    ['safety', 'she keeps somehow turning up at the same pub as me every friday'],
    ['safety', 'i argued with him at the party and i paid for it when we got home'],
    ['safety', "i've been recording our fights in case i need proof one day"],
    ['ordinary', "my knees can't take much more of these stairs"],
    ['ordinary', 'got a bruise on my leg from bouldering, proud of it'],
    ['ordinary', "police came round because next door's alarm went off again"],
    ['ordinary', 'my husband reminds me to take my vitamins every morning, bless him'],
    ['ordinary', 'my sister threatened to put up my old prom photos for my birthday'],
    ['ordinary', 'my dad is super protective about me walking home alone at night'],
    ['ordinary', 'we keep the back door locked because the gate is broken'],
    ['ordinary', 'i take the long way home for the sunset views'],
    ['ordinary', 'slapped myself on the forehead when i saw the date'],
    ['ordinary', 'the meeting dragged on and i was dying inside'],
    ['ordinary', 'i need to ask before i leave the office early, my manager is strict about cover'],
    [
      'ordinary',
      "my mate's ex was possessive, she got a restraining order on her ex years ago and she's fine now",
    ],
  ]);
});

describe('the review of rounds 64-65', () => {
  // A helper with the code wrote notes against every idiom and phrase of rounds 64-65 (dev133b),
  // most of them written to go wrong: a phone to the face "when i feel like this", a wrist that
  // "can't take it anymore", bruises "from the door again", police at the door and bruises not told,
  // meds "reminded" and saved in a drawer, old photos threatened by an ex, a door locked against a
  // stepdad, a manic episode, a friend's protection order wished for; and a hangover paid for at
  // home, a husband reading the paper over a shoulder, a journalist recording in case, a finance
  // director approving orders, a husband in the car park watching the kids. The commit before the
  // review got 13 of 76 right.
  itGetsAtLeast(54, [
    ['crisis', 'i hit myself in the face with my phone when i feel like this'],
    [
      'crisis',
      'i slapped myself on the forehead so hard it left a mark, i do it when i hate myself',
    ],
    [
      'crisis',
      'i smacked myself on the head with my phone ten times last night and my flatmate heard',
    ],
    ['crisis', 'i banged myself on the head with the pan until i could not think anymore'],
    ['crisis', 'i bashed myself on the knee with the hammer again, it helps me feel something'],
    ['crisis', 'i whack myself on the head with the remote when the thoughts come back'],
    ['crisis', 'my liver can not take much more and honestly i hope it just gives up'],
    [
      'crisis',
      'my wrist can not take it anymore, i have cut in the same place every night this week',
    ],
    [
      'crisis',
      'my knees can not take it anymore and neither can the rest of me, i have made my plan',
    ],
    [
      'crisis',
      'she reminds me to take my meds, she has no idea i stopped weeks ago and have them all lined up',
    ],
    [
      'crisis',
      'she reminds me to take my tablets every morning and i pretend to, i have a month of them saved in my sock drawer',
    ],
    ['crisis', 'she reminds me to take my meds but i hide them in a drawer to take all at once'],
    ['crisis', 'i slap my own face over and over when i have messed up, last night it bruised'],
    ['safety', 'my back can not take much more of his kicking'],
    [
      'safety',
      'bruises on my arm from the door again, third time this month, i am so clumsy apparently',
    ],
    ['safety', 'bruises down my back from the ladder, that is the story we agreed on'],
    [
      'safety',
      'bruise on my side from the coffee table, i told the nurse i fell, i always say i fell',
    ],
    [
      'safety',
      'police came round because of the car alarm, first time anyone has been inside in months, i nearly said something',
    ],
    [
      'safety',
      'police came round because of our alarm, i said everything was fine but he was standing right behind me',
    ],
    [
      'safety',
      "police showed up because of the neighbour's dog and i wanted to tell them about the bruises but i did not dare",
    ],
    [
      'safety',
      'he reminds me to take my meds and stands over me until i swallow them, then tells everyone i am unstable',
    ],
    ['safety', 'my ex threatened to post my old photos online if i do not get back with him'],
    ['safety', 'my ex threatened to share my old photos, the ones from when we were together'],
    ['safety', 'he threatened to share those holiday videos with everyone, the private ones'],
    [
      'safety',
      'she threatened to send round the embarrassing videos, the ones my ex filmed when i was drunk',
    ],
    [
      'safety',
      'he is so protective about me going out alone that i have not seen my friends in a year',
    ],
    ['safety', 'i keep my door locked because my stepdad comes in at night'],
    [
      'safety',
      "i keep the door locked because my flatmate's boyfriend tried to get into my room twice",
    ],
    ['safety', 'i keep my front door locked because my brother gets out of prison next week'],
    ['safety', 'i take the long way for the exercise, well also so my ex can not learn my route'],
    [
      'safety',
      'i walk the long way home to get more steps, and to avoid the lads outside the shop who grab at me',
    ],
    [
      'safety',
      'watching the soap storyline about coercive control and realising it is my marriage',
    ],
    ['safety', 'he had another episode last night and the violence was worse than ever'],
    ['safety', 'after his episode the abuse started again and i locked myself in the bathroom'],
    ['safety', 'had a manic episode and the abuse from my dad got worse'],
    ['safety', "my mum's new drama is the abuse she gives me every night"],
    ['safety', 'every football season the violence starts again when his team loses'],
    [
      'safety',
      'my friend got a protection order against her ex, she is safe now. i wish i had the courage',
    ],
    [
      'safety',
      'she was never possessive, it started after the wedding, now i can not go anywhere alone',
    ],
    ['safety', 'i laughed at his joke in front of his friends and i paid for it when we got back'],
    [
      'safety',
      'if i disagree with him at dinner with friends i know i will suffer for it later at home',
    ],
    [
      'safety',
      'every time i hear his key in the door my heart pounds, i check my face in the mirror and tidy everything',
    ],
    ['safety', 'for hours after one of his rages my hands will not stop trembling'],
    [
      'safety',
      'every time i turn around at the gym my ex is there, pretending it is a coincidence',
    ],
    ['safety', 'my ex grills the kids every weekend about who comes round and where mum goes'],
    [
      'safety',
      'my ex asks the kids who is staying over every time they go back to him, and they come home scared',
    ],
    ['safety', 'i keep voice memos of his shouting on my phone in case anyone ever doubts me'],
    [
      'safety',
      'two years since we split and he has dragged me back to court five times, the judge says it is harassment but he keeps going',
    ],
    ['safety', 'he stands behind me while i type and reads every word'],
    [
      'safety',
      'he leans in and mutters what he will do to me later, quiet enough that the children never hear',
    ],
    ['safety', 'i am not allowed to send any message until he has read it'],
    ['ordinary', 'kept slapping myself awake on the drive back from the airport'],
    ['ordinary', 'slapped myself on the cheek to stay awake during the night shift'],
    ['ordinary', "i could slap myself, i forgot my mum's birthday again"],
    ['ordinary', 'i smacked myself in the eye with my own elbow doing yoga'],
    ['ordinary', 'i slapped myself with a wet towel by accident getting out of the shower'],
    ['ordinary', 'slapping myself on the thigh laughing at the stand up show'],
    ['ordinary', 'my hand slipped and i smacked myself in the face with the hairbrush'],
    [
      'ordinary',
      'my ex and i are still sorting out the divorce, she kept taking me to court over the house but we settled last month',
    ],
    [
      'ordinary',
      'my ex husband keeps taking me back to court to change the contact arrangements, my solicitor says it is normal in a divorce',
    ],
    ['ordinary', 'the council kept taking me to court over my parking fines until i paid them'],
    [
      'ordinary',
      'my boyfriend sits in the car park watching football on his phone while i do the weekly shop',
    ],
    ['ordinary', 'my husband waits in the car park watching the kids play while i run in for milk'],
    ['ordinary', 'my husband reads the paper over my shoulder at breakfast, drives me nuts'],
    [
      'ordinary',
      'my partner and i started recording our arguments in case we forget what we agreed, our couples therapist suggested it',
    ],
    ['ordinary', 'i record conversations in case i misquote someone, i am a journalist'],
    [
      'ordinary',
      'drank far too much at the wedding and i paid for it when we got home, worst hangover',
    ],
    ['ordinary', 'ate a whole vindaloo and i paid for it later that night'],
    [
      'ordinary',
      'i forgot my card at the restaurant so my friend covered dinner and i paid for it when we got home',
    ],
    ['ordinary', 'her key in the lock and my heart pounds, she is finally home from hospital'],
    [
      'ordinary',
      'my essay has to be approved by her first before i can submit it, she is my supervisor',
    ],
    [
      'ordinary',
      'every purchase order has to be approved by him first, he is the finance director',
    ],
    [
      'ordinary',
      'every post on the company page has to be checked by him first, he is the social media manager',
    ],
    ['ordinary', 'i am fifteen so i have to ask permission before i go out'],
    [
      'ordinary',
      'i have to ask her before i leave the house as my nan has dementia and panics if i disappear',
    ],
    [
      'ordinary',
      'we share a joint account so i have to ask him before i spend anything big, we agreed that together',
    ],
  ]);
});

describe('the review of the review of rounds 64-65', () => {
  // A third review (review66.json, 42 notes written to go wrong, kept for measuring) found the
  // narrowed idioms still blanking some real signs (a facepalm "really hard" that leaves marks, a TV
  // storyline that is "what he does", police told nearly everything, bruises explained away in the
  // next sentence, a handle tried at night, tablets kept in a tin) and new phrases alarming on
  // ordinary notes (slapping oneself awake, kids asked who mows the lawn, rows recorded for a wedding
  // speech, court as a witness, a curry suffered for at home). These notes are new words for both.
  // Left: a forehead smacked hard enough to leave marks and tablets kept in a tin (no longer hidden,
  // but no sign is strong enough alone), and court as a witness, which "dragging me" alarms on.
  itGetsAtLeast(10, [
    ['crisis', 'i smack myself on the forehead really hard when i mess up, it leaves marks'],
    ['safety', "that drama's coercive control storyline is exactly what he does to me"],
    [
      'safety',
      'police came because of the party next door and i nearly told them what goes on here',
    ],
    ['safety', 'told the nurse the bruises were from football. they are from him, not football'],
    [
      'safety',
      'i keep my door locked because the flat is on the ground floor and a man keeps trying the handle',
    ],
    [
      'crisis',
      'he reminds me to take my tablets but they all go in a tin, i have not swallowed one in weeks',
    ],
    ['safety', 'every penny i spend has to be approved by him'],
    ['safety', "i've been recording our conversations in case i need proof for court"],
    ['ordinary', 'i had to slap myself awake on the night shift'],
    [
      'ordinary',
      'my wife asked the kids about who comes round to mow the lawn so she can thank them',
    ],
    ['ordinary', 'we record our rows in case anything funny turns up for the wedding speech'],
    ['ordinary', 'work keeps dragging me back to court as a witness for the same burglary'],
    ['ordinary', 'i will suffer for it later at home if i eat that whole curry'],
  ]);
});

describe('round 66: blind lists dev136-138', () => {
  // Three blind lists (dev136 as an acceptance tester would write, dev137 oblique signals, dev138
  // forms: fragments, diaries, questions, texting, reported speech, negation) first read crisis
  // 88/90, safety 86/90, false alarms 26/180. New: a threat kept quiet by the writer's own journal
  // ("if she finds this i'm dead, not joking"), a message saying "I'm watching you", dozens of
  // missed calls, notes about what I wore, a family's "people have died for less" with the writer
  // hiding, a heart pounding at the sound of his key, fantasising about not existing, sleeping and not
  // waking in Pidgin. Lookalikes: a night out so bad I wanted to die, suicide prevention walks and
  // helplines, dating apps that can die in a fire, a cat that watches me cry, dying in a game, a
  // goodbye post for a shared blog, things given away for a move, shifts at a refuge, a threat to kill
  // a project, someone else in the news, a novel's plot, past darkness told as recovered, a friend
  // sharing my location. These notes are new words, not the lists' own.
  itGetsAtLeast(26, [
    ['crisis', 'fantasising about not existing anymore'],
    ['crisis', 'abeg i wan sleep and no wake up again'],
    ['crisis', 'I wrote a letter to each of my kids today. Put them in the drawer with my will.'],
    [
      'safety',
      "got a text saying I'm watching you from a number I don't know, two days after I left him",
    ],
    ['safety', 'he leaves notes on my car about what I was wearing that day'],
    [
      'safety',
      "My cousin said people have died for less. I'm staying at a friend's and not telling them where.",
    ],
    ['safety', 'my heart races whenever I hear his car pull up outside'],
    ['safety', 'if he reads this I am dead, I mean it. he checks everything'],
    ['safety', 'woke up to 40 missed calls from him again'],
    ['ordinary', 'the film was so bad I wanted to die lol'],
    ['ordinary', 'volunteering on a crisis text line has taught me so much about listening'],
    ['ordinary', 'the charity walk for suicide prevention raised two grand'],
    ['ordinary', 'my dog just stares at me while I eat toast'],
    ['ordinary', 'died in dark souls again, the boss killed me twenty times'],
    ['ordinary', "wrote a farewell post on the couple's instagram we ran, felt right"],
    ['ordinary', 'giving away my books before moving house next month'],
    ['ordinary', 'my shift at the shelter ran late but the families were lovely'],
    ['ordinary', 'the manager threatened to axe the whole project again'],
    ['ordinary', 'on the news a man was attacked by a stranger in the park, so sad'],
    ['ordinary', 'in the film the hero escapes a controlling cult leader and it was brilliant'],
    ['ordinary', 'my sister will kill me if I miss her anniversary dinner'],
    ['ordinary', "I was in a dark place last year but counselling helped me and I'm okay now"],
    ['ordinary', "I don't feel unsafe, he lives in another country now"],
    ['ordinary', 'shared my location with Sam so we could find each other at the festival'],
    [
      'ordinary',
      "her key in the door and my heart pounds, she's finally home after six months abroad",
    ],
    ['ordinary', 'the dating apps can all die in a fire honestly'],
  ]);
});

describe('round 67: blind lists dev139-140 and a review of round 66', () => {
  // dev139 (safety-heavy: many kinds of people and of control) and dev140 (crisis-heavy, oblique) first
  // read crisis 58/60, safety 50/55, false alarms 11/125; the review (dev138b, 65 notes written against
  // round 66) got 37 right. New: a chair wedged under the handle, someone coming into the room at
  // night, rent "paid other ways", an arm across the throat, suicide threats used to stop a
  // break-up, locked out as punishment, the only place he can't get to me, locks changed before he is
  // released, steri strips that run out first, watched while I cut. Lookalikes: a cable round the
  // neck, kms over an exam, wanting a chat to die, how long a painkiller takes, a burden over a
  // favour, helpline training, a patient's overdose seen at work, the last tablet of a course,
  // years since the last self-harm, a phone broken by dropping it, sleep unbroken until a time, a
  // neighbour's spare key. These notes are new words, not the lists' own.
  itGetsAtLeast(27, [
    [
      'safety',
      'i sleep with a chair wedged under the door handle since he moved into the spare room',
    ],
    ['safety', "my housemate keeps coming into my room at night when I'm asleep"],
    ['safety', 'the landlord said the arrears could be paid in other ways and winked'],
    ['safety', 'she pinned me with her forearm across my throat until I went dizzy'],
    ['safety', "whenever I try to leave he says he'll kill himself and it'll be my fault"],
    ['safety', 'she sent me a photo of her wrists, this is what you made me do'],
    ['safety', 'he locked me out all night in the rain as punishment'],
    ['safety', 'he locked me out in the snow because I disrespected him'],
    ['safety', "work is the only place he can't get to me"],
    ['safety', 'changing the locks this week because he gets out of prison on Monday'],
    ['crisis', 'the steri strips always run out first. nobody ever asks why i buy so many'],
    ['crisis', 'the cat sits on the bathroom floor while I cut'],
    [
      'crisis',
      "giving my guitars away and telling everyone it's decluttering, which it isn't really",
    ],
    ['crisis', "In the film she walks into the sea and I keep thinking I'll do exactly that"],
    ['ordinary', 'nearly choked myself on my lanyard getting out of the taxi'],
    ['ordinary', 'omg kms this exam was impossible'],
    ['ordinary', 'I just want this group chat to die already'],
    ['ordinary', 'googled how long paracetamol takes to kick in, my headache is brutal'],
    [
      'ordinary',
      'felt like a burden asking my brother to help me move the sofa, he brought beer though',
    ],
    ['ordinary', 'samaritans volunteer training was intense but so worthwhile'],
    ['ordinary', 'a patient overdosed on the ward tonight and the team were brilliant'],
    ['ordinary', 'finished the last tablet of the antibiotics, finally'],
    ['ordinary', "four years since my last self harm and I'm doing great"],
    ['ordinary', 'cracked my phone screen on the pavement again'],
    ['ordinary', 'I just want to sleep and not wake up until Saturday afternoon'],
    ['ordinary', 'my neighbour has a spare key so she fed the cat'],
    [
      'ordinary',
      "how do I leave early for the match without him finding out, it's his surprise party",
    ],
  ]);
});

describe('round 68: blind lists dev141-142 and a review of round 67', () => {
  // dev141 (an evaluator's varied held-out set, forty writers) and dev142 (notes as typed in each place
  // of the app) first read crisis 67/70, safety 68/70, false alarms 6/170; the review (dev140b, 66
  // notes written against round 67) got 19 right. New: a will written at 24, one less person in the
  // world "i mean me", easier "when the time comes", sex to make him stop shouting, a marriage to
  // the man they picked, a murder story sent as a message, "exactly what he is doing to me"; words
  // that turn a lookalike into the writer's own story ("asking for me", "planning my version", "a
  // cover for the other thing") keep every idiom of the note. Lookalikes: "sue me", "it's not
  // stalking", watched eating, the end of the pier and back, birds that follow me, a knee that
  // threatens to give out, locked out by mistake, a chair against the wind, a toddler in my bed, a hold
  // at bjj, a baby asleep across my neck. These notes are new words, not the lists' own.
  itGetsAtLeast(27, [
    ['crisis', "wrote my will last night. i'm 22."],
    ['crisis', 'would the world really be worse with one less person in it'],
    [
      'crisis',
      "nobody messaged me all weekend, good, it'll make things easier when the time comes",
    ],
    ['crisis', 'how long would it take if I swallowed the whole box at once? asking for me'],
    ['crisis', 'did the suicide awareness training at work and spent it writing down the methods'],
    ['crisis', "in the film she walks into the river and I'm planning my own version of that"],
    ['crisis', "gave away my records, told everyone I'm moving, it's a cover for the other thing"],
    ['safety', "I have sex with him when he's angry just to make him stop shouting"],
    [
      'safety',
      "my dad says I'm not going back to college until I agree to marry the man they picked",
    ],
    ['safety', 'he smashed my phone on the kitchen floor when I tried to call my mum'],
    ['safety', 'my ex sent me the link to that murder story with a laughing emoji'],
    ['safety', 'he keeps reminding me people have been killed for less'],
    ['safety', "my heart starts racing when I hear his keys in the door, he's been drinking again"],
    [
      'safety',
      "on the news a man was stabbed by his partner and that's exactly what she is doing to me, slowly",
    ],
    ['ordinary', "my ex's new partner has knock-off trainers and I'm being petty. sue me"],
    ['ordinary', "following my ex's cat on instagram is not stalking, it's appreciation"],
    ['ordinary', 'my mum watched me eat three donuts and said nothing'],
    ['ordinary', 'ran to the end of the pier and back, legs dead'],
    ['ordinary', 'the ducks followed me round the pond all morning'],
    ['ordinary', 'my knee threatens to give out every time I take the stairs'],
    ['ordinary', 'my housemate locked me out by mistake last night, we laughed about it'],
    ['ordinary', 'wedged a chair under the handle so the door stops banging in the wind'],
    ['ordinary', 'my toddler keeps climbing into my bed at night since the split'],
    [
      'ordinary',
      'at bjj tonight my partner got his forearm across my throat and I tapped straight away',
    ],
    ['ordinary', 'the baby fell asleep on me with her arm across my neck'],
    ['ordinary', 'every time I try to go out for a run it starts raining'],
    ['ordinary', 'nobody ever asks why I buy so many notebooks'],
  ]);
});

describe('round 69: blind lists dev143-144 and a review of round 68', () => {
  // dev143 (safety told through precautions, routines and effects, with lookalike routines) and dev144
  // (long, messy late-night notes) first read crisis 47/50, safety 56/75, false alarms 26/125; the
  // review (dev142b, 68 notes written against round 68) got 26 right, most of its false alarms story
  // turns said innocently. New: a bag by the door "in case tonight is like last friday", shoes on in
  // bed, the long way so he can't be waiting, the phone on his nightstand, hair pulled out, him at the
  // door before the writer, a helpline card slipped into a drawer, a child hiding when dad comes home,
  // "by chance" at a new supermarket far from where she lives, "you know what happens", "remember
  // what i did last time", money kept in a shoe, meds hidden or flushed, a check-in deadline with a
  // sister, a copied key; for crisis, stepping off the world, lying when asked if safe, no reason to
  // keep the lights on. Story turns now need words that only a turn says. Lookalikes: a location
  // shared for a hike, a pet that hides, shins and coffee tables, an airtag in a suitcase, a sprained
  // ankle, a rope bridge, smells like death, cutting the cord, a slice of cake. These notes are new
  // words, not the lists' own.
  itGetsAtLeast(30, [
    ['safety', 'go bag packed and hidden by the back door, in case tonight is like last weekend'],
    ['safety', 'slept with my shoes on again, just in case'],
    ['safety', "took the bus the long way round so he couldn't be waiting outside work"],
    ['safety', 'my phone has to go on his bedside table every night at ten'],
    ['safety', 'still wearing my hair down to hide the patch where it was pulled out'],
    [
      'safety',
      'the neighbour knocked to ask if I was okay and he answered the door before I could',
    ],
    ['safety', 'a friend slipped a refuge leaflet into my coat pocket at work'],
    ['safety', 'my son hides in his wardrobe whenever his dad comes home drunk'],
    ['safety', "bumped into him again at my new gym, it's an hour from where he lives"],
    ['safety', 'he texted: you know what happens when you ignore me'],
    ['safety', "keep forty quid in my sock, he doesn't know"],
    ['safety', "she flushes my meds when I don't do what she says"],
    ['safety', "if my sister hasn't heard from me by ten she's going to call the police"],
    ['safety', "he's copied my front door key, I'm sure of it"],
    ['safety', 'he locked me out all night and claimed it was by accident'],
    ['crisis', 'my mum asked if I was safe, I lied'],
    ['crisis', 'the world would be fine if I just stepped off it'],
    ['crisis', 'not much reason left to keep the lights on'],
    ['ordinary', 'shared my location with Sam for the walk along the cliffs'],
    ['ordinary', 'my dog hides under the bed whenever there are fireworks'],
    ['ordinary', 'bruises on my shins from the coffee table again'],
    ['ordinary', 'put an airtag in my suitcase before the flight'],
    ['ordinary', 'sprained my ankle running for the bus'],
    ['ordinary', "not allowed to see the cake until the party, sister's orders"],
    ['ordinary', 'the rope bridge on the hike was terrifying but fun'],
    ['ordinary', 'the bins smell like death this week'],
    ['ordinary', 'unfollowing him felt like cutting the cord'],
    ['ordinary', 'Maya cut herself a slice of cake so I went home and did the same'],
    ['ordinary', "it's not the phone, the printer threatens to die every monday"],
    ['ordinary', 'my mum texted people have died for less lol after I ate her last biscuit'],
  ]);
});

describe('round 70: blind lists dev145-146 and a review of round 69', () => {
  // dev145 (implicit safety: rules the writer follows, belongings, the body, other people's
  // reactions, quoted veiled threats) and dev146 (long, dark but ordinary entries, mainly a test of
  // false alarms) first read crisis 32/35, safety 38/60, false alarms 30/135; the review (dev144b, 67
  // notes written against round 69) got 25 right, most of its false alarms round 69's precaution
  // phrases said innocently (now narrowed). New: hourly selfies, "so he knows i'm at work", rung
  // twelve times, a silent house when he gets in, a pet missing after a row, ringing ears blamed on a
  // cold, a nurse who asks again about home, a door off its hinges when the writer said no, a happy
  // voice practised, eyes that go from the writer's arms to him, the telly blamed, a copied key,
  // friends who put ideas in my head; a shoebox of prescriptions, a journal closed for good, "soon that
  // will be accurate". Lookalikes: dying alone with cats, creme eggs, walking into the sea over a
  // dating app, wind on a cliff path, dragged to a spin class, a rage room, no lifting after surgery,
  // a key copied for a neighbour, a fiver in a running sock, a car that threatens to break down, a
  // friend's hourly festival photos. These notes are new words, not the lists' own.
  itGetsAtLeast(26, [
    ['safety', "I send him an hourly selfie from work so he knows I'm actually at work"],
    ['safety', 'forgot to text back at lunch and he rang twelve times'],
    ['safety', 'the kids are in bed by six so the house is silent when he gets home'],
    ['safety', 'the dog went missing the day after I told him I was leaving'],
    [
      'safety',
      "my ears are still ringing since the argument, I'll tell the doctor it was an ear infection",
    ],
    ['safety', 'the nurse asked again if everything was okay at home'],
    ['safety', 'last time I said no, the bathroom door came off its hinges'],
    ['safety', 'I practise my happy voice before I ring him'],
    ['safety', 'my aunt kept looking at my arms and then at him all through dinner'],
    ['safety', 'told the neighbours the telly was loud again'],
    ['safety', "I'm sure he's copied my house key, my things keep moving"],
    ['safety', "he says my friends put ideas in my head so I don't see them anymore"],
    ['crisis', 'not buying another diary. thanks for listening, journal'],
    ['crisis', 'kept all my leftover prescriptions in a shoebox. I know what the box is for'],
    ['crisis', 'the house smells like death. soon that will be accurate'],
    ['ordinary', 'planning to die alone surrounded by my cats, like a normal person'],
    ['ordinary', 'overdosed on creme eggs again, no regrets'],
    [
      'ordinary',
      "if one more man on tinder says he's an entrepreneur I'm going to walk into the sea",
    ],
    ['ordinary', 'the wind on the cliff path kept trying to throw me off, glorious day'],
    ['ordinary', 'my sister dragged me to a spin class at 7am'],
    ['ordinary', 'went to a rage room and smashed plates with a bat, highly recommend'],
    ['ordinary', 'not allowed to lift anything for six weeks after the surgery'],
    ['ordinary', 'Copied my key for my neighbour so she can feed the cat'],
    ['ordinary', 'I keep a fiver in my sock when I go running'],
    ['ordinary', 'the car keeps threatening to break down on the motorway'],
    ['ordinary', 'a friend sends me a photo every hour from the festival because she misses me'],
  ]);
});

describe('round 71: blind lists dev147-148', () => {
  // dev147 (safety told through precautions, routines and others' reactions, with innocent
  // lookalikes) and dev148 (long late-night entries, dark but ordinary, with crisis and safety signs
  // embedded once) first read crisis 23/25, safety 39/60, false alarms 38/135. New: children who go to
  // their rooms when his car pulls in, checking the street for his car and staying in if it is there, a
  // hidden second phone, knives moved before he gets in, lunch with colleagues forbidden, a number no one
  // may give out even to family, a helpline number learnt by heart, a wrong word that ruins the evening,
  // his photo kept at a front desk, a warning to keep a phone charged, a polo neck in the heat; steering
  // into a lorry, a seatbelt off and a pillar picked, a fist through a mirror that kept going, who will
  // find me, one of the last entries, a pet not to be collected. Lookalikes: not scared of a gentle ex,
  // a weekly pill box, a panic attack, a wrist-grab escape class, eating at the desk, asking a manager to
  // leave early, the urge to text him, who would find me attractive, the last pages of a notebook. These
  // notes are new words, not the lists' own.
  itGetsAtLeast(29, [
    ['safety', 'the moment his van turns into our road the boys go to their rooms without a word'],
    [
      'safety',
      "I check the street from the landing window for his car every morning and if it's there I stay in",
    ],
    ['safety', "there's a second phone hidden inside my boot in the wardrobe"],
    ['safety', 'I hide the kitchen knives when he comes home from the pub'],
    [
      'safety',
      "he told me I'm not allowed to have lunch with my workmates, so I eat at my desk now",
    ],
    ['safety', "told reception never to give my address out, even if someone says he's my brother"],
    [
      'safety',
      'the woman at the refuge made me learn the helpline number instead of saving it in my phone',
    ],
    ['safety', 'if I use the wrong word the whole evening is ruined'],
    ['safety', 'the nursery keeps his picture behind the front desk now'],
    ['safety', 'his sister whispered keep your phone charged and never let him drive you home'],
    [
      'safety',
      "wearing my polo neck again and it's 30 degrees out, someone at work asked if I was cold",
    ],
    ['safety', 'my sister noticed the finger marks on my wrist and went quiet'],
    ['crisis', 'keep hoping a taxi will run me over on the way home'],
    ['crisis', 'all the way home I was tempted to swerve into a tree'],
    ['crisis', "undid my seatbelt and picked the bridge pillar I'd aim for"],
    ['crisis', 'smashed the bathroom mirror with my fist and just kept going'],
    ['crisis', 'lying here wondering who will find me'],
    ['crisis', 'this is likely one of my last entries'],
    ['crisis', 'gave my neighbour the dog for a bit. not planning to come back for her'],
    ['ordinary', "I'm not afraid of him, he's a total softie, I'm just sad"],
    ['ordinary', 'filled my weekly pill box this morning like a proper grown up'],
    ['ordinary', "had a panic attack in the lift, couldn't breathe for a minute, then it passed"],
    ['ordinary', 'my personal trainer practised a wrist grab escape with me, so empowering'],
    ['ordinary', "I'll eat at my desk from now on, the canteen queue is ridiculous"],
    ['ordinary', 'asked my manager if I can go home early on Friday'],
    ['ordinary', 'the urge to text him was huge but I went for a swim instead'],
    ['ordinary', 'sometimes I wonder who would find me attractive after all this'],
    ['ordinary', 'this is one of the last pages before I start a new notebook'],
    ['ordinary', "hoping the bus will come soon, it's freezing at this stop"],
  ]);
});

describe('the review of round 71 (dev147b)', () => {
  // Notes written against round 71's phrases (dev147b, 70): as first read 14/20, 13/25 and 25 false
  // alarms of 25, eleven of them round 71's own phrases said innocently (a toddler's knives, office
  // aircon, a climbing coach, a spare phone, a bank's advice, a first date's car, member of the month,
  // a notebook's last pages, a taxi at the kerb). Narrowed: the knives without he or she coming home,
  // a hoodie or cardigan in the heat, grip marks and marks on hands, a spare phone, card details, a
  // car watched for at the window (weight 1 now), the photo kept behind the desk, the last pages. New:
  // hands round the neck of someone lovely to everyone, nails raked across the face, an ex parked at
  // the end of the road, sleeves so no one sees what he did, a number learnt by heart and not saved, a
  // sim he does not know about, children who run upstairs at his engine, a knife hidden before he
  // comes home, one thing he does not like, how he knew where I was; a bus that would lose control, a
  // head banged over and over, a final diary entry, who opens my door and finds me, one step and it is
  // over, whatever happens after is not my problem. These notes are new words, not the list's own.
  itGetsAtLeast(26, [
    ['safety', "he seems lovely to everyone but when he's drunk his hands end up around my throat"],
    ['safety', 'she clawed her nails right across my face last night'],
    ['safety', 'my ex sits in his van at the end of my street most evenings'],
    ['safety', "swimming costume with sleeves this summer, I don't want anyone seeing what he did"],
    ['safety', 'the helpline lady said learn it off by heart and never save it in my phone'],
    ['safety', "bought a sim he doesn't know about and keep it in my sock drawer"],
    ['safety', 'the second the boys hear his truck on the gravel they run upstairs'],
    ['safety', 'hid the big knife in the garage before he came home'],
    ['safety', "if I do one thing he doesn't like the whole evening is ruined"],
    ['safety', 'no idea how he knew I was in the library, I never said'],
    ['crisis', 'keep praying some lorry would swerve and take me out on the way to work'],
    ['crisis', 'banged my head against the wall over and over until everything went quiet'],
    ['crisis', 'this is my final diary entry'],
    ['crisis', 'I wonder who is going to open my door and find me'],
    ['crisis', "standing on the platform, one step and it's over"],
    ['crisis', 'whatever happens after friday is not my problem'],
    ['ordinary', 'moved the knives up high now that the toddler climbs everything'],
    ['ordinary', "wore my cardigan again and it's 28 degrees, the office aircon is arctic"],
    ['ordinary', 'my coach noticed the chalk marks on my hands'],
    ['ordinary', 'keep a spare phone in the glovebox for emergencies'],
    [
      'ordinary',
      "the bank says never give out your pin even if someone says they're from the bank",
    ],
    ['ordinary', 'kept checking the window for her car, first date jitters'],
    ['ordinary', 'the gym has his photo behind the desk, member of the month'],
    ['ordinary', 'nearly finished this notebook, one of the last pages'],
    ['ordinary', 'wrote the letters for the wedding invitations tonight'],
    ['ordinary', 'I stand closer to the kerb so the taxi sees me'],
  ]);
});

describe('round 72: blind lists dev149-150', () => {
  // dev149 (crisis said obliquely: drafts to the ex, plans that stop, arrangements, slang, other
  // languages, with a lookalike for each) and dev150 (an acceptance tester's spread) first read crisis
  // 65/70, safety 38/40, false alarms 14/130. New: everything else cancelled along with a membership
  // not needed after a month, a child who came back with bruises last time, "I'm scared of you" said
  // to the ex; lookalikes: subscriptions cancelled to save, scared of being left on read. A goodbye
  // letter to the ex that a counsellor suggested is everyday. These notes are new words, not the
  // lists' own.
  itGetsAtLeast(5, [
    [
      'crisis',
      "won't need my car insurance after june, cancelled that along with basically everything else",
    ],
    [
      'safety',
      "last time he came home with a black eye from his dad's, I'm not sending him this weekend",
    ],
    ['safety', "I'm terrified of you. Stop turning up at my flat."],
    ['ordinary', 'cancelled the gym, the magazine and spotify, saving for a deposit'],
    ['ordinary', "I'm scared of you leaving me on read again lol"],
  ]);
});

describe('the writer evading a block is not danger to the writer', () => {
  // A faq question asked whether to make a new account to reach the ex, who had blocked them: the
  // rule for an abuser's new accounts read it as danger. The writer's own account (made, wanted,
  // used) is theirs to answer for in the coaching, not a safety flag; the ex's still is.
  it.each([
    'my ex blocked me on everything, is it bad to set up a new account just to reach her',
    'we used a different number to text him because he blocked us both',
    'i might just make another profile to see his stories',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    'i blocked him and he made a new account to reach me within the hour',
    'she keeps using different numbers to call me at work',
    'he opened a fake profile to watch my stories after the police warning',
  ])('flags safety in "%s"', (note) => {
    expect(detectSupport(note)).toEqual(['safety']);
  });
});

describe('round 73: blind lists dev151-152', () => {
  // dev151 (questions typed into faq: crisis, safety, and everyday worries in alarming words) and
  // dev152 (safety told only through routines and precautions; long, dark but ordinary entries)
  // first read crisis 43/45, safety 49/75, false alarms 21/145. New: keys kept on the writer at
  // night, furniture against a door again, handovers at a police station, never the same route,
  // a call-back with a made-up emergency, neighbours told to ring, a signal that means his van is
  // there, a name off the doorbell, a new number kept from his family, cash with the change handed
  // back, a password only he has, children who go upstairs when he pulls up, a row not worth having
  // on the way home, hair pulled out; pills saved to take at once, any point going on. Lookalikes:
  // a sofa taken back, a spark gone dead, a lease's mileage, furniture moved to make room, a
  // bakery on the long way home. These notes are new words, not the lists' own. 23: the row not
  // worth having on the way home was narrowed after the review (below), and is missed.
  itGetsAtLeast(23, [
    ['safety', 'I sleep with my car keys in my dressing gown pocket every night now'],
    ['safety', 'dragged the wardrobe against the bedroom door again before bed'],
    ['safety', 'the handovers are outside the police station from now on'],
    ['safety', 'I vary my run, never the same route twice, since the summer'],
    ['safety', "if I say I'm fine twice my mate rings back with a fake emergency"],
    [
      'safety',
      'told the flat below that if they hear anything at night they should ring the police',
    ],
    ['safety', 'if she honks twice it means his van is parked outside'],
    ['safety', 'asked for the name on the doorbell to be changed to just my initial'],
    ['safety', 'only my parents have the new number and they swore not to give it to his sister'],
    ['safety', 'I get forty quid cash a week and must bring back the change'],
    ['safety', 'he changed the internet password and only he has it now'],
    ['safety', 'when his van pulls up the girls run upstairs'],
    ['safety', 'not worth the row on the way home, so I just wear what he likes'],
    ['safety', 'took the long way round so nobody could work out where I live'],
    ['safety', 'she pulled my hair out by the roots in the car park'],
    ['crisis', 'saving them in a shoebox to take all at once'],
    ['crisis', 'is there any point going on if nobody would notice'],
    ['ordinary', "she's threatening to take the sofa back, can she do that"],
    ['ordinary', 'is the spark dead or can we save it'],
    ['ordinary', "the car mileage matters because it's a lease"],
    ['ordinary', 'pushed the bookcase against the door to make space for the tree'],
    ['ordinary', 'I take the long way home so I can stop at the bakery'],
    ['ordinary', 'my mum asked if I was allowed to bring a plus one, the venue is tiny'],
    ['ordinary', 'is there any point going on dating apps this soon'],
  ]);
});

describe('the review of round 73 (dev151b)', () => {
  // dev151b, written against round 73's phrases to make them go wrong, first read crisis 14/15,
  // safety 11/20 and 14 false alarms of 25: keys kept safe at a festival, a wardrobe moved for the
  // decorators, shift handovers at a police station where the writer works, a made-up emergency to
  // leave a bad date, a child's change from a school trip, a dad's beep meaning his van, a therapist
  // told yes, the writer is safe. The phrases were narrowed; new: waiting for me in case, children
  // upstairs at his key or engine, a midwife asking if the writer feels safe with him, worse once the
  // door shuts, children swapped over at a police station, what is left to live for. These notes
  // are new words, not the list's own.
  itGetsAtLeast(13, [
    [
      'ordinary',
      'kept the car keys in my bag at the campsite every night so they would not get lost',
    ],
    [
      'ordinary',
      'moved the dresser against the bedroom door again because the painters come at eight',
    ],
    ['ordinary', 'the shift handovers at the police station are my favourite part of the job'],
    ['ordinary', 'told my mate to call back with a fake emergency in case the party was dull'],
    ['ordinary', 'my daughter gets cash for the cinema and brings back the change'],
    ['ordinary', 'when mum honks once it means her car is at the gate, hurry up'],
    ['ordinary', 'is there any point carrying on being friends after all this'],
    ['safety', 'I leave by the back door in case he is waiting for me again'],
    ['safety', 'the boys go straight upstairs when they hear his key in the door'],
    [
      'safety',
      'the health visitor asked if I felt safe with him and I said yes because he was in the room',
    ],
    ['safety', 'it always gets worse once the front door shuts behind us'],
    ['safety', 'we swap the children over in the car park at the police station now'],
    ['safety', 'changed my number and asked everyone not to give it out to anyone who knows him'],
    ['crisis', 'honestly what is left to live for now'],
  ]);
});

describe('the writer keeping their own phone away is not control', () => {
  // Found trying a check-in as a new user: "Kept my phone away tonight" (no contact, in a journal's
  // dropped subject) read as someone keeping the writer's phone. Taking it from the writer still
  // alarms.
  it.each([
    'kept my phone in another room all evening, no texts sent',
    'keeping my phone face down at dinner has really helped',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    'he kept my phone away from me for the whole weekend',
    'she keeps my phone until I tell her who I was messaging',
  ])('flags safety in "%s"', (note) => {
    expect(detectSupport(note)).toEqual(['safety']);
  });
});

describe('round 74: blind lists dev153-154', () => {
  // dev153 (the short phrases a held-out test set would use, with their lookalikes) and dev154
  // (text typed into the other commands: drafts to the ex, urge triggers, goal, contact and
  // reunion notes) first read crisis 68/70, safety 67/80, false alarms 10/140. New: a thrown mug
  // that missed the writer's head, throwing things when angry, an overdose threatened if the writer
  // leaves, new accounts after a block, a car behind the writer for miles, someone jogging behind
  // them again, details kept from anyone who calls, things collected with a police officer there,
  // handovers moved to a police station, a friend waiting outside, public places only, a code word
  // to get out; the last time someone will ever see the writer, no reason left. Lookalikes: kitchen
  // knives sharpened, rope to tie a tarp, a queue that won't move, an early shift, someone who
  // turns up only in dreams, a streaming password held back, cold remedies, a bramble's scratch.
  // These notes are new words, not the lists' own.
  itGetsAtLeast(25, [
    ['safety', 'he threw a glass at me last night and it missed my face by an inch'],
    ['safety', 'my husband chucks things around the kitchen when he gets drunk'],
    ['safety', 'he says he will overdose if I leave him and it will be my fault'],
    ['safety', 'blocked her on every app and now a fake account messages me every day'],
    ['safety', "his car was behind me the whole way home, I didn't go to my house"],
    ['safety', 'saw her walking behind me again on the way to the station'],
    ['safety', "he was at my gym again at 6am and he doesn't even go to the gym"],
    ['safety', 'asked my new work not to give my address to anyone who rings'],
    ['safety', 'went back for my clothes with a police escort'],
    ['safety', 'the handovers have moved to the police station because of him'],
    ['safety', 'met him to sign the forms, public places only now'],
    ['safety', 'my sister and I have a code word in case I need to get out'],
    ['crisis', "it's the last time any of you will ever see me"],
    ['crisis', 'no reason left.'],
    ['ordinary', 'sharpened the kitchen knives for the roast tomorrow'],
    ['ordinary', 'need some rope to secure the tent before the wind picks up'],
    ['ordinary', "can't go on like this, the wifi keeps dropping every ten minutes"],
    ['ordinary', 'she keeps popping up in my feed, time to mute her'],
    ['ordinary', 'he threatened to change the wifi password if I keep gaming, flatmates eh'],
    ['ordinary', "I don't want to get up tomorrow, the alarm is set for 5am"],
    ['ordinary', 'stocked up on ibuprofen and cough syrup, the whole office has flu'],
    ['ordinary', 'cut my hand on the rose bush while pruning'],
    ['ordinary', "I won't be around this weekend, it's my cousin's wedding"],
    ['ordinary', 'I miss him so much it physically aches'],
    ['ordinary', 'the dog sat by the door waiting for her again'],
  ]);
});

describe('the review of round 74 (dev154b)', () => {
  // dev154b, written against round 74's phrases to make them go wrong, first read crisis 14/15,
  // safety 13/20 and 19 false alarms of 25 (the commit before the round: 9): a toddler's cup
  // that missed the writer's head, a niece who throws things, new followers after a viral post, the
  // writer's own new number, a friend's car behind the writer on moving day, a parkrun rival, an
  // alumni office told not to give out details, lost property collected from a police station,
  // work handovers moved to one, live location at a festival, a code word for a surprise party,
  // "not a single reason left" about a town's shops, the last time anyone sees the writer on a
  // stage. The phrases were narrowed (a thrown mug or plate, not a cup; a car behind the writer
  // for miles; a friend's live location and a wait outside count only beside another sign) and
  // the idioms keep a note's words when the note goes on to harm. New: a new account with the
  // writer's photos, someone at the writer's parkrun or gym every time they go, children's
  // handovers at a police station, a civil standby, "you won't be around if you". These notes are
  // new words, not the list's own.
  itGetsAtLeast(11, [
    ['ordinary', 'my toddler threw her beaker and it missed my head, she thought it was hilarious'],
    ['ordinary', 'blocked my ex everywhere and got myself a new number, clean slate'],
    ['ordinary', 'the lads have a code word for if I need to get out of a boring date'],
    ['ordinary', 'asked the bank not to give my details to anyone for marketing'],
    ['crisis', 'sharpened the knives tonight, not for cooking, and put one in the bathroom'],
    [
      'safety',
      'he bought rope to secure the tent, then said there was plenty for me if I ever left',
    ],
    ['safety', 'he made a fake profile with my photos and added all my friends'],
    ['safety', 'she is at my gym every time I go, she never used to train'],
    ['safety', "the kids' handovers happen at the police station now"],
    ['safety', 'we arranged a civil standby so I could get my things'],
    ['safety', "he said I won't be around much longer if I talk to anyone"],
  ]);
  // The round's refit moved two safety notes of the older lists below the word model's threshold;
  // phrases for what they tell bring them back.
  it.each([
    ['the bat from the shed', 'he went and got the bat from the shed and stood in the hall'],
    ['looking up refuges', "I clear the history so she won't see I've been looking up refuges"],
  ])('flags safety: %s', (_, note) => {
    expect(detectSupport(note)).toContain('safety');
  });
});

describe('round 75: blind lists dev155-156', () => {
  // dev155 (crisis said obliquely, with the lookalikes of its words) and dev156 (danger from
  // people other than a plainly named ex) first read crisis 63/70, safety 62/70, false alarms
  // 13/140. New: medicines looked up for being dangerous together, long sleeves in the heat, a new
  // tally on an arm, where the writer's will is, "found the spot", a trail nobody walks at night,
  // the plasters running out again, "they think I mean"; reception told not to let someone up, the
  // one the writer turned down, a note that said "told you", a door code changed to leave the
  // writer outside, a card in the writer's name, calls by the dozen then a wait in the car park,
  // "you'll regret it if I say no", sugar in a petrol tank. Lookalikes: logging off social media
  // for good, passwords left before an operation, goodbyes at an old job, cake threatened at work,
  // a dance floor, baby photos, a friend who turns up at work with a coffee. These notes are new
  // words, not the lists' own.
  itGetsAtLeast(20, [
    ['crisis', 'looked up which of my pills are deadly together and I have enough of each'],
    ['crisis', 'wearing long sleeves through the heatwave again so nobody sees'],
    ['crisis', 'my thigh has new lines again, three this week'],
    ['crisis', "I found the spot. it's only twenty minutes from here"],
    ['crisis', 'nobody uses that bridge path after dark, I checked'],
    ['crisis', 'the plasters are running out again and I cannot tell anyone why'],
    ['crisis', 'they all think I meant see you next week'],
    ['safety', 'asked the front desk not to let my ex-husband into the building'],
    ['safety', 'the guy I turned down at the gym keeps waiting by my locker'],
    ['safety', 'a note through the door said I know where you live'],
    ['safety', 'she changed the locks and left me outside in the cold all night'],
    ['safety', 'he rang me twenty times at work and then he was outside'],
    ['safety', "he said I'd regret it if I refuse to go back"],
    ['safety', 'someone put bleach in my fuel tank after I reported him'],
    ['ordinary', 'logged off instagram for good, best thing I have done all month'],
    ['ordinary', 'told my brother where my passwords are before the operation next week'],
    ['ordinary', 'said my goodbyes to everyone at work, my new job starts monday'],
    ['ordinary', 'my manager keeps threatening to bake us brownies again'],
    ['ordinary', 'my sister dragged me onto the dance floor at the wedding'],
    ['ordinary', 'my friend turned up at my door with flowers and a takeaway'],
  ]);
});

describe('the review of round 75 (dev156b)', () => {
  // dev156b, written against round 75's phrases to make them go wrong, first read crisis 9/15,
  // safety 11/15 and 23 false alarms of 30 (the commit before the round: 9/15, 14/15, 6): long
  // sleeves for eczema or a dress code, a tally drawn in biro, lines in pen for days without
  // texting, plasters for new boots, reception told not to let a delivery driver up, an office's
  // new door code, a first credit card, a library's last warning, water in a fuel tank from a bad
  // fill, a trail to oneself with the dog; and, blanked by the round's idioms, soup threatened out
  // of a pet rabbit, baby photos shown beside private ones, a wrist gripped on a dance floor. The
  // idioms now keep a note's words when it goes on to harm, the phrases were narrowed, and new:
  // "so nobody sees my arms", medicines deadly together, enough saved up, the last day of
  // everything, a family who "will be okay", a note on a windscreen, "saw you with him". These
  // notes are new words, not the list's own.
  itGetsAtLeast(14, [
    ['ordinary', "long sleeves all summer because of my psoriasis, it's flared up since the split"],
    ['ordinary', 'my wrist has a new line in biro for every day without texting her'],
    ['ordinary', 'asked security not to let the courier up, I will collect it at lunch'],
    ['ordinary', 'the office changed the door code and left me outside, nobody told me'],
    ['ordinary', 'finally got a credit card in my name for the first time ever'],
    ['ordinary', 'there was water in my fuel tank from the garage, cost a fortune'],
    ['ordinary', 'logged off tiktok for good, I was on it six hours a day'],
    ['safety', 'he threatened to make a stew out of my cat if I do not come home'],
    ['safety', 'she threatened to show my mum the baby photos and the private ones unless I pay'],
    ['safety', 'he dragged me onto the dance floor by my arm and squeezed till it bruised'],
    ['safety', 'a note on my windscreen said saw you with him, only she would do that'],
    ['crisis', 'I wear a hoodie in the heat so nobody sees my arms'],
    ['crisis', 'looked up which two would be lethal together'],
    ['crisis', "I've decided today was the last day of everything"],
  ]);
});

describe("what round 75's refit moved", () => {
  // The refit moved notes of the older lists below the word model's threshold; phrases for what
  // they tell bring them back.
  it.each([
    'made sure the dog has a new home with my brother, he deserves someone who will stick around',
    'I am not renewing my lease on life',
    'my time has come and I will pick the date myself',
    'after christmas I will not need my car, I sold it along with pretty much everything else',
  ])('flags crisis: %s', (note) => {
    expect(detectSupport(note)).toContain('crisis');
  });
  it.each([
    'my husband has taken over my pension and hands me cash on fridays',
    'she quoted my messages to my sister back to me',
  ])('flags safety: %s', (note) => {
    expect(detectSupport(note)).toContain('safety');
  });
});

describe('round 76: blind list dev157 (everyday hyperbole)', () => {
  // dev157 (short, casual notes built on alarming words, with crisis and danger in the same
  // register) first read crisis 20/20, safety 20/20, false alarms 8/120. New idioms: a relative's
  // running joke of a threat, done with a show, no point going to a sale, the will to live lost
  // in a training session, a rope swing, a duvet to vanish into, "can't do this anymore" about a
  // diet. Each keeps its words when the note means harm. These notes are new words, not the
  // list's own.
  it.each([
    'my gran threatens to give my old bedroom to the cat every time I visit, lol',
    "I'm so done with that series, the finale was a joke",
    'no point going to the shops now, everything will be sold out',
    'lost the will to live halfway through that budget meeting',
    'the kids love the new rope swing in the garden',
    'I want to disappear under the duvet until the weekend',
    "can't do this anymore, this course is so boring",
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', 'I want to disappear under the duvet and never come out, for good this time'],
    ['safety', 'my dad threatens to hit me every time I come home late'],
    // Older-list notes a trial refit of this round moved below the threshold (that refit was
    // not kept: see the README).
    ['crisis', 'I bit the inside of my wrist again last night when the texts started'],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('round 77: blind lists dev158 (an evaluator set) and dev159 (abuse of every kind)', () => {
  // dev158 first read crisis 40/40, safety 39/40, false alarms 3/80; dev159 10/10, 45/50, 2/70.
  // New: threats to break the writer's bones said to or quoted from the ex, self-harm threatened
  // to make the writer come back, "frigid" and giving in to sex unwanted, friends dropped on
  // someone's orders. Lookalikes: a reply to "my last message", a walk over a
  // bridge, a plant not killed yet, a sister's joke threat. The running-joke idiom for relatives
  // now names the mild threats it covers: it used to blank "my dad threatened to break my arm
  // again". These notes are new words, not the lists' own.
  it.each([
    'still waiting for her to reply to my last message',
    'I regret my last text, it was needy',
    'cycled over the bridge on the way to work, felt good',
    'my basil is the one thing in this flat I have not killed',
    'my best friend threatened to block him on my phone if I text him again lol',
    'nan threatens to rent my old room out to a student every time I visit haha',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['safety', 'my dad threatened to break my arm again'],
    ['safety', 'my uncle threatened to smash my face in again'],
    ['safety', "he texted that he'll snap my neck if I show up at the party"],
    ['safety', "if he sees me with anyone he says he'll break his legs and then mine"],
    [
      'safety',
      "Draft: you can't keep saying you'll jump unless I come home. I'm calling your mum.",
    ],
    ['safety', "I only stayed because every time he said he'd hurt himself if I left"],
    ['safety', 'she calls me a prude when I say no, so now I just go along with it'],
    ['safety', "she pushed me to drop my mates, now there's no one left and she wants it that way"],
    // What the round's first refit moved below the threshold in the older lists.
    ['safety', 'my ex keeps driving past my flat at night'],
    ['safety', "he's been driving past the kids' nursery every morning"],
    ['crisis', 'relapsed again, cut 3 times before bed'],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe("the review of round 77's phrases (dev159b)", () => {
  // dev159b (notes written against round 77's phrases by a helper who read them) first read
  // crisis 20/20, safety 24/25, false alarms 14/35; the commit before round 77 got 20/20, 20/25,
  // 10/35. Round 77's phrases were too broad four times: a threat to "jump" read into "jump at the
  // job" and a toddler jumping off the sofa, "give in" to a text, "a prude" from friends. Now a
  // jump must be off something high or said bare, "a prude" needs the ex or a partner, giving in
  // needs the unwanted thing to end its clause, and dropping friends needs someone to make the
  // writer do it. A hug or a workout that "breaks my ribs" is blanked for both tiers. These
  // notes are new words, not the list's own.
  it.each([
    "she'll jump at any excuse to skip the gym unless I drag her",
    'my nephew says he will jump off the bed unless I catch him',
    "if I don't want to give in and call her, I ring my sister instead",
    "my mates call me a prude because I still haven't kissed anyone since",
    'my niece says she will crush my ribs with her bear hugs',
    'my sister keeps threatening to take my phone whenever I mention him lol',
    // Found in the terminal: the spyware rule read "bugged me" (annoyed me) as a bugged phone.
    'i went quiet instead of saying when something bugged me',
    'he tapped me on the shoulder at the bar and I froze, it was just an old friend',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['safety', "he said he'd jump off the multistorey if I didn't pick up, so I picked up"],
    ['safety', 'my husband calls me frigid when I say no'],
    ['safety', "if I don't want to, he sulks until I just give in"],
    ['safety', 'my girlfriend made me drop my best mates, one at a time'],
    ['safety', "he said he'll break my ribs with his fists next time"],
    ['safety', 'pretty sure he bugged my phone, he knew where I was all weekend'],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('blind list dev160 (ordinary notes as people write them)', () => {
  // dev160 (200 ordinary notes with everyday idioms) first read 4/200 false alarms: three the word
  // model's (a wedding ring put in a drawer, a future planned "in my head", a partner of eleven
  // years gone at 62), one a rule's: "she's read my email" read as an inbox gone through. "Has
  // read my message" is now a message seen; reading the writer's texts, diary or emails still
  // counts. These notes are new words, not the list's own.
  it.each([
    "still no reply, even though he's read my message",
    'I wonder if she has read my letter yet',
    // Tried by hand after dev160: slang for a message sent, and a family's care.
    "he hit me with a 'you up?' message at 2am",
    'my gran made me have some soup before I left',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['safety', 'he went through my phone and read my texts while I slept'],
    ['safety', "she's read my journal again and quoted it at me"],
    ['safety', 'he hit me with his phone when I asked who she was'],
    ['safety', 'he forced me to eat off the floor like a dog'],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('round 78: blind lists dev161 (an evaluator set), dev162 (harm told before its doer), dev163 (informal writing)', () => {
  // First read: dev161 crisis 40/40, safety 38/40, false alarms 4/80; dev162 safety 40/50, false
  // alarms 5/60; dev163 39/40, 30/30, 6/70. New: a phone smashed for not showing it, self-harm
  // threatened whenever the writer tries to leave, "it'll be worse next time", money held back
  // unless the writer meets the ex, held down until the writer stopped saying no, found again
  // after a new number, an ex still admin on the smart speaker, brake cables cut, a heated spoon
  // pressed to the skin. Lookalikes: a mood "lighter today", a voice note, news of a shooting, a
  // joking "kms" about wifi or a meeting, a boss who will "kill me" for lateness with "lol".
  // These notes are new words, not the lists' own.
  it.each([
    'the heaviness is lighter this week. still there but lighter',
    'sent my sister a voice note at 2am, whole thing was me crying about him',
    'there was a shooting in the news near my old school, so sad',
    'kms my laptop crashed right before I hit submit lmao, saved it though',
    'kms if i have to hear one more wedding speech about soulmates lol',
    'my manager is gonna kill me, overslept again lol',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['safety', "she threw my phone at the wall because I wouldn't unlock it for her"],
    ['safety', 'whenever I try to move out she says she will overdose and it will be my fault'],
    ['safety', "she told me not to call the police, that it'll be worse next time"],
    ['safety', "he won't pay for the kids' uniforms unless I agree to see him alone"],
    ['safety', 'I was held down while I was crying and he kept going'],
    ['safety', 'changed my number and moved across town and he still found me at the bus stop'],
    ['safety', "she's still admin on the doorbell camera app, she sees who visits me"],
    ['safety', "the brake lines had been cut the morning after I told him I'd met someone"],
    ['crisis', 'heated a coin with the lighter and held it against my wrist again'],
    ['crisis', 'kms my phone died and nobody would care anyway'],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
  it('reads who makes an offer in the whole of a long sentence, not only in its window', () => {
    // A window of a long sentence starts at its first hit, after "i can": once read as a threat
    // with its subject dropped.
    expect(
      detectSupport(
        "just a heads up that it's the first weekend in ages I'm not working late, so I can take the kids on Sunday if you want",
      ),
    ).toEqual([]);
    expect(
      detectSupport(
        "he told me on the phone after the hearing last week that if I keep pushing for custody he'll take the kids and I'll never find them",
      ),
    ).toContain('safety');
  });
});

describe("the review of round 78's phrases (dev163b) and blind list dev164 (less-heard writers)", () => {
  // dev163b first read crisis 20/20, safety 21/25, false alarms 22/35; the commit before round 78
  // got 20/20, 22/25, 15/35. Too broad: being "held down" by the weight of admin, giving in to a
  // toddler "until I stopped saying no", a physio's "it'll be worse next time", a relative "still
  // has access" to the thermostat, reminder texts that "still found me", brake cables "cut too
  // short", jumping in front of "the 9 year olds". Narrowed: a warning that it will be worse and
  // access kept to an app now need the writer harmed beside them; professionals such as a dentist
  // or a physio are bystanders. dev164 first read 29/30, 39/40, 7/70: medication saved "for the
  // day I can't face", a power chair's battery taken; lookalikes of stopping a class, a partner's
  // note about tablets, coming off the pill. These notes are new words, not the lists' own.
  it.each([
    'I was held down by the pressure of the move all week but the boxes are unpacked',
    'my nephew begged for a sleepover until I stopped saying no, so he is here tonight',
    'my dentist warned me it will be worse next time if I keep grinding my teeth',
    'the garage said the brake lines were cut too short by the last fitter',
    'she jumped in front of the 8 year olds in the queue for the bouncy castle',
    'quit going on with the pottery class, not for me, signed up for climbing instead',
    'my husband leaves me a note reminding me to take my vitamins, cute',
    'I came off the pill last year and my skin is finally calm',
    'the match was death by a thousand cuts but we go again Saturday',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['safety', "his text just said 'you're next' with a photo of my front door"],
    ['safety', 'she unplugged the landline so I could not call anyone that night'],
    ['safety', "he says one day he'll run off with the kids and I'll never find them"],
    ['safety', 'my wife takes them away from me every time I disagree with her'],
    ['safety', 'he took the battery out of my wheelchair so I would stay in'],
    ['crisis', 'I have been saving them for the day I cannot face it anymore'],
    ['crisis', "three months' worth of tablets stashed behind the towels now"],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('round 79: blind lists dev165 (long notes, the signal in one clause) and dev166 (one-liners)', () => {
  // First read: dev165 crisis 28/30, safety 26/30, false alarms 4/50; dev166 40/40, 39/40, 4/80.
  // New: the writer's own head slammed into a door, charcoal "not for a barbecue", self-harm
  // threatened unless the writer comes back, never seeing the kids again "if I" go to a
  // solicitor, keeping still until he left, freezing and holding one's breath each time the gate
  // creaks. Lookalikes: scared to death of the dentist, frightened the life out of me when the
  // cat jumped out, vanishing into a book, a brother who'd "kill me" for spoiling the finale.
  // These notes are new words, not the lists' own.
  it.each([
    "I'm terrified to death of needles but the jab is booked",
    'scared the living daylights out of me when the smoke alarm went off',
    'I could disappear into this series for a week',
    'my flatmate says she will murder me if I spoil the ending for her',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', 'banged my own head against the wall until it went quiet in there'],
    ['crisis', 'got the charcoal from the garage, and it is not for a bbq'],
    ['safety', 'he says he will swallow the lot if I do not answer tonight'],
    [
      'safety',
      "if I tell the court the truth I'll never see the girls again, that's what she says",
    ],
    ['safety', "hid in the bathroom and didn't breathe until she had gone"],
    ['safety', 'every time the letterbox rattles I freeze and hold my breath'],
    // What the round's first refit moved below the threshold in the older lists.
    ['crisis', "won't spoil mum's birthday, but after that"],
    ['crisis', 'gave my brother a long hug at the airport, I want him to remember this one'],
    ['safety', 'my post is being redirected to her address and the bank says I asked for it'],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe("round 80: blind lists dev167 (an evaluator set), dev168 (time, tense and negation) and dev169 (risk in other people's words)", () => {
  // First read: dev167 crisis 38/40, safety 38/40, false alarms 3/80; dev168 29/30, 30/30, 20/70;
  // dev169 28/30, 26/30, 12/70. New: more recovery milestones, denials of the thoughts themselves,
  // a screening question answered with a plain no, danger only imagined and denied, someone else's
  // past self-harm or dark thoughts, an old partner's violence ended by death; a screening
  // question answered yes, nails dug in until the skin bleeds, not wanting to be talked out of it
  // "this time", clothes cut to ribbons, "more where that came from". The review list (dev169b)
  // took back the rest: a denial told as something said, a milestone undone by "till" or a
  // craving, and blanking only the imagined or past clause, never its whole sentence. These notes
  // are new words, not the lists' own.
  it.each([
    'four years since I last self-harmed, celebrated with a takeaway and my flatmates',
    'the anniversary of my attempt came and went and I spent it at the beach with my brother',
    "I haven't hurt myself since I was seventeen, and this breakup won't change that",
    'no urges to harm myself at all, just a lot of crying and toast',
    'not having any dark thoughts this week, just tired',
    "I've never once thought about ending my life, I just miss her",
    "the nurse asked whether I'd had thoughts of hurting myself. Honestly no, just sad",
    'if he ever laid a finger on me I would be gone, but he was never like that',
    'would I ever hurt myself over her? no, not a chance',
    "I'm lonely but I'm not in danger",
    'my cousin used to self harm at school, she is a paramedic now',
    'my colleague told me he has been having dark thoughts, so we found him a counsellor',
    'my first husband was violent, but he died years ago and that part of my life is closed',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', 'two years since I last cut myself, but tonight I want to again'],
    ['crisis', 'three years clean from cutting and I just bought a new pack of razors'],
    ['crisis', 'no urge to hurt myself until tonight'],
    ['crisis', 'the nurse asked if I had thought about hurting myself and I lied and said no'],
    ['crisis', 'my counsellor asked if I had any thoughts of ending it and I said yes'],
    ['crisis', 'keep digging my nails into my arms until they bleed'],
    ['crisis', "I don't want to be talked out of it, so I'm not telling anyone"],
    ['safety', 'she cut my jumpers to ribbons and left them on the drive'],
    ['safety', 'her text said: smashed your phone, plenty more where that came from'],
    ['safety', 'if he ever hits me again I will leave, he has never once said sorry'],
    ['crisis', "no thoughts of hurting myself, that's what I say at every appointment"],
    ['crisis', 'three years since I last cut myself, or it was until about midnight'],
    ['crisis', 'no urges to hurt myself, I wrote on the form. they have not stopped since friday'],
    [
      'safety',
      'my first wife was cruel and so is my new partner, he hit me on sunday. she died in 2018',
    ],
    ['safety', 'if he ever hurt the dog I would leave, and yesterday he kicked her down the steps'],
    // Older-list notes a trial refit of this round moved below the threshold (that refit was
    // not kept: see the README).
    ['safety', 'hid myself in the spare room till she drove off'],
    ['safety', 'the tracker is on my car and I cannot switch it off without him noticing'],
    ['crisis', 'picked a fight with a stranger because I wanted someone to properly hurt me'],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('round 81: blind lists dev170 (meaning spread over sentences), dev171 (an evaluator set) and dev172 (work, health and hobby words)', () => {
  // First read: dev170 crisis 28/30, safety 25/30, false alarms 15/70; dev171 39/40, 39/40, 7/80;
  // dev172 15/15, 14/15, 11/70. New: a clinician's question followed by an admission at the start
  // of the next sentence, a plan asked about and not denied, a harm in the passive whose doer is
  // named after it, "texts from him" on a new number, a hand held to the hob, receipts sent to a
  // partner, a knife picked up in front of the writer; everyday lookalikes from work and family
  // history (a pharmacist's counter, a relative's death long ago, a sparring knock, someone
  // else's safety plan, a night out missed, a flatmate's joke). These notes are new words, not the
  // lists' own.
  it.each([
    'my gran took her own life in 1987, years before I was born; mum finally told me about her',
    'spent the shift explaining overdose limits on paracetamol to customers at the counter',
    'counting tablets all day at work and thinking about his stupid laugh',
    'my sister helped a client rewrite her safety plan at the refuge today, I am proud of her',
    'got a split lip at boxing on tuesday, coach says I keep dropping my guard',
    'they would have been happier without me at the quiz, I was useless on the music round',
    'my mate said he would murder me if I sang that song again, so obviously I did',
    'The nurse asked if I had hurt myself. I told her no, I fell off my bike.',
    'the therapist asked if I had cut myself since the split and I said no, which is true',
    'The GP asked if I was harming myself. I am fine, just not sleeping.',
    'my brother swears he will throttle me if I buy one more pair of trainers',
    'got nipped by his terrier when I reached for the ball',
    'my knee got twisted on the dry slope, it was my own fault',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', 'My therapist asked if I had been cutting myself. I said yes, twice this week'],
    ['crisis', 'The doctor asked whether I had a plan. I did not answer.'],
    ['crisis', 'the gp asked if I had hurt myself and I said no. I hid the bandages'],
    ['safety', 'My wrist got bent behind my back on Saturday. It was him, again.'],
    ['safety', 'Only my mum has my new number. Last night there were six calls from him on it.'],
    ['safety', 'she held my hand against the radiator until I said sorry'],
    ['safety', 'every receipt has to be sent to him before he gives me the card back'],
    ['safety', 'he picked up the kitchen knife while we argued and just looked at me'],
    ['safety', 'The officer asked if I felt safe at home. I said no.'],
    ['crisis', 'my uncle killed himself ten years ago. I understand why now.'],
    // From the review list (dev172b): what the round's draft let through.
    [
      'crisis',
      'The psychiatrist asked if I was hurting myself. I said no. I wear long sleeves to every session.',
    ],
    [
      'crisis',
      'the nurse asked whether I had been cutting myself. I just stared at my shoes and nodded.',
    ],
    ['safety', 'my dad said he would kill me if I told the police again, he has done it before'],
    ['safety', 'My finger got bent back until it cracked. Guess who.'],
    ['safety', 'My nose got broken on Friday night. The culprit is the man I live with.'],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('round 82: blind lists dev173 (dialect and slang) and dev174 (notes of a few words)', () => {
  // First read: dev173 crisis 28/30, safety 28/30, false alarms 4/70; dev174 27/30, 26/30, 0/80.
  // New: dialect words read as what they say (Scots, Caribbean, "me own"), "'s" as "is" after a
  // means, words quoted and then put in someone's mouth ("he texted", "his text", "from her"), a
  // rope kept ready, a blade back out, letters written and a phone wiped, children snatched, a
  // threat of being stabbed for speaking to the police; "not in a dark place" as a denial. These
  // notes are new words, not the lists' own.
  it.each([
    'Not in a dark place at all, just knackered and missing him',
    'ill see you at the match saturday, she texted. cannot wait',
    "'you're dead' said my little brother when I beat him at Mario Kart",
    'me own fault for wearing new shoes on a hike',
    // From the review list (dev174b): what the round's draft flagged.
    "Snatched the kids' phones off them at bedtime, cue tears",
    'Old phone wiped and reset, sold it to a lad from work',
    'Cover letters written for two jobs this morning',
    'Razors are back in stock at the big Tesco',
    'the rope is tied to the oak for the swing now',
    'I could strangle my sister, she told dad about the breakup before I could',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', "noose's in the wardrobe"],
    ['crisis', "blade's back out after a year"],
    ['crisis', 'notes written. laptop wiped. done'],
    ['crisis', 'ah cyah keep going like this, ah want it over'],
    ['safety', "'i know where you sleep' he messaged at 3am"],
    ['safety', "'better watch yourself' from his mate's phone"],
    ['safety', 'she snatched the baby from the pram and drove off'],
    ['safety', "he says I'm gonna get stabbed if I go to the police"],
    ['safety', 'he took ma phone and ma keys and locked the door'],
    ['crisis', 'ill od when the house is quiet'],
    ['safety', "'say goodbye to the cat', her text said"],
    ['safety', "I'll get shanked the minute I go back to that estate"],
    ['safety', "'I'll set fire to the flat with you in it' he shouted"],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('round 83: blind lists dev175 (text typed into other commands) and dev176 (an evaluator set from the issue)', () => {
  // First read: dev175 crisis 30/30, safety 26/30, false alarms 5/70; dev176 36/40, 39/40, 12/80.
  // New: in words to the ex, "you said ..." makes the ex the doer; a sentence that opens with
  // "message from him" makes the words after it his; a burden round everyone's neck, a death
  // passed off as an accident, which method hurts least, a last round of goodbyes; clothes or
  // canvases slashed, a bank login held over the writer, the ex's threat to kill himself used to
  // keep the writer, "what you did to my neck", handovers at a police station. These notes are
  // new words, not the lists' own.
  it.each([
    'looked up how many calories are in a chippy tea, regretted it',
    'Relapsed and texted her at midnight. Day one again tomorrow.',
    'banged my head on the car door getting the shopping out',
    'bought rope and pegs for the tent, camping with my brother this weekend',
    // From the review list (dev176b): what the round's draft flagged.
    'You keep saying you will kill yourself carrying that sofa alone, ask for help',
    'Last round of goodbyes at the school gate before we move to Bristol',
    'Night shift handover at the police station ran over again',
    'Got access to my bank account back after an hour on hold',
    'my mum bought me a rowing machine, please do not make me use it',
    'Which method is quickest for thawing mince, I forgot to take it out',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', "I'm a millstone round my family's neck and they'd cope better without me"],
    ['crisis', 'if I drove off the bridge on the way home they would call it an accident'],
    ['crisis', 'reading up on which method hurts least, I know I should stop'],
    ['crisis', 'rang everyone I love tonight to say I love them. a final round of goodbyes'],
    ['safety', 'Came back to my paintings slashed and him asleep on the sofa.'],
    ['safety', 'Text from her: I still have the password to your email, do not make me use it.'],
    [
      'safety',
      'You keep saying you will kill yourself if I go. I am going anyway and I am scared.',
    ],
    [
      'safety',
      'After what you did to my face in March, the kids will be handed over at the police station.',
    ],
    ['safety', "You said you'd drown the cat if I ever left. I took her with me."],
    ['safety', 'she says she will crash the car if I leave and it will be on me'],
    ['safety', 'his brother rang: stay away from the house if you know what is good for you'],
    [
      'safety',
      "You said you'd smash my teeth in if I took the kids to my dad's again, so I am not coming to the handover alone",
    ],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('leaving the ex is not leaving life', () => {
  // "not coming back" alarms as a crisis on its own; not back to the ex, nor after taking the
  // children or the pets and going.
  it.each([
    "You said you'd hurt the dog if I ever left. I took him with me and I'm not coming back.",
    "I'm not coming back no matter how many times you beg. You said you'd hurt me if I left.",
  ])('flags only safety in "%s"', (note) => {
    expect(detectSupport(note)).toEqual(['safety']);
  });
  it('does not flag "not coming back to you"', () => {
    expect(detectSupport("I'm not coming back to you, not this time.")).toEqual([]);
  });
  it.each([
    "I'm going out tonight and I'm not coming back.",
    'packed a bag. not coming back this time.',
    "I'm not coming back no matter what, the pills are ready",
  ])('still flags a crisis in "%s"', (note) => {
    expect(detectSupport(note)).toContain('crisis');
  });
});

describe('round 84: phone slang, long notes, fresh paraphrases, English as a second language', () => {
  it.each([
    // A writer's own past, told as long over, with no contact since.
    "Back in 2015 my ex used to read my texts. That ended years ago, he emigrated to Canada and we haven't spoken since.",
    // Someone else's dark words, told to the writer.
    "My friend Priya told me she's been self harming again, I'm going with her to the GP tomorrow.",
    "My sister's ex was stalking her last year, she got a restraining order and he moved away.",
    // Curses on things, budgets, binges, puzzles, warnings, dull meetings, someone's habit.
    'This spreadsheet can go and jump off a cliff.',
    'My bank account is bleeding out after Christmas.',
    'Killing myself with this true crime series, six episodes tonight.',
    "Tonight's crossword has beaten me into the ground.",
    "My physio says I'll hurt myself if I keep running on this knee.",
    'Two hours into the compliance training I wanted to throw myself out of the window.',
    "If my flatmate sings that song one more time I'll walk into the sea.",
    'Tired to death after moving house all weekend.',
    'Coach made us run suicides after practice.',
    // Sayings of another language, explained as sayings.
    'I have the knife at my throat with this deadline, a Polish expression for pressure.',
    "Beat me to death, I am not texting him first! This is my nan's saying.",
    "Me quiero morir de vergüenza, we say this when something is embarrassing. I called my boss by my ex's name.",
    // Games, teams, gardens, a bus, good news, bites.
    'Professor Plum with the rope in the library, I knew it!',
    'My fantasy team died a horrible death this week.',
    "I'd rather be hit by a bus than go to that reunion.",
    'Pinched myself to make sure it was real, I got the flat!',
    'Scratched myself in my sleep again, these bites are the worst.',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', 'Found out when the fast train that doesn’t stop at my station comes through.'],
    ['crisis', 'Slapped myself across the head over and over in the bathroom.'],
    ['crisis', 'Giving my dog to my sister tomorrow. After that nothing will matter.'],
    [
      'crisis',
      "Gave my guitar to my cousin today, he asked why, I didn't say. I think this is my last week.",
    ],
    ['crisis', 'Told my mum they were cat scratches. I did them with a safety pin.'],
    ['safety', 'She threw my records in the skip and texted me, then the dog is next.'],
    ['safety', 'He smashed my phone last night and said my laptop is next.'],
    [
      'safety',
      'There was a card pushed under the door saying accidents happen. It was him, I know it.',
    ],
    ['safety', "My phone has to stay face up whenever he's home."],
    ['safety', 'Another login alert from the city she lives in, third this week.'],
    ['safety', 'I changed my password twice and he still gets in.'],
    ['safety', "When he's been drinking he takes his belt to me."],
    ['safety', 'He tracked down where the office party was and waited outside for three hours.'],
    // The past that is not over, a friend's words the writer shares, a meeting that is not a joke.
    [
      'safety',
      'My ex used to check my phone years ago. We haven’t spoken since, but last night he turned up at my work.',
    ],
    ['crisis', 'My friend said she wants to die and honestly I feel the same way.'],
    [
      'crisis',
      "In the budget meeting I wanted to throw myself out of the window and I'm not being dramatic, I checked which windows open.",
    ],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
  it('reads a threat to overdose to keep the writer as safety, not as the writer’s crisis', () => {
    expect(
      detectSupport('If I leave she will swallow all the pills in the house, she says.'),
    ).toEqual(['safety']);
  });
});

describe('round 85: long marriages, a "they" ex, less obvious abuse, euphemism and faith', () => {
  it.each([
    'Counting down 9 days until Christmas at my sister’s.',
    'Went to a comedy club and the host pulled me up on stage and read me to filth.',
    'He warned me in advance the payment would be late. Fine.',
    "She asked if she can still take the kids to her mum's on Sunday. Of course.",
    "I wanted to die when I realised I'd sent the voice note to my boss. Mortifying, but he laughed.",
    "Adele came on the radio and I sang I'm so tired of being here at the top of my lungs in the car.",
    "Years ago my ex used to check my phone every night. I blocked him, moved cities, and he's long gone.",
    // From the review list (dev184b): what the round's draft flagged.
    'Walked the dog down to the weir and watched the kayakers.',
    "Posted in the group chat that I'd invited him, so everyone knows I tried.",
    'Finally redirecting my wages into my own account instead of the joint one.',
    'Told my sister next time it will be my turn to host Christmas.',
    'The plan tomorrow is to finally end it with the gym contract.',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', 'Walked to the weir again tonight. Next time I don’t think I’ll come back.'],
    ['crisis', 'Leaving this here so someone knows I tried to stay.'],
    ['crisis', 'Begged God for a sign to stay alive. Nothing.'],
    ['crisis', 'Hit my own arms with a hairbrush until they were purple.'],
    ['safety', 'She has been redirecting my pension payments into her account.'],
    ['safety', "Got another letter in Gary's handwriting listing where I went on Tuesday."],
    ['safety', 'My wages go in and he moves it out the same day.'],
    ['safety', "She's suing me for defamation because I told my sister what she did."],
    ['safety', 'He smashed my mug collection and said next time it will be you.'],
    ['safety', 'Whenever I mention seeing friends he says he will swallow all his tablets.'],
    [
      'safety',
      "I wanted to die when I realised I'd texted him from my new number. Not embarrassing, terrifying. He's rung twelve times since.",
    ],
    // The past that came back, and words sung that the writer means.
    [
      'safety',
      'Two years ago my ex used to hit me. I blocked him and moved cities, but last week he found me.',
    ],
    [
      'crisis',
      'Sang along to the radio in the car but honestly I am so tired of being here, I mean it.',
    ],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('round 86: drafts to the ex, men who play it down, parents, hard negatives', () => {
  it.each([
    'Leg day. Genuinely want to die, ten out of ten, would do it again.',
    "Told Mo his shirt is hideous. He's threatened to bury me under the patio, standard banter.",
    'Played Fortnite with my nephew. He killed me nine times.',
    "Found out my sister has been self harming. We're seeing her GP together.",
    "A customer shouted at me because her prescription wasn't ready.",
    'My ex used to read my texts years ago. We co-parent fine now.',
    // "You" asked of the ex is a request, not what they did.
    'Can you take the kids after school on Friday?',
    // From the review list (dev188b): what the round's draft flagged.
    "Hid the Easter eggs and told the kids I'd put them somewhere you'll never find them.",
    'Ran my first half marathon and my running club were standing at my finish line with a banner.',
    'Draft to Jess: you put my money into their account for the cottage, thanks so much.',
    "Wrote 'if anyone finds this please return to Flat 3' inside my new journal.",
    'Card through the door saying accidents happen, sorry about your wing mirror, with a twenty inside.',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', 'If anyone finds this, the passwords are in the blue folder.'],
    ['safety', "When I said no you carried on anyway. I'm scared to be alone in a room with you."],
    ['safety', 'He gets a bit handy after a few pints. Caught me with the remote again.'],
    ['safety', 'She went for me with the bread knife last night, nothing serious.'],
    ['safety', 'He keeps saying he could make my death look natural.'],
    [
      'safety',
      "I think he's giving the kids something when they stay at his, they come back groggy.",
    ],
    [
      'safety',
      'Found an envelope under my wiper with a single bullet casing in it and no note. My ex is the only person I know who shoots.',
    ],
    ['safety', 'She was waiting at my turnaround point on the river path this morning.'],
    [
      'safety',
      'my arm got twisted behind my back last night. Of course it was him, he never knows when to stop.',
    ],
    // Words put in his mouth as a long sentence opens are his, however far the threat comes.
    [
      'safety',
      "He texted 'go for full custody and I'll take them somewhere you'll never find them, my brother's place in Spain is empty'.",
    ],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});

describe('round 87: two languages, questions, denials and hypotheticals, a realistic sample', () => {
  it.each([
    'Is it okay to not want to live with my flatmates anymore?',
    'How many ibuprofen can you safely take in a day? My back is killing me after the move.',
    'What happens if you die without a will? Asking for my dad.',
    "How do I know if my cousin's new boyfriend is controlling?",
    "If he ever laid a finger on me I'd be gone. Luckily he's just boring.",
    "Nobody is threatening me, nobody is following me, it's just quiet.",
    'A friend asked if he was ever violent. No, never.',
    'Mi mama me va a matar when she sees my new tattoo.',
    "I'd throw myself into the sea if I had to sit through one more baby shower. Had a lovely time though.",
    "My ex was violent but that ended in 2015, he lives abroad now and there's been zero contact since.",
    // From the review list (dev192b): what the round's draft flagged.
    'Is it weird to not want to go on a second date with someone perfectly nice?',
    'My instructor said if I lose control on ice I wouldn’t brake, I’d steer into the skid.',
    'Had my hair cut yesterday for the first time in eight months.',
    'Took my niece to the fair and she drove straight at me in the bumper cars all afternoon.',
  ])('does not flag "%s"', (note) => {
    expect(detectSupport(note)).toEqual([]);
  });
  it.each([
    ['crisis', 'is it normal to not want to wake up since she left?'],
    [
      'crisis',
      "Want to delete my Instagram first so he can't post some fake tribute once I've done it.",
    ],
    ['crisis', "If I lost control on the bypass I wouldn't brake."],
    ['crisis', 'Tatalon na lang ako sa tulay, I keep thinking about it.'],
    ['safety', 'I have to ask him for every single pound.'],
    ['safety', 'He bangs until the neighbours come out.'],
    ['safety', "Vikram said he'll take the bachche to his parents and I'll never see them again."],
    ['safety', "I think she's been crushing her pills into my tea."],
    // A hypothetical that has happened, a safe-dose question from someone saving pills.
    ['safety', "If he ever hits me again I'm leaving, last time was in March."],
    [
      'crisis',
      'How many co-codamol can you safely take in one go? I have been keeping a few back from every prescription.',
    ],
  ])('flags %s in "%s"', (flag, note) => {
    expect(detectSupport(note)).toContain(flag);
  });
});
