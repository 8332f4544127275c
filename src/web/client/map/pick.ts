// Choosing a point on the form's map: a click (or Enter on the focused map, which takes its
// centre, marked by a cross-hair) puts the point in the hidden lat/lng fields with six decimals
// and asks the server for the nearest address to show in the text field.
import * as L from "leaflet";
import { pointIcon } from "./icons";

export interface Picker {
  /** Sets the chosen point; `label`, when known, goes into the text field. */
  choose(lat: number, lng: number, label?: string): void;
  /** The resident typed other text: the old point no longer belongs to it. */
  forget(): void;
}

const six = (n: number) => n.toFixed(6);

export function enablePicking(map: L.Map, el: HTMLElement, field: HTMLElement): Picker {
  const input = (name: string) => field.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const [lat, lng, text, pointText] = [input("lat"), input("lng"), input("locationText"), input("pointText")];
  const label = el.dataset.label ?? "";
  let marker: L.Marker | null = null;
  const status = document.createElement("p");
  status.className = "utrecht-paragraph location-field__status";
  status.setAttribute("aria-live", "polite");
  el.after(status);
  el.classList.add("place-map--crosshair");

  const picker: Picker = {
    choose(la, ln, known) {
      lat.value = six(la);
      lng.value = six(ln);
      if (marker) marker.setLatLng([la, ln]);
      else marker = L.marker([la, ln], { icon: pointIcon(label), keyboard: false }).addTo(map);
      if (known) text.value = known;
      pointText.value = text.value;
      status.textContent = `${el.dataset.chosen ?? ""} ${six(la)}, ${six(ln)}`.trim();
      field.querySelector(".location-field__chosen")?.remove();
      if (!known) void reverse(la, ln);
    },
    forget() {
      lat.value = "";
      lng.value = "";
      pointText.value = "";
      marker?.remove();
      marker = null;
      status.textContent = "";
    },
  };

  async function reverse(la: number, ln: number) {
    try {
      const res = await fetch(`/adres/omgekeerd?lat=${six(la)}&lng=${six(ln)}`, {
        headers: { accept: "application/json" },
      });
      if (!res.ok) return;
      const body = (await res.json()) as { label?: string };
      if (body.label && lat.value === six(la) && lng.value === six(ln)) {
        text.value = body.label;
        pointText.value = body.label;
      }
    } catch {
      /* the point stays; the text field is the resident's to fill */
    }
  }

  if (lat.value && lng.value) {
    marker = L.marker([Number(lat.value), Number(lng.value)], { icon: pointIcon(label), keyboard: false }).addTo(map);
  }
  map.on("click", (e: L.LeafletMouseEvent) => picker.choose(e.latlng.lat, e.latlng.lng));
  map.getContainer().addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    if (e.target !== map.getContainer()) return;
    e.preventDefault();
    const c = map.getCenter();
    picker.choose(c.lat, c.lng);
  });
  return picker;
}
