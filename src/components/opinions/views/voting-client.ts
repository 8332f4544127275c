// Browser script (bundled into the app's script by src/web/client/main.ts): answers a statement
// without reloading the page. The form works on its own; this only takes over its submit, and
// falls back to a normal submit when anything unexpected happens.
interface VoteReply {
  statement: { id: number; text: string } | null;
  progressText: string;
  message: string;
}

function enhanceVoting(): void {
  const form = document.querySelector<HTMLFormElement>("form[data-opinion-vote]");
  const card = document.querySelector<HTMLElement>("[data-opinion-card]");
  if (!form || !card) return;
  const text = card.querySelector<HTMLElement>("[data-opinion-text]");
  const progress = card.querySelector<HTMLElement>("[data-opinion-progress]");
  const message = card.querySelector<HTMLElement>("[data-opinion-message]");
  const statement = form.querySelector<HTMLInputElement>("[data-opinion-statement]");
  let busy = false;

  form.addEventListener("submit", async (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (!submitter || busy) return;
    event.preventDefault();
    busy = true;
    const body = new URLSearchParams();
    new FormData(form).forEach((value, key) => {
      body.append(key, String(value));
    });
    body.set(submitter.name, submitter.value);
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body,
        credentials: "same-origin",
      });
      const reply = (await response.json()) as VoteReply & { message: string };
      if (!response.ok) {
        if (message) message.textContent = reply.message;
        return;
      }
      if (!reply.statement) {
        window.location.reload();
        return;
      }
      if (text) text.textContent = reply.statement.text;
      if (statement) statement.value = String(reply.statement.id);
      if (progress) progress.textContent = reply.progressText;
      if (message) message.textContent = `${reply.message} ${reply.progressText}`;
      text?.focus();
    } catch {
      // Network trouble or an unexpected answer: let the browser send the form the plain way.
      const choice = document.createElement("input");
      Object.assign(choice, { type: "hidden", name: submitter.name, value: submitter.value });
      form.append(choice);
      form.submit();
    } finally {
      busy = false;
    }
  });
  text?.setAttribute("tabindex", "-1");
}

document.addEventListener("DOMContentLoaded", enhanceVoting);
