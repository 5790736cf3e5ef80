import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from '../checks/icons';
import { giftSymbol } from './giftSymbol';
import type { IconDesign, Rgb } from './rasterize';

const WHITE: Rgb = [255, 255, 255];
/** The manifest's accent colour, #0F6CBD. */
const ACCENT: Rgb = [0x0f, 0x6c, 0xbd];

/** The icon files in `manifest/` and how each is drawn. */
export const ICON_DESIGNS: Record<string, IconDesign> = {
  'color.png': { size: COLOR_ICON_SIZE, margin: 0.22, symbol: giftSymbol(0.07), foreground: WHITE, background: ACCENT },
  'outline.png': { size: OUTLINE_ICON_SIZE, margin: 0.06, symbol: giftSymbol(0.09), foreground: WHITE },
};
