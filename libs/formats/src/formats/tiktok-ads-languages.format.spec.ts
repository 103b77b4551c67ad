import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { ImportHints, PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { undatedExportError } from '../period-hint.js';
import { readExport } from '../read-export.js';
import { headWithHeader } from '../../test/file-heads.js';
import { collect, openChunks, openFixture } from '../../test/open-fixture.js';
import { paidTotals, readHintedFixture, sortedEvents } from '../../test/read-hinted-fixture.js';
import { csv, KOREAN_DAILY_ROWS, TIKTOK_LANGUAGE_FIXTURES } from '../../test/tiktok-ads-fixtures.js';
import { detectFormat } from '../registry.js';

type TiktokRow = PaidDailyRow | PaidPeriodRow;

const read = (name: string, hints: ImportHints = {}) => readHintedFixture<TiktokRow>(`tiktok-ads/${name}`, hints);

const KOREAN_ACCOUNT = { account: '주바이오컴_adv' };
const APRIL_1_TO_18 = { periodStart: '2026-04-01', periodEnd: '2026-04-18' };
/** The Korean campaign list: `비용` only (never `순 비용`, net cost, nor `캠페인 예산`, budget), no purchase columns. */
const LIST_TOTALS = { spend: '2310618', impressions: 1653219, clicks: 24603, conversions: null, revenue: null };
/** The one warning of a file keyed by names (repeated-names.ts words it). */
const NAMES_WARNING = expect.stringMatching(/^\d rows name a campaign, ad set or ad without its ID/);

describe('tiktok-ads fixtures in other languages', () => {
  it.each(Object.entries(TIKTOK_LANGUAGE_FIXTURES))('%s is what its recipe writes', (name, recipe) => {
    const url = new URL(`../../test/fixtures/tiktok-ads/${name}`, import.meta.url);
    const built = recipe();
    if (process.env.WRITE_FIXTURES === '1') writeFileSync(url, built);
    const committed = readFileSync(url);
    if (name.endsWith('.xlsx')) {
      // Zip bytes follow the zlib build: compare what the workbook holds.
      expect(sheetXml(committed)).toEqual(sheetXml(built));
      expect(sheetXml(committed)).toContain('<dimension ref="A1:A1"/>');
    } else expect(committed.equals(built)).toBe(true);
  });
});

function sheetXml(xlsx: Buffer): string {
  const entry = XLSX.CFB.find(XLSX.CFB.read(xlsx, { type: 'buffer' }), '/xl/worksheets/sheet1.xml') as {
    content: Uint8Array;
  } | null;
  return Buffer.from(entry?.content ?? []).toString('utf8');
}

/** The second `총 구매 수(모든 채널)` of the Korean daily report: the purchase value. */
const PURCHASE_VALUE = KOREAN_DAILY_ROWS[0]?.lastIndexOf('총 구매 수(모든 채널)') ?? -1;

/** Reads rows written as a TikTok CSV, without a fixture file. */
async function readRows(rows: readonly (readonly string[])[], hints: ImportHints) {
  const events = await collect((await readExport(openChunks(csv(rows)), 'report.csv', hints)).events);
  return {
    rows: events.flatMap((event) => (event.type === 'row' ? [event.row as TiktokRow] : [])),
    errors: events.flatMap((event) => (event.type === 'error' ? [event.error] : [])),
    warnings: events.flatMap((event) => (event.type === 'warning' ? [event.message] : [])),
  };
}

describe('tiktok-ads in Korean', () => {
  it('reads the daily ad report: `일별`, `비용`, purchases and their value by position, the footer dropped', async () => {
    const { format, rows, errors, warnings } = await read('korean-daily-ad-report.csv', KOREAN_ACCOUNT);
    expect(format).toBe('tiktok-ads');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['Skipped 1 total or summary row (line 6); they are never imported.']);
    expect(paidTotals(rows)).toEqual({
      spend: '1325430',
      impressions: 853663,
      clicks: 3435,
      conversions: '21',
      revenue: '1239000',
    });
    expect(rows[0]).toEqual({
      kind: 'paid',
      line: 2,
      date: '2026-03-20',
      platform: 'TIKTOK',
      accountId: '주바이오컴_adv',
      accountName: '주바이오컴_adv',
      currency: 'KRW',
      campaignId: '1854347729644690',
      campaignName: '음과검 스마트+ 캠페인',
      objective: null,
      adSetId: '1854348023698738',
      adSetName: '음과검 스마트+ 광고그룹',
      adId: '1854348012640609',
      adName: '광고 이름2026-01-15 11:28:27',
      spend: '600000',
      impressions: 419425,
      reach: 301200,
      clicks: 1352,
      // The first `총 구매 수(모든 채널)`: purchases; the second: their value.
      conversions: '11',
      revenue: '649000',
      // `전환수` follows the optimisation goal: kept as results.
      results: '12',
      resultType: null,
      videoViews: null,
      engagements: null,
      tzBasis: 'account_tz',
    });
    expect(rows.map((row) => [row.line, row.kind === 'paid' && row.date, row.adId, row.conversions])).toEqual([
      [2, '2026-03-20', '1854348012640609', '11'],
      [3, '2026-03-23', '1854348012640609', '8'],
      [4, '2026-03-20', '1856728035726702', '2'],
      [5, '2026-03-23', '1856728035726702', '0'],
    ]);
  });

  it('names a bad purchase value by its position and keeps the row', async () => {
    const rows = KOREAN_DAILY_ROWS.slice(0, 2).map((row, line) =>
      line === 1 ? row.map((cell, column) => (column === PURCHASE_VALUE ? 'abc' : cell)) : row,
    );
    const { rows: imported, errors } = await readRows(rows, KOREAN_ACCOUNT);
    expect(errors).toEqual([
      {
        row: 2,
        column: '총 구매 수(모든 채널) #2',
        message: '총 구매 수(모든 채널) #2 "abc" is not a number',
        rowImported: true,
      },
    ]);
    expect(imported.map((row) => [row.conversions, row.revenue])).toEqual([['11', null]]);
  });

  it('reads neither purchase column when the repeated header appears once, and says why', async () => {
    const rows = KOREAN_DAILY_ROWS.slice(0, 2).map((row) => row.filter((_, column) => column !== PURCHASE_VALUE));
    const { rows: imported, errors, warnings } = await readRows(rows, KOREAN_ACCOUNT);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'The column "총 구매 수(모든 채널)" appears once, but TikTok gives this name to 2 columns (conversions, then revenue), told apart only by their order: it was not imported. Export both to import them.',
    ]);
    expect(imported.map((row) => [row.conversions, row.revenue, row.spend])).toEqual([[null, null, '600000']]);
  });

  it('reads the campaign list without days as whole-period rows over the period the upload names', async () => {
    const { format, rows, errors, warnings } = await read('korean-campaign-list.csv', {
      ...KOREAN_ACCOUNT,
      ...APRIL_1_TO_18,
    });
    expect(format).toBe('tiktok-ads');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['Skipped 1 total or summary row (line 5); they are never imported.']);
    expect(paidTotals(rows)).toEqual(LIST_TOTALS);
    expect(rows[0]).toEqual({
      kind: 'paid-period',
      line: 2,
      periodStart: '2026-04-01',
      periodEnd: '2026-04-18',
      platform: 'TIKTOK',
      accountId: '주바이오컴_adv',
      accountName: '주바이오컴_adv',
      currency: 'KRW',
      campaignId: '1858788275666081',
      campaignName: '건강기능식품 스마트+캠페인',
      objective: null,
      adSetId: null,
      adSetName: null,
      adId: null,
      adName: null,
      // `비용`, never `순 비용` (net cost, 1696196) nor `캠페인 예산` (budget).
      spend: '1710618',
      impressions: 1233794,
      reach: 410354,
      clicks: 23251,
      conversions: null,
      revenue: null,
      results: '46',
      resultType: null,
      videoViews: null,
      engagements: null,
      tzBasis: 'account_tz',
    });
    expect(rows.map((row) => [row.line, row.kind, row.campaignId, row.spend, row.results])).toEqual([
      [2, 'paid-period', '1858788275666081', '1710618', '46'],
      [3, 'paid-period', '1856728035726529', '0', '0'],
      [4, 'paid-period', '1854347729644690', '600000', '12'],
    ]);
  });

  it('refuses the campaign list when the upload names no period: one error, no rows', async () => {
    const { format, rows, errors, warnings } = await read('korean-campaign-list.csv', KOREAN_ACCOUNT);
    expect(format).toBe('tiktok-ads');
    expect(rows).toEqual([]);
    expect(warnings).toEqual([]);
    const expected = undatedExportError(1, 'This TikTok Ads export');
    expect(expected.type === 'error' && [expected.error]).toEqual(errors);
  });

  it('reads every row of an .xlsx whose stored dimension says A1:A1, as from the same list in CSV', async () => {
    const hints = { ...KOREAN_ACCOUNT, ...APRIL_1_TO_18 };
    const workbook = await read('korean-campaign-list-dimension-a1.xlsx', hints);
    expect(paidTotals(workbook.rows)).toEqual(LIST_TOTALS);
    expect(workbook).toEqual(await read('korean-campaign-list.csv', hints));
  });
});

