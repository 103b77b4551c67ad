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

export interface PaidDailyRow {
  kind: 'paid';
  /** 1-based line of the file where the row starts. */
  line: number;
  date: IsoDate;
  platform: Platform;
  accountId: string;
  accountName: string | null;
  /** ISO 4217 code from the file, or null when the file does not say (the importer decides, FORMATS.md §3). */
  currency: string | null;
  campaignId: string | null;
  campaignName: string | null;
  objective: string | null;
  adSetId: string | null;
  adSetName: string | null;
  adId: string | null;
  adName: string | null;
  spend: Decimal | null;
  impressions: number | null;
  clicks: number | null;
  conversions: Decimal | null;
  revenue: Decimal | null;
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
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  posts: number | null;
}

export type CanonicalRow = PaidDailyRow | OrganicDailyRow;

/** A value the importer rejected, named so a person can find and fix it. */
export interface RowError {
  /** 1-based line of the file (counting preamble lines), or null for a file-level problem. */
  row: number | null;
  /** The column's header as written in the file, or null when the whole row or file is at fault. */
  column: string | null;
  message: string;
}

export type ParseEvent =
  { type: 'row'; row: CanonicalRow } | { type: 'error'; error: RowError } | { type: 'warning'; message: string };

/** What the uploader may tell us that a file may not say itself (CONTRACT.md, Imports). */
export interface ImportHints {
  format?: string;
  account?: string;
  currency?: string;
  platform?: Platform;
  /** `YYYY-MM-DD`: the day the file was downloaded, for exports whose dates have no year. */
  exportedOn?: IsoDate;
}
