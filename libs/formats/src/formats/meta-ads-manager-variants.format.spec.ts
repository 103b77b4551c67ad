import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PaidAudienceRow, PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { identifyExport, readExport } from '../read-export.js';
import { collect, openChunks, openFixture } from '../../test/open-fixture.js';
import { headWithHeader } from '../../test/file-heads.js';
import { decimalTotal, paidTotals, readHintedFixture, total } from '../../test/read-hinted-fixture.js';
import { metaAdsManagerFormat } from './meta-ads-manager.format.js';

type MetaRow = PaidDailyRow | PaidPeriodRow | PaidAudienceRow;

const read = (name: string, hints = {}) =>
  readHintedFixture<MetaRow>(`meta-ads-manager/${name}`, { exportedOn: '2025-07-01', ...hints });

const PURCHASE = 'actions:offsite_conversion.fb_pixel_purchase';
const AD_SET = 'Video views Ad: L’extraordinaire devient possible au Centre...';
const UNNAMED_ACCOUNT_WARNING =
  'The file names no FACEBOOK account and the upload gave none: its rows went to "Unnamed account". Upload again with the "account" field to file them under the right account.';
const nameKeyedWarning = (rows: number) =>
  `${rows} rows name a campaign, ad set or ad without its ID, so they are keyed by name: a renamed entity starts a new history. Export with the ID columns (campaign ID, ad set or ad group ID, ad ID) to key them exactly.`;

/**
 * The warnings without the per-format name-key notice that the file-wide one (repeated-names.ts) replaces: while
 * both exist the older one is left out here, so these tests hold before and after it goes.
 */
const withoutOldNameKeyNotice = (warnings: readonly string[]) =>
  warnings.filter((warning) => !/ad group or ad without its ID: they are keyed by name/.test(warning));

const day = (row: MetaRow) => (row.kind === 'paid' ? row.date : row.periodStart);

describe('meta-ads-manager: customised exports without spend', () => {
  it('reads a real customised ad-set export without spend: spend null (not 0), clicks (all) not taken for link clicks', async () => {
    const { format, rows, errors, warnings } = await read('customised-no-spend.csv');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(withoutOldNameKeyNotice(warnings)).toEqual([UNNAMED_ACCOUNT_WARNING, nameKeyedWarning(3)]);
    expect(paidTotals(rows)).toEqual({ spend: null, impressions: 63976, clicks: 0, conversions: null, revenue: null });
    // Sorted by clicks in the file, not by day: each row keeps its own day.
    expect(rows.map((row) => [row.kind, row.line, day(row), row.impressions, row.reach])).toEqual([
      ['paid', 2, '2025-06-17', 27977, 27038],
      ['paid', 3, '2025-06-14', 20902, 19226],
      ['paid', 4, '2025-06-13', 15097, 13706],
    ]);
    expect(rows[0]).toMatchObject({
      platform: 'FACEBOOK',
      accountId: 'Unnamed account',
      currency: null,
      campaignId: null,
      adSetName: AD_SET,
      adSetId: expect.stringMatching(/^name:[0-9a-f]{40}$/),
      adId: null,
      spend: null,
      clicks: null,
      engagements: null,
      results: null,
      conversions: null,
      revenue: null,
    });
    expect(new Set(rows.map((row) => row.adSetId)).size).toBe(1);
  });

  it('sums a real Day × Age × Gender export without spend per dimension and day, whatever the row order', async () => {
    const { format, rows, errors, warnings } = await read('age-gender-no-spend.csv');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(withoutOldNameKeyNotice(warnings)).toEqual([UNNAMED_ACCOUNT_WARNING, nameKeyedWarning(13)]);
    const audience = rows as PaidAudienceRow[];
    expect(audience.every((row) => row.kind === 'paid-audience' && row.periodStart === row.periodEnd)).toBe(true);
    expect(audience.every((row) => row.spend === null && row.clicks === null && row.conversions === null)).toBe(true);
    const segments = (dimension: string, periodStart: string) =>
      audience
        .filter((row) => row.dimension === dimension && row.periodStart === periodStart)
        .map((row) => [row.segment, row.impressions, row.reach, row.videoViews, row.engagements]);
    // Reach is kept only where one file row makes the segment: summed reach would count people twice.
    expect(segments('age', '2025-06-20')).toEqual([
      ['65+', 1407, null, 199, 940],
      ['55-64', 1210, null, 164, 810],
      ['45-54', 931, null, 114, 611],
      ['35-44', 521, null, 56, 318],
      ['25-34', 348, null, 30, 181],
      ['18-24', 139, null, 14, 56],
    ]);
    expect(segments('gender', '2025-06-20')).toEqual([
      ['unknown', 14, null, 3, 11],
      ['male', 1949, null, 218, 1226],
      ['female', 2593, null, 356, 1679],
    ]);
    expect(segments('age', '2025-06-19')).toEqual([
      ['65+', 1252, null, 180, 850],
      ['18-24', 66, 60, 7, 29],
    ]);
    expect(segments('gender', '2025-06-19')).toEqual([
      ['male', 550, 541, 70, 380],
      ['female', 768, null, 117, 499],
    ]);
    // Each dimension adds up to the ad set's day: 4556 impressions on the 20th, 1318 on the 19th.
    for (const dimension of ['age', 'gender']) {
      const ofDimension = audience.filter((row) => row.dimension === dimension);
      expect(total(ofDimension, 'impressions')).toBe(5874);
      expect(decimalTotal(ofDimension, 'spend')).toBeNull();
    }
    expect(paidTotals(rows)).toEqual({ spend: null, impressions: 11748, clicks: 0, conversions: null, revenue: null });
    expect(rows).toHaveLength(13);
  });
});

