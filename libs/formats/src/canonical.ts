/**
 * The canonical rows every export format is turned into. Pure data: no framework, no database.
 * Money and fractional counts are decimal strings (never floats); whole counts are numbers.
 * `null` means "the file does not provide it", which is different from a measured 0.
 */

export const PLATFORMS = [
  'FACEBOOK',
  'INSTAGRAM',
  'LINKEDIN',
  'X',
  'TIKTOK',
  'YOUTUBE',
  'PINTEREST',
  'SNAPCHAT',
  'GOOGLE_ADS',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A report day, `YYYY-MM-DD`, as the platform reported it (never shifted between time zones). */
export type IsoDate = string;
/** A decimal number as a string, e.g. `"1020.50"`; never a float. */
export type Decimal = string;

/** Which clock a platform's report days follow (docs/FORMATS.md §5: never shifted, only recorded). */
export type TimeZoneBasis = 'account_tz' | 'utc' | 'pacific';

/** The paid entity a fact belongs to; ids are the platform's, or `name:<sha1>` when a file has names only. */
export interface PaidEntity {
  platform: Platform;
  accountId: string;
  accountName: string | null;
  /** ISO 4217 code from the file, or null when the file does not say (the importer decides, docs/FORMATS.md §3). */
  currency: string | null;
  /** IANA time zone of the ad account, when the file says. */
  accountTimeZone?: string | null;
  campaignId: string | null;
  campaignName: string | null;
  objective: string | null;
  adSetId: string | null;
  adSetName: string | null;
  adId: string | null;
  adName: string | null;
  /** True when an id above was made from names because the file carries none (the import warns). */
  idIsSynthetic?: boolean;
}

/** What a paid fact measures. Unknown metrics stay null (not 0). */
export interface PaidMeasures {
  spend: Decimal | null;
  impressions: number | null;
  /** Link clicks (Meta `Link clicks`, TikTok `Clicks (destination)`, LinkedIn `Clicks to Landing Page`, Google `Clicks`). */
  clicks: number | null;
  /** Purchases (or the platform's conversions), never a mix of result types. */
  conversions: Decimal | null;
  /** Purchase / conversion value. */
  revenue: Decimal | null;
  /** Unique people reached: not additive across days or entities. */
  reach?: number | null;
  videoViews?: number | null;
  engagements?: number | null;
  /** The platform's raw `Results` and what they count (`actions:lead`, `Reach`…), kept for a result-type breakdown. */
  results?: Decimal | null;
  resultType?: string | null;
  attributionSetting?: string | null;
  tzBasis?: TimeZoneBasis | null;
}

export interface PaidDailyRow extends PaidEntity, PaidMeasures {
  kind: 'paid';
  /** 1-based line of the file where the row starts. */
  line: number;
  date: IsoDate;
}

/**
 * A paid fact for a whole reporting period (an export without a day breakdown). Stored against its period,
 * never spread over days: it counts only in a range that contains the whole period.
 */
export interface PaidPeriodRow extends PaidEntity, PaidMeasures {
  kind: 'paid-period';
  line: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
}

/** Audience dimensions an export may break paid results down by. */
export type AudienceDimension = 'age' | 'gender' | 'region' | 'country' | 'interest' | 'placement' | 'device';

/** A paid fact for one audience segment (e.g. age 25-34) of an entity, per day or per period. */
export interface PaidAudienceRow extends PaidEntity, PaidMeasures {
  kind: 'paid-audience';
  line: number;
  periodStart: IsoDate;
  /** Equal to periodStart for a daily breakdown. */
  periodEnd: IsoDate;
  dimension: AudienceDimension;
  /** The segment as the platform names it: `25-34`, `female`, `Île-de-France`. */
  segment: string;
}

export interface OrganicDailyRow {
  kind: 'organic';
  line: number;
  date: IsoDate;
  platform: Platform;
  accountId: string;
  accountName: string | null;
  /** End-of-day audience size: a gauge, never summed over days. */
  followers: number | null;
  /** Net new followers that day: a flow. */
  newFollowers: number | null;
  /** Gross new follows that day (Business Suite "follows"), which is not net growth: unfollows are not in it. */
  followersGained?: number | null;
  impressions: number | null;
  reach: number | null;
  /** One definition across platforms: likes + comments + shares (+ saves), unless the platform reports a total. */
  engagements: number | null;
  /** Posts published that day. */
  posts: number | null;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
  saves?: number | null;
  videoViews?: number | null;
  profileViews?: number | null;
  linkClicks?: number | null;
  tzBasis?: TimeZoneBasis | null;
}

/**
 * One organic post with its lifetime figures as of the export day (a snapshot: a later export restates it).
 * Feeds posts published, top posts and hashtags; never adds to daily impressions or engagements.
 */
export interface PostRow {
  kind: 'post';
  line: number;
  platform: Platform;
  accountId: string;
  accountName: string | null;
  postId: string;
  /** ISO 8601 instant (`2025-03-27T06:08:00Z`) or, when the export gives no time, a day `YYYY-MM-DD`. */
  publishedAt: string | null;
  /** The day the figures were read: the export's day (hint `exportedOn`, else the upload day). */
  asOf: IsoDate;
  type: string | null;
  text: string | null;
  permalink: string | null;
  /** Lower-cased, without `#`, in order of first appearance. */
  hashtags: string[];
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  videoViews: number | null;
  clicks: number | null;
}

export type CanonicalRow = PaidDailyRow | PaidPeriodRow | PaidAudienceRow | OrganicDailyRow | PostRow;

/** A value the importer rejected, named so a person can find and fix it. */
export interface RowError {
  /** 1-based line of the file (counting preamble lines), or null for a file-level problem. */
  row: number | null;
  /** The column's header as written in the file, or null when the whole row or file is at fault. */
  column: string | null;
  message: string;
  /** True when only this cell's value was left out and the row's other figures were imported. */
  rowImported?: boolean;
}

export type ParseEvent =
  { type: 'row'; row: CanonicalRow } | { type: 'error'; error: RowError } | { type: 'warning'; message: string };

/** What the uploader may tell us that a file may not say itself (docs/CONTRACT.md, Imports). */
export interface ImportHints {
  format?: string;
  account?: string;
  currency?: string;
  platform?: Platform;
  /** `YYYY-MM-DD`: the day the file was downloaded, for exports whose dates have no year. */
  exportedOn?: IsoDate;
  /** `YYYY-MM-DD`, both or neither: the period an export without any dates covers (docs/CONTRACT.md, Imports). */
  periodStart?: IsoDate;
  periodEnd?: IsoDate;
}
