import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from '../src/modules/webhooks/webhook-signature.util.js';
import { TEST_MODES, TestApp } from './support/test-app.js';

const README = path.resolve(import.meta.dirname, '../../../README.md');

interface CreatedSource {
  source: { id: string; name: string; disabled: boolean };
  secret: string;
}

interface Delivery {
  id: string;
  status: string;
  rowsReceived: number;
  rowsWritten: number | null;
  rowsDeleted: number | null;
}

const CREATE = `mutation ($name: String!) { createWebhookSource(name: $name) { source { id name disabled } secret } }`;
const ROTATE = `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { source { id } secret } }`;
const DISABLE = `mutation ($id: ID!) { disableWebhookSource(id: $id) { id disabled } }`;
const SOURCES = `{ webhookSources { id name disabled lastDeliveryAt
  deliveries(first: 100) { id status rowsReceived rowsWritten rowsDeleted } } }`;
const SPEND = `query ($from: Date!, $to: Date!) { overview(range: { from: $from, to: $to }) { paid { spend clicks } } }`;

const paidRow = (date: string, campaign: string, spend: string, level = 'campaign') => ({
  platform: 'google_ads',
  account_id: '1234567890',
  level,
  entity_id: campaign,
  entity_name: `Campaign ${campaign}`,
  date,
  currency: 'USD',
  metrics: { spend, impressions: 1000, clicks: 10 },
});

