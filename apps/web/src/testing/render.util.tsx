import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

const mounted: Array<{ root: Root; container: HTMLElement }> = [];

/** Renders into a fresh container in the document and waits for effects. */
export async function render(ui: ReactNode): Promise<HTMLElement> {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  await act(async () => root.render(ui));
  mounted.push({ root, container });
  return container;
}

export async function unmountAll(): Promise<void> {
  for (const { root, container } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
}

export function byTestId(container: ParentNode, testId: string): HTMLElement {
  const element = container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`no element with data-testid="${testId}"`);
  return element;
}

/** Types into a controlled input the way a browser does, so React sees the change. */
export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setValue?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

/** Lets pending promises (mocked responses) settle inside act. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, ms)));
}

/** Settles until the element is there: a lazily loaded page arrives after its chunk, a few tasks later. */
export async function settleUntil(container: ParentNode, selector: string, tries = 300): Promise<void> {
  for (let attempt = 0; attempt < tries && !container.querySelector(selector); attempt++) await settle(10);
}
