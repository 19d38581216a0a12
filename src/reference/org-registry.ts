/**
 * The organization registry: associations of municipalities, federal and regional bodies and
 * international organizations with their canonical full names, abbreviations and aliases, plus the
 * expansions of short forms written inside longer names («РФ», «Госдума», «г.»).
 */
import type { Morph } from '../morph/index.js';
import { addName, createNameIndex, foldName, type NameIndex, retainNameForms } from './name-index.js';

/** One organization as `data/orgs/*.json` and the store keep it. */
export interface OrganizationEntry {
  id: string;
  /** The canonical full name in the nominative. */
  name: string;
  /** Short forms that stand for the full name, also inside longer names: «МАГ», «Исполком СНГ». */
  abbreviations?: string[];
  /** Other full names of the same body: found alone, kept as written inside longer names. */
  aliases?: string[];
  /** association, federal, regional, international, ngo, fund, party, media, company… */
  kind?: string;
  country?: string;
}

export interface RegistryName {
  entry: OrganizationEntry;
  /** The matched form is a short form to expand inside a longer name. */
  short: boolean;
}

export interface OrgRegistry {
  entries: readonly OrganizationEntry[];
  names: NameIndex<RegistryName>;
  /** Short forms that are not organizations by themselves («РФ», «МСУ», «г.») and their nominative expansions. */
  expansions: NameIndex<string>;
  /** Entries by canonical name, folded. */
  byName: ReadonlyMap<string, OrganizationEntry>;
}

export function buildOrgRegistry(
  morph: Morph,
  entries: readonly OrganizationEntry[],
  expansions: Readonly<Record<string, string>>,
): OrgRegistry {
  const names = createNameIndex<RegistryName>();
  const byName = new Map<string, OrganizationEntry>();
  for (const entry of entries) {
    byName.set(foldName(entry.name), entry);
    addName(morph, names, entry.name, { entry, short: false });
    for (const alias of entry.aliases ?? []) addName(morph, names, alias, { entry, short: false });
    for (const abbreviation of entry.abbreviations ?? []) addName(morph, names, abbreviation, { entry, short: true });
  }
  const expansionIndex = createNameIndex<string>();
  for (const [short, full] of Object.entries(expansions)) {
    if (short.startsWith('_')) continue;
    addName(morph, expansionIndex, short, full);
  }
  retainNameForms(morph);
  return { entries, names, expansions: expansionIndex, byName };
}
