// The dashboard's side of `npm run bench:query`, in its own process so that reading 400 KB answers does not share the
// server's event loop and heap (as a browser does not). Asks each request of REQUESTS_FILE (JSON: url, key, requests
// of { query, variables }) in turn, after one unmeasured warm-up, and prints the milliseconds each took, from sending
// it to its answer parsed, as JSON. Exits non-zero on an answer with errors.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const { url, key, requests } = JSON.parse(readFileSync(process.env.REQUESTS_FILE ?? '', 'utf8'));

/** @param {{ query: string, variables: object }} request */
async function ask(request) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(request),
  });
  const answer = /** @type {{ errors?: unknown }} */ (await response.json());
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
}

await ask(requests[0]);
const times = [];
for (const request of requests) {
  const started = performance.now();
  await ask(request);
  times.push(performance.now() - started);
}
process.stdout.write(JSON.stringify(times));
