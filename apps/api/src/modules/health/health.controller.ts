import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { withTimeout } from '../../core/async/with-timeout.util.js';
import { Public } from '../../core/auth/auth.decorators.js';
import { JobQueue } from '../../core/queue/job-queue.js';

export type Readiness = Record<'database' | 'queue', 'ok' | 'down'>;

/** A dependency that has not answered by then counts as down: a readiness probe must answer promptly itself. */
const CHECK_TIMEOUT_MS = 2_000;

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** Unauthenticated liveness + database check, for load balancers and `docker compose`. */
  @Get('health')
  @Public()
  async health(): Promise<{ status: 'ok' }> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok' };
  }

  /** Readiness (docs/CONTRACT.md, Operations): 200 when the database and the queue answer, else 503 naming what is down. */
  @Get('ready')
  @Public()
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const [database, queue] = await Promise.all([
      answers(this.dataSource.query('SELECT 1')),
      answers(this.jobs.isReachable().then((reachable) => reachable || Promise.reject(new Error('unreachable')))),
    ]);
    if (database === 'down' || queue === 'down') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { database, queue };
  }
}

function answers(check: Promise<unknown>): Promise<'ok' | 'down'> {
  return withTimeout(check, CHECK_TIMEOUT_MS, 'timed out').then(
    () => 'ok',
    () => 'down',
  );
}
