// Markers drawn by CSS (no image files, so nothing to fetch and nothing for the CSP to allow).
import * as L from "leaflet";

/** A round marker drawn by CSS (no image files); its text is for screen readers. */
export const pointIcon = (label: string): L.DivIcon => {
  const span = document.createElement("span");
  span.className = "visually-hidden";
  span.textContent = label;
  return L.divIcon({ className: "place-marker", html: span, iconSize: [24, 24], iconAnchor: [12, 12] });
};
