import { PLATFORMS, type ImportHints } from '@tandem/formats/canonical.js';
import { z } from 'zod';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

const optionalDay = z.preprocess(
  blankAsMissing,
  z.iso.date({ message: 'must be a day written YYYY-MM-DD' }).optional(),
);

/** The optional multipart fields of `POST /api/imports` (docs/CONTRACT.md, Imports). */
export const uploadHintsSchema = z
  .object({
    format: z.preprocess(blankAsMissing, z.string().max(64).optional()),
    account: z.preprocess(blankAsMissing, z.string().max(200).optional()),
    currency: z.preprocess(
      blankAsMissing,
      z
        .string()
        .transform((value) => value.toUpperCase())
        .refine((value) => CURRENCIES.has(value), { message: 'must be an ISO 4217 currency code such as USD' })
        .optional(),
    ),
    platform: z.preprocess(blankAsMissing, z.enum(PLATFORMS).optional()),
    exportedOn: optionalDay,
    periodStart: optionalDay,
    periodEnd: optionalDay,
  })
  .refine((hints) => (hints.periodStart === undefined) === (hints.periodEnd === undefined), {
    message: 'give both periodStart and periodEnd, or neither',
    path: ['periodEnd'],
  })
  .refine((hints) => !hints.periodStart || !hints.periodEnd || hints.periodStart <= hints.periodEnd, {
    message: 'must not be before periodStart',
    path: ['periodEnd'],
  });

export function parseUploadHints(body: unknown): { hints: ImportHints } | { error: string } {
  const parsed = uploadHintsSchema.safeParse(body ?? {});
  if (parsed.success) {
    const hints = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
    return { hints: hints as ImportHints };
  }
  return { error: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') };
}
