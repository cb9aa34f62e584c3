import type { Metadata } from 'next';
import { BriefStep } from '@/components/brief-step';
import { getArticle, getBriefing } from '@/lib/data-server';

export const metadata: Metadata = { title: 'Briefing' };

/** /brief starts at the first step. */
export default function BriefStart() {
  return <BriefStep steps={getBriefing()} index={0} article={getArticle()} />;
}
