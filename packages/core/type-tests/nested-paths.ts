/**
 * Compile-only: nested paths in updates, conditions and filters are typed from the property
 * types; a path the entity does not have is a compile error.
 */
import { Attribute, Entity, Table, increment, remove, type Repository } from '../src';

const T = new Table({ name: 't', partitionKey: 'PK', sortKey: 'SK' });

class Geo {
  lat!: number;
  lng!: number;
}
class Address {
  city!: string;
  zip?: string;
  geo?: Geo;
}
class ChecklistItem {
  label!: string;
  done!: boolean;
}

@Entity({ table: T, pk: 'JOB#{id}', sk: 'JOB' })
class Job {
  @Attribute() id!: string;
  @Attribute({ type: 'map' }) address?: Address;
  @Attribute({ type: 'list' }) checklist: ChecklistItem[] = [];
  @Attribute({ type: 'map' }) meta: Record<string, number> = {};
  @Attribute({ type: 'map' }) estimate?: { hours: number; cost: number };
  @Attribute({ type: 'any' }) raw?: any;
}

declare const jobs: Repository<Job>;
const key = { id: 'j1' };

export async function nested() {
  await jobs.update(key, {
    'address.city': 'Oslo',
    'address.geo.lat': 59.9,
    'checklist[0].done': true,
    'meta.views': increment(1),
    'estimate.hours': 3,
    'address.zip': remove(),
    'raw.anything.below': 1,
  });
  await jobs.query({ id: 'j1' }, { filter: { 'address.city': 'Oslo', 'checklist[2].label': { beginsWith: 'Call' } } });
  await jobs.update(key, { 'estimate.cost': 10 }, { condition: { 'estimate.hours': { lt: 8 } } });

  // @ts-expect-error a typo in a nested path
  await jobs.update(key, { 'estimate.hour': 3 });
  // @ts-expect-error a typo in a filter path
  await jobs.query({ id: 'j1' }, { filter: { 'address.cty': 'Oslo' } });
  // @ts-expect-error a nested value of the wrong type
  await jobs.update(key, { 'checklist[0].done': 'yes' });
  // @ts-expect-error increment on a nested string
  await jobs.update(key, { 'address.city': increment(1) });
  // @ts-expect-error a condition on a nested number with a string
  await jobs.update(key, { 'estimate.cost': 1 }, { condition: { 'estimate.hours': { lt: 'eight' } } });
  // @ts-expect-error a path below a leaf
  await jobs.update(key, { 'address.city.name': 'x' });
}
