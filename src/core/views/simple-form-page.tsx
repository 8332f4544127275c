// A page with one short form (report, edit a comment, hide with a reason, post an update…), so
// every such use case gets a proper page with heading, error summary and labelled fields. The
// link back names where it goes ("Terug naar het idee"), so each component gives its own words.
import type { ComponentChildren } from "preact";
import type { PageContext } from "./context";
import { Form, type FormState } from "./forms";
import { Layout } from "./layout";

export interface SimpleFormPageProps {
  ctx: PageContext;
  title: string;
  intro?: ComponentChildren;
  action: string;
  form?: FormState;
  submitLabel: string;
  children: ComponentChildren;
  back?: string;
  backLabel: string;
}

export function SimpleFormPage({
  ctx,
  title,
  intro,
  action,
  form,
  submitLabel,
  children,
  back,
  backLabel,
}: SimpleFormPageProps) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {intro ? <div class="utrecht-paragraph">{intro}</div> : null}
      <Form ctx={ctx} action={action} form={form} submitLabel={submitLabel}>
        {children}
      </Form>
      {back ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={back}>
            {backLabel}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}
