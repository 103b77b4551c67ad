import { fromScaled, toScaled } from './decimal.js';
import { safeRatio } from './ratio.js';

/**
 * The pure arithmetic of the organic-vs-paid comparisons (the api's `organicVsPaid`, `growth` and `costComparison`):
 * paid shares, running totals from a range's start, and an organic monthly cost prorated over a range. Values are
 * null when not reported, never 0; money travels as decimal strings and is summed exactly (decimal.ts).
 */

/**
 * The paid side's share of a measure both sides report: paid ÷ (organic + paid), 0..1. Null when either side does
 * not report it (a share of an unknown whole is unknown), when the two sum to 0, or when either is negative (a net
 * count gone below zero has no share). Never used for reach: people reached organically and by ads overlap, so
 * the two reaches cannot be added into a whole.
 */
export function paidShare(organic: number | null, paid: number | null): number | null {
  if (organic === null || paid === null || organic < 0 || paid < 0) return null;
  return safeRatio(paid, organic + paid);
}

/** A reported value as an exact six-place decimal (values come from `numeric(20, 6)` sums, so six places hold them). */
function scaledOf(value: number): bigint {
  if (!Number.isFinite(value)) throw new Error(`${value} is not a finite number`);
  return toScaled(value.toFixed(6));
}

/**
 * Running totals from the first period: each entry is the sum of the values up to and including it, summed as
 * exact decimals (0.1 + 0.2 is 0.3). Null stays null until a value is reported; after that a period that reports
 * nothing adds nothing, so the total carries over.
 */
export function cumulate(values: readonly (number | null)[]): (number | null)[] {
  let total: bigint | null = null;
  return values.map((value) => {
    if (value !== null) total = (total ?? 0n) + scaledOf(value);
    return total === null ? null : Number(fromScaled(total));
  });
}

/** The sum of the values reported, exactly; null when none is. */
export function sumReported(values: readonly (number | null)[]): number | null {
  return cumulate(values).at(-1) ?? null;
}

export interface DayRange {
  /** First day, `YYYY-MM-DD`, included. */
  from: string;
  /** Last day, `YYYY-MM-DD`, included. */
  to: string;
}

/** A month's organic cost as a workspace entered it: `YYYY-MM` and an exact decimal amount. */
export interface MonthlyCost {
  month: string;
  amount: string;
}

/** One calendar month touching a range, and what of its cost the range carries. */
export interface ProratedMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Days of the month inside the range. */
  daysInRange: number;
  daysInMonth: number;
  /** The amount entered for the whole month, else the default; null when there is neither. */
  amount: string | null;
  /** amount × daysInRange ÷ daysInMonth, rounded half away from zero to six places; null when none was entered. */
  cost: string | null;
}

export interface ProratedCost {
  months: ProratedMonth[];
  /** The sum of the months' prorated costs; null when no month of the range has an entered cost. */
  cost: string | null;
  /** Months touching the range without an entered cost (`YYYY-MM`), in order. */
  missingMonths: string[];
  /** Days of the range whose month has an entered cost, and all the range's days. */
  costedDays: number;
  days: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

/** `YYYY-MM` of a real month (years 0001–9999), or null. */
export function parseMonth(text: string): { year: number; month: number } | null {
  const match = MONTH.exec(text);
  if (!match || Number(match[1]) < 1) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

function utcDay(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS) + 1;
}

/** The calendar months touching the range, each with its first and last day inside the range. */
export function monthsOf(range: DayRange): { month: string; from: string; to: string; daysInMonth: number }[] {
  const months = [];
  let first = `${range.from.slice(0, 7)}-01`;
  while (first <= range.to) {
    const next = new Date(utcDay(first));
    next.setUTCMonth(next.getUTCMonth() + 1);
    const last = isoDay(next.getTime() - DAY_MS);
    months.push({
      month: first.slice(0, 7),
      from: first < range.from ? range.from : first,
      to: last > range.to ? range.to : last,
      daysInMonth: daysBetween(first, last),
    });
    first = isoDay(next.getTime());
  }
  return months;
}

/** a × b ÷ c over six-place integers, rounded half away from zero. */
function mulDiv(scaled: bigint, times: number, by: number): bigint {
  const product = scaled * BigInt(times);
  const divisor = BigInt(by);
  const quotient = product / divisor;
  const remainder = product % divisor;
  const magnitude = remainder < 0n ? -remainder : remainder;
  if (2n * magnitude < divisor) return quotient;
  return product < 0n ? quotient - 1n : quotient + 1n;
}

/**
 * The organic cost a range carries: each month's entered cost prorated by the days of the month inside the range
 * (10 of March's 31 days carry 10/31 of March's cost; a whole month carries exactly its amount). A month without an
 * entered cost takes `defaultAmount` (the workspace's organic monthly cost); without either it is not reported (listed
 * in `missingMonths`), never counted as 0; an entered 0 is a cost of 0.
 */
export function prorateMonthlyCosts(
  range: DayRange,
  costs: readonly MonthlyCost[],
  defaultAmount: string | null = null,
): ProratedCost {
  const entered = new Map(costs.map((cost) => [cost.month, cost.amount]));
  let total: bigint | null = null;
  let costedDays = 0;
  const months = monthsOf(range).map(({ month, from, to, daysInMonth }): ProratedMonth => {
    const daysInRange = daysBetween(from, to);
    const amount = entered.get(month) ?? defaultAmount;
    if (amount === null) return { month, daysInRange, daysInMonth, amount, cost: null };
    const cost = mulDiv(toScaled(amount), daysInRange, daysInMonth);
    total = (total ?? 0n) + cost;
    costedDays += daysInRange;
    return { month, daysInRange, daysInMonth, amount: fromScaled(toScaled(amount)), cost: fromScaled(cost) };
  });
  return {
    months,
    cost: total === null ? null : fromScaled(total),
    missingMonths: months.filter((month) => month.amount === null).map((month) => month.month),
    costedDays,
    days: daysBetween(range.from, range.to),
  };
}

/** What the organic effort costs per result, over the months that have an entered cost. */
export interface OrganicCostRatios {
  /** Share of the range's days whose month has an entered cost (0..1); 1 when every month has one. */
  costCoverage: number;
  /** cost ÷ organic engagements of the months with a cost; null when none is reported or they sum to 0. */
  costPerEngagement: number | null;
  /** cost ÷ net new followers of the months with a cost; null when not reported, or when no follower was gained (≤ 0). */
  costPerFollowerGained: number | null;
}

/**
 * Cost per organic result. Both bases are taken over the months that have an entered cost only (the months without
 * one would lower the ratio with results nobody priced), as a ratio is computed over the facts reporting both bases.
 * `byMonth` holds each month's organic engagements and follower growth inside the range, keyed `YYYY-MM`.
 */
export function organicCostRatios(
  prorated: ProratedCost,
  byMonth: ReadonlyMap<string, { engagements: number | null; followerGrowth: number | null }>,
): OrganicCostRatios {
  const costed = prorated.months.filter((month) => month.cost !== null).map((month) => byMonth.get(month.month));
  const cost = prorated.cost === null ? null : Number(prorated.cost);
  const engagements = sumReported(costed.map((month) => month?.engagements ?? null));
  const followersGained = sumReported(costed.map((month) => month?.followerGrowth ?? null));
  return {
    costCoverage: prorated.costedDays / prorated.days,
    costPerEngagement: safeRatio(cost, engagements),
    costPerFollowerGained: followersGained !== null && followersGained > 0 ? safeRatio(cost, followersGained) : null,
  };
}
