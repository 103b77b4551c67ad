import { BadRequestException, Injectable } from '@nestjs/common';
import { summarise } from '@tandem/metrics/summary.js';
import { assertDateRange } from '../../core/graphql/date-range.validation.js';
import type { HashtagStats, Post, PostConnection } from './dto/post.objects.js';
import type { PostSort, PostsSpec } from './planner/posts.query.js';
import { PostsRepository, type PostRecord } from './posts.repository.js';

/** `topPosts` pages: a larger `first` is refused, not clamped (README, Reading the numbers). */
export const DEFAULT_POSTS_PAGE = 20;
export const MAX_POSTS_PAGE = 100;
/** `hashtags` answers one list, the most engaging tags first. */
export const DEFAULT_HASHTAGS = 50;
export const MAX_HASHTAGS = 500;

export interface TopPostsQuestion {
  sortBy: PostSort;
  first: number;
  after: string | null;
}

/**
 * Posts and hashtags, from post-level exports (lifetime snapshots, one per post: the latest export's figures). The
 * repository reads them, libs/metrics rates them; no SQL here.
 */
@Injectable()
export class PostsService {
  constructor(private readonly repository: PostsRepository) {}

  /** The posts published in the range, best first by the sort asked, paged by an opaque cursor. */
  async topPosts(spec: PostsSpec, question: TopPostsQuestion): Promise<PostConnection> {
    assertDateRange(spec.range);
    assertFirst(question.first, MAX_POSTS_PAGE);
    const offset = question.after === null ? 0 : offsetOf(question.after, question.sortBy);
    const { totalCount, posts } = await this.repository.topPosts(spec, {
      sortBy: question.sortBy,
      offset,
      limit: question.first,
    });
    const edges = posts.map((post, index) => ({
      cursor: cursorOf(question.sortBy, offset + index + 1),
      node: postOf(post),
    }));
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage: offset + posts.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** The `first` hashtags of the posts published in the range, the most engaging first. */
  async hashtags(spec: PostsSpec, first: number): Promise<HashtagStats[]> {
    assertDateRange(spec.range);
    assertFirst(first, MAX_HASHTAGS);
    if (first === 0) return [];
    const tags = await this.repository.hashtags(spec, first);
    return tags.map(({ hashtag, posts, sums, medianEngagementsPerPost }) => {
      const summary = summarise('organic', sums);
      return {
        hashtag,
        posts,
        impressions: summary.impressions ?? null,
        engagements: summary.engagements ?? null,
        engagementRate: summary.engagementRate ?? null,
        engagementRateCoverage: summary.engagementRateCoverage ?? null,
        medianEngagementsPerPost,
      };
    });
  }
}

function assertFirst(first: number, max: number): void {
  if (!Number.isSafeInteger(first) || first < 0 || first > max)
    throw new BadRequestException(`first must be between 0 and ${max}`);
}

function postOf({ accountId, accountName, publishedAt, ...post }: PostRecord): Post {
  return {
    ...post,
    id: `${accountId}:${post.postId}`,
    account: { id: accountId, name: accountName },
    // The export's wall clock, kept as written: DateTime needs an instant, so it is read on the UTC clock.
    publishedAt: publishedAt === null ? null : new Date(`${publishedAt}Z`),
  };
}

/** A position in one order of posts: a cursor of another sort would walk a different list. */
const CURSOR = /^posts:([A-Z_]+):(\d+)$/;

function cursorOf(sortBy: PostSort, offset: number): string {
  return Buffer.from(`posts:${sortBy}:${offset}`).toString('base64url');
}

function offsetOf(cursor: string, sortBy: PostSort): number {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  const offset = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(offset))
    throw new BadRequestException(`"${cursor}" is not a cursor topPosts gave`);
  if (match[1] !== sortBy)
    throw new BadRequestException(
      `This cursor pages posts sorted by ${match[1]}, not by ${sortBy}: pass the same sortBy`,
    );
  return offset;
}
