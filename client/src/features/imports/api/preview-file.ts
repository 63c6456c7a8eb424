import { useMutation } from '@tanstack/react-query';
import { ImportPreviewSchema } from '@malbild/shared';
import { apiUpload } from '../../../lib/api-client';

/**
 * Sends the file as it is; the server tells CSV from XLSX by its content. `periodId`: the period
 * imported into (?period=), else the current one; the commit writes into the preview's period.
 */
export function previewFile(file: File, periodId?: number) {
  return apiUpload(
    '/imports/preview',
    { fileName: file.name, period: periodId },
    file,
    ImportPreviewSchema,
  );
}

export function usePreviewFile(periodId: number | undefined) {
  return useMutation({ mutationFn: (file: File) => previewFile(file, periodId) });
}
