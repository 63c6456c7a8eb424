import { useMutation } from '@tanstack/react-query';
import { ImportPreviewSchema, type KoladaPreviewRequest } from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';

/** `periodId`: the period imported into (?period=), else the current one. */
export function previewKolada(request: KoladaPreviewRequest, periodId?: number) {
  return apiSend('POST', '/imports/kolada/preview', request, ImportPreviewSchema, {
    period: periodId,
  });
}

export function usePreviewKolada(periodId: number | undefined) {
  return useMutation({
    mutationFn: (request: KoladaPreviewRequest) => previewKolada(request, periodId),
  });
}
