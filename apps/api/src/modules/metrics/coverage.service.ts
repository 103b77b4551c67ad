import { Injectable } from '@nestjs/common';
import { assertDateRange } from '../../core/graphql/date-range.validation.js';
import { CoverageRepository, type AccountCoverage } from './coverage.repository.js';
import type { CoverageSpec } from './planner/coverage.query.js';

/** Which days each account's facts cover, for the dashboard's "data through" and for finding holes. No SQL here. */
@Injectable()
export class CoverageService {
  constructor(private readonly repository: CoverageRepository) {}

  coverage(spec: CoverageSpec): Promise<AccountCoverage[]> {
    assertDateRange(spec.range);
    return this.repository.coverage(spec);
  }
}