describe('tiktok-ads in Spanish and Portuguese', () => {
  it('reads a Spanish daily report and drops its `Total: N resultados` row', async () => {
    const { format, rows, errors, warnings } = await read('spanish-daily-report.csv', { account: 'Aquabeat Perú' });
    expect(format).toBe('tiktok-ads');
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['Skipped 1 total or summary row (line 5); they are never imported.', NAMES_WARNING]);
    expect(paidTotals(rows)).toEqual({
      spend: '137.10',
      impressions: 99200,
      clicks: 700,
      conversions: null,
      revenue: null,
    });
    expect(
      rows.map((row) => [
        row.kind === 'paid' && row.date,
        row.campaignName,
        row.adName,
        row.objective,
        row.currency,
        row.reach,
        row.results,
        row.videoViews,
      ]),
    ).toEqual([
      ['2025-03-01', 'Verano Perú', 'Video playa', 'Conversiones', 'PEN', 31000, '9', 8000],
      ['2025-03-02', 'Verano Perú', 'Video playa', 'Conversiones', 'PEN', 33500, '11', 8800],
      ['2025-03-01', 'Verano Perú', 'Carrusel ofertas', 'Conversiones', 'PEN', 12000, '4', 3000],
    ]);
  });

  it('reads a Portuguese campaign list without days over the period the upload names', async () => {
    const hints = { account: 'Aquabeat', periodStart: '2025-12-01', periodEnd: '2025-12-31' };
    const { format, rows, errors, warnings } = await read('portuguese-campaign-list.csv', hints);
    expect(format).toBe('tiktok-ads');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([NAMES_WARNING]);
    expect(paidTotals(rows)).toEqual({
      spend: '2410.45',
      impressions: 370400,
      clicks: 4620,
      conversions: null,
      revenue: null,
    });
    expect(rows.map((row) => [row.kind, row.campaignName, row.currency, row.reach, row.results])).toEqual([
      ['paid-period', 'Aquabeat Verão', null, 180000, '42'],
      ['paid-period', 'Aquabeat Natal', null, 95000, '15'],
    ]);
    expect(rows.every((row) => row.kind === 'paid-period' && row.periodEnd === '2025-12-31')).toBe(true);
  });
});

