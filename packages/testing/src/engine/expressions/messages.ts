/**
 * Every text DynamoDB returns for a bad expression, in one place so the conformance suite can
 * adjust wording without touching the parsers. Texts are those of DynamoDB Local, which the
 * conformance suite checks the engine against.
 */

/** Which request parameter an expression came from; it prefixes most messages. */
export type ExpressionKind =
  | 'ConditionExpression'
  | 'FilterExpression'
  | 'UpdateExpression'
  | 'ProjectionExpression'
  | 'KeyConditionExpression';

/** 'Invalid UpdateExpression: ' + detail. */
export function invalidExpression(kind: ExpressionKind, detail: string): string {
  return `Invalid ${kind}: ${detail}`;
}

export const expressionMessages = {
  empty: 'The expression can not be empty;',
  tooLong: (size: number) => `Expression size has exceeded the maximum allowed size; expression size: ${size}`,
  syntaxError: (token: string, near: string) => `Syntax error; token: "${token}", near: "${near}"`,
  redundantParentheses: 'The expression has redundant parentheses;',
  /** The engine's own: DynamoDB parses any depth (and then finds too many operators). */
  tooManyNestingLevels: (levels: number) =>
    `The expression has too many nesting levels; nesting levels: ${levels}`,
  reservedKeyword: (word: string) => `Attribute name is a reserved keyword; reserved keyword: ${word}`,
  undefinedValue: (placeholder: string) =>
    `An expression attribute value used in expression is not defined; attribute value: ${placeholder}`,
  undefinedName: (placeholder: string) =>
    `An expression attribute name used in the document path is not defined; attribute name: ${placeholder}`,
  invalidFunction: (name: string) => `Invalid function name; function: ${name}`,
  functionMisused: (name: string) => `The function is not allowed to be used this way in an expression; function: ${name}`,
  functionNotInCondition: (name: string) => `The function is not allowed in a condition expression; function: ${name}`,
  functionNotInUpdate: (name: string) => `The function is not allowed in an update expression; function: ${name}`,
  operandCount: (name: string, count: number) =>
    `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${count}`,
  operandType: (name: string, type: string) =>
    `Incorrect operand type for operator or function; operator or function: ${name}, operand type: ${type}`,
  /** ADD and DELETE word it differently, with Java enum names for the type. */
  actionOperandType: (action: 'ADD' | 'DELETE', type: string) =>
    `Incorrect operand type for operator or function; operator: ${action}, operand type: ${type}, typeSet: ALLOWED_FOR_${action}_OPERAND`,
  /** attribute_type's second operand was a document path: DynamoDB lists its internal type names. */
  attributeTypePathOperand:
    'Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {FLOAT,NS,HDS,HD,S,INT,M,DOUBLE,FS,B,NULL,BOOL,N,SS,DECIMAL,L,DECIMALSET,DICT,BS,INTSET,DOUBLESET}',
  invalidTypeName: (type: string) =>
    `Invalid attribute type name found; type: ${type}, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}`,
  requiresPath: (name: string) => `Operator or function requires a document path; operator or function: ${name}`,
  operandsNotDistinct: (operator: string, path: string) =>
    `The first operand must be distinct from the remaining operands for this operator or function; operator: ${operator}, first operand: ${path}`,
  betweenTypes: (low: string, high: string) =>
    `The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: ${low}, upper bound operand: AttributeValue: ${high}`,
  betweenOrder: (low: string, high: string) =>
    `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: ${low}, upper bound operand: AttributeValue: ${high}`,
  tooManyInOperands: (count: number) => `The IN operator is provided with too many operands; number of operands: ${count}`,
  indexOutOfRange: (index: string) => `List index is not within the allowable range; index: [${index}]`,
  pathTooDeep: (levels: number) => `The document path has too many nesting levels; nesting levels: ${levels}`,
  pathsOverlap: (one: string, two: string) =>
    `Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${one}, path two: ${two}`,
  pathsConflict: (one: string, two: string) =>
    `Two document paths conflict with each other; must remove or rewrite one of these paths; path one: ${one}, path two: ${two}`,
  internalError: 'Internal server error',
  sectionRepeated: (section: string) => `The "${section}" section can only be used once in an update expression;`,
};

/** Request-level messages about ExpressionAttributeNames / ExpressionAttributeValues (no prefix). */
export const placeholderMessages = {
  unusedNames: (keys: string[]) => `Value provided in ExpressionAttributeNames unused in expressions: keys: {${keys.join(', ')}}`,
  unusedValues: (keys: string[]) => `Value provided in ExpressionAttributeValues unused in expressions: keys: {${keys.join(', ')}}`,
  emptyNames: 'ExpressionAttributeNames must not be empty',
  emptyValues: 'ExpressionAttributeValues must not be empty',
  invalidNameKey: (key: string) => `ExpressionAttributeNames contains invalid key: Syntax error; key: "${key}"`,
  invalidValueKey: (key: string) => `ExpressionAttributeValues contains invalid key: Syntax error; key: "${key}"`,
  emptyNameValue: (key: string) => `ExpressionAttributeNames contains invalid value: Empty attribute name for key ${key}`,
  nullNameValue: (key: string) => `ExpressionAttributeNames contains invalid value: null for key ${key}`,
  nameTooLong: (key: string) =>
    `ExpressionAttributeNames contains invalid value: Attribute name is too large, must be less than 65536 bytes for key ${key}`,
};

/** Errors found while applying an update to an item (no prefix). */
export const updateMessages = {
  missingAttribute: 'The provided expression refers to an attribute that does not exist in the item',
  wrongType: 'An operand in the update expression has an incorrect data type',
  invalidPath: 'The document path provided in the update expression is invalid for update',
};

/** Query key condition checks (no prefix). */
export const keyConditionMessages = {
  invalidOperator: (operator: string) => `Invalid operator used in KeyConditionExpression: ${operator}`,
  nestedOperation: 'KeyConditionExpressions cannot contain nested operations',
  nestedAttribute: 'KeyConditionExpressions cannot have conditions on nested attributes',
  keyNotScalar: (key: string) =>
    `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: ${key}`,
  indexKeyNotScalar: (key: string) =>
    `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: ${key}`,
  multipleNames: 'Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition',
  noKeyAttribute: 'Invalid condition in KeyConditionExpression: No key attribute specified',
  beginsWithOperand:
    'Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand',
  onePerKey: 'KeyConditionExpressions must only contain one condition per key',
  tooManyConditions: 'Conditions can be of length 1 or 2 only',
  /** DynamoDB itself appends ': <key name>'; DynamoDB Local does not. */
  missedKey: (_key: string) => 'Query condition missed key schema element',
  notSupported: 'Query key condition not supported',
  hashEquality: (keys: string[]) => `HASH key attributes ${keys.join(', ')} must have equality conditions specified in the query`,
  rangeEquality: (keys: string[], conditioned: string) =>
    `RANGE key attributes ${keys.join(', ')} must have equality conditions specified in the query because a condition is present on key attribute ${conditioned}`,
  filterOnKey: (key: string) => `Filter Expression can only contain non-primary key attributes: Primary key attribute: ${key}`,
  typeMismatch: 'One or more parameter values were invalid: Condition parameter type does not match schema type',
};