describe('meta-ads-manager: languages', () => {
  it('reads a Spanish (Latin America) daily ad-level export: `Importe gastado (MXN)`, `Indicador de resultado`', async () => {
    const { format, rows, errors, warnings } = await read('spanish-latam.csv');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(paidTotals(rows)).toEqual({
      spend: '1561.15',
      impressions: 70610,
      clicks: 707,
      conversions: '5',
      revenue: '4875.00',
    });
    expect(rows[0]).toEqual({
      kind: 'paid',
      line: 2,
      date: '2025-05-10',
      platform: 'FACEBOOK',
      accountId: '2233445566',
      accountName: 'Feel Ink',
      currency: 'MXN',
      campaignId: '120215000000001',
      campaignName: 'Rebajas',
      objective: null,
      adSetId: '120215000000002',
      adSetName: 'Mujeres 25-44',
      adId: '120215000000003',
      adName: 'Video tatuaje',
      spend: '1250.40',
      impressions: 48210,
      reach: 31005,
      clicks: 612,
      conversions: '5',
      revenue: '4875.00',
      results: '5',
      resultType: PURCHASE,
      videoViews: 12840,
      engagements: null,
      attributionSetting: '7 días tras hacer clic o 1 día tras ver el anuncio',
      tzBasis: 'account_tz',
    });
    // Messaging conversations are results, never conversions.
    expect(rows[1]).toMatchObject({
      spend: '310.75',
      reach: 18950,
      results: '41',
      resultType: 'actions:onsite_conversion.messaging_conversation_started_7d',
      conversions: null,
      revenue: null,
    });
  });

  it('reads a Spanish (Spain) export: `Coste`, `vídeo`, an account named without its id', async () => {
    const { format, rows, errors, warnings } = await read('spanish-spain.csv');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(paidTotals(rows)).toEqual({
      spend: '125.20',
      impressions: 21150,
      clicks: 373,
      conversions: '2',
      revenue: '139.80',
    });
    expect(
      rows.map((row) => [row.accountId, row.currency, row.adId, row.reach, row.videoViews, row.conversions]),
    ).toEqual([
      ['Tienda Norte', 'EUR', '120216000000003', 7420, 2210, '2'],
      ['Tienda Norte', 'EUR', '120216000000021', 9800, null, null],
    ]);
    expect(rows[1]).toMatchObject({ results: '240', resultType: 'actions:link_click', revenue: null });
  });

  it('reads a Portuguese (Brazil) export: `Valor usado (BRL)`, `Valor de conversão da compra`, its summary row skipped', async () => {
    const { format, rows, errors, warnings } = await read('portuguese-brazil.csv');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      UNNAMED_ACCOUNT_WARNING,
      'Skipped 1 total or summary row (line 4); they are never imported.',
    ]);
    expect(paidTotals(rows)).toEqual({
      spend: '563.00',
      impressions: 48750,
      clicks: 449,
      conversions: '6',
      revenue: '1794.00',
    });
    expect(
      rows.map((row) => [row.line, day(row), row.currency, row.campaignId, row.adSetId, row.adId, row.reach]),
    ).toEqual([
      [2, '2025-06-02', 'BRL', '120217000000001', '120217000000002', '120217000000003', 24100],
      [3, '2025-06-02', 'BRL', '120217000000010', '120217000000011', '120217000000012', 15230],
    ]);
    expect(rows.map((row) => [row.results, row.resultType, row.conversions, row.revenue])).toEqual([
      ['6', PURCHASE, '6', '1794.00'],
      ['23', 'actions:onsite_conversion.messaging_conversation_started_7d', null, null],
    ]);
  });

  it('reads the Portuguese end of report also as `Encerramento dos relatórios`', async () => {
    const file = [
      '"Início dos relatórios","Encerramento dos relatórios","Nome da campanha","Identificação da campanha","Valor usado (BRL)",Impressões',
      '2025-06-01,2025-06-30,"Vendas Junho",120217000000001,"1,204.50",90210',
    ].join('\n');
    const { format, events } = await readExport(openChunks(file), 'Ads-Campanhas-1-de-jun-de-2025.csv');
    expect(format.id).toBe('meta-ads-manager');
    expect(await collect(events)).toEqual([
      {
        type: 'row',
        row: expect.objectContaining({
          kind: 'paid-period',
          periodStart: '2025-06-01',
          periodEnd: '2025-06-30',
          spend: '1204.50',
          impressions: 90210,
          currency: 'BRL',
        }),
      },
      { type: 'warning', message: UNNAMED_ACCOUNT_WARNING },
    ]);
  });

  it('reads a German export by its `Tag` (day) column: `;`, decimal comma, `Ausgegebener Betrag (EUR)`', async () => {
    const { format, rows, errors, warnings } = await read('german-day.csv');
    expect(format).toBe('meta-ads-manager');
    expect(errors).toEqual([]);
    expect(withoutOldNameKeyNotice(warnings)).toEqual([UNNAMED_ACCOUNT_WARNING, nameKeyedWarning(2)]);
    expect(paidTotals(rows)).toEqual({
      spend: '1111.85',
      impressions: 55420,
      clicks: 553,
      conversions: '4',
      revenue: '389.60',
    });
    expect(
      rows.map((row) => [row.kind, day(row), row.currency, row.campaignName, row.adId, row.spend, row.reach]),
    ).toEqual([
      ['paid', '2025-04-07', 'EUR', 'Frühjahr', '120218000000003', '1024.50', 29870],
      ['paid', '2025-04-07', 'EUR', 'Reichweite DACH', '120218000000012', '87.35', 12004],
    ]);
    // The ad set has a name but no id column: it is keyed by its name.
    expect(rows[0]?.adSetId).toMatch(/^name:[0-9a-f]{40}$/);
    expect(rows.map((row) => [row.results, row.resultType, row.conversions, row.revenue])).toEqual([
      ['4', PURCHASE, '4', '389.60'],
      ['12004', 'reach', null, null],
    ]);
  });

  it('names the missing day columns in the file’s language when the upload forces the format', async () => {
    const file = '"Nombre de la campaña","Importe gastado (EUR)",Impresiones\n"Verano 2025",85.20,9100\n';
    const { events } = await readExport(openChunks(file), 'informe.csv', { format: 'meta-ads-manager' });
    expect(await collect(events)).toEqual([
      {
        type: 'error',
        error: { row: 1, column: null, message: 'missing columns: Inicio del informe and Fin del informe, or Día' },
      },
    ]);
  });
});

