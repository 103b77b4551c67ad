/**
 * The words of Meta Ads Manager exports, one map per UI language (docs/FORMATS.md §1.1): data, not code. A language is
 * added by adding a map; headers are compared normalised (case, spacing and a `(EUR)` suffix do not matter).
 *
 * How sure each name is (research notes on real exports): English is checked against real files. French beyond
 * `Début des rapports`, `Fin des rapports` and `Montant dépensé` is unverified. Spanish, Portuguese (Brazil) and
 * German names are real unless a comment says otherwise: `LIKELY` = in several header maps but no real file seen,
 * `unverified` = a single unconfirmed source or a translation; such a name must be checked against a real file
 * before anything else is built on it. An empty list is a field whose name in that language is not known.
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
  | 'allClicks'
  | 'results'
  | 'resultIndicator'
  | 'resultType'
  | 'costPerResult'
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
  /**
   * Header names per field, the preferred first; a field absent from a file is left out. `allClicks` and
   * `costPerResult` only help recognise an export: clicks are link clicks (docs/FORMATS.md §1.1) and ratios are never read.
   */
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
      allClicks: ['Clicks (all)'],
      results: ['Results'],
      resultIndicator: ['Result indicator'],
      resultType: ['Result type'],
      costPerResult: ['Cost per result', 'Cost per results'],
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
      allClicks: ['Clics (tous)'],
      results: ['Résultats'],
      resultIndicator: ['Indicateur de résultats'],
      resultType: ['Type de résultat'],
      costPerResult: ['Coût par résultat'],
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
  {
    // Both Spanish UIs: Español (es_LA) and Español (España) (es_ES), chosen per user, not per country. They differ
    // in `Costo`/`Coste` and `video`/`vídeo`; both spellings are listed where they do.
    language: 'es',
    headers: {
      reportingStarts: ['Inicio del informe'],
      reportingEnds: ['Fin del informe'],
      day: ['Día'], // LIKELY
      accountId: ['Identificador de la cuenta'], // LIKELY
      accountName: ['Nombre de la cuenta'], // LIKELY
      currency: ['Divisa'], // LIKELY
      campaignId: ['Identificador de la campaña'],
      campaignName: ['Nombre de la campaña'],
      objective: ['Objetivo'],
      // `Identificador del conjunto` (said to be the daily-breakdown form) is unverified.
      adSetId: ['Identificador del conjunto de anuncios', 'Identificador del conjunto'],
      adSetName: ['Nombre del conjunto de anuncios'],
      adId: ['Identificador del anuncio'],
      adName: ['Nombre del anuncio'],
      spend: ['Importe gastado'],
      impressions: ['Impresiones'],
      reach: ['Alcance'],
      linkClicks: ['Clics en el enlace'],
      allClicks: ['Clics (todos)'],
      results: ['Resultados'],
      resultIndicator: ['Indicador de resultado'], // singular, unlike French
      resultType: ['Tipo de resultado'], // unverified
      costPerResult: ['Costo por resultados', 'Coste por resultados'], // es_LA, es_ES
      purchases: ['Compras'],
      purchasesValue: ['Valor de conversión de compras'], // LIKELY
      websitePurchasesValue: ['Valor de conversión de compras en el sitio web'], // unverified
      resultsValue: ['Valor de resultados'],
      engagements: ['Interacciones con la publicación'], // LIKELY
      // es_LA (LIKELY); es_ES `vídeo` (unverified); ThruPlays keep their English name.
      videoViews: ['Reproducciones de video de 3 segundos', 'Reproducciones de vídeo de 3 segundos', 'ThruPlays'],
      attributionSetting: ['Configuración de atribución'],
      platform: ['Plataforma'], // LIKELY
      age: ['Edad'], // LIKELY
      gender: ['Sexo'], // LIKELY
      region: ['Región'], // unverified
      country: ['País'], // unverified
      placement: ['Ubicación'], // unverified
      device: ['Dispositivo de impresión', 'Plataforma de dispositivos'], // unverified
    },
    purchaseResultTypes: ['Compras', 'Compras en el sitio web'], // unverified
  },
  {
    language: 'pt-BR',
    headers: {
      reportingStarts: ['Início dos relatórios'],
      // `Encerramento dos relatórios` (named by one alias map and one doc, maybe a newer string) is unverified.
      reportingEnds: ['Término dos relatórios', 'Encerramento dos relatórios'],
      day: ['Dia'], // unverified
      accountId: ['Identificação da conta'], // unverified
      accountName: ['Nome da conta'], // unverified
      currency: ['Moeda'], // unverified
      campaignId: ['Identificação da campanha'],
      campaignName: ['Nome da campanha'],
      objective: ['Objetivo'], // LIKELY
      adSetId: ['Identificação do conjunto de anúncios'],
      adSetName: ['Nome do conjunto de anúncios'],
      adId: ['Identificação do anúncio'],
      adName: ['Nome do anúncio'],
      spend: ['Valor usado'],
      impressions: ['Impressões'],
      reach: ['Alcance'],
      linkClicks: ['Cliques no link'],
      allClicks: ['Cliques (todos)'],
      results: ['Resultados'],
      resultIndicator: ['Indicador de resultado'],
      resultType: ['Tipo de resultado'], // LIKELY
      costPerResult: ['Custo por resultados'],
      purchases: ['Compras'], // LIKELY
      purchasesValue: ['Valor de conversão da compra'],
      websitePurchasesValue: ['Valor de conversão de compras no site'], // unverified
      resultsValue: ['Valor dos resultados'], // unverified
      engagements: ['Engajamentos com o post'], // LIKELY
      videoViews: ['Reproduções do vídeo por no mínimo 3 segundos', 'ThruPlays'], // the first LIKELY
      attributionSetting: ['Configuração de atribuição'], // unverified
      platform: ['Plataforma'], // unverified
      age: ['Idade'], // LIKELY
      gender: ['Gênero'], // LIKELY
      region: ['Região'], // unverified
      country: ['País'], // unverified
      placement: ['Posicionamento'], // unverified
      device: ['Dispositivo de impressão', 'Plataforma do dispositivo'], // unverified
    },
    purchaseResultTypes: ['Compras', 'Compras no site'], // unverified
  },
  {
    language: 'de',
    headers: {
      // No German export with its reporting start and end has been seen. These names are guesses (unverified),
      // kept because they cost nothing: no other export has a column of that name, so a right guess imports a
      // German export without a day breakdown, and a wrong one matches nothing. A German export with a `Tag`
      // (day) column imports whatever these turn out to be, by its day.
      reportingStarts: ['Berichtsstart', 'Beginn des Berichtszeitraums'],
      reportingEnds: ['Berichtsende', 'Ende des Berichtszeitraums'],
      day: ['Tag'], // LIKELY
      accountId: ['Konto-ID'], // unverified
      accountName: ['Kontoname'], // unverified
      currency: ['Währung'], // unverified
      campaignId: ['Kampagnen-ID'], // unverified
      campaignName: ['Kampagnenname', 'Name der Kampagne'], // LIKELY, the second unverified
      objective: ['Ziel'],
      adSetId: ['Anzeigengruppen-ID'], // unverified
      adSetName: ['Name der Anzeigengruppe'], // LIKELY
      adId: ['Anzeigen-ID'], // unverified
      adName: ['Anzeigenname'], // LIKELY
      spend: ['Ausgegebener Betrag'],
      impressions: ['Impressionen'],
      reach: ['Reichweite'],
      linkClicks: ['Link-Klicks'],
      allClicks: ['Klicks (alle)'],
      results: ['Ergebnisse'], // LIKELY
      resultIndicator: ['Ergebnisindikator'], // unverified
      resultType: ['Ergebnistyp'], // unverified
      costPerResult: ['Kosten pro Ergebnis'], // LIKELY
      purchases: ['Käufe'], // unverified
      purchasesValue: ['Conversion-Wert für Käufe'], // unverified
      websitePurchasesValue: [],
      resultsValue: [],
      engagements: ['Beitragsinteraktionen'], // LIKELY
      videoViews: ['3-sekündige Videowiedergaben', 'ThruPlays'], // the first unverified
      attributionSetting: [],
      platform: ['Plattform'], // LIKELY
      age: ['Alter'], // unverified
      gender: ['Geschlecht'], // unverified
      region: ['Region'], // unverified
      country: ['Land'], // unverified
      placement: ['Platzierung'], // unverified
      device: ['Impression-Gerät'], // unverified
    },
    purchaseResultTypes: ['Käufe', 'Website-Käufe'], // unverified
  },
];
