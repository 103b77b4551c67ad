import { afterEach } from 'vitest';
import { unmountAll } from './render.util';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(async () => {
  await unmountAll();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/'); // the address carries the Overview's filters: no test inherits them
});
