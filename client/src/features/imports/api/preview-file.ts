import { useMutation } from '@tanstack/react-query';
import { ImportPreviewSchema } from '@malbild/shared';
import { apiUpload } from '../../../lib/api-client';

/** Sends the file as it is; the server tells CSV from XLSX by its content. */
export function previewFile(file: File) {
  return apiUpload('/imports/preview', { fileName: file.name }, file, ImportPreviewSchema);
}

export function usePreviewFile() {
  return useMutation({ mutationFn: previewFile });
}
