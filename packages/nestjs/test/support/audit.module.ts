import { Body, Controller, Get, Injectable, Module, Param, Post } from '@nestjs/common';
import { Monotable, Repository } from '@monotable/core';
import { InjectMonotable, InjectRepository, MonotableModule } from '../../src';
import { AuditEvent } from './shop.model';

/** The second connection of the named-connections app: audit events in their own table. */
export const AUDIT_CONNECTION = 'audit';

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEvent, AUDIT_CONNECTION) readonly events: Repository<AuditEvent>,
    @InjectMonotable(AUDIT_CONNECTION) readonly db: Monotable,
  ) {}
}

@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Post(':subject')
  record(@Param('subject') subject: string, @Body() body: { action: string }) {
    return this.audit.events.create({ subject, action: body.action });
  }

  @Get(':subject')
  async list(@Param('subject') subject: string) {
    return {
      table: this.audit.db.tableName,
      events: (await this.audit.events.query({ subject })).items,
    };
  }
}

@Module({
  imports: [MonotableModule.forFeature([AuditEvent], AUDIT_CONNECTION)],
  controllers: [AuditController],
  providers: [AuditService],
})
export class AuditModule {}
