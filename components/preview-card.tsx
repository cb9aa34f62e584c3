import { paragraphMark } from '@/lib/citation';

// A 1200×630 link preview, laid out for next/og (satori: every box with children is a flex box).
import { KIND_COLOR } from '@/lib/map-style';

type Props = {
  mapSvg: string;
  kicker: string;
  title: string;
  quote?: { text: string; paragraph: number };
  source: string;
};

const clip = (s: string, max: number) =>
  s.length > max ? `${s.slice(0, max - 1).replace(/\s+\S*$/, '')} …` : s;

export function PreviewCard({ mapSvg, kicker, title, quote, source }: Props) {
  return (
    <div
      style={{ width: 1200, height: 630, display: 'flex', background: '#ffffff', color: '#1d2329' }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={`data:image/svg+xml;base64,${Buffer.from(mapSvg).toString('base64')}`}
        width={560}
        height={630}
        alt=""
      />
      <div
        style={{
          width: 640,
          height: 630,
          display: 'flex',
          flexDirection: 'column',
          padding: '44px 48px',
          borderLeft: '1px solid #d5d9de',
        }}
      >
        <div style={{ display: 'flex', fontSize: 24, color: '#4f5861', letterSpacing: 1 }}>
          {kicker}
        </div>
        <div
          style={{ display: 'flex', fontSize: 64, lineHeight: 1.1, marginTop: 12, fontWeight: 700 }}
        >
          {title}
        </div>
        {quote ? (
          <div
            style={{
              display: 'flex',
              flexDirection: 'column',
              marginTop: 28,
              paddingLeft: 20,
              borderLeft: `5px solid ${KIND_COLOR.region}`,
            }}
          >
            <div style={{ display: 'flex', fontSize: 22, color: '#4f5861' }}>
              {paragraphMark(quote.paragraph)}
            </div>
            <div style={{ display: 'flex', fontSize: 30, lineHeight: 1.35, marginTop: 6 }}>
              {clip(quote.text, 190)}
            </div>
          </div>
        ) : null}
        <div
          style={{
            display: 'flex',
            marginTop: 'auto',
            fontSize: 20,
            color: '#4f5861',
            lineHeight: 1.4,
          }}
        >
          {source}
        </div>
      </div>
    </div>
  );
}
