/**
 * Support services by country. Each number was checked against the service's own pages or an
 * official source when it was added; check again before changing one, since a wrong number is
 * worse than none.
 */

export type CountryCode = 'US' | 'GB' | 'CA' | 'AU' | 'IE';

export interface Resource {
  name: string;
  contact: string;
  hours?: string;
  note?: string;
}

export interface CountryResources {
  code: CountryCode;
  name: string;
  emergency: string;
  crisis: Resource[];
  abuse: Resource[];
}

export const COUNTRY_RESOURCES: readonly CountryResources[] = [
  {
    code: 'US',
    name: 'United States',
    emergency: '911',
    crisis: [
      {
        name: '988 Suicide & Crisis Lifeline',
        contact: 'Call or text 988, or chat at 988lifeline.org',
        hours: '24/7',
      },
    ],
    abuse: [
      {
        name: 'National Domestic Violence Hotline',
        contact: 'Call 1-800-799-7233 or text START to 88788',
        hours: '24/7',
        note: 'Live chat at thehotline.org.',
      },
    ],
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    emergency: '999',
    crisis: [
      {
        name: 'Samaritans',
        contact: 'Call 116 123 (free), or email jo@samaritans.org',
        hours: '24/7',
      },
    ],
    abuse: [
      {
        name: 'National Domestic Abuse Helpline (Refuge)',
        contact: 'Call 0808 2000 247 (free)',
        hours: '24/7',
        note: 'At nationaldahelpline.org.uk you can ask for a call back at a safe time.',
      },
      {
        name: "Men's Advice Line (Respect)",
        contact: 'Call 0808 801 0327',
        note: 'For men experiencing domestic abuse.',
      },
    ],
  },
  {
    code: 'CA',
    name: 'Canada',
    emergency: '911',
    crisis: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        contact: 'Call or text 988',
        hours: '24/7',
        note: 'In English and French.',
      },
    ],
    abuse: [
      {
        name: 'ShelterSafe',
        contact: 'sheltersafe.ca',
        note: "A map of women's shelters across Canada with their 24-hour crisis lines. You do not have to stay at a shelter to get help.",
      },
    ],
  },
  {
    code: 'AU',
    name: 'Australia',
    emergency: '000',
    crisis: [
      {
        name: 'Lifeline',
        contact: 'Call 13 11 14 or text 0477 13 11 14',
        hours: '24/7',
      },
    ],
    abuse: [
      {
        name: '1800RESPECT',
        contact: 'Call 1800 737 732 or text 0458 737 732',
        hours: '24/7',
        note: 'National domestic, family and sexual violence counselling service.',
      },
    ],
  },
  {
    code: 'IE',
    name: 'Ireland',
    emergency: '112 or 999',
    crisis: [
      {
        name: 'Samaritans Ireland',
        contact: 'Call 116 123 (free)',
        hours: '24/7',
      },
    ],
    abuse: [
      {
        name: "Women's Aid",
        contact: 'Call 1800 341 900 (free)',
        hours: '24/7',
        note: 'National helpline for women experiencing domestic abuse.',
      },
      {
        name: "Men's Aid",
        contact: 'Call 01 554 3811',
        hours: 'Mon–Fri, 9am–5pm',
        note: 'For men experiencing domestic abuse.',
      },
    ],
  },
];

/** For everywhere else. */
export const DIRECTORY: Resource[] = [
  {
    name: 'Find A Helpline',
    contact: 'findahelpline.com',
    note: 'Free, confidential helplines, searchable by country and by topic.',
  },
  {
    name: 'Befrienders Worldwide',
    contact: 'befrienders.org',
    note: 'Emotional support centres in many countries.',
  },
  {
    name: 'Emergency services',
    contact: 'Your local emergency number',
    note: 'In the EU, 112 works from any phone.',
  },
];

const ALIASES: Readonly<Record<string, CountryCode>> = { UK: 'GB' };

function toCountryCode(value: string): CountryCode | null {
  const upper = value.trim().toUpperCase();
  const code = ALIASES[upper] ?? upper;
  return COUNTRY_RESOURCES.some((c) => c.code === code) ? (code as CountryCode) : null;
}

/** Case-insensitive; 'UK' is accepted for 'GB'. */
export function resourcesFor(code: string | null): CountryResources | null {
  if (code === null) return null;
  const known = toCountryCode(code);
  return COUNTRY_RESOURCES.find((c) => c.code === known) ?? null;
}

/** 'en-GB' -> 'GB', 'en_AU.UTF-8' -> 'AU', 'fr-CA' -> 'CA'; no region or an unsupported one -> null. */
export function countryFromLocale(locale: string | undefined): CountryCode | null {
  if (!locale) return null;
  const tag = locale.split(/[.@]/)[0] ?? '';
  const region = tag
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[a-z]{2}$/i.test(part));
  return region ? toCountryCode(region) : null;
}
