import { Attribute, Entity, Unique } from '../../model/decorators';
import { validateEntities } from '../../model/metadata';
import { Table } from '../../model/table';
import { checkUniqueMarkers } from './check-unique-markers';
import { markerKey, markerValueText } from './marker-key';
import { uniqueAttributes } from './unique-attributes';

const T = new Table({ name: 't', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: T, pk: 'USER#{id}', sk: 'USER' })
class User {
  @Attribute() id!: string;
  @Unique() @Attribute() email!: string;
  @Unique() @Attribute({ type: 'list' }) tags?: string[];
}

@Entity({ table: T, pk: 'UNIQUE#{a}#{b}#{c}', sk: 'UNIQUE' })
class Squatter {
  @Attribute() a!: string;
  @Attribute() b!: string;
  @Attribute() c!: string;
}

describe('unique markers', () => {
  it('are keyed by entity, property and the escaped value', () => {
    const meta = validateEntities([User], T)[0];
    const [email] = uniqueAttributes(meta);
    expect(markerKey(meta, email, 'a#b%c')).toEqual({
      PK: 'UNIQUE#User#email#a%23b%25c',
      SK: 'UNIQUE',
    });
    expect(markerValueText(12)).toBe('12');
  });

  it('refuse non-scalar attributes and entities whose keys could equal a marker key', () => {
    const problems = checkUniqueMarkers(validateEntities([User, Squatter], T));
    expect(problems).toEqual([
      expect.stringContaining(
        "Squatter's keys (pk 'UNIQUE#{a}#{b}#{c}') can equal the markers' keys",
      ),
      "User.tags (@Unique): unique values must be strings, numbers, booleans or dates, not 'list'",
    ]);
  });
});
