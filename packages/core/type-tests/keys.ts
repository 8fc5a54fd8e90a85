/**
 * Compile-only: a class that declares `[Keys]` and `[OptionalProps]` gets exact key types,
 * required create data, partition and sort-key slots in queries, and index names checked.
 * Every `@ts-expect-error` line must fail to compile; every other line must compile.
 */
import {
  Attribute,
  CreatedAt,
  Edges,
  Entity,
  Generated,
  Keys,
  OptionalProps,
  Table,
  Version,
  type Monotable,
  type Repository,
} from '../src';

const T = new Table({
  name: 't',
  partitionKey: 'PK',
  sortKey: 'SK',
  indexes: { GSI1: { partitionKey: 'GSI1PK', sortKey: 'GSI1SK' } },
});

@Entity({
  table: T,
  pk: 'CUSTOMER#{customerId}',
  sk: 'ORDER#{placedAt}#{id}',
  indexes: { GSI1: { pk: 'STATUS#{status}', sk: 'ORDER#{placedAt}' } },
})
class Order {
  declare [Keys]?: {
    pk: 'CUSTOMER#{customerId}';
    sk: 'ORDER#{placedAt}#{id}';
    indexes: { GSI1: { pk: 'STATUS#{status}'; sk: 'ORDER#{placedAt}' } };
  };
  declare [OptionalProps]?: 'id' | 'status' | 'version' | 'createdAt';

  @Generated('ulid') @Attribute() id!: string;
  @Attribute() customerId!: string;
  @Attribute() placedAt!: string;
  @Attribute() status: string = 'open';
  @Attribute({ type: 'number' }) total!: number;
  @Attribute() note?: string;
  @Version() version!: number;
  @CreatedAt() createdAt!: Date;
}

/** The same options as a value: declared once, used by both. */
const profileKeys = { pk: 'CUSTOMER#{id}', sk: 'PROFILE' } as const;
@Entity({ table: T, ...profileKeys })
class Profile {
  declare [Keys]?: typeof profileKeys;
  @Attribute() id!: string;
  @Attribute() name!: string;
}

/** No declaration: the loose types of earlier releases. */
@Entity({ table: T, pk: 'NOTE#{id}', sk: 'NOTE' })
class Note {
  @Attribute() id!: string;
  @Attribute() text!: string;
}

// @ts-expect-error the declaration names another partition key template
@Entity({ table: T, pk: 'USER#{id}', sk: 'USER' })
class Mismatched {
  declare [Keys]?: { pk: 'USER#{userId}'; sk: 'USER' };
  @Attribute() id!: string;
  @Attribute() userId!: string;
}

// @ts-expect-error the declaration leaves out the entity's index
@Entity({ table: T, pk: 'TAG#{id}', sk: 'TAG', indexes: { GSI1: { pk: 'TAG', sk: '{id}' } } })
class MissingIndex {
  declare [Keys]?: { pk: 'TAG#{id}'; sk: 'TAG' };
  @Attribute() id!: string;
}
void Mismatched;
void MissingIndex;

declare const db: Monotable;
declare const orders: Repository<Order>;
declare const profiles: Repository<Profile>;
declare const notes: Repository<Note>;
const key = { customerId: 'c1', placedAt: '2026-11-01', id: 'o1' };

