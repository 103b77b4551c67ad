import { createHash, randomBytes } from 'node:crypto';

/**
 * Keys are 256 random bits, so a plain SHA-256 at rest is enough (a slow password hash protects guessable
 * secrets, and would cost every request a few milliseconds).
 */
export function generateApiKey(): string {
  return `tdm_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}
