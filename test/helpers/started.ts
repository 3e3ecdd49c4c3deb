/** A person who has run `exco start` with flags, for command tests. */
import { runStart, type StartOptions } from '../../src/commands/start.js';
import { testDeps, type TestDeps } from './deps.js';

/** Three months, casual, grew apart, mutual: a 21-day window from 1 Nov 2026. */
const PROFILE: StartOptions = {
  breakupDate: '2026-11-01',
  monthsTogether: 3,
  intensity: 'low',
  reason: 'grew-apart',
  initiator: 'mutual',
  safety: 'no',
  json: false,
};

/** Test deps whose store already holds a started profile; `start` prints into its own deps. */
export async function startWith(
  options: Parameters<typeof testDeps>[0] = {},
  profile: Partial<StartOptions> = {},
): Promise<TestDeps> {
  const deps = testDeps({ interactive: false, ...options });
  await runStart(
    { ...PROFILE, ...profile },
    testDeps({ interactive: false, dir: deps.dir, now: deps.now }),
  );
  return deps;
}
