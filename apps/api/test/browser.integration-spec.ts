import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WEB_DIST } from '../src/app.module.js';
import { FIXTURES, TestApp } from './support/test-app.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let tandem: TestApp;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`The browser test needs Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  if (!existsSync(WEB_DIST))
    throw new Error(`The browser test needs the built dashboard at ${WEB_DIST}: npm run build`);
  tandem = await TestApp.start('embedded', { redisDb: 3 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await tandem?.close();
});

async function paidSpendOn(page: Page): Promise<number> {
  await page.getByTestId('nav-overview').click();
  await page.getByTestId('range-from').fill('2026-03-01');
  await page.getByTestId('range-to').fill('2026-03-02');
  await page.locator('[data-testid=overview-kpis][data-state=ready]').waitFor();
  await expect.poll(() => page.getByTestId('overview-scope').textContent()).toMatch(/Mar 1/);
  await page.locator('[data-testid=overview-kpis][data-state=ready]').waitFor();
  return Number(await page.getByTestId('kpi-paid-spend').getAttribute('data-value'));
}

it('previews an export on the Imports page, imports it, and sees the Overview numbers change', async () => {
  const key = await tandem.workspaceKey('browser', 'uploader');
  const page = await browser.newPage();
  await page.goto(tandem.baseUrl);
  await page.getByTestId('connect-key-input').fill(key);
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
