import { describe, expect, it } from 'vitest';
import * as facebookPageInsights from './facebook-page-insights.mjs';
import * as facebookPosts from './facebook-posts.mjs';
import * as googleAds from './google-ads.mjs';
import * as instagramPosts from './instagram-posts.mjs';
import * as linkedinAds from './linkedin-ads.mjs';
import * as linkedinPage from './linkedin-page.mjs';
import * as metaAdsManager from './meta-ads-manager.mjs';
import * as metaBusinessSuiteSeries from './meta-business-suite-series.mjs';
import * as pinterestAds from './pinterest-ads.mjs';
import * as snapchatAds from './snapchat-ads.mjs';
import * as tiktokAds from './tiktok-ads.mjs';
import * as tiktokStudio from './tiktok-studio.mjs';
import * as xAds from './x-ads.mjs';
import * as xPostActivity from './x-post-activity.mjs';
import * as youtubeStudio from './youtube-studio.mjs';

const GENERATORS = {
  facebookPageInsights,
  facebookPosts,
  googleAds,
  instagramPosts,
  linkedinAds,
  linkedinPage,
  metaAdsManager,
  metaBusinessSuiteSeries,
  pinterestAds,
  snapchatAds,
  tiktokAds,
  tiktokStudio,
  xAds,
  xPostActivity,
  youtubeStudio,
};

describe.each(Object.entries(GENERATORS))('the %s sample', (_name, generator) => {
  it('is byte-identical on every run', () => {
    expect(generator.sampleFiles()).toEqual(generator.sampleFiles());
  });
});
