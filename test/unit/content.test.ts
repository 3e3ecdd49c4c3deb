import { describe, expect, it } from '@jest/globals';
import {
  DISCLAIMER,
  NOT_A_THERAPIST,
  SAFETY_MODE_EXPLAINED,
  WELCOME,
} from '../../src/content/disclaimer.js';
import {
  COUNTRY_RESOURCES,
  DIRECTORY,
  countryFromLocale,
  resourcesFor,
} from '../../src/content/resources.js';
import {
  STEP_IDS,
  STEPS,
  stepById,
  stepByNumber,
  type StepContent,
} from '../../src/content/steps.js';

/** Every user-facing line of a step, tagged with the list it sits in. */
function linesOf(step: StepContent): { list: string; text: string }[] {
  const tag = (list: string, texts: string[]) => texts.map((text) => ({ list, text }));
  return [
    ...tag('title', [step.title, step.summary]),
    ...tag('why', step.why),
    ...tag('how', step.how),
    ...tag('avoid', step.avoid),
    ...tag('examples', step.examples ? [step.examples.title, ...step.examples.items] : []),
    ...(step.sections ?? []).flatMap((s) => tag('section', [s.title, ...s.points])),
    ...tag('today', step.today),
  ];
}

const allStepText = (step: StepContent) =>
  linesOf(step)
    .map((l) => l.text)
    .join('\n');
const section = (step: StepContent, title: RegExp) =>
  step.sections?.find((s) => title.test(s.title));

