/** An update operator on the wrong kind of attribute is refused by monotable, before sending. */
import { describeEachBackend } from '@monotable/testing';
import {
  InvalidExpressionError,
  MonotableError,
  addToSet,
  append,
  increment,
  type Monotable,
  type RequestLogEvent,
  type UpdateChanges,
} from '../src';
import { connect } from './fixtures/connect';
import { Customer } from './fixtures/model';

describeEachBackend('Update operators on the wrong attribute type', (backend) => {
  let db: Monotable;
  const events: RequestLogEvent[] = [];

  beforeAll(async () => {
    db = await connect(backend().client, { logger: (event) => events.push(event) });
  });

  // What a JavaScript caller (or a cast) can still send: the types refuse each of these.
  const mistakes: Array<[string, UpdateChanges<Customer>, RegExp]> = [
    [
      'increment on a string',
      { name: increment(1) } as any,
      /increment\(\) applies to number attributes; "name" is a string attribute/,
    ],
    [
      'append on a number',
      { points: append([1]) } as any,
      /append\(\) applies to list attributes; "points" is a number attribute/,
    ],
    [
      'addToSet on a list',
      { tags: addToSet(['a']) } as any,
      /addToSet\(\) applies to set attributes; "tags" is a list attribute/,
    ],
  ];

  it.each(mistakes)(
    '%s: a typed error, nothing sent, nothing changed',
    async (_, changes, message) => {
      const customers = db.getRepository(Customer);
      const created = await customers.create({ email: `${Math.random()}@x.com`, name: 'Ada' });
      events.length = 0;
      const attempt = customers.update({ id: created.id }, changes);
      await expect(attempt).rejects.toBeInstanceOf(InvalidExpressionError);
      await expect(attempt).rejects.toBeInstanceOf(MonotableError);
      await expect(attempt).rejects.toThrow(message);
      expect(events).toEqual([]);
      expect(await customers.get({ id: created.id })).toEqual(created);
    },
  );
});
