/**
 * A faster exact lookup for az's DAWGs (the dictionary of word forms, the suffix predictors and the
 * table of tag probabilities). az's `findAll` walks a word with a stack of arrays and builds the
 * prefix one letter at a time, ready for typos and stutter; munical looks words up with neither,
 * and that walk was most of a lookup's cost. This walk follows the same edges in the same order and
 * returns the same results: the letters as written first, then each replacement («е» read as «ё»),
 * last replacement first, as az's stack pops them. Lookups with typos or stutter still go to az.
 */
import Az from 'az';

/** The DAWG of the `az` package, as far as this walk reads it. */
export interface AzDawg {
  units: Uint32Array;
  guide: Uint8Array;
  format: string;
  iterateAll(index: number): unknown[];
  findAll(str: string, replaces?: Record<string, string>, stutter?: number, typos?: number): unknown[];
}

const MISSING = -1;
const HAS_LEAF_BIT = 1 << 8;
const EXTENSION_BIT = 1 << 9;
const IS_LEAF_BIT = 1 << 31;
/** The separator between a key and its payloads in the `words` and `probs` formats. */
const PAYLOAD_SEPARATOR = 1;

/**
 * The byte az stores for each UTF-16 code unit, −1 for none: Windows-1251, whose byte 0x98 is
 * undefined (az's table lacks it, while the WHATWG decoder maps it to U+0098).
 */
const CP1251_BYTES = (() => {
  const bytes = new Int16Array(0x10000).fill(-1);
  const decoder = new TextDecoder('windows-1251');
  for (let byte = 0; byte < 256; byte++) {
    if (byte === 0x98) continue;
    bytes[decoder.decode(new Uint8Array([byte])).charCodeAt(0)] = byte;
  }
  return bytes;
})();

function followByte(units: Uint32Array, byte: number, index: number): number {
  const base = units[index]!;
  const offset = (base >> 10) << ((base & EXTENSION_BIT) >> 6);
  // Indices stay 32-bit signed integers, as az computes them.
  const next = index ^ offset ^ byte;
  return (units[next]! & (IS_LEAF_BIT | 0xff)) === byte ? next : MISSING;
}

function followCode(units: Uint32Array, code: number, index: number): number {
  const byte = CP1251_BYTES[code]!;
  return byte < 0 ? MISSING : followByte(units, byte, index);
}

/**
 * The node reached from `node` along the letters of `key` as written, −1 when there is none.
 * @example walkKey(dawg, 'слово:', 0)
 */
export function walkKey(dawg: AzDawg, key: string, node: number): number {
  const units = dawg.units;
  let index = node;
  for (let at = 0; at < key.length && index !== MISSING; at++) {
    const byte = CP1251_BYTES[key.charCodeAt(at)]!;
    index = byte < 0 ? MISSING : followByte(units, byte, index);
  }
  return index;
}

/** The value an `int` DAWG stores for the key that ends at `node`, undefined when none ends there. */
export function intValueAt(dawg: AzDawg, node: number): number | undefined {
  const units = dawg.units;
  const base = units[node]!;
  if ((base & HAS_LEAF_BIT) === 0) return undefined;
  const offset = (base >> 10) << ((base & EXTENSION_BIT) >> 6);
  return units[node ^ offset]! & ~IS_LEAF_BIT;
}

/**
 * Every key of the DAWG that spells `str`, with the replacements allowed, and its payloads, in
 * the order and shape az's `findAll(str, replaces, 0, 0)` returns them.
 */
function findExact(dawg: AzDawg, str: string, replaces: Record<string, string> | undefined): unknown[] {
  const results: unknown[] = [];
  walk(dawg, str, replacementCodes(replaces), results, 0, 0, '', 0);
  return results;
}

/**
 * The replacements as code units, letters and what each may be read as: a walk tests every letter,
 * and reading a letter of a Cyrillic word as a string makes a new string each time.
 */
interface ReplacementCodes {
  from: number[];
  to: number[];
}

const REPLACEMENT_CODES = new WeakMap<Record<string, string>, ReplacementCodes | undefined>();

