import { Attribute, Entity, HasMany, Version } from '../decorators';
import { ConfigurationError } from '../errors';
import { Table } from '../table';
import { getEntityMetadata, metadataRegistry } from './metadata-registry';
import { resolveRelationTarget, resolveRelationThrough } from './resolve-relation-target';

const AppTable = new Table({ name: 'app', partitionKey: 'PK', sortKey: 'SK' });

class Address {
  @Attribute() city!: string;
  @Attribute({ name: 'since' }) movedIn?: Date;
}

class Note {
  text!: string;
}

@Entity({ table: AppTable, pk: 'T#{id}', sk: 'T' })
class Typed {
  @Attribute() id!: string;
  @Attribute() count!: number;
  @Attribute() active!: boolean;
  @Attribute() at!: Date;
  @Attribute() tags!: string[];
  @Attribute() badges!: Set<string>;
  @Attribute() scores!: Map<string, number>;
  @Attribute() blob!: Buffer;
  @Attribute() bytes!: Uint8Array;
  @Attribute() address!: Address;
  @Attribute({ type: 'string' }) explicit!: number;
  @Attribute({ type: 'any' }) anything!: unknown;
  @Attribute({ type: 'map' }) note?: Note;
}

@Entity({ table: AppTable, pk: 'U#{id}', sk: 'U' })
class Unusable {
  @Attribute() id!: string;
  @Attribute() status!: 'a' | 1;
  @Attribute() meta!: Record<string, unknown>;
}

abstract class Base {
  @Attribute() id!: string;
  @Version() version!: number;
}

@Entity({ table: AppTable, pk: 'D#{id}', sk: 'D' })
class Derived extends Base {
  @Attribute() extra!: string;
}

@Entity({ table: AppTable, pk: 'DD#{id}', sk: 'DD' })
class MoreDerived extends Derived {
  @Attribute({ name: 'x' }) declare extra: string;
}

let cycleTarget: Function | undefined;
@Entity({ table: AppTable, pk: 'R#{id}', sk: 'R' })
class WithRelations {
  @Attribute() id!: string;
  @HasMany(() => Typed) typed?: Typed[];
  @HasMany(() => cycleTarget as Function) broken?: unknown[];
}

describe('getEntityMetadata', () => {
  it('resolves attribute types from design:type, explicit types first', () => {
    const types = Object.fromEntries(
      [...getEntityMetadata(Typed).attributes].map(([name, a]) => [name, a.type]),
    );
    expect(types).toEqual({
      id: 'string',
      count: 'number',
      active: 'boolean',
      at: 'date',
      tags: 'list',
      badges: 'set',
      scores: 'map',
      blob: 'binary',
      bytes: 'binary',
      address: 'map',
      explicit: 'string',
      anything: 'any',
      note: 'map',
    });
    const attributes = getEntityMetadata(Typed).attributes;
    expect(attributes.get('address')!.designType).toBe(Address);
    expect(attributes.get('note')!.designType).toBe(Note);
    expect(attributes.get('scores')!.designType).toBe(Map);
  });

  it('builds once and caches', () => {
    expect(getEntityMetadata(Typed)).toBe(getEntityMetadata(Typed));
    expect(getEntityMetadata(Typed).keys.pk).toMatchObject({ source: 'T#{id}', slots: ['id'] });
  });

  it('reports unusable types when the metadata is built, naming Class.property', () => {
    // Decorating Unusable did not throw; asking for its metadata does.
    expect(() => getEntityMetadata(Unusable)).toThrow(ConfigurationError);
    expect(() => getEntityMetadata(Unusable)).toThrow(
      /2 problems in entity Unusable:\n- Unusable.status: the storage type cannot be inferred \(design:type is Object.*pass @Attribute\(\{ type: \.\.\. \}\)/,
    );
    expect(() => getEntityMetadata(Unusable)).toThrow(
      /- Unusable.meta: the storage type cannot be inferred/,
    );
  });

  it('refuses classes that are not entities', () => {
    expect(() => getEntityMetadata(Address)).toThrow(
      new ConfigurationError('Address is not an entity: decorate it with @Entity'),
    );
  });

  it('inherits the attributes of parent classes', () => {
    expect([...getEntityMetadata(Derived).attributes.keys()]).toEqual(['id', 'version', 'extra']);
    expect(getEntityMetadata(Derived).attributes.get('version')).toMatchObject({
      role: 'version',
      type: 'number',
    });
    expect(getEntityMetadata(MoreDerived).attributes.get('extra')!.attributeName).toBe('x');
    expect(getEntityMetadata(MoreDerived).name).toBe('MoreDerived');
  });

  it('builds attributes of nested classes decorated with @Attribute', () => {
    expect([...metadataRegistry.getEmbeddedAttributes(Address)!.values()]).toEqual([
      { propertyName: 'city', attributeName: 'city', type: 'string' },
      { propertyName: 'movedIn', attributeName: 'since', type: 'date' },
    ]);
    expect(metadataRegistry.getEmbeddedAttributes(Note)).toBeUndefined();
  });
});

describe('resolveRelationTarget', () => {
  it('calls the thunk only when asked', () => {
    const [typed, broken] = getEntityMetadata(WithRelations).relations;
    expect(resolveRelationTarget(typed)).toBe(Typed);
    expect(() => resolveRelationTarget(broken)).toThrow(
      /Relation broken: target resolved to undefined.*circular import/,
    );
    cycleTarget = Typed;
    expect(resolveRelationTarget(broken)).toBe(Typed);
    expect(() => resolveRelationThrough(typed)).toThrow(
      'Relation typed (hasMany) has no through entity',
    );
  });
});
