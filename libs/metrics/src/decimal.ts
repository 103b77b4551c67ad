/**
 * Exact sums of the decimal strings that money and fractional counts travel in (never floats). Six decimal
 * places, as stored in Postgres `numeric(20, 6)`.
 */
const SCALE = 6;
const UNIT = 10n ** BigInt(SCALE);
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Beyond six places a value is rounded half away from zero, as `numeric(20, 6)` stores it. */
export function toScaled(value: string): bigint {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new Error(`"${value}" is not a decimal number`);
  const [, sign, whole = '0', fraction = ''] = match;
  const roundUp = fraction.length > SCALE && Number(fraction[SCALE]) >= 5 ? 1n : 0n;
  const scaled = BigInt(whole) * UNIT + BigInt(fraction.slice(0, SCALE).padEnd(SCALE, '0')) + roundUp;
  return sign ? -scaled : scaled;
}

export function fromScaled(scaled: bigint): string {
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const whole = magnitude / UNIT;
  const fraction = (magnitude % UNIT).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

export function addDecimals(a: string, b: string): string {
  return fromScaled(toScaled(a) + toScaled(b));
}
