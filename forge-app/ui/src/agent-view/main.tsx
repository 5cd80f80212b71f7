import { loadContext } from '../shared/context';
import { mount } from '../shared/mount';
import { Screen } from '../shared/Screen';
import { AgentView } from './AgentView';

const context = await loadContext();
await mount(
  <Screen label="Experience">
    {context.ticketId ? (
      <AgentView ticketId={context.ticketId} locale={context.locale} />
    ) : (
      <p>Open this from an issue.</p>
    )}
  </Screen>,
);
