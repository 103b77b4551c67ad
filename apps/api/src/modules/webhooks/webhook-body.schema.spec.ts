import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { parseWebhookBody, webhookBodyJsonSchema } from './webhook-body.schema.js';

const paidRow = {
  platform: 'google_ads',
  account_id: '1234567890',
  level: 'campaign',
  entity_id: '20000000001',
  entity_name: 'Brand - Search',
  date: '2025-03-01',
  currency: 'EUR',
  tz_basis: 'account_tz',
  metrics: { spend: '1020.50', impressions: 10500, clicks: 88, conversions: '2.5', conversion_value: '310.00' },
  attribution_setting: 'data-driven',
};

const issuesOf = (body: unknown) => {
  const parsed = parseWebhookBody(JSON.stringify(body));
  return 'issues' in parsed ? parsed.issues : [];
};

describe('the webhook body schema', () => {
  /** Integrators read docs/webhook-body.schema.json: `npx vitest run --project unit -u <this file>` rewrites it. */
  it('is published as the JSON Schema the validator implies', async () => {
    const target = new URL('../../../../../docs/webhook-body.schema.json', import.meta.url).pathname;
    const text = await format(JSON.stringify(webhookBodyJsonSchema()), {
      ...(await resolveConfig(target)),
      parser: 'json',
    });
    await expect(text).toMatchFileSnapshot(target);
  });

  it('accepts the example of docs/FORMATS.md §6', () => {
    const body = {
      grain: 'paid_daily',
      source: 'google-ads-script',
      restate_window: {
        platform: 'google_ads',
        account_id: '1234567890',
        level: 'campaign',
        from: '2025-03-01',
        to: '2025-03-30',
      },
      rows: [paidRow],
    };
    expect(issuesOf(body)).toEqual([]);
  });

  it('names the row and field of each problem', () => {
    const rows = [paidRow, { ...paidRow, date: '2025-02-30', metrics: { spend: 10.5, clicks: 1.5, cost: 3 } }];
    expect(issuesOf({ grain: 'paid_daily', rows })).toEqual([
      { path: 'rows[1].date', row: 1, message: 'expected a day YYYY-MM-DD' },
      { path: 'rows[1].metrics.spend', row: 1, message: expect.stringMatching(/decimal|number/i) },
      { path: 'rows[1].metrics.clicks', row: 1, message: 'expected a whole number' },
      { path: 'rows[1].metrics', row: 1, message: 'unknown field cost' },
    ]);
  });

  it('refuses negative spend, impressions, reach and followers, and allows other negative figures', () => {
    const negative = { ...paidRow, metrics: { spend: '-1.00', impressions: -1, conversions: '-2', clicks: -3 } };
    expect(issuesOf({ grain: 'paid_daily', rows: [negative] }).map((issue) => issue.path)).toEqual([
      'rows[0].metrics.spend',
      'rows[0].metrics.impressions',
    ]);
    const organic = {
      platform: 'INSTAGRAM',
      account_id: 'ig_1',
      date: '2025-03-01',
      metrics: { followers_total: -1, new_followers: -4, engagements: -2 },
    };
    expect(issuesOf({ grain: 'organic_daily', rows: [organic] }).map((issue) => issue.path)).toEqual([
      'rows[0].metrics.followers_total',
    ]);
  });

  it('asks for entity_id at every level but the account, and a window in order', () => {
    const { entity_id: _, ...withoutEntity } = paidRow;
    expect(issuesOf({ grain: 'paid_daily', rows: [withoutEntity] }).map((issue) => issue.path)).toEqual([
      'rows[0].entity_id',
    ]);
    const window = { platform: 'x', account_id: 'a', level: 'ad', from: '2025-03-02', to: '2025-03-01' };
    expect(issuesOf({ grain: 'paid_daily', restate_window: window, rows: [] })).toEqual([
      { path: 'restate_window.to', row: null, message: 'from must not be after to' },
    ]);
  });

  it('says when the body is not JSON or names no known grain', () => {
    expect(parseWebhookBody('{"rows": [')).toMatchObject({ issues: [{ path: '', row: null }] });
    expect(issuesOf({ grain: 'hourly', rows: [] })[0]?.path).toBe('grain');
  });
});
