/**
 * One objective vocabulary across platforms. Each platform names its campaign objectives its own way (Meta's API
 * says `OUTCOME_SALES`, its exports `Sales` or `Ventes`, LinkedIn `Website conversions`, Google Ads only has a
 * campaign type); a fact keeps the raw word and gets the canonical objective beside it, mapped here, as data.
 *
 * Words are compared normalised: case, whitespace, `_` and `-` do not matter (`OUTCOME_APP_PROMOTION`,
 * `Outcome app-promotion`). An unknown non-empty word is `OTHER`; no word (null or blank) is no objective (null).
 *
 * Pure TypeScript: `@tandem/formats` imports this lib, so platforms are plain strings here (the values of
 * `Platform` in libs/formats/src/canonical.ts), never that type: importing it back would make a cycle.
 */

export const OBJECTIVES = [
  'AWARENESS',
  'REACH',
  'TRAFFIC',
  'ENGAGEMENT',
  'VIDEO_VIEWS',
  'LEADS',
  'APP_PROMOTION',
  'SALES',
  'OTHER',
] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** Raw words and the objective each one means, per platform (`Platform` values of libs/formats). */
export type ObjectiveVocabulary = Readonly<Record<string, Readonly<Partial<Record<Objective, readonly string[]>>>>>;

/**
 * Meta (Facebook and Instagram share one ad system). The six ODAX objectives, the legacy objectives they replaced
 * mapped as Meta's own migration maps them (`LINK_CLICKS` → Traffic, `POST_ENGAGEMENT`/`PAGE_LIKES`/
 * `EVENT_RESPONSES`/`MESSAGES` → Engagement, `CONVERSIONS`/`PRODUCT_CATALOG_SALES` → Sales, `STORE_VISITS` →
 * Awareness, `APP_INSTALLS` → App promotion), except that `REACH` and `VIDEO_VIEWS` keep their own, finer objective.
 * Then the words exports write, in English and in the UI languages of meta-ads-manager.vocabulary.ts. The English
 * legacy UI names (`Link clicks`, `Post engagement`…) normalise like the API names and need no entry of their own.
 * Localised names are the ODAX names of each Ads Manager UI: unmarked ones are sure, `unverified` ones are
 * translations not seen in a real export, harmless when wrong (a word absent from every file matches nothing).
 */
const META: Partial<Record<Objective, readonly string[]>> = {
  AWARENESS: [
    'OUTCOME_AWARENESS',
    'BRAND_AWARENESS',
    'STORE_VISITS',
    'Awareness',
    'Store traffic',
    'Notoriété', // fr
    'Reconocimiento', // es
    'Reconhecimento', // pt-BR
    'Bekanntheit', // de
  ],
  REACH: ['REACH', 'Couverture', 'Alcance', 'Reichweite'],
  TRAFFIC: ['OUTCOME_TRAFFIC', 'LINK_CLICKS', 'Traffic', 'Trafic', 'Tráfico', 'Tráfego'],
  ENGAGEMENT: [
    'OUTCOME_ENGAGEMENT',
    'POST_ENGAGEMENT',
    'PAGE_LIKES',
    'EVENT_RESPONSES',
    'MESSAGES',
    'Engagement',
    'Interactions', // fr
    'Interacción', // es
    'Engajamento', // pt-BR
    'Interaktionen', // de
  ],
  VIDEO_VIEWS: ['VIDEO_VIEWS'],
  LEADS: [
    'OUTCOME_LEADS',
    'LEAD_GENERATION',
    'Leads', // en, de
    'Prospects', // fr
    'Clientes potenciales', // es
    'Cadastros', // pt-BR
  ],
  APP_PROMOTION: [
    'OUTCOME_APP_PROMOTION',
    'APP_INSTALLS',
    'App promotion',
    'Promotion de l’application', // fr, unverified
    'Promotion d’app', // fr, unverified
    'Promoción de la app', // es
    'Promoção do app', // pt-BR, unverified
    'App-Promotion', // de, unverified
  ],
  SALES: [
    'OUTCOME_SALES',
    'CONVERSIONS',
    'PRODUCT_CATALOG_SALES',
    'Sales',
    'Catalog sales',
    'Ventes', // fr
    'Ventas', // es
    'Vendas', // pt-BR
    'Umsatz', // de
    'Conversiones', // es, legacy `Conversions`
    'Conversões', // pt-BR, legacy `Conversions`
  ],
};

