/**
 * The export formats the API reads, for the upload's "Format" select (empty value: let the API detect it).
 * Kept by hand until the API offers a `formats` query; that query should replace this list.
 */
export const IMPORT_FORMATS: ReadonlyArray<{ value: string; label: string }> = [
  { value: '', label: 'Auto-detect' },
  { value: 'tandem-paid', label: 'Tandem paid template' },
  { value: 'tandem-organic', label: 'Tandem organic template' },
  { value: 'meta-ads-manager', label: 'Meta Ads Manager export' },
  { value: 'google-ads', label: 'Google Ads report' },
  { value: 'linkedin-ads', label: 'LinkedIn Campaign Manager report' },
  { value: 'tiktok-ads', label: 'TikTok Ads Manager export' },
  { value: 'x-ads', label: 'X Ads campaign export' },
  { value: 'pinterest-ads', label: 'Pinterest Ads report' },
  { value: 'snapchat-ads', label: 'Snapchat Ads report' },
  { value: 'meta-business-suite-series', label: 'Meta Business Suite daily series' },
  { value: 'facebook-page-insights', label: 'Facebook Page Insights (legacy page export)' },
  { value: 'facebook-post-insights', label: 'Facebook Page Insights (legacy post export)' },
  { value: 'facebook-posts', label: 'Meta Business Suite Facebook posts' },
  { value: 'instagram-posts', label: 'Meta Business Suite Instagram posts' },
  { value: 'linkedin-page-content', label: 'LinkedIn Page content analytics' },
  { value: 'linkedin-page-followers', label: 'LinkedIn Page follower analytics' },
  { value: 'linkedin-page-visitors', label: 'LinkedIn Page visitor analytics' },
  { value: 'x-post-activity', label: 'X post activity' },
  { value: 'youtube-studio', label: 'YouTube Studio analytics' },
  { value: 'tiktok-studio-overview', label: 'TikTok Studio overview' },
  { value: 'tiktok-studio-followers', label: 'TikTok Studio follower history' },
  { value: 'tiktok-studio-content', label: 'TikTok Studio content' },
];
