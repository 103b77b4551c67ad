import { PLATFORMS } from '@tandem/formats/canonical.js';
import { z } from 'zod';

/**
 * The body of `POST /api/webhooks/<sourceId>` (docs/FORMATS.md §6), as data: zod validates it, and
 * `docs/webhook-body.schema.json` — the JSON Schema it implies, kept equal by a test — is what integrators read.
 * Money and fractional counts are decimal strings (or whole numbers), never floats; a metric left out is "not
 * reported", which is not 0.
 */

export const MAX_WEBHOOK_ROWS = 10_000;

const platform = z
  .enum([...PLATFORMS, ...PLATFORMS.map((name) => name.toLowerCase())])
  .describe('Platform, lower or upper case: google_ads or GOOGLE_ADS');
const id = (what: string) => z.string().min(1).max(256).describe(what);
const name = (what: string) => z.string().max(1024).nullable().optional().describe(what);
const day = z.iso.date({ message: 'expected a day YYYY-MM-DD' }).describe('A report day, YYYY-MM-DD');
const DECIMAL =
  'expected a decimal string such as "1020.50" (at most 14 digits before the point, 6 after) or a whole number';
const decimal = z.union([z.string().regex(/^-?\d{1,14}(\.\d{1,6})?$/), z.int().min(-1e14).max(1e14)], {
  message: DECIMAL,
});
const nonNegativeDecimal = z.union([z.string().regex(/^\d{1,14}(\.\d{1,6})?$/), z.int().min(0).max(1e14)], {
  message: `${DECIMAL}, ≥ 0`,
});
const count = z.int({ message: 'expected a whole number' });
const nonNegativeCount = z.int({ message: 'expected a whole number' }).min(0, { message: 'must be ≥ 0' });
const tzBasis = z.enum(['account_tz', 'utc', 'pacific']).optional().describe('Which clock the report day follows');

export const PAID_LEVELS = ['account', 'campaign', 'ad_set', 'ad'] as const;
const level = z.enum(PAID_LEVELS).describe('What the row is about: its entity_id names a campaign, ad set or ad');

const paidMetrics = z
  .strictObject({
    spend: nonNegativeDecimal.optional(),
    spend_micros: z.int().min(0).optional().describe('Spend in millionths of the currency, instead of spend'),
    impressions: nonNegativeCount.optional(),
    clicks: count.optional(),
    conversions: decimal.optional(),
    conversion_value: decimal.optional().describe('Revenue the conversions brought'),
    reach: nonNegativeCount.optional(),
    video_views: count.optional(),
    engagements: count.optional(),
  })
  .refine((metrics) => metrics.spend === undefined || metrics.spend_micros === undefined, {
    message: 'give spend or spend_micros, not both',
  });

const paidRow = z
  .strictObject({
    platform,
    account_id: id("The platform's ad account id"),
    account_name: name('The ad account as the platform names it'),
    level,
    entity_id: id('The campaign, ad set or ad id (not for level account)').optional(),
    entity_name: name('The campaign, ad set or ad name'),
    campaign_id: id('The campaign of an ad set or ad').optional(),
    campaign_name: name('The campaign of an ad set or ad, by name'),
    ad_set_id: id('The ad set of an ad').optional(),
    ad_set_name: name('The ad set of an ad, by name'),
    objective: name("The campaign's objective in the platform's words"),
    date: day,
    currency: z.string().regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 code such as "EUR"' }),
    tz_basis: tzBasis,
    attribution_setting: name('The attribution window the conversions were counted with'),
    metrics: paidMetrics,
  })
  .refine((row) => (row.level === 'account') === (row.entity_id === undefined), {
    message: 'entity_id is required for a campaign, ad set or ad row, and not allowed for an account row',
    path: ['entity_id'],
  });

