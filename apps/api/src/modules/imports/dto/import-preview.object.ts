import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { PlatformEnum } from '../../metrics/dto/metrics.objects.js';
import { ImportErrorObject } from './import.object.js';

@ObjectType('PreviewAccount')
export class PreviewAccountObject {
  @Field(() => PlatformEnum)
  platform!: string;

  @Field(() => String)
  accountId!: string;

  @Field(() => String, { nullable: true })
  accountName!: string | null;
}

@ObjectType('PreviewRowCount', {
  description: 'How many rows of one kind (paid, paid-period, paid-audience, organic, post)',
})
export class PreviewRowCountObject {
  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PreviewPaidTotals', { description: 'Paid totals of one currency, as exact decimal strings' })
export class PreviewPaidTotalsObject {
  @Field(() => String, { nullable: true, description: 'Null when the file does not say (decided at import)' })
  currency!: string | null;

  @Field(() => String)
  spend!: string;

  @Field(() => String)
  revenue!: string;

  @Field(() => String)
  conversions!: string;

  @Field(() => Int)
  impressions!: number;

  @Field(() => Int)
  clicks!: number;
}

@ObjectType('PreviewOrganicTotals')
export class PreviewOrganicTotalsObject {
  @Field(() => Int)
  impressions!: number;

  @Field(() => Int)
  engagements!: number;

  @Field(() => Int)
  newFollowers!: number;
}

@ObjectType('ImportPreview', { description: 'A dry run of an upload: what importing it would write' })
export class ImportPreviewObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'Detected format id; null when no format reads the file' })
  format!: string | null;

  @Field(() => String, { nullable: true })
  formatLabel!: string | null;

  @Field(() => DateScalar, { nullable: true })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true })
  to!: string | null;

  @Field(() => [PreviewAccountObject])
  accounts!: PreviewAccountObject[];

  @Field(() => [PreviewRowCountObject])
  rows!: PreviewRowCountObject[];

  @Field(() => [PreviewPaidTotalsObject])
  paid!: PreviewPaidTotalsObject[];

  @Field(() => PreviewOrganicTotalsObject)
  organic!: PreviewOrganicTotalsObject;

  @Field(() => Int)
  posts!: number;

  @Field(() => Int)
  rowsRejected!: number;

  @Field(() => [ImportErrorObject], { description: 'The first errors' })
  errors!: ImportErrorObject[];

  @Field(() => [String])
  warnings!: string[];

  @Field(() => ID, { nullable: true, description: 'The import made from this preview, once committed' })
  committedImportId!: string | null;
}
