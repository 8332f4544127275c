// The site map (/kaart): every located item of every component, with filters by kind, state and
// area, and "near me". The list of the same items, by area and street, is the page; the map above
// it (and its GeoJSON at /kaart.geojson, same filters) is the enhancement.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { HttpError } from "../http/errors";
import { sendPage } from "../http/render";
import { allowMapTiles } from "../http/security-headers";
import type { Services } from "../services";
import type { PageContext } from "../views/context";
import { Layout } from "../views/layout";
import { placeContext, siteBounds } from "./context";
import { areaFeature, type Feature, featureCollection, GEOJSON_TYPE, pointFeature } from "./geojson";
import type { LatLng } from "./geometry";
import { MapAssets, MapElement } from "./map-element";
import { applyFilter, groupByArea, type MapItem, NEAR_DISTANCES, openNear } from "./map-items";
import { parsePoint } from "./point";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const mapQuery = z.object({
  soort: z.string().max(40).optional(),
  status: z.string().max(40).optional(),
  gebied: z.union([z.literal(""), id]).optional(),
  bij: z.string().trim().max(200).optional(),
  afstand: z.coerce.number().int().optional(),
  lat: z.string().max(30).optional(),
  lng: z.string().max(30).optional(),
});
type MapQuery = z.infer<typeof mapQuery>;

async function allItems(request: FastifyRequest, services: Services): Promise<MapItem[]> {
  const lists = await Promise.all(services.components.map((c) => c.mapItems?.(request, services) ?? []));
  return lists.flat();
}

function parseQuery(request: FastifyRequest): MapQuery {
  const parsed = mapQuery.safeParse(request.query ?? {});
  if (!parsed.success) throw new HttpError(400, "errors.badRequest");
  return parsed.data;
}

const filterOf = (q: MapQuery) => ({
  kind: q.soort || undefined,
  state: q.status || undefined,
  areaId: q.gebied || undefined,
});

type Near =
  | { asked: false }
  | { asked: true; from: LatLng | null; metres: number; problem?: string; found: ReturnType<typeof openNear> };

export function registerMapPage(app: FastifyInstance, services: Services): void {
  app.get("/kaart.geojson", async (request, reply) => {
    const q = parseQuery(request);
    const [items, places] = await Promise.all([allItems(request, services), placeContext(services, request.site.id)]);
    const features: Feature<Record<string, unknown>>[] = [
      ...places.areas.flatMap((a) =>
        a.shape ? [areaFeature(`area-${a.id}`, a.shape, { kind: "area", name: a.name })] : [],
      ),
      ...applyFilter(items, filterOf(q)).flatMap((i) =>
        i.point
          ? [
              pointFeature(`${i.kind}-${i.id}`, i.point, {
                kind: i.kind,
                kindLabel: i.kindLabel,
                title: i.title,
                url: i.url,
                state: i.state,
                stateLabel: i.stateLabel,
                area: i.areaName,
                address: i.address,
              }),
            ]
          : [],
      ),
    ];
    return reply.type(GEOJSON_TYPE).send(featureCollection(features));
  });

  app.get("/kaart", async (request, reply) => {
    const q = parseQuery(request);
    const ctx = request.pageContext();
    const [items, places] = await Promise.all([allItems(request, services), placeContext(services, request.site.id)]);
    const shown = applyFilter(items, filterOf(q));
    let near: Near = { asked: false };
    if (q.bij || q.lat) {
      const metres = (NEAR_DISTANCES as readonly number[]).includes(q.afstand ?? 0) ? q.afstand! : 1000;
      let from: LatLng | null = q.lat && q.lng ? parsePoint(q.lat, q.lng) : null;
      let problem: string | undefined;
      if (!from && q.bij) {
        const found = await places.service.geocode(q.bij);
        if (found.ok && found.value) from = found.value.point;
        else problem = found.ok ? "places.map.near.notFound" : "places.map.near.noService";
      } else if (!from) problem = "places.map.near.notFound";
      near = { asked: true, from, metres, problem, found: from ? openNear(items, from, metres) : [] };
    }
    allowMapTiles(reply, places.settings.tileOrigins);
    const query = new URLSearchParams(
      Object.entries({ soort: q.soort, status: q.status, gebied: q.gebied ? String(q.gebied) : "" }).filter(
        (e): e is [string, string] => Boolean(e[1]),
      ),
    ).toString();
    return sendPage(
      reply,
      <Layout ctx={ctx} title={ctx.t("places.map.title")} head={<MapAssets ctx={ctx} />}>
        <h1 class="utrecht-heading-1">{ctx.t("places.map.title")}</h1>
        <p class="utrecht-paragraph">{ctx.t("places.map.intro")}</p>
        <Filters ctx={ctx} q={q} items={items} areas={places.areas} />
        <MapElement
          ctx={ctx}
          settings={places.settings}
          kind="overview"
          label={ctx.t("places.map.mapLabel", { count: shown.filter((i) => i.point).length })}
          dataUrl={`/kaart.geojson${query ? `?${query}` : ""}`}
          bounds={siteBounds(places)}
        />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="#lijst">
            {ctx.t("places.map.toList")}
          </a>
        </p>
        <NearForm ctx={ctx} q={q} near={near} />
        <ItemList ctx={ctx} items={shown} />
      </Layout>,
    );
  });
}

