import { createTableFor, type TestBackend } from '@monotable/testing';
import { Monotable } from '@monotable/core';
import { startStudio, type Studio } from '../../src/studio';
import { Customer, Order, Session, StudioTable } from '../fixtures/studio';

export const STUDIO_ENTITIES = [Customer, Order, Session];

/** A fetch response whose JSON the tests read freely. */
export type StudioResponse = Omit<Response, 'json'> & { json(): Promise<any> };

/** A studio over a fresh table of the fixture shop, and fetch helpers that carry its token. */
export interface StudioUnderTest {
  studio: Studio;
  db: Monotable;
  tableName: string;
  base: string;
  get(path: string, token?: string): Promise<StudioResponse>;
  post(path: string, body: unknown): Promise<StudioResponse>;
  close(): Promise<void>;
}

let tables = 0;

export async function startStudioUnderTest(backend: TestBackend): Promise<StudioUnderTest> {
  const tableName = `studio-${process.pid}-${Date.now()}-${tables++}`;
  const db = new Monotable({
    client: backend.client,
    table: StudioTable,
    tableName,
    entities: STUDIO_ENTITIES,
  });
  await createTableFor(db, backend.client);
  const studio = await startStudio({
    entities: STUDIO_ENTITIES,
    tableName,
    client: backend.client,
    port: 0,
  });
  const base = `http://127.0.0.1:${studio.port}`;
  const headers = { 'x-monotable-token': studio.token };
  return {
    studio,
    db,
    tableName,
    base,
    get: (path, token = studio.token) =>
      fetch(`${base}${path}`, { headers: { 'x-monotable-token': token } }),
    post: (path, body) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    close: () => studio.close(),
  };
}