describe('steps', () => {
  it('lists the seven steps in order, numbered 1 to 7', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('finds steps by id and by number', () => {
    for (const id of STEP_IDS) expect(stepById(id).id).toBe(id);
    expect(stepByNumber(4)?.id).toBe('reconnect');
    expect(stepByNumber(0)).toBeUndefined();
    expect(stepByNumber(8)).toBeUndefined();
  });

  it.each(STEP_IDS)('%s has a title, summary, reasons, actions, pitfalls and daily ideas', (id) => {
    const step = stepById(id);
    expect(step.title.length).toBeGreaterThan(0);
    expect(step.summary.length).toBeGreaterThan(0);
    expect(step.why.length).toBeGreaterThan(0);
    expect(step.how.length).toBeGreaterThan(0);
    expect(step.avoid.length).toBeGreaterThan(0);
    expect(step.today.length).toBeGreaterThanOrEqual(5);
    expect(new Set(step.today).size).toBe(step.today.length);
  });

  it('keeps every line short enough for a terminal and free of blanks', () => {
    for (const step of STEPS) {
      for (const { text } of linesOf(step)) {
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(110);
      }
    }
  });

  it('space says how much space is enough, in weeks to months, and why it varies', () => {
    const howMuch = section(stepById('space'), /how much space/i);
    expect(howMuch).toBeDefined();
    const text = howMuch!.points.join(' ');
    expect(text).toMatch(/weeks/i);
    expect(text).toMatch(/months/i);
    expect(text).toMatch(/no fixed number/i);
    expect(text).toMatch(/how long/i);
    expect(text).toMatch(/why it ended/i);
  });

  it('space warns against texting, calling and showing up at their door', () => {
    const avoid = stepById('space').avoid.join(' ');
    expect(avoid).toMatch(/text/i);
    expect(avoid).toMatch(/call/i);
    expect(avoid).toMatch(/turning up at their home/i);
  });

  it('reflect names the four mistake patterns and frames them as responsibility, not blame', () => {
    const mistakes = section(stepById('reflect'), /mistakes/i);
    expect(mistakes).toBeDefined();
    const text = mistakes!.points.join(' ');
    for (const pattern of [/clingy/i, /distant/i, /controlling/i, /communicat/i]) {
      expect(text).toMatch(pattern);
    }
    expect(text).toMatch(/plan/i);
    expect(text).toMatch(/responsibility, not punishment/i);
  });

  it('improve gives exactly the five example areas', () => {
    const items = stepById('improve').examples?.items ?? [];
    expect(items).toHaveLength(5);
    const areas = [
      /gym|fitness/i,
      /hobby/i,
      /books|podcasts/i,
      /friends|loved ones/i,
      /career|education/i,
    ];
    for (const area of areas) expect(items.filter((item) => area.test(item))).toHaveLength(1);
    expect(stepById('improve').why.join(' ')).toMatch(/not about turning into someone else/i);
  });

  it('show gives three examples and warns against announcing change', () => {
    const show = stepById('show');
    expect(show.examples?.items).toHaveLength(3);
    expect(show.examples!.items.join(' ')).toMatch(/promotion/i);
    expect(show.avoid.join(' ')).toMatch(/telling them how much you have changed/i);
  });

  it('reconnect waits for no contact, stays light, and backs off when not welcome', () => {
    const reconnect = stepById('reconnect');
    expect(reconnect.why.join(' ')).toMatch(/no-contact time has passed/i);
    const notOverdoing = section(reconnect, /overdoing/i);
    expect(notOverdoing).toBeDefined();
    const text = notOverdoing!.points.join(' ');
    expect(text).toMatch(/short and light/i);
    expect(text).toMatch(/step back and give them space again/i);
    expect(reconnect.avoid.join(' ')).toMatch(/bump into/i);
  });

  it('never coaches staging an encounter or tracking the ex outside the "avoid" list', () => {
    const staging = /accident|bump into|stage|staging|track|monitor|where you know they will be/i;
    for (const step of STEPS) {
      const offenders = linesOf(step).filter((l) => l.list !== 'avoid' && staging.test(l.text));
      expect(offenders).toEqual([]);
    }
    for (const step of STEPS) expect(allStepText(step)).not.toMatch(/accidental/i);
  });

  it('reunion asks for slowness, honesty and commitment from both', () => {
    const text = allStepText(stepById('reunion'));
    expect(text).toMatch(/trust/i);
    expect(text).toMatch(/honest/i);
    expect(text).toMatch(/both fully committed/i);
  });

  it('acceptance says plainly there is no guarantee, and that you deserve happiness', () => {
    const text = allStepText(stepById('acceptance'));
    expect(text).toMatch(/no guarantee/i);
    expect(text).toMatch(/someone new/i);
  });
});

describe('disclaimer', () => {
  const text = DISCLAIMER.join('\n');

  it('covers every point of the disclaimer', () => {
    expect(text).toMatch(/guarantee/i);
    expect(text).toMatch(/ends for a good reason/i);
    expect(text).toMatch(/never about pressuring/i);
    expect(text).toMatch(/you both truly want it/i);
    expect(text).toMatch(/abuse/i);
    expect(text).toMatch(/safety comes first/i);
    expect(text).toMatch(/friends, family, or a professional/i);
    expect(text).toMatch(/ended for other reasons/i);
  });

  it('says exco is a coach, not a therapist, and never helps manipulate anyone', () => {
    expect(NOT_A_THERAPIST).toMatch(/not a therapist/i);
    expect(NOT_A_THERAPIST).toMatch(/professional help/i);
    expect(DISCLAIMER).toContain(NOT_A_THERAPIST);
    expect(text).toMatch(/never help you manipulate/i);
  });

  it('welcomes the user honestly', () => {
    expect(WELCOME.length).toBeGreaterThanOrEqual(3);
    expect(WELCOME.join(' ')).toMatch(/may not happen/i);
  });

  it('explains that safety mode locks contact coaching for good and keeps healing open', () => {
    const safety = SAFETY_MODE_EXPLAINED.join(' ');
    expect(safety).toMatch(/locked/i);
    expect(safety).toMatch(/for good/i);
    expect(safety).toMatch(/why/i);
    for (const open of [/space/i, /reflection/i, /growth/i, /acceptance/i]) {
      expect(safety).toMatch(open);
    }
    expect(safety).toMatch(/emergency number/i);
  });
});

describe('resources', () => {
  it.each(COUNTRY_RESOURCES.map((c) => [c.code, c] as const))(
    '%s has an emergency number, a crisis line and an abuse service',
    (_code, country) => {
      expect(country.emergency).toMatch(/\d/);
      expect(country.crisis.length).toBeGreaterThan(0);
      expect(country.abuse.length).toBeGreaterThan(0);
      for (const r of [...country.crisis, ...country.abuse]) {
        expect(r.name.length).toBeGreaterThan(0);
        expect(r.contact.length).toBeGreaterThan(0);
      }
    },
  );

  it('covers the five supported countries with their checked numbers', () => {
    const contacts = (code: string) =>
      JSON.stringify(resourcesFor(code)?.crisis) + JSON.stringify(resourcesFor(code)?.abuse);
    expect(resourcesFor('US')?.emergency).toBe('911');
    expect(contacts('US')).toContain('988');
    expect(contacts('US')).toContain('1-800-799-7233');
    expect(resourcesFor('GB')?.emergency).toBe('999');
    expect(contacts('GB')).toContain('116 123');
    expect(contacts('GB')).toContain('0808 2000 247');
    expect(resourcesFor('CA')?.emergency).toBe('911');
    expect(contacts('CA')).toContain('988');
    expect(contacts('CA')).toContain('sheltersafe.ca');
    expect(resourcesFor('AU')?.emergency).toBe('000');
    expect(contacts('AU')).toContain('13 11 14');
    expect(contacts('AU')).toContain('1800 737 732');
    expect(resourcesFor('IE')?.emergency).toContain('112');
    expect(contacts('IE')).toContain('116 123');
    expect(contacts('IE')).toContain('1800 341 900');
  });

  it('looks countries up case-insensitively and accepts UK for GB', () => {
    expect(resourcesFor('uk')?.code).toBe('GB');
    expect(resourcesFor('UK')?.code).toBe('GB');
    expect(resourcesFor('gb')?.code).toBe('GB');
    expect(resourcesFor(' au ')?.code).toBe('AU');
    expect(resourcesFor('FR')).toBeNull();
    expect(resourcesFor('')).toBeNull();
    expect(resourcesFor(null)).toBeNull();
  });

  it('points everyone else to an international directory', () => {
    expect(DIRECTORY.map((r) => r.contact).join(' ')).toContain('findahelpline.com');
  });
});

describe('countryFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en_AU.UTF-8', 'AU'],
    ['fr-CA', 'CA'],
    ['en_US', 'US'],
    ['ga_IE.utf8@euro', 'IE'],
    ['en-uk', 'GB'],
    ['zh-Hant-TW', null],
    ['de-DE', null],
    ['en', null],
    ['C', null],
    ['POSIX', null],
    ['', null],
    [undefined, null],
  ])('%s -> %s', (locale, expected) => {
    expect(countryFromLocale(locale)).toBe(expected);
  });
});
