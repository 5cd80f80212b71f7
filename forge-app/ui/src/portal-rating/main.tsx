import { loadContext } from '../shared/context';
import { mount } from '../shared/mount';
import { Screen } from '../shared/Screen';
import { RatingScreen } from './RatingScreen';

const context = await loadContext();
await mount(
  <Screen label="Rate this request">
    {context.ticketId ? (
      <RatingScreen ticketId={context.ticketId} locale={context.locale} />
    ) : (
      <p>Open this from a request.</p>
    )}
  </Screen>,
);
