import { PNG } from 'pngjs';
import type { Shape } from './giftSymbol';

export type Rgb = readonly [number, number, number];

export interface IconDesign {
  size: number;
  /** Margin around the symbol, as a share of the size. */
  margin: number;
  symbol: Shape;
  foreground: Rgb;
  /** Undefined for a transparent background: the symbol's coverage becomes alpha, its colour stays pure. */
  background?: Rgb;
}

const SAMPLES = 8;

/** Each pixel is sampled on an 8×8 grid, so edges are smooth and the output is the same on every machine. */
function coverage(symbol: Shape, size: number, margin: number, column: number, row: number): number {
  const inner = size * (1 - 2 * margin);
  let covered = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    for (let j = 0; j < SAMPLES; j += 1) {
      const x = (column + (i + 0.5) / SAMPLES - size * margin) / inner;
      const y = (row + (j + 0.5) / SAMPLES - size * margin) / inner;
      if (symbol(x, y)) covered += 1;
    }
  }
  return covered / (SAMPLES * SAMPLES);
}

export function rasterize(design: IconDesign): Buffer {
  const png = new PNG({ width: design.size, height: design.size });
  for (let row = 0; row < design.size; row += 1) {
    for (let column = 0; column < design.size; column += 1) {
      const share = coverage(design.symbol, design.size, design.margin, column, row);
      const offset = (row * design.size + column) * 4;
      const { foreground, background } = design;
      for (let channel = 0; channel < 3; channel += 1) {
        png.data[offset + channel] = background
          ? Math.round(background[channel] + (foreground[channel] - background[channel]) * share)
          : foreground[channel];
      }
      png.data[offset + 3] = background ? 255 : Math.round(255 * share);
    }
  }
  return PNG.sync.write(png);
}
