// The SQL reading of an idea rule (domain/idea-condition.ts): the same value that `holds` answers
// for one idea becomes a WHERE clause on the `ideas` table, for selects and conditional updates
// alike. Columns are qualified (`ideas.state`), so the clause also works in joined queries.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "../../../core/db/types";
import type { IdeaCondition } from "../domain/idea-condition";
import "./tables";

type Builder = ExpressionBuilder<Database, "ideas">;

export function ideaWhere(condition: IdeaCondition): (eb: Builder) => Expression<SqlBool> {
  return (eb) => compile(condition, eb);
}

function compile(condition: IdeaCondition, eb: Builder): Expression<SqlBool> {
  switch (condition.kind) {
    case "state":
      // An empty list would be `in ()`, which is not SQL: it matches nothing.
      return condition.states.length ? eb("ideas.state", "in", condition.states) : sql<SqlBool>`1 = 0`;
    case "time":
      return eb(`ideas.${condition.column}`, condition.op, condition.instant);
    case "missing":
      return eb(`ideas.${condition.column}`, "is", null);
    case "all":
      return condition.of.length ? eb.and(condition.of.map((c) => compile(c, eb))) : sql<SqlBool>`1 = 1`;
    case "any":
      return condition.of.length ? eb.or(condition.of.map((c) => compile(c, eb))) : sql<SqlBool>`1 = 0`;
  }
}
