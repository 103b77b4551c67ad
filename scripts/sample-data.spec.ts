import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ORGANIC_HEADER,
  PAID_HEADER,
  SAMPLE_DAYS,
  SAMPLE_END_DATE,
  formatCents,
  generateOrganicRows,
  generatePaidRows,
  generateSampleFiles,
  toCsv,
} from './sample-data.mjs';

const paid = generatePaidRows();
const organic = generateOrganicRows();

/** Rows grouped by `platform/account_id`, in file order. */
function byAccount<T extends { platform: string; account_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${row.platform}/${row.account_id}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

const cents = (money: string): number => Math.round(Number(money) * 100);

describe('sample data generator', () => {
  it('produces byte-identical files on every run', () => {
    expect(generateSampleFiles()).toEqual(generateSampleFiles());
  });

  it('matches the committed samples/ files (rerun scripts/generate-samples.mjs after changing the generator)', async () => {
    const files = generateSampleFiles();
    for (const [name, content] of Object.entries(files)) {
      const committed = await readFile(new URL(`../samples/${name}`, import.meta.url), 'utf8');
      expect(committed, name).toBe(content);
    }
  });

  it('writes the exact headers of Tandem templates', () => {
    const files = generateSampleFiles();
    expect(files['tandem-paid.csv'].split('\n')[0]).toBe(
      'date,platform,account_id,account_name,currency,campaign_id,campaign_name,objective,ad_set_id,ad_set_name,ad_id,ad_name,spend,impressions,clicks,conversions,revenue',
    );
    expect(files['tandem-organic.csv'].split('\n')[0]).toBe(
      'date,platform,account_id,account_name,followers,new_followers,impressions,reach,engagements,posts',
    );
    expect(PAID_HEADER).toHaveLength(17);
    expect(ORGANIC_HEADER).toHaveLength(10);
  });

  it('covers 120 distinct days ending on the fixed end date for every account', () => {
    const accounts = [...byAccount(paid), ...byAccount(organic)];
    expect(accounts.map(([key]) => key.split('/')[0]).sort()).toEqual([
      'FACEBOOK',
      'GOOGLE_ADS',
      'INSTAGRAM',
      'LINKEDIN',
      'TIKTOK',
      'YOUTUBE',
    ]);
    for (const [key, rows] of accounts) {
      const days = [...new Set(rows.map((row) => row.date))].sort();
      expect(days, key).toHaveLength(SAMPLE_DAYS);
      expect(days.at(-1), key).toBe(SAMPLE_END_DATE);
      expect(days[0], key).toBe('2026-07-31');
    }
  });

  it('keeps each organic account to one row a day', () => {
    expect(organic).toHaveLength(3 * SAMPLE_DAYS);
    expect(new Set(organic.map((row) => `${row.platform}/${row.date}`)).size).toBe(organic.length);
  });

  it('grows followers by exactly the day’s new followers, with some days losing followers', () => {
    for (const [key, rows] of byAccount(organic)) {
      for (let d = 1; d < rows.length; d++) {
        expect(rows[d]!.followers, `${key} ${rows[d]!.date}`).toBe(rows[d - 1]!.followers + rows[d]!.new_followers);
      }
    }
    expect(organic.some((row) => row.new_followers < 0)).toBe(true);
  });

  it('never reports reach above impressions, and posts 0 to 3 a day', () => {
    for (const row of organic) {
      expect(row.reach, `${row.platform} ${row.date}`).toBeLessThanOrEqual(row.impressions);
      expect(row.reach).toBeGreaterThanOrEqual(0);
      expect(row.engagements).toBeGreaterThanOrEqual(0);
      expect([0, 1, 2, 3]).toContain(row.posts);
    }
  });

  it('keeps spend, impressions and clicks non-negative, money at 2 decimals', () => {
    for (const row of paid) {
      expect(row.spend).toMatch(/^\d+\.\d{2}$/);
      expect(row.revenue).toMatch(/^\d+\.\d{2}$/);
      expect(row.impressions).toBeGreaterThanOrEqual(0);
      expect(row.clicks).toBeGreaterThanOrEqual(0);
      expect(row.clicks).toBeLessThanOrEqual(row.impressions);
      expect(row.conversions).toBeLessThanOrEqual(row.clicks);
      expect(row.currency).toBe('USD');
    }
  });

  it('reports no revenue on a day without conversions, and has such days', () => {
    const withoutConversions = paid.filter((row) => row.conversions === 0);
    expect(withoutConversions.length).toBeGreaterThan(0);
    for (const row of withoutConversions) expect(row.revenue).toBe('0.00');
  });

  it('stays in realistic ranges: CTR 0.5–2%, conversion rate 1–5%, basket 40–120', () => {
    for (const [key, rows] of byAccount(paid)) {
      const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
      const impressions = sum((row) => row.impressions);
      const clicks = sum((row) => row.clicks);
      const conversions = sum((row) => row.conversions);
      const revenue = sum((row) => cents(row.revenue)) / 100;
      expect(clicks / impressions, key).toBeGreaterThan(0.005);
      expect(clicks / impressions, key).toBeLessThan(0.02);
      expect(conversions / clicks, key).toBeGreaterThan(0.01);
      expect(conversions / clicks, key).toBeLessThan(0.05);
      expect(revenue / conversions, key).toBeGreaterThan(40);
      expect(revenue / conversions, key).toBeLessThan(120);
    }
  });

  it('shows a mid-period promotion spike and a weekly pattern', () => {
    const spendByDay = new Map<string, number>();
    for (const row of paid) spendByDay.set(row.date, (spendByDay.get(row.date) ?? 0) + cents(row.spend));
    const days = [...spendByDay.keys()].sort();
    const spend = days.map((day) => spendByDay.get(day)!);
    const median = [...spend].sort((a, b) => a - b)[Math.floor(spend.length / 2)]!;
    const peakDay = spend.indexOf(Math.max(...spend));
    expect(peakDay).toBeGreaterThan(SAMPLE_DAYS / 3);
    expect(peakDay).toBeLessThan((2 * SAMPLE_DAYS) / 3);
    expect(Math.max(...spend)).toBeGreaterThan(1.5 * median);

    const linkedin = organic.filter((row) => row.platform === 'LINKEDIN');
    const weekend = linkedin.filter((row) => [0, 6].includes(new Date(`${row.date}T00:00:00Z`).getUTCDay()));
    const weekdays = linkedin.filter((row) => !weekend.includes(row));
    const mean = (rows: typeof linkedin) => rows.reduce((total, row) => total + row.impressions, 0) / rows.length;
    expect(mean(weekend)).toBeLessThan(0.6 * mean(weekdays));
  });

  it('formats money as plain decimals and quotes CSV fields that need it', () => {
    expect(formatCents(4120)).toBe('41.20');
    expect(formatCents(123456789)).toBe('1234567.89');
    expect(formatCents(5)).toBe('0.05');
    expect(toCsv(['a', 'b'], [{ a: 'Sale, "50%"', b: 1 }])).toBe('a,b\n"Sale, ""50%""",1\n');
  });
});
