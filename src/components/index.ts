// Every participation component, in navigation order. Core reads only this list.
import type { ComponentManifest } from "../core/components";
import { budgetingManifest } from "./budgeting/manifest";
import { consultationsComponent } from "./consultations/manifest";
import { ideasComponent } from "./ideas/manifest";
import { meetingsComponent } from "./meetings/manifest";
import { opinionsComponent } from "./opinions/manifest";

export const components: ComponentManifest[] = [
  ideasComponent,
  budgetingManifest,
  opinionsComponent,
  consultationsComponent,
  meetingsComponent,
];
