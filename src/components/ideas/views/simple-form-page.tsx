// The core one-form page (core/views/simple-form-page.tsx) with this component's link back.
import { SimpleFormPage as CoreSimpleFormPage, type SimpleFormPageProps } from "../../../core/views/simple-form-page";

export const SimpleFormPage = (props: Omit<SimpleFormPageProps, "backLabel">) => (
  <CoreSimpleFormPage {...props} backLabel={props.ctx.t("ideas.back")} />
);
