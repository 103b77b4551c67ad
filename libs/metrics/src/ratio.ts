/** a / b, or null when the divisor is zero or either side is unknown (never Infinity, never 0). */
export function safeRatio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}
