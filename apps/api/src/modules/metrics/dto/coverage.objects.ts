import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Platform } from '@tandem/formats/canonical.js';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { PlatformEnum } from './metrics.objects.js';

@ObjectType('DateRun', { description: 'Consecutive days, both ends included' })
export class DateRun {
  @Field(() => DateScalar, { description: 'The first day of the run' })
  from!: string;

  @Field(() => DateScalar, { description: 'The last day of the run' })
  to!: string;

  @Field(() => Int, { description: 'How many days the run holds (from and to included)' })
  days!: number;
}

@ObjectType('CoverageRow', {
  description:
    'Which days of the range one account’s facts of one kind cover. A row exists for every account and kind with data on or before the range’s last day, also when all of it is older than the range (then only `lastDay` speaks: "data through").',
})
export class CoverageRow {
  @Field(() => PlatformEnum, { description: 'The platform of the account' })
  platform!: Platform;

  @Field(() => ID, { description: 'The account, as the ACCOUNT dimension and BreakdownFilter.accounts name it' })
  accountId!: string;

  @Field(() => String, { description: 'The account’s name, else the platform’s id of the account' })
  accountName!: string;

  @Field(() => String, {
    description:
      'The kind of fact: `paid` (daily paid rows), `paid-period` (whole-period paid totals), `paid-audience` (paid totals by audience segment), `organic` (daily page or profile rows), `post` (posts, by publish day)',
  })
  kind!: string;

  @Field(() => DateScalar, { description: 'The first day with data ("data since"), which may be before the range' })
  firstDay!: string;

  @Field(() => DateScalar, {
    description:
      'The last day with data on or before the range’s last day ("data through"); before the range’s first day when the range holds none of the account’s data',
  })
  lastDay!: string;

  @Field(() => [DateRun], {
    description:
      'Days of the range with data: a fact speaks for them (its day, its whole period, its post’s publish day), or an import’s window (its first..last day) holds them — exports leave out days without delivery or posts, so such a day is covered, with nothing to report',
  })
  present!: DateRun[];

  @Field(() => [DateRun], {
    description:
      'Days of the range from firstDay to lastDay that are not present: holes to fill with an upload. Days before firstDay (no data yet) and after lastDay (not in yet: lastDay says "data through") are never missing',
  })
  missing!: DateRun[];

  @Field(() => [DateRun], {
    description:
      'Present days written again by a later import: an earlier import’s window held the day and a later-created import last wrote its facts, so its numbers may differ from those first reported (windows are kept per account, so a second export of other campaigns of the same days counts too)',
  })
  restated!: DateRun[];
}
