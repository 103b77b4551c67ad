import * as XLSX from '@e965/xlsx';
import { withStoredDimension } from './xlsx-dimension.js';

/**
 * The recipes of the TikTok Ads fixtures in other interface languages (fixtures/tiktok-ads/), built from the real
 * layouts of /tmp/research (Korean: taejunjeon/seo; Spanish and Portuguese: readers of real downloads) and written
 * byte for byte the same on every run. tiktok-ads-languages.format.spec.ts checks that each committed file is what
 * its recipe writes, and rewrites them with `WRITE_FIXTURES=1`.
 */

/** A comma file as TikTok writes it: minimal quoting, LF. */
export function csv(rows: readonly (readonly string[])[], { bom = true } = {}): Buffer {
  const quoted = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = rows.map((cells) => cells.map(quoted).join(',')).join('\n') + '\n';
  return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
}

const split = (line: string) => line.split(',');

// The Korean daily ad report (`Tiktok Ads_date_<advertiser>_adv_<start>-<end>.csv`), its first columns, the
// purchase block with `총 구매 수(모든 채널)` twice (1st = purchase count, 2nd = purchase value) and `통화`.
// prettier-ignore
const KOREAN_DAILY_HEADER = ['일별', '캠페인 이름', '캠페인 ID', '광고 그룹 이름', '광고 그룹 ID', '광고 이름', '광고 ID', '비용', 'CPC(목적지)', 'CPM', '노출수', '클릭수(목적지)', 'CTR(목적지)', '도달', '1,000명 도달당 비용', '빈도', '전환수', '전환당 비용', '전환율(CVR)', '결과', '결과당 비용', '고유 구매 수(모든 채널)', '총 구매 수(모든 채널)', '구매당 비용(모든 채널)', '구매당 금액(모든 채널)', '총 구매 수(모든 채널)', '구매 ROAS(모든 채널)', '통화'];

/**
 * Two ads over two days, KRW, whole numbers, `-` where a figure does not apply, and the footer `총 4개 결과`.
 * Spend 600000+600000+125430+0 = 1325430; impressions 419425+354027+80211+0 = 853663; clicks
 * 1352+1381+702+0 = 3435; conversions (1st purchase column) 11+8+2+0 = 21; revenue (2nd) 649000+472000+118000+0
 * = 1239000; results (`전환수`) 12, 9, 3, 0.
 */
export const KOREAN_DAILY_ROWS: readonly (readonly string[])[] = [
  KOREAN_DAILY_HEADER,
  split(
    '2026-03-20,음과검 스마트+ 캠페인,1854347729644690,음과검 스마트+ 광고그룹,1854348023698738,광고 이름2026-01-15 11:28:27,1854348012640609,600000,444,1431,419425,1352,0.32,301200,1992,1.39,12,50000,0.89,-,-,10,11,54545,59000,649000,1.08,KRW',
  ),
  split(
    '2026-03-23,음과검 스마트+ 캠페인,1854347729644690,음과검 스마트+ 광고그룹,1854348023698738,광고 이름2026-01-15 11:28:27,1854348012640609,600000,434,1695,354027,1381,0.39,250000,2400,1.42,9,66667,0.65,-,-,8,8,75000,59000,472000,0.79,KRW',
  ),
  split(
    '2026-03-20,호르몬 검사 캠페인,1856728035726529,호르몬 검사 광고그룹,1856728035726601,호르몬 검사 광고,1856728035726702,125430,179,1564,80211,702,0.88,60002,2090,1.34,3,41810,0.43,-,-,2,2,62715,59000,118000,0.94,KRW',
  ),
  split(
    '2026-03-23,호르몬 검사 캠페인,1856728035726529,호르몬 검사 광고그룹,1856728035726601,호르몬 검사 광고,1856728035726702,0,0,0,0,0,0.00,0,0,0.00,0,0,0.00,-,-,0,0,0,0,0,0.00,KRW',
  ),
  split(
    '총 4개 결과,-,-,-,-,-,-,1325430,386,1553,853663,3435,0.40,611202,2169,1.40,24,55226,0.70,-,-,20,21,63116,59000,1239000,0.93,KRW',
  ),
];

// The Korean Campaign tab list (`<start>_<end>_campaign_report.xlsx` saved as CSV): no day column, so period totals;
// `Date Created` left in English; `캠페인 예산` (budget) and `순 비용` (net cost) beside `비용` (cost).
// prettier-ignore
const KOREAN_LIST_HEADER = ['캠페인 이름', '기본 상태', '캠페인 예산', '비용', 'CPC(목적지)', 'CPM', '노출수', '클릭수(목적지)', 'CTR(목적지)', '전환수', '전환당 비용', '전환율(CVR)', '결과', '결과당 비용', '결과율', '딥 퍼널 결과', '딥 퍼널 결과당 비용', '딥 퍼널 결과 비율', '결과(SKAN)', '결과당 비용(SKAN)', '캠페인 ID', 'Date Created', '순 비용', '도달', '1,000명 도달당 비용', '전환 시간별 전환', '전환 시간별 전환당 비용', '전환 시간별 전환율(CVR)', '전환 시간별 결과', '전환 시간별 결과당 비용(CPR)', '전환 시간별 결과율', '결과율(SKAN)', '구매 ROAS(모든 채널)', '보조된 ROAS(샵)', '보조된 구매 ROAS(웹사이트)', '목표 기반 예산 증액', '통화'];

