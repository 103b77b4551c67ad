/**
 * The words of Meta Ads Manager exports, one map per UI language (FORMATS.md §1.1): data, not code. A language is
 * added by adding a map; headers are compared normalised (case, spacing and a `(EUR)` suffix do not matter).
 * French beyond `Début des rapports`, `Fin des rapports` and `Montant dépensé` is unverified.
 */
export type MetaAdsField =
  | 'reportingStarts'
  | 'reportingEnds'
  | 'day'
  | 'accountId'
  | 'accountName'
  | 'currency'
  | 'campaignId'
  | 'campaignName'
  | 'objective'
  | 'adSetId'
  | 'adSetName'
  | 'adId'
  | 'adName'
  | 'spend'
  | 'impressions'
  | 'reach'
  | 'linkClicks'
  | 'results'
  | 'resultIndicator'
  | 'resultType'
  | 'purchases'
  | 'purchasesValue'
  | 'websitePurchasesValue'
  | 'resultsValue'
  | 'engagements'
  | 'videoViews'
  | 'attributionSetting'
  | 'platform'
  | 'age'
  | 'gender'
  | 'region'
  | 'country'
  | 'placement'
  | 'device';

export interface MetaAdsVocabulary {
  language: string;
  /** Header names per field, the preferred first; a field absent from a file is left out. */
  headers: Record<MetaAdsField, readonly string[]>;
  /** `Result type` values that count purchases (indicators such as `…fb_pixel_purchase` are the same in every language). */
  purchaseResultTypes: readonly string[];
}

export const META_ADS_VOCABULARIES: readonly MetaAdsVocabulary[] = [
  {
    language: 'en',
    headers: {
      reportingStarts: ['Reporting starts'],
      reportingEnds: ['Reporting ends'],
      day: ['Day'],
      accountId: ['Account ID'],
      accountName: ['Account name'],
      currency: ['Currency'],
      campaignId: ['Campaign ID'],
      campaignName: ['Campaign name'],
      objective: ['Objective'],
      adSetId: ['Ad set ID'],
      adSetName: ['Ad set name'],
      adId: ['Ad ID'],
      adName: ['Ad name'],
      spend: ['Amount spent'],
      impressions: ['Impressions'],
      reach: ['Reach'],
      linkClicks: ['Link clicks'],
      results: ['Results'],
      resultIndicator: ['Result indicator'],
      resultType: ['Result type'],
      purchases: ['Purchases'],
      purchasesValue: ['Purchases conversion value'],
      websitePurchasesValue: ['Website purchases conversion value'],
      resultsValue: ['Results value'],
      engagements: ['Post engagements'],
      videoViews: ['3-second video plays', 'ThruPlays'],
      attributionSetting: ['Attribution setting'],
      platform: ['Platform', 'Publisher platform'],
      age: ['Age'],
      gender: ['Gender'],
      region: ['Region'],
      country: ['Country'],
      placement: ['Placement'],
      device: ['Impression device', 'Device platform'],
    },
    purchaseResultTypes: ['Purchases', 'Website purchases', 'Purchase', 'Website purchase'],
  },
  {
    language: 'fr',
    headers: {
      reportingStarts: ['Début des rapports'],
      reportingEnds: ['Fin des rapports'],
      day: ['Jour'],
      accountId: ['Identifiant du compte'],
      accountName: ['Nom du compte'],
      currency: ['Devise'],
      campaignId: ['Identifiant de la campagne'],
      campaignName: ['Nom de la campagne'],
      objective: ['Objectif'],
      adSetId: ['Identifiant de l’ensemble de publicités'],
      adSetName: ['Nom de l’ensemble de publicités'],
      adId: ['Identifiant de la publicité'],
      adName: ['Nom de la publicité'],
      spend: ['Montant dépensé'],
      impressions: ['Impressions'],
      reach: ['Couverture'],
      linkClicks: ['Clics sur un lien'],
      results: ['Résultats'],
      resultIndicator: ['Indicateur de résultats'],
      resultType: ['Type de résultat'],
      purchases: ['Achats'],
      purchasesValue: ['Valeur de conversion des achats'],
      websitePurchasesValue: ['Valeur de conversion des achats sur le site web'],
      resultsValue: ['Valeur des résultats'],
      engagements: ['Interactions avec la publication'],
      videoViews: ['Lectures de vidéo de 3 secondes', 'ThruPlays'],
      attributionSetting: ['Paramètre d’attribution'],
      platform: ['Plateforme'],
      age: ['Âge'],
      gender: ['Sexe'],
      region: ['Région'],
      country: ['Pays'],
      placement: ['Placement'],
      device: ['Appareil d’impression'],
    },
    purchaseResultTypes: ['Achats', 'Achats sur le site web', 'Achat'],
  },
];
