// The way back from any staff page of a consultation or survey.
import type { PageContext } from "../../../core/views/context";

export function BackLink({ ctx, href, labelKey }: { ctx: PageContext; href: string; labelKey: string }) {
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={href}>
        {ctx.t(labelKey)}
      </a>
    </p>
  );
}
