/** Privacy: the rule for a person's records, which the stores read and save. */
export {
  agentErased,
  ERASED_AGENT_PREFIX,
  ERASED_REQUESTER,
  initiativeWithAgentReplaced,
  isErasedAgent,
  keyWithPartReplaced,
  type PersonalRecords,
  requesterErased,
  requesterRefreshed,
  segmentWithAgentReplaced,
  surveyWithAgentReplaced,
} from './erasure';
