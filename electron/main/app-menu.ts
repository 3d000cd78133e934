import type { MenuItemConstructorOptions } from 'electron';

/** A plain menu: no item loads remote content; Help shows the in-app keyboard help. */
export function appMenuTemplate(isMac: boolean, appName: string): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
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
