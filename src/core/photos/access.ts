// What a component tells the photo routes about one of its items and the visitor: the item,
// where its pages are, and the component's own rules for seeing and changing its photos.
import type { FastifyRequest } from "fastify";
import type { PhotoItem } from "./commands";
import type { PhotoPageTarget } from "./manage-page";

export type PhotoVerdict = { ok: true; audited: boolean } | { ok: false; status: 401 | 403 | 409; key: string };

export interface PhotoAccess extends PhotoPageTarget {
  item: PhotoItem;
  /** Anyone may see the item's photos: their files are cached publicly. */
  isPublic: boolean;
  /** This visitor may see them (public, or the author or staff of a draft or hidden item). */
  mayView: boolean;
  /** Whether this visitor may add, describe and delete them, and if not, why. */
  manage: PhotoVerdict;
}

export interface PhotoOwner {
  /** The item's route with its parameters, e.g. "/ideeen/:id". */
  prefix: string;
  /** Throws a 404 when the item does not exist on the request's site (or is not to be seen). */
  load(request: FastifyRequest): Promise<PhotoAccess>;
}
