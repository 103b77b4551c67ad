import { BadRequestException } from '@nestjs/common';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
/** numeric(20, 6): at most 14 digits before the point, 6 after. */
const AMOUNT = /^\d{1,14}(?:\.\d{1,6})?$/;

const MAX_NAME_LENGTH = 100;

/** A workspace's or key's name: trimmed, 1 to 100 characters; BadRequestException (→ BAD_USER_INPUT) otherwise. */
export function displayName(text: string, field: string): string {
  const name = text.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH)
    throw new BadRequestException(`${field} must have 1 to ${MAX_NAME_LENGTH} characters, got ${name.length}`);
  return name;
}

/** An ISO 4217 code in any case (`eur` → `EUR`); BadRequestException (→ BAD_USER_INPUT) otherwise. */
export function currencyCode(text: string): string {
  const code = text.trim().toUpperCase();
  if (!CURRENCIES.has(code))
    throw new BadRequestException(`currency must be an ISO 4217 code such as USD or EUR, got "${text}"`);
  return code;
}

/** An IANA time zone in its canonical spelling (`europe/paris` → `Europe/Paris`); BadRequestException otherwise. */
export function timeZoneName(text: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: text.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new BadRequestException(`timeZone must be an IANA time zone such as UTC or Europe/Paris, got "${text}"`);
  }
}

/** An amount of money ≥ 0 with at most 6 decimals, as the exact decimal text stored; BadRequestException otherwise. */
export function amountText(amount: number, field = 'amount'): string {
  if (amount < 0) throw new BadRequestException(`${field} must be 0 or more, got ${amount}`);
  const text = String(amount);
  if (!AMOUNT.test(text))
    throw new BadRequestException(
      `${field} must have at most 14 digits before the decimal point and 6 after, got ${text}`,
    );
  return text;
}
