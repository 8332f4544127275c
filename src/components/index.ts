// Every participation component, in navigation order. Core reads only this list.
import type { ComponentManifest } from "../core/components";

export const components: ComponentManifest[] = [];