describe.each(TEST_MODES)('signed webhooks (%s)', (mode) => {
  let tandem: TestApp;
  let uploader: string;
  let source: CreatedSource;

  const send = (body: unknown, options: { secret?: string; key?: string; t?: number; sourceId?: string } = {}) => {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const t = options.t ?? Math.floor(Date.now() / 1000);
    return fetch(`${tandem.baseUrl}/api/webhooks/${options.sourceId ?? source.source.id}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'tandem-signature': signatureHeader(options.secret ?? source.secret, t, raw),
        'idempotency-key': options.key ?? randomUUID(),
      },
      body: raw,
    });
  };

  const deliveries = async (key = uploader): Promise<Delivery[]> => {
    const listed = await tandem.graphql<{ webhookSources: { id: string; deliveries: Delivery[] }[] }>(key, SOURCES);
    return listed.data!.webhookSources.find((listedSource) => listedSource.id === source.source.id)!.deliveries;
  };

  /** As an integrator would: until no delivery of the source is still queued. */
  const written = async (): Promise<Delivery[]> => {
    for (let tries = 0; tries < 600; tries++) {
      const listed = await deliveries();
      if (listed.every((delivery) => delivery.status !== 'QUEUED')) return listed;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('deliveries still queued after 30 s');
  };

  const paidTotals = async (from: string, to: string) =>
    (
      await tandem.graphql<{ overview: { paid: { spend: number | null; clicks: number | null } } }>(uploader, SPEND, {
        from,
        to,
      })
    ).data!.overview.paid;

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: mode === 'embedded' ? 56 : 57 });
    uploader = await tandem.workspaceKey(`webhooks-${mode}`, 'uploader');
    const created = await tandem.graphql<{ createWebhookSource: CreatedSource }>(uploader, CREATE, {
      name: 'Google Ads script',
    });
    source = created.data!.createWebhookSource;
  });

  afterAll(async () => tandem?.close());

  it('lets owners and uploaders create sources, shows the secret once, and refuses viewers', async () => {
    expect(source.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(source.source).toMatchObject({ name: 'Google Ads script', disabled: false });
    const viewer = await tandem.workspaceKey(`webhooks-${mode}`, 'viewer');
    const refused = await tandem.graphql(viewer, CREATE, { name: 'nope' });
    expect(refused.errors?.[0]?.message).toMatch(/uploader role/);
    const listed = await tandem.graphql<{ webhookSources: object[] }>(uploader, SOURCES);
    expect(JSON.stringify(listed.data)).not.toContain(source.secret);
    const stored: { secret_sealed: string }[] = await tandem.app
      .get(DataSource)
      .query('SELECT secret_sealed FROM webhook_source WHERE id = $1', [source.source.id]);
    expect(stored[0]!.secret_sealed).not.toContain(source.secret.slice(6));
  });

  it('answers 401 to a bad, missing or foreign signature and to an unknown source, storing nothing', async () => {
    const body = { grain: 'paid_daily', rows: [paidRow('2025-01-01', 'c1', '5.00')] };
    expect((await send(body, { secret: 'whsec_wrong' })).status).toBe(401);
    expect((await send(body, { sourceId: randomUUID() })).status).toBe(401);
    const unsigned = await fetch(`${tandem.baseUrl}/api/webhooks/${source.source.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${uploader}`, 'idempotency-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ message: /Tandem-Signature/ });
    expect(await deliveries()).toEqual([]);
  });

  it('answers 401 to a timestamp more than 5 minutes old, even correctly signed', async () => {
    const body = { grain: 'paid_daily', rows: [paidRow('2025-01-01', 'c1', '5.00')] };
    const stale = await send(body, { t: Math.floor(Date.now() / 1000) - 301 });
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ message: /5 minutes/ });
    expect(await deliveries()).toEqual([]);
  });

  it('answers 400 naming the row and field of a schema violation, and keeps nothing, so the key can be sent again', async () => {
    const key = randomUUID();
    const bad = {
      grain: 'paid_daily',
      rows: [paidRow('2025-01-02', 'c1', '1.00'), paidRow('2025-01-02', 'c2', '1,5')],
    };
    const refused = await send(bad, { key });
    expect(refused.status).toBe(400);
    const answer = (await refused.json()) as { message: string; issues: { path: string; row: number }[] };
    expect(answer.message).toMatch(/^rows\[1\]\.metrics\.spend: /);
    expect(answer.issues).toEqual([expect.objectContaining({ path: 'rows[1].metrics.spend', row: 1 })]);
    const fixed = {
      grain: 'paid_daily',
      rows: [paidRow('2025-01-02', 'c1', '1.00'), paidRow('2025-01-02', 'c2', '1.50')],
    };
    expect((await send(fixed, { key })).status).toBe(202);
    await written();
    expect(await paidTotals('2025-01-02', '2025-01-02')).toEqual({ spend: 2.5, clicks: 20 });
  });

  it('stores the body before answering, replays the first answer for a key, and shows the rows in totals', async () => {
    const key = randomUUID();
    const body = {
      grain: 'paid_daily',
      rows: [paidRow('2025-02-01', 'c1', '100.25'), paidRow('2025-02-02', 'c1', '0.75')],
    };
    const first = await send(body, { key });
    expect(first.status).toBe(202);
    const answer = (await first.json()) as { id: string; status: string; rows: number };
    expect(answer).toEqual({ id: expect.any(String), status: 'QUEUED', rows: 2 });
    const stored: { body: Uint8Array }[] = await tandem.app
      .get(DataSource)
      .query('SELECT body FROM webhook_delivery WHERE id = $1', [answer.id]);
    expect(Buffer.from(stored[0]!.body).toString('utf8')).toBe(JSON.stringify(body));

    const different = { grain: 'paid_daily', rows: [paidRow('2025-02-01', 'c1', '999.00')] };
    for (const replay of [body, different]) {
      const again = await send(replay, { key });
      expect(again.status).toBe(202);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toEqual(answer);
    }
    const listed = await written();
    expect(listed.filter((delivery) => delivery.id === answer.id)).toEqual([
      { id: answer.id, status: 'COMPLETED', rowsReceived: 2, rowsWritten: 2, rowsDeleted: 0 },
    ]);
    expect(await paidTotals('2025-02-01', '2025-02-28')).toEqual({ spend: 101, clicks: 20 });
  });

  it('restates a day sent again, and deletes the facts of a restate window its rows leave out', async () => {
    const days = ['2025-03-01', '2025-03-02', '2025-03-03'];
    const rows = days.flatMap((day) => [paidRow(day, 'c1', '10.00'), paidRow(day, 'c2', '20.00')]);
    const outside = paidRow('2025-03-04', 'c2', '40.00');
    const adLevel = paidRow('2025-03-02', 'ad9', '7.00', 'ad');
    expect((await send({ grain: 'paid_daily', rows: [...rows, outside, adLevel] })).status).toBe(202);
    await written();
    // Each account day counts at its finest level: on 03-02 the ad-level fact alone.
    expect((await paidTotals('2025-03-01', '2025-03-04')).spend).toBe(30 + 7 + 30 + 40);
    const window = { platform: 'google_ads', account_id: '1234567890', level: 'campaign', from: days[0], to: days[2] };
    const restated = days.map((day) => paidRow(day, 'c1', '11.00'));
    const answer = (await (await send({ grain: 'paid_daily', restate_window: window, rows: restated })).json()) as {
      id: string;
    };
    const delivery = (await written()).find((listed) => listed.id === answer.id);
    expect(delivery).toMatchObject({ status: 'COMPLETED', rowsWritten: 3, rowsDeleted: 3 });
    // c1 restated at 11 a day, c2 gone from the window, c2 after it and the ad-level fact untouched.
    expect((await paidTotals(days[0]!, days[2]!)).spend).toBe(11 + 7 + 11);
    expect((await paidTotals('2025-03-04', '2025-03-04')).spend).toBe(40);
  });

  it('verifies both secrets during a rotation’s overlap, then only the new one', async () => {
    const rotated = await tandem.graphql<{ rotateWebhookSecret: CreatedSource }>(uploader, ROTATE, {
      id: source.source.id,
    });
    const fresh = rotated.data!.rotateWebhookSecret.secret;
    expect(fresh).not.toBe(source.secret);
    const body = { grain: 'paid_daily', rows: [paidRow('2025-04-01', 'c1', '1.00')] };
    expect((await send(body, { secret: source.secret })).status).toBe(202);
    expect((await send(body, { secret: fresh })).status).toBe(202);
    // The overlap ends (24 h later, brought forward here).
    await tandem.app
      .get(DataSource)
      .query(`UPDATE webhook_source SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`, [
        source.source.id,
      ]);
    expect((await send(body, { secret: source.secret })).status).toBe(401);
    expect((await send(body, { secret: fresh })).status).toBe(202);
    source = { ...source, secret: fresh };
    await written();
  });

  it('runs the README’s curl and openssl example', async () => {
    const block = /```sh\n(# Sign and send[\s\S]*?)```/.exec(readFileSync(README, 'utf8'))?.[1];
    expect(block).toBeDefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'tandem-webhook-example-'));
    try {
      const script = block!.replaceAll('http://127.0.0.1:3000', tandem.baseUrl);
      // Not execFileSync: the server answering curl runs in this process.
      const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: dir,
        env: { ...process.env, SOURCE: source.source.id, SECRET: source.secret },
      });
      expect(JSON.parse(stdout)).toMatchObject({ status: 'QUEUED', rows: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await written();
  });

  it('refuses every delivery of a disabled source with 403, and lists it as disabled', async () => {
    const disabled = await tandem.graphql<{ disableWebhookSource: { disabled: boolean } }>(uploader, DISABLE, {
      id: source.source.id,
    });
    expect(disabled.data!.disableWebhookSource.disabled).toBe(true);
    const refused = await send({ grain: 'paid_daily', rows: [paidRow('2025-05-01', 'c1', '1.00')] });
    expect(refused.status).toBe(403);
    const listed = await tandem.graphql<{ webhookSources: { disabled: boolean; lastDeliveryAt: string }[] }>(
      uploader,
      SOURCES,
    );
    expect(listed.data!.webhookSources[0]).toMatchObject({ disabled: true, lastDeliveryAt: expect.any(String) });
    const rotate = await tandem.graphql(uploader, ROTATE, { id: source.source.id });
    expect(rotate.errors?.[0]?.message).toMatch(/disabled/);
  });
});
