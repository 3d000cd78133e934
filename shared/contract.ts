import { z } from 'zod';
import { clientChangesSchema, clientFieldsSchema, clientIdSchema, type Client } from './domain/client';
import { settingsUpdateSchema, type Settings } from './domain/settings';
import { actionsApi } from './api/actions-api';
import { auditsApi } from './api/audits-api';
import { exchangeApi } from './api/exchange-api';
import { exportsApi } from './api/exports-api';
import { insightsApi } from './api/insights-api';
import { pdfApi } from './api/pdf-api';
import { metricsApi } from './api/metrics-api';
import { reportsApi } from './api/reports-api';
import { reportWritingApi } from './api/report-writing-api';
import { returns } from './api/returns';
import { teamApi } from './api/team-api';
import { templatesApi } from './api/templates-api';
import { visitsApi } from './api/visits-api';
import { trailApi } from './api/trail-api';
import { searchApi } from './api/search-api';
import { backupsApi } from './api/backups-api';
import { privacyApi } from './api/privacy-api';
import { calibrationApi } from './api/calibration-api';
import { triangulationApi } from './api/triangulation-api';
import { evidenceApi } from './api/evidence-api';

/**
 * The one list of API methods. Every transport (preload, IPC relay, HTTP web host, backend
 * dispatcher, renderer client) is typed from this map and validates input with the same schema.
 */
export const contract = {
  'app.info': { input: z.object({}).strict(), output: returns<AppInfo>() },
  'settings.get': { input: z.object({}).strict(), output: returns<Settings>() },
  'settings.update': { input: settingsUpdateSchema, output: returns<Settings>() },
  'clients.list': {
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: returns<Client[]>(),
  },
  'clients.get': { input: z.object({ id: clientIdSchema }).strict(), output: returns<Client>() },
  'clients.create': { input: clientFieldsSchema.strict(), output: returns<Client>() },
  'clients.update': {
    input: z.object({ id: clientIdSchema, changes: clientChangesSchema.strict() }).strict(),
    output: returns<Client>(),
  },
  'clients.setArchived': {
    input: z.object({ id: clientIdSchema, archived: z.boolean() }).strict(),
    output: returns<Client>(),
  },
  'clients.delete': { input: z.object({ id: clientIdSchema }).strict(), output: returns<{ id: string }>() },
  ...templatesApi,
  ...auditsApi,
  ...exportsApi,
  ...actionsApi,
  ...insightsApi,
  ...pdfApi,
  ...metricsApi,
  ...reportsApi,
  ...reportWritingApi,
  ...visitsApi,
  ...exchangeApi,
  ...trailApi,
  ...searchApi,
  ...backupsApi,
  ...privacyApi,
  ...evidenceApi,
  ...teamApi,
  ...calibrationApi,
  ...triangulationApi,
} as const;

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  host: 'desktop' | 'web';
}

export { EVENT_NAMES, isEventName, type EventMap, type EventName } from './events';

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Contract[M]['output'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
