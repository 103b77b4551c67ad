import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildLookup,
  normaliseObjectiveWord,
  OBJECTIVE_VOCABULARY,
  OBJECTIVES,
  objectiveOf,
  type Objective,
} from './objectives.js';

/** Every word each platform's table maps, written out by hand so that a changed mapping is a failing test. */
const EXPECTED: Record<string, Record<string, Objective>> = {
  META: {
    OUTCOME_AWARENESS: 'AWARENESS',
    OUTCOME_TRAFFIC: 'TRAFFIC',
    OUTCOME_ENGAGEMENT: 'ENGAGEMENT',
    OUTCOME_LEADS: 'LEADS',
    OUTCOME_APP_PROMOTION: 'APP_PROMOTION',
    OUTCOME_SALES: 'SALES',
    BRAND_AWARENESS: 'AWARENESS',
    REACH: 'REACH',
    LINK_CLICKS: 'TRAFFIC',
    POST_ENGAGEMENT: 'ENGAGEMENT',
    PAGE_LIKES: 'ENGAGEMENT',
    EVENT_RESPONSES: 'ENGAGEMENT',
    VIDEO_VIEWS: 'VIDEO_VIEWS',
    LEAD_GENERATION: 'LEADS',
    MESSAGES: 'ENGAGEMENT',
    CONVERSIONS: 'SALES',
    PRODUCT_CATALOG_SALES: 'SALES',
    STORE_VISITS: 'AWARENESS',
    APP_INSTALLS: 'APP_PROMOTION',
    // The words of English exports, legacy ones included.
    Awareness: 'AWARENESS',
    Traffic: 'TRAFFIC',
    Engagement: 'ENGAGEMENT',
    Leads: 'LEADS',
    'App promotion': 'APP_PROMOTION',
    Sales: 'SALES',
    'Brand awareness': 'AWARENESS',
    Reach: 'REACH',
    'Link clicks': 'TRAFFIC',
    'Post engagement': 'ENGAGEMENT',
    'Page likes': 'ENGAGEMENT',
    'Event responses': 'ENGAGEMENT',
    'Video views': 'VIDEO_VIEWS',
    'Lead generation': 'LEADS',
    Messages: 'ENGAGEMENT',
    Conversions: 'SALES',
    'Catalog sales': 'SALES',
    'Store traffic': 'AWARENESS',
    'App installs': 'APP_PROMOTION',
    // French
    Notoriété: 'AWARENESS',
    Couverture: 'REACH',
    Trafic: 'TRAFFIC',
    Interactions: 'ENGAGEMENT',
    Prospects: 'LEADS',
    'Promotion de l’application': 'APP_PROMOTION',
    "Promotion de l'application": 'APP_PROMOTION',
    'Promotion d’app': 'APP_PROMOTION',
    Ventes: 'SALES',
    // Spanish
    Reconocimiento: 'AWARENESS',
    Alcance: 'REACH',
    Tráfico: 'TRAFFIC',
    Interacción: 'ENGAGEMENT',
    'Clientes potenciales': 'LEADS',
    'Promoción de la app': 'APP_PROMOTION',
    Ventas: 'SALES',
    Conversiones: 'SALES',
    // Portuguese (Brazil)
    Reconhecimento: 'AWARENESS',
    Tráfego: 'TRAFFIC',
    Engajamento: 'ENGAGEMENT',
    Cadastros: 'LEADS',
    'Promoção do app': 'APP_PROMOTION',
    Vendas: 'SALES',
    Conversões: 'SALES',
    // German
    Bekanntheit: 'AWARENESS',
    Reichweite: 'REACH',
    Interaktionen: 'ENGAGEMENT',
    'App-Promotion': 'APP_PROMOTION',
    Umsatz: 'SALES',
  },
  GOOGLE_ADS: {
    Search: 'TRAFFIC',
    Display: 'AWARENESS',
    Video: 'VIDEO_VIEWS',
    Shopping: 'SALES',
    'Performance Max': 'SALES',
    PERFORMANCE_MAX: 'SALES',
    'Demand Gen': 'TRAFFIC',
    DEMAND_GEN: 'TRAFFIC',
    App: 'APP_PROMOTION',
    MULTI_CHANNEL: 'APP_PROMOTION',
    Discovery: 'TRAFFIC',
    Smart: 'TRAFFIC',
    Local: 'AWARENESS',
    'Local Services': 'LEADS',
    Hotel: 'SALES',
    Sales: 'SALES',
    Leads: 'LEADS',
    'Website traffic': 'TRAFFIC',
    'Product and brand consideration': 'TRAFFIC',
    'Brand awareness and reach': 'AWARENESS',
    'App promotion': 'APP_PROMOTION',
    'Local store visits and promotions': 'AWARENESS',
  },
  LINKEDIN: {
    'Brand awareness': 'AWARENESS',
    'Website visits': 'TRAFFIC',
    Engagement: 'ENGAGEMENT',
    'Video views': 'VIDEO_VIEWS',
    'Lead generation': 'LEADS',
    'Website conversions': 'SALES',
    'Job applicants': 'TRAFFIC',
    'Talent leads': 'LEADS',
    BRAND_AWARENESS: 'AWARENESS',
    WEBSITE_VISIT: 'TRAFFIC',
    VIDEO_VIEW: 'VIDEO_VIEWS',
    LEAD_GENERATION: 'LEADS',
    WEBSITE_CONVERSION: 'SALES',
    JOB_APPLICANT: 'TRAFFIC',
    TALENT_LEAD: 'LEADS',
  },
  TIKTOK: {
    Reach: 'REACH',
    Traffic: 'TRAFFIC',
    'Video views': 'VIDEO_VIEWS',
    'Community interaction': 'ENGAGEMENT',
    'App promotion': 'APP_PROMOTION',
    'Lead generation': 'LEADS',
    'Website conversions': 'SALES',
    'Product sales': 'SALES',
    REACH: 'REACH',
    TRAFFIC: 'TRAFFIC',
    VIDEO_VIEWS: 'VIDEO_VIEWS',
    ENGAGEMENT: 'ENGAGEMENT',
    APP_PROMOTION: 'APP_PROMOTION',
    LEAD_GENERATION: 'LEADS',
    WEB_CONVERSIONS: 'SALES',
    PRODUCT_SALES: 'SALES',
    Conversions: 'SALES',
    'App installs': 'APP_PROMOTION',
    APP_INSTALL: 'APP_PROMOTION',
    'Catalog sales': 'SALES',
    Conversiones: 'SALES',
  },
  PINTEREST: {
    Awareness: 'AWARENESS',
    Consideration: 'TRAFFIC',
    'Video views': 'VIDEO_VIEWS',
    VIDEO_VIEW: 'VIDEO_VIEWS',
    Conversions: 'SALES',
    WEB_CONVERSION: 'SALES',
    'Catalog sales': 'SALES',
  },
  SNAPCHAT: {
    Awareness: 'AWARENESS',
    BRAND_AWARENESS: 'AWARENESS',
    'App installs': 'APP_PROMOTION',
    'Drive traffic to website': 'TRAFFIC',
    Engagement: 'ENGAGEMENT',
    'Video views': 'VIDEO_VIEWS',
    'Lead generation': 'LEADS',
    Conversions: 'SALES',
    WEB_CONVERSION: 'SALES',
    'Catalog sales': 'SALES',
  },
  X: {
    Reach: 'REACH',
    'Video views': 'VIDEO_VIEWS',
    'Pre-roll views': 'VIDEO_VIEWS',
    PREROLL_VIEWS: 'VIDEO_VIEWS',
    'App installs': 'APP_PROMOTION',
    'Website traffic': 'TRAFFIC',
    WEBSITE_CLICKS: 'TRAFFIC',
    Engagements: 'ENGAGEMENT',
    Followers: 'ENGAGEMENT',
    'App re-engagements': 'APP_PROMOTION',
    APP_ENGAGEMENTS: 'APP_PROMOTION',
    Sales: 'SALES',
    WEBSITE_CONVERSIONS: 'SALES',
  },
};

