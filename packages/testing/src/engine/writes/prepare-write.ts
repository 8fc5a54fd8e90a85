import type { Database } from '../state/database';
import { prepareDelete, type CheckedDelete } from './prepare-delete';
import { preparePut, type CheckedPut } from './prepare-put';
import { prepareUpdate, type CheckedUpdate } from './prepare-update';
import type { PreparedWrite } from './prepared-write';

/** A write checked as far as the request alone allows (checkPut, checkUpdate, checkDelete). */
export type CheckedWrite = CheckedPut | CheckedUpdate | CheckedDelete;

/** Looks up a checked write's table, checks the write against it and prepares it. */
export function prepareWrite(checked: CheckedWrite, database: Database): PreparedWrite {
  switch (checked.kind) {
    case 'Put':
      return preparePut(checked, database);
    case 'Update':
      return prepareUpdate(checked, database);
    default:
      return prepareDelete(checked, database);
  }
}
