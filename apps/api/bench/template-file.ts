import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const HEADER =
  'date,platform,account_id,account_name,currency,campaign_id,campaign_name,objective,ad_set_id,ad_set_name,ad_id,ad_name,spend,impressions,clicks,conversions,revenue\n';
const PLATFORMS = ['FACEBOOK', 'GOOGLE_ADS', 'TIKTOK'];
const ADS_PER_DAY = 200;

/**
 * Writes a tandem-paid file of `rows` distinct facts (200 ads a day, going back day by day), streaming, and
 * returns the exact spend it holds in cents, so a benchmark can check that nothing was lost or doubled.
 */
export async function writeTemplateFile(path: string, rows: number): Promise<{ spendCents: number }> {
  const out = createWriteStream(path);
  out.write(HEADER);
  let spendCents = 0;
  for (let index = 0; index < rows; index++) {
    const day = new Date(Date.UTC(2026, 10, 27) - Math.floor(index / ADS_PER_DAY) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const ad = index % ADS_PER_DAY;
    const platform = PLATFORMS[ad % PLATFORMS.length];
    const cents = 1_000 + ((index * 7_919) % 50_000);
    spendCents += cents;
    const line = `${day},${platform},acct_${ad % 3},Account ${ad % 3},USD,camp_${ad % 12},Campaign ${ad % 12},CONVERSIONS,set_${ad % 40},Ad set ${ad % 40},ad_${ad},Ad ${ad},${(cents / 100).toFixed(2)},${1_000 + (index % 9_000)},${index % 97},${index % 5},${(cents / 40).toFixed(2)}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { spendCents };
}
