import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A YouTube watch link as its privacy-enhanced embed address; other platforms are only linked. */
export function embedUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (/(^|\.)youtube\.com$/.test(parsed.hostname) && parsed.searchParams.get('v')) {
      return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(parsed.searchParams.get('v')!)}`;
    }
    if (parsed.hostname === 'youtu.be')
      return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(parsed.pathname.slice(1))}`;
    if (/(^|\.)vimeo\.com$/.test(parsed.hostname))
      return `https://player.vimeo.com/video/${encodeURIComponent(parsed.pathname.slice(1))}`;
  } catch {
    return null;
  }
  return null;
}

/** The video loads from its platform only after the visitor asks for it: no third-party request before. */
export function VideoEmbed({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation('portraits');
  const [shown, setShown] = useState(false);
  const embed = embedUrl(url);
  if (!embed) {
    return (
      <p>
        <a href={url} rel="noopener noreferrer">
          {t('detail.watchVideo')}
        </a>
      </p>
    );
  }
  if (!shown) {
    return (
      <div className="video-consent">
        <p>{t('detail.videoNotice', { host: new URL(url).hostname })}</p>
        <button type="button" className="button" onClick={() => setShown(true)}>
          {t('detail.loadVideo')}
        </button>{' '}
        <a href={url} rel="noopener noreferrer">
          {t('detail.watchVideo')}
        </a>
      </div>
    );
  }
  return (
    <iframe
      src={embed}
      title={t('detail.videoTitle', { title })}
      width="640"
      height="360"
      allow="encrypted-media; picture-in-picture"
      allowFullScreen
    />
  );
}
