/** `new Monotable()` checks the whole model at once: every problem of every entity, in one error. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Attribute, ConfigurationError, Entity, HasMany, Monotable, Table, Unique } from '../src';

const T = new Table({ name: 'startup', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: T, name: 'Ghost', pk: 'GHOST#{id}', sk: 'GHOST' })
class Ghost {
  @Attribute() id!: string;
}

@Entity({
  table: T,
  name: 'Shop',
  pk: 'SHOP#{id}',
  sk: 'SHOP#{missing}',
  indexes: { NOPE: { pk: 'X#{id}' } },
})
class Shop {
  @Attribute() id!: string;
  @Unique() @Attribute({ type: 'list' }) tags?: string[];
  @HasMany(() => Ghost) ghosts?: Ghost[];
}

@Entity({ table: T, name: 'Clerk', pk: 'CLERK#{id}', sk: 'CLERK#{nope}' })
class Clerk {
  @Attribute() id!: string;
  @Unique() @Attribute() badge!: string;
}

describe('the startup model check', () => {
  it('lists the model, @Unique and relation problems of every entity in one ConfigurationError', () => {
    let error: unknown;
    try {
      new Monotable({
        client: new DynamoDBClient({ region: 'local', endpoint: 'http://127.0.0.1:9' }),
        table: T,
        entities: [Shop, Clerk],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toMatch(/problems in the entities of table startup/);
    expect(message).toMatch(/missing/); // Shop's sk slot
    expect(message).toMatch(/NOPE/); // Shop's unknown index
    expect(message).toMatch(/nope/); // Clerk's sk slot
    expect(message).toMatch(/Shop\.tags \(@Unique\)/); // a list cannot be unique
    expect(message).toMatch(/Ghost/); // a relation to an entity not on the connection
  });
});
