import { applyProjection, parseProjection, type DocumentPath, type ExpressionUsage } from '../expressions';
import { validationError } from '../errors';
import { emptyRecord, type Item } from '../values';

/**
 * Which attributes a read returns: a ProjectionExpression's paths, the legacy AttributesToGet
 * (top-level names), or everything.
 */
export interface AttributeSelection {
  paths?: DocumentPath[];
  attributesToGet?: string[];
}

export function parseAttributeSelection(
  input: { ProjectionExpression?: string; AttributesToGet?: string[] },
  usage: ExpressionUsage,
): AttributeSelection {
  if (input.ProjectionExpression !== undefined) return { paths: parseProjection(input.ProjectionExpression, usage) };
  if (input.AttributesToGet) {
    const seen = new Set<string>();
    for (const name of input.AttributesToGet) {
      if (!name) throw validationError('Empty attribute name');
      if (seen.has(name)) throw validationError(`One or more parameter values were invalid: Duplicate value in attribute name: ${name}`);
      seen.add(name);
    }
    return { attributesToGet: [...input.AttributesToGet] };
  }
  return {};
}

export function hasSelection(selection: AttributeSelection): boolean {
  return selection.paths !== undefined || selection.attributesToGet !== undefined;
}

/** The part of the item the selection asks for. */
export function selectAttributes(selection: AttributeSelection, item: Item): Item {
  if (selection.paths) return applyProjection(selection.paths, item);
  if (selection.attributesToGet) {
    const picked: Item = emptyRecord();
    for (const name of selection.attributesToGet) {
      if (item[name] !== undefined) picked[name] = item[name];
    }
    return picked;
  }
  return item;
}
