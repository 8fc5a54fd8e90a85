import type { Step } from './steps';

/** One conformance case: requests sent to DynamoDB Local and MemoryDynamoDB alike. */
export interface ConformanceCase {
  name: string;
  /** Requests that prepare the state; only their errors are compared. */
  setup?: Step[];
  /** The request(s) under test; every response or error is compared. */
  request: Step | Step[];
  /** Runs in a database of its own (DynamoDB Local: its own access key), for ListTables. */
  isolated?: boolean;
  /**
   * Depends on the wall clock (TTL values relative to now): answered live by DynamoDB Local on
   * every run, never recorded; not checked when DynamoDB Local is not enabled.
   */
  clock?: boolean;
}

/** A group of cases from one file, named for its area. */
export interface CaseGroup {
  area: string;
  cases: ConformanceCase[];
}

/** What a case produced on one engine. */
export interface CaseResult {
  /** Setup steps that failed (index and error); absent when all succeeded. */
  setupErrors?: { step: number; error: Record<string, unknown> }[];
  results: Record<string, unknown>[];
}
