// Progressive enhancement only: every page works without this script.
import { enhanceErrorSummary } from "./error-summary";
import "../../components/budgeting/views/ballot-total-client";
import "../../components/opinions/views/voting-client";
import "../../components/ideas/client/live-support";
import "../../core/photos/client/size-check";

document.addEventListener("DOMContentLoaded", () => {
  enhanceErrorSummary();
});