const PLATFORMS_OF: Record<string, string[]> = { META: ['FACEBOOK', 'INSTAGRAM'] };

const cases = Object.entries(EXPECTED).flatMap(([table, words]) =>
  (PLATFORMS_OF[table] ?? [table]).flatMap((platform) =>
    Object.entries(words).map(([raw, objective]) => ({ platform, raw, objective })),
  ),
);

/** Every word the vocabulary holds, with the objective it declares, and the canonical names on every platform. */
const known = [
  ...Object.entries(OBJECTIVE_VOCABULARY).flatMap(([platform, words]) =>
    Object.entries(words).flatMap(([objective, list]) => list!.map((raw) => ({ platform, raw, objective }))),
  ),
  ...Object.keys(OBJECTIVE_VOCABULARY).flatMap((platform) =>
    OBJECTIVES.map((objective) => ({ platform, raw: objective as string, objective })),
  ),
];

const knownKeys = (platform: string): Set<string> =>
  new Set(known.filter((word) => word.platform === platform).map((word) => normaliseObjectiveWord(word.raw)));

/** A character in random case, where the case can be changed and changed back (not `ß`, whose upper case is `SS`). */
const recased = (char: string, upper: boolean): string => {
  const changed = upper ? char.toUpperCase() : char.toLowerCase();
  return changed.toLowerCase() === char.toLowerCase() ? changed : char;
};

