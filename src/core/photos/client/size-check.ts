// Says at once that a chosen photo is over the size limit, instead of after a long upload
// (progressive enhancement). The server checks the same limit and everything else; without this
// script its message comes after the upload. The text comes from the page, in its language.
function enhancePhotoInput(input: HTMLInputElement): void {
  const max = Number(input.dataset.maxBytes);
  const message = document.createElement("div");
  message.className = "utrecht-form-field-error-message";
  message.id = `${input.id}-size`;
  message.setAttribute("role", "alert");
  message.hidden = true;
  input.before(message);
  const describedBy = input.getAttribute("aria-describedby") ?? "";
  const check = (): boolean => {
    const file = input.files?.[0];
    const tooLarge = !!file && file.size > max;
    message.hidden = !tooLarge;
    message.textContent = tooLarge ? (input.dataset.tooLarge ?? "") : "";
    input.setAttribute("aria-describedby", tooLarge ? `${describedBy} ${message.id}`.trim() : describedBy);
    if (tooLarge) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    return !tooLarge;
  };
  input.addEventListener("change", check);
  input.form?.addEventListener("submit", (event) => {
    if (check()) return;
    event.preventDefault();
    input.focus();
  });
}

document.addEventListener("DOMContentLoaded", () => {
  for (const input of document.querySelectorAll<HTMLInputElement>("input[type=file][data-max-bytes]"))
    enhancePhotoInput(input);
});
