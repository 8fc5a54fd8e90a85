import type { PathOperand } from './path-operand';
import type { SizeOperand } from './size-operand';
import type { ValueOperand } from './value-operand';

/** Anything that can stand on either side of a comparison, BETWEEN or IN. */
export type Operand = PathOperand | ValueOperand | SizeOperand;
