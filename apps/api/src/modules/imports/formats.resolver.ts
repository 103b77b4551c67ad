import { Query, Resolver } from '@nestjs/graphql';
import { EXPORT_FORMATS } from '@tandem/formats/registry.js';
import { ExportFormatObject } from './dto/export-format.object.js';

/** The formats an upload may name; like the dashboards, any key (`viewer` and up) may list them. */
@Resolver(() => ExportFormatObject)
export class FormatsResolver {
  @Query(() => [ExportFormatObject], {
    description: 'The supported export formats, in detection order (on equal confidence the earlier one wins)',
  })
  formats(): ExportFormatObject[] {
    return EXPORT_FORMATS.map(({ id, label, grain }) => ({ id, label, grain }));
  }
}
