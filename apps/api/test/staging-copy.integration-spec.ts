import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PGliteClient } from '../src/core/database/pglite-driver.js';
import { TEST_MODES, TestApp, type TestMode } from './support/test-app.js';

/**
 * An import's batches are staged by COPY, from a stream on Postgres (services) and from a Blob on PGlite (embedded):
 * the same files uploaded in each mode must store the same facts, to the character and the last decimal. The files
 * carry what the COPY text could get wrong: tabs, newlines and carriage returns inside quoted cells, backslashes (`\N`
 * among them), quotes, braces and commas, unicode, empty optional columns (NULL), long decimals, hashtags.
 */
const TRICKY = [
  'Say "hi", {braces} and C:\\ads\\new \\N',
  'tab\there',
  'two\nlines\r\nand a CR\rend',
  'Île-de-France 🎯 日本語 ça',
  '  spaced  ',
  'NULL',
];
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;

const PAID = {
  name: 'tricky-paid.csv',
  content: new TextEncoder().encode(
    'date,platform,account_id,account_name,currency,campaign_id,campaign_name,objective,ad_set_id,ad_set_name,ad_id,ad_name,spend,impressions,clicks,conversions,revenue\n' +
      TRICKY.map(
        (text, index) =>
          `2026-03-0${index + 1},FACEBOOK,act_1,${csvCell(text)},USD,c${index},${csvCell(text)},CONVERSIONS,s\\${index},${csvCell(`${text} set`)},a${index},${csvCell(text)},` +
          `1234567.891234567,${9_007_199_254_740 + index},61,0.333333333333,${index === 0 ? '' : '118.10'}\n`,
      ).join(''),
  ),
};

const POSTS = {
  name: 'tricky-posts.csv',
  content: new TextEncoder().encode(
    'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n' +
      TRICKY.map(
        (text, index) =>
          `1790000000000000${index},17840000000000001,acme.studio,Acme Studio,${csvCell(`${text} #café #日本 #Über_cool #tag${index}`)},0,03/0${index + 1}/2026 06:08,https://www.instagram.com/p/A${index}/,IG image,,Lifetime,1604,845,51,3,1,2,4\n`,
      ).join('') +
      `17900000000000009,17840000000000001,acme.studio,Acme Studio,,0,03/09/2026 06:08,https://www.instagram.com/p/Z/,IG image,,Lifetime,1,1,1,1,1,1,1\n`,
  ),
};

/** Every fact of the workspace, without what differs between two databases (ids, import, times). */
const FACTS = (table: string, order: string) =>
  `SELECT to_jsonb(f) - 'account_id' - 'workspace_id' - 'import_id' - 'created_at' - 'updated_at' AS fact
   FROM ${table} AS f ORDER BY ${order}`;

const stored: Partial<Record<TestMode, { paid: unknown[]; posts: unknown[]; organic: unknown[] }>> = {};
const copied: Record<TestMode, string[]> = { services: [], embedded: [] };

beforeAll(() => {
  const query = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const text = (args[0] as { text?: unknown } | undefined)?.text;
    if (typeof text === 'string' && text.startsWith('COPY ')) copied.services.push(text);
    return (query as (...given: unknown[]) => unknown).apply(this, args);
  } as typeof query);
  const copyFrom = PGliteClient.prototype.copyFrom;
  vi.spyOn(PGliteClient.prototype, 'copyFrom').mockImplementation(function (this: PGliteClient, sql, data) {
    copied.embedded.push(sql);
    return copyFrom.call(this, sql, data);
  });
});
afterAll(() => vi.restoreAllMocks());

describe.each(TEST_MODES)('%s mode', (mode) => {
  it('stores tricky text, NULLs, long decimals and hashtags from an upload', async () => {
    const tandem = await TestApp.start(mode, { redisDb: 59 });
    try {
      const key = await tandem.workspaceKey('tricky');
      for (const file of [PAID, POSTS, 'organic-small.csv'])
        expect(await tandem.importFixture(key, file, { exportedOn: '2026-03-20' })).toMatchObject({
          status: 'COMPLETED',
        });
      const db = tandem.app.get(DataSource);
      const facts = async (table: string, order: string) =>
        ((await db.query(FACTS(table, order))) as { fact: unknown }[]).map((row) => row.fact);
      stored[mode] = {
        paid: await facts('paid_daily_metric', 'date'),
        posts: await facts('organic_post', 'post_id'),
        organic: await facts('organic_daily_metric', 'date, platform'),
      };
      const names = (await db.query('SELECT campaign_name FROM paid_daily_metric ORDER BY date')) as {
        campaign_name: string;
      }[];
      // Trimmed; `NULL` reads as empty; a line break inside a cell reads as `\n` whatever the file used (csv-records.ts).
      const asRead = TRICKY.slice(0, 4).map((text) => text.replace(/\r\n?/g, '\n'));
      expect(names.map((row) => row.campaign_name)).toEqual([...asRead, 'spaced', null]);
      const [post] = (await db.query(
        `SELECT hashtags, spend::text FROM organic_post, paid_daily_metric WHERE post_id = '17900000000000000' LIMIT 1`,
      )) as { hashtags: string[]; spend: string }[];
      expect(post).toEqual({ hashtags: ['café', '日本', 'über_cool', 'tag0'], spend: '1234567.891235' });
      expect(copied[mode].some((text) => text.startsWith('COPY organic_post_stage'))).toBe(true);
    } finally {
      await tandem.close();
    }
  });
});

it('stages the same facts by COPY on Postgres as on PGlite', () => {
  expect(stored.services).toBeDefined();
  expect(stored.services).toEqual(stored.embedded);
  expect(stored.services!.paid).toHaveLength(TRICKY.length);
  expect(stored.services!.posts).toHaveLength(TRICKY.length + 1);
});
