// Moves focus to the error summary (autofocus already does this in most browsers), and lets its
// links focus the field itself rather than only scroll to it.
export function enhanceErrorSummary(): void {
  const summary = document.querySelector<HTMLElement>("[data-error-summary]");
  if (!summary) return;
  summary.focus();
  summary.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest("a");
    const target = link && document.getElementById(link.getAttribute("href")!.slice(1));
    if (target) {
      event.preventDefault();
      target.focus();
    }
  });
}
