import { describe, expect, it } from 'vitest';
import { apiKeyPrefix, generateApiKey, hashApiKey, hashesMatch } from './api-key.util.js';

describe('API keys', () => {
  it('shows tdm_ and 8 characters of a generated key, and only 6 of a key chosen by hand', () => {
    const key = generateApiKey();
    expect(apiKeyPrefix(key)).toBe(key.slice(0, 12));
    expect(apiKeyPrefix('my-bootstrap-key-0001')).toBe('my-boo');
    expect(apiKeyPrefix('tdm_short-but-not-generated')).toBe('tdm_sh');
  });

  it('matches a digest only against the same digest', () => {
    const digest = hashApiKey('a-key-of-sixteen-chars');
    expect(hashesMatch(digest, hashApiKey('a-key-of-sixteen-chars'))).toBe(true);
    expect(hashesMatch(digest, hashApiKey('a-key-of-sixteen-charz'))).toBe(false);
    expect(hashesMatch(digest, digest.slice(0, 62))).toBe(false);
  });
});
