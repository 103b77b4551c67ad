import type { ApiKeyRole } from '../../generated/graphql';

/** What each role may do (docs/CONTRACT.md, Authentication), in the words the Settings page uses. */
export const ROLE_LABELS: Readonly<Record<ApiKeyRole, string>> = {
  VIEWER: 'Viewer: dashboards',
  ANALYST: 'Analyst: + imports, organic costs',
  UPLOADER: 'Uploader: + uploads',
  OWNER: 'Owner: + keys, workspaces',
};
