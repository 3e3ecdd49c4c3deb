/** Builders for engine tests: a started person at a chosen point in the program. */
import type { ContactType, ExcoData, Profile, Response } from '../../src/core/model.js';
import { emptyData } from '../../src/core/model.js';
import type { Started } from '../../src/core/engine.js';

export const AT = '2026-11-01T09:00:00.000Z';

export function started(profile: Partial<Profile> = {}): Started {
  const data = emptyData(new Date(AT));
  return {
    ...data,
    profile: {
      breakupDate: '2026-11-01',
      monthsTogether: 3,
      intensity: 'low',
      reason: 'grew-apart',
      initiator: 'mutual',
      exNewPartner: false,
      createdAt: AT,
      updatedAt: AT,
      ...profile,
    },
  };
}

let seq = 0;
export function withContact(
  data: ExcoData,
  type: ContactType,
  date: string,
  response?: Response,
): void {
  seq += 1;
  data.contacts.push({
    id: `c${seq}`,
    at: `${date}T20:00:00.000Z`,
    date,
    type,
    ...(response ? { response } : {}),
  });
}

/** Steps 2 and 3 done: a mistake with a plan and a goal with a log. */
export function withGrowth(data: ExcoData): void {
  data.mistakes.push({ id: 'm1', at: AT, pattern: 'distant', plan: 'Say how I feel.' });
  data.goals.push({
    id: 'g1',
    at: AT,
    category: 'fitness',
    title: 'Run',
    status: 'active',
    logs: [{ id: 'l1', at: AT, date: '2026-11-03' }],
  });
}

export const localNoon = (day: string) => new Date(`${day}T12:00:00`);
