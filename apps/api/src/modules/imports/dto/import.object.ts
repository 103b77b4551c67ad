import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
    description: 'Rows written so far (counted while PROCESSING); null until a worker starts reading the file',
  })
  rowsImported!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rows left out whole; null until the import has finished' })
  rowsRejected!: number | null;

  @Field(() => [String], { description: 'What was imported but deserves a look, e.g. a file with no data rows' })
  warnings!: string[];

  @Field(() => GraphQLISODateTime, { description: 'When the file was uploaded (UTC)' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the import completed or failed (UTC); null while QUEUED or PROCESSING',
  })
  finishedAt!: Date | null;
}
