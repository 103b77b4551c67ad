// Shared pieces of the organic demo exports (X, TikTok Studio, LinkedIn Page, YouTube Studio) for Northwind
// Outfitters: the 60 days ending 2026-11-27, seeded randomness, CSV cells. Deterministic, no I/O.
import { mulberry32, reportDays } from '../sample-data.mjs';

export const ORGANIC_SAMPLE_END = '2026-11-27';
export const ORGANIC_SAMPLE_DAYS = 60;
/** The day the demo files were "downloaded": the reference day for TikTok's yearless dates and post snapshots. */
export const ORGANIC_EXPORTED_ON = '2026-11-28';

/** @returns {string[]} the sample's days, oldest first, `YYYY-MM-DD` */
export function organicDays() {
  return reportDays(ORGANIC_SAMPLE_END, ORGANIC_SAMPLE_DAYS);
}

/** @param {number} seed @returns {(low: number, high: number) => number} a whole number in [low, high] */
export function seededInts(seed) {
  const rand = mulberry32(seed);
  return (low, high) => low + Math.floor(rand() * (high - low + 1));
}

/** Every cell quoted, as X and TikTok Studio write them. @param {Array<Array<string | number>>} rows */
export function quotedCsvText(rows) {
  return rows.map((cells) => cells.map((cell) => `"${String(cell).replaceAll('"', '""')}"`).join(',')).join('\n') + '\n';
}

export const CAPTIONS = [
  'The Ridge Shell is back in moss green #northwind #rainready',
  'Layer up: merino base, fleece mid, shell on top. Which one first? #layerup #northwind',
  'Behind the scenes at the Mount Hood shoot #bts #trailready',
  'Packing list for a two-day loop, all in the 30L daypack #packlight #trailready',
  'Cozy season, sorted #cozyseason #falledit',
  'New drop: the Cascade quilted vest, now in rust #falledit #newarrivals',
  'Rain check? Not with this shell. #rainready #pnw',
  'Trail to town in one outfit, styled three ways #outdoorstyle #falledit',
  'How we test a waterproof zip (spoiler: a lot of water) #gearlab #rainready',
  'Black Friday starts now: 25% off all shells #blackfriday #northwind',
];
