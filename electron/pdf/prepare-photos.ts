import type { MethodInput } from '../../shared/contract';

/**
 * Has the backend make the report's photo print copies as soon as an export starts, while the
 * browser starts and draws the pages: the print view's own reports.photos then finds them made
 * (or joins their making). Nothing waits for it and a failure is the print view's to report.
 */
export async function preparePhotos(
  request: { auditId: string; sections: readonly string[]; originals: boolean },
  call: (input: MethodInput<'reports.photos'>) => Promise<unknown> | unknown,
): Promise<void> {
  if (!request.sections.includes('findings')) return;
  // After the task that starts the export, which goes on to start the browser: that comes first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    await call({ auditId: request.auditId, originals: request.originals });
  } catch {
    // The print view asks again and says what went wrong.
  }
}
