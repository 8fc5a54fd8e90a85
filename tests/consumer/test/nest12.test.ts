import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, run } from '../support/consumer-project';

// A fresh Nest 12 application (Nest 12 ships ES modules) installs the packed packages without
// flags and serves requests through @monotable/nestjs: repositories, the exception filter,
// the health indicator and the testing module. Nest 12 comes from the npm registry.
const APP = `import 'reflect-metadata';
import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Attribute, Entity, Table, type Repository } from '@monotable/core';
import { InjectRepository, MonotableExceptionFilter, MonotableHealthIndicator, MonotableModule } from '@monotable/nestjs';
import { MonotableTestingHarness, MonotableTestingModule } from '@monotable/nestjs/testing';

const ShopTable = new Table({ name: 'shop', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: ShopTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
class Customer {
  @Attribute() id!: string;
  @Attribute() name!: string;
}

@Controller('customers')
class CustomersController {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly health: MonotableHealthIndicator,
  ) {}

  @Get('health')
  ping() {
    return this.health.pingCheck('dynamodb');
  }

  @Get(':id')
  find(@Param('id') id: string) {
    return this.customers.getOrFail({ id });
  }
}

@Module({
  imports: [MonotableTestingModule.forRoot({ table: ShopTable }), MonotableModule.forFeature([Customer])],
  controllers: [CustomersController],
  providers: [MonotableHealthIndicator],
})
class AppModule {}

const app = await NestFactory.create(AppModule, { logger: false });
app.useGlobalFilters(new MonotableExceptionFilter(app.getHttpAdapter()));
await app.listen(0, '127.0.0.1');
await app.get(MonotableTestingHarness).seed(Customer, [{ id: 'c1', name: 'Ada' }]);
const base = await app.getUrl();
for (const path of ['/customers/c1', '/customers/nobody', '/customers/health']) {
  const response = await fetch(base + path);
  console.log(response.status, JSON.stringify(await response.json()));
}
await app.close();
`;

const TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    strict: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
  },
};

describe('a fresh Nest 12 application', () => {
  const { work, manifest } = consumer();
  const app = join(work, 'nest12');
  const tarballs = (manifest as { name: string; tarball: string }[])
    .filter((p) => ['@monotable/core', '@monotable/nestjs', '@monotable/testing'].includes(p.name))
    .map((p) => p.tarball);

  test('installs the tarballs without flags and serves through repositories, the filter and the indicator', () => {
    mkdirSync(app);
    run('npm', ['init', '-y'], { cwd: app });
    run('npm', ['pkg', 'set', 'type=module'], { cwd: app });
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error',
      ...tarballs, '@nestjs/common@12', '@nestjs/core@12', '@nestjs/platform-express@12',
      'reflect-metadata', 'rxjs', 'class-validator', '@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', 'typescript@5.9'],
    { cwd: app, timeoutMs: 600_000 });
    const nest = JSON.parse(run('node', ['-p', "JSON.stringify(require('@nestjs/core/package.json').version)"], { cwd: app }));
    expect(nest).toMatch(/^12\./);

    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    writeFileSync(join(app, 'main.ts'), APP);
    run('npx', ['tsc', '-p', '.'], { cwd: app });
    const printed = run('node', ['main.js'], { cwd: app }).trim().split('\n');
    expect(printed[0]).toBe('200 {"id":"c1","name":"Ada"}');
    expect(printed[1]).toMatch(/^404 \{"statusCode":404,.*"code":"ITEM_NOT_FOUND"/);
    expect(printed[2]).toBe('200 {"dynamodb":{"status":"up","table":"shop","tableStatus":"ACTIVE"}}');
  });
});