function Filters({
  ctx,
  q,
  items,
  areas,
}: {
  ctx: PageContext;
  q: MapQuery;
  items: MapItem[];
  areas: { id: number; name: string }[];
}) {
  const { t } = ctx;
  const kinds = [...new Map(items.map((i) => [i.kind, i.kindLabel])).entries()];
  const states = [...new Map(items.map((i) => [i.state, i.stateLabel])).entries()];
  const select = (name: string, label: string, options: [string, string][], value: string | undefined) => (
    <div class="utrecht-form-field utrecht-form-field--select">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={`filter-${name}`}>
          {label}
        </label>
      </div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select" id={`filter-${name}`} name={name}>
          <option value="">{t("places.map.all")}</option>
          {options.map(([v, l]) => (
            <option value={v} selected={value === v}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
  return (
    <form method="get" action="/kaart" class="site-form map-filters" aria-label={t("places.map.filters")}>
      {select("soort", t("places.map.kind"), kinds, q.soort)}
      {select("status", t("places.map.state"), states, q.status)}
      {select(
        "gebied",
        t("places.map.area"),
        areas.map((a) => [String(a.id), a.name]),
        q.gebied ? String(q.gebied) : undefined,
      )}
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          {t("places.map.show")}
        </button>
      </div>
    </form>
  );
}

function NearForm({ ctx, q, near }: { ctx: PageContext; q: MapQuery; near: Near }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="near-heading" class="near-me">
      <h2 class="utrecht-heading-2" id="near-heading">
        {t("places.map.near.heading")}
      </h2>
      <form method="get" action="/kaart" class="site-form" data-near-form>
        <div class="utrecht-form-field utrecht-form-field--text">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="near-bij">
              {t("places.map.near.where")}
            </label>
          </div>
          <div class="utrecht-form-field-description" id="near-bij-hint">
            {t("places.map.near.whereHint")}
          </div>
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-textbox"
              type="text"
              id="near-bij"
              name="bij"
              value={q.bij}
              maxLength={200}
              autocomplete="postal-code"
              aria-describedby="near-bij-hint"
            />
          </div>
        </div>
        <input type="hidden" name="lat" value="" data-near-lat />
        <input type="hidden" name="lng" value="" data-near-lng />
        <div class="utrecht-form-field utrecht-form-field--select">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="near-afstand">
              {t("places.map.near.distance")}
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select" id="near-afstand" name="afstand">
              {NEAR_DISTANCES.map((m) => (
                <option value={String(m)} selected={(q.afstand ?? 1000) === m}>
                  {t("places.map.near.metres", { metres: m })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {t("places.map.near.search")}
          </button>
          <button
            type="button"
            class="utrecht-button utrecht-button--subtle"
            hidden
            data-near-me
            data-denied={t("places.map.near.denied")}
          >
            {t("places.map.near.useLocation")}
          </button>
        </div>
      </form>
      {near.asked ? (
        <div role="status">
          {near.problem ? (
            <p class="utrecht-paragraph">{t(near.problem)}</p>
          ) : (
            <>
              <p class="utrecht-paragraph">
                {t("places.map.near.result", { count: near.found.length, metres: near.metres })}
              </p>
              {near.found.length ? (
                <ul class="utrecht-unordered-list">
                  {near.found.map(({ item, metres }) => (
                    <li class="utrecht-unordered-list__item">
                      <a class="utrecht-link" href={item.url}>
                        {item.title}
                      </a>{" "}
                      {t("places.map.near.away", { metres: Math.round(metres / 10) * 10, kind: item.kindLabel })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}

function ItemList({ ctx, items }: { ctx: PageContext; items: MapItem[] }) {
  const { t } = ctx;
  const groups = groupByArea(items, ctx.lang);
  return (
    <section aria-labelledby="lijst">
      <h2 class="utrecht-heading-2" id="lijst" tabIndex={-1}>
        {t("places.map.list", { count: items.length })}
      </h2>
      {groups.length === 0 ? <p class="utrecht-paragraph">{t("places.map.none")}</p> : null}
      {groups.map((g) => (
        <>
          <h3 class="utrecht-heading-3">{g.areaName}</h3>
          <ul class="utrecht-unordered-list map-list">
            {g.items.map((i) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={i.url}>
                  {i.title}
                </a>
                <br />
                {`${i.kindLabel} · ${i.stateLabel}`}
                {i.address ? ` · ${i.address}` : ""}
                {i.point ? "" : ` · ${t("places.map.notOnMap")}`}
              </li>
            ))}
          </ul>
        </>
      ))}
    </section>
  );
}
