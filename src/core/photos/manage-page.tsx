// The author's (or staff's) photo page of an item: the photos with their descriptions, a button
// to delete each, a link to change a description, and the upload form (a plain multipart form).
import type { PageContext } from "../views/context";
import {
  CsrfField,
  ErrorSummary,
  Field,
  FieldFrame,
  Form,
  type FormState,
  fieldState,
  PostButton,
} from "../views/forms";
import { Layout } from "../views/layout";
import { ALT_MAX_LENGTH, MAX_PHOTOS_PER_ITEM, MAX_UPLOAD_MB, THUMB, THUMB_VARIANT } from "./rules";
import type { PhotoInfo } from "./store";
import { photoFileUrl, ResponsiveImage } from "./views";

export interface PhotoPageTarget {
  title: string;
  itemUrl: string;
  photosUrl: string;
}

/** What the file input accepts; the server still reads the type from the content. */
const ACCEPT = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif";

function FileField({ ctx, form }: { ctx: PageContext; form?: FormState }) {
  const { id, error, describedBy } = fieldState(form, "photo", true);
  return (
    <FieldFrame
      ctx={ctx}
      kind="text"
      id={id}
      label={ctx.t("photos.upload.file")}
      hint={ctx.t("photos.upload.fileHint", { mb: MAX_UPLOAD_MB })}
      error={error}
    >
      <input
        class="photo-file-input"
        type="file"
        id={id}
        name="photo"
        accept={ACCEPT}
        required
        aria-describedby={describedBy}
        aria-invalid={error ? "true" : undefined}
        data-max-bytes={String(MAX_UPLOAD_MB * 1024 * 1024)}
        data-too-large={ctx.t("photos.errors.tooLarge")}
      />
    </FieldFrame>
  );
}

function UploadForm({ ctx, target, form }: { ctx: PageContext; target: PhotoPageTarget; form?: FormState }) {
  return (
    <form method="post" action={target.photosUrl} enctype="multipart/form-data" class="site-form" novalidate>
      <ErrorSummary ctx={ctx} form={form} />
      {/* First in the form: the server checks it before it reads the file. */}
      <CsrfField ctx={ctx} />
      <FileField ctx={ctx} form={form} />
      <Field
        ctx={ctx}
        form={form}
        name="alt"
        label={ctx.t("photos.fields.alt")}
        hint={ctx.t("photos.fields.altHint")}
        required
        maxLength={ALT_MAX_LENGTH}
      />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {ctx.t("photos.upload.submit")}
        </button>
      </div>
    </form>
  );
}

export function ManagePhotosPage(p: {
  ctx: PageContext;
  target: PhotoPageTarget;
  photos: PhotoInfo[];
  form?: FormState;
}) {
  const { ctx, target, photos } = p;
  const t = ctx.t;
  const title = t("photos.manage.title", { title: target.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">{t("photos.manage.intro", { max: MAX_PHOTOS_PER_ITEM, mb: MAX_UPLOAD_MB })}</p>
      {photos.length === 0 ? <p class="utrecht-paragraph">{t("photos.manage.none")}</p> : null}
      <ul class="photo-manage-list">
        {photos.map((photo, i) => (
          <li class="photo-manage-list__item">
            <img
              class="photo-thumb"
              src={photoFileUrl(target.itemUrl, photo, THUMB_VARIANT)}
              width={THUMB.cssWidth}
              height={THUMB.cssHeight}
              alt=""
            />
            <div>
              <p class="utrecht-paragraph">
                <strong>{t("photos.manage.number", { n: i + 1 })}</strong> {t("photos.manage.alt", { alt: photo.alt })}
              </p>
              <div class="utrecht-button-group">
                <a
                  class="utrecht-button-link utrecht-button-link--secondary-action"
                  href={`${target.photosUrl}/${photo.id}/beschrijving`}
                >
                  {t("photos.manage.changeAlt", { n: i + 1 })}
                </a>
                <PostButton
                  ctx={ctx}
                  action={`${target.photosUrl}/${photo.id}/verwijderen`}
                  label={t("photos.manage.delete", { n: i + 1 })}
                />
              </div>
            </div>
          </li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">{t("photos.upload.heading")}</h2>
      {photos.length < MAX_PHOTOS_PER_ITEM ? (
        <UploadForm ctx={ctx} target={target} form={p.form} />
      ) : (
        <p class="utrecht-paragraph">{t("photos.manage.full", { max: MAX_PHOTOS_PER_ITEM })}</p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={target.itemUrl}>
          {t("photos.manage.back")}
        </a>
      </p>
    </Layout>
  );
}

export function AltTextPage(p: { ctx: PageContext; target: PhotoPageTarget; photo: PhotoInfo; form: FormState }) {
  const { ctx, target, photo } = p;
  const title = ctx.t("photos.altPage.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {/* The description is in the field below, so the preview itself stays silent. */}
      <ResponsiveImage itemUrl={target.itemUrl} photo={photo} sizes="(min-width: 40rem) 30rem, 100vw" alt="" />
      <Form
        ctx={ctx}
        action={`${target.photosUrl}/${photo.id}/beschrijving`}
        form={p.form}
        submitLabel={ctx.t("photos.altPage.submit")}
      >
        <Field
          ctx={ctx}
          form={p.form}
          name="alt"
          label={ctx.t("photos.fields.alt")}
          hint={ctx.t("photos.fields.altHint")}
          required
          maxLength={ALT_MAX_LENGTH}
        />
      </Form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={target.photosUrl}>
          {ctx.t("photos.altPage.back")}
        </a>
      </p>
    </Layout>
  );
}
