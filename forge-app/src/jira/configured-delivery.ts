import type { Delivery } from '@xloop/shared-core';
import type { ForgeConfig } from '../forge-config';
import { commentDelivery } from './comment-delivery';
import type { JiraClient } from './jira-client';
import { notifyDelivery } from './notify-delivery';

/** The delivery the admin chose, looked up at send time so a change applies to the next message. */
export function configuredDelivery(
  jira: JiraClient,
  oneClickUrl: () => Promise<string>,
  config: () => Promise<ForgeConfig>,
): Delivery {
  const comment = commentDelivery(jira, oneClickUrl);
  const notify = notifyDelivery(jira, oneClickUrl);
  return {
    async send(outgoing) {
      return ((await config()).delivery === 'notify' ? notify : comment).send(outgoing);
    },
  };
}
