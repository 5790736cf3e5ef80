import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_DIR } from '../buildAppPackage';
import { ICON_DESIGNS } from './iconDesigns';
import { rasterize } from './rasterize';

/** `npx tsx scripts/package/icons/drawIcons.ts`: redraws the icons in `manifest/` after a design change. */
for (const [file, design] of Object.entries(ICON_DESIGNS)) writeFileSync(join(MANIFEST_DIR, file), rasterize(design));