/** The same word with random case and random spaces, `_` and `-` between (and around) its characters. */
const variantOf = (raw: string) => {
  const chars = [...raw];
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: chars.length, maxLength: chars.length }),
      fc.array(fc.constantFrom('', '', '', ' ', '_', '-', '  ', '\t', ' - ', '__'), {
        minLength: chars.length + 1,
        maxLength: chars.length + 1,
      }),
    )
    .map(([upper, separators]) =>
      chars.reduce((text, char, index) => text + recased(char, upper[index]!) + separators[index + 1]!, separators[0]!),
    );
};

describe('objectiveOf', () => {
  it.each(cases)('maps $platform "$raw" to $objective', ({ platform, raw, objective }) => {
    expect(objectiveOf(platform, raw)).toBe(objective);
  });

  it('tests every word the vocabulary holds (a word added to the data is added here too)', () => {
    const tested = new Set(cases.map(({ platform, raw }) => `${platform}\u0000${raw}`));
    const untested = known
      .filter(({ raw }) => !(OBJECTIVES as readonly string[]).includes(raw))
      .filter(({ platform, raw }) => !tested.has(`${platform}\u0000${raw}`));
    expect(untested).toEqual([]);
  });

  it('maps every word of the vocabulary to the objective it is listed under', () => {
    for (const { platform, raw, objective } of known) expect(objectiveOf(platform, raw)).toBe(objective);
  });

  it('understands the canonical names on every platform, and on platforms without a table', () => {
    for (const platform of [...Object.keys(OBJECTIVE_VOCABULARY), 'YOUTUBE', 'SOMETHING_NEW'])
      for (const objective of OBJECTIVES) expect(objectiveOf(platform, objective)).toBe(objective);
    expect(objectiveOf('YOUTUBE', 'Video views')).toBe('VIDEO_VIEWS');
    expect(objectiveOf('YOUTUBE', 'OUTCOME_SALES')).toBe('OTHER');
  });

  it('keeps "no objective" apart from an unknown one', () => {
    expect(objectiveOf('FACEBOOK', null)).toBeNull();
    expect(objectiveOf('FACEBOOK', undefined)).toBeNull();
    expect(objectiveOf('FACEBOOK', '')).toBeNull();
    expect(objectiveOf('FACEBOOK', ' \t ')).toBeNull();
    expect(objectiveOf('FACEBOOK', 'weird thing')).toBe('OTHER');
    expect(objectiveOf('LINKEDIN', 'OUTCOME_SALES')).toBe('OTHER');
  });

  it('maps a word only on the platforms that use it', () => {
    expect(objectiveOf('PINTEREST', 'Consideration')).toBe('TRAFFIC');
    expect(objectiveOf('FACEBOOK', 'Consideration')).toBe('OTHER');
    expect(objectiveOf('GOOGLE_ADS', 'Video')).toBe('VIDEO_VIEWS');
    expect(objectiveOf('TIKTOK', 'Video')).toBe('OTHER');
  });

  it('maps any casing, spacing, `_` or `-` variant of a known word as the word itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...known).chain((word) => fc.tuple(fc.constant(word), variantOf(word.raw))),
        ([{ platform, raw, objective }, variant]) => {
          expect(objectiveOf(platform, variant)).toBe(objective);
          expect(objectiveOf(platform, variant)).toBe(objectiveOf(platform, raw));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('maps any other non-blank word to OTHER', () => {
    const platforms = [...Object.keys(OBJECTIVE_VOCABULARY), 'YOUTUBE'];
    fc.assert(
      fc.property(fc.constantFrom(...platforms), fc.string({ minLength: 1, maxLength: 30 }), (platform, raw) => {
        const key = normaliseObjectiveWord(raw);
        fc.pre(key !== '' && !knownKeys(platform).has(key));
        expect(objectiveOf(platform, raw)).toBe('OTHER');
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the objective vocabulary', () => {
  it('refuses a word that two objectives of one platform claim', () => {
    expect(() => buildLookup({ X: { SALES: ['Website conversions'], LEADS: ['website-conversions'] } })).toThrow(
      'X objective "Website conversions" is both LEADS and SALES',
    );
  });
});
