import type {
  OrganicDailyRow,
  PaidAudienceRow,
  PaidDailyRow,
  PaidEntity,
  PaidMeasures,
  PaidPeriodRow,
  PostRow,
} from '@tandem/formats/canonical.js';
import { objectiveOf } from '@tandem/metrics/objectives.js';
import { arrayLiteral } from './fact-text.util.js';

/** A canonical row whose account is known (and, for paid rows, whose currency is decided). */
export type Resolved<Row> = Row & { accountKey: string } & (Row extends PaidEntity ? { currency: string } : unknown);

/** One batch's rows by kind of fact, their accounts known. */
export type ResolvedRows = {
  paid: Resolved<PaidDailyRow>[];
  'paid-period': Resolved<PaidPeriodRow>[];
  'paid-audience': Resolved<PaidAudienceRow>[];
  organic: Resolved<OrganicDailyRow>[];
  post: Resolved<PostRow>[];
};

/**
 * What a column's value may be in JavaScript: it travels as an element of a Postgres array literal (`unnest`), or as
 * a field of COPY's text format, so a string is the text Postgres reads for the column (or for `castTo`).
 */
export type FactValue = string | number | boolean | null | undefined;

export interface FactColumn<Row> {
  name: string;
  /** The element type of the array parameter the column's values travel in. */
  sqlType: string;
  value(row: Row): FactValue;
  /**
   * The column's own type, when its values travel as text of it (`sqlType` text): an array column, since an array
   * parameter cannot hold arrays of different lengths. COPY gives the same text to the column directly.
   */
  castTo?: string;
}

/**
 * How one fact table is written: its natural key, its other columns, and how a later upload merges into an
 * earlier one. `measures`: metric by metric, a value the file gives replaces the stored one and an empty one
 * keeps it. `snapshot`: the newer snapshot (by `as_of`) replaces the whole row.
 */
export interface FactTable<Row> {
  table: string;
  key: FactColumn<Row>[];
  columns: FactColumn<Row>[];
  merge: 'measures' | { snapshotBy: string };
  /** SQL over one fact's columns giving the first and the last day it speaks for. */
  span: { first: string; last: string };
  /**
   * Whether a fact a file gives again with the same values is written again all the same (measures only). Periods
   * are: of two overlapping periods the one written last is in force (`updated_at`, planner/paid.query.ts), so a
   * period given again must become the newest even unchanged. Days are not: a day's fact keeps naming (`import_id`,
   * `updated_at`) the import that last changed it, and a re-upload that changes nothing writes nothing.
   */
  rewriteUnchanged?: boolean;
}

const DAY = { first: 'date', last: 'date' };
const TEXT_ELEMENT = { value: (text: string) => text };
const PERIOD = { first: 'period_start', last: 'period_end' };

const column = <Row>(
  name: string,
  sqlType: string,
  value: (row: Row) => FactValue,
  castTo?: string,
): FactColumn<Row> => ({ name, sqlType, value, ...(castTo ? { castTo } : {}) });

function paidEntityKey<Row extends Resolved<PaidEntity>>(): FactColumn<Row>[] {
  return [
    column('platform', 'text', (row) => row.platform),
    column('account_id', 'uuid', (row) => row.accountKey),
    column('campaign_id', 'text', (row) => row.campaignId ?? ''),
    column('ad_set_id', 'text', (row) => row.adSetId ?? ''),
    column('ad_id', 'text', (row) => row.adId ?? ''),
  ];
}

function paidColumns<Row extends Resolved<PaidEntity> & PaidMeasures>(): FactColumn<Row>[] {
  return [
    column('campaign_name', 'text', (row) => row.campaignName),
    column('objective', 'text', (row) => row.objective),
    column('objective_kind', 'text', (row) => objectiveOf(row.platform, row.objective)),
    column('ad_set_name', 'text', (row) => row.adSetName),
    column('ad_name', 'text', (row) => row.adName),
    column('currency', 'text', (row) => row.currency),
    column('id_is_synthetic', 'boolean', (row) => row.idIsSynthetic ?? false),
    column('spend', 'numeric', (row) => row.spend),
    column('impressions', 'bigint', (row) => row.impressions),
    column('clicks', 'bigint', (row) => row.clicks),
    column('conversions', 'numeric', (row) => row.conversions),
    column('revenue', 'numeric', (row) => row.revenue),
    column('reach', 'bigint', (row) => row.reach ?? null),
    column('video_views', 'bigint', (row) => row.videoViews ?? null),
    column('engagements', 'bigint', (row) => row.engagements ?? null),
    column('results', 'numeric', (row) => row.results ?? null),
    column('result_type', 'text', (row) => row.resultType ?? null),
    column('attribution_setting', 'text', (row) => row.attributionSetting ?? null),
    column('tz_basis', 'text', (row) => row.tzBasis ?? null),
  ];
}

