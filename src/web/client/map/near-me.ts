// "Use my location" on /kaart: the browser's position (only after the resident presses the
// button and allows it) fills the near-me form's hidden lat/lng, rounded to about 100 m, as the
// list needs no more; without the script or permission, the postcode field does the same.
export function enableNearMe(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-near-me]");
  const form = button?.closest("form");
  if (!button || !form || !("geolocation" in navigator)) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        form.querySelector<HTMLInputElement>("[data-near-lat]")!.value = pos.coords.latitude.toFixed(3);
        form.querySelector<HTMLInputElement>("[data-near-lng]")!.value = pos.coords.longitude.toFixed(3);
        form.submit();
      },
      () => {
        const note = document.createElement("p");
        note.className = "utrecht-paragraph";
        note.setAttribute("role", "status");
        note.textContent = button.dataset.denied ?? "";
        button.after(note);
      },
      { timeout: 10_000, maximumAge: 60_000 },
    );
  });
}
