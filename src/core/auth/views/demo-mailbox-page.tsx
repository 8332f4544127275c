// "Mijn post (demo)": the account's own mail in the demo without a mail server. Links become
// real links, so a resident can open their verification link; everything else is plain text.
import { formatDate } from "../../i18n/catalog";
import type { DemoMail } from "../../mail/demo-mailbox";
import type { PageContext } from "../../views/context";
import { Layout } from "../../views/layout";

const URL_PATTERN = /(https?:\/\/[^\s]+)/;

function MailText({ text }: { text: string }) {
  return (
    <div class="demo-mail-text">
      {text.split("\n").map((line) => (
        <p class="utrecht-paragraph">
          {line.split(URL_PATTERN).map((part, i) =>
            i % 2 === 1 ? (
              <a class="utrecht-link" href={part}>
                {part}
              </a>
            ) : (
              part
            ),
          )}
        </p>
      ))}
    </div>
  );
}

export function DemoMailboxPage({ ctx, mails }: { ctx: PageContext; mails: DemoMail[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.demoMailbox.title")}>
      <h1 class="utrecht-heading-1">{t("auth.demoMailbox.title")}</h1>
      <p class="utrecht-paragraph">{t("auth.demoMailbox.intro")}</p>
      {mails.length === 0 ? <p class="utrecht-paragraph">{t("auth.demoMailbox.empty")}</p> : null}
      {mails.map((mail) => (
        <article aria-labelledby={`mail-${mail.id}`}>
          <h2 class="utrecht-heading-2" id={`mail-${mail.id}`}>
            {mail.subject}
          </h2>
          <p class="utrecht-paragraph">{formatDate(lang, mail.createdAt, true)}</p>
          <MailText text={mail.text} />
        </article>
      ))}
    </Layout>
  );
}
