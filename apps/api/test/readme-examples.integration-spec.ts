import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestApp } from './support/test-app.js';

const README = path.resolve(import.meta.dirname, '../../../README.md');
const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');

/** Every ```graphql block of the README: the examples analysts copy must keep answering without errors. */
const examples = [...readFileSync(README, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

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