describe('tiktok-ads detection per language', () => {
  const id = (...header: string[]) => {
    const choice = detectFormat(headWithHeader(...header));
    return choice.ok ? choice.format.id : null;
  };

  it('knows each language by its day or destination clicks beside its cost', () => {
    expect(id('일별', '캠페인 이름', '비용', '노출수', '클릭수(목적지)', '통화')).toBe('tiktok-ads');
    expect(id('캠페인 이름', '기본 상태', '비용', '노출수', '클릭수(목적지)', '캠페인 ID', 'Date Created')).toBe(
      'tiktok-ads',
    );
    expect(id('Por día', 'Nombre de la campaña', 'Gasto', 'Impresiones')).toBe('tiktok-ads');
    expect(id('Nombre de la campaña', 'Coste', 'Impresiones', 'Clics (destino)')).toBe('tiktok-ads');
    expect(id('Nome da campanha', 'Custo', 'Impressões', 'Cliques (Destino)')).toBe('tiktok-ads');
  });

  it('never takes net cost for cost, nor mixes languages in one signature', () => {
    expect(id('일별', '캠페인 이름', '순 비용', '노출수')).toBeNull();
    expect(id('일별', 'Cost', 'Impressions')).toBeNull();
  });

  it('files rows that name no advertiser under the one in TikTok’s own file name, and says so', async () => {
    const fileName = 'Tiktok Ads_date_주바이오컴_adv_20260319-20260417.csv';
    const reading = await readExport(openFixture('tiktok-ads/korean-daily-ad-report.csv'), fileName);
    const { rows, warnings } = await sortedEvents<PaidDailyRow>(reading);
    expect(new Set(rows.map((row) => row.accountId))).toEqual(new Set(['주바이오컴_adv']));
    expect(warnings).toContainEqual(
      expect.stringContaining(
        `Rows went to the TIKTOK account "주바이오컴_adv", read from the file name "${fileName}"`,
      ),
    );
  });
});
