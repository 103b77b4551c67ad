// Pure, deterministic generator of Tandem's demo exports (the paid and organic templates).
// No I/O here: scripts/generate-samples.mjs writes the files, scripts/sample-data.spec.ts tests this.
// Plain ESM with JSDoc types so that `node scripts/generate-samples.mjs` runs without a TS toolchain.

/** Header of Tandem's paid template, in file order. */
export const PAID_HEADER = /** @type {const} */ ([
  'date',
  'platform',
  'account_id',
  'account_name',
  'currency',
  'campaign_id',
  'campaign_name',
  'objective',
  'ad_set_id',
  'ad_set_name',
  'ad_id',
  'ad_name',
  'spend',
  'impressions',
  'clicks',
  'conversions',
  'revenue',
]);

/** Header of Tandem's organic template, in file order. */
export const ORGANIC_HEADER = /** @type {const} */ ([
  'date',
  'platform',
  'account_id',
  'account_name',
  'followers',
  'new_followers',
  'impressions',
  'reach',
  'engagements',
  'posts',
]);

export const SAMPLE_SEED = 20261127;
/** Last day of the samples: fixed, so the files never depend on the day they are generated. */
export const SAMPLE_END_DATE = '2026-11-27';
export const SAMPLE_DAYS = 120;

/**
 * @typedef {{ seed?: number, endDate?: string, days?: number }} SampleOptions
 *
 * @typedef {object} PaidSampleRow  Money is a decimal string with 2 decimals, never a float.
 * @property {string} date
 * @property {string} platform
 * @property {string} account_id
 * @property {string} account_name
 * @property {string} currency
 * @property {string} campaign_id
 * @property {string} campaign_name
 * @property {string} objective
 * @property {string} ad_set_id
 * @property {string} ad_set_name
 * @property {string} ad_id
 * @property {string} ad_name
 * @property {string} spend
 * @property {number} impressions
 * @property {number} clicks
 * @property {number} conversions
 * @property {string} revenue
 *
 * @typedef {object} OrganicSampleRow
 * @property {string} date
 * @property {string} platform
 * @property {string} account_id
 * @property {string} account_name
 * @property {number} followers  end-of-day audience (a gauge)
 * @property {number} new_followers  net change that day (a flow; may be negative)
 * @property {number} impressions
 * @property {number} reach
 * @property {number} engagements
 * @property {number} posts
 */

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, seeded per entity so that adding an ad does not reshuffle the others.

/**
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {string} text @returns {number} FNV-1a, 32 bits */
function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** @param {number} seed @param {string} key */
function rngFor(seed, key) {
  return mulberry32((seed ^ hashString(key)) >>> 0);
}

/** Multiplicative noise centred on 1, within 1 ± spread. @param {() => number} rand @param {number} spread */
function jitter(rand, spread) {
  return 1 + (rand() * 2 - 1) * spread;
}

