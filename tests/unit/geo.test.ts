import { describe, expect, test } from 'vitest';
import {
  boundsAround,
  boundsOf,
  distanceToSegment,
  inRange,
  isClosedRing,
  pointInPolygon,
  pointInRing,
  pointOnLine,
  positionsOf,
  toLatLng,
  toLatLngBounds,
  type Position,
} from '@/lib/geo';

// A 10 x 10 square with a 2 x 2 hole in the middle. Rings are closed ([lon, lat]).
const square: Position[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
const hole: Position[] = [
  [4, 4],
  [6, 4],
  [6, 6],
  [4, 6],
  [4, 4],
];
const triangle: Position[] = [
  [0, 0],
  [4, 0],
  [0, 4],
  [0, 0],
];

describe('toLatLng', () => {
  test('swaps GeoJSON [lon, lat] into Leaflet [lat, lon]', () => {
    expect(toLatLng([37.61556, 55.75222])).toEqual([55.75222, 37.61556]);
    expect(toLatLng([-3, 40])).toEqual([40, -3]);
  });
});

describe('toLatLngBounds', () => {
  test('swaps [[west, south], [east, north]] into Leaflet [[south, west], [north, east]]', () => {
    expect(
      toLatLngBounds([
        [-25, 25],
        [70, 72],
      ]),
    ).toEqual([
      [25, -25],
      [72, 70],
    ]);
  });
});

describe('boundsAround', () => {
  test('a square of d degrees each way, still [lon, lat]', () => {
    expect(boundsAround([37.5, 55.75], 0.25)).toEqual([
      [37.25, 55.5],
      [37.75, 56],
    ]);
  });
});

describe('pointInRing / pointInPolygon', () => {
  test('a point inside the square is inside', () => {
    expect(pointInRing([5, 5], square)).toBe(true);
    expect(pointInRing([0.5, 9.5], square)).toBe(true);
  });

  test('points outside the square are outside', () => {
    expect(pointInRing([11, 5], square)).toBe(false);
    expect(pointInRing([-0.001, 5], square)).toBe(false);
    expect(pointInRing([5, 10.5], square)).toBe(false);
  });

  test('points on an edge or a vertex count as inside', () => {
    expect(pointInRing([10, 5], square)).toBe(true);
    expect(pointInRing([5, 0], square)).toBe(true);
    expect(pointInRing([0, 0], square)).toBe(true);
    expect(pointInRing([2, 2], triangle)).toBe(true); // on the hypotenuse
  });

  test('the triangle: inside below the hypotenuse, outside above it', () => {
    expect(pointInRing([1, 1], triangle)).toBe(true);
    expect(pointInRing([3, 3], triangle)).toBe(false);
  });

  test('works for an open ring too (the last edge is implied)', () => {
    expect(pointInRing([5, 5], square.slice(0, 4))).toBe(true);
    expect(pointInRing([11, 5], square.slice(0, 4))).toBe(false);
  });

  test('a point in a hole is outside the polygon', () => {
    expect(pointInPolygon([5, 5], [square, hole])).toBe(false);
  });

  test('a point between the outer ring and the hole is inside', () => {
    expect(pointInPolygon([2, 2], [square, hole])).toBe(true);
    expect(pointInPolygon([5, 5], [square])).toBe(true);
  });

  test('a point outside the outer ring is outside, hole or not', () => {
    expect(pointInPolygon([20, 20], [square, hole])).toBe(false);
  });
});

describe('distanceToSegment / pointOnLine', () => {
  const line: Position[] = [
    [0, 0],
    [10, 0],
    [10, 10],
  ];

  test('distance to a segment, its ends, and a degenerate segment', () => {
    expect(distanceToSegment([5, 3], [0, 0], [10, 0])).toBeCloseTo(3, 12);
    expect(distanceToSegment([-3, 4], [0, 0], [10, 0])).toBeCloseTo(5, 12);
    expect(distanceToSegment([3, 4], [0, 0], [0, 0])).toBeCloseTo(5, 12);
  });

  test('points on the polyline (vertices and mid-segment) are on it', () => {
    expect(pointOnLine([5, 0], line)).toBe(true);
    expect(pointOnLine([10, 0], line)).toBe(true);
    expect(pointOnLine([10, 7.5], line)).toBe(true);
  });

  test('within the default tolerance (~1e-5 degrees) counts, beyond it does not', () => {
    expect(pointOnLine([5, 0.000009], line)).toBe(true);
    expect(pointOnLine([5, 0.00002], line)).toBe(false);
    expect(pointOnLine([5, 1], line)).toBe(false);
  });

  test('a custom tolerance widens the band', () => {
    expect(pointOnLine([5, 0.5], line, 0.6)).toBe(true);
    expect(pointOnLine([5, 0.5], line, 0.4)).toBe(false);
  });

  test('a point beyond the end of the line is not on it', () => {
    expect(pointOnLine([10, 10.001], line)).toBe(false);
    expect(pointOnLine([-0.001, 0], line)).toBe(false);
  });
});

describe('isClosedRing', () => {
  test('a closed ring of 4+ positions is closed', () => {
    expect(isClosedRing(square)).toBe(true);
    expect(isClosedRing(triangle)).toBe(true);
  });

  test('an open ring is not closed', () => {
    expect(isClosedRing(square.slice(0, 4))).toBe(false);
    expect(
      isClosedRing([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0.5],
      ]),
    ).toBe(false);
  });

  test('a ring with fewer than 4 positions is not closed, even if first equals last', () => {
    expect(
      isClosedRing([
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBe(false);
    expect(isClosedRing([])).toBe(false);
  });
});

describe('boundsOf', () => {
  test('returns [[minLon, minLat], [maxLon, maxLat]]', () => {
    expect(
      boundsOf([
        [3, -1],
        [-2, 4],
        [5, 2],
      ]),
    ).toEqual([
      [-2, -1],
      [5, 4],
    ]);
    expect(boundsOf(square)).toEqual([
      [0, 0],
      [10, 10],
    ]);
  });

  test('a single position is its own bounds', () => {
    expect(boundsOf([[7, 8]])).toEqual([
      [7, 8],
      [7, 8],
    ]);
  });
});

describe('positionsOf', () => {
  test('Point', () => {
    expect(positionsOf([1, 2])).toEqual([[1, 2]]);
  });

  test('LineString', () => {
    expect(
      positionsOf([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test('Polygon', () => {
    expect(positionsOf([square, hole])).toEqual([...square, ...hole]);
  });

  test('MultiPolygon', () => {
    expect(positionsOf([[square], [triangle, hole]])).toEqual([...square, ...triangle, ...hole]);
    expect(positionsOf([[square], [triangle]])).toHaveLength(square.length + triangle.length);
  });

  test('empty coordinates give no positions', () => {
    expect(positionsOf([])).toEqual([]);
  });
});

describe('inRange', () => {
  test('accepts positions on and within the limits', () => {
    expect(inRange([0, 0])).toBe(true);
    expect(inRange([180, 90])).toBe(true);
    expect(inRange([-180, -90])).toBe(true);
    expect(inRange([37.6, 55.7])).toBe(true);
  });

  test('rejects out-of-range longitude or latitude', () => {
    expect(inRange([0, 95])).toBe(false);
    expect(inRange([0, -90.0001])).toBe(false);
    expect(inRange([180.5, 0])).toBe(false);
    expect(inRange([-181, 0])).toBe(false);
  });

  test('rejects non-finite numbers', () => {
    expect(inRange([NaN, 0])).toBe(false);
    expect(inRange([0, Infinity])).toBe(false);
  });
});
