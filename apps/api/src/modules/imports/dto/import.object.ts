import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportStatus } from '../import.entity.js';

registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType('ImportError', { description: 'A rejected value or row, located in the file' })
export class ImportErrorObject {
  @Field(() => Int, { nullable: true, description: '1-based line of the file, counting its own preamble lines' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The column header as written in the file' })
  column!: string | null;

  @Field(() => String)
  message!: string;

  @Field(() => Boolean, {
    description: "True when only this cell's value was left out and the row's other figures were imported",
  })
  rowImported!: boolean;
}

@ObjectType('Import', { description: 'One uploaded export and what became of it' })
export class ImportObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'Detected format id, e.g. "tandem-paid"' })
  format!: string | null;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field(() => Int, { nullable: true })
  rowsTotal!: number | null;

  @Field(() => Int, { nullable: true })
  rowsImported!: number | null;

  @Field(() => Int, { nullable: true })
  rowsRejected!: number | null;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;
}
