import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';

/** The CSV reports of `GET /api/exports/<report>.csv` (docs/CONTRACT.md, Analysis). */
export type CsvReport =
  'breakdown' | 'top-posts' | 'hashtags' | 'time-series' | 'coverage' | 'growth' | 'organic-vs-paid';

/** What a panel ran: its query and variables, and the CSV report with the same arguments (null when none). */
export interface ReportRequest {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's document
  document: TypedDocumentNode<any, any>;
  variables: Readonly<Record<string, unknown>>;
  csv: CsvReport | null;
}

type UrlValue = string | number | boolean;

/** Variables that page a GraphQL answer: the CSV holds every row, so they are not sent. */
const PAGING = new Set(['first', 'after']);

function isDateRange(value: unknown): value is { from: string; to: string } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

/** One variable as URL parameters: `range` is `from`/`to`, `compareTo` is `compareFrom`/`compareTo`, `filter` spreads. */
function parametersOf(name: string, value: unknown): Array<[string, UrlValue]> {
  if (value === null || value === undefined || PAGING.has(name)) return [];
  if (Array.isArray(value)) return value.map((item) => [name, item as UrlValue]);
  if (name === 'range' && isDateRange(value))
    return [
      ['from', value.from],
      ['to', value.to],
    ];
  if (name === 'compareTo' && isDateRange(value))
    return [
      ['compareFrom', value.from],
      ['compareTo', value.to],
    ];
  if (name === 'sort' && typeof value === 'object') {
    const sort = value as { metric: string; descending?: boolean };
    return [
      ['sort', sort.metric],
      ...(sort.descending === undefined ? [] : [['descending', sort.descending] as [string, UrlValue]]),
    ];
  }
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => parametersOf(key, inner));
  return [[name, value as UrlValue]];
}

/** `/api/exports/breakdown.csv?from=…&to=…&by=CAMPAIGN`: the export endpoint with the query's own arguments. */
export function csvUrl(report: CsvReport, variables: Readonly<Record<string, unknown>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(variables).flatMap(([key, inner]) => parametersOf(key, inner)))
    params.append(name, String(value));
  return `/api/exports/${report}.csv?${params.toString()}`;
}

/** The exact query and variables, as an analyst pastes them into the explorer or a script. */
export function asGraphql({ document, variables }: ReportRequest): string {
  return `${print(document)}\n\n# Variables\n${JSON.stringify(variables, null, 2)}\n`;
}

const shellQuoted = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/**
 * The same request as a cURL command. The key is read from `$TANDEM_API_KEY`, never pasted: a copied command ends
 * up in chats and tickets.
 */
export function asCurl({ document, variables }: ReportRequest, origin: string): string {
  const body = JSON.stringify({ query: print(document), variables });
  return [
    `curl -sS ${shellQuoted(`${origin}/graphql`)}`,
    `  -H "Authorization: Bearer $TANDEM_API_KEY"`,
    `  -H 'Content-Type: application/json'`,
    `  --data ${shellQuoted(body)}`,
  ].join(' \\\n');
}
