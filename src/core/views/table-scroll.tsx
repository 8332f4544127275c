// A wide table on a narrow screen scrolls sideways in this box instead of squeezing its words
// into letters or widening the page (docs/narrow-screens.md). The box is a named region that
// takes keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1; axe's
// scrollable-region-focusable).
import type { ComponentChildren } from "preact";

export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <section class="table-scroll" aria-label={label} tabindex={0}>
      {children}
    </section>
  );
}
