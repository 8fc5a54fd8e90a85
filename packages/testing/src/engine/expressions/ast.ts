import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DocumentPath } from './document-path';
import type { ConditionFunctionName } from './function-names';
import type { Comparator } from './syntax-tree';

export type { Comparator } from './syntax-tree';

/** A resolved operand: placeholders substituted, ready to evaluate against an item. */
export type Operand =
  | { readonly kind: 'path'; readonly path: DocumentPath }
  | { readonly kind: 'value'; readonly value: AttributeValue }
  | { readonly kind: 'size'; readonly operand: Operand };

/** A parsed and validated ConditionExpression / FilterExpression. */
export type ConditionAst =
  | { readonly kind: 'compare'; readonly operator: Comparator; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'between'; readonly operand: Operand; readonly low: Operand; readonly high: Operand }
  | { readonly kind: 'in'; readonly operand: Operand; readonly list: readonly Operand[] }
  | { readonly kind: 'function'; readonly name: ConditionFunctionName; readonly args: readonly Operand[] }
  | { readonly kind: 'not'; readonly condition: ConditionAst }
  | { readonly kind: 'and' | 'or'; readonly left: ConditionAst; readonly right: ConditionAst };

/** A parsed KeyConditionExpression; check it against the key schema with resolveKeyCondition. */
export type KeyConditionAst = ConditionAst;

/** The right-hand side of a SET action. */
export type UpdateValue =
  | { readonly kind: 'path'; readonly path: DocumentPath }
  | { readonly kind: 'value'; readonly value: AttributeValue }
  | { readonly kind: 'arithmetic'; readonly operator: '+' | '-'; readonly left: UpdateValue; readonly right: UpdateValue }
  | { readonly kind: 'list_append'; readonly first: UpdateValue; readonly second: UpdateValue }
  | { readonly kind: 'if_not_exists'; readonly path: DocumentPath; readonly fallback: UpdateValue };

export type UpdateAction =
  | { readonly kind: 'SET'; readonly path: DocumentPath; readonly value: UpdateValue }
  | { readonly kind: 'REMOVE'; readonly path: DocumentPath }
  | { readonly kind: 'ADD' | 'DELETE'; readonly path: DocumentPath; readonly value: AttributeValue };

/** A parsed and validated UpdateExpression: its actions in source order. */
export interface UpdateAst {
  readonly actions: readonly UpdateAction[];
}
