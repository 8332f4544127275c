// Live running total on the ballot (progressive enhancement). The server renders the same text
// for the "check" button; this only saves a round trip. Texts come from data-template-*: the
// catalog's messages as written, filled in here by the same formatter (plural forms included),
// so nothing here is in one language.
import { formatMessage, type MessageParams } from "../../../core/i18n/message-format";

/** One pool's part of the ballot (ballot-form.tsx): its own rule, projects and total. */
function enhanceBallot(form: HTMLElement): void {
  const output = form.querySelector<HTMLOutputElement>("[data-ballot-total]");
  if (!output) return;
  const type = form.dataset.ballot;
  const budget = Number(form.dataset.budget);
  const language = form.dataset.lang === "en" ? "en" : "nl";
  const lang = language === "en" ? "en-GB" : "nl-NL";
  let money: (n: number) => string;
  try {
    const fmt = new Intl.NumberFormat(lang, {
      style: "currency",
      currency: form.dataset.currency ?? "EUR",
      maximumFractionDigits: 0,
    });
    money = (n) => fmt.format(n);
  } catch {
    money = (n) => `${n} ${form.dataset.currency ?? ""}`;
  }
  const fill = (template: string | undefined, values: MessageParams) => formatMessage(language, template ?? "", values);
  const update = () => {
    let total = 0,
      points = 0,
      count = 0;
    for (const input of form.querySelectorAll<HTMLInputElement>("input[data-cost]")) {
      const cost = Number(input.dataset.cost);
      const value =
        input.type === "checkbox" ? (input.checked ? 1 : 0) : Math.max(0, Math.floor(Number(input.value) || 0));
      if (value > 0) {
        total += cost;
        points += value;
        count++;
      }
    }
    if (type === "approval" && total > budget)
      output.textContent = fill(form.dataset.templateOver, {
        total: money(total),
        budget: money(budget),
        over: money(total - budget),
      });
    else if (type === "approval")
      output.textContent = fill(form.dataset.templateCost, {
        total: money(total),
        budget: money(budget),
        left: money(budget - total),
      });
    else if (type === "cumulative")
      output.textContent = fill(form.dataset.templatePoints, {
        used: points,
        total: Number(form.dataset.pointsTotal),
      });
    else output.textContent = fill(form.dataset.templateCount, { count });
  };
  form.addEventListener("input", update);
  form.addEventListener("change", update);
}

document.addEventListener("DOMContentLoaded", () => {
  for (const part of document.querySelectorAll<HTMLElement>("[data-ballot]")) enhanceBallot(part);
});
