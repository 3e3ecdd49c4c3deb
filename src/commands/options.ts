/** Parsers for flag values: a bad value is a usage error (exit 2) that says what is allowed. */
import { InvalidArgumentError, Option } from 'commander';
import { isDay } from '../core/dates.js';
import { wholeNumberIn } from '../core/text.js';

export function parseDayFlag(value: string): string {
  if (!isDay(value)) throw new InvalidArgumentError('expected a real date as YYYY-MM-DD.');
  return value;
}

export function intFlag(min: number, max: number) {
  return (value: string): number => {
    const n = wholeNumberIn(value, min, max);
    if (n === null)
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}.`);
    return n;
  };
}

export function numberFlag(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a number from ${min} to ${max}.`);
    }
    return n;
  };
}

export function choiceOption(
  flags: string,
  description: string,
  choices: readonly string[],
): Option {
  return new Option(flags, description).choices(choices);
}

export const yesNo = (value: 'yes' | 'no' | undefined): boolean | undefined =>
  value === undefined ? undefined : value === 'yes';
