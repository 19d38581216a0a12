/**
 * Measures places and organizers on the seed gold: for every gold event, are its places and its
 * organizers among what `findPlaces` and `findOrganizations` give for the event's evidence, under
 * exactly the gold's nominative names (compared as the gold notes say: case folded, «ё» as «е»,
 * whitespace collapsed)? Organizers the evidence does not name (a plan's owner) are counted apart.
 *   npx tsx src/extract/entities/seed-check.ts [../shared/data]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InterchangeDocument } from '../../domain/index.js';
import { loadReferenceData, type ReferenceData } from '../../reference/index.js';
import { findOrganizations } from '../orgs/index.js';
import { findPlaces } from '../places/index.js';

export interface SeedScore {
  places: { gold: number; found: number; predicted: number; misses: string[] };
  organizers: { gold: number; found: number; unattested: number; misses: string[] };
}

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** Scores every gold file of `dataDir/gold` against the evidence of its events. */
export function scoreSeeds(dataDir: string, ref: ReferenceData): SeedScore {
  const goldDir = join(dataDir, 'gold');
  const score: SeedScore = {
    places: { gold: 0, found: 0, predicted: 0, misses: [] },
    organizers: { gold: 0, found: 0, unattested: 0, misses: [] },
  };
  for (const file of readdirSync(goldDir).filter((f) => /^\d+_.*\.json$/.test(f))) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as InterchangeDocument;
    for (const event of gold.events) {
      const places = new Set(findPlaces(event.evidence, ref).map((m) => fold(m.value.name)));
      score.places.predicted += places.size;
      for (const place of event.places) {
        score.places.gold++;
        if (places.has(fold(place.name))) score.places.found++;
        else score.places.misses.push(`${file}: ${place.name} in «${event.evidence.slice(0, 80)}»`);
      }
      const orgs = new Set(findOrganizations(event.evidence, ref, { nested: true }).map((m) => fold(m.value.name)));
      for (const organizer of event.organizers) {
        score.organizers.gold++;
        if (orgs.has(fold(organizer))) score.organizers.found++;
        else if (!attested(event.evidence, organizer, ref)) score.organizers.unattested++;
        else score.organizers.misses.push(`${file}: ${organizer} in «${event.evidence.slice(0, 80)}»`);
      }
    }
  }
  return score;
}

/**
 * Whether the evidence names the organizer at all: most words of its name (by their first five
 * letters), or its abbreviation, appear there. A plan's owner, implied for its rows, does not.
 */
function attested(evidence: string, organizer: string, ref?: ReferenceData): boolean {
  const words = fold(organizer)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 4);
  const text = fold(evidence);
  const present = words.filter((w) => text.includes(w.slice(0, 5))).length;
  if (words.length > 0 && present / words.length >= 0.6) return true;
  const entry = ref?.orgs.byName.get(fold(organizer));
  return (entry?.abbreviations ?? []).some((a) => new RegExp(`(^|[^\\p{L}])${a}($|[^\\p{L}])`, 'u').test(evidence));
}

const isMain = process.argv[1]?.endsWith('seed-check.ts');
if (isMain) {
  const dataDir = process.argv[2] ?? '../shared/data';
  if (!existsSync(join(dataDir, 'gold'))) {
    console.error(`seed-check: ${dataDir}/gold not found`);
    process.exit(1);
  }
  const s = scoreSeeds(dataDir, await loadReferenceData());
  const pct = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));
  console.log(
    `places: ${s.places.found}/${s.places.gold} gold places found (recall ${pct(s.places.found, s.places.gold)})`,
  );
  const attestedGold = s.organizers.gold - s.organizers.unattested;
  console.log(
    `organizers: ${s.organizers.found}/${attestedGold} named in the evidence found under the gold name (recall ${pct(s.organizers.found, attestedGold)}); ${s.organizers.unattested} not named in the evidence`,
  );
  for (const m of [...s.places.misses, ...s.organizers.misses]) console.log(`  miss ${m}`);
}