/**
 * Three campaigns (the first two as in the real file) and the footer `총 3개 결과`. Spend 1710618+0+600000 =
 * 2310618 (never the net cost 1696196+0+594000 nor the budgets); impressions 1233794+0+419425 = 1653219; clicks
 * 23251+0+1352 = 24603; no purchase columns; results (`전환수`) 46, 0, 12.
 */
export const KOREAN_LIST_ROWS: readonly (readonly string[])[] = [
  KOREAN_LIST_HEADER,
  split(
    '건강기능식품 스마트+캠페인,활성,100000,1710618,74,1386,1233794,23251,0.0188,46,37187,0.0,-,-,-,-,-,-,-,-,1858788275666081,2026-03-05 11:56:11,1696196,410354,4169,46,37187,0.0,-,-,-,-,0,-,0,-,KRW',
  ),
  split(
    '호르몬 검사 캠페인,일시 중지,100000,0,0,0,0,0,0.0,0,0,0.0,-,-,-,-,-,-,-,-,1856728035726529,2026-02-10 18:18:07,0,0,0,0,0,0.0,-,-,-,-,0,-,0,-,KRW',
  ),
  split(
    '음과검 스마트+ 캠페인,활성,200000,600000,444,1431,419425,1352,0.0032,12,50000,0.0089,-,-,-,-,-,-,-,-,1854347729644690,2026-01-15 11:28:27,594000,301200,1992,12,50000,0.0089,-,-,-,-,1.08,-,0,-,KRW',
  ),
  split(
    '총 3개 결과,-,-,2310618,94,1397,1653219,24603,0.0149,58,39838,0.0,-,-,-,-,-,-,-,-,-,-,2290196,711554,3247,58,39838,0.0,-,-,-,-,-,-,-,-,KRW',
  ),
];

/** The same list as TikTok's .xlsx: numeric cells (ids too, and CTR as a fraction), text where the CSV has text. */
function listWorkbook(rows: readonly (readonly string[])[]): Buffer {
  const dateCreated = KOREAN_LIST_HEADER.indexOf('Date Created');
  const cells = rows.map((row, line) =>
    row.map((cell, column) =>
      line > 0 && column !== dateCreated && /^\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : cell,
    ),
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(cells), 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/**
 * A Spanish daily report (Peru, PEN): only names seen in real files, so no id columns (rows keyed by names), and
 * the total row `Total: 3 resultados`. Spend 55.10+61.75+20.25 = 137.10; impressions 40210+43990+15000 = 99200;
 * clicks 312+298+90 = 700; no purchase columns; results (`Conversiones`) 9, 11, 4.
 */
export const SPANISH_DAILY_ROWS: readonly (readonly string[])[] = [
  // prettier-ignore
  ['Por día', 'Nombre de la campaña', 'Nombre del anuncio', 'Objetivo publicitario', 'Coste', 'Impresiones', 'Clics (destino)', 'Alcance', 'Conversiones', 'Visualizaciones de vídeo', 'Moneda'],
  split('2025-03-01,Verano Perú,Video playa,Conversiones,55.10,40210,312,31000,9,8000,PEN'),
  split('2025-03-02,Verano Perú,Video playa,Conversiones,61.75,43990,298,33500,11,8800,PEN'),
  split('2025-03-01,Verano Perú,Carrusel ofertas,Conversiones,20.25,15000,90,12000,4,3000,PEN'),
  split('Total: 3 resultados,-,-,-,137.10,99200,700,-,24,19800,PEN'),
];

/**
 * A Portuguese (Brazil) campaign list without days, only names seen in real files (no currency column).
 * Spend 1520.35+890.10 = 2410.45; impressions 250400+120000 = 370400; clicks 3120+1500 = 4620; results 42, 15.
 */
export const PORTUGUESE_LIST_ROWS: readonly (readonly string[])[] = [
  ['Nome da campanha', 'Custo', 'Impressões', 'Cliques (Destino)', 'Alcance', 'Resultados', 'Custo por resultado'],
  split('Aquabeat Verão,1520.35,250400,3120,180000,42,36.20'),
  split('Aquabeat Natal,890.10,120000,1500,95000,15,59.34'),
];

/** File name (under fixtures/tiktok-ads/) → its bytes. */
export const TIKTOK_LANGUAGE_FIXTURES: Readonly<Record<string, () => Buffer>> = {
  'korean-daily-ad-report.csv': () => csv(KOREAN_DAILY_ROWS),
  'korean-campaign-list.csv': () => csv(KOREAN_LIST_ROWS),
  // TikTok's .xlsx sometimes stores the dimension `A1` on a full sheet (taejunjeon/seo, data/ads_csv/tiktok/README).
  'korean-campaign-list-dimension-a1.xlsx': () => withStoredDimension(listWorkbook(KOREAN_LIST_ROWS), 'A1:A1'),
  'spanish-daily-report.csv': () => csv(SPANISH_DAILY_ROWS),
  'portuguese-campaign-list.csv': () => csv(PORTUGUESE_LIST_ROWS, { bom: false }),
};
