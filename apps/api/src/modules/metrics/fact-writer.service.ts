import { Injectable } from '@nestjs/common';
import type { OrganicDailyRow, PaidDailyRow } from '@tandem/formats/canonical.js';
import type { EntityManager } from 'typeorm';

/** A canonical row whose account is known and whose currency is decided. */
export type ResolvedPaidRow = PaidDailyRow & { accountKey: string; currency: string };
export type ResolvedOrganicRow = OrganicDailyRow & { accountKey: string };

/**
 * Writes daily facts by their natural key. A later upload restates a day, metric by metric: a value the file
 * gives replaces the stored one, and a value it leaves empty keeps what an earlier upload said. Arrays are
 * passed through `unnest`, so a batch of any size is one statement with a fixed number of parameters.
 */
@Injectable()
export class FactWriter {
  async upsertPaid(
    manager: EntityManager,
    workspaceId: string,
    importId: string,
    rows: ResolvedPaidRow[],
  ): Promise<void> {
    const unique = lastPerKey(rows, (row) =>
      [row.platform, row.accountKey, row.campaignId ?? '', row.adSetId ?? '', row.adId ?? '', row.date].join('\u0000'),
    );
    if (unique.length === 0) return;
    const column = <T>(pick: (row: ResolvedPaidRow) => T) => unique.map(pick);
    await manager.query(
      `INSERT INTO paid_daily_metric AS fact (workspace_id, import_id, platform, account_id, campaign_id, ad_set_id, ad_id, date,
         campaign_name, objective, ad_set_name, ad_name, currency, spend, impressions, clicks, conversions, revenue)
       SELECT $1, $2, * FROM unnest($3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[],
         $10::text[], $11::text[], $12::text[], $13::text[], $14::numeric[], $15::bigint[], $16::bigint[], $17::numeric[], $18::numeric[])
       ON CONFLICT (workspace_id, platform, account_id, campaign_id, ad_set_id, ad_id, date) DO UPDATE SET
         import_id = EXCLUDED.import_id,
         updated_at = now(),
         campaign_name = COALESCE(EXCLUDED.campaign_name, fact.campaign_name),
         objective = COALESCE(EXCLUDED.objective, fact.objective),
         ad_set_name = COALESCE(EXCLUDED.ad_set_name, fact.ad_set_name),
         ad_name = COALESCE(EXCLUDED.ad_name, fact.ad_name),
         currency = EXCLUDED.currency,
         spend = COALESCE(EXCLUDED.spend, fact.spend),
         impressions = COALESCE(EXCLUDED.impressions, fact.impressions),
         clicks = COALESCE(EXCLUDED.clicks, fact.clicks),
         conversions = COALESCE(EXCLUDED.conversions, fact.conversions),
         revenue = COALESCE(EXCLUDED.revenue, fact.revenue)`,
      [
        workspaceId,
        importId,
        column((row) => row.platform),
        column((row) => row.accountKey),
        column((row) => row.campaignId ?? ''),
        column((row) => row.adSetId ?? ''),
        column((row) => row.adId ?? ''),
        column((row) => row.date),
        column((row) => row.campaignName),
        column((row) => row.objective),
        column((row) => row.adSetName),
        column((row) => row.adName),
        column((row) => row.currency),
        column((row) => row.spend),
        column((row) => row.impressions),
        column((row) => row.clicks),
        column((row) => row.conversions),
        column((row) => row.revenue),
      ],
    );
  }

  async upsertOrganic(
    manager: EntityManager,
    workspaceId: string,
    importId: string,
    rows: ResolvedOrganicRow[],
  ): Promise<void> {
    const unique = lastPerKey(rows, (row) => [row.platform, row.accountKey, row.date].join('\u0000'));
    if (unique.length === 0) return;
    const column = <T>(pick: (row: ResolvedOrganicRow) => T) => unique.map(pick);
    await manager.query(
      `INSERT INTO organic_daily_metric AS fact (workspace_id, import_id, platform, account_id, date,
         followers, new_followers, impressions, reach, engagements, posts)
       SELECT $1, $2, * FROM unnest($3::text[], $4::uuid[], $5::date[], $6::bigint[], $7::bigint[], $8::bigint[],
         $9::bigint[], $10::bigint[], $11::integer[])
       ON CONFLICT (workspace_id, platform, account_id, date) DO UPDATE SET
         import_id = EXCLUDED.import_id,
         updated_at = now(),
         followers = COALESCE(EXCLUDED.followers, fact.followers),
         new_followers = COALESCE(EXCLUDED.new_followers, fact.new_followers),
         impressions = COALESCE(EXCLUDED.impressions, fact.impressions),
         reach = COALESCE(EXCLUDED.reach, fact.reach),
         engagements = COALESCE(EXCLUDED.engagements, fact.engagements),
         posts = COALESCE(EXCLUDED.posts, fact.posts)`,
      [
        workspaceId,
        importId,
        column((row) => row.platform),
        column((row) => row.accountKey),
        column((row) => row.date),
        column((row) => row.followers),
        column((row) => row.newFollowers),
        column((row) => row.impressions),
        column((row) => row.reach),
        column((row) => row.engagements),
        column((row) => row.posts),
      ],
    );
  }
}

/** Postgres refuses to update one row twice in a statement: within a batch the file's later line wins. */
function lastPerKey<Row>(rows: Row[], keyOf: (row: Row) => string): Row[] {
  return [...new Map(rows.map((row) => [keyOf(row), row])).values()];
}
