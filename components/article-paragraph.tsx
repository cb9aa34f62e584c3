import Link from 'next/link';
import type { Paragraph } from '@/lib/article';
import { mentionSegments, placesCiting } from '@/lib/mentions';
import type { Place } from '@/lib/places-schema';
import { paragraphFragment, paragraphId, placePath } from '@/lib/urls';

/** One numbered, anchored paragraph; its place mentions link to the map. */
export function ArticleParagraph({
  paragraph,
  places,
}: {
  paragraph: Paragraph;
  places: readonly Place[];
}) {
  const { n, kind, text } = paragraph;
  const citing = placesCiting(n, places);
  const body = mentionSegments(text, n, places).map((s, i) =>
    s.placeId ? (
      <Link
        key={i}
        href={placePath(s.placeId)}
        className="mention"
        data-place={s.placeId}
        prefetch={false}
      >
        {s.text}
      </Link>
    ) : (
      s.text
    ),
  );
  const Tag = kind === 'subheading' ? 'h2' : 'p';
  return (
    <div id={paragraphId(n)} className={`para para--${kind}`} tabIndex={-1}>
      <a href={paragraphFragment(n)} className="para-num" aria-label={`Paragraph ${n}`}>
        ¶ {n}
      </a>
      <div className="para-content">
        {kind === 'caption' ? <span className="para-kind">Photo caption</span> : null}
        <Tag className="para-text">{body}</Tag>
        {citing.length ? (
          <p className="para-places">
            On the map:{' '}
            {citing.map((p, i) => (
              <span key={p.id}>
                {i ? ', ' : ''}
                <Link href={placePath(p.id)} prefetch={false}>
                  {p.properties.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </div>
  );
}
