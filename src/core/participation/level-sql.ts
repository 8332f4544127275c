// The verification level as a SQL condition on `users`, for staff lists filtered by level. It
// mirrors verificationLevel() (verification-level.ts); level-sql.test.ts proves they agree.
import type { ExpressionBuilder } from "kysely";
import type { Database } from "../db/types";
import type { VerificationLevel } from "./verification-level";

export function hasLevel(level: VerificationLevel) {
  return (eb: ExpressionBuilder<Database, "users">) => {
    if (level === "identity") return eb("users.identity_verified_at", "is not", null);
    const identityMissing = eb("users.identity_verified_at", "is", null);
    return level === "email"
      ? eb.and([identityMissing, eb("users.email_verified_at", "is not", null)])
      : eb.and([identityMissing, eb("users.email_verified_at", "is", null)]);
  };
}
