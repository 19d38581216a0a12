/**
 * Writes `data/places/countries.json` (every country with its Russian name, common short forms and
 * capital) from ISO 3166 codes: `Intl.DisplayNames('ru')` gives the names, the hand-kept
 * `data/places/country-facts.json` adds capitals, aliases and a few better reference names.
 * Run after editing the facts: `npx tsx src/reference/generate-countries.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { GazetteerEntry } from './gazetteer.js';

interface CountryFacts {
  /** Absent for a state that no longer exists (СССР). */
  capital?: string;
  aliases?: string[];
  /** A reference name better than the one Intl gives («США», «Демократическая Республика Конго»). */
  name?: string;
}

const PLACES = new URL('../../data/places/', import.meta.url);
const facts = JSON.parse(readFileSync(new URL('country-facts.json', PLACES), 'utf8')) as Record<string, CountryFacts>;
const displayNames = new Intl.DisplayNames(['ru'], { type: 'region' });

// Intl abbreviates islands («о-ва Кука»); a reference book writes them out.
const expandIslands = (name: string) => name.replace(/^о-ва /, 'Острова ').replace(/^о-в /, 'Остров ');

const countries: GazetteerEntry[] = [];
const capitals: GazetteerEntry[] = [];
for (const [code, fact] of Object.entries(facts)) {
  const intlName = code.startsWith('X-') ? undefined : expandIslands(displayNames.of(code) ?? code);
  const name = fact.name ?? intlName ?? code;
  const aliases = [
    ...new Set([...(intlName !== undefined && intlName !== name ? [intlName] : []), ...(fact.aliases ?? [])]),
  ].filter((alias) => alias !== name);
  const id = `country:${code}`;
  countries.push({ id, name, type: 'country', ...(aliases.length > 0 ? { aliases } : {}) });
  if (fact.capital !== undefined)
    capitals.push({
      id: `city:${code}:${fact.capital}`,
      name: fact.capital,
      type: 'city',
      country: name,
      capital: true,
    });
}

const lines = (entries: GazetteerEntry[]) => `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
writeFileSync(new URL('countries.json', PLACES), lines(countries));
writeFileSync(new URL('capitals.json', PLACES), lines(capitals));
console.log(`countries: ${countries.length}, capitals: ${capitals.length}`);
