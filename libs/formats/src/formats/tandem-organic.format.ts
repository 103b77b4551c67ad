import type { OrganicDailyRow } from '../canonical.js';
import { matchHeader } from '../columns.js';
import type { ExportFormat } from '../format.js';
import { mapRecords } from '../map-records.js';
import { readTandemRow, TANDEM_KEY_HEADERS } from './tandem-template.js';

const METRICS = ['followers', 'new_followers', 'impressions', 'reach', 'engagements', 'posts'] as const;
const OPTIONAL = ['account_name', ...METRICS] as const;

/** Tandem's own organic template: one row per platform, account and day. */
export const tandemOrganicFormat: ExportFormat = {
  id: 'tandem-organic',
  label: 'Tandem organic template',
  grain: 'organic',
  headers: [...TANDEM_KEY_HEADERS, ...OPTIONAL],
  dimensionHeaders: [...TANDEM_KEY_HEADERS, 'account_name'],
  detect: (head) =>
    matchHeader(head, {
      required: TANDEM_KEY_HEADERS,
      anyOf: ['followers', 'impressions', 'engagements'],
      // A paid template with these columns too is still a paid file.
      forbidden: ['spend'],
    }),
  parse: (records, context) =>
    mapRecords(
      records,
      context,
      { required: TANDEM_KEY_HEADERS, optional: OPTIONAL },
      (cells, columns): OrganicDailyRow | null =>
        readTandemRow(cells, columns, () => ({
          kind: 'organic' as const,
          line: cells.line,
          followers: cells.count(columns.followers, 'followers'),
          // Negative on days with more unfollows than follows, or with deleted comments.
          newFollowers: cells.count(columns.new_followers, 'newFollowers'),
          impressions: cells.count(columns.impressions, 'impressions'),
          reach: cells.count(columns.reach, 'reach'),
          engagements: cells.count(columns.engagements, 'engagements'),
          posts: cells.count(columns.posts, 'posts'),
        })),
    ),
};