export async function calls() {
  // Keys: exactly the slots.
  await orders.get(key);
  await orders.update(key, { total: 3 });
  await orders.delete(key);
  await profiles.get({ id: 'c1' });
  // @ts-expect-error a slot is missing
  await orders.get({ customerId: 'c1', id: 'o1' });
  // @ts-expect-error an empty key
  await profiles.get({});
  // @ts-expect-error a property that is not a slot
  await profiles.get({ id: 'c1', name: 'Ada' });
  // @ts-expect-error a slot of the wrong type
  await profiles.get({ id: 1 });

  // Create: required properties, minus those filled by monotable or the class.
  await orders.create({ customerId: 'c1', placedAt: '2026-11-01', total: 10 });
  await orders.create({ customerId: 'c1', placedAt: '2026-11-01', total: 10, note: 'gift', status: 'paid' });
  // @ts-expect-error total is required
  await orders.create({ customerId: 'c1', placedAt: '2026-11-01' });
  // @ts-expect-error an empty create
  await profiles.create({});
  // @ts-expect-error put requires the same
  await profiles.put({ id: 'c1' });
  // @ts-expect-error batchPut too
  await profiles.batchPut([{ name: 'no id' }]);

  // Queries: the partition key's slots, the sort key's slots in `where`.
  await orders.query({ customerId: 'c1' }, { where: { placedAt: { beginsWith: '2026-11' } } });
  await orders.query({ status: 'open' }, { index: 'GSI1', where: { placedAt: { gte: '2026-11-01' } } });
  await orders.count({ customerId: 'c1' });
  // @ts-expect-error the table's partition key is customerId
  await orders.query({ status: 'open' });
  // @ts-expect-error status is not a sort-key slot
  await orders.query({ customerId: 'c1' }, { where: { status: 'open' } });
  // @ts-expect-error an index the entity does not declare
  await orders.query({ status: 'open' }, { index: 'GSI9' });
  // @ts-expect-error the index's partition key is status
  await orders.query({ customerId: 'c1' }, { index: 'GSI1' });
  // @ts-expect-error id is not a slot of the index's sort key
  await orders.query({ status: 'open' }, { index: 'GSI1', where: { id: 'o1' } });

  // Transactions take the same keys and data.
  await db.transaction((tx) => {
    tx.create(Order, { customerId: 'c1', placedAt: '2026-11-02', total: 5 });
    tx.update(Order, key, { total: 4 });
    tx.check(Profile, { id: 'c1' }, { name: { exists: true } });
    // @ts-expect-error a partial key in a transaction
    tx.delete(Order, { id: 'o1' });
    // @ts-expect-error create data without a required property
    tx.create(Profile, { id: 'c2' });
  });

  // Undeclared classes keep the loose types.
  await notes.get({ id: 'n1' });
  await notes.create({});
  await notes.query({ id: 'n1' }, { where: { text: 'x' } });
}

// @ts-expect-error an index declared with other templates (slots swapped)
@Entity({ table: T, pk: 'A#{a}', sk: 'B#{b}', indexes: { GSI1: { pk: 'X#{b}', sk: 'Y#{a}' } } })
class SwappedIndex {
  declare [Keys]?: { pk: 'A#{a}'; sk: 'B#{b}'; indexes: { GSI1: { pk: 'Q#{a}'; sk: 'Z#{b}' } } };
  @Attribute() a!: string;
  @Attribute() b!: string;
}
// @ts-expect-error an index declared without its sort key
@Entity({ table: T, pk: 'C#{a}', sk: 'D#{b}', indexes: { GSI1: { pk: 'X#{a}', sk: 'Y#{b}' } } })
class IndexWithoutSk {
  declare [Keys]?: { pk: 'C#{a}'; sk: 'D#{b}'; indexes: { GSI1: { pk: 'X#{a}' } } };
  @Attribute() a!: string;
  @Attribute() b!: string;
}
void SwappedIndex;
void IndexWithoutSk;

/** An embedded class (a map attribute): no keys, never a relation. */
class Geo {
  lat!: number;
  lng!: number;
}

@Entity({ table: T, pk: 'CUSTOMER#{id}', sk: 'CUSTOMER' })
class Buyer {
  declare [Keys]?: { pk: 'CUSTOMER#{id}'; sk: 'CUSTOMER' };
  @Attribute() id!: string;
  @Attribute({ type: 'map' }) geo?: Geo;
  orders?: Order[];
  profile?: Profile;
}

