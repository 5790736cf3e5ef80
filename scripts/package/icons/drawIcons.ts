import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_DIR } from '../buildAppPackage';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from '../checks/icons';
import { giftSymbol } from './giftSymbol';
import { rasterize, type Rgb } from './rasterize';

const WHITE: Rgb = [255, 255, 255];
/** The manifest's accent colour, #0F6CBD. */
const ACCENT: Rgb = [0x0f, 0x6c, 0xbd];

/** `npx tsx scripts/package/icons/drawIcons.ts`: redraws manifest/color.png and manifest/outline.png. */
writeFileSync(
  join(MANIFEST_DIR, 'color.png'),
  rasterize({ size: COLOR_ICON_SIZE, margin: 0.22, symbol: giftSymbol(0.07), foreground: WHITE, background: ACCENT }),
);
writeFileSync(
  join(MANIFEST_DIR, 'outline.png'),
  rasterize({ size: OUTLINE_ICON_SIZE, margin: 0.06, symbol: giftSymbol(0.09), foreground: WHITE }),
);
