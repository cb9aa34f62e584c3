import type { Metadata } from 'next';
import { BriefStep } from '@/components/brief-step';
import { getArticle, getBriefing } from '@/lib/data-server';

export const metadata: Metadata = { title: 'Briefing' };

/** /brief starts at the first step. */
export default async function BriefStart() {
  return <BriefStep steps={await getBriefing()} index={0} article={await getArticle()} />;
}
