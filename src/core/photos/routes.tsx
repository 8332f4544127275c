// The photo routes of one kind of item, under the item's own URL (`/ideeen/:id/fotos…`). The
// component says what the item is and who may see or change its photos (PhotoOwner); these
// routes do the rest the same way for every component.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { HttpError, notFound, RateLimitedError, type FieldError } from "../http/errors";
import { multipartRouteConfig, readMultipartForm } from "../http/multipart-form";
import { redirectWithFlash, sendPage } from "../http/render";
import { parseForm } from "../http/validation";
import type { Services } from "../services";
import { emptyForm, type FormState } from "../views/forms";
import type { PhotoAccess, PhotoOwner } from "./access";
import { addPhoto, changeAltText, removePhoto, type PhotoActor } from "./commands";
import { AltTextPage, ManagePhotosPage } from "./manage-page";
import { PhotoRejected, processPhoto } from "./process-photo";
import { altTextSchema, MAX_UPLOAD_BYTES, mayAddPhoto, UPLOADS_PER_HOUR } from "./rules";
import { sendPhotoFile } from "./serve";
import { countPhotos, listPhotos } from "./store";

const photoParams = z.object({
  photoId: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
});
const FILE_NAME = /^([0-9a-f]{16})-(thumb|[1-9]\d{0,3})\.webp$/;

function requireManager(request: FastifyRequest, access: PhotoAccess): PhotoActor {
  if (!access.manage.ok) throw new HttpError(access.manage.status, access.manage.key);
  return { userId: request.user!.id, audited: access.manage.audited };
}

function photoIdOf(request: FastifyRequest): number {
  const parsed = photoParams.safeParse(request.params);
  if (!parsed.success) throw notFound();
  return parsed.data.photoId;
}

const problemKeys: Record<PhotoRejected["problem"], string> = {
  type: "photos.errors.type",
  unreadable: "photos.errors.unreadable",
  tooManyPixels: "photos.errors.tooManyPixels",
};

export function registerPhotoRoutes(app: FastifyInstance, services: Services, owner: PhotoOwner): void {
  const db = services.db.kysely;
  const base = `${owner.prefix}/fotos`;

  const managePage = async (request: FastifyRequest, reply: FastifyReply, access: PhotoAccess, form?: FormState) =>
    sendPage(
      reply,
      <ManagePhotosPage
        ctx={request.pageContext()}
        target={access}
        photos={await listPhotos(db, access.item.tables, access.item.itemId)}
        form={form}
      />,
      form?.errors.length ? 400 : 200,
    );

  app.get(base, async (request, reply) => {
    const access = await owner.load(request);
    requireManager(request, access);
    return managePage(request, reply, access);
  });

  app.post(base, { config: multipartRouteConfig }, async (request, reply) => {
    const access = await owner.load(request);
    const actor = requireManager(request, access);
    const { tables, itemId } = access.item;
    // Before reading the upload: a full item needs no file processed to say so.
    if (!mayAddPhoto(await countPhotos(db, tables, itemId))) throw new HttpError(409, "photos.errors.tooMany");
    // Every attempt counts, refused ones too: each may cost a decode.
    const limit = await services.rateLimiter.hit(
      `photos:upload:${actor.userId}`,
      UPLOADS_PER_HOUR,
      3600,
      services.clock(),
    );
    if (!limit.allowed) throw new RateLimitedError(limit.retryAfterSeconds);
    const upload = await readMultipartForm(request, { fileField: "photo", maxFileBytes: MAX_UPLOAD_BYTES });
    const alt = parseForm(altTextSchema, upload.fields);
    const errors: FieldError[] = [];
    if (upload.overLimit) errors.push({ field: "photo", messageKey: "photos.errors.oneFile" });
    else if (!upload.file) errors.push({ field: "photo", messageKey: "photos.errors.fileRequired" });
    else if (upload.file.tooLarge) errors.push({ field: "photo", messageKey: "photos.errors.tooLarge" });
    if (!alt.ok) errors.push(...alt.form.errors);
    let photo = null;
    if (errors.length === 0 && upload.file) {
      try {
        photo = await processPhoto(upload.file.bytes);
      } catch (error) {
        if (!(error instanceof PhotoRejected)) throw error;
        errors.push({ field: "photo", messageKey: problemKeys[error.problem] });
      }
    }
    if (!photo || !alt.ok)
      return managePage(request, reply, access, { values: { alt: upload.fields.alt ?? "" }, errors });
    await addPhoto(services, access.item, actor, photo, alt.data.alt);
    return redirectWithFlash(reply, access.photosUrl, "photos.flash.added");
  });

  const altPage = async (request: FastifyRequest, reply: FastifyReply, form?: FormState) => {
    const access = await owner.load(request);
    requireManager(request, access);
    const photoId = photoIdOf(request);
    const photo = (await listPhotos(db, access.item.tables, access.item.itemId)).find((p) => p.id === photoId);
    if (!photo) throw notFound();
    return sendPage(
      reply,
      <AltTextPage
        ctx={request.pageContext()}
        target={access}
        photo={photo}
        form={form ?? emptyForm({ alt: photo.alt })}
      />,
      form ? 400 : 200,
    );
  };

  app.get(`${base}/:photoId/beschrijving`, (request, reply) => altPage(request, reply));

  app.post(`${base}/:photoId/beschrijving`, async (request, reply) => {
    const access = await owner.load(request);
    const actor = requireManager(request, access);
    const photoId = photoIdOf(request);
    const result = parseForm(altTextSchema, request.body);
    if (!result.ok) return altPage(request, reply, result.form);
    await changeAltText(services, access.item, actor, photoId, result.data.alt);
    return redirectWithFlash(reply, access.photosUrl, "photos.flash.altSaved");
  });

  app.post(`${base}/:photoId/verwijderen`, async (request, reply) => {
    const access = await owner.load(request);
    const actor = requireManager(request, access);
    await removePhoto(services, access.item, actor, photoIdOf(request));
    return redirectWithFlash(reply, access.photosUrl, "photos.flash.deleted");
  });

  app.get(`${base}/:photoId/:file`, async (request, reply) => {
    const photoId = photoIdOf(request);
    const file = FILE_NAME.exec((request.params as { file: string }).file);
    if (!file) throw notFound();
    const access = await owner.load(request);
    // A photo of a hidden or draft item is not found for those who may not see the item.
    if (!access.mayView) throw notFound();
    return sendPhotoFile(request, reply, {
      db,
      tables: access.item.tables,
      itemId: access.item.itemId,
      photoId,
      hash: file[1]!,
      variant: file[2]!,
      isPublic: access.isPublic,
    });
  });
}
