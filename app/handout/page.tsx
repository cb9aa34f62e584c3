import '@/app/styles/handout.css';
import type { Metadata } from 'next';
import { Handout } from '@/components/handout';
import { DEMO_ARTICLE, briefingOf, getArticleView, getCountries } from '@/lib/data-server';
import { handoutPath } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Handout',
  description: 'A printable handout: one page per place, with a map and every excerpt.',
};

/** The seed article's handout, at its first address. */
export default async function HandoutPage() {
  const view = (await getArticleView(DEMO_ARTICLE))!;
  return (
    <Handout
      view={view}
      steps={briefingOf(view)}
      countries={getCountries()}
      handoutPath={handoutPath()}
    />
  );
}
