import type { PaidField } from './paid-report.js';

/**
 * The words of TikTok Ads Manager exports, one map per interface language (docs/FORMATS.md §1.4): data, not code. A
 * language is added by adding a map; headers are compared normalised (case, spacing and a `(USD)` suffix do not
 * matter), and whole: `비용` (cost) is never `순 비용` (net cost). Names seen in real exports are unmarked; the
 * others say `guessed` (from another language's pattern, or a single unconfirmed source) and are harmless when
 * wrong, since a name absent from a file is simply not found. German is left out: no real name is known.
 */
export type TiktokAdsField = 'day' | Exclude<PaidField, 'engagements'>;

/**
 * A header the export writes more than once for different figures (a translation bug of TikTok): the columns are
 * told apart by their order, never by their text.
 */
export interface RepeatedHeader {
  header: string;
  /** The field of each occurrence, in column order; a file with another number of occurrences reads none. */
  fields: readonly Exclude<TiktokAdsField, 'day'>[];
}

export interface TiktokAdsVocabulary {
  language: string;
  /** Header names per field, the preferred first (the first present in the file is the field's column). */
  headers: Record<TiktokAdsField, readonly string[]>;
  repeatedHeaders: readonly RepeatedHeader[];
}

export const TIKTOK_ADS_VOCABULARIES: readonly TiktokAdsVocabulary[] = [
  {
    language: 'en',
    headers: {
      // `By Day` in custom reports, `Date` in older downloads.
      day: ['By Day', 'Date'],
      // An account named without its id is keyed by its name (the upload's `account` field takes ids or names).
      accountId: ['Advertiser ID', 'Account ID', 'Account name', 'Advertiser name'],
      accountName: ['Account name', 'Advertiser name'],
      currency: ['Currency'],
      campaignId: ['Campaign ID'],
      campaignName: ['Campaign name'],
      objective: ['Advertising objective', 'Objective'],
      adSetId: ['Ad group ID'],
      adSetName: ['Ad group name'],
      adId: ['Ad ID'],
      adName: ['Ad name'],
      spend: ['Cost'],
      impressions: ['Impressions', 'Impression'],
      // The link clicks, never `Clicks (all)`.
      clicks: ['Clicks (destination)'],
      conversions: ['Complete payment', 'Purchases'],
      // Both guessed (docs/FORMATS.md §1.4: unverified).
      revenue: ['Total complete payment value', 'Total purchase value'],
      reach: ['Reach'],
      videoViews: ['2-second video views', 'Video views'],
      // `Conversions` follow each ad group's optimisation goal: raw results, not purchases.
      results: ['Results', 'Conversions'],
      resultType: ['Result type', 'Optimization event', 'Optimization goal'],
    },
    repeatedHeaders: [],
  },
  {
    language: 'ko',
    headers: {
      day: ['일별'],
      // Guessed: `광고주 ID` (advertiser id), `광고주 이름` / `계정 이름` (advertiser / account name).
      accountId: ['광고주 ID', '광고주 이름', '계정 이름'],
      accountName: ['광고주 이름', '계정 이름'],
      currency: ['통화'],
      campaignId: ['캠페인 ID'],
      campaignName: ['캠페인 이름'],
      // Likely (a column resolver for Korean exports), not seen in a real file.
      objective: ['광고 목표'],
      // Guessed by analogy with `캠페인 ID` and `광고 ID`.
      adSetId: ['광고 그룹 ID'],
      // Likely (a sheet mirroring the export), not seen in a real file.
      adSetName: ['광고 그룹 이름'],
      adId: ['광고 ID'],
      adName: ['광고 이름'],
      // Never `순 비용` (net cost), which real files also have.
      spend: ['비용'],
      impressions: ['노출수'],
      // No space before the parenthesis.
      clicks: ['클릭수(목적지)'],
      // Purchases and their value are the repeated `총 구매 수(모든 채널)` below.
      conversions: [],
      revenue: [],
      reach: ['도달'],
      // `2초 동영상 조회수` guessed; `동영상 조회수` likely.
      videoViews: ['2초 동영상 조회수', '동영상 조회수'],
      // `전환수` (Conversions) first: real files fill it, and leave `결과` (Results) at `-`.
      results: ['전환수', '결과'],
      // Guessed: `결과 유형` (result type), `최적화 이벤트` (optimisation event).
      resultType: ['결과 유형', '최적화 이벤트'],
    },
    repeatedHeaders: [
      // "Total purchases (all channels)" twice: the count, then the purchase value (a mistranslation of "Total
      // purchase value"; in real files the second one divided by `비용` is `구매 ROAS(모든 채널)`).
      { header: '총 구매 수(모든 채널)', fields: ['conversions', 'revenue'] },
    ],
  },
  {
    language: 'es',
    headers: {
      day: ['Por día'],
      accountId: [],
      accountName: [],
      currency: ['Moneda'],
      // Guessed: the ids are not in any file seen.
      campaignId: ['ID de campaña', 'ID de la campaña'],
      campaignName: ['Nombre de la campaña'],
      objective: ['Objetivo publicitario'],
      // Guessed.
      adSetId: ['ID del grupo de anuncios'],
      // Guessed.
      adSetName: ['Nombre del grupo de anuncios'],
      // Guessed.
      adId: ['ID del anuncio'],
      adName: ['Nombre del anuncio'],
      // `Coste` and `Gasto` both occur (different files or versions).
      spend: ['Coste', 'Gasto'],
      impressions: ['Impresiones'],
      clicks: ['Clics (destino)'],
      conversions: [],
      revenue: [],
      reach: ['Alcance'],
      videoViews: ['Visualizaciones de vídeo'],
      results: ['Conversiones'],
      resultType: [],
    },
    repeatedHeaders: [],
  },
  {
    language: 'pt',
    headers: {
      // Guessed (Spanish `Por día`).
      day: ['Por dia'],
      accountId: [],
      accountName: [],
      // Guessed.
      currency: ['Moeda'],
      // Guessed.
      campaignId: ['ID da campanha'],
      campaignName: ['Nome da campanha'],
      // Guessed.
      objective: ['Objetivo de publicidade'],
      // Guessed.
      adSetId: ['ID do grupo de anúncios'],
      // Guessed.
      adSetName: ['Nome do grupo de anúncios'],
      // Guessed.
      adId: ['ID do anúncio'],
      // Guessed.
      adName: ['Nome do anúncio'],
      spend: ['Custo'],
      impressions: ['Impressões'],
      // Capital D in real files (names are compared case-blind anyway).
      clicks: ['Cliques (Destino)'],
      conversions: [],
      revenue: [],
      reach: ['Alcance'],
      videoViews: [],
      results: ['Resultados'],
      resultType: [],
    },
    repeatedHeaders: [],
  },
];