/** @param {() => number} rand @param {number} lambda @returns {number} */
function poisson(rand, lambda) {
  if (lambda <= 0) return 0;
  if (lambda > 30) {
    // Normal approximation (Box–Muller) for large means.
    const u = Math.max(rand(), 1e-12);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

// ---------------------------------------------------------------------------------------------
// Calendar

/**
 * The `days` report days ending on `endDate`, oldest first, as `YYYY-MM-DD`.
 * @param {string} endDate @param {number} days @returns {string[]}
 */
export function reportDays(endDate, days) {
  const end = Date.parse(`${endDate}T00:00:00Z`);
  if (Number.isNaN(end)) throw new Error(`endDate must be YYYY-MM-DD, got ${endDate}`);
  return Array.from({ length: days }, (_, i) => new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

/** @param {string} date @returns {number} 0 = Sunday … 6 = Saturday */
function dayOfWeek(date) {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * The mid-period promotion: a ten-day sale centred in the range.
 * @param {number} dayIndex @param {number} days
 */
function isPromoDay(dayIndex, days) {
  const start = Math.floor(days / 2) - 5;
  return dayIndex >= start && dayIndex < start + 10;
}

/** @param {number} cents @returns {string} plain decimal with 2 decimals, e.g. `41.20` */
export function formatCents(cents) {
  if (!Number.isInteger(cents) || cents < 0) throw new Error(`cents must be a non-negative integer, got ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Paid: three ad accounts, campaign → ad set → ad, one row per ad per day with delivery.

/**
 * Weekday multipliers, Sunday first: search is a weekday habit, social feeds peak at the weekend.
 * @type {Record<string, number[]>}
 */
const PAID_WEEK = {
  FACEBOOK: [1.15, 0.95, 0.92, 0.95, 1.0, 1.05, 1.2],
  GOOGLE_ADS: [0.75, 1.08, 1.1, 1.08, 1.05, 0.95, 0.72],
  TIKTOK: [1.25, 0.9, 0.88, 0.9, 0.95, 1.1, 1.3],
};

/**
 * @typedef {object} AdPlan
 * @property {string} id
 * @property {string} name
 * @property {number} spend  typical daily spend in dollars
 * @property {number} cpm  dollars per 1000 impressions
 * @property {number} ctr  clicks / impressions
 * @property {number} cvr  conversions / clicks
 * @property {number} basket  average order value in dollars
 * @property {number} [startDay]  first day (index) the ad delivers; before it the export has no row
 *
 * @typedef {{ id: string, name: string, ads: AdPlan[] }} AdSetPlan
 * @typedef {{ id: string, name: string, objective: string, adSets: AdSetPlan[] }} CampaignPlan
 * @typedef {{ platform: string, id: string, name: string, currency: string, campaigns: CampaignPlan[] }} AdAccountPlan
 */

/** @type {AdAccountPlan[]} */
export const PAID_ACCOUNTS = [
  {
    platform: 'FACEBOOK',
    id: '381920475610293',
    name: 'Northwind Outfitters - Meta',
    currency: 'USD',
    campaigns: [
      {
        id: '120210000000001',
        name: 'Prospecting - Fall Collection',
        objective: 'CONVERSIONS',
        adSets: [
          {
            id: '120210000000101',
            name: 'Lookalike 1% Purchasers - US',
            ads: [
              {
                id: '120210000001001',
                name: 'Video - Trail Jacket 15s',
                spend: 140,
                cpm: 11.5,
                ctr: 0.011,
                cvr: 0.028,
                basket: 92,
              },
              {
                id: '120210000001002',
                name: 'Carousel - Bestsellers',
                spend: 95,
                cpm: 10.2,
                ctr: 0.013,
                cvr: 0.024,
                basket: 78,
              },
            ],
          },
          {
            id: '120210000000102',
            name: 'Broad 25-54 - US',
            ads: [
              {
                id: '120210000001003',
                name: 'Static - Free Shipping',
                spend: 70,
                cpm: 8.9,
                ctr: 0.009,
                cvr: 0.019,
                basket: 74,
              },
            ],
          },
        ],
      },
      {
        id: '120210000000002',
        name: 'Retargeting - Cart Abandoners',
        objective: 'CONVERSIONS',
        adSets: [
          {
            id: '120210000000201',
            name: 'Added to Cart 14d',
            ads: [
              {
                id: '120210000002001',
                name: 'Dynamic - Viewed Products',
                spend: 45,
                cpm: 18.5,
                ctr: 0.019,
                cvr: 0.048,
                basket: 104,
              },
              {
                id: '120210000002002',
                name: 'UGC Review - Hiking Boots',
                spend: 25,
                cpm: 17.0,
                ctr: 0.017,
                cvr: 0.041,
                basket: 118,
              },
            ],
          },
        ],
      },
      {
        id: '120210000000003',
        name: 'Awareness - Holiday Teaser',
        objective: 'AWARENESS',
        adSets: [
          {
            id: '120210000000301',
            name: 'Reach - US 18-54',
            ads: [
              {
                id: '120210000003001',
                name: 'Video - Holiday Lookbook 30s',
                spend: 60,
                cpm: 4.2,
                ctr: 0.005,
                cvr: 0.004,
                basket: 85,
                startDay: 88,
              },
            ],
          },
        ],
      },
    ],
  },
  {
    platform: 'GOOGLE_ADS',
    id: '4820193746',
    name: 'Northwind Outfitters - Google Ads',
    currency: 'USD',
    campaigns: [
      {
        id: '21450000001',
        name: 'Search - Brand',
        objective: 'CONVERSIONS',
        adSets: [
          {
            id: '158200000011',
            name: 'Brand - Exact',
            ads: [
              { id: '701000000111', name: 'RSA - Brand Core', spend: 55, cpm: 38, ctr: 0.02, cvr: 0.05, basket: 96 },
              { id: '701000000112', name: 'RSA - Brand Sale', spend: 30, cpm: 35, ctr: 0.019, cvr: 0.046, basket: 88 },
            ],
          },
        ],
      },
      {
        id: '21450000002',
        name: 'Search - Generic Outerwear',
        objective: 'TRAFFIC',
        adSets: [
          {
            id: '158200000021',
            name: 'Rain Jackets',
            ads: [
              {
                id: '701000000211',
                name: 'RSA - Rain Jackets',
                spend: 110,
                cpm: 42,
                ctr: 0.016,
                cvr: 0.03,
                basket: 84,
              },
            ],
          },
          {
            id: '158200000022',
            name: 'Hiking Jackets',
            ads: [
              {
                id: '701000000221',
                name: 'RSA - Hiking Jackets',
                spend: 85,
                cpm: 40,
                ctr: 0.015,
                cvr: 0.026,
                basket: 97,
              },
              {
                id: '701000000222',
                name: 'RSA - Insulated Jackets',
                spend: 40,
                cpm: 44,
                ctr: 0.014,
                cvr: 0.024,
                basket: 112,
              },
            ],
          },
        ],
      },
      {
        id: '21450000003',
        name: 'Performance Max - Catalog',
        objective: 'CONVERSIONS',
        adSets: [
          {
            id: '158200000031',
            name: 'All Products',
            ads: [
              {
                id: '701000000311',
                name: 'Asset Group - All Products',
                spend: 160,
                cpm: 9.5,
                ctr: 0.008,
                cvr: 0.026,
                basket: 81,
              },
            ],
          },
        ],
      },
    ],
  },
  {
    platform: 'TIKTOK',
    id: '7301928374650192837',
    name: 'Northwind Outfitters - TikTok',
    currency: 'USD',
    campaigns: [
      {
        id: '1780000000000001',
        name: 'Spark Ads - Creators',
        objective: 'CONVERSIONS',
        adSets: [
          {
            id: '1780000000000101',
            name: 'Creators - US 18-34',
            ads: [
              {
                id: '1780000000001001',
                name: 'Spark - Trail Day Vlog',
                spend: 90,
                cpm: 7.5,
                ctr: 0.0095,
                cvr: 0.014,
                basket: 62,
              },
              {
                id: '1780000000001002',
                name: 'Spark - Camp Cooking',
                spend: 60,
                cpm: 7.1,
                ctr: 0.0088,
                cvr: 0.012,
                basket: 55,
              },
            ],
          },
        ],
      },
      {
        id: '1780000000000002',
        name: 'In-Feed - Outdoor Hacks',
        objective: 'TRAFFIC',
        adSets: [
          {
            id: '1780000000000201',
            name: 'Interest - Hiking & Camping',
            ads: [
              {
                id: '1780000000002001',
                name: 'In-Feed - Packing Hacks',
                spend: 50,
                cpm: 5.8,
                ctr: 0.007,
                cvr: 0.011,
                basket: 48,
              },
            ],
          },
          {
            id: '1780000000000202',
            name: 'Interest - Travel',
            ads: [
              {
                id: '1780000000002002',
                name: 'In-Feed - Weekend Getaway',
                spend: 35,
                cpm: 5.4,
                ctr: 0.006,
                cvr: 0.01,
                basket: 52,
              },
            ],
          },
        ],
      },
    ],
  },
];

/**
 * One row per ad per day it delivered, sorted by date then account, campaign, ad set and ad.
 * @param {SampleOptions} [options]
 * @returns {PaidSampleRow[]}
 */
export function generatePaidRows(options = {}) {
  const { seed = SAMPLE_SEED, endDate = SAMPLE_END_DATE, days = SAMPLE_DAYS } = options;
  const dates = reportDays(endDate, days);
  /** @type {PaidSampleRow[][]} rows per day index */
  const byDay = dates.map(() => []);

  for (const account of PAID_ACCOUNTS) {
    const week = PAID_WEEK[account.platform] ?? [1, 1, 1, 1, 1, 1, 1];
    for (const campaign of account.campaigns) {
      for (const adSet of campaign.adSets) {
        for (const ad of adSet.ads) {
          const rand = rngFor(seed, `paid:${account.platform}:${ad.id}`);
          dates.forEach((date, d) => {
            if (d < (ad.startDay ?? 0)) return;
            const promo = isPromoDay(d, days);
            // Budgets rise slowly over the period; the sale pushes them and converts better at a lower basket.
            const trend = 0.9 + 0.2 * (d / Math.max(1, days - 1));
            const spendFactor = (week[dayOfWeek(date)] ?? 1) * trend * (promo ? 1.8 : 1) * jitter(rand, 0.18);
            const spendCents = Math.max(0, Math.round(ad.spend * 100 * spendFactor));
            const impressions = Math.round((spendCents / 100 / (ad.cpm * jitter(rand, 0.1))) * 1000);
            const clicks = Math.min(impressions, poisson(rand, impressions * ad.ctr * jitter(rand, 0.15)));
            const conversions = Math.min(
              clicks,
              poisson(rand, clicks * ad.cvr * (promo ? 1.6 : 1) * jitter(rand, 0.2)),
            );
            const basket = ad.basket * (promo ? 0.85 : 1);
            const revenueCents = conversions === 0 ? 0 : Math.round(conversions * basket * 100 * jitter(rand, 0.15));
            byDay[d]?.push({
              date,
              platform: account.platform,
              account_id: account.id,
              account_name: account.name,
              currency: account.currency,
              campaign_id: campaign.id,
              campaign_name: campaign.name,
              objective: campaign.objective,
              ad_set_id: adSet.id,
              ad_set_name: adSet.name,
              ad_id: ad.id,
              ad_name: ad.name,
              spend: formatCents(spendCents),
              impressions,
              clicks,
              conversions,
              revenue: formatCents(revenueCents),
            });
          });
        }
      }
    }
  }
  return byDay.flat();
}

// ---------------------------------------------------------------------------------------------
// Organic: three accounts, one row per account per day.

/**
 * @typedef {object} OrganicAccountPlan
 * @property {string} platform
 * @property {string} id
 * @property {string} name
 * @property {number} followers  audience the day before the first row
 * @property {number} impressions  typical daily impressions
 * @property {number[]} week  weekday multipliers, Sunday first
 * @property {number[]} postsPerDay  expected posts per weekday, Sunday first
 * @property {number} reachRatio  reach / impressions
 * @property {number} engagementRate  engagements / impressions
 * @property {number} followPer1000  new follows per 1000 impressions
 * @property {number} unfollowsPerDay
 */

/** @type {OrganicAccountPlan[]} */
export const ORGANIC_ACCOUNTS = [
  {
    platform: 'INSTAGRAM',
    id: '17841400123456789',
    name: 'northwind.outfitters',
    followers: 48210,
    impressions: 21000,
    week: [1.2, 0.92, 0.9, 0.95, 0.97, 1.02, 1.18],
    postsPerDay: [1.4, 0.9, 1.0, 1.2, 1.0, 1.3, 1.6],
    reachRatio: 0.72,
    engagementRate: 0.041,
    followPer1000: 2.4,
    unfollowsPerDay: 28,
  },
  {
    platform: 'LINKEDIN',
    id: '82736451',
    name: 'Northwind Outfitters',
    followers: 12640,
    impressions: 4200,
    week: [0.35, 1.15, 1.25, 1.22, 1.18, 0.95, 0.3],
    postsPerDay: [0, 0.7, 0.8, 0.8, 0.7, 0.5, 0],
    reachRatio: 0.63,
    engagementRate: 0.024,
    followPer1000: 3.1,
    unfollowsPerDay: 5,
  },
  {
    platform: 'YOUTUBE',
    id: 'UCx7Qd0Wm3Rk2Lp9TnV5sBcA',
    name: 'Northwind Outfitters',
    followers: 8930,
    impressions: 9500,
    week: [1.3, 0.9, 0.88, 0.9, 0.94, 1.05, 1.25],
    postsPerDay: [0.15, 0.1, 0.35, 0.1, 0.35, 0.1, 0.15],
    reachRatio: 0.58,
    engagementRate: 0.052,
    followPer1000: 1.6,
    unfollowsPerDay: 9,
  },
];

/**
 * One row per account per day, sorted by date then account.
 * `followers` on a day is the previous day's `followers` plus that day's `new_followers`.
 * @param {SampleOptions} [options]
 * @returns {OrganicSampleRow[]}
 */
export function generateOrganicRows(options = {}) {
  const { seed = SAMPLE_SEED, endDate = SAMPLE_END_DATE, days = SAMPLE_DAYS } = options;
  const dates = reportDays(endDate, days);
  /** @type {OrganicSampleRow[][]} */
  const byDay = dates.map(() => []);

  for (const account of ORGANIC_ACCOUNTS) {
    const rand = rngFor(seed, `organic:${account.platform}:${account.id}`);
    let followers = account.followers;
    dates.forEach((date, d) => {
      const dow = dayOfWeek(date);
      const promo = isPromoDay(d, days);
      const posts = Math.min(3, poisson(rand, (account.postsPerDay[dow] ?? 0) * (promo ? 1.4 : 1)));
      // A viral day now and then; posting lifts the day; the audience (and so the reach) grows.
      const viral = rand() < 0.03 ? 2.5 + rand() * 2 : 1;
      const growth = followers / account.followers;
      const impressions = Math.round(
        account.impressions *
          (account.week[dow] ?? 1) *
          (1 + 0.22 * posts) *
          (promo ? 1.35 : 1) *
          viral *
          growth *
          jitter(rand, 0.15),
      );
      const reach = Math.min(impressions, Math.round(impressions * account.reachRatio * jitter(rand, 0.08)));
      const engagements = Math.round(impressions * account.engagementRate * jitter(rand, 0.25));
      const gained = poisson(rand, (impressions / 1000) * account.followPer1000);
      // Unfollows are steady, with an occasional purge (a spam sweep, a controversial post).
      const lost = poisson(rand, account.unfollowsPerDay * (rand() < 0.06 ? 5 : 1));
      const newFollowers = gained - lost;
      followers += newFollowers;
      byDay[d]?.push({
        date,
        platform: account.platform,
        account_id: account.id,
        account_name: account.name,
        followers,
        new_followers: newFollowers,
        impressions,
        reach,
        engagements,
        posts,
      });
    });
  }
  return byDay.flat();
}

// ---------------------------------------------------------------------------------------------
// CSV

/** A CSV cell, quoted when it holds a comma, quote or line break. @param {string | number} value */
export function csvCell(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a final line end. @param {Array<Array<string | number>>} rows @param {string} [lineEnd] */
export function csvText(rows, lineEnd = '\n') {
  return rows.map((cells) => cells.map(csvCell).join(',')).join(lineEnd) + lineEnd;
}

/**
 * RFC 4180 CSV with LF line ends and a final newline.
 * @param {readonly string[]} header
 * @param {ReadonlyArray<Record<string, string | number>>} rows
 * @returns {string}
 */
export function toCsv(header, rows) {
  return csvText([[...header], ...rows.map((row) => header.map((column) => row[column] ?? ''))]);
}

/**
 * Both sample files' contents, keyed by file name.
 * @param {SampleOptions} [options]
 * @returns {{ 'tandem-paid.csv': string, 'tandem-organic.csv': string }}
 */
export function generateSampleFiles(options = {}) {
  return {
    'tandem-paid.csv': toCsv(PAID_HEADER, generatePaidRows(options)),
    'tandem-organic.csv': toCsv(ORGANIC_HEADER, generateOrganicRows(options)),
  };
}
