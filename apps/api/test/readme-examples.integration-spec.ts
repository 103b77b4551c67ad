import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { topCampaigns } from '../../../docs/examples/analyst-client.js';
import { TestApp } from './support/test-app.js';

const README = path.resolve(import.meta.dirname, '../../../README.md');
const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');

/** Every ```graphql block of the README: the examples analysts copy must keep answering without errors. */
const examples = [...readFileSync(README, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** The JSON bodies of the README's curl examples (`--data '…'`), posted as curl would post them. */
const curlBodies = [...readFileSync(README, 'utf8').matchAll(/```sh\n[^`]*?curl [^`]*?--data '([^']+)'/g)].map(
  (match) => JSON.parse(match[1]!) as { query: string; variables?: object },
);

let tandem: TestApp;
let key: string;

beforeAll(async () => {
  tandem = await TestApp.start('embedded', { redisDb: 17 });
  key = await tandem.workspaceKey('readme', 'analyst');
  const owner = await tandem.workspaceKey('readme', 'owner');
  for (const sample of ['tandem-paid.csv', 'tandem-organic.csv']) {
    await tandem.importFixture(owner, { name: sample, content: readFileSync(path.join(SAMPLES, sample)) });
  }
});

afterAll(async () => tandem?.close());

it('has GraphQL examples in the README', () => {
  expect(examples.length).toBeGreaterThanOrEqual(2);
});

it.each(examples.map((query, index) => [index + 1, query] as const))(
  'answers README example %i without errors, with data',
  async (_, query) => {
    const result = await tandem.graphql<Record<string, unknown>>(key, query);
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data ?? {}).length).toBeGreaterThan(0);
  },
);

it.each(curlBodies.map((body, index) => [index + 1, body] as const))(
  'answers README curl example %i without errors, with data',
  async (_, body) => {
    const result = await tandem.graphql<Record<string, unknown>>(key, body.query, body.variables ?? {});
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data ?? {}).length).toBeGreaterThan(0);
  },
);

it('has a curl example in the README', () => {
  expect(curlBodies.length).toBeGreaterThanOrEqual(1);
});

it('runs the typed analyst client example (docs/examples) against a real server', async () => {
  const top = await topCampaigns(tandem.baseUrl, key, { from: '2026-09-01', to: '2026-11-27' }, 3);
  expect(top.totalCount).toBeGreaterThan(3);
  expect(top.edges).toHaveLength(3);
  const spends = top.edges.map(({ node }) => node.paid?.spend ?? null);
  expect(spends.every((spend) => typeof spend === 'number' && spend > 0)).toBe(true);
  expect([...spends].sort((a, b) => b! - a!)).toEqual(spends);
});
