import { print } from 'graphql';
import { TopCampaignsDocument, type TopCampaignsQuery } from './generated/graphql.js';

/**
 * A small analyst's client on the generated types: the campaigns with the most spend in a range, each with its
 * CPA and its ROAS over the spend of exports that report revenue (null means "not reported", never 0).
 * Run by apps/api/test/readme-examples.integration-spec.ts against a real server.
 */
export async function topCampaigns(
  tandemUrl: string,
  apiKey: string,
  range: { from: string; to: string },
  first = 5,
): Promise<TopCampaignsQuery['breakdown']> {
  const response = await fetch(`${tandemUrl}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(TopCampaignsDocument), variables: { range, first } }),
  });
  const body = (await response.json()) as { data?: TopCampaignsQuery; errors?: { message: string }[] };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`);
  }
  return body.data.breakdown;
}
