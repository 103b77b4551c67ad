import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { objectiveOf } from '@tandem/metrics/objectives.js';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { arrayLiteral } from '../src/modules/metrics/fact-text.util.js';

/**
 * Realistic dashboards' data for the query benchmark: three years of days; per workspace two Meta ad accounts (one
 * billing in EUR) and a TikTok account reported per ad, a Google Ads account per campaign, a LinkedIn account with
 * monthly whole-period totals only, and three organic accounts whose follower counts some days leave out. Campaigns
 * (12 an account, each with its objective) keep their ids; ads are replaced every 30 days. Workspaces differ in size.
 */
export const FIRST_DAY = '2023-12-01';
export const DAYS = 1096;
export const dayOf = (index: number) =>
  new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
const WORKSPACE_SHARES = [0.4, 0.25, 0.15, 0.1, 0.1];
const CAMPAIGNS = 12;
const GOOGLE_CAMPAIGNS = 20;

interface PaidAccount {
  id: string;
  platform: string;
  currency: string;
  /** Ads reported per day (0: campaign rows only). */
  adsPerDay: number;
  objectives: readonly string[];
}

export interface BenchWorkspace {
  id: string;
  slug: string;
  facts: number;
  paid: PaidAccount[];
  periodAccount: string;
  organic: { id: string; platform: string }[];
}

const OBJECTIVES: Record<string, readonly string[]> = {
  FACEBOOK: ['OUTCOME_SALES', 'OUTCOME_TRAFFIC', 'OUTCOME_AWARENESS', 'OUTCOME_LEADS', 'OUTCOME_ENGAGEMENT'],
  TIKTOK: ['CONVERSIONS', 'TRAFFIC', 'REACH', 'VIDEO_VIEWS'],
  GOOGLE_ADS: ['Sales', 'Leads', 'Website traffic'],
  LINKEDIN: ['Website conversions', 'Brand awareness'],
};

/** Creates the workspaces' accounts and decides how many ads each reports a day, to reach `facts` in all. */
export async function createWorkspaces(db: DataSource, ids: string[], facts: number): Promise<BenchWorkspace[]> {
  return Promise.all(
    ids.map(async (id, index) => {
      const account = (platform: string, currency: string, name: string) => accountOf(db, id, platform, currency, name);
      const share = Math.round(facts * WORKSPACE_SHARES[index % WORKSPACE_SHARES.length]!);
      const adsPerDay = Math.max(1, Math.round((share / DAYS - GOOGLE_CAMPAIGNS) / 3));
      const paid: PaidAccount[] = [
        { id: await account('FACEBOOK', 'USD', 'meta-us'), platform: 'FACEBOOK', currency: 'USD', adsPerDay },
        { id: await account('FACEBOOK', 'EUR', 'meta-eu'), platform: 'FACEBOOK', currency: 'EUR', adsPerDay },
        { id: await account('TIKTOK', 'USD', 'tiktok'), platform: 'TIKTOK', currency: 'USD', adsPerDay },
        { id: await account('GOOGLE_ADS', 'USD', 'google'), platform: 'GOOGLE_ADS', currency: 'USD', adsPerDay: 0 },
      ].map((entry) => ({ ...entry, objectives: OBJECTIVES[entry.platform]! }));
      const organic = await Promise.all(
        ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN'].map(async (platform) => ({
          id: await account(platform, 'USD', `${platform.toLowerCase()}-page`),
          platform,
        })),
      );
      const periodAccount = await account('LINKEDIN', 'USD', 'linkedin-ads');
      return { id, slug: `bench-${index}`, facts: share, paid, periodAccount, organic };
    }),
  );
}

async function accountOf(db: DataSource, workspaceId: string, platform: string, currency: string, name: string) {
  const [row] = (await db.query(
    `INSERT INTO account (workspace_id, platform, external_id, name, currency) VALUES ($1, $2, $3, $3, $4) RETURNING id`,
    [workspaceId, platform, name, currency],
  )) as [{ id: string }];
  return row.id;
}

