// The demo district's area boundaries (datasets/places, drawn for the demo, CC0): each feature's
// name is an area's name. Read through the same validation as an upload, so a broken file fails
// the demo loudly instead of storing nonsense.
import fs from "node:fs";
import type { Executor } from "../db/database";
import { DEMO_DATASETS } from "../datasets";
import { boundaryText, parseBoundary } from "./boundary";

export async function setDemoBoundaries(db: Executor, siteId: number): Promise<void> {
  const collection = JSON.parse(fs.readFileSync(DEMO_DATASETS.westAreaBoundaries, "utf8")) as {
    features: { properties: { name: string }; geometry: unknown }[];
  };
  for (const feature of collection.features) {
    const parsed = parseBoundary(JSON.stringify(feature.geometry));
    if (!parsed.ok) throw new Error(`Demo boundary of ${feature.properties.name}: ${parsed.error}`);
    await db
      .updateTable("areas")
      .set({ boundary: boundaryText(parsed.shape) })
      .where("site_id", "=", siteId)
      .where("name", "=", feature.properties.name)
      .execute();
  }
}
