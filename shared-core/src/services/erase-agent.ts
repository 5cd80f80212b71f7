import type { Initiative } from '../improve/initiative';
import type { Segment } from '../model/segment';
import type { Survey } from '../model/survey';
import type { Ports } from '../ports';
import { err, ok, type Result } from '../result';
import { segmentKey } from '../share/segment-key';
import { andThen, forEach, type Step } from './step';

/** How an erased agent's pseudonym begins: `erased-agent-` and 12 random hex digits. */
export const ERASED_AGENT_PREFIX = 'erased-agent-';

/** What `eraseAgent` changed: surveys and suppressions, responses, stored rollup keys, and initiatives. */
export interface AgentErasure {
  readonly surveys: number;
  readonly responses: number;
  readonly rollups: number;
  readonly initiatives: number;
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
 * Erases an agent (GDPR): their id on surveys, suppressions and responses, inside rollup segment keys, and in the
 * target segment and source opportunity of initiatives is replaced by one fresh random pseudonym, the same everywhere
 * in this call, so per-agent counts stay true for an anonymous agent that cannot be tied back to the person. Safe to repeat: a second call finds nothing to change. A call cut
 * short is finished by the next one under another pseudonym, so that agent's counts may end up split between two.
 * Answers an error when the platform has no secure random source (`Crypto.randomHex`).
 * @example await eraseAgent(ports, '5b10ac8d82e05b22cc7d4ef5') // { ok: true, value: { surveys: 12, responses: 5, rollups: 140, initiatives: 0 } }
 */
export function eraseAgent(ports: Ports, agentId: string): Step<Result<AgentErasure, 'no-random-source'>> {
  const randomHex = ports.crypto.randomHex;
  if (randomHex === undefined) return err('no-random-source');
  const pseudonym = `${ERASED_AGENT_PREFIX}${randomHex.call(ports.crypto, 6)}`;
  const part = segmentKey({ agent: agentId });
  const replacement = segmentKey({ agent: pseudonym });
  return andThen(ports.rollups.replaceKeyPart(part, replacement), (rollups) =>
    andThen(ports.responses.eraseAgent(agentId, pseudonym), (responses) =>
      andThen(ports.surveys.eraseAgent(agentId, pseudonym), (surveys) =>
        andThen(eraseFromInitiatives(ports, { agentId, pseudonym, part, replacement }), (initiatives) =>
          ok({ surveys, responses, rollups, initiatives }),
        ),
      ),
    ),
  );
}

interface Replacement {
  readonly agentId: string;
  readonly pseudonym: string;
  readonly part: string;
  readonly replacement: string;
}

/** An initiative's target segment and source opportunity with the agent replaced, or `undefined` when neither names them. */
function initiativeWithAgentReplaced(initiative: Initiative, r: Replacement): Initiative | undefined {
  const segmented = segmentWithAgentReplaced(initiative, r.agentId, r.pseudonym);
  const opportunityKey =
    initiative.opportunityKey === undefined
      ? undefined
      : keyWithPartReplaced(initiative.opportunityKey, r.part, r.replacement);
  if (!segmented && opportunityKey === undefined) return undefined;
  return {
    ...(segmented ?? initiative),
    ...(opportunityKey !== undefined ? { opportunityKey } : {}),
    version: initiative.version + 1,
  };
}

/**
 * Initiatives targeting the agent, saved from the version read; one that a CSI manager changed meanwhile is read and
 * replaced again (a few times at most), so the id is not left behind by a board move.
 */
function eraseFromInitiatives(ports: Ports, r: Replacement): Step<number> {
  let changed = 0;
  const attempt = (id: string, left: number): Step<void> =>
    andThen(ports.initiatives.get(id), (current) => {
      const next = current && initiativeWithAgentReplaced(current, r);
      if (!current || !next) return undefined;
      return andThen(ports.initiatives.save(next, current.version), (saved) => {
        if (saved) changed++;
        else if (left > 0) return attempt(id, left - 1);
        return undefined;
      });
    });
  return andThen(ports.initiatives.list(), (initiatives) =>
    andThen(
      forEach(
        initiatives.filter((initiative) => initiativeWithAgentReplaced(initiative, r) !== undefined),
        (initiative) => attempt(initiative.id, 3),
      ),
      () => changed,
    ),
  );
}