function replacementCodes(replaces: Record<string, string> | undefined): ReplacementCodes | undefined {
  if (replaces === undefined) return undefined;
  if (REPLACEMENT_CODES.has(replaces)) return REPLACEMENT_CODES.get(replaces);
  const codes: ReplacementCodes = { from: [], to: [] };
  for (const letter in replaces) {
    // A replacement is one letter for one letter in az's dictionaries («е» read as «ё»).
    const replacement = replaces[letter]!;
    if (letter.length !== 1 || replacement.length !== 1)
      throw new Error(`morph: expected a replacement of one letter by one, got «${letter}» → «${replacement}»`);
    codes.from.push(letter.charCodeAt(0));
    codes.to.push(replacement.charCodeAt(0));
  }
  const found = codes.from.length > 0 ? codes : undefined;
  REPLACEMENT_CODES.set(replaces, found);
  return found;
}

/** The replacement of the letter with this code, −1 when it has none. */
function replacementOf(codes: ReplacementCodes, code: number): number {
  for (let k = 0; k < codes.from.length; k++) if (codes.from[k] === code) return codes.to[k]!;
  return -1;
}

/**
 * Walks `str` from position `start` and DAWG node `index`, the key so far being `head` followed by
 * the letters of `str` from `from`; adds what it finds to `results`.
 */
function walk(
  dawg: AzDawg,
  str: string,
  replaces: ReplacementCodes | undefined,
  results: unknown[],
  start: number,
  node: number,
  head: string,
  from: number,
): void {
  const units = dawg.units;
  let pending: number[] | undefined;
  let index = node;
  let at = start;
  for (; at < str.length; at++) {
    const code = str.charCodeAt(at);
    if (replaces !== undefined) {
      const replacement = replacementOf(replaces, code);
      if (replacement >= 0) {
        const replaced = followCode(units, replacement, index);
        if (replaced !== MISSING) {
          if (pending === undefined) pending = [];
          pending.push(at, replaced);
        }
      }
    }
    const byte = CP1251_BYTES[code]!;
    if (byte < 0) break;
    index = followByte(units, byte, index);
    if (index === MISSING) break;
  }
  if (at === str.length) {
    const key = from === 0 && head === '' ? str : head + str.slice(from);
    if (dawg.format === 'int') {
      const value = intValueAt(dawg, index);
      if (value !== undefined) results.push([key, value]);
    } else {
      const payloads = followByte(units, PAYLOAD_SEPARATOR, index);
      if (payloads !== MISSING) results.push([key, dawg.iterateAll(payloads), 0, 0]);
    }
  }
  if (pending === undefined) return;
  // The replacement nearest the end first, as az's stack pops it.
  for (let k = pending.length - 2; k >= 0; k -= 2) {
    const branchAt = pending[k]!;
    const letter = String.fromCharCode(replacementOf(replaces!, str.charCodeAt(branchAt)));
    walk(
      dawg,
      str,
      replaces,
      results,
      branchAt + 1,
      pending[k + 1]!,
      head + str.slice(from, branchAt) + letter,
      branchAt + 1,
    );
  }
}

type DawgLoader = (url: string, format: string, callback: (error: unknown, dawg: AzDawg | null) => void) => void;
const DAWG = (Az as unknown as { DAWG: { prototype: AzDawg; load: DawgLoader } }).DAWG;
const DAWG_PROTOTYPE = DAWG.prototype;
/** az's own walk, for lookups with typos or stutter (and for the tests that compare the two). */
export const azFindAll = DAWG_PROTOTYPE.findAll;

/** The DAWGs az loaded, by file name («p_t_given_w.intdawg»). */
const LOADED = new Map<string, AzDawg>();

/** A DAWG az loaded from the file of that name, once {@link installFastDawgLookup} ran before. */
export function loadedDawg(file: string): AzDawg | undefined {
  return LOADED.get(file);
}

/**
 * Makes every az DAWG look words up by {@link findExact} when no typos or stutter are allowed, and
 * keeps the DAWGs az loads from now on for {@link loadedDawg}.
 */
export function installFastDawgLookup(): void {
  if (DAWG_PROTOTYPE.findAll !== azFindAll) return;
  const load = DAWG.load;
  DAWG.load = (url, format, callback) =>
    load(url, format, (error, dawg) => {
      if (dawg) LOADED.set(url.slice(url.lastIndexOf('/') + 1), dawg);
      callback(error, dawg);
    });
  DAWG_PROTOTYPE.findAll = function (this: AzDawg, str, replaces, stutter, typos) {
    const known = this.format === 'int' || this.format === 'words' || this.format === 'probs';
    if (!known || stutter || typos) return azFindAll.call(this, str, replaces, stutter, typos);
    return findExact(this, str, replaces);
  };
}