export const OBJECTIVE_VOCABULARY: ObjectiveVocabulary = {
  FACEBOOK: META,
  INSTAGRAM: META,

  /**
   * Google Ads has no objective, only a campaign type (and, in the UI, a campaign goal), so the type is mapped by
   * what it is bought and judged for:
   * - `Search`, `Smart`: TRAFFIC. Paid per click to a site; whether those clicks should become sales or leads is
   *   the advertiser's goal, which the type does not say (Smart is a simplified Search/Maps campaign).
   * - `Display`: AWARENESS. Image ads across the Display Network, bought mostly for reach and frequency.
   * - `Video`: VIDEO_VIEWS. YouTube ads, bought per view.
   * - `Shopping`, `Performance Max`, `Hotel`: SALES. Product or booking ads optimised for conversion value; Pmax
   *   requires conversion goals and mostly replaces Smart Shopping.
   * - `Demand Gen` and its predecessor `Discovery`: TRAFFIC. Mid-funnel ads (YouTube, Discover, Gmail) bid for
   *   clicks or conversions like Search, matching Pinterest's `Consideration`.
   * - `App` (API `MULTI_CHANNEL`): APP_PROMOTION.
   * - `Local`: AWARENESS. Store-visit campaigns, as Meta's store-traffic objective became Awareness.
   * - `Local Services`: LEADS (paid per lead).
   * The UI's campaign goals map directly (`Website traffic`, `Brand awareness and reach`…); `Product and brand
   * consideration` is TRAFFIC like `Demand Gen`, `Local store visits and promotions` AWARENESS like `Local`.
   */
  GOOGLE_ADS: {
    AWARENESS: ['Display', 'Local', 'Brand awareness and reach', 'Local store visits and promotions'],
    TRAFFIC: ['Search', 'Smart', 'Demand Gen', 'Discovery', 'Website traffic', 'Product and brand consideration'],
    VIDEO_VIEWS: ['Video'],
    LEADS: ['Local Services', 'Leads'],
    APP_PROMOTION: ['App', 'MULTI_CHANNEL', 'App promotion'],
    SALES: ['Shopping', 'Performance Max', 'Hotel', 'Sales'],
  },

  /**
   * LinkedIn Campaign Manager (UI names and the API's `objectiveType`). `Website conversions` is SALES, as Meta's
   * legacy `CONVERSIONS` is; `Talent leads` are leads; `Job applicants` sends people to a job posting, paid per click,
   * so TRAFFIC.
   */
  LINKEDIN: {
    AWARENESS: ['Brand awareness'],
    TRAFFIC: ['Website visits', 'WEBSITE_VISIT', 'Job applicants', 'JOB_APPLICANT'],
    ENGAGEMENT: ['Engagement'],
    VIDEO_VIEWS: ['Video views', 'VIDEO_VIEW'],
    LEADS: ['Lead generation', 'Talent leads', 'TALENT_LEAD'],
    SALES: ['Website conversions', 'WEBSITE_CONVERSION'],
  },

  /**
   * TikTok Ads Manager: UI names and API names (`WEB_CONVERSIONS`…), plus the legacy `Conversions`, `App installs`
   * and `Catalog sales`, and `Conversiones`, which Spanish-UI exports write (tiktok-ads-languages fixture).
   */
  TIKTOK: {
    REACH: ['Reach'],
    TRAFFIC: ['Traffic'],
    ENGAGEMENT: ['Community interaction', 'ENGAGEMENT'],
    VIDEO_VIEWS: ['Video views'],
    LEADS: ['Lead generation'],
    APP_PROMOTION: ['App promotion', 'App installs', 'APP_INSTALL'],
    SALES: ['Website conversions', 'WEB_CONVERSIONS', 'Product sales', 'Catalog sales', 'Conversions', 'Conversiones'],
  },

  /** Pinterest: `Consideration` buys clicks to a site (TRAFFIC); `Conversions` are web conversions (SALES). */
  PINTEREST: {
    AWARENESS: ['Awareness'],
    TRAFFIC: ['Consideration'],
    VIDEO_VIEWS: ['Video views', 'VIDEO_VIEW'],
    SALES: ['Conversions', 'WEB_CONVERSION', 'Catalog sales'],
  },

  /** Snapchat: `Conversions` are website conversions (SALES), as elsewhere. */
  SNAPCHAT: {
    AWARENESS: ['Awareness', 'BRAND_AWARENESS'],
    TRAFFIC: ['Drive traffic to website'],
    ENGAGEMENT: ['Engagement'],
    VIDEO_VIEWS: ['Video views'],
    LEADS: ['Lead generation'],
    APP_PROMOTION: ['App installs'],
    SALES: ['Conversions', 'WEB_CONVERSION', 'Catalog sales'],
  },

  /**
   * X Ads (UI names and the API's `WEBSITE_CLICKS`, `APP_ENGAGEMENTS`…). `Pre-roll views` are video views;
   * `Followers` is engagement with the account, as Meta's `PAGE_LIKES` is; app re-engagements promote an app.
   */
  X: {
    REACH: ['Reach'],
    TRAFFIC: ['Website traffic', 'WEBSITE_CLICKS'],
    ENGAGEMENT: ['Engagements', 'Followers'],
    VIDEO_VIEWS: ['Video views', 'Pre-roll views'],
    APP_PROMOTION: ['App installs', 'App re-engagements', 'APP_ENGAGEMENTS'],
    SALES: ['Sales', 'WEBSITE_CONVERSIONS'],
  },
};