/** The columns the benchmark writes, with their element types as arrays (`unnest`). */
const PAID_COLUMNS: ReadonlyArray<readonly [name: string, type: string]> = [
  ['workspace_id', 'uuid'],
  ['platform', 'text'],
  ['account_id', 'uuid'],
  ['campaign_id', 'text'],
  ['ad_set_id', 'text'],
  ['ad_id', 'text'],
  ['date', 'date'],
  ['campaign_name', 'text'],
  ['objective', 'text'],
  ['objective_kind', 'text'],
  ['ad_set_name', 'text'],
  ['ad_name', 'text'],
  ['currency', 'text'],
  ['spend', 'numeric'],
  ['impressions', 'bigint'],
  ['clicks', 'bigint'],
  ['conversions', 'numeric'],
  ['revenue', 'numeric'],
  ['reach', 'bigint'],
  ['video_views', 'bigint'],
  ['engagements', 'bigint'],
];
const COLUMN_NAMES = PAID_COLUMNS.map(([name]) => name).join(', ');
type PaidFactRow = (string | number | null)[];

/** One account's facts of one day: one per ad (ad level), or one per campaign (Google's campaign rows). */
function* dayFacts(workspace: BenchWorkspace, account: PaidAccount, day: number): Generator<PaidFactRow> {
  const date = dayOf(day);
  const entities = account.adsPerDay > 0 ? account.adsPerDay : GOOGLE_CAMPAIGNS;
  for (let entity = 0; entity < entities; entity++) {
    const campaign = entity % (account.adsPerDay > 0 ? CAMPAIGNS : GOOGLE_CAMPAIGNS);
    const objective = account.objectives[campaign % account.objectives.length]!;
    const adSet = account.adsPerDay > 0 ? `set_${campaign}_${Math.floor(entity / CAMPAIGNS) % 4}` : '';
    const ad = account.adsPerDay > 0 ? `ad_${entity}_${Math.floor(day / 30)}` : '';
    const seed = (day * 7_919 + entity * 104_729) % 100_003;
    const impressions = 200 + (seed % 9_000);
    const clicks = Math.floor(impressions / (60 + (seed % 90)));
    const conversions = seed % 7 === 0 ? null : Math.floor(clicks / 12);
    yield [
      workspace.id,
      account.platform,
      account.id,
      `camp_${campaign}`,
      adSet,
      ad,
      date,
      `Campaign ${campaign}`,
      objective,
      objectiveOf(account.platform, objective),
      adSet && `Ad set ${adSet}`,
      ad && `Ad ${ad}`,
      account.currency,
      ((impressions * (40 + (seed % 50))) / 10_000).toFixed(2),
      impressions,
      clicks,
      conversions,
      conversions === null ? null : conversions * (20 + (seed % 80)),
      account.platform === 'GOOGLE_ADS' ? null : Math.floor(impressions * 0.8),
      account.platform === 'TIKTOK' ? Math.floor(impressions / 3) : null,
      account.platform === 'FACEBOOK' ? Math.floor(clicks * 2.5) : null,
    ];
  }
}

/** Every daily paid fact of the workspaces, day by day. */
export function* paidFacts(workspaces: readonly BenchWorkspace[]): Generator<PaidFactRow> {
  for (let day = 0; day < DAYS; day++)
    for (const workspace of workspaces) for (const account of workspace.paid) yield* dayFacts(workspace, account, day);
}

const copyText = (value: string | number | null) => (value === null ? '\\N' : String(value));

