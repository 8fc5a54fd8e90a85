/**
 * DynamoDB's wording for invalid attribute values, in one place so the conformance suite can
 * adjust a message without hunting through the code. Texts are those of DynamoDB Local.
 */
export const valueMessages = {
  notANumber: 'A value provided cannot be converted into a number',
  tooPrecise: 'DynamoDB only supports precision up to 38 digits',
  overflow: 'Number overflow. Attempting to store a number with magnitude larger than supported range',
  underflow: 'Number underflow. Attempting to store a number with magnitude smaller than supported range',
  emptyValue: 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
  manyTypes:
    'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
  nullNotTrue: 'One or more parameter values were invalid: Null attribute value types must have the value of true',
  emptyNumberSet: 'One or more parameter values were invalid: An number set  may not be empty',
  emptyStringSet: 'One or more parameter values were invalid: An string set  may not be empty',
  emptyBinarySet: 'One or more parameter values were invalid: Binary sets should not be empty',
  numberSetDuplicates: 'Input collection contains duplicates',
  stringSetDuplicates: (elements: string[]) =>
    `One or more parameter values were invalid: Input collection [${elements.join(', ')}] contains duplicates`,
  binarySetDuplicates: 'One or more parameter values were invalid: Input collection of type BS contains duplicates.',
  emptyAttributeName: 'Empty attribute name',
  /** A null where an AttributeValue should be: named when it is a member of an item or map. */
  nullValue: (name?: string) => `The supplied Item contains a null AttributeValue${name === undefined ? '' : `: ${name} is null`}`,
  nullStringSetMember: 'One or more parameter values were invalid: An string set may not have a null string as a member',
  /** DynamoDB Local fails (HTTP 500) on a null member of a binary set; worded like the string set's. */
  nullBinarySetMember: 'One or more parameter values were invalid: An binary set may not have a null binary as a member',
  /** How an invalid value inside ExpressionAttributeValues is reported. */
  invalidExpressionValue: (message: string, placeholder: string) =>
    `ExpressionAttributeValues contains invalid value: ${message} for key ${placeholder}`,
};
