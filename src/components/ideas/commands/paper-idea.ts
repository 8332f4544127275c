// An idea proposed on a paper form (docs/paper.md), entered by staff and published at once (the
// form was signed and handed in: that is the proposer's "publish"). The proposer is either an
// account of this site (found by its e-mail address: the idea is theirs, as if they had typed it)
// or a written name without an account: the idea is then held by the staff member who entered it
// (they get its mail, to pass on by post) and shows the written name as its author.
// The draft, the publication, the paper source and an audit-log row are one transaction.
import { audit } from "../../../core/audit/log";
import type { CurrentUser } from "../../../core/auth/sessions";
import type { Site } from "../../../core/db/types";
import { HttpError } from "../../../core/http/errors";
import { type PaperSource, resolveSource } from "../../../core/paper/batches";
import type { Services } from "../../../core/services";
import { insertDraft, type IdeaInput, publishDraft } from "./submit-idea";
import { loadForChange } from "./change-state";

export type PaperProposer = { userId: number } | { name: string };

export async function enterPaperIdea(
  services: Services,
  site: Site,
  staff: CurrentUser,
  input: IdeaInput,
  proposer: PaperProposer,
  source: PaperSource,
): Promise<number> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const batchId = await resolveSource(trx, site.id, source, staff.id, now);
    if (batchId === null) throw new HttpError(400, "paper.errors.batch");
    const authorId = "userId" in proposer ? proposer.userId : staff.id;
    const id = await insertDraft(trx, site, authorId, input, now);
    await trx
      .updateTable("ideas")
      .set({ paper_batch_id: batchId, paper_author_name: "name" in proposer ? proposer.name : null })
      .where("id", "=", id)
      .execute();
    await publishDraft(trx, site, await loadForChange(trx, site.id, id), staff.id, now);
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: staff.id,
        action: "ideas.paper.idea",
        subject: `idea:${id}`,
        details: { batchId, linkedAccount: "userId" in proposer },
      },
      now,
    );
    return id;
  });
}
