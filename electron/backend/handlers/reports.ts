import { reportData, reportPhotos } from '../reports/report-data';

export const reportHandlers = {
  'reports.data': reportData,
  'reports.photos': reportPhotos,
};
