/** Builders for valid data documents. */
import { emptyData, type ExcoData } from '../../src/core/model.js';

export function sampleData(now = new Date('2026-11-20T12:00:00Z')): ExcoData {
  const at = now.toISOString();
  const data = emptyData(now);
  data.profile = {
    exName: 'Sam',
    breakupDate: '2026-11-01',
    monthsTogether: 18,
    intensity: 'medium',
    reason: 'communication',
    initiator: 'them',
    exNewPartner: false,
    createdAt: at,
    updatedAt: at,
  };
  data.contacts.push({ id: 'c1', at, date: '2026-11-10', type: 'slip', note: 'texted Sam at 2am' });
  data.reflections.push({
    id: 'r1',
    at,
    date: '2026-11-20',
    mood: 3,
    urge: 6,
    promptId: 'own-part',
    prompt: 'What was your part?',
    answer: 'I went quiet when things got hard.',
    note: 'Hard day.',
    support: [],
  });
  data.mistakes.push({
    id: 'm1',
    at,
    pattern: 'distant',
    description: 'shut down',
    plan: 'say what I feel',
  });
  data.goals.push({
    id: 'g1',
    at,
    category: 'people',
    title: 'Call Alex every Sunday',
    perWeek: 1,
    addresses: 'm1',
    status: 'active',
    logs: [{ id: 'l1', at, date: '2026-11-15', note: 'Long call with Alex' }],
  });
  data.urges.push({ id: 'u1', at, intensity: 8, trigger: 'saw our song', heldOff: true });
  return data;
}
