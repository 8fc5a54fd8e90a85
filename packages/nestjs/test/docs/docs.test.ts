import { join } from 'node:path';
import { Logger, type INestApplication } from '@nestjs/common';
import { NestApplication, NestFactory } from '@nestjs/core';
import { describeDocumentationExamples } from '../../../../tools/docs-examples';

// main.ts starts its application without awaiting it (as Nest's own template does), so the
// harness keeps what NestFactory.create and listen() start, and closes it after each example.
const created: Promise<INestApplication>[] = [];
const listening: Promise<unknown>[] = [];
const create = NestFactory.create.bind(NestFactory) as (
  ...args: unknown[]
) => Promise<INestApplication>;
jest.spyOn(NestFactory, 'create').mockImplementation((...args: unknown[]) => {
  const app = create(...args);
  created.push(app);
  return app as never;
});
const listen = NestApplication.prototype.listen;
jest.spyOn(NestApplication.prototype, 'listen').mockImplementation(function (
  this: NestApplication,
  ...args: unknown[]
) {
  const started = (listen as (...a: unknown[]) => Promise<unknown>).apply(this, args);
  listening.push(started);
  return started as never;
});

async function closeStartedApps(): Promise<void> {
  const apps = await Promise.all(created.splice(0));
  await Promise.all(listening.splice(0));
  for (const app of apps) await app.close();
}

beforeAll(() => Logger.overrideLogger(false));

// docs/nestjs.md, type-checked and run as written (every other page runs in @monotable/core's
// suite). PORT=0: main.ts listens on a free port.
describeDocumentationExamples({
  suite: 'nestjs',
  outDir: join(__dirname, '.generated'),
  tsconfig: join(__dirname, '../../tsconfig.json'),
  env: { PORT: '0' },
  afterEach: closeStartedApps,
});
