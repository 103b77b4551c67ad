import { Module } from '@nestjs/common';
import { AuditPlugin } from './audit.plugin.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** The audit log: written by AuditPlugin (GraphQL mutations) and auditHttpMiddleware (REST writes), read by owners. */
@Module({
  providers: [AuditService, AuditPlugin, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
