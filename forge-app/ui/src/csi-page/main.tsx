import { loadContext } from '../shared/context';
import { mount } from '../shared/mount';
import { Screen } from '../shared/Screen';
import { CsiPage } from './CsiPage';

const context = await loadContext();
await mount(
  <Screen label="Experience improvement">
    <CsiPage locale={context.locale} />
  </Screen>,
);
