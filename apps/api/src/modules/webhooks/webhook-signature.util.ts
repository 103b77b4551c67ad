import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How far a signature's `t` may be from the server's clock, either way (docs/CONTRACT.md "Webhooks"). */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** `hex HMAC-SHA256(secret, t + "." + raw body)`: the secret is the string shown at creation, used as is. */
export function webhookSignature(secret: string, timestamp: number, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** The `Tandem-Signature` header a sender sends: `t=<unix seconds>,v1=<hex>`. */
export function signatureHeader(secret: string, timestamp: number, body: Buffer | string): string {
  return `t=${timestamp},v1=${webhookSignature(secret, timestamp, body)}`;
}

/** `secret`: the one of `secrets` that verified. */
export type Verdict = { ok: true; secret: string } | { ok: false; reason: string };

/**
 * Checks `Tandem-Signature` against each secret in force. Every `v1` given is compared with every secret in constant
 * time (a sender rotating its secret may sign with both), and a `t` outside the tolerance fails even when signed.
 */
export function verifySignature(
  header: string | undefined,
  body: Buffer,
  secrets: readonly string[],
  nowSeconds: number,
): Verdict {
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, reason: 'Missing or malformed Tandem-Signature header: t=<unix seconds>,v1=<hex>' };
  if (Math.abs(nowSeconds - parsed.timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: 'The signature timestamp is more than 5 minutes away from the server clock' };
  for (const secret of secrets) {
    const expected = Buffer.from(webhookSignature(secret, parsed.timestamp, body), 'hex');
    if (parsed.signatures.some((given) => given.length === expected.length && timingSafeEqual(given, expected)))
      return { ok: true, secret };
  }
  return { ok: false, reason: 'The signature does not match the body' };
}

function parseHeader(header: string | undefined): { timestamp: number; signatures: Buffer[] } | undefined {
  if (!header) return undefined;
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (name === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  return timestamp === undefined || signatures.length === 0 ? undefined : { timestamp, signatures };
}
