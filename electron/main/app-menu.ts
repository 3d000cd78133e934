import type { MenuItemConstructorOptions } from 'electron';

/** A plain menu: no item loads remote content; developer tools only in a development run, never packaged. */
export function appMenuTemplate(isMac: boolean, appName: string, isPackaged: boolean): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  if (isMac) template.unshift({ label: appName, role: 'appMenu' });
  return template;
}
