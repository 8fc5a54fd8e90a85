import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { MonotableHealthIndicator } from '@monotable/nestjs';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [MonotableHealthIndicator],
})
export class HealthModule {}
