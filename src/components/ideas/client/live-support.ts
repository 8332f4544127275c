// Progressive enhancement of the support button: supports without a page reload and keeps the
// count live. Without JavaScript the same form posts and redirects back (POST-redirect-GET).
import { liveProgressText } from "./progress-line";

interface SupportJson {
  count: number;
  supported: boolean;
  forwarded: boolean;
}

function setCount(count: number): void {
  document.querySelectorAll<HTMLElement>("[data-progress-text]").forEach((el) => {
    const text = liveProgressText(el.dataset, count);
    if (text !== null) el.textContent = text;
  });
  document.querySelectorAll<HTMLProgressElement>("progress.idea-progress__bar").forEach((bar) => {
    bar.value = Math.min(count, bar.max);
  });
}

export function enhanceSupport(): void {
  const form = document.querySelector<HTMLFormElement>("[data-support-form]");
  const page = document.querySelector<HTMLElement>("[data-idea-page]");
  if (page) {
    const id = page.dataset.ideaPage;
    // A light poll (cacheable for 5 s) keeps the count current while the page is visible.
    window.setInterval(async () => {
      if (document.hidden) return;
      try {
        const res = await fetch(`/ideeen/${id}/steun.json`, { headers: { Accept: "application/json" } });
        if (res.ok) setCount(((await res.json()) as { count: number }).count);
      } catch {
        /* offline for a moment: try again next time */
      }
    }, 15_000);
  }
  if (!form) return;
  const button = form.querySelector<HTMLButtonElement>("[data-support-button]")!;
  const status = form.querySelector<HTMLElement>("[data-support-status]")!;
  const csrf = form.querySelector<HTMLInputElement>('input[name="_csrf"]')!.value;
  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    try {
      const res = await fetch(form.action, {
        method: "POST",
        headers: {
          Accept: "application/json",
          "Content-Type": "application/x-www-form-urlencoded",
          "X-CSRF-Token": csrf,
        },
        body: new URLSearchParams({ _csrf: csrf }).toString(),
        credentials: "same-origin",
      });
      // Anything unexpected (closed, not verified, logged out): let the server page explain it.
      if (!res.ok) {
        form.submit();
        return;
      }
      const data = (await res.json()) as SupportJson;
      if (data.forwarded) {
        window.location.reload();
        return;
      }
      setCount(data.count);
      const id = form.dataset.idea;
      form.action = data.supported ? `/ideeen/${id}/steun-intrekken` : `/ideeen/${id}/steunen`;
      button.textContent = data.supported ? button.dataset.labelUnsupport! : button.dataset.labelSupport!;
      button.setAttribute("aria-pressed", data.supported ? "true" : "false");
      button.classList.toggle("utrecht-button--primary-action", !data.supported);
      button.classList.toggle("utrecht-button--secondary-action", data.supported);
      status.textContent = data.supported
        ? (form.dataset.statusSupported ?? "")
        : (form.dataset.statusUnsupported ?? "");
    } finally {
      busy = false;
    }
  });
}

document.addEventListener("DOMContentLoaded", enhanceSupport);
