import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportStatus } from '../import.entity.js';

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'Where an import stands, from upload to its last row',
  valuesMap: {
    QUEUED: { description: 'Uploaded and stored, waiting for a worker' },
    PROCESSING: { description: 'A worker is reading the file; rowsImported grows as rows are written' },
    COMPLETED: { description: 'Every row imported' },
    COMPLETED_WITH_ERRORS: { description: 'Imported, but some rows or values were rejected: see errors' },
    FAILED: {
      description: 'Nothing imported: no format reads the file, every row was rejected, or it could not be read',
    },
  },
});

@ObjectType('ImportError', { description: 'A rejected value or row, located in the file' })
export class ImportErrorObject {
  @Field(() => Int, { nullable: true, description: '1-based line of the file, counting its own preamble lines' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The column header as written in the file' })
  column!: string | null;

  @Field(() => String, { description: 'What is wrong with the row or value' })
  message!: string;

  @Field(() => Boolean, {
    description: "True when only this cell's value was left out and the row's other figures were imported",
  })
  rowImported!: boolean;
}

@ObjectType('ImportChanges', {
  description:
    'What an import changed in the stored facts, compared with what they held just before it: keys by outcome, and each measure’s change (the import’s facts after it minus the same keys’ facts before; a value the file leaves empty keeps the stored one and changes nothing)',
})
export class ImportChangesObject {
  @Field(() => Int, {
    description: 'Facts (keys: a day of a campaign, ad set, ad or account; a period; a post) that did not exist before',
  })
  rowsInserted!: number;

  @Field(() => Int, { description: 'Facts that existed and now hold at least one different value' })
  rowsRestated!: number;

  @Field(() => Int, {
    description: 'Facts the file repeated exactly as stored (a re-upload of the same file: all of them)',
  })
  rowsUnchanged!: number;

  @Field(() => Int, {
    description: 'Days with at least one fact inserted or restated (a period counts each of its days)',
  })
  daysTouched!: number;

  @Field(() => Float, { description: 'Change of spend, in the facts’ currency as stored' })
  spend!: number;

  @Field(() => Float, { description: 'Change of conversions' })
  conversions!: number;

  @Field(() => Float, { description: 'Change of revenue, in the facts’ currency as stored' })
  revenue!: number;

  @Field(() => Float, { description: 'Change of impressions, paid and organic facts together' })
  impressions!: number;

  @Field(() => Float, { description: 'Change of engagements, paid and organic facts together' })
  engagements!: number;
}

@ObjectType('Import', { description: 'One uploaded export and what became of it' })
export class ImportObject {
  @Field(() => ID, { description: 'Stable id of the import' })
  id!: string;

  @Field(() => String, { description: 'The uploaded file’s name' })
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'Detected format id, e.g. "tandem-paid"' })
  format!: string | null;

  @Field(() => ImportStatus, { description: 'Where the import stands' })
  status!: ImportStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Data rows of the file (imported + rejected); null until the import has finished',
  })
  rowsTotal!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Rows read and kept so far (counted while PROCESSING: they join the figures all at once when the import completes); null until a worker starts reading the file',
  })
  rowsImported!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rows left out whole; null until the import has finished' })
  rowsRejected!: number | null;

  @Field(() => [String], { description: 'What was imported but deserves a look, e.g. a file with no data rows' })
  warnings!: string[];

  @Field(() => ImportChangesObject, {
    nullable: true,
    description:
      'What the import changed in the facts; null until it has finished, and for a FAILED import (which changes nothing)',
  })
  changes!: ImportChangesObject | null;

  @Field(() => GraphQLISODateTime, { description: 'When the file was uploaded (UTC)' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the import completed or failed (UTC); null while QUEUED or PROCESSING',
  })
  finishedAt!: Date | null;
}
