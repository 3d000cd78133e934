import { useEffect } from 'react';

/**
 * Stands in for `react-style-singleton` (used by Radix dialogs, through react-remove-scroll, to lock
 * the page's scrolling while a modal is open). The original writes a `<style>` element, which the
 * app's Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') refuses, logging an error
 * on every modal. The same rules go in through the CSSOM as a constructed style sheet, which the
 * policy allows, so the scroll lock works and nothing is loosened. Wired by an alias in vite.config.ts.
 */
export function stylesheetSingleton() {
  let counter = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(style: string) {
      if (counter === 0 && typeof document !== 'undefined') {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(style);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      counter++;
    },
    remove() {
      counter--;
      if (!counter && sheet) {
        const gone = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== gone);
        sheet = null;
      }
    },
  };
}

export function styleHookSingleton() {
  const sheet = stylesheetSingleton();
  return (styles: string, isDynamic?: boolean) => {
    useEffect(() => {
      sheet.add(styles);
      return () => sheet.remove();
    }, [styles && isDynamic]);
  };
}

export function styleSingleton() {
  const useStyle = styleHookSingleton();
  return function Sheet({ styles, dynamic }: { styles: string; dynamic?: boolean }) {
    useStyle(styles, dynamic);
    return null;
  };
}
