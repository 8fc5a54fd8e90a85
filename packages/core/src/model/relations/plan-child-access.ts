import { joinWords } from '../keys/join-words';
import { matchKeyTemplates, segmentCount } from '../keys/match-key-templates';
import type { EntityKeyTemplates, EntityMetadata } from '../metadata/types';
import type { ChildAccess } from './relation-plan';

export interface ChildAccessOptions {
  index?: string;
  keys?: Record<string, string>;
}

function invert(map: Map<string, string>): Record<string, string> {
  const inverted: Record<string, string> = {};
  for (const [ownerSlot, childSlot] of map) inverted[childSlot] = ownerSlot;
  return inverted;
}

/** The owner's pk as a child would write it: 'CUSTOMER#{id}' → 'CUSTOMER#{customerId}'. */
function suggestedPartition(owner: EntityMetadata): string {
  const prefix = owner.name.charAt(0).toLowerCase() + owner.name.slice(1);
  return owner.keys.pk.parts
    .map((part) =>
      part.kind === 'literal'
        ? part.value
        : `{${prefix}${part.property.charAt(0).toUpperCase()}${part.property.slice(1)}}`,
    )
    .join('');
}

function notSharedProblem(
  owner: EntityMetadata,
  child: EntityMetadata,
  serving: EntityKeyTemplates,
  index: string | undefined,
  where: string,
): string {
  const label = index === undefined ? 'pk' : `index ${index} pk`;
  const suggestion = suggestedPartition(owner);
  const servingIndex = Object.entries(child.indexes).find(
    ([, templates]) => matchKeyTemplates(owner.keys.pk, templates.pk, true) !== undefined,
  );
  const alternative = servingIndex
    ? `, or read them from index ${servingIndex[0]}, whose pk '${servingIndex[1].pk.source}' renders it: add { index: '${servingIndex[0]}' } to the decorator`
    : `, or give ${child.name} an index with pk '${suggestion}' and name it in the decorator ({ index: 'GSI1' })`;
  return (
    `${where}: ${child.name}'s ${label} '${serving.pk.source}' does not render ${owner.name}'s partition ` +
    `'${owner.keys.pk.source}', so the ${child.name} items of a ${owner.name} cannot be found by one Query. ` +
    `Give ${child.name} ${index === undefined ? 'a pk' : `an index ${index} pk`} of the same shape, e.g. '${suggestion}', ` +
    `with an sk that starts with its own literal (e.g. '${child.name.toUpperCase()}#{id}')${alternative}`
  );
}

/** The key a relation reads the children by: slots of templates, or a multi-attribute key's properties. */
interface ServingKey {
  pk: readonly string[];
  sk: readonly string[];
  /** "pk 'CUSTOMER#{customerId}'" or "index byOrg pk [orgId]", for messages. */
  pkLabel: string;
  skLabel: string;
  /** Whether pk and sk are key templates (with slots) rather than property lists. */
  templates: boolean;
}

function templateKey(serving: EntityKeyTemplates): ServingKey {
  return {
    pk: serving.pk.slots,
    sk: serving.sk?.slots ?? [],
    pkLabel: `pk '${serving.pk.source}'`,
    skLabel: `sk slots ('${serving.sk?.source ?? ''}')`,
    templates: true,
  };
}

function explicitAccess(
  owner: EntityMetadata,
  child: EntityMetadata,
  serving: ServingKey,
  options: ChildAccessOptions,
  where: string,
): { access?: ChildAccess; problems: string[] } {
  const keys = options.keys!;
  const problems: string[] = [];
  for (const [slot, property] of Object.entries(keys)) {
    if (typeof property !== 'string' || !owner.attributes.has(property)) {
      problems.push(
        `${where}: keys.${slot} is '${String(property)}', which is not an attribute of ${owner.name}`,
      );
    }
    if (!serving.pk.includes(slot) && !serving.sk.includes(slot)) {
      problems.push(
        serving.templates
          ? `${where}: keys.${slot}: ${child.name}'s key templates have no {${slot}} slot`
          : `${where}: keys.${slot}: ${child.name}'s ${serving.pkLabel}${serving.sk.length ? ` / ${serving.skLabel}` : ''} does not list ${slot}`,
      );
    }
  }
  const missing = serving.pk.filter((slot) => !(slot in keys));
  if (missing.length) {
    problems.push(
      `${where}: keys must pair every ${serving.templates ? 'slot' : 'property'} of ${child.name}'s ${serving.pkLabel} with a ${owner.name} property; ${joinWords(missing)} ${missing.length > 1 ? 'are' : 'is'} missing`,
    );
  }
  const given = serving.sk.map((slot) => slot in keys);
  if (given.indexOf(false) >= 0 && given.lastIndexOf(true) > given.indexOf(false)) {
    problems.push(
      `${where}: keys may only pair a leading run of ${child.name}'s ${serving.skLabel}: sort keys are matched left to right`,
    );
  }
  if (problems.length) return { problems };
  const access: ChildAccess = { partition: {}, sortPrefix: {} };
  if (options.index !== undefined) access.index = options.index;
  for (const [slot, property] of Object.entries(keys)) {
    if (serving.pk.includes(slot)) access.partition[slot] = property;
    else access.sortPrefix[slot] = property;
  }
  return { access, problems };
}

