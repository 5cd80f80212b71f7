import type { Page, Ports } from '../ports';
import { agentErased, ERASED_AGENT_PREFIX, initiativeWithAgentReplaced } from '../privacy/erasure';
import { err, ok, type Result } from '../result';
import { segmentKey } from '../share/segment-key';
import { andThen, forEach, type Step } from '../step';
import { changeInPages } from './erase-in-pages';

/** What `eraseAgent` changed: surveys and suppressions, responses, stored rollup keys, and initiatives. */
export interface AgentErasure {
  readonly surveys: number;
  readonly responses: number;
  readonly rollups: number;
  readonly initiatives: number;
}

type AgentPorts = Pick<Ports, 'surveys' | 'responses' | 'rollups' | 'initiatives' | 'crypto'>;

/**
 * Erases an agent (GDPR): their id on surveys, suppressions and responses, inside rollup segment keys, and in the
 * target segment and source opportunity of initiatives is replaced by one fresh random pseudonym, the same everywhere
 * in this call, so per-agent counts stay true for an anonymous agent that cannot be tied back to the person (the rule
 * is the core's `agentErased`; stores only read by agent and save). Safe to repeat: a second call finds nothing to
 * change. A call cut short is finished by the next one under another pseudonym, so that agent's counts may end up
 * split between two. Answers an error when the platform has no secure random source (`Crypto.randomHex`).
 * @example await eraseAgent(ports, '5b10ac8d82e05b22cc7d4ef5') // { ok: true, value: { surveys: 12, responses: 5, rollups: 140, initiatives: 0 } }
 */
export function eraseAgent(
  ports: AgentPorts,
  agentId: string,
): Step<Result<AgentErasure, 'no-random-source'>> {
  const randomHex = ports.crypto.randomHex;
  if (randomHex === undefined) return err('no-random-source');
  const pseudonym = `${ERASED_AGENT_PREFIX}${randomHex.call(ports.crypto, 6)}`;
  const reads = {
    surveys: (page: Page) => ports.surveys.byAgent(agentId, page),
    suppressions: (page: Page) => ports.surveys.suppressionsByAgent(agentId, page),
    responses: (page: Page) => ports.responses.byAgent(agentId, page),
  };
  return andThen(
    ports.rollups.replaceKeyPart(segmentKey({ agent: agentId }), segmentKey({ agent: pseudonym })),
    (rollups) =>
      andThen(
        changeInPages(ports, reads, (records) => agentErased(records, agentId, pseudonym)),
        (changed) =>
          andThen(eraseFromInitiatives(ports, agentId, pseudonym), (initiatives) =>
            ok({
              surveys: changed.surveys + changed.suppressions,
              responses: changed.responses,
              rollups,
              initiatives,
            }),
          ),
      ),
  );
}

/**
 * Initiatives targeting the agent, saved from the version read; one that a CSI manager changed meanwhile is read and
 * replaced again (a few times at most), so the id is not left behind by a board move.
 */
function eraseFromInitiatives(ports: AgentPorts, agentId: string, pseudonym: string): Step<number> {
  let changed = 0;
  const attempt = (id: string, left: number): Step<void> =>
    andThen(ports.initiatives.get(id), (current) => {
      const next = current && initiativeWithAgentReplaced(current, agentId, pseudonym);
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
        initiatives.filter(
          (initiative) => initiativeWithAgentReplaced(initiative, agentId, pseudonym) !== undefined,
        ),
        (initiative) => attempt(initiative.id, 3),
      ),
      () => changed,
    ),
  );
}
