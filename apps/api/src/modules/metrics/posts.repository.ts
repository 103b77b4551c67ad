import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Platform } from '@tandem/formats/canonical.js';
import type { SideSums } from '@tandem/metrics/summary.js';
import type { DataSource } from 'typeorm';
import {
  compileHashtagsQuery,
  compilePostCountQuery,
  compileTopPostsQuery,
  type PostPage,
  type PostsSpec,
} from './planner/posts.query.js';
import type { CompiledQuery } from './planner/query-spec.js';

/** One post snapshot as read, its rates computed from its own figures. */
export interface PostRecord {
  platform: Platform;
  accountId: string;
  accountName: string;
  postId: string;
  permalink: string | null;
  text: string | null;
  type: string | null;
  /** The platform's wall-clock time, `YYYY-MM-DDTHH:MM:SS`, or null when the export gave only a day. */
  publishedAt: string | null;
  publishedOn: string;
  asOf: string;
  hashtags: string[];
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  engagementRate: number | null;
  engagementRateByReach: number | null;
}

/** One hashtag's posts and, by catalogue key, its organic sums (as `summarise` reads them). */
export interface HashtagRecord {
  hashtag: string;
  posts: number;
  sums: SideSums;
  medianEngagementsPerPost: number | null;
}

/** The reader of post snapshots (organic_post): it runs what planner/posts.query.ts compiles. */
@Injectable()
export class PostsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async topPosts(spec: PostsSpec, page: PostPage): Promise<{ totalCount: number; posts: PostRecord[] }> {
    // A page past the last post still says how many there are: the count is its own statement.
    const [[count], rows] = await Promise.all([
      this.run(compilePostCountQuery(spec)),
      page.limit > 0 ? this.run(compileTopPostsQuery(spec, page)) : Promise.resolve([]),
    ]);
    return { totalCount: Number(count?.totalCount ?? 0), posts: rows.map(postOf) };
  }

  async hashtags(spec: PostsSpec, limit: number): Promise<HashtagRecord[]> {
    const rows = await this.run(compileHashtagsQuery(spec, limit));
    return rows.map(({ hashtag, posts, medianEngagementsPerPost, ...sums }) => ({
      hashtag: String(hashtag),
      posts: Number(posts),
      sums: Object.fromEntries(Object.entries(sums).map(([key, value]) => [key, nullableNumber(value)])),
      medianEngagementsPerPost: nullableNumber(medianEngagementsPerPost),
    }));
  }

  private run(query: CompiledQuery): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(query.sql, query.params);
  }
}

function postOf(row: Record<string, unknown>): PostRecord {
  return {
    platform: row.platform as Platform,
    accountId: String(row.accountId),
    accountName: String(row.accountName),
    postId: String(row.postId),
    permalink: nullableText(row.permalink),
    text: nullableText(row.text),
    type: nullableText(row.type),
    publishedAt: nullableText(row.publishedAt),
    publishedOn: String(row.publishedOn),
    asOf: String(row.asOf),
    hashtags: textArray(row.hashtags),
    impressions: nullableNumber(row.impressions),
    reach: nullableNumber(row.reach),
    engagements: nullableNumber(row.engagements),
    engagementRate: nullableNumber(row.engagementRate),
    engagementRateByReach: nullableNumber(row.engagementRateByReach),
  };
}

function nullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function nullableText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A `text[]`, which pg and PGlite both parse into an array. */
function textArray(value: unknown): string[] {
  if (!Array.isArray(value)) throw new Error(`Expected hashtags as an array, got ${typeof value}`);
  return value.map(String);
}
