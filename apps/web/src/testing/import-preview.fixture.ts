import type { ImportPreviewAnswer } from '../modules/imports/upload.util';

/** A dry run of a paid export, as `POST /api/imports?dryRun=true` answers it. */
export const paidPreview: ImportPreviewAnswer = {
  id: 'prev-1',
  fileName: 'tandem-paid.csv',
  format: 'tandem-paid',
  formatLabel: 'Tandem paid template',
  from: '2026-07-01',
  to: '2026-07-31',
  accounts: [{ platform: 'FACEBOOK', accountId: '381920475610293', accountName: 'Northwind Outfitters - Meta' }],
  rows: [
    { kind: 'paid', count: 1240 },
    { kind: 'paid-period', count: 2 },
  ],
  paid: [
    { currency: 'USD', spend: '12345.67', revenue: '23456.78', conversions: '310', impressions: 987654, clicks: 4321 },
    { currency: null, spend: '99.5', revenue: '0', conversions: '1.5', impressions: 100, clicks: 3 },
  ],
  organic: { impressions: 0, engagements: 0, newFollowers: 0 },
  posts: 0,
  rowsRejected: 25,
  errors: [
    { row: 14, column: 'impressions', message: 'impressions "abc" is not a number', rowImported: true },
    { row: 15, column: 'date', message: 'date is required', rowImported: false },
  ],
  warnings: ['whole-period file: stored for 2026-07-01..2026-07-31'],
  committedImportId: null,
};
