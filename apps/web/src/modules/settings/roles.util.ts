import type { ApiKeyRole } from '../../generated/graphql';

/** What each role may do (docs/CONTRACT.md, Authentication), in the words the Settings page uses. */
export const ROLE_LABELS: Readonly<Record<ApiKeyRole, string>> = {
  VIEWER: 'Viewer — reads the dashboards',
  ANALYST: 'Analyst — reads everything, enters organic costs',
  UPLOADER: 'Uploader — also uploads exports',
  OWNER: 'Owner — everything, keys and workspaces included',
};
