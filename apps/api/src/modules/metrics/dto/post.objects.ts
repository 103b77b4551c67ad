import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Platform } from '@tandem/formats/canonical.js';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { POST_SORTS, type PostSort } from '../planner/posts.query.js';
import { PageInfo } from './breakdown.objects.js';
import { PlatformEnum } from './metrics.objects.js';

const SORT_DESCRIPTIONS: Record<PostSort, string> = {
  ENGAGEMENTS: 'Most engagements first',
  IMPRESSIONS: 'Most impressions first',
  REACH: 'Most people reached first',
  ENGAGEMENT_RATE: 'Highest engagements ÷ impressions first',
  PUBLISHED_AT: 'Newest first',
};

export const PostSortEnum = Object.fromEntries(POST_SORTS.map((sort) => [sort, sort])) as {
  [Name in PostSort]: Name;
};
registerEnumType(PostSortEnum, {
  name: 'PostSort',
  description:
    'How topPosts orders posts: posts that do not report the measure come last; ties go to the newest post, then by id',
  valuesMap: Object.fromEntries(POST_SORTS.map((sort) => [sort, { description: SORT_DESCRIPTIONS[sort] }])),
});

@ObjectType('PostAccount', { description: 'The page, profile or channel that published a post' })
export class PostAccount {
  @Field(() => ID, {
    description: 'The account’s id in Tandem (DimensionValue.id of ACCOUNT, BreakdownFilter.accounts)',
  })
  id!: string;

  @Field(() => String, { description: 'Its name as the exports give it, else the platform’s account id' })
  name!: string;
}

@ObjectType('Post', {
  description:
    'One organic post with its lifetime figures as of its latest export (`asOf`): a snapshot, restated by a newer export, never added to one',
})
export class Post {
  @Field(() => ID, { description: 'Stable in the workspace: the account’s id and the platform’s post id' })
  id!: string;

  @Field(() => String, { description: 'The platform’s own id of the post' })
  postId!: string;

  @Field(() => PlatformEnum, { description: 'The platform the post was published on' })
  platform!: Platform;

  @Field(() => PostAccount, { description: 'The page, profile or channel that published it' })
  account!: PostAccount;

  @Field(() => String, {
    nullable: true,
    description: 'The post’s address on the platform; null when the export does not give it',
  })
  permalink!: string | null;

  @Field(() => String, { nullable: true, description: 'The caption or text' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'The platform’s word for the kind of post (IG reel, Photos…)' })
  type!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Publish time as the platform’s export writes it, on its clock (its zone is not always stated), written as UTC; null when the export gives only a day',
  })
  publishedAt!: Date | null;

  @Field(() => DateScalar, { description: 'The publish day: the day the post counts in a range' })
  publishedOn!: string;

  @Field(() => DateScalar, { description: 'The day the lifetime figures were read (the export’s day)' })
  asOf!: string;

  @Field(() => Float, { nullable: true, description: 'Null when the export does not report it' })
  impressions!: number | null;

  @Field(() => Float, { nullable: true, description: 'People reached: a post’s own figure, never summed' })
  reach!: number | null;

  @Field(() => Float, { nullable: true, description: 'Likes + comments + shares (+ saves where given)' })
  engagements!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'engagements ÷ impressions; null when either is not reported or impressions are 0',
  })
  engagementRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'engagements ÷ reach; null when either is not reported or reach is 0',
  })
  engagementRateByReach!: number | null;

  @Field(() => [String], { description: 'Lower-case, without #, in order of first appearance' })
  hashtags!: string[];
}

@ObjectType('PostEdge', { description: 'One post of a topPosts page, with its position' })
export class PostEdge {
  @Field(() => String, { description: 'Opaque position: pass it as `after` for the posts that follow this one' })
  cursor!: string;

  @Field(() => Post, { description: 'The post' })
  node!: Post;
}

@ObjectType('PostConnection', { description: 'One page of posts, in the order of `sortBy`' })
export class PostConnection {
  @Field(() => Int, { description: 'Posts published in the range' })
  totalCount!: number;

  @Field(() => [PostEdge], { description: 'The posts of this page' })
  edges!: PostEdge[];

  @Field(() => PageInfo, { description: 'Whether more posts follow, and the cursor to ask for them' })
  pageInfo!: PageInfo;
}

@ObjectType('HashtagStats', {
  description: 'One hashtag over the posts published in the range that carry it (each post once)',
})
export class HashtagStats {
  @Field(() => String, { description: 'Lower-case, without #' })
  hashtag!: string;

  @Field(() => Int, { description: 'Posts published in the range that carry the hashtag' })
  posts!: number;

  @Field(() => Float, { nullable: true, description: 'Summed over the posts; null when none reports impressions' })
  impressions!: number | null;

  @Field(() => Float, { nullable: true, description: 'Summed over the posts; null when none reports engagements' })
  engagements!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'engagements ÷ impressions over the posts that report both; null when none does or impressions are 0',
  })
  engagementRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of impressions (0..1) held by the posts that report both engagements and impressions: what engagementRate is computed over',
  })
  engagementRateCoverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The median of engagements per post, over the posts that report them',
  })
  medianEngagementsPerPost!: number | null;
}
