import type { ParsedInput } from '../../../shared/contract';
import { languageSchema, type Settings } from '../../../shared/domain/settings';
import type { BackendContext } from '../context';
import { write } from '../db/write';

function readSettings(ctx: BackendContext): Settings {
  const row = ctx.db.prepare("SELECT value FROM settings WHERE key = 'language'").get() as { value: string } | undefined;
  const parsed = languageSchema.safeParse(row?.value);
  return { language: parsed.success ? parsed.data : null };
}

export const settingsHandlers = {
  'settings.get'(_input: ParsedInput<'settings.get'>, ctx: BackendContext): Settings {
    return readSettings(ctx);
  },
  'settings.update'(input: ParsedInput<'settings.update'>, ctx: BackendContext): Settings {
    write(ctx.db, () => {
      ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('language', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(input.language);
    });
    const settings = readSettings(ctx);
    ctx.emit('settings.changed', settings);
    return settings;
  },
};
