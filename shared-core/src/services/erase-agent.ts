import type { Segment } from '../model/segment';
import type { Survey } from '../model/survey';
import type { Ports } from '../ports';
import { err, ok, type Result } from '../result';
import { segmentKey } from '../share/segment-key';
import { andThen, type Step } from './step';

/** How an erased agent's pseudonym begins: `erased-agent-` and 12 random hex digits. */
export const ERASED_AGENT_PREFIX = 'erased-agent-';

/** What `eraseAgent` changed: surveys and suppressions, responses, and stored rollup keys. */
export interface AgentErasure {
  readonly surveys: number;
  readonly responses: number;
  readonly rollups: number;
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
 * another agent or none: what a store writes back for `eraseAgent`.
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
 * Erases an agent (GDPR): their id on surveys, suppressions and responses and inside rollup segment keys is replaced
 * by one fresh random pseudonym, the same everywhere in this call, so per-agent counts stay true for an anonymous
 * agent that cannot be tied back to the person. Safe to repeat: a second call finds nothing to change. A call cut
 * short is finished by the next one under another pseudonym, so that agent's counts may end up split between two.
 * Answers an error when the platform has no secure random source (`Crypto.randomHex`).
 * @example await eraseAgent(ports, '5b10ac8d82e05b22cc7d4ef5') // { ok: true, value: { surveys: 12, responses: 5, rollups: 140 } }
 */
export function eraseAgent(ports: Ports, agentId: string): Step<Result<AgentErasure, 'no-random-source'>> {
  const randomHex = ports.crypto.randomHex;
  if (randomHex === undefined) return err('no-random-source');
  const pseudonym = `${ERASED_AGENT_PREFIX}${randomHex.call(ports.crypto, 6)}`;
  return andThen(
    ports.rollups.replaceKeyPart(segmentKey({ agent: agentId }), segmentKey({ agent: pseudonym })),
    (rollups) =>
      andThen(ports.responses.eraseAgent(agentId, pseudonym), (responses) =>
        andThen(ports.surveys.eraseAgent(agentId, pseudonym), (surveys) =>
          ok({ surveys, responses, rollups }),
        ),
      ),
  );
}
