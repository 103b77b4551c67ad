/**
 * jsdom draws no canvas, so component tests replace uPlot with this stand-in that keeps what it was asked to draw.
 * The real charts are drawn in Chromium by the browser test; here, tests read the panel's table alternative.
 */
export default class FakeUPlot {
  static readonly paths = { bars: () => () => null };
  static readonly drawn: FakeUPlot[] = [];
  height: number;

  constructor(
    readonly options: { height: number },
    readonly data: unknown[][],
  ) {
    this.height = options.height;
    FakeUPlot.drawn.push(this);
  }

  setSize(): void {}

  destroy(): void {}
}
