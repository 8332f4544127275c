// The location part of a form (idea, budget project): a text field for an address or postcode,
// which works without JavaScript (the server looks it up), and, with the map script, a map to
// click and suggestions while typing; the chosen point travels in the hidden lat/lng fields.
import type { PageContext } from "../views/context";
import { FieldNotes, type FormState, fieldState } from "../views/forms";
import type { FastifyRequest } from "fastify";
import type { Services } from "../services";
import { type LocationMode, LOCATION_FIELDS, MAX_ADDRESS_LENGTH, resolveLocation } from "./location-input";
import { MapAssets, MapElement } from "./map-element";
import { type PlaceContext, placeContext, siteBounds } from "./context";

export function LocationField({
  ctx,
  form,
  mode,
  places,
}: {
  ctx: PageContext;
  form?: FormState;
  mode: LocationMode;
  places: PlaceContext;
}) {
  if (mode === "off") return null;
  const { settings } = places;
  const { t } = ctx;
  const values = form?.values ?? {};
  const text = fieldState(form, LOCATION_FIELDS.text, true);
  const pointError = form?.errors.find((e) => e.field === LOCATION_FIELDS.lat);
  const error = text.error ?? pointError;
  const lat = values[LOCATION_FIELDS.lat] ?? "";
  const lng = values[LOCATION_FIELDS.lng] ?? "";
  const hint = settings.addressUrl ? t("places.location.hint") : t("places.location.hintNoSearch");
  return (
    <fieldset class="utrecht-form-fieldset location-field" data-location-field>
      <legend class="utrecht-form-fieldset__legend">
        {mode === "required" ? t("places.location.legend") : t("places.location.legendOptional")}
      </legend>
      <div class={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for={text.id}>
            {t("places.location.text")}
          </label>
        </div>
        <FieldNotes ctx={ctx} id={text.id} hint={hint} error={error} />
        <div class="utrecht-form-field__input">
          <input
            class={`utrecht-textbox${error ? " utrecht-textbox--invalid" : ""}`}
            type="text"
            id={text.id}
            name={LOCATION_FIELDS.text}
            value={values[LOCATION_FIELDS.text]}
            maxLength={MAX_ADDRESS_LENGTH}
            autocomplete="street-address"
            aria-describedby={text.describedBy}
            aria-invalid={error ? "true" : undefined}
            data-address-search={settings.addressUrl ? "on" : undefined}
          />
        </div>
      </div>
      <input type="hidden" name={LOCATION_FIELDS.lat} value={lat} id={`field-${LOCATION_FIELDS.lat}`} />
      <input type="hidden" name={LOCATION_FIELDS.lng} value={lng} />
      <input
        type="hidden"
        name={LOCATION_FIELDS.pointText}
        value={lat && lng ? (values[LOCATION_FIELDS.text] ?? "") : ""}
      />
      {lat && lng ? (
        <p class="utrecht-paragraph location-field__chosen">{t("places.location.chosen", { lat, lng })}</p>
      ) : null}
      <MapElement
        ctx={ctx}
        settings={settings}
        kind="pick"
        label={t("places.location.mapLabel")}
        point={lat && lng ? { lat, lng } : null}
        bounds={siteBounds(places)}
      />
    </fieldset>
  );
}

/**
 * An optional location on a staff or resident form (budget project, meeting): the site's places,
 * the verdict on a sent form, and the field with the map's assets for the page's head.
 */
export async function optionalLocation(services: Services, request: FastifyRequest, body?: unknown) {
  const places = await placeContext(services, request.site.id);
  const verdict = body === undefined ? null : await resolveLocation(places, body as Record<string, string>, "optional");
  const field = (form?: FormState) => ({
    head: <MapAssets ctx={request.pageContext()} />,
    field: <LocationField ctx={request.pageContext()} form={form} mode="optional" places={places} />,
  });
  return { places, verdict, field };
}
