import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../src/app.module.js';
import { FIXTURES, TestApp } from './support/test-app.js';
import { CHROMIUM } from './support/throwaway-services.js';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');
/** Screenshots of every page, kept as test artefacts (tmp/ is not committed). */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../tmp/browser-screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const PAGES = ['overview', 'paid', 'organic', 'compare', 'imports', 'explorer', 'settings'] as const;

let tandem: TestApp;
let browser: Browser;
let key: string;

/** The demo's data: every bundled sample, uploaded through the real endpoint with the fields the demo gives it. */
async function importSamples(apiKey: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(SAMPLES, 'manifest.json'), 'utf8')) as Array<{
    file: string;
    fields: Record<string, string>;
  }>;
  for (const { file, fields } of manifest) {
    const result = await tandem.importFixture(
      apiKey,
      { name: file, content: readFileSync(path.join(SAMPLES, file)) },
      fields,
    );
    expect(result.status, `${file}: ${JSON.stringify(result)}`).toMatch(/^COMPLETED/);
  }
}

/** Opens the dashboard at an address and connects with the key, as a person pasting it would. */
async function connect(page: Page, hash = ''): Promise<void> {
  await page.goto(`${tandem.baseUrl}/${hash}`);
  await page.getByTestId('connect-key-input').fill(key);
  await page.getByTestId('connect-submit').click();
}

const ready = (page: Page, testId: string) =>
  page.locator(`[data-testid=${testId}][data-state=ready]`).first().waitFor();