/** COPY of the paid facts through one connection, 10,000 rows a chunk. */
export async function copyPaidFacts(client: PoolClient, workspaces: readonly BenchWorkspace[]): Promise<number> {
  let rows = 0;
  async function* chunks() {
    let chunk = '';
    for (const fact of paidFacts(workspaces)) {
      chunk += `${fact.map(copyText).join('\t')}\n`;
      if (++rows % 10_000 === 0) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk;
  }
  await pipeline(
    Readable.from(chunks()),
    client.query(copyFrom(`COPY paid_daily_metric (${COLUMN_NAMES}) FROM STDIN`)),
  );
  return rows;
}

/** The same facts as statements of 20,000 rows (`unnest` of arrays): PGlite's connection takes no COPY stream. */
export async function insertPaidFacts(db: DataSource, workspaces: readonly BenchWorkspace[]): Promise<number> {
  const columns = PAID_COLUMNS.map((_, index) => ({ value: (row: PaidFactRow) => row[index] }));
  const statement = `INSERT INTO paid_daily_metric (${COLUMN_NAMES})
    SELECT * FROM unnest(${PAID_COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ')})`;
  let batch: PaidFactRow[] = [];
  let rows = 0;
  const flush = async () => {
    await db.query(
      statement,
      columns.map((column) => arrayLiteral(batch, column)),
    );
    rows += batch.length;
    batch = [];
  };
  for (const fact of paidFacts(workspaces)) {
    batch.push(fact);
    if (batch.length === 20_000) await flush();
  }
  if (batch.length > 0) await flush();
  return rows;
}

/**
 * What else a workspace holds, set-based: monthly whole-period totals of the LinkedIn account, daily organic facts
 * (followers left out one day in seven), and one import covering the daily accounts' three years, as a real
 * upload history would record it.
 */
export async function insertTheRest(db: DataSource, workspace: BenchWorkspace): Promise<void> {
  await db.query(
    `INSERT INTO paid_period_metric (workspace_id, platform, account_id, campaign_id, period_start, period_end,
       campaign_name, objective, objective_kind, currency, spend, impressions, clicks, conversions, revenue)
     SELECT $1, 'LINKEDIN', $2, 'li_' || c, month, (month + interval '1 month - 1 day')::date, 'LinkedIn ' || c,
       'Website conversions', 'SALES', 'USD', 1000 + c * 37.5, 90000 + c * 100, 700 + c, 20 + c, 3000 + c * 90
     FROM generate_series($3::date, $4::date, interval '1 month') AS month, generate_series(1, 4) AS c`,
    [workspace.id, workspace.periodAccount, FIRST_DAY, dayOf(DAYS - 31)],
  );
  await db.query(
    `INSERT INTO organic_daily_metric (workspace_id, platform, account_id, date, followers, new_followers, impressions,
       reach, engagements, posts)
     SELECT $1, account.platform, account.id, day::date,
       CASE WHEN extract(dow FROM day) <> 0 THEN 10000 + n * 13 END, 13 - n % 3, 5000 + n % 700, 3000 + n % 400,
       200 + n % 90, n % 3
     FROM unnest($2::uuid[], $3::text[]) AS account (id, platform),
       generate_series($4::date, $5::date, interval '1 day') WITH ORDINALITY AS days (day, n)`,
    [
      workspace.id,
      workspace.organic.map((a) => a.id),
      workspace.organic.map((a) => a.platform),
      FIRST_DAY,
      dayOf(DAYS - 1),
    ],
  );
  const [{ id: importId }] = (await db.query(
    `INSERT INTO import (workspace_id, file_name, stored_path, size_bytes, status) VALUES ($1, 'history', 'history', 0, 'COMPLETED') RETURNING id`,
    [workspace.id],
  )) as [{ id: string }];
  await db.query(
    `INSERT INTO import_coverage (import_id, workspace_id, platform, account_id, kind, first_day, last_day)
     SELECT $1, $2, platform, id, kind, $3, $4
     FROM account, unnest(ARRAY['paid', 'organic']) AS kind
     WHERE workspace_id = $2 AND id <> $5 AND (kind = 'paid') = (platform IN ('TIKTOK', 'GOOGLE_ADS') OR external_id LIKE 'meta-%')`,
    [importId, workspace.id, FIRST_DAY, dayOf(DAYS - 1), workspace.periodAccount],
  );
}
