import { reportData } from '../reports/report-data';

export const reportHandlers = {
  'reports.data': reportData,
};
