// The printable letters: one A4 page per address (print stylesheet: .letter breaks the page; the
// site's header, footer and this page's own instructions are not printed). Shown once, right after
// the batch was made: the codes are not stored and cannot be shown again.
import { formatCode } from "../../codes/one-time-codes";
import type { AddressRow } from "../../identity/letters/address-csv";
import type { PageContext } from "../../views/context";
import { Layout } from "../../views/layout";

export function LettersPrintPage({
  ctx,
  rows,
  codes,
  verifyUrl,
}: {
  ctx: PageContext;
  rows: readonly AddressRow[];
  codes: readonly string[];
  verifyUrl: string;
}) {
  const { t } = ctx;
  const site = ctx.site.name;
  return (
    <Layout ctx={ctx} title={t("letters.print.title")}>
      <div class="no-print">
        <h1 class="utrecht-heading-1">{t("letters.print.title")}</h1>
        <p class="utrecht-paragraph">{t("letters.print.intro", { count: rows.length })}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/admin/briefcodes">
            {t("letters.print.back")}
          </a>
        </p>
      </div>
      {rows.map((row, i) => (
        <article class="letter" aria-labelledby={`letter-${i}`}>
          <p class="letter__address">
            {t("letters.print.resident")}
            <br />
            {row.address}
            <br />
            {row.postcode}
          </p>
          <h2 class="utrecht-heading-2" id={`letter-${i}`}>
            {t("letters.print.heading", { site })}
          </h2>
          <p class="utrecht-paragraph">{t("letters.print.why", { site, area: row.areaName })}</p>
          <p class="utrecht-paragraph">{t("letters.print.codeIntro")}</p>
          <p class="letter__code">{formatCode(codes[i]!)}</p>
          <ol class="utrecht-ordered-list">
            <li class="utrecht-ordered-list__item">{t("letters.print.step1", { url: verifyUrl })}</li>
            <li class="utrecht-ordered-list__item">{t("letters.print.step2")}</li>
            <li class="utrecht-ordered-list__item">{t("letters.print.step3")}</li>
          </ol>
          <p class="utrecht-paragraph">{t("letters.print.once")}</p>
        </article>
      ))}
    </Layout>
  );
}
