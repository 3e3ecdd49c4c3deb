/** Pieces shared by the draft rule patterns (see draft-rules.ts). */
export const r = String.raw;
/** The end of a sentence or clause, or of the message. */
export const END = r`(?= [.?!,]| $)`;
/** Anything up to the end of the sentence, as little as possible. */
export const SENT = r`[^.?!]*?`;
/** Words that only intensify what follows: "i really truly miss". */
export const HOW = r`(?:really |truly |honestly |completely |totally |finally |genuinely |actually |seriously |so |still |just |always |do |desperately )*`;
