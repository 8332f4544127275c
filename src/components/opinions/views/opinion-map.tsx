// The opinion map: every placed participant as a marker in their group's colour and shape, with
// the group letter at its centre. Server-rendered SVG, no script. The same information is in
// the table that follows it (MapTable), which the SVG points to for screen readers.
import type { PageContext } from "../../../core/views/context";
import type { OpinionAnalysis } from "../domain/types";
import { groupStyle, markerPath } from "./group-style";
import { TableScroll } from "../../../core/views/table-scroll";

const WIDTH = 640;
const HEIGHT = 420;
const MARGIN = 24;

export function OpinionMap({ ctx, analysis }: { ctx: PageContext; analysis: OpinionAnalysis }) {
  const { t } = ctx;
  const points = analysis.positions;
  // A loop, not Math.min(...xs): spreading some 120,000 points into arguments overflows the stack.
  let [minX, maxX, minY, maxY] = [-1e-9, 1e-9, -1e-9, 1e-9];
  for (const { x, y } of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const sx = (x: number) => MARGIN + ((x - minX) / (maxX - minX)) * (WIDTH - 2 * MARGIN);
  const sy = (y: number) => MARGIN + ((y - minY) / (maxY - minY)) * (HEIGHT - 2 * MARGIN);
  const size = points.length > 1500 ? 5 : points.length > 300 ? 7 : 10;
  return (
    <svg
      class="opinion-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="opinion-map-title opinion-map-desc"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="opinion-map-title">{t("opinions.report.mapTitle")}</title>
      <desc id="opinion-map-desc">
        {t("opinions.report.mapDescription", { participants: points.length, groups: analysis.groups.length })}
      </desc>
      <rect x="0" y="0" width={WIDTH} height={HEIGHT} fill="#ffffff" stroke="#767676" />
      {analysis.groups.map((g) => {
        const style = groupStyle(g.id);
        const d = points
          .filter((p) => p.group === g.id)
          .map((p) => markerPath(style.shape, sx(p.x), sy(p.y), size))
          .join("");
        return <path d={d} fill={style.colour} fill-opacity="0.85" stroke="#ffffff" stroke-width="0.75" />;
      })}
      {analysis.groups.map((g) => {
        const style = groupStyle(g.id);
        return (
          <text
            x={sx(g.center[0]).toFixed(1)}
            y={sy(g.center[1]).toFixed(1)}
            text-anchor="middle"
            dominant-baseline="central"
            font-size="32"
            font-weight="700"
            fill={style.colour}
            stroke="#ffffff"
            stroke-width="6"
            paint-order="stroke"
          >
            {style.letter}
          </text>
        );
      })}
    </svg>
  );
}

/** The map as a table: per group its marker, size and centre; then every placed participant. */
export function MapTable({ ctx, analysis }: { ctx: PageContext; analysis: OpinionAnalysis }) {
  const { t } = ctx;
  return (
    <>
      <TableScroll label={t("opinions.report.mapTableCaption")}>
        <table class="data-table" id="opinion-map-table">
          <caption class="utrecht-table__caption">{t("opinions.report.mapTableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("opinions.report.group")}</th>
              <th scope="col">{t("opinions.report.marker")}</th>
              <th scope="col">{t("opinions.report.participants")}</th>
              <th scope="col">{t("opinions.report.centre")}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.groups.map((g) => {
              const style = groupStyle(g.id);
              return (
                <tr>
                  <th scope="row">{t("opinions.report.groupName", { letter: style.letter })}</th>
                  <td>{t(`opinions.report.shape.${style.shape}`)}</td>
                  <td>{g.participants.length}</td>
                  <td>{`${g.center[0].toFixed(2)}, ${g.center[1].toFixed(2)}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {analysis.positions.length <= 500 ? (
        <details class="opinion-details">
          <summary>{t("opinions.report.allParticipants")}</summary>
          <TableScroll label={t("opinions.report.allParticipants")}>
            <table class="data-table">
              <caption class="visually-hidden">{t("opinions.report.allParticipants")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("opinions.report.participant")}</th>
                  <th scope="col">{t("opinions.report.group")}</th>
                  <th scope="col">x</th>
                  <th scope="col">y</th>
                </tr>
              </thead>
              <tbody>
                {analysis.positions.map((p) => (
                  <tr>
                    <td>{String(p.participant)}</td>
                    <td>{groupStyle(p.group).letter}</td>
                    <td>{p.x.toFixed(2)}</td>
                    <td>{p.y.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ) : null}
    </>
  );
}
