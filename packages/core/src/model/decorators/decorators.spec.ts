import { ConfigurationError } from '../errors';
import { getEntityMetadata } from '../metadata/metadata-registry';
import { Table } from '../table';
import { Attribute } from './attribute.decorator';
import { Entity } from './entity.decorator';
import { Generated } from './generated.decorator';
import { CreatedAt, Ttl, UpdatedAt, Version } from './lifecycle.decorators';
import { BelongsTo, HasMany, HasOne, ManyToMany } from './relation.decorators';
import { Unique } from './unique.decorator';

const AppTable = new Table({ name: 'app', partitionKey: 'PK', sortKey: 'SK' });

@Entity({ table: AppTable, pk: 'A#{id}', sk: 'A' })
class GeneratedFirst {
  @Generated('ulid') @Attribute({ name: 'ident' }) id!: string;
  @Unique() @Attribute() email!: string;
}

@Entity({ table: AppTable, pk: 'B#{id}', sk: 'B' })
class AttributeFirst {
  @Attribute({ name: 'ident' }) @Generated('ulid') id!: string;
  @Attribute() @Unique() email!: string;
}

const seconds = () => 7;

@Entity({
  table: AppTable,
  name: 'Stamped',
  pk: 'S#{id}',
  sk: 'S',
  version: 2,
  migrations: { 2: (item) => item },
})
class StampedEntity {
  @Generated(seconds) id!: string;
  @Version() version!: number;
  @CreatedAt() createdAt!: Date;
  @UpdatedAt() updatedAt!: Date;
  @Ttl() expiresAt?: Date;
  @Unique() code?: string;
}

@Entity({ table: AppTable, pk: 'T#{id}', sk: 'T' })
class NumericTtl {
  @Attribute() id!: string;
  @Ttl() expiresAt?: number;
}

let resolved = 0;
@Entity({ table: AppTable, pk: 'P#{id}', sk: 'P' })
class Parent {
  @Attribute() id!: string;
  @HasMany(() => {
    resolved++;
    return Child;
  })
  children?: Child[];
  // Typed loosely: `design:type` of a class declared later in the file would hit its TDZ.
  @HasOne(() => Child, { keys: { parentId: 'id' } }) favourite?: object;
  @ManyToMany(() => Child, { through: () => Parent, index: 'GSI1' }) linked?: Child[];
}

@Entity({ table: AppTable, pk: 'P#{parentId}', sk: 'C#{id}' })
class Child {
  @Attribute() parentId!: string;
  @Attribute() id!: string;
  @BelongsTo(() => Parent) parent?: Parent;
}

describe('decorators', () => {
  it('loads reflect-metadata for the user', () => {
    expect(typeof Reflect.getMetadata).toBe('function');
  });

  it('records the same facts whatever the order of the decorators', () => {
    const strip = (target: Function) => [...getEntityMetadata(target).attributes.values()];
    expect(strip(GeneratedFirst)).toEqual(strip(AttributeFirst));
    expect(getEntityMetadata(GeneratedFirst).attributes.get('id')).toEqual({
      propertyName: 'id',
      attributeName: 'ident',
      type: 'string',
      generated: 'ulid',
    });
    expect(getEntityMetadata(AttributeFirst).attributes.get('email')).toMatchObject({
      unique: true,
    });
  });

  it('makes @Version, @CreatedAt, @UpdatedAt, @Ttl, @Generated and @Unique attributes by themselves', () => {
    const meta = getEntityMetadata(StampedEntity);
    const summary = [...meta.attributes.values()].map(
      ({ propertyName, type, role, generated, unique }) => ({
        propertyName,
        type,
        role,
        generated,
        unique,
      }),
    );
    expect(summary).toEqual([
      {
        propertyName: 'id',
        type: 'string',
        role: undefined,
        generated: seconds,
        unique: undefined,
      },
      {
        propertyName: 'version',
        type: 'number',
        role: 'version',
        generated: undefined,
        unique: undefined,
      },
      {
        propertyName: 'createdAt',
        type: 'date',
        role: 'createdAt',
        generated: undefined,
        unique: undefined,
      },
      {
        propertyName: 'updatedAt',
        type: 'date',
        role: 'updatedAt',
        generated: undefined,
        unique: undefined,
      },
      {
        propertyName: 'expiresAt',
        type: 'date',
        role: 'ttl',
        generated: undefined,
        unique: undefined,
      },
      { propertyName: 'code', type: 'string', role: undefined, generated: undefined, unique: true },
    ]);
    expect(meta.name).toBe('Stamped');
    expect(meta.schemaVersion).toBe(2);
    expect(Object.keys(meta.migrations)).toEqual(['2']);
  });

  it('keeps a @Ttl number property a number', () => {
    expect(getEntityMetadata(NumericTtl).attributes.get('expiresAt')).toMatchObject({
      type: 'number',
      role: 'ttl',
    });
  });

  it('records relations with their targets as unresolved thunks', () => {
    const { relations } = getEntityMetadata(Parent);
    expect(resolved).toBe(0);
    expect(
      relations.map(({ kind, propertyName, options }) => ({ kind, propertyName, options })),
    ).toEqual([
      { kind: 'hasMany', propertyName: 'children', options: {} },
      { kind: 'hasOne', propertyName: 'favourite', options: { keys: { parentId: 'id' } } },
      { kind: 'manyToMany', propertyName: 'linked', options: { index: 'GSI1' } },
    ]);
    expect(relations[0].target()).toBe(Child);
    expect(relations[2].through!()).toBe(Parent);
    expect(getEntityMetadata(Child).relations[0]).toMatchObject({
      kind: 'belongsTo',
      propertyName: 'parent',
    });
    expect(getEntityMetadata(Parent).attributes.has('children')).toBe(false);
  });

  it('refuses static properties at once', () => {
    expect(() => {
      class Holder {
        @Attribute() static shared: string;
      }
      return Holder;
    }).toThrow(ConfigurationError);
  });
});
