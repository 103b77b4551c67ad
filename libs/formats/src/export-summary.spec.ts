import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { summariseExport } from './export-summary.js';
import { readExport } from './read-export.js';

const PAID = [
  'date,platform,account_id,account_name,currency,campaign_id,spend,impressions,clicks,conversions,revenue',
  '2026-03-01,FACEBOOK,act_1,Acme,USD,c1,41.20,5120,61,2,118.00',
  '2026-03-02,FACEBOOK,act_1,Acme,USD,c1,38.05,4980,55,0.5,171.50',
  '2026-03-03,FACEBOOK,act_1,Acme,USD,c1,-1,4980,55,0.5,171.50',
  '2026-03-04,FACEBOOK,act_1,Acme,XYZ,c1,10.00,100,1,1,5.00',
  '2026-03-02,TIKTOK,tt_9,Acme TT,EUR,t1,55.10,40210,312,9,0',
].join('\n');

describe('summariseExport', () => {
  it('gives range, accounts, counts, per-currency exact totals and the first errors, writing nothing; only a row left out counts as rejected', async () => {
    const { events } = await readExport(() => Readable.from([Buffer.from(PAID)]), 'paid.csv');
    const summary = await summariseExport(events);
    expect(summary).toMatchObject({
      from: '2026-03-01',
      // Line 4's bad spend is left out and its other figures kept; line 5's unknown currency rejects its row.
      to: '2026-03-03',
      rows: [{ kind: 'paid', count: 4 }],
      rowsRejected: 1,
      paid: [
        { currency: 'USD', spend: '79.25', revenue: '461', conversions: '3', impressions: 15_080, clicks: 171 },
        { currency: 'EUR', spend: '55.1', revenue: '0', conversions: '9', impressions: 40_210, clicks: 312 },
      ],
    });
    expect(summary.accounts.map((account) => account.accountId)).toEqual(['act_1', 'tt_9']);
    expect(summary.errors).toEqual([
      { row: 4, column: 'spend', message: 'spend "-1" must not be negative', rowImported: true },
      {
        row: 5,
        column: 'currency',
        message: 'currency "XYZ" is not an ISO 4217 currency code such as USD or EUR',
        rowImported: false,
      },
    ]);
  });

  it('counts each account-day once, at the finest level present, as the dashboard does', async () => {
    const mixed = [
      'date,platform,account_id,currency,campaign_id,ad_set_id,ad_id,spend,impressions,clicks',
      '2026-03-01,FACEBOOK,act_1,USD,c1,,,50.95,13920,65',
      '2026-03-01,FACEBOOK,act_1,USD,c1,s1,a1,41.20,5120,61',
      '2026-03-01,FACEBOOK,act_1,USD,c1,s1,a2,9.75,8800,4',
      '2026-03-02,FACEBOOK,act_1,USD,c1,,,12.00,1000,10',
    ].join('\n');
    const { events } = await readExport(() => Readable.from([Buffer.from(mixed)]), 'mixed.csv');
    const summary = await summariseExport(events);
    expect(summary.paid).toEqual([
      { currency: 'USD', spend: '62.95', revenue: '0', conversions: '0', impressions: 14_920, clicks: 75 },
    ]);
  });
});
