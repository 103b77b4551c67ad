import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Platform } from '@tandem/formats/canonical.js';
import { Auth, type AuthContext } from '../../core/auth/auth.decorators.js';
import { DateRangeInput, PlatformEnum } from './dto/metrics.objects.js';
import { HashtagStats, PostConnection, PostSortEnum } from './dto/post.objects.js';
import type { PostSort } from './planner/posts.query.js';
import { DEFAULT_HASHTAGS, DEFAULT_POSTS_PAGE, MAX_HASHTAGS, MAX_POSTS_PAGE, PostsService } from './posts.service.js';

@Resolver()
export class PostsResolver {
  constructor(private readonly service: PostsService) {}

  @Query(() => PostConnection, {
    description: `Posts published in the range with their lifetime figures, best first (${DEFAULT_POSTS_PAGE} a page, at most ${MAX_POSTS_PAGE}); no platforms means all`,
  })
  topPosts(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
    @Args('sortBy', { type: () => PostSortEnum, defaultValue: PostSortEnum.ENGAGEMENTS }) sortBy: PostSort,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_POSTS_PAGE }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<PostConnection> {
    return this.service.topPosts(
      { workspaceId: auth.workspaceId, range, platforms: platforms ?? null },
      { sortBy, first, after: after ?? null },
    );
  }

  @Query(() => [HashtagStats], {
    description: `Hashtags of the posts published in the range, the most engaging first (${DEFAULT_HASHTAGS} by default, at most ${MAX_HASHTAGS})`,
  })
  hashtags(
    @Auth() auth: AuthContext,
    @Args('range', { type: () => DateRangeInput }) range: DateRangeInput,
    @Args('platforms', { type: () => [PlatformEnum], nullable: true }) platforms: Platform[] | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_HASHTAGS }) first: number,
  ): Promise<HashtagStats[]> {
    return this.service.hashtags({ workspaceId: auth.workspaceId, range, platforms: platforms ?? null }, first);
  }
}
