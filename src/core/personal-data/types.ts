// What core and every component declare about the personal data they hold, so "download my data"
// is whole and deleting an account leaves nothing behind that points to the person. The rules per
// table, with the reasons, are in docs/personal-data.md; a test checks that every table in the
// database is listed by exactly one owner, and in that document with the same rule.
import type { Executor } from "../db/database";

/**
 * What deleting an account does to the rows of a table that concern the person:
 * - removed: the rows go;
 * - anonymised: the rows stay, with nothing left that identifies or points to the person;
 * - kept: the rows stay as a public or accountable record, pointing to the emptied account, which
 *   shows as "former participant";
 * - partly removed: some rows go and the others stay (anonymised or kept); the document says which;
 * - not personal: the table holds nothing about people.
 */
export type ErasureRule = "removed" | "anonymised" | "kept" | "partly removed" | "not personal";

export interface Person {
  id: number;
  siteId: number;
}

export interface PersonalData {
  /** Every table the owner created, with its rule. */
  tables: Record<string, ErasureRule>;
  /** Everything the person contributed or the owner holds about them, with dates; never secrets. */
  export(db: Executor, person: Person, now: Date): Promise<Record<string, unknown>>;
  /** Runs inside the account-deletion transaction and applies the rules of `tables`. Counters
   *  that count removed rows are updated in the same transaction, so they never drift. */
  erase(trx: Executor, person: Person, now: Date): Promise<void>;
}