const periodKey = <Row extends { periodStart: string; periodEnd: string }>(): FactColumn<Row>[] => [
  column('period_start', 'date', (row) => row.periodStart),
  column('period_end', 'date', (row) => row.periodEnd),
];

export const PAID_DAILY: FactTable<Resolved<PaidDailyRow>> = {
  table: 'paid_daily_metric',
  key: [...paidEntityKey(), column('date', 'date', (row) => row.date)],
  columns: paidColumns(),
  merge: 'measures',
  span: DAY,
};

export const PAID_PERIOD: FactTable<Resolved<PaidPeriodRow>> = {
  table: 'paid_period_metric',
  key: [...paidEntityKey(), ...periodKey()],
  columns: paidColumns(),
  merge: 'measures',
  span: PERIOD,
  rewriteUnchanged: true,
};

export const PAID_AUDIENCE: FactTable<Resolved<PaidAudienceRow>> = {
  table: 'paid_audience_metric',
  key: [
    ...paidEntityKey(),
    ...periodKey(),
    column('dimension', 'text', (row) => row.dimension),
    column('segment', 'text', (row) => row.segment),
  ],
  columns: paidColumns(),
  merge: 'measures',
  span: PERIOD,
  rewriteUnchanged: true,
};

export const ORGANIC_DAILY: FactTable<Resolved<OrganicDailyRow>> = {
  table: 'organic_daily_metric',
  key: [
    column('platform', 'text', (row) => row.platform),
    column('account_id', 'uuid', (row) => row.accountKey),
    column('date', 'date', (row) => row.date),
  ],
  columns: [
    column('followers', 'bigint', (row) => row.followers),
    column('new_followers', 'bigint', (row) => row.newFollowers),
    column('followers_gained', 'bigint', (row) => row.followersGained ?? null),
    column('impressions', 'bigint', (row) => row.impressions),
    column('reach', 'bigint', (row) => row.reach),
    column('engagements', 'bigint', (row) => row.engagements),
    column('posts', 'integer', (row) => row.posts),
    column('likes', 'bigint', (row) => row.likes ?? null),
    column('comments', 'bigint', (row) => row.comments ?? null),
    column('shares', 'bigint', (row) => row.shares ?? null),
    column('saves', 'bigint', (row) => row.saves ?? null),
    column('video_views', 'bigint', (row) => row.videoViews ?? null),
    column('profile_views', 'bigint', (row) => row.profileViews ?? null),
    column('link_clicks', 'bigint', (row) => row.linkClicks ?? null),
    column('tz_basis', 'text', (row) => row.tzBasis ?? null),
  ],
  merge: 'measures',
  span: DAY,
};

export const ORGANIC_POST: FactTable<Resolved<PostRow>> = {
  table: 'organic_post',
  key: [
    column('platform', 'text', (row) => row.platform),
    column('account_id', 'uuid', (row) => row.accountKey),
    column('post_id', 'text', (row) => row.postId),
  ],
  columns: [
    column('published_at', 'timestamp', (row) => publishedAt(row.publishedAt)),
    column('published_on', 'date', (row) => row.publishedAt?.slice(0, 10) ?? null),
    column('as_of', 'date', (row) => row.asOf),
    column('type', 'text', (row) => row.type),
    column('text', 'text', (row) => row.text),
    column('permalink', 'text', (row) => row.permalink),
    column('hashtags', 'text', (row) => arrayLiteral(row.hashtags, TEXT_ELEMENT), 'text[]'),
    column('impressions', 'bigint', (row) => row.impressions),
    column('reach', 'bigint', (row) => row.reach),
    column('engagements', 'bigint', (row) => row.engagements),
    column('likes', 'bigint', (row) => row.likes),
    column('comments', 'bigint', (row) => row.comments),
    column('shares', 'bigint', (row) => row.shares),
    column('saves', 'bigint', (row) => row.saves),
    column('video_views', 'bigint', (row) => row.videoViews),
    column('clicks', 'bigint', (row) => row.clicks),
  ],
  merge: { snapshotBy: 'as_of' },
  span: { first: 'published_on', last: 'published_on' },
};

/** Each kind of canonical row and the table its facts go to. */
export const FACT_TABLES: { [Kind in keyof ResolvedRows]: FactTable<ResolvedRows[Kind][number]> } = {
  paid: PAID_DAILY,
  'paid-period': PAID_PERIOD,
  'paid-audience': PAID_AUDIENCE,
  organic: ORGANIC_DAILY,
  post: ORGANIC_POST,
};

/** The platform's wall-clock publish time (a day alone has none); an explicit UTC instant keeps its UTC clock. */
function publishedAt(value: string | null): string | null {
  if (!value || value.length <= 10) return null;
  return value.replace(/Z$|[+-]00:?00$/, '');
}
