import { adjustedRandIndex } from "../domain/adjusted-rand-index";
import { analyzeConversation } from "../domain/analyze-conversation";
import type { AnalysisOptions, Id, OpinionAnalysis } from "../domain/types";
import type { OpenDataExport } from "./open-data-export";
import { referenceGroups, toConversationInput } from "./to-conversation-input";

export interface PolisComparison {
  /** Participants who voted at least once. */
  participants: number;
  placedByUs: number;
  placedByPolis: number;
  /** Participants both place: the ARI is computed over these. */
  placedByBoth: number;
  groupsOurs: number;
  groupsPolis: number;
  adjustedRandIndex: number;
}

/** Our analysis of an export next to the group-id column Pol.is wrote into it. */
export function compareWithPolis(
  data: OpenDataExport,
  options: Partial<AnalysisOptions> = {},
): { comparison: PolisComparison; analysis: OpinionAnalysis } {
  const analysis = analyzeConversation(toConversationInput(data), options);
  const reference = referenceGroups(data);
  const ours = new Map<Id, number>();
  for (const position of analysis.positions) ours.set(position.participant, position.group);
  const both = [...ours.keys()].filter((id) => reference.has(id));
  return {
    analysis,
    comparison: {
      participants: analysis.positions.length + analysis.unplaced.length,
      placedByUs: ours.size,
      placedByPolis: reference.size,
      placedByBoth: both.length,
      groupsOurs: analysis.groups.length,
      groupsPolis: new Set(reference.values()).size,
      adjustedRandIndex: adjustedRandIndex(
        both.map((id) => ours.get(id)!),
        both.map((id) => reference.get(id)!),
      ),
    },
  };
}