describe('meta-ads-manager: detection', () => {
  const fits = (...header: string[]) => metaAdsManagerFormat.detect(headWithHeader(...header)).mismatch === null;

  it('recognises exports by their reporting start or day column and enough Meta columns, spend or not', () => {
    expect(fits('Reporting starts', 'Reporting ends', 'Ad Set Name', 'Age', 'Gender', 'Impressions', 'Reach')).toBe(
      true,
    );
    expect(fits('Inicio del informe', 'Fin del informe', 'Nombre de la campaña', 'Alcance')).toBe(true);
    expect(fits('Início dos relatórios', 'Término dos relatórios', 'Nome da campanha', 'Impressões')).toBe(true);
    expect(fits('Tag', 'Kampagnenname', 'Ausgegebener Betrag (EUR)', 'Impressionen')).toBe(true);
    expect(fits('Day', 'Ad set name', 'Impressions', 'Reach')).toBe(true);
  });

  it('does not take a bare day column for Meta (Google Ads and others have one)', () => {
    expect(fits('Day', 'Campaign', 'Campaign ID', 'Cost', 'Clicks', 'Conversions', 'Impressions')).toBe(false);
    expect(fits('Día', 'Campaña', 'Coste', 'Impresiones', 'Alcance')).toBe(false);
    expect(fits('Tag', 'Kampagnenname', 'Impressionen', 'Reichweite')).toBe(false);
    expect(metaAdsManagerFormat.detect(headWithHeader('Day', 'Campaign', 'Cost')).confidence).toBe(0);
  });

  it('takes no fixture of another format for a Meta export', async () => {
    const root = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(`${root}${dir}`).flatMap((name) => {
        const path = dir ? `${dir}/${name}` : name;
        return statSync(`${root}${path}`).isDirectory() ? files(path) : [path];
      });
    const others = files('').filter(
      (path) => !path.startsWith('meta-ads-manager/') && path !== 'unrecognised-meta-ads.csv',
    );
    expect(others.length).toBeGreaterThan(20);
    const takenForMeta: string[] = [];
    for (const path of others) {
      const identified = await identifyExport(openFixture(path), path.split('/').at(-1) ?? path).catch(() => null);
      if (identified?.format.id === metaAdsManagerFormat.id) takenForMeta.push(path);
    }
    expect(takenForMeta).toEqual([]);
  });
});
