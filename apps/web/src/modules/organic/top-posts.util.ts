import type { PostSort } from '../../generated/graphql';

const POST_TEXT_LENGTH = 80;

/** A caption cut at a word near `length`, with an ellipsis; the whole text goes in the cell's title. */
export function truncateText(text: string, length = POST_TEXT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The orders topPosts offers, as the sort menu names them. */
export const POST_SORT_LABELS: Readonly<Record<PostSort, string>> = {
  ENGAGEMENTS: 'Most engagements',
  ENGAGEMENT_RATE: 'Highest engagement rate',
  IMPRESSIONS: 'Most impressions',
  REACH: 'Most people reached',
  PUBLISHED_AT: 'Newest',
};

export const DEFAULT_POST_SORT: PostSort = 'ENGAGEMENTS';

/** The sort an address names, or the default for anything else (an old or edited link). */
export function postSortOf(value: string): PostSort {
  return value in POST_SORT_LABELS ? (value as PostSort) : DEFAULT_POST_SORT;
}
