// The reason staff give when they correct or remove a paper entry: it goes into the audit log, so
// it is short text and never a name or address (the form's hint says so). One rule for every
// component's paper corrections.
import { z } from "zod";

export const paperReason = z.string().trim().min(5, "paper.errors.reason").max(500, "forms.errors.tooLong");
