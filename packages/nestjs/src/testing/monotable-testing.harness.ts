import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Monotable, Repository } from '@monotable/core';
import { resetTable, type MemoryDynamoDB } from '@monotable/testing';

/** What `repository.create` takes for entities of type T. */
type CreateInput<T extends object> = Parameters<Repository<T>['create']>[0];

/**
 * What a test gets from `MonotableTestingModule`: the in-process engine behind the connection
 * (requests, faults, clock), the connection itself, and helpers to seed and empty the table.
 */
export class MonotableTestingHarness {
  constructor(
    /** The in-process DynamoDB engine: `engine.requests`, `engine.faults`, `engine.clock`. */
    readonly engine: MemoryDynamoDB,
    /** The connection the application's repositories use. */
    readonly db: Monotable,
    private readonly client: DynamoDBClient,
  ) {}

  /** Creates each item through its repository (validation, generated values, markers apply). */
  async seed<T extends object>(entity: new (...args: any[]) => T, items: readonly CreateInput<T>[]): Promise<T[]> {
    const repository = this.db.getRepository(entity);
    const created: T[] = [];
    for (const item of items) created.push(await repository.create(item));
    return created;
  }

  /** Deletes every item of the table (the table itself stays), e.g. in `beforeEach`. */
  async reset(): Promise<void> {
    await resetTable(this.client, this.db.tableName);
    this.engine.requests.length = 0;
  }
}
