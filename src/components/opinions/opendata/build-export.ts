import { compareIds } from "../domain/id-order";
import type { Id, OpinionAnalysis, VoteRecord } from "../domain/types";
import type { OpenDataExport } from "./open-data-export";
import type { OpenDataParticipantVotes } from "./participants-votes-csv";

export interface ExportStatement {
  id: Id;
  authorId: Id;
  body: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** 1 accepted, 0 not yet moderated, −1 moderated out. */
  moderated: -1 | 0 | 1;
}

/** Plain data of one conversation, as the app holds it, to publish as Pol.is openData. */
export interface ExportSource {
  topic: string;
  url?: string;
  description?: string;
  views?: number;
  statements: readonly ExportStatement[];
  votes: readonly VoteRecord[];
  /** The latest analysis, for the group-id column and the group count. */
  analysis?: OpinionAnalysis;
}

/**
 * The four openData files for a conversation, still as data (see `formatOpenDataExport`).
 * votes.csv keeps every vote including re-votes, like Pol.is; the other files count only each
 * participant's latest vote per statement.
 */
export function buildOpenDataExport(source: ExportSource): OpenDataExport {
  const latest = latestVotes(source.votes);
  const groupOf = new Map<Id, number>();
  for (const p of source.analysis?.positions ?? []) groupOf.set(p.participant, p.group);
  const authored = new Map<Id, number>();
  for (const s of source.statements) authored.set(s.authorId, (authored.get(s.authorId) ?? 0) + 1);

  const perStatement = new Map<Id, { agrees: number; disagrees: number }>();
  const perParticipant = new Map<Id, OpenDataParticipantVotes>();
  for (const vote of latest) {
    const tally = perStatement.get(vote.statement) ?? { agrees: 0, disagrees: 0 };
    perStatement.set(vote.statement, tally);
    if (vote.vote === 1) tally.agrees++;
    if (vote.vote === -1) tally.disagrees++;
    let row = perParticipant.get(vote.participant);
    if (!row) {
      const group = groupOf.get(vote.participant);
      row = {
        participant: String(vote.participant),
        groupId: group ?? null,
        nComments: authored.get(vote.participant) ?? 0,
        nVotes: 0,
        nAgree: 0,
        nDisagree: 0,
        votes: new Map(),
      };
      perParticipant.set(vote.participant, row);
    }
    row.nVotes++;
    if (vote.vote === 1) row.nAgree++;
    if (vote.vote === -1) row.nDisagree++;
    row.votes.set(String(vote.statement), vote.vote);
  }

  const statements = [...source.statements].sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
  const voters = [...perParticipant.keys()].sort(compareIds);
  return {
    comments: statements.map((s) => ({
      timestamp: s.createdAt,
      datetime: javaDateString(s.createdAt),
      commentId: String(s.id),
      authorId: String(s.authorId),
      agrees: perStatement.get(s.id)?.agrees ?? 0,
      disagrees: perStatement.get(s.id)?.disagrees ?? 0,
      moderated: s.moderated,
      body: s.body,
    })),
    votes: [...source.votes]
      .sort(
        (a, b) => a.time - b.time || compareIds(a.participant, b.participant) || compareIds(a.statement, b.statement),
      )
      .map((v) => ({
        timestamp: v.time,
        datetime: javaDateString(v.time),
        commentId: String(v.statement),
        voterId: String(v.participant),
        vote: v.vote,
      })),
    participantsVotes: {
      commentIds: [...source.statements].sort((a, b) => compareIds(a.id, b.id)).map((s) => String(s.id)),
      rows: voters.map((id) => perParticipant.get(id)!),
    },
    summary: [
      ["topic", source.topic],
      ["url", source.url ?? ""],
      ["views", String(source.views ?? 0)],
      ["voters", String(voters.length)],
      ["voters-in-conv", String(source.analysis?.positions.length ?? 0)],
      ["commenters", String(authored.size)],
      ["comments", String(source.statements.length)],
      ["groups", String(source.analysis?.groups.length ?? 0)],
      ["conversation-description", source.description ?? ""],
    ],
  };
}

function latestVotes(votes: readonly VoteRecord[]): VoteRecord[] {
  const latest = new Map<string, VoteRecord>();
  for (const v of votes) {
    const key = `${typeof v.participant}:${v.participant}\u0000${typeof v.statement}:${v.statement}`;
    const previous = latest.get(key);
    if (!previous || v.time > previous.time || (v.time === previous.time && v.vote > previous.vote)) latest.set(key, v);
  }
  return [...latest.values()];
}

const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Pol.is writes Java's Date.toString(); we write the same shape, always in UTC. */
export function javaDateString(epochMs: number): string {
  const d = new Date(epochMs);
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}
