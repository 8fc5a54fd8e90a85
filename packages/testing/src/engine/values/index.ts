export { type Item, type AttributeType, typeOf } from './types';
export { compareKeyValues, compareUtf8, compareBytes, bytesEqual } from './compare';
export { valuesEqual } from './equality';
export { normalizeNumber, addNumbers, subtractNumbers, compareNumbers } from './numbers';
export { itemSize, valueSize, numberSize, utf8Length } from './item-size';
export { validateItemValues, validateAttributeValue, type ValidateOptions } from './validate';
export { sortSetElements } from './set-order';
export { cloneValue } from './clone';
export { valueMessages } from './messages';
