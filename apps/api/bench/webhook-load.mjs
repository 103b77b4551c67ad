// Load for `npm run bench:webhooks`, in its own process so that the load does not share the server's event loop:
// signed deliveries of one paid row each, every one a new ad of a new Idempotency-Key. Prints autocannon's summary.
import { createHmac, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

const { URL: url = '', SECRET: secret = '', DURATION_S: duration, CONNECTIONS: connections } = process.env;
let sent = 0;

const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(duration),
  requests: [
    {
      method: 'POST',
      /** @param {import('autocannon').Request} request */
      setupRequest: (request) => {
        sent += 1;
        const body = JSON.stringify({
          grain: 'paid_daily',
          rows: [
            {
              platform: 'google_ads',
              account_id: '1234567890',
              level: 'ad',
              entity_id: `ad-${sent}`,
              campaign_id: `c-${sent % 100}`,
              date: '2026-01-15',
              currency: 'USD',
              metrics: { spend: '1.00', impressions: 100, clicks: 1 },
            },
          ],
        });
        const t = Math.floor(Date.now() / 1000);
        const signature = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
        return {
          ...request,
          body,
          headers: {
            'content-type': 'application/json',
            'tandem-signature': `t=${t},v1=${signature}`,
            'idempotency-key': randomUUID(),
          },
        };
      },
    },
  ],
});

process.stdout.write(
  JSON.stringify({
    ok: result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  }),
);
