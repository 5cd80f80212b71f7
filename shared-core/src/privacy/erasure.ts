import type { Initiative } from '../improve/initiative';
import type { Segment } from '../model/segment';
import type { Survey } from '../model/survey';
import type { Requester } from '../model/ticket';
import type { StoredResponse, Suppression } from '../ports';
import { segmentKey } from '../share/segment-key';

// The erase rules, once for every platform: stores read a person's records and save what these functions answer.

/** The identity that replaces an erased requester everywhere. */
export const ERASED_REQUESTER = { id: 'erased' } as const;

/** How an erased agent's pseudonym begins: `erased-agent-` and 12 random hex digits. */
export const ERASED_AGENT_PREFIX = 'erased-agent-';

/** A person's stored records, as a store reads them by requester or by agent (a page of each). */
export interface PersonalRecords {
  readonly surveys: readonly Survey[];
  readonly suppressions: readonly Suppression[];
  readonly responses: readonly StoredResponse[];
}

/**
 * The requester's records erased: `ERASED_REQUESTER` in place of their identity on surveys, suppressions and
 * responses, and no comment; scores, factors and lost time stay, so counts stay true. Records of anyone else are
 * left out, so only what changes is answered.
 * @example requesterErased({ surveys: [], suppressions: [], responses: [response] }, 'alice').responses[0].requesterId // 'erased'
 */
export function requesterErased(records: PersonalRecords, requesterId: string): PersonalRecords {
  return {
    ...requesterReplaced(records, requesterId, ERASED_REQUESTER),
    responses: records.responses
      .filter((response) => response.requesterId === requesterId)
      .map(({ comment: _comment, ...response }) => ({ ...response, requesterId: ERASED_REQUESTER.id })),
  };
}

/**
 * The requester's surveys and suppressions with their stored details replaced by `requester` (same id, what the
 * platform says now); responses hold no details and are left out.
 * @example requesterRefreshed(records, { id: 'alice', displayName: 'Alice B.' }).surveys[0].requester.displayName // 'Alice B.'
 */
export function requesterRefreshed(records: PersonalRecords, requester: Requester): PersonalRecords {
  return { ...requesterReplaced(records, requester.id, requester), responses: [] };
}

function requesterReplaced(records: PersonalRecords, requesterId: string, replacement: Requester) {
  return {
    surveys: records.surveys
      .filter((survey) => survey.requester.id === requesterId)
      .map((survey) => ({ ...survey, requester: { ...replacement } })),
    suppressions: records.suppressions
      .filter((suppression) => suppression.requesterId === requesterId)
      .map((suppression) => ({ ...suppression, requesterId: replacement.id })),
  };
}

/**
 * The records naming the agent, with `pseudonym` in their place: on surveys (`agentId` and `segment.agent`),
 * suppressions and responses (`segment.agent`). Whole ids only; records naming another agent are left out.
 * @example agentErased(records, 'bob', 'erased-agent-3f09c2a17b44').responses.every((r) => r.segment.agent !== 'bob') // true
 */
export function agentErased(records: PersonalRecords, agentId: string, pseudonym: string): PersonalRecords {
  const defined = <T>(items: readonly (T | undefined)[]) =>
    items.filter((item): item is T => item !== undefined);
  return {
    surveys: defined(records.surveys.map((survey) => surveyWithAgentReplaced(survey, agentId, pseudonym))),
    suppressions: defined(records.suppressions.map((s) => segmentWithAgentReplaced(s, agentId, pseudonym))),
    responses: defined(records.responses.map((r) => segmentWithAgentReplaced(r, agentId, pseudonym))),
  };
}

/**
 * Whether an agent id is a pseudonym `eraseAgent` gave (such ids belong to nobody, so are never reported).
 * @example isErasedAgent('erased-agent-3f09c2a17b44') // true
 */
export function isErasedAgent(agentId: string): boolean {
  return agentId.startsWith(ERASED_AGENT_PREFIX);
}

/**
 * A record with a segment (a response, a suppression) with the agent replaced, or `undefined` when its segment names
 * another agent or none.
 * @example segmentWithAgentReplaced({ segment: { agent: 'bob' } }, 'bob', 'erased-agent-3f09c2a17b44') // { segment: { agent: 'erased-agent-3f09c2a17b44' } }
 */
export function segmentWithAgentReplaced<T extends { readonly segment: Segment }>(
  record: T,
  agentId: string,
  pseudonym: string,
): T | undefined {
  return record.segment.agent === agentId
    ? { ...record, segment: { ...record.segment, agent: pseudonym } }
    : undefined;
}

/**
 * A survey with the agent replaced in `agentId` and `segment.agent`, or `undefined` when it names another agent.
 * @example surveyWithAgentReplaced(survey, 'bob', 'erased-agent-3f09c2a17b44')?.agentId // 'erased-agent-3f09c2a17b44'
 */
export function surveyWithAgentReplaced(
  survey: Survey,
  agentId: string,
  pseudonym: string,
): Survey | undefined {
  if (survey.agentId !== agentId && survey.segment.agent !== agentId) return undefined;
  const replaced = segmentWithAgentReplaced(survey, agentId, pseudonym) ?? survey;
  return survey.agentId === agentId ? { ...replaced, agentId: pseudonym } : replaced;
}

/**
 * A segment key with one whole part replaced, or `undefined` when no part of it is `part` (a value that merely starts
 * with the same characters is another value).
 * @example keyWithPartReplaced('service=VPN|agent=bob', 'agent=bob', 'agent=erased-agent-3f09c2a17b44') // 'service=VPN|agent=erased-agent-3f09c2a17b44'
 */
export function keyWithPartReplaced(key: string, part: string, replacement: string): string | undefined {
  const parts = key.split('|');
  const at = parts.indexOf(part);
  if (at < 0) return undefined;
  parts[at] = replacement;
  return parts.join('|');
}

/**
 * An initiative's target segment and source opportunity key with the agent replaced, one version on, or `undefined`
 * when neither names them.
 * @example initiativeWithAgentReplaced({ ...initiative, segment: { agent: 'bob' } }, 'bob', 'erased-agent-3f09c2a17b44')?.segment // { agent: 'erased-agent-3f09c2a17b44' }
 */
export function initiativeWithAgentReplaced(
  initiative: Initiative,
  agentId: string,
  pseudonym: string,
): Initiative | undefined {
  const segmented = segmentWithAgentReplaced(initiative, agentId, pseudonym);
  const opportunityKey =
    initiative.opportunityKey === undefined
      ? undefined
      : keyWithPartReplaced(
          initiative.opportunityKey,
          segmentKey({ agent: agentId }),
          segmentKey({ agent: pseudonym }),
        );
  if (!segmented && opportunityKey === undefined) return undefined;
  return {
    ...(segmented ?? initiative),
    ...(opportunityKey !== undefined ? { opportunityKey } : {}),
    version: initiative.version + 1,
  };
}
