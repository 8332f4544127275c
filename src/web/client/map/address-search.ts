// Suggestions while typing an address: the server asks the address service (/adres/suggesties)
// and a chosen suggestion is looked up (/adres/plek) for its point. A list of buttons under the
// field, announced by count; without the service the field is plain text, as without script.
import type { Picker } from "./pick";

interface Suggestion {
  id: string;
  label: string;
}

export function enhanceAddressSearch(field: HTMLElement, picker: Picker): void {
  const text = field.querySelector<HTMLInputElement>('input[name="locationText"]');
  if (!text) return;
  text.addEventListener("input", () => picker.forget());
  if (text.dataset.addressSearch !== "on") return;
  const list = document.createElement("ul");
  list.className = "address-suggestions";
  list.hidden = true;
  const count = document.createElement("p");
  count.className = "visually-hidden";
  count.setAttribute("aria-live", "polite");
  text.parentElement!.append(list, count);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = "";

  async function suggest() {
    const q = text!.value.trim();
    if (q.length < 3 || q === asked) return;
    asked = q;
    try {
      const res = await fetch(`/adres/suggesties?q=${encodeURIComponent(q)}`, {
        headers: { accept: "application/json" },
      });
      const body = res.ok ? ((await res.json()) as { suggestions: Suggestion[]; announce: string }) : null;
      if (!body || text!.value.trim() !== q) return;
      list.replaceChildren(
        ...body.suggestions.map((s) => {
          const li = document.createElement("li");
          const button = document.createElement("button");
          button.type = "button";
          button.className = "utrecht-button utrecht-button--subtle address-suggestions__choice";
          button.textContent = s.label;
          button.addEventListener("click", () => void choose(s));
          li.append(button);
          return li;
        }),
      );
      list.hidden = body.suggestions.length === 0;
      count.textContent = body.announce;
    } catch {
      /* no suggestions: the typed text still works */
    }
  }

  async function choose(s: Suggestion) {
    list.hidden = true;
    try {
      const res = await fetch(`/adres/plek?id=${encodeURIComponent(s.id)}`, {
        headers: { accept: "application/json" },
      });
      const body = res.ok ? ((await res.json()) as { label: string; lat: number; lng: number } | null) : null;
      if (body) picker.choose(body.lat, body.lng, body.label);
      else text!.value = s.label;
    } catch {
      text!.value = s.label;
    }
    text!.focus();
  }

  text.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), 250);
  });
  text.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && !list.hidden) {
      e.preventDefault();
      list.querySelector("button")?.focus();
    }
  });
  list.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      list.hidden = true;
      text!.focus();
    }
  });
}
