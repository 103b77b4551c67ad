import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { summariseExport } from './export-summary.js';
import { readExport } from './read-export.js';

const PAID = [
  'date,platform,account_id,account_name,currency,campaign_id,spend,impressions,clicks,conversions,revenue',
  '2026-03-01,FACEBOOK,act_1,Acme,USD,c1,41.20,5120,61,2,118.00',
  '2026-03-02,FACEBOOK,act_1,Acme,USD,c1,38.05,4980,55,0.5,171.50',
  '2026-03-03,FACEBOOK,act_1,Acme,USD,c1,-1,4980,55,0.5,171.50',
  '2026-03-02,TIKTOK,tt_9,Acme TT,EUR,t1,55.10,40210,312,9,0',
].join('\n');

describe('summariseExport', () => {
  it('gives range, accounts, counts, per-currency exact totals and the first errors, writing nothing', async () => {
    const { events } = await readExport(() => Readable.from([Buffer.from(PAID)]), 'paid.csv');
    const summary = await summariseExport(events);
    expect(summary).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-02',
      rows: [{ kind: 'paid', count: 3 }],
      rowsRejected: 1,
      paid: [
        { currency: 'USD', spend: '79.25', revenue: '289.5', conversions: '2.5', impressions: 10_100, clicks: 116 },
        { currency: 'EUR', spend: '55.1', revenue: '0', conversions: '9', impressions: 40_210, clicks: 312 },
      ],
    });
    expect(summary.accounts.map((account) => account.accountId)).toEqual(['act_1', 'tt_9']);
    expect(summary.errors).toEqual([expect.objectContaining({ row: 4, column: 'spend' })]);
  });
});