/**
 * Case, whitespace, `_` and `-` do not matter; neither do Unicode composition or the apostrophe's shape
 * (`l’application` = `l'application`).
 */
export function normaliseObjectiveWord(raw: string): string {
  return raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s_-]+/g, '');
}

/**
 * Every platform also understands the canonical names themselves (`SALES`, `Video views`), so that a Tandem
 * template or a hand-made file may state an objective directly; a platform's own word wins over them.
 */
const CANONICAL = new Map<string, Objective>(
  OBJECTIVES.map((objective) => [normaliseObjectiveWord(objective), objective]),
);

/** Per platform, normalised word → objective; built once, refusing a word that two objectives claim. */
const LOOKUP: ReadonlyMap<string, ReadonlyMap<string, Objective>> = buildLookup(OBJECTIVE_VOCABULARY);

export function buildLookup(vocabulary: ObjectiveVocabulary): Map<string, Map<string, Objective>> {
  const lookup = new Map<string, Map<string, Objective>>();
  for (const [platform, words] of Object.entries(vocabulary)) {
    const own = new Map<string, Objective>();
    for (const objective of OBJECTIVES) {
      for (const word of words[objective] ?? []) {
        const key = normaliseObjectiveWord(word);
        const claimed = own.get(key);
        if (claimed !== undefined && claimed !== objective)
          throw new Error(`${platform} objective "${word}" is both ${claimed} and ${objective}`);
        own.set(key, objective);
      }
    }
    lookup.set(platform, new Map([...CANONICAL, ...own]));
  }
  return lookup;
}

/**
 * The canonical objective of a platform's raw objective word: null when there is none, `OTHER` when the word is
 * not known for the platform (or the platform is not known).
 */
export function objectiveOf(platform: string, raw: string | null | undefined): Objective | null {
  if (raw === null || raw === undefined) return null;
  const key = normaliseObjectiveWord(raw);
  if (key === '') return null;
  return (LOOKUP.get(platform) ?? CANONICAL).get(key) ?? 'OTHER';
}
