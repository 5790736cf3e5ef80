/** A point of the unit square (0…1 both ways, y downwards) where the symbol is drawn. */
export type Shape = (x: number, y: number) => boolean;

const box = (left: number, top: number, right: number, bottom: number): Shape => (x, y) =>
  x >= left && x <= right && y >= top && y <= bottom;

const frame = (left: number, top: number, right: number, bottom: number, stroke: number): Shape => {
  const outer = box(left, top, right, bottom);
  const inner = box(left + stroke, top + stroke, right - stroke, bottom - stroke);
  return (x, y) => outer(x, y) && !inner(x, y);
};

const ring = (centreX: number, centreY: number, radius: number, stroke: number): Shape => (x, y) => {
  const distance = Math.hypot(x - centreX, y - centreY);
  return distance <= radius && distance >= radius - stroke;
};

/** A gift, for the benefits the app hands out, drawn in strokes so it reads at 32 pixels as well as at 192. */
export function giftSymbol(stroke: number): Shape {
  const parts = [
    frame(0.04, 0.3, 0.96, 0.48, stroke),
    frame(0.12, 0.48 - stroke, 0.88, 0.96, stroke),
    box(0.5 - stroke / 2, 0.3, 0.5 + stroke / 2, 0.96),
    ring(0.33, 0.2, 0.14, stroke),
    ring(0.67, 0.2, 0.14, stroke),
  ];
  return (x, y) => parts.some((part) => part(x, y));
}
