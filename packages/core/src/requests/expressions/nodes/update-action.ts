import type { AddAction } from './add-action';
import type { DeleteAction } from './delete-action';
import type { IncrementAction } from './increment-action';
import type { ListAppendAction } from './list-append-action';
import type { RemoveAction } from './remove-action';
import type { SetAction } from './set-action';
import type { SetIfNotExistsAction } from './set-if-not-exists-action';

/** One change of an update expression; each compiles into its SET, REMOVE, ADD or DELETE clause. */
export type UpdateAction =
  | SetAction
  | SetIfNotExistsAction
  | IncrementAction
  | ListAppendAction
  | AddAction
  | DeleteAction
  | RemoveAction;
