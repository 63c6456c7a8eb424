import { useMutation } from '@tanstack/react-query';
import { ImportPreviewSchema, type KoladaPreviewRequest } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';

export function previewKolada(request: KoladaPreviewRequest) {
  return apiSend('POST', '/imports/kolada/preview', request, ImportPreviewSchema);
}

export function usePreviewKolada() {
  return useMutation({ mutationFn: previewKolada });
}
