import { describe, expect, it } from 'vitest';
import type { WebhookBody } from './webhook-body.schema.js';
import { canonicalRowsOf, fromMicros } from './webhook-rows.js';

const row = {
  platform: 'facebook',
  account_id: 'act_1',
  date: '2025-03-01',
  currency: 'USD',
  metrics: { spend_micros: 41_200_000, impressions: 5120 },
};

describe('webhook rows as canonical rows', () => {
  it('converts micros exactly', () => {
    expect([0, 1, 999_999, 1_000_000, 1_234_567, 41_200_000].map(fromMicros)).toEqual([
      '0.000000',
      '0.000001',
      '0.999999',
      '1.000000',
      '1.234567',
      '41.200000',
    ]);
  });

  it('keys each level under the parents it names, the way uploads key them', () => {
    const body = {
      grain: 'paid_daily',
      rows: [
        { ...row, level: 'account' },
        { ...row, level: 'campaign', entity_id: 'c1', entity_name: 'Spring' },
        { ...row, level: 'ad_set', entity_id: 's1', campaign_id: 'c1' },
        { ...row, level: 'ad', entity_id: 'a1', entity_name: 'UGC', campaign_id: 'c1', ad_set_id: 's1' },
      ],
    } as WebhookBody;
    const ids = canonicalRowsOf(body).map((canonical) =>
      canonical.kind === 'paid' ? [canonical.campaignId, canonical.adSetId, canonical.adId] : [],
    );
    expect(ids).toEqual([
      [null, null, null],
      ['c1', null, null],
      ['c1', 's1', null],
      ['c1', 's1', 'a1'],
    ]);
    expect(canonicalRowsOf(body)[0]).toMatchObject({ platform: 'FACEBOOK', spend: '41.200000', revenue: null });
  });
});
