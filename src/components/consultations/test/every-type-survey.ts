// A survey with one question of every type and a handful of responses from every kind of
// participant, for the results tests (staff page, public page, CSV, API).
import type { TestApp } from "../../../../test/support/app";
import { area, grid, longText, multiple, number, ranking, scale, shortText, single } from "../domain/test-questions";
import { newConsultation, newSurvey, sendResponse, testAreas } from "./factories";

export async function everyTypeSurvey(t: TestApp, closesOn = "2099-12-31") {
  const consultation = await newConsultation(t);
  const questions = [
    single(0),
    multiple(0),
    scale(0),
    number(0),
    shortText(0),
    longText(0),
    ranking(0),
    grid(0),
    area(0),
  ];
  const survey = await newSurvey(t, consultation, questions, closesOn);
  const [qSingle, qMultiple, qScale, qNumber, qShort, qLong, qRanking, qGrid, qArea] = survey.questionIds as number[];
  const { Noord, Zuid } = await testAreas(t);
  const q = { qSingle, qMultiple, qScale, qNumber, qShort, qLong, qRanking, qGrid, qArea } as Record<string, number>;
  const responses = {
    verified: await sendResponse(
      t,
      survey.id,
      [
        [q.qSingle!, 0],
        [q.qMultiple!, [0, 1]],
        [q.qScale!, 5],
        [q.qNumber!, 3],
        [q.qShort!, "Meer bomen"],
        [q.qLong!, "Het plein is te druk op zaterdag."],
        [q.qRanking!, [0, 1, 2]],
        [q.qGrid!, [0, 1]],
        [q.qArea!, { area: Noord! }],
      ],
      { verified: true, areaId: Noord },
    ),
    unverified: await sendResponse(
      t,
      survey.id,
      [
        [q.qSingle!, 1],
        [q.qMultiple!, [1]],
        [q.qScale!, 1],
        [q.qNumber!, 7],
        [q.qShort!, "Jan Jansen van nummer 4 is een sukkel"],
        [q.qRanking!, [1, 0, 2]],
        [q.qGrid!, [1, 1]],
        [q.qArea!, { postcode: "1021" }],
      ],
      { areaId: Zuid },
    ),
    anonymous: await sendResponse(
      t,
      survey.id,
      [
        [q.qSingle!, 1],
        [q.qNumber!, 2.5],
        [q.qShort!, '=HYPERLINK("http://evil.example")'],
      ],
      { source: "anonymous" },
    ),
    paper: await sendResponse(
      t,
      survey.id,
      [
        [q.qSingle!, 0],
        [q.qScale!, 5],
      ],
      { source: "paper", areaId: Noord },
    ),
    // Saved to continue later, never sent: it must not count anywhere.
    unsent: await sendResponse(
      t,
      survey.id,
      [
        [q.qSingle!, 2],
        [q.qShort!, "Nog niet verstuurd"],
      ],
      { sent: false },
    ),
  };
  return { consultation, survey, q, responses, areas: { Noord: Noord!, Zuid: Zuid! } };
}
