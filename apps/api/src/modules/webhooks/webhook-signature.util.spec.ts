import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature, webhookSignature } from './webhook-signature.util.js';

const secret = 'whsec_test-secret';
const now = 1_741_000_000;
const body = Buffer.from('{"grain":"paid_daily","rows":[]}');

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of t + "." + the raw body, as openssl computes it', () => {
    const expected = createHmac('sha256', secret).update(`${now}.${body.toString()}`).digest('hex');
    expect(webhookSignature(secret, now, body)).toBe(expected);
  });

  it('verifies a signature made with any secret in force, and with several v1 values, naming the secret', () => {
    const signed = signatureHeader(secret, now, body);
    expect(verifySignature(signed, body, ['whsec_new', secret], now)).toEqual({ ok: true, secret });
    const both = `t=${now},v1=${webhookSignature('whsec_other', now, body)},v1=${webhookSignature(secret, now, body)}`;
    expect(verifySignature(both, body, [secret], now)).toEqual({ ok: true, secret });
  });

  it('refuses a timestamp more than 5 minutes away, either way', () => {
    for (const skew of [301, -301])
      expect(verifySignature(signatureHeader(secret, now + skew, body), body, [secret], now)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/5 minutes/),
      });
    expect(verifySignature(signatureHeader(secret, now - 300, body), body, [secret], now).ok).toBe(true);
  });

  it('refuses a missing or malformed header', () => {
    for (const header of [undefined, '', 'v1=abc', `t=${now}`, `t=soon,v1=${'0'.repeat(64)}`])
      expect(verifySignature(header, body, [secret], now)).toMatchObject({ ok: false, reason: /malformed/ });
  });

  it('refuses any change to the body or the timestamp', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat({ max: 299 }), (bytes, seconds) => {
        const header = signatureHeader(secret, now, body);
        const changed = Buffer.concat([body, Buffer.from(bytes)]);
        expect(verifySignature(header, changed, [secret], now).ok).toBe(false);
        const moved = header.replace(`t=${now}`, `t=${now - seconds - 1}`);
        expect(verifySignature(moved, body, [secret], now).ok).toBe(false);
      }),
    );
  });
});
