// The README's entity behind a Lambda handler: the connection is built at module load (once
// per container), each invocation reads one item. Bundled by run-cold-start.ts.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Attribute, CreatedAt, Entity, Generated, Monotable, Table, Version } from '@monotable/core';
import { IsEmail, Length } from 'class-validator';
import { cannedClientConfig } from './canned-client';

const AppTable = new Table({ name: 'app', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: AppTable, pk: 'CUSTOMER#{id}', sk: 'PROFILE' })
class Customer {
  @Generated('ulid') @Attribute() id!: string;
  @IsEmail() @Attribute() email!: string;
  @Length(1, 100) @Attribute() name!: string;
  @Attribute({ type: 'number' }) points = 0;
  @Version() version!: number;
  @CreatedAt() createdAt!: Date;
}

const db = new Monotable({
  client: new DynamoDBClient(cannedClientConfig),
  table: AppTable,
  entities: [Customer],
});
const customers = db.getRepository(Customer);

export async function handler(): Promise<string | undefined> {
  const customer = await customers.get({ id: 'c1' });
  return customer?.email;
}
