import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { MonotableHealthIndicator } from '@monotable/nestjs';
import { ApiUnhealthyResponse, unhealthy } from './unhealthy';

/** How long DescribeTable may take before the table is reported down. */
const PING_TIMEOUT_MS = 1000;

/** A readiness probe for load balancers and Kubernetes: is the shop's table reachable and ACTIVE? */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly monotable: MonotableHealthIndicator,
  ) {}

  /** 200 while the table is ACTIVE; 503 SERVICE_UNAVAILABLE naming the reason otherwise. */
  @Get()
  @ApiUnhealthyResponse()
  @HealthCheck()
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.monotable.pingCheck('dynamodb', { timeout: PING_TIMEOUT_MS }),
      ]);
    } catch (error) {
      throw unhealthy(error);
    }
  }
}
