/**
 * The coach's words for `exco goals`: the categories with the guide's five self-improvement
 * examples (kept once, in the improve step), ready-made goals to start from, ideas that answer
 * each kind of mistake, and how to look at the evidence without turning it into a performance.
 */
import type { Goal, Mistake } from '../core/model.js';
import { stepById } from './steps.js';

export type GoalCategory = Goal['category'];
type MistakePattern = Mistake['pattern'];

export interface GoalSuggestion {
  title: string;
  perWeek?: number;
}

export interface CategoryContent {
  id: GoalCategory;
  name: string;
  /** The guide's example for this area, as the improve step words it. */
  example: string;
  suggestions: readonly GoalSuggestion[];
}

const improve = stepById('improve');
const show = stepById('show');
const example = (i: number) => improve.examples?.items[i] ?? '';

export const GOAL_CATEGORY_CONTENT: readonly CategoryContent[] = [
  {
    id: 'fitness',
    name: 'Fitness',
    example: example(0),
    suggestions: [
      { title: 'Go to the gym', perWeek: 3 },
      { title: 'A 20-minute walk or run', perWeek: 4 },
      { title: 'Stretch or do yoga before bed', perWeek: 3 },
    ],
  },
  {
    id: 'hobby',
    name: 'A hobby',
    example: example(1),
    suggestions: [
      { title: 'Go to a pottery or painting class', perWeek: 1 },
      { title: 'A short coding lesson', perWeek: 3 },
      { title: 'Cook something I have never made', perWeek: 1 },
    ],
  },
  {
    id: 'growth',
    name: 'Personal growth',
    example: example(2),
    suggestions: [
      { title: 'Read a chapter of a book that helps me grow', perWeek: 4 },
      { title: 'Listen to a podcast episode on personal growth', perWeek: 2 },
      { title: 'Journal for ten minutes', perWeek: 3 },
    ],
  },
  {
    id: 'people',
    name: 'People',
    example: example(3),
    suggestions: [
      { title: 'Call or see someone I love', perWeek: 2 },
      { title: 'Get back in touch with an old friend', perWeek: 1 },
      { title: 'A family meal or call on Sunday', perWeek: 1 },
    ],
  },
  {
    id: 'career',
    name: 'Career or education',
    example: example(4),
    suggestions: [
      { title: 'Work on a course or qualification', perWeek: 3 },
      { title: 'Focused time on a work project I care about', perWeek: 2 },
      { title: 'Update my CV and portfolio' },
    ],
  },
  {
    id: 'other',
    name: 'Something else',
    example: 'Anything else that is good for you: sleep, food, money, your home.',
    suggestions: [
      { title: 'In bed by 11 pm', perWeek: 5 },
      { title: 'Cook at home', perWeek: 3 },
      { title: 'Ten minutes outside in daylight', perWeek: 5 },
    ],
  },
];

export function categoryContent(id: GoalCategory): CategoryContent {
  return (
    GOAL_CATEGORY_CONTENT.find((c) => c.id === id) ??
    (GOAL_CATEGORY_CONTENT.at(-1) as CategoryContent)
  );
}

/** Why goals at all: for the person's own sake, not to win anyone over (the improve step). */
export const GOALS_WHY: readonly string[] = improve.why.slice(0, 2);

/**
 * The same point without any mention of winning the ex over, for when exco coaches no contact
 * (safety mode, an ex with someone new, moving on).
 */
export const GOALS_WHY_SELF: readonly string[] = improve.why.slice(1, 2);

/** For a first visit, before any goal exists. */
export const FIRST_GOAL =
  'No goals yet. Start with one or two small things you would enjoy doing anyway; you can add more later.';

/** One goal idea per kind of mistake, for when a named mistake has nothing answering it yet. */
export const MISTAKE_IDEAS: Readonly<
  Record<MistakePattern, { category: GoalCategory } & GoalSuggestion>
> = {
  clingy: {
    category: 'hobby',
    title: 'An evening a week doing something I enjoy on my own',
    perWeek: 1,
  },
  distant: { category: 'people', title: 'Call a friend every Sunday', perWeek: 1 },
  controlling: {
    category: 'growth',
    title: 'Let someone else choose the plan, and go with it',
    perWeek: 1,
  },
  communication: {
    category: 'people',
    title: 'Tell someone I trust how I actually feel',
    perWeek: 2,
  },
  other: { category: 'growth', title: 'Write down one step I took on my plan', perWeek: 2 },
};

export const EVIDENCE = {
  title: "Show, don't tell: your record of change",
  /** The show step's reasons, framed for the person's own record. */
  intro: show.why.slice(0, 2),
  selfIntro: [
    'Each log is a dated piece of evidence of what you did, not what you promised.',
    'This record is yours alone: proof to yourself that you are changing.',
  ],
  empty:
    'Nothing logged yet. Each time you do something towards a goal, log it: it becomes evidence here.',
  unlinked: 'Other goals',
  noMistakes:
    'You have not named any mistakes yet (step 2). Once you have, link a goal to one with --addresses, and this record will show what you did about each.',
  noGoalYet: 'Nothing answers this one yet.',
  howItShows: show.examples?.title ?? 'What that can look like',
  howItShowsItems: show.examples?.items ?? [],
  caution: [
    'Keep this list to yourself. Sending it, or posting it as proof, is telling, not showing.',
    'Do not announce that you have changed. If it is real, it shows in how you live.',
    'Share small glimpses, if any, without boasting or comparing your life with theirs.',
  ],
} as const;
