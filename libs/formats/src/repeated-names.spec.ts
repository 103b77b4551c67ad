import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CanonicalRow, PaidDailyRow, PaidPeriodRow } from './canonical.js';
import { addDecimals } from './formats/paid-report.js';
import { readExport } from './read-export.js';
import { collect, openChunks } from '../test/open-fixture.js';

const HEADER = 'Reporting starts,Reporting ends,Campaign name,Ad set name,Ad name,Amount spent (USD),Impressions';

interface NamedRow {
  day: string;
  campaign: string;
  adSet: string;
  ad: string;
  /** Cents, so that the file's sum is exact. */
  cents: number;
  impressions: number;
}

/** Few names and days, so that rows sharing names on one day are the common case, not the exception. */
const namedRow = fc.record({
  day: fc.constantFrom('2026-03-01', '2026-03-02'),
  campaign: fc.constantFrom('Instagram post: When the unexpected…', 'Spring Sale'),
  adSet: fc.constantFrom('Broad', 'Lookalike 1%'),
  ad: fc.constantFrom('UGC v1', 'UGC v1 ', 'Static'),
  cents: fc.integer({ min: 0, max: 500_000 }),
  impressions: fc.integer({ min: 0, max: 90_000 }),
});

function metaExport(rows: readonly NamedRow[]): string {
  const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const lines = rows.map((row) =>
    [row.day, row.day, row.campaign, row.adSet, row.ad, money(row.cents), row.impressions].join(','),
  );
  return [HEADER, ...lines].join('\n');
}

async function readRows(content: string): Promise<{ rows: CanonicalRow[]; warnings: string[] }> {
  const reading = await readExport(openChunks(content), 'ads.csv');
  const events = await collect(reading.events);
  return {
    rows: events.flatMap((event) => (event.type === 'row' ? [event.row] : [])),
    warnings: events.flatMap((event) => (event.type === 'warning' ? [event.message] : [])),
  };
}

type Fact = PaidDailyRow | PaidPeriodRow;

/** What the fact tables keep of a file's rows: the last row of each natural key (the writer's upsert). */
function storedFacts(rows: readonly CanonicalRow[]): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const row of rows) {
    if (row.kind !== 'paid' && row.kind !== 'paid-period') continue;
    const day = row.kind === 'paid' ? row.date : `${row.periodStart}..${row.periodEnd}`;
    byKey.set(JSON.stringify([row.platform, row.accountId, row.campaignId, row.adSetId, row.adId, day]), row);
  }
  return [...byKey.values()];
}

const centsOf = (decimal: string | null) => Math.round(Number(decimal ?? '0') * 100);

describe('RepeatedNames', () => {
  it('stores exactly the file’s sums however name-only rows repeat, are shuffled or duplicated', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(namedRow, { minLength: 1, maxLength: 40 })
          .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        async ([rows, shuffled]) => {
          for (const file of [rows, shuffled, [...rows, ...rows]]) {
            const { rows: read } = await readRows(metaExport(file));
            const facts = storedFacts(read);
            const spend = facts.reduce<string | null>((sum, fact) => addDecimals(sum, fact.spend), null);
            expect(centsOf(spend)).toBe(file.reduce((sum, row) => sum + row.cents, 0));
            const impressions = facts.reduce((sum, fact) => sum + (fact.impressions ?? 0), 0);
            expect(impressions).toBe(file.reduce((sum, row) => sum + row.impressions, 0));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keys the same entities again when the same export is downloaded again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(namedRow, { minLength: 1, maxLength: 30 }), async (rows) => {
        const keys = async () =>
          (await readRows(metaExport(rows))).rows.map((row) => (row.kind === 'paid' ? row.adId : null));
        expect(await keys()).toEqual(await keys());
      }),
      { numRuns: 20 },
    );
  });

  it('numbers repeats of a name in file order and warns once, naming them and how to export with ids', async () => {
    const { rows, warnings } = await readRows(
      metaExport([
        { day: '2026-03-01', campaign: 'Spring', adSet: 'Broad', ad: 'UGC', cents: 1000, impressions: 10 },
        { day: '2026-03-01', campaign: 'Spring', adSet: 'Broad', ad: 'UGC', cents: 2000, impressions: 20 },
        { day: '2026-03-02', campaign: 'Spring', adSet: 'Broad', ad: 'UGC', cents: 3000, impressions: 30 },
        { day: '2026-03-01', campaign: 'Spring', adSet: 'Broad', ad: 'Static', cents: 4000, impressions: 40 },
      ]),
    );
    const ids = rows.map((row) => (row.kind === 'paid' ? row.adId : null));
    expect(ids[1]).toBe(`${ids[0]}#2`);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[3]).not.toBe(ids[0]);
    expect(ids[3]?.includes('#')).toBe(false);
    expect(warnings.filter((warning) => warning.includes('keyed by name'))).toEqual([
      '4 rows name a campaign, ad set or ad without its ID, so they are keyed by name: a renamed entity starts a new history. 1 name ("UGC") repeat within one day or period: each repeat was kept as an entity of its own, numbered in file order, so nothing was merged or lost. Export with the ID columns (campaign ID, ad set or ad group ID, ad ID) to key them exactly.',
    ]);
  });
});
