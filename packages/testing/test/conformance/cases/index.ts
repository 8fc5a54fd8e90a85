import type { CaseGroup } from '../harness/conformance-case';
import { attributeTypeCases } from './attribute-types';
import { batchCases } from './batch';
import { capacityCases } from './capacity';
import { conditionCases } from './conditions';
import { createTableCases } from './create-table';
import { deleteItemCases, getItemCases } from './get-delete-item';
import { errorBodyCases } from './error-bodies';
import { indexQueryCases } from './index-query';
import { itemSequenceCases } from './item-sequences';
import { legacyParameterCases } from './legacy-parameters';
import { multiAttributeQueryCases } from './multi-attribute-queries';
import { multiAttributeTableCases } from './multi-attribute-tables';
import { pageCases } from './pages';
import { projectionCases } from './projections';
import { putItemCases } from './put-item';
import { queryCases } from './query';
import { scanCases } from './scan';
import { tableOperationCases } from './table-operations';
import { transactionCases } from './transactions';
import { transactionValidationCases } from './transaction-validation';
import { updateExpressionCases } from './update-expressions';
import { updateItemCases } from './update-item';
import { nullMemberCases } from './null-members';
import { requestCheckCases } from './request-checks';
import { validationCases } from './validation';
import { validationOrderCases } from './validation-order';
import { streamCases } from './streams';
import { wireShapeCases } from './wire-shapes';

/** Every conformance case, grouped by area. */
export const CASE_GROUPS: CaseGroup[] = [
  createTableCases,
  tableOperationCases,
  putItemCases,
  getItemCases,
  updateItemCases,
  deleteItemCases,
  conditionCases,
  updateExpressionCases,
  attributeTypeCases,
  projectionCases,
  queryCases,
  indexQueryCases,
  multiAttributeTableCases,
  multiAttributeQueryCases,
  scanCases,
  pageCases,
  batchCases,
  transactionCases,
  transactionValidationCases,
  validationCases,
  validationOrderCases,
  requestCheckCases,
  nullMemberCases,
  legacyParameterCases,
  capacityCases,
  errorBodyCases,
  itemSequenceCases,
  wireShapeCases,
  streamCases,
];
