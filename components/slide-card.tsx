import type { Article } from '@/lib/article';
import { paragraphMark } from '@/lib/citation';
import { ATTRIBUTION, KIND_COLOR } from '@/lib/map-style';
import type { Place } from '@/lib/places-schema';

/** The largest type size at which every excerpt fits the text column (about 1000 × 680 px). */
function fittingSize(lengths: readonly number[]): number {
  for (const size of [36, 32, 29, 26, 24]) {
    const perLine = Math.floor(1000 / (size * 0.5));
    const lines = lengths.reduce((n, len) => n + Math.ceil(len / perLine), 0);
    if (lines * size * 1.35 + lengths.length * 48 <= 680) return size;
  }
  return 22;
}

// A 1920×1080 slide for presentations, laid out for next/og (every box with children is a flex box).
// Its excerpts are not the shared ExcerptList: satori styles nothing by class and has no list or
// quotation elements, so it shares the ¶ mark and the data (the place's excerpts, in order) only.
export function SlideCard({
  mapSvg,
  place,
  article,
  url,
}: {
  mapSvg: string;
  place: Place;
  article: Article;
  url: string;
}) {
  const size = fittingSize(place.properties.excerpts.map((ex) => ex.text.length));
  return (
    <div
      style={{
        width: 1920,
        height: 1080,
        display: 'flex',
        background: '#ffffff',
        color: '#1d2329',
      }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={`data:image/svg+xml;base64,${Buffer.from(mapSvg).toString('base64')}`}
        width={820}
        height={1080}
        alt=""
      />
      <div
        style={{
          width: 1100,
          height: 1080,
          display: 'flex',
          flexDirection: 'column',
          padding: '64px 72px',
          borderLeft: '2px solid #d5d9de',
        }}
      >
        <div
          style={{
            display: 'flex',
            flexShrink: 0,
            fontSize: 28,
            color: '#4f5861',
            letterSpacing: 2,
          }}
        >
          UKRAINE CRISIS MAP
        </div>
        <div
          style={{
            display: 'flex',
            flexShrink: 0,
            fontSize: 80,
            fontWeight: 700,
            lineHeight: 1.1,
            marginTop: 8,
          }}
        >
          {place.properties.name}
        </div>
        <div style={{ display: 'flex', flexShrink: 0, flexDirection: 'column', marginTop: 28 }}>
          {place.properties.excerpts.map((ex, i) => (
            <div
              key={i}
              style={{
                display: 'flex',
                flexShrink: 0,
                flexDirection: 'column',
                marginBottom: 18,
                paddingLeft: 22,
                borderLeft: `6px solid ${KIND_COLOR.region}`,
              }}
            >
              <div style={{ display: 'flex', fontSize: 22, color: '#4f5861' }}>
                {paragraphMark(ex.paragraph)}
              </div>
              <div style={{ display: 'flex', fontSize: size, lineHeight: 1.35 }}>{ex.text}</div>
            </div>
          ))}
        </div>
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            marginTop: 'auto',
            fontSize: 22,
            color: '#4f5861',
            lineHeight: 1.45,
          }}
        >
          <div
            style={{ display: 'flex' }}
          >{`Source: “${article.title}”, ${article.date.text}`}</div>
          <div style={{ display: 'flex' }}>{`Map: ${ATTRIBUTION} · ${url}`}</div>
        </div>
      </div>
    </div>
  );
}
