import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Logger, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { csvReportWriter, type CsvCell } from '@tandem/formats/csv-report.js';
import type { Request, Response } from 'express';
import { Auth, type AuthContext, RequireRole } from '../../core/auth/auth.decorators.js';
import { AnalysisService } from '../metrics/analysis.service.js';
import { CoverageService } from '../metrics/coverage.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { PostsService } from '../metrics/posts.service.js';
import { urlParameters } from './dto/export-parameters.dto.js';
import { EXPORT_REPORTS, type ExportReport, type ReportServices } from './export-reports.js';

const CSV_SUFFIX = '.csv';

/**
 * `GET /api/exports/<report>.csv` (docs/CONTRACT.md, Analysis): a report's rows as CSV, with its GraphQL query's
 * arguments as URL parameters, streamed as the service answers (a breakdown or top posts page by page), never held
 * whole.
 */
@Controller('exports')
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  private readonly services: ReportServices;

  constructor(metrics: MetricsService, posts: PostsService, coverage: CoverageService, analysis: AnalysisService) {
    this.services = { metrics, posts, coverage, analysis };
  }

  @Get(':file')
  @RequireRole('viewer')
  async download(
    @Auth() auth: AuthContext,
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const report = reportOf(file);
    const plan = report.plan(urlParameters(new URL(request.originalUrl, 'http://localhost').searchParams));
    const rows = plan.rows(this.services, auth.workspaceId)[Symbol.asyncIterator]();
    // The first rows are read before any byte is sent, so a question the service refuses (an unknown sort
    // metric, a dimension it cannot split by) is still a 400 with a JSON body.
    const first = await rows.next();
    response.status(200).set({
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${plan.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    try {
      await pipeline(Readable.from(resumed(first, rows)), csvReportWriter(plan.columns), response);
    } catch (error) {
      // The status is sent: a failure now can only cut the download short, which the client sees as a broken
      // transfer (no final chunk). A client that went away is not an error.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      this.logger.error(`CSV export ${file} stopped: ${(error as Error).message}`, (error as Error).stack);
    }
  }
}

function reportOf(file: string): ExportReport {
  const name = file.endsWith(CSV_SUFFIX) ? file.slice(0, -CSV_SUFFIX.length) : null;
  const report = name !== null && Object.hasOwn(EXPORT_REPORTS, name) ? EXPORT_REPORTS[name] : undefined;
  if (report) return report;
  const reports = Object.keys(EXPORT_REPORTS);
  throw new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    message: `No CSV report ${JSON.stringify(file)}: the reports are ${reports.map((each) => `${each}.csv`).join(', ')}`,
    reports,
  });
}

/** The rows again, the first one already read. */
async function* resumed(first: IteratorResult<CsvCell[]>, rest: AsyncIterator<CsvCell[]>): AsyncGenerator<CsvCell[]> {
  try {
    for (let next = first; !next.done; next = await rest.next()) yield next.value;
  } finally {
    // Stops paging when the download ends early (the client went away, the writer failed).
    await rest.return?.();
  }
}