export async function relations(buyer: Buyer, buyers: Repository<Buyer>) {
  await buyers.get({ id: 'b1' }, { include: ['orders'] });
  // Orders of a buyer read through GSI1 may be narrowed by that index's sort key, or the table's.
  await db.relation(buyer, 'orders').list({ where: { placedAt: { gte: '2026-11' } } });
  // @ts-expect-error status is a partition-key slot, not a sort-key slot
  await db.relation(buyer, 'orders').list({ where: { status: 'open' } });
  // @ts-expect-error not a property of the buyer
  await buyers.get({ id: 'b1' }, { include: ['invoices'] });
  // @ts-expect-error an embedded map is not a relation
  await buyers.get({ id: 'b1' }, { include: ['geo'] });
  await buyers.get({ id: 'b1' }, { include: ['profile', 'orders'] });
}

@Entity({ table: T, pk: 'CART#{cartId}', sk: 'ITEM#{sku}' })
class CartItem {
  declare [Keys]?: { pk: 'CART#{cartId}'; sk: 'ITEM#{sku}' };
  @Attribute() cartId!: string;
  @Attribute() sku!: string;
  @Attribute({ type: 'number' }) quantity = 1;
}

@Entity({ table: T, pk: 'ITEM#{sku}', sk: 'ITEM' })
class Item {
  declare [Keys]?: { pk: 'ITEM#{sku}'; sk: 'ITEM' };
  @Attribute() sku!: string;
}

@Entity({ table: T, pk: 'CART#{cartId}', sk: 'CART' })
class Cart {
  declare [Keys]?: { pk: 'CART#{cartId}'; sk: 'CART' };
  declare [Edges]?: { items: CartItem };
  @Attribute() cartId!: string;
  items?: Item[];
}

export async function edges(cart: Cart, item: Item) {
  const edge = await db.relation(cart, 'items').add(item, { quantity: 2 });
  const quantity: number = edge.quantity;
  // @ts-expect-error a typo in edge data
  await db.relation(cart, 'items').add(item, { quantiy: 2 });
  // @ts-expect-error edge data of the wrong type
  await db.relation(cart, 'items').add(item, { quantity: 'two' });

  const [first, second] = await db.transactGet([
    { entity: Cart, key: { cartId: 'c1' } },
    { entity: CartItem, key: { cartId: 'c1', sku: 's1' }, select: ['quantity'] },
  ]);
  void first?.cartId;
  void second?.quantity;
  // @ts-expect-error sku was not selected
  void second?.sku;
  // @ts-expect-error a transactGet key of the wrong shape
  await db.transactGet([{ entity: Cart, key: { id: 'c1' } }]);
  return quantity;
}

@Entity({ table: T, pk: 'SHOP#{shopId}', sk: 'SHOP' })
class Shop {
  declare [Keys]?: { pk: 'SHOP#{shopId}'; sk: 'SHOP' };
  @Attribute() shopId!: string;
  shelves?: Shelf[];
  owner?: Profile;
}

@Entity({ table: T, pk: 'SHOP#{shopId}', sk: 'SHELF#{shelfId}' })
class Shelf {
  declare [Keys]?: { pk: 'SHOP#{shopId}'; sk: 'SHELF#{shelfId}' };
  @Attribute() shopId!: string;
  @Attribute() shelfId!: string;
  shop?: Shop;
}

export async function collections(shops: Repository<Shop>, shelves: Repository<Shelf>) {
  // A parent (a @BelongsTo) in the same item collection comes with the collection's page.
  const withShop = await shelves.collection({ shopId: 's1' }, { include: ['shop'] });
  void withShop.items;
  const page = await shops.collection({ shopId: 's1' }, { include: ['shelves'] });
  void page.items;
  // @ts-expect-error the owner lives in another partition (CUSTOMER#...), not the shop's collection
  await shops.collection({ shopId: 's1' }, { include: ['owner'] });
}
