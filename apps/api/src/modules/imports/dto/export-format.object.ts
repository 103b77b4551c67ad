import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ExportFormat } from '@tandem/formats/format.js';

/** GraphQL names (`PAID`) for the registry's grains (`paid`): the enum serialises a format's own `grain`. */
export const FormatGrain = { PAID: 'paid', ORGANIC: 'organic' } as const satisfies Record<
  string,
  ExportFormat['grain']
>;
registerEnumType(FormatGrain, {
  name: 'FormatGrain',
  description: 'Whether a format holds paid (SMM) or organic (SMO) results',
});

@ObjectType('ExportFormat', { description: 'A platform export (or Tandem template) that uploads are read as' })
export class ExportFormatObject {
  @Field(() => String, { description: 'Stable id, accepted as the `format` field of an upload, e.g. "tandem-paid"' })
  id!: string;

  @Field(() => String, { description: 'Its name as a person reads it, e.g. "Google Ads report"' })
  label!: string;

  @Field(() => FormatGrain, { description: 'Whether its rows are paid (SMM) or organic (SMO) results' })
  grain!: ExportFormat['grain'];
}
