// Said on the process page before anyone votes: whether voting online here needs a postcode in
// the area, and, for a logged-in account, whether its postcode is missing or outside, with the way
// to add it. So nobody finds out only after choosing projects. The rule is postcodeNeed.
import type { PageContext } from "../../../core/views/context";
import type { PostcodeNeed } from "../domain/process-rules";
import { POSTCODE_FIELD } from "./ballot-page";

export function PostcodeNotice({
  ctx,
  need,
  areaName,
  postcode,
}: {
  ctx: PageContext;
  /** For this visitor: a visitor without an account counts as `missing`. */
  need: PostcodeNeed;
  areaName: string;
  postcode: string | null;
}) {
  const { t } = ctx;
  if (need === "not-needed") return null;
  if (need === "codes-only") return <p class="utrecht-paragraph">{t("budgeting.process.codesOnly")}</p>;
  return (
    <>
      <p class="utrecht-paragraph">{t("budgeting.process.postcodeNeeded", { area: areaName })}</p>
      {ctx.user && need !== "inside" ? (
        <div class="utrecht-alert" role="status">
          <p class="utrecht-paragraph">
            {need === "missing"
              ? t("budgeting.process.postcodeMissing")
              : t("budgeting.process.postcodeOutside", { postcode: postcode ?? "", area: areaName })}
          </p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={POSTCODE_FIELD}>
              {t("budgeting.process.addPostcode")}
            </a>
          </p>
        </div>
      ) : null}
    </>
  );
}
