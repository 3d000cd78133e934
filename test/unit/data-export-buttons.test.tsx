import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../renderer/src/i18n/catalogs';

const { en, ar, ro } = catalogs;
import { DataExportButtons } from '../../renderer/src/screens/reports/DataExportButtons';
import { bytesFromBase64 } from '../../renderer/src/lib/download';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en }, ar: { translation: ar }, ro: { translation: ro } },
    interpolation: { escapeValue: false },
  });
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('the data export buttons', () => {
  it.each([
    ['en', 'Every answer of this audit', 'Excel (XLSX)'],
    ['ar', 'كل إجابات هذا التدقيق', 'Excel (XLSX)'],
    ['ro', 'Toate răspunsurile acestui audit', 'Excel (XLSX)'],
  ])('offers CSV and Excel in %s, as a labelled group', async (lang, hint, excel) => {
    await i18next.changeLanguage(lang);
    const html = renderToStaticMarkup(
      <DataExportButtons scope={{ auditId: '00000000-0000-4000-8000-000000000001' }} />,
    );
    expect(text(html)).toContain(hint);
    expect(html).toContain('data-testid="data-export-csv"');
    expect(html).toContain('data-testid="data-export-xlsx"');
    expect(text(html)).toContain(excel);
    expect(html).toMatch(/role="group" aria-labelledby="[^"]+"/);
    expect(html).not.toContain('disabled');
  });

  it('says "all audits" for a client', async () => {
    await i18next.changeLanguage('en');
    expect(
      text(renderToStaticMarkup(<DataExportButtons scope={{ clientId: '00000000-0000-4000-8000-000000000001' }} />)),
    ).toContain("all this client's audits");
  });

  it('decodes the base64 the backend sends, byte for byte', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x50, 0x4b, 0x00, 0xff, 0x80]);
    expect([...bytesFromBase64(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
    expect(bytesFromBase64('')).toHaveLength(0);
  });
});
