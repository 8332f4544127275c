// Progressive enhancement only: every page works without this script.
import { enhanceErrorSummary } from "./error-summary";

document.addEventListener("DOMContentLoaded", () => {
  enhanceErrorSummary();
});
