/** Run after each test file's own hooks (jest.config.ts `setupFilesAfterEnv`): no temp dir outlives its file. */
import { afterAll } from '@jest/globals';
import { removeTempDirs } from './deps.js';

afterAll(removeTempDirs);
