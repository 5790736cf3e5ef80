import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { MANIFEST_DIR } from '../../../scripts/package/buildAppPackage';
import { ICON_DESIGNS } from '../../../scripts/package/icons/iconDesigns';
import { rasterize } from '../../../scripts/package/icons/rasterize';

describe('the app icons', () => {
  for (const [file, design] of Object.entries(ICON_DESIGNS)) {
    it(`manifest/${file} is what its design draws (redraw with scripts/package/icons/drawIcons.ts)`, () => {
      const committed = PNG.sync.read(readFileSync(join(MANIFEST_DIR, file)));
      const drawn = PNG.sync.read(rasterize(design));
      assert.equal(committed.width, design.size);
      assert.ok(committed.data.equals(drawn.data), `${file} differs from its design`);
    });
  }

  it('a changed design no longer matches the committed icon', () => {
    const [file, design] = Object.entries(ICON_DESIGNS)[0];
    const committed = PNG.sync.read(readFileSync(join(MANIFEST_DIR, file)));
    const redrawn = PNG.sync.read(rasterize({ ...design, margin: design.margin / 2 }));
    assert.ok(!committed.data.equals(redrawn.data));
  });
});
