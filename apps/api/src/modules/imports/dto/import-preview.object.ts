import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { PlatformEnum } from '../../metrics/dto/metrics.objects.js';
import { ImportErrorObject } from './import.object.js';

@ObjectType('PreviewAccount', { description: 'An account the file holds results of' })
export class PreviewAccountObject {
  @Field(() => PlatformEnum, { description: 'The account’s platform' })
  platform!: string;

  @Field(() => String, { description: 'The platform’s own id of the account' })
  accountId!: string;

  @Field(() => String, { nullable: true, description: 'The account’s name; null when the file does not give it' })
  accountName!: string | null;
}

@ObjectType('PreviewRowCount', {
  description: 'How many rows of one kind (paid, paid-period, paid-audience, organic, post)',
})
export class PreviewRowCountObject {
  @Field(() => String, { description: '`paid`, `paid-period`, `paid-audience`, `organic` or `post`' })
  kind!: string;

  @Field(() => Int, { description: 'Rows of that kind the file would import' })
  count!: number;
}

@ObjectType('PreviewPaidTotals', { description: 'Paid totals of one currency, as exact decimal strings' })
export class PreviewPaidTotalsObject {
  @Field(() => String, { nullable: true, description: 'Null when the file does not say (decided at import)' })
  currency!: string | null;

  @Field(() => String, { description: 'Ad spend in `currency`; rows that do not report it add 0' })
  spend!: string;

  @Field(() => String, { description: 'Revenue attributed to the ads in `currency`; rows that do not report it add 0' })
  revenue!: string;

  @Field(() => String, { description: 'Conversions (a count, possibly fractional); rows that do not report it add 0' })
  conversions!: string;

  @Field(() => Int, { description: 'Times the ads were shown; rows that do not report it add 0' })
  impressions!: number;

  @Field(() => Int, { description: 'Clicks on the ads; rows that do not report it add 0' })
  clicks!: number;
}

@ObjectType('PreviewOrganicTotals', {
  description: 'Organic totals of the file’s daily page or profile rows; rows that do not report a figure add 0',
})
export class PreviewOrganicTotalsObject {
  @Field(() => Int, { description: 'Times the content was shown' })
  impressions!: number;

  @Field(() => Int, { description: 'Likes + comments + shares (+ saves where given)' })
  engagements!: number;

  @Field(() => Int, { description: 'Net new followers, as the file gives them' })
  newFollowers!: number;
}

@ObjectType('ImportPreview', { description: 'A dry run of an upload: what importing it would write' })
export class ImportPreviewObject {
  @Field(() => ID, { description: 'Stable id of the preview: pass it to commitImportPreview to import the file' })
  id!: string;

  @Field(() => String, { description: 'The uploaded file’s name' })
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'Detected format id; null when no format reads the file' })
  format!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The detected format’s name; null when no format reads the file',
  })
  formatLabel!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The first day the file reports; null when it holds no row' })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day the file reports; null when it holds no row' })
  to!: string | null;

  @Field(() => [PreviewAccountObject], { description: 'The accounts the file holds results of' })
  accounts!: PreviewAccountObject[];

  @Field(() => [PreviewRowCountObject], { description: 'Rows that would be imported, per kind' })
  rows!: PreviewRowCountObject[];

  @Field(() => [PreviewPaidTotalsObject], { description: 'Paid totals, one entry per currency (never summed across)' })
  paid!: PreviewPaidTotalsObject[];

  @Field(() => PreviewOrganicTotalsObject, { description: 'Organic totals of the file' })
  organic!: PreviewOrganicTotalsObject;

  @Field(() => Int, { description: 'Posts the file holds' })
  posts!: number;

  @Field(() => Int, { description: 'Rows that would be left out whole' })
  rowsRejected!: number;

  @Field(() => [ImportErrorObject], { description: 'The first errors' })
  errors!: ImportErrorObject[];

  @Field(() => [String], { description: 'What would be imported but deserves a look' })
  warnings!: string[];

  @Field(() => ID, { nullable: true, description: 'The import made from this preview, once committed' })
  committedImportId!: string | null;
}
