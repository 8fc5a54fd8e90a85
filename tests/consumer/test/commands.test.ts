import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, run, start } from '../support/consumer-project';

// The bins resolve from the project's own node_modules after `npm install`: with the npm
// registry made unreachable (offline), npx must still find them.
const OFFLINE = { npm_config_offline: 'true' };

const ENTITIES = `import { Attribute, Entity, Table } from '@monotable/core';

export const ShopTable = new Table({ name: 'shop', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: ShopTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
export class Customer {
  @Attribute() id!: string;
  @Attribute() name!: string;
}
`;

describe('the commands of the installed packages', () => {
  const { app } = consumer();
  let stopServer = () => {};
  afterAll(() => stopServer());

  test('npx monotable-local serves the engine; npx monotable create-table and describe work on it', async () => {
    const started = await start('npx', ['monotable-local', '--port', '0'], {
      cwd: app,
      env: OFFLINE,
      ready: /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    });
    stopServer = started.stop;
    const endpoint = started.match[1];

    writeFileSync(join(app, 'entities.ts'), ENTITIES);
    run('npx', ['tsc', '-p', '.'], { cwd: app });
    const aws = { AWS_REGION: 'local', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' };
    const created = run(
      'npx',
      ['monotable', 'create-table', '--entities', 'entities.js', '--endpoint', endpoint],
      { cwd: app, env: { ...OFFLINE, ...aws } },
    );
    expect(created).toMatch(/shop/);
    const described = run('npx', ['monotable', 'describe', '--entities', 'entities.js'], {
      cwd: app,
      env: OFFLINE,
    });
    expect(described).toContain('CUSTOMER#{id}');
    expect(described).toContain('Customer');
  });
});
