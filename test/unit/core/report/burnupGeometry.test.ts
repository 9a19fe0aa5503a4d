import * as assert from 'node:assert/strict';
import { burnupGeometry, niceStep, type ChartBox } from '../../../../src/core/report/burnupGeometry';

const BOX: ChartBox = { width: 140, height: 120, left: 20, right: 20, top: 10, bottom: 10 };

describe('burnup geometry', () => {
  it('picks round y steps of 1, 2 or 5 times a power of ten, at most five intervals', () => {
    assert.deepEqual([0, 3, 4, 5, 9, 38, 51, 400, 1234].map((max) => niceStep(max)), [1, 1, 1, 1, 2, 10, 20, 100, 500]);
  });

  it('maps days to x and counts to y, scope and done on the same scale', () => {
    const g = burnupGeometry(
      [
        { date: '2026-10-01', scope: 2, done: 0 },
        { date: '2026-10-02', scope: 4, done: 1 },
        { date: '2026-10-03', scope: 4, done: 4 },
      ],
      BOX,
    );
    // Plot 100 wide and 100 high; the y axis tops out at 4 (step 1).
    assert.equal(g.yMax, 4);
    assert.equal(g.scope, '20,60 70,10 120,10');
    assert.equal(g.done, '20,110 70,85 120,10');
    assert.deepEqual(g.yTicks.map((t) => [t.label, t.at]), [['0', 110], ['1', 85], ['2', 60], ['3', 35], ['4', 10]]);
    assert.deepEqual(g.xTicks.map((t) => [t.label, t.at]), [['2026-10-01', 20], ['2026-10-02', 70], ['2026-10-03', 120]]);
  });

  it('labels at most five days, always the first and the last', () => {
    const points = Array.from({ length: 43 }, (_, i) => ({ date: `d${i}`, scope: 38, done: i }));
    const g = burnupGeometry(points, BOX);
    assert.deepEqual(g.xTicks.map((t) => t.label), ['d0', 'd11', 'd21', 'd32', 'd42']);
    assert.equal(g.yMax, 50);
  });

  it('centres a single day and keeps an empty milestone on a 0..1 axis', () => {
    const one = burnupGeometry([{ date: '2026-10-01', scope: 0, done: 0 }], BOX);
    assert.equal(one.scope, '70,110');
    assert.equal(one.yMax, 1);
    assert.deepEqual(burnupGeometry([], BOX).xTicks, []);
  });
});
