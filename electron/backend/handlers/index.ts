import type { HostMethodName } from '../../../shared/api/pdf-api';
import type { BackupMethodName } from '../../../shared/api/backups-api';
import type { AppInfo, MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';
import type { BackendContext } from '../context';
import { actionHandlers } from './actions';
import { auditHandlers } from './audits';
import { clientHandlers } from './clients';
import { evidenceHandlers } from './evidence';
import { exchangeHandlers } from './exchange';
import { exportHandlers } from './exports';
import { insightHandlers } from './insights';
import { metricHandlers } from './metrics';
import { reportHandlers } from './reports';
import { reportWritingHandlers } from './report-writing';
import { sampleHandlers } from './samples';
import { settingsHandlers } from './settings';
import { teamHandlers } from './team';
import { templateHandlers } from './templates';
import { visitHandlers } from './visits';
import { trailHandlers } from './trail';
import { searchHandlers } from './search';
import { signOffHandlers } from './sign-off';
import { privacyHandlers } from './privacy';
import { calibrationHandlers } from './calibration';
import { triangulationHandlers } from './triangulation';

/** Methods the host answers itself (printing needs a browser window); the backend never sees them. */
export type BackendMethodName = Exclude<MethodName, HostMethodName | BackupMethodName>;

export type Handlers = {
  [M in BackendMethodName]: (input: ParsedInput<M>, ctx: BackendContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** Every backend method of the contract has exactly one handler; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  'app.info': (_input, ctx): AppInfo => ({
    version: ctx.version,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    host: ctx.host,
  }),
  ...settingsHandlers,
  ...clientHandlers,
  ...templateHandlers,
  ...auditHandlers,
  ...actionHandlers,
  ...evidenceHandlers,
  ...exportHandlers,
  ...insightHandlers,
  ...metricHandlers,
  ...reportHandlers,
  ...reportWritingHandlers,
  ...sampleHandlers,
  ...visitHandlers,
  ...exchangeHandlers,
  ...trailHandlers,
  ...searchHandlers,
  ...signOffHandlers,
  ...privacyHandlers,
  ...teamHandlers,
  ...calibrationHandlers,
  ...triangulationHandlers,
};
