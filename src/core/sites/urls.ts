// A site's own address, the one source of every absolute link: share links, canonical URLs and
// Open Graph tags, feeds, QR codes and posters, API links, CSV exports and mail. Never the
// request's Host or X-Forwarded-Host: a client chooses those, and a page cached with them would
// send the next visitors elsewhere.
// The address is PUBLIC_URL for the default site, else https://<its first host name>; the local
// demo uses http://localhost:<PORT>.
import type { Config } from "../../config";
import type { Executor } from "../db/database";
import type { Site } from "../db/types";
import { listHosts } from "./host-store";

export function baseUrlOf(config: Config, site: Pick<Site, "is_default">, hosts: string[]): string {
  if (config.publicUrl && site.is_default) return config.publicUrl;
  const name = [...hosts].sort()[0] ?? "localhost";
  if (name === "localhost" || name === "127.0.0.1") return `http://localhost:${config.port}`;
  return `https://${name}`;
}

/** For mail and jobs, made outside any request (a request has it as `request.siteUrl`). */
export async function siteBaseUrl(db: Executor, config: Config, site: Site): Promise<string> {
  return baseUrlOf(config, site, await listHosts(db, site.id));
}
