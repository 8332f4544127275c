// Paper supports of an idea as staff see them: each line with its batch and who entered it.
import type { Executor } from "../../../core/db/database";

export interface PaperLineView {
  id: number;
  name: string;
  postcode: string;
  created_at: string;
  batch_id: number;
  batch_label: string;
  batch_created_at: string;
  entered_by_name: string | null;
}

export function listPaperLines(db: Executor, ideaId: number): Promise<PaperLineView[]> {
  return db
    .selectFrom("idea_paper_supports as s")
    .innerJoin("paper_batches as b", "b.id", "s.batch_id")
    .leftJoin("users as u", "u.id", "s.entered_by")
    .select([
      "s.id",
      "s.name",
      "s.postcode",
      "s.created_at",
      "s.batch_id",
      "b.label as batch_label",
      "b.created_at as batch_created_at",
      "u.display_name as entered_by_name",
    ])
    .where("s.idea_id", "=", ideaId)
    .orderBy("s.id", "desc")
    .execute();
}

export function loadPaperLine(db: Executor, ideaId: number, lineId: number) {
  return db
    .selectFrom("idea_paper_supports")
    .selectAll()
    .where("idea_id", "=", ideaId)
    .where("id", "=", lineId)
    .executeTakeFirst();
}