const organicMetrics = z.strictObject({
  followers_total: nonNegativeCount.optional().describe('Audience at the end of the day (a gauge)'),
  new_followers: count.optional().describe('Net change of followers that day (negative when unfollows win)'),
  followers_gained: count.optional().describe('Gross new follows that day (unfollows not counted)'),
  impressions: nonNegativeCount.optional(),
  reach: nonNegativeCount.optional(),
  engagements: count.optional(),
  posts_published: count.optional(),
  likes: count.optional(),
  comments: count.optional(),
  shares: count.optional(),
  saves: count.optional(),
  video_views: count.optional(),
  profile_views: count.optional(),
  link_clicks: count.optional(),
});

const organicRow = z.strictObject({
  platform,
  account_id: id("The platform's page, profile or channel id"),
  account_name: name('The account as the platform names it'),
  date: day,
  tz_basis: tzBasis,
  metrics: organicMetrics,
});

const windowDays = { from: day, to: day };
const inOrder = (window: { from: string; to: string }) => window.from <= window.to;
const IN_ORDER = { message: 'from must not be after to', path: ['to'] };

const paidWindow = z
  .strictObject({ platform, account_id: id("The platform's ad account id"), level, ...windowDays })
  .refine(inOrder, IN_ORDER);
const organicWindow = z
  .strictObject({ platform, account_id: id("The platform's account id"), ...windowDays })
  .refine(inOrder, IN_ORDER);

const rows = <Row extends z.ZodType>(row: Row) =>
  z.array(row).max(MAX_WEBHOOK_ROWS, { message: `at most ${MAX_WEBHOOK_ROWS} rows a request` });
const RESTATE =
  'Facts of this account (and level) dated from..to that the rows do not name are deleted: the sender restates the window';
const SOURCE = 'Free text naming what sent the rows, e.g. "google-ads-script"';

export const webhookBodySchema = z
  .discriminatedUnion('grain', [
    z.strictObject({
      grain: z.literal('paid_daily'),
      source: z.string().max(256).optional().describe(SOURCE),
      restate_window: paidWindow.optional().describe(RESTATE),
      rows: rows(paidRow),
    }),
    z.strictObject({
      grain: z.literal('organic_daily'),
      source: z.string().max(256).optional().describe(SOURCE),
      restate_window: organicWindow.optional().describe(RESTATE),
      rows: rows(organicRow),
    }),
  ])
  .describe('Canonical metric rows pushed to POST /api/webhooks/<sourceId> (docs/FORMATS.md §6)');

export type WebhookBody = z.infer<typeof webhookBodySchema>;
export type PaidWebhookRow = z.infer<typeof paidRow>;
export type OrganicWebhookRow = z.infer<typeof organicRow>;
export type RestateWindowInput = NonNullable<WebhookBody['restate_window']>;

/** The JSON Schema published in docs/webhook-body.schema.json. */
export function webhookBodyJsonSchema(): object {
  return { title: 'Tandem webhook body', ...z.toJSONSchema(webhookBodySchema) };
}

export interface BodyIssue {
  /** Where, e.g. `rows[3].metrics.spend`. */
  path: string;
  /** The 0-based index of the row at fault, when a row is. */
  row: number | null;
  message: string;
}

/** The body's rows, or what is wrong with it, each problem named by row and field. */
export function parseWebhookBody(text: string): { body: WebhookBody } | { issues: BodyIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { issues: [{ path: '', row: null, message: `The body is not JSON: ${(error as Error).message}` }] };
  }
  const parsed = webhookBodySchema.safeParse(json);
  if (parsed.success) return { body: parsed.data };
  return { issues: parsed.error.issues.slice(0, MAX_ISSUES).map(toIssue) };
}

const MAX_ISSUES = 20;

function toIssue(issue: z.core.$ZodIssue): BodyIssue {
  const path = issue.path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
  const row = issue.path[0] === 'rows' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
  const message =
    issue.code === 'unrecognized_keys'
      ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
      : issue.message;
  return { path, row, message };
}
