/**
 * Registered for every test file (jest.config.ts `setupFilesAfterEnv`): no temp dir outlives its
 * file. It runs after the file's afterEach and describe-level afterAll hooks, but before an
 * afterAll at the file's top level, so teardown that needs a temp dir belongs in the former.
 */
import { afterAll } from '@jest/globals';
import { removeTempDirs } from './deps.js';

afterAll(removeTempDirs);
