import type { PropertyFacts } from './property-facts';
import type { AttributeRole, AttributeType } from './types';

const ATTRIBUTE_TYPES: readonly AttributeType[] = [
  'string',
  'number',
  'boolean',
  'date',
  'map',
  'list',
  'set',
  'binary',
  'any',
];

const BUILT_IN_TYPES = new Map<Function, AttributeType>([
  [String, 'string'],
  [Number, 'number'],
  [Boolean, 'boolean'],
  [Date, 'date'],
  [Array, 'list'],
  [Set, 'set'],
  [Map, 'map'],
  [Buffer, 'binary'],
  [Uint8Array, 'binary'],
]);

/** design:type values that say nothing about the stored value (unions, interfaces, any, ...). */
const UNUSABLE_TYPES = new Set<Function>([
  Object,
  Function,
  Promise,
  Symbol,
  BigInt,
  WeakMap,
  WeakSet,
]);

const ROLE_DECORATORS: Record<AttributeRole, string> = {
  version: '@Version()',
  createdAt: '@CreatedAt()',
  updatedAt: '@UpdatedAt()',
  ttl: '@Ttl()',
};

export type ResolvedType = { type: AttributeType; designType?: Function } | { problems: string[] };

function fromDesignType(designType: Function | undefined): ResolvedType {
  if (designType && BUILT_IN_TYPES.has(designType)) {
    const type = BUILT_IN_TYPES.get(designType)!;
    return type === 'map' ? { type, designType } : { type };
  }
  if (!designType || UNUSABLE_TYPES.has(designType)) {
    return {
      problems: [
        `the storage type cannot be inferred (design:type is ${designType?.name ?? 'missing'}, as for ` +
          `unions, interfaces, any and properties typed only by an initializer); pass @Attribute({ type: ... }) with one of ${ATTRIBUTE_TYPES.join(', ')}`,
      ],
    };
  }
  return { type: 'map', designType }; // a user class: stored as a map, rebuilt on read
}

function forRole(
  role: AttributeRole,
  explicit: AttributeType | undefined,
  designType?: Function,
): ResolvedType {
  const allowed: AttributeType[] =
    role === 'version' ? ['number'] : role === 'ttl' ? ['date', 'number'] : ['date'];
  if (explicit && !allowed.includes(explicit)) {
    return {
      problems: [`${ROLE_DECORATORS[role]} needs type ${allowed.join(' or ')}, not '${explicit}'`],
    };
  }
  if (explicit) return { type: explicit };
  if (role === 'ttl') return { type: designType === Number ? 'number' : 'date' };
  return { type: allowed[0] };
}

/**
 * The storage type of a property: an explicit `type` first, then what its role implies, then
 * `design:type`; every problem found when none of them is usable (an unknown `type` and
 * conflicting roles are both reported).
 */
export function resolveAttributeType(facts: PropertyFacts): ResolvedType {
  const explicit = facts.attribute?.type;
  const problems: string[] = [];
  if (explicit !== undefined && !ATTRIBUTE_TYPES.includes(explicit)) {
    problems.push(`type '${String(explicit)}' is not one of ${ATTRIBUTE_TYPES.join(', ')}`);
  }
  const roles = facts.roles ?? [];
  if (roles.length > 1) {
    problems.push(
      `has ${roles.map((r) => ROLE_DECORATORS[r]).join(' and ')}; give each its own property`,
    );
  }
  if (problems.length) return { problems };
  if (roles.length === 1) return forRole(roles[0], explicit, facts.designType);
  if (explicit === 'map' && facts.designType && !UNUSABLE_TYPES.has(facts.designType)) {
    const inferred = fromDesignType(facts.designType);
    if ('type' in inferred && inferred.type === 'map') return inferred;
  }
  if (explicit) return { type: explicit };
  return fromDesignType(facts.designType);
}
