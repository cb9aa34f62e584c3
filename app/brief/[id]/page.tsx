import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BriefStep } from '@/components/brief-step';
import { getArticle, getBriefing, getPlace } from '@/lib/data-server';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getBriefing()).map((p) => ({ id: p.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = await getPlace((await params).id);
  return { title: place ? `Briefing: ${place.properties.name}` : 'Briefing' };
}

export default async function BriefPage({ params }: Props) {
  const { id } = await params;
  const steps = await getBriefing();
  const index = steps.findIndex((p) => p.id === id);
  if (index < 0) notFound();
  return <BriefStep steps={steps} index={index} article={await getArticle()} />;
}
