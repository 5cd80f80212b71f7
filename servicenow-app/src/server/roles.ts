import { gs } from '@servicenow/glide';
import type { Caller, Role } from './core/xloop-core.js';

/** The app's roles (`src/fluent/roles.now.ts`) and the core role each one grants. */
export const APP_ROLES: readonly (readonly [appRole: string, core: Role])[] = [
  ['x_xloop.experience_admin', 'admin'],
  ['x_xloop.csi_manager', 'csi-manager'],
  ['x_xloop.agent_viewer', 'agent'],
];

/**
 * The signed-in user as the core's resolvers see them: every user may answer their own surveys (`customer`); the
 * app's roles add the rest. `gs.hasRole` is true for admins on every role, as the platform intends.
 */
export function currentCaller(): Caller {
  const roles: Role[] = ['customer'];
  for (const [appRole, core] of APP_ROLES) if (gs.hasRole(appRole)) roles.push(core);
  return { accountId: gs.getUserID(), roles };
}
