// The app's services for a one-off command: built without HTTP workers, closed when it is done.
import { build } from "../app";
import type { Config } from "../config";
import type { Services } from "../core/services";

export async function withServices<T>(config: Config, fn: (services: Services) => Promise<T>): Promise<T> {
  const built = await build({ ...config, logLevel: "warn" }, { workers: false });
  try {
    return await fn(built.services);
  } finally {
    await built.close();
  }
}
