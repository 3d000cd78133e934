import {
  CALIBRATION_ENTRY,
  CALIBRATION_PACKAGE_FORMAT,
  CALIBRATION_PACKAGE_MAX_BYTES,
  calibrationPackageSchema,
  type CalibrationPackage,
} from '../../../shared/calibration/calibration-package';
import { raterNamedTwice } from '../../../shared/rules/calibration-rules';
import { reason, type Reason, type ReasonKey } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import { describeIssues, toFieldIssues } from '../../../shared/validation';
import { inflate, readCentralDirectory } from '../exchange/read-package';
import { writeZip } from '../exchange/zip';

const refuse = (key: ReasonKey, params: Reason['params'] = {}): never => {
  throw AppError.because('INVALID_FILE', reason(key, params), 'Nothing was imported.');
};

export function writeCalibrationPackage(pkg: CalibrationPackage): Buffer {
  return writeZip([{ name: CALIBRATION_ENTRY, data: Buffer.from(JSON.stringify(pkg), 'utf8') }]);
}

/** Reads and checks a calibration package whole (the visit package's zip checks, then the format's schema). */
export function readCalibrationPackage(bytes: Buffer): CalibrationPackage {
  if (bytes.length > CALIBRATION_PACKAGE_MAX_BYTES)
    refuse('calibTooBig', { size: `${(bytes.length / 1024 / 1024).toFixed(1)} MB` });
  if (bytes.length < 22) refuse('calibTooShort');
  const entries = readCentralDirectory(bytes);
  const entry = entries.find((e) => e.name === CALIBRATION_ENTRY);
  if (!entry) refuse(entries.some((e) => e.name === 'manifest.json') ? 'calibIsVisitPackage' : 'calibNoEntry');
  if (entries.length !== 1) refuse('calibExtraEntries');
  if (entry!.size > CALIBRATION_PACKAGE_MAX_BYTES) refuse('calibEntryTooBig');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflate(bytes, entry!)));
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse('calibNotJson');
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== CALIBRATION_PACKAGE_FORMAT) refuse('calibOtherFormat', { format: JSON.stringify(format ?? null) });
  const parsed = calibrationPackageSchema.safeParse(raw);
  if (!parsed.success)
    refuse('calibBreaksFormat', { details: describeIssues(toFieldIssues(parsed.error, raw).slice(0, 1)) });
  // The screen's rule for a session's raters (calibration.create), saying which name.
  const twice = raterNamedTwice(parsed.data!.session.raters);
  if (twice !== null) refuse('calibRaterTwice', { rater: twice });
  return parsed.data!;
}
