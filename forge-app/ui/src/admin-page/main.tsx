import { mount } from '../shared/mount';
import { Screen } from '../shared/Screen';
import { AdminScreen } from './AdminScreen';

await mount(
  <Screen label="XLoop settings">
    <AdminScreen />
  </Screen>,
);
