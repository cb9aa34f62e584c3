import { describe, expect, test } from 'vitest';
import { fitView, project } from '@/lib/first-view';

// The first view must be the view Leaflet fits; these are Leaflet 1.9's numbers, worked by hand.
describe('project (Web Mercator pixels, 256 px tiles)', () => {
  test('the equator and the prime meridian meet in the middle of the world', () => {
    expect(project([0, 0], 0)).toEqual([128, 128]);
  });
  test('90° east is three quarters across; one zoom level doubles every pixel', () => {
    expect(project([90, 0], 0)).toEqual([192, 128]);
    expect(project([-180, 0], 1)).toEqual([0, 256]);
  });
  test('north is up (smaller y)', () => {
    expect(project([0, 60], 0)[1]).toBeLessThan(128);
  });
});

describe('fitView (what map.fitBounds settles on)', () => {
  const zoom = { minZoom: 0, maxZoom: 18, zoomSnap: 0.25 };
  const bounds: [[number, number], [number, number]] = [
    [0, 0],
    [90, 0],
  ];

  test('the zoom goes down to a quarter step; the centre is the middle of the bounds', () => {
    // 64 px wide at zoom 0 in 400 px: log2(6.25) = 2.64, down to 2.5.
    const v = fitView(
      bounds,
      { width: 400, height: 400, paddingTopLeft: [0, 0], paddingBottomRight: [0, 0] },
      zoom,
    );
    expect(v.zoom).toBe(2.5);
    expect(v.center[0]).toBeCloseTo(905.097, 2); // 160 × 2^2.5
    expect(v.center[1]).toBeCloseTo(724.077, 2); // 128 × 2^2.5
  });

  test('padding shrinks the room and moves the centre by half the difference', () => {
    // 1000 − 24 − 150 = 826 px: log2(826 / 64) = 3.69, down to 3.5; offset (63, 4).
    const v = fitView(
      bounds,
      { width: 1000, height: 1000, paddingTopLeft: [24, 24], paddingBottomRight: [150, 32] },
      zoom,
    );
    expect(v.zoom).toBe(3.5);
    expect(v.center[0]).toBeCloseTo(1873.195, 2);
    expect(v.center[1]).toBeCloseTo(1452.154, 2);
  });

  test('the zoom stays within the map’s limits', () => {
    const frame = {
      width: 400,
      height: 400,
      paddingTopLeft: [0, 0] as [number, number],
      paddingBottomRight: [0, 0] as [number, number],
    };
    expect(fitView(bounds, frame, { ...zoom, maxZoom: 2 }).zoom).toBe(2);
    expect(fitView(bounds, frame, { ...zoom, minZoom: 3 }).zoom).toBe(3);
  });
});

describe('fitView inside maxBounds (Leaflet’s _limitCenter)', () => {
  test('a view that would show past the southern limit moves north, keeping its zoom', () => {
    // Bounds on the equator; the map may not show south of it. At zoom 2.5 (see above) the
    // 400 px frame reaches 200 px below the equator, so the view moves up (north) by 200 px.
    const frame = {
      width: 400,
      height: 400,
      paddingTopLeft: [0, 0] as [number, number],
      paddingBottomRight: [0, 0] as [number, number],
    };
    const v = fitView(
      [
        [0, 0],
        [90, 0],
      ],
      frame,
      {
        minZoom: 0,
        maxZoom: 18,
        zoomSnap: 0.25,
        maxBounds: [
          [-180, 0],
          [180, 80],
        ],
      },
    );
    expect(v.zoom).toBe(2.5);
    expect(v.center[0]).toBeCloseTo(905.097, 2);
    expect(v.center[1]).toBeCloseTo(724.077 - 200, 2);
  });
});
