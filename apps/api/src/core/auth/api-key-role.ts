/** What a key may do, each role including the ones before it (docs/CONTRACT.md, Authentication). */
export const API_KEY_ROLES = ['viewer', 'analyst', 'uploader', 'owner'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export function roleAllows(granted: ApiKeyRole, required: ApiKeyRole): boolean {
  return API_KEY_ROLES.indexOf(granted) >= API_KEY_ROLES.indexOf(required);
}
