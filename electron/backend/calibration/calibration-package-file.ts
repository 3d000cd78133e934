import {
  CALIBRATION_ENTRY,
  CALIBRATION_PACKAGE_FORMAT,
  CALIBRATION_PACKAGE_MAX_BYTES,
  calibrationPackageSchema,
  type CalibrationPackage,
} from '../../../shared/calibration/calibration-package';
import { AppError } from '../../../shared/result';
import { describeIssues, toFieldIssues } from '../../../shared/validation';
import { inflate, readCentralDirectory } from '../exchange/read-package';
import { writeZip } from '../exchange/zip';

const refuse = (message: string): never => {
  throw new AppError('INVALID_FILE', `${message} Nothing was imported.`);
};

export function writeCalibrationPackage(pkg: CalibrationPackage): Buffer {
  return writeZip([{ name: CALIBRATION_ENTRY, data: Buffer.from(JSON.stringify(pkg), 'utf8') }]);
}

/** Reads and checks a calibration package whole (the visit package's zip checks, then the format's schema). */
export function readCalibrationPackage(bytes: Buffer): CalibrationPackage {
  if (bytes.length > CALIBRATION_PACKAGE_MAX_BYTES)
    refuse(`The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, too large for a calibration package.`);
  if (bytes.length < 22) refuse('The file is not a calibration package: it is too short to be a zip file.');
  const entries = readCentralDirectory(bytes);
  const entry = entries.find((e) => e.name === CALIBRATION_ENTRY);
  if (!entry)
    refuse(
      entries.some((e) => e.name === 'manifest.json')
        ? 'This is a visit package: import it in Packages, not in Calibration.'
        : 'The file has no calibration.json, so it is not a calibration package.',
    );
  if (entries.length !== 1) refuse('A calibration package holds calibration.json and nothing else.');
  if (entry!.size > CALIBRATION_PACKAGE_MAX_BYTES) refuse('calibration.json is too large.');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflate(bytes, entry!)));
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse('calibration.json is not valid JSON.');
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== CALIBRATION_PACKAGE_FORMAT)
    refuse(`calibration.json is not a Journey Audit calibration package (format ${JSON.stringify(format ?? null)}).`);
  const parsed = calibrationPackageSchema.safeParse(raw);
  if (!parsed.success)
    refuse(
      `calibration.json does not follow the format: ${describeIssues(toFieldIssues(parsed.error, raw).slice(0, 1))}.`,
    );
  return parsed.data!;
}
