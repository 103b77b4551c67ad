import { afterEach, vi } from 'vitest';
import { unmountAll } from './render.util';

vi.mock('uplot', () => import('./uplot.mock'));

/** jsdom lays nothing out, so nothing ever resizes: charts only need the constructor to exist. */
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(async () => {
  await unmountAll();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/'); // the address carries the Overview's filters: no test inherits them
});
