import '@servicenow/sdk/global';
import { Role } from '@servicenow/sdk/core';

// Agents read experience data; CSI managers also run the improvement register; experience admins configure.
// Every signed-in user may rate their own tickets without a role.
export const agentViewer = Role({
  name: 'x_xloop.agent_viewer',
  description: 'Reads XLoop experience scores on tickets, dashboards and initiatives.',
});

export const csiManager = Role({
  name: 'x_xloop.csi_manager',
  description: 'Ranks improvement opportunities and manages initiatives in the XLoop register.',
  containsRoles: [agentViewer],
});

export const experienceAdmin = Role({
  name: 'x_xloop.experience_admin',
  description: 'Configures XLoop: timing policy, settings, token keys and where initiatives are registered.',
  containsRoles: [csiManager],
});