beforeAll(async () => {
  if (!existsSync(WEB_DIST))
    throw new Error(`The browser test needs the built dashboard at ${WEB_DIST}: npm run build`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  tandem = await TestApp.start('embedded', { redisDb: 3 });
  key = await tandem.workspaceKey('monday', 'owner');
  await importSamples(key);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 300_000);

/** What the browser refused under the server's Content-Security-Policy, on any page of any test. */
const cspViolations: string[] = [];

/** A page in a context of its own: a person's browser, with nothing stored yet. */
async function freshPage(viewport = DESKTOP): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  return page;
}

afterAll(async () => {
  await browser?.close();
  await tandem?.close();
});

describe("a manager's Monday on the demo data", () => {
  let page: Page;
  beforeAll(async () => {
    page = await freshPage();
  });

  it('opens the overview with presets ending at the last day with data, every card explained', async () => {
    await connect(page, '#/overview');
    await ready(page, 'overview-kpis');
    const started = Date.now();
    await page.reload();
    await ready(page, 'overview-kpis');
    console.info(`time to first numbers on the demo data: ${Date.now() - started} ms from a reload of the overview`);

    const coverage = await tandem.graphql<{ coverage: Array<{ lastDay: string }> }>(
      key,
      'query { coverage(range: { from: "2026-01-01", to: "2026-12-31" }) { lastDay } }',
    );
    const lastDay = coverage
      .data!.coverage.map((row) => row.lastDay)
      .sort()
      .at(-1)!;
    expect(await page.getByTestId('range-to').inputValue()).toBe(lastDay);
    expect(await page.getByTestId('page-scope').textContent()).toMatch(/^Last 30 days of data, /);
    expect(await page.getByTestId('coverage-strip').textContent()).toMatch(/data through/);
    expect(Number(await page.getByTestId('kpi-paid-spend').getAttribute('data-value'))).toBeGreaterThan(0);
    await page.getByTestId('engagements-conversions-chart-drawing').locator('canvas').first().waitFor();
  });

  it('shows revenue as not reported, never zero, for an export that carries none', async () => {
    await page.getByTestId('platform-X').click();
    await expect.poll(() => page.getByTestId('kpi-paid-revenue-value').textContent()).toBe('Not reported');
    expect(await page.getByTestId('kpi-paid-roas-value').textContent()).toBe('Not reported');
    await page.getByTestId('platform-all').click();
  });

  it('changes range and comparison, and the address holds them', async () => {
    await page.getByTestId('range-preset-7').click();
    await page.getByTestId('compare-year').click();
    await ready(page, 'overview-kpis');
    expect(page.url()).toContain('period=last7');
    expect(page.url()).toContain('compare=year');
    expect(await page.getByTestId('page-scope').textContent()).toContain('same dates last year');
    await page.getByTestId('compare-previous').click();
    await page.getByTestId('range-preset-30').click();
  });

  it('opens Paid, drills into a campaign, and downloads its CSV with the rows on screen', async () => {
    await page.getByTestId('nav-paid').click();
    await ready(page, 'paid-campaigns');
    const campaigns = page.getByTestId('paid-campaigns').getByTestId('paid-row');
    expect(await campaigns.count()).toBeGreaterThan(1);

    const download = page.waitForEvent('download');
    await page.getByTestId('paid-campaigns-csv').click();
    const file = readFileSync((await (await download).path())!, 'utf8')
      .trim()
      .split('\n');
    expect(file.length - 1).toBe(await campaigns.count());

    await campaigns.first().getByRole('button').first().click();
    await page.getByTestId('paid-breadcrumb').waitFor();
    expect(page.url()).toMatch(/campaign=/);
  });

  it('opens Organic: top posts and hashtags', async () => {
    await page.getByTestId('nav-organic').click();
    await ready(page, 'organic-top-posts');
    expect(await page.getByTestId('organic-post-row').count()).toBeGreaterThan(0);
    await ready(page, 'organic-hashtags');
  });

  it('opens Organic vs paid: five contrasts, each with its sentence', async () => {
    await page.getByTestId('nav-compare').click();
    for (const panel of ['goals', 'cost', 'time-frame', 'reach', 'return']) {
      await ready(page, `compare-${panel}`);
      expect(await page.getByTestId(`compare-${panel}-sentence`).textContent()).toMatch(/\w+/);
    }
  });

  it('opens the API explorer, which sends the key, and /graphql in a browser leads there', async () => {
    await page.goto(`${tandem.baseUrl}/graphql`);
    await page.getByTestId('explorer').waitFor();
    expect(page.url()).toMatch(/#\/explorer/);
    await page.getByTestId('explorer-run').click();
    await expect.poll(() => page.getByTestId('explorer-status').textContent()).toMatch(/200/);
  });
});

describe('every page', () => {
  // 14 page views, each screenshotted and checked by axe: about 40 s on a quiet machine, minutes on a loaded 2-core one.
  it(
    'passes axe (WCAG 2 A and AA), scrolls no sideways at 390 px, breaks no CSP rule, and is screenshotted',
    { timeout: 300_000 },
    async () => {
      const violations: string[] = [];
      for (const viewport of [DESKTOP, PHONE]) {
        const page = await freshPage(viewport);
        await connect(page, '#/overview');
        for (const route of PAGES) {
          await page.evaluate(`window.location.hash = '#/${route}'`);
          await page.locator('.page').first().waitFor();
          await page.waitForLoadState('networkidle');
          await page.screenshot({ path: path.join(SCREENSHOTS, `${route}-${viewport.width}.png`), fullPage: true });
          // Evaluated, not added as a <script> tag, which the page's CSP rightly refuses; once per document (routes are hashes).
          if (await page.evaluate('typeof axe === "undefined"')) await page.evaluate(`${AXE_SOURCE};0`);
          const found = await page.evaluate<string[]>(`axe
          .run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
          .then((result) => result.violations.map((v) => v.id + ' (' + v.nodes.length + ': ' + v.nodes[0].target + ')'))`);
          violations.push(...found.map((violation) => `${route} at ${viewport.width}px: ${violation}`));
          const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
          expect(overflow, `${route} scrolls sideways at ${viewport.width}px`).toBeLessThanOrEqual(0);
        }
        await page.context().close();
      }
      expect(violations).toEqual([]);
      expect(cspViolations).toEqual([]);
    },
  );
});

async function paidSpendOn(page: Page): Promise<number> {
  await page.getByTestId('nav-overview').click();
  await page.getByTestId('range-from').fill('2026-03-01');
  await page.getByTestId('range-to').fill('2026-03-02');
  await expect.poll(() => page.getByTestId('page-scope').textContent()).toMatch(/Mar 1/);
  await ready(page, 'overview-kpis');
  return Number(await page.getByTestId('kpi-paid-spend').getAttribute('data-value'));
}

it('previews an export on the Imports page, imports it, and sees the Overview numbers change', async () => {
  const uploader = await tandem.workspaceKey('browser', 'uploader');
  const page = await freshPage();
  await page.goto(tandem.baseUrl);
  await page.getByTestId('connect-key-input').fill(uploader);
  await page.getByTestId('connect-submit').click();

  expect(await paidSpendOn(page)).toBe(0);

  await page.getByTestId('nav-imports').click();
  await page.getByTestId('upload-input').setInputFiles(path.join(FIXTURES, 'paid-small.csv'));
  await expect.poll(() => page.getByTestId('preview-format').textContent()).toMatch(/tandem-paid/);
  expect(await page.getByTestId('preview-paid-spend').first().textContent()).toMatch(/1,121\.84/);
  await page.getByTestId('preview-commit').click();
  const row = page.locator('[data-testid=import-row]', { hasText: 'paid-small.csv' });
  await row.locator('[data-testid=import-status][data-status=COMPLETED]').waitFor({ timeout: 30_000 });

  await expect.poll(() => paidSpendOn(page), { timeout: 15_000 }).toBeCloseTo(1121.84, 2);
});
