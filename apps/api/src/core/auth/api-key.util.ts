import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const GENERATED = /^tdm_[A-Za-z0-9_-]{43}$/;

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

/**
 * The part of a key shown to owners (key lists, audit log) and used to find its row: `tdm_` and 8 of a generated
 * key's 43 random characters (48 of its 256 bits); of a key chosen by hand (BOOTSTRAP_API_KEY, ≥ 16 characters),
 * only the first 6 characters, so that most of it stays secret.
 */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, GENERATED.test(key) ? 12 : 6);
}

/** Whether two SHA-256 hex digests are equal, compared in constant time. */
export function hashesMatch(stored: string, presented: string): boolean {
  const [a, b] = [Buffer.from(stored, 'hex'), Buffer.from(presented, 'hex')];
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}
