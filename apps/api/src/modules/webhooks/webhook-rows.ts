import type { OrganicDailyRow, PaidDailyRow, Platform } from '@tandem/formats/canonical.js';
import type { OrganicWebhookRow, PaidWebhookRow, WebhookBody } from './webhook-body.schema.js';

/** A validated webhook body as the canonical rows uploads are turned into (libs/formats/src/canonical.ts). */
export function canonicalRowsOf(body: WebhookBody): (PaidDailyRow | OrganicDailyRow)[] {
  if (body.grain === 'paid_daily') return body.rows.map(paidRowOf);
  return body.rows.map(organicRowOf);
}

export function platformOf(value: string): Platform {
  return value.toUpperCase() as Platform;
}

function paidRowOf(row: PaidWebhookRow, index: number): PaidDailyRow {
  const { metrics } = row;
  return {
    kind: 'paid',
    line: index + 1,
    date: row.date,
    platform: platformOf(row.platform),
    accountId: row.account_id,
    accountName: row.account_name ?? null,
    currency: row.currency,
    ...entityOf(row),
    objective: row.objective ?? null,
    spend: metrics.spend_micros !== undefined ? fromMicros(metrics.spend_micros) : decimalOf(metrics.spend),
    impressions: metrics.impressions ?? null,
    clicks: metrics.clicks ?? null,
    conversions: decimalOf(metrics.conversions),
    revenue: decimalOf(metrics.conversion_value),
    reach: metrics.reach ?? null,
    videoViews: metrics.video_views ?? null,
    engagements: metrics.engagements ?? null,
    attributionSetting: row.attribution_setting ?? null,
    tzBasis: row.tz_basis ?? null,
  };
}

type Entity = Pick<PaidDailyRow, 'campaignId' | 'campaignName' | 'adSetId' | 'adSetName' | 'adId' | 'adName'>;

/** The row's entity at its level, under the parents it names (the fact's key: campaign, ad set, ad). */
function entityOf(row: PaidWebhookRow): Entity {
  const entity = row.entity_id ?? null;
  const entityName = row.entity_name ?? null;
  const parents: Entity = {
    campaignId: row.campaign_id ?? null,
    campaignName: row.campaign_name ?? null,
    adSetId: row.ad_set_id ?? null,
    adSetName: row.ad_set_name ?? null,
    adId: null,
    adName: null,
  };
  if (row.level === 'account')
    return { ...parents, campaignId: null, campaignName: null, adSetId: null, adSetName: null };
  if (row.level === 'campaign')
    return { ...parents, campaignId: entity, campaignName: entityName, adSetId: null, adSetName: null };
  if (row.level === 'ad_set') return { ...parents, adSetId: entity, adSetName: entityName };
  return { ...parents, adId: entity, adName: entityName };
}

function organicRowOf(row: OrganicWebhookRow, index: number): OrganicDailyRow {
  const { metrics } = row;
  return {
    kind: 'organic',
    line: index + 1,
    date: row.date,
    platform: platformOf(row.platform),
    accountId: row.account_id,
    accountName: row.account_name ?? null,
    followers: metrics.followers_total ?? null,
    newFollowers: metrics.new_followers ?? null,
    followersGained: metrics.followers_gained ?? null,
    impressions: metrics.impressions ?? null,
    reach: metrics.reach ?? null,
    engagements: metrics.engagements ?? null,
    posts: metrics.posts_published ?? null,
    likes: metrics.likes ?? null,
    comments: metrics.comments ?? null,
    shares: metrics.shares ?? null,
    saves: metrics.saves ?? null,
    videoViews: metrics.video_views ?? null,
    profileViews: metrics.profile_views ?? null,
    linkClicks: metrics.link_clicks ?? null,
    tzBasis: row.tz_basis ?? null,
  };
}

function decimalOf(value: string | number | undefined): string | null {
  return value === undefined ? null : String(value);
}

/** Exact: 1234567 micros is "1.234567", never a float division. */
export function fromMicros(micros: number): string {
  const digits = BigInt(micros).toString().padStart(7, '0');
  return `${digits.slice(0, -6)}.${digits.slice(-6)}`;
}
