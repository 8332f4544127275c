/**
 * Plain data in and out of the opinion-map analysis. Ids are whatever the caller uses
 * (database integers, uuids, Pol.is numbers); the analysis hands the same values back.
 */
export type Id = string | number;

/** 1 = agree, -1 = disagree, 0 = pass (the Pol.is openData convention). */
export type VoteValue = -1 | 0 | 1;

export interface VoteRecord {
  participant: Id;
  statement: Id;
  vote: VoteValue;
  /** Any monotonic number (epoch ms); only the latest vote per participant/statement counts. */
  time: number;
}

export interface ConversationInput {
  statements: readonly Id[];
  votes: readonly VoteRecord[];
  /** Statements hidden by moderation: their votes are ignored everywhere. */
  moderatedOut?: readonly Id[];
  /** Optional list of known participants; anyone not placed on the map is reported as unplaced. */
  participants?: readonly Id[];
}

export interface AnalysisOptions {
  /** Votes a participant needs before being placed on the map (Pol.is: 7). */
  minVotes: number;
  /** Upper bound on the number of groups (Pol.is: 5). */
  maxGroups: number;
  /** Number of fine-grained base clusters the groups are built from (Pol.is: 100). */
  baseClusters: number;
  /** Most representative statements listed per group (Pol.is: 5). */
  maxRepresentative: number;
  /** Geometric mean of the per-group probabilities a consensus statement must reach. */
  consensusThreshold: number;
}

export const defaultAnalysisOptions: AnalysisOptions = {
  minVotes: 7,
  maxGroups: 5,
  baseClusters: 100,
  maxRepresentative: 5,
  consensusThreshold: 0.6,
};

export interface VoteCounts {
  agree: number;
  disagree: number;
  pass: number;
}

export interface StatementTally {
  statement: Id;
  /** Latest votes of every participant, placed or not. */
  overall: VoteCounts;
  /** Indexed by group id. */
  byGroup: VoteCounts[];
}

export type Direction = "agree" | "disagree";

export interface RepresentativeStatement {
  statement: Id;
  direction: Direction;
  /** Laplace-smoothed probability that a group member votes in `direction`. */
  probability: number;
  /** That probability divided by the same probability among all other groups. */
  ratio: number;
  /** z of the one-proportion test (probability > 1/2). */
  probabilityZ: number;
  /** z of the two-proportion test (group vs rest). */
  ratioZ: number;
  /** Group members voting in `direction`, and group members who voted at all. */
  success: number;
  seen: number;
}

export interface OpinionGroup {
  id: number;
  participants: Id[];
  center: [number, number];
  representative: RepresentativeStatement[];
}

export interface ConsensusStatement {
  statement: Id;
  direction: Direction;
  /** Product of the per-group smoothed probabilities. */
  score: number;
  /** Per group (indexed by group id) smoothed probability of `direction`. */
  groupProbabilities: number[];
}

export interface ParticipantPosition {
  participant: Id;
  x: number;
  y: number;
  group: number;
}

export interface OpinionAnalysis {
  groups: OpinionGroup[];
  consensus: { agree: ConsensusStatement[]; disagree: ConsensusStatement[] };
  positions: ParticipantPosition[];
  unplaced: Id[];
  statements: StatementTally[];
  /** Mean silhouette of the chosen grouping (null with fewer than two groups). */
  silhouette: number | null;
}
