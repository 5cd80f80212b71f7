import { mount } from '../shared/mount';
import { Screen } from '../shared/Screen';

await mount(<Screen label="agent-view">…</Screen>);
