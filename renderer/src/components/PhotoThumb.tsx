import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../shared/domain/audit';
import { useAudit } from '../stores/audit-store';

/**
 * A photo's thumbnail. An imported photo's thumbnail may still be in the making (the background
 * job): it is then asked for, which makes it at once, and a plain "being made" box shows meanwhile.
 */
export function PhotoThumb({
  item,
  alt,
  width,
  height,
}: {
  item: Pick<EvidenceItem, 'id' | 'thumbDataUrl' | 'preview'>;
  alt: string;
  width?: number;
  height?: number;
}) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState<{ id: string; url: string } | null>(null);
  useEffect(() => {
    if (item.thumbDataUrl) return;
    let live = true;
    useAudit
      .getState()
      .evidenceImage(item.id, 'thumb')
      .then((url) => live && setAsked({ id: item.id, url }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [item.id, item.thumbDataUrl]);
  const url = item.thumbDataUrl || (asked?.id === item.id ? asked.url : '');
  if (!url)
    return (
      <span className="thumb-pending" role="img" aria-label={t('photos.previewPending')} style={{ width, height }}>
        {t('photos.previewPending')}
      </span>
    );
  return (
    <img
      src={url}
      alt={alt}
      width={width}
      height={height}
      title={item.preview === 'failed' ? t('photos.previewFailed') : undefined}
    />
  );
}