/** Children in a multi-attribute index: `keys` pairs its key properties with the owner's. */
function attributeIndexAccess(
  owner: EntityMetadata,
  child: EntityMetadata,
  options: ChildAccessOptions,
  where: string,
): { access?: ChildAccess; problems: string[] } {
  const index = options.index!;
  const keys = child.attributeIndexes[index];
  if (!options.keys) {
    const example = keys.pk.map((property) => `${property}: '${owner.keys.pk.slots[0] ?? 'id'}'`);
    return {
      problems: [
        `${where}: index ${index} of ${child.name} has a multi-attribute key (pk [${keys.pk.join(', ')}]), which monotable cannot ` +
          `pair with ${owner.name}'s key by itself: say which ${owner.name} property fills each, e.g. { index: '${index}', keys: { ${example.join(', ')} } }`,
      ],
    };
  }
  const serving: ServingKey = {
    pk: keys.pk,
    sk: keys.sk,
    pkLabel: `index ${index} pk [${keys.pk.join(', ')}]`,
    skLabel: `index ${index} sk [${keys.sk.join(', ')}]`,
    templates: false,
  };
  return explicitAccess(owner, child, serving, options, where);
}

/**
 * How to find the children of an owner: in the owner's partition when the child's pk template
 * has the owner's pk shape ('CUSTOMER#{id}' / 'CUSTOMER#{customerId}'), narrowed further when
 * the child's sk nests under the owner's ('ORDER#{id}' / 'ORDER#{orderId}#LINE#{sku}'); or in the
 * index named by `index`, whose pk template must have the owner's pk shape. `keys` pairs the
 * slots explicitly instead, and must for a multi-attribute index (whose properties carry no
 * shape to match).
 */
export function planChildAccess(
  owner: EntityMetadata,
  child: EntityMetadata,
  options: ChildAccessOptions,
  where: string,
): { access?: ChildAccess; problems: string[] } {
  const { index } = options;
  if (index !== undefined && child.attributeIndexes[index]) {
    const planned = attributeIndexAccess(owner, child, options, where);
    if (!planned.access) return planned;
    const problem = unidentifiedOwner(owner, child, planned.access, where);
    return problem ? { problems: [problem] } : planned;
  }
  const serving = index === undefined ? child.keys : child.indexes[index];
  if (!serving) {
    return {
      problems: [
        `${where}: ${child.name} has no key templates for index ${index}; declare them in its ` +
          `@Entity({ indexes: { ${index}: { pk, sk } } }) or remove the index option`,
      ],
    };
  }
  const planned = options.keys
    ? explicitAccess(owner, child, templateKey(serving), options, where)
    : derivedAccess(owner, child, serving, index, where);
  if (!planned.access) return planned;
  const problem = unidentifiedOwner(owner, child, planned.access, where);
  return problem ? { problems: [problem] } : planned;
}

function derivedAccess(
  owner: EntityMetadata,
  child: EntityMetadata,
  serving: EntityKeyTemplates,
  index: string | undefined,
  where: string,
): { access?: ChildAccess; problems: string[] } {
  const partition = matchKeyTemplates(owner.keys.pk, serving.pk, true);
  if (!partition) return { problems: [notSharedProblem(owner, child, serving, index, where)] };
  const access: ChildAccess = { partition: invert(partition), sortPrefix: {} };
  if (index !== undefined) access.index = index;
  if (owner.keys.sk && serving.sk && segmentCount(owner.keys.sk) < segmentCount(serving.sk)) {
    const nested = matchKeyTemplates(owner.keys.sk, serving.sk, false);
    if (nested) access.sortPrefix = invert(nested);
  }
  return { access, problems: [] };
}

/**
 * When several owners share a partition (the owner's sk has slots: orders in a customer's
 * partition), the children must carry every slot of the owner's key, or one owner's query
 * would return the children of all of them.
 */
function unidentifiedOwner(
  owner: EntityMetadata,
  child: EntityMetadata,
  access: ChildAccess,
  where: string,
): string | undefined {
  const used = new Set([...Object.values(access.partition), ...Object.values(access.sortPrefix)]);
  const ownerSlots = [...owner.keys.pk.slots, ...(owner.keys.sk?.slots ?? [])];
  const missing = ownerSlots.filter((slot) => !used.has(slot));
  if (!missing.length) return undefined;
  const sk = owner.keys.sk ? owner.keys.sk.source : '';
  return (
    `${where}: several ${owner.name} items share a partition, and the ${child.name} keys do not carry ` +
    `${owner.name}'s ${joinWords(missing.map((slot) => `{${slot}}`))}, so one ${owner.name}'s query would return ` +
    `the ${child.name} items of all of them. Nest ${child.name}'s sk under ${owner.name}'s ` +
    `(e.g. '${sk}#${child.name.toUpperCase()}#{id}', with ${child.name} properties in its slots), or pass keys`
  );
}
