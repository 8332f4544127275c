// The figures of a survey's results page and API, over responses already filtered: per question
// its result (results.ts), and for open answers how many are hidden and how many answers carry
// each theme. The public view leaves hidden answers out entirely (they are not counted as open
// answers and not under a theme); staff see them counted, and the number hidden beside it.
import type { AnswerValue, Question } from "./questions";
import { questionResult, type QuestionResult } from "./results";

export interface ReportResponse {
  id: number;
  answers: ReadonlyMap<number, AnswerValue>;
}

export interface ThemeCount {
  id: number;
  name: string;
  count: number;
}

export interface QuestionReport {
  question: Question;
  result: QuestionResult;
  /** Open answers only: hidden answers among those counted (always 0 in the public view). */
  hidden: number;
  /** Open answers only: every theme of the survey with the number of answers tagged with it. */
  themes: ThemeCount[];
}

export interface ReportInput {
  questions: readonly Question[];
  responses: readonly ReportResponse[];
  /** Hidden answers as "responseId:questionId". */
  hidden: ReadonlySet<string>;
  tags: readonly { theme_id: number; response_id: number; question_id: number }[];
  themes: readonly { id: number; name: string }[];
  areaIds: readonly number[];
  publicView: boolean;
}

const isText = (q: Question) => q.type === "shortText" || q.type === "longText";

export function surveyReport(input: ReportInput): { respondents: number; questions: QuestionReport[] } {
  const { hidden, publicView } = input;
  const questions = input.questions.map((q) => {
    const counted = input.responses.filter(
      (r) => r.answers.has(q.id) && !(publicView && isText(q) && hidden.has(`${r.id}:${q.id}`)),
    );
    const countedIds = new Set(counted.map((r) => r.id));
    const result = questionResult(
      q,
      input.responses.map((r) => (countedIds.has(r.id) ? r.answers.get(q.id) : undefined)),
      input.areaIds,
    );
    if (!isText(q)) return { question: q, result, hidden: 0, themes: [] };
    const themes = input.themes.map((t) => ({
      id: t.id,
      name: t.name,
      count: input.tags.filter((g) => g.theme_id === t.id && g.question_id === q.id && countedIds.has(g.response_id))
        .length,
    }));
    const hiddenCount = counted.filter((r) => hidden.has(`${r.id}:${q.id}`)).length;
    return { question: q, result, hidden: hiddenCount, themes };
  });
  return { respondents: input.responses.length, questions };
}
