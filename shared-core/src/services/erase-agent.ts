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
