/**
 * The parse tree of an expression before placeholders are substituted: what the parsers build
 * and the syntax checks walk. Resolution (see resolve-*.ts) turns it into the ASTs in ast.ts.
 */

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type SyntaxPathElement =
  | { readonly kind: 'identifier'; readonly name: string }
  | { readonly kind: 'name'; readonly placeholder: string }
  | { readonly kind: 'index'; readonly text: string };

export interface SyntaxPath {
  readonly kind: 'path';
  readonly elements: readonly SyntaxPathElement[];
}

export interface SyntaxCall {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly SyntaxOperand[];
}

export type SyntaxOperand =
  | SyntaxPath
  | { readonly kind: 'value'; readonly placeholder: string }
  | SyntaxCall
  | {
      readonly kind: 'arithmetic';
      readonly operator: '+' | '-';
      readonly left: SyntaxOperand;
      readonly right: SyntaxOperand;
    };

export type SyntaxCondition =
  | { readonly kind: 'compare'; readonly operator: Comparator; readonly left: SyntaxOperand; readonly right: SyntaxOperand }
  | { readonly kind: 'between'; readonly operand: SyntaxOperand; readonly low: SyntaxOperand; readonly high: SyntaxOperand }
  | { readonly kind: 'in'; readonly operand: SyntaxOperand; readonly list: readonly SyntaxOperand[] }
  | { readonly kind: 'function'; readonly call: SyntaxCall }
  | { readonly kind: 'not'; readonly condition: SyntaxCondition }
  | { readonly kind: 'and' | 'or'; readonly left: SyntaxCondition; readonly right: SyntaxCondition };

export type UpdateSectionName = 'SET' | 'REMOVE' | 'ADD' | 'DELETE';

export type SyntaxUpdateAction =
  | { readonly kind: 'SET'; readonly path: SyntaxPath; readonly value: SyntaxOperand }
  | { readonly kind: 'REMOVE'; readonly path: SyntaxPath }
  | { readonly kind: 'ADD' | 'DELETE'; readonly path: SyntaxPath; readonly placeholder: string };

export interface SyntaxUpdateSection {
  readonly kind: UpdateSectionName;
  readonly actions: readonly SyntaxUpdateAction[];
}
