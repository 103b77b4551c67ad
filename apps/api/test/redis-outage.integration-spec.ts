import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from './support/test-app.js';
import { startThrowawayRedis, type ThrowawayRedis } from './support/throwaway-services.js';

/**
 * Redis stopped under a running api and worker (issue 18, item 3): uploads are still taken, readiness says the
 * queue is down, and the imports run once Redis is back. The Redis is this file's own, so stopping it disturbs
 * no other test file.
 */
describe('with Redis stopped (services mode)', () => {
  let redis: ThrowawayRedis;
  let tandem: TestApp;
  let key: string;

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    tandem = await TestApp.start('services', { redisDb: 52, redisUrl: redis.url });
    key = await tandem.workspaceKey('outage', 'uploader');
  });

  afterAll(async () => {
    await tandem?.close();
    await redis?.stop();
  });

  it('takes an upload with 202 while Redis is down, says the queue is down, and imports it once Redis returns', async () => {
    expect(await readiness(tandem)).toEqual({ status: 200, body: { database: 'ok', queue: 'ok' } });
    await redis.stop();

    // Before the fix the upload waited on Redis for ever; a bound far above the 2 s target tells the two apart.
    const response = await fetchUpload(tandem, key);
    expect(response.status).toBe(202);
    const { id, status } = (await response.json()) as { id: string; status: string };
    expect(status).toBe('QUEUED');
    expect(await readiness(tandem)).toEqual({ status: 503, body: { database: 'ok', queue: 'down' } });
    const owner = await tandem.workspaceKey('outage', 'owner');
    expect((await tandem.graphql<{ import: { status: string } }>(owner, STATUS, { id })).data?.import.status).toBe(
      'QUEUED',
    );

    redis = await startThrowawayRedis(redis.port);
    const run = await tandem.waitForImport(owner, id);
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: 4 });
    expect(await readiness(tandem)).toEqual({ status: 200, body: { database: 'ok', queue: 'ok' } });
  });
});

const STATUS = 'query ($id: ID!) { import(id: $id) { status } }';

async function fetchUpload(tandem: TestApp, key: string): Promise<Response> {
  const form = new FormData();
  form.set('file', new Blob([PAID_CSV]), 'outage.csv');
  return fetch(`${tandem.baseUrl}/api/imports`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${key}` },
    signal: AbortSignal.timeout(15_000),
  });
}

async function readiness(tandem: TestApp): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${tandem.baseUrl}/api/ready`);
  return { status: response.status, body: await response.json() };
}

const PAID_CSV = [
  'date,platform,account_id,account_name,currency,campaign_id,campaign_name,spend,impressions,clicks,conversions,revenue',
  '2026-11-01,FACEBOOK,act_1,Acme,USD,c1,Spring,10.00,1000,10,1,40.00',
  '2026-11-02,FACEBOOK,act_1,Acme,USD,c1,Spring,12.00,1100,11,2,50.00',
  '2026-11-03,FACEBOOK,act_1,Acme,USD,c1,Spring,14.00,1200,12,0,0',
  '2026-11-04,FACEBOOK,act_1,Acme,USD,c1,Spring,16.00,1300,13,3,90.00',
].join('\n');
