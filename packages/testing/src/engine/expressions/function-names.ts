/** The functions of DynamoDB's expression languages, by where they may appear. */
export const CONDITION_FUNCTIONS = ['attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains'] as const;
export type ConditionFunctionName = (typeof CONDITION_FUNCTIONS)[number];

export const UPDATE_FUNCTIONS = ['list_append', 'if_not_exists'] as const;
export type UpdateFunctionName = (typeof UPDATE_FUNCTIONS)[number];

export function isConditionFunction(name: string): name is ConditionFunctionName {
  return (CONDITION_FUNCTIONS as readonly string[]).includes(name);
}

export function isUpdateFunction(name: string): name is UpdateFunctionName {
  return (UPDATE_FUNCTIONS as readonly string[]).includes(name);
}
