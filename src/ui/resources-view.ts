/** Printing support resources: the person's country first when known, always a directory. */
import {
  COUNTRY_RESOURCES,
  DIRECTORY,
  countryFromLocale,
  resourcesFor,
  type CountryResources,
  type Resource,
} from '../content/resources.js';
import { bullet } from './layout.js';
import type { Output } from './output.js';

export type ResourceKind = 'crisis' | 'abuse';

/** The person's saved country, else the one their locale suggests, else none. */
export function pickCountry(
  saved: string | null,
  env: NodeJS.ProcessEnv = process.env,
): CountryResources | null {
  return (
    resourcesFor(saved) ??
    resourcesFor(countryFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG))
  );
}

function line(r: Resource, full: boolean): string {
  const note = full && r.note ? ` ${r.note}` : '';
  return `${r.name}: ${r.contact}${r.hours ? ` (${r.hours})` : ''}.${note}`;
}

/** One line to reach someone now: the person's country's first crisis line, else a directory. */
export function crisisContact(country: CountryResources | null): string {
  const resource = country?.crisis[0] ?? DIRECTORY[0];
  return resource ? line(resource, false) : 'your local emergency number.';
}

export function printResources(
  out: Output,
  kinds: readonly ResourceKind[],
  country: CountryResources | null,
): void {
  const { style } = out;
  const width = out.columns;
  const title = kinds.includes('abuse')
    ? 'Support for your safety'
    : 'You do not have to carry this alone';
  out.line(style.heading(title));
  const countries = country ? [country] : COUNTRY_RESOURCES;
  if (!country) {
    out.line(style.muted('In danger right now? Call your local emergency number.'));
    out.line(style.muted('For the lines where you live only: exco start --country US|GB|CA|AU|IE'));
  }
  for (const c of countries) {
    out.line(`${style.strong(c.name)} ${style.muted(`· emergency ${c.emergency}`)}`);
    for (const kind of kinds)
      for (const r of c[kind]) out.line(bullet(line(r, country !== null), width));
  }
  out.line(style.strong('Anywhere else'));
  for (const r of DIRECTORY) out.line(bullet(line(r, true), width));
  out.line();
}
