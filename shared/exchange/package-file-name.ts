import { suggestedFileName } from '../rules/file-names';
import { PACKAGE_EXTENSION } from './package-format';

/** A package's file name from its name: the same in a download and in the desktop save dialog. */
export const packageFileName = (name: string): string =>
  suggestedFileName([name], PACKAGE_EXTENSION, 'journey-audit-package');
