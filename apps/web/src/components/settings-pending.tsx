import type { UseQueryResult } from '@tanstack/react-query';
import type { ClinicalSettings } from '../api/clinical-settings';
import { ErrorAlert } from './error-alert';
import { LoadingState } from './loading-state';

/** What a part judged by the clinic's settings shows until it has them: loading, or the error with a retry. */
export function SettingsPending({ settings, label }: { settings: UseQueryResult<ClinicalSettings>; label: string }) {
  if (!settings.isError) return <LoadingState label={label} />;
  return (
    <ErrorAlert
      title="Could not load the clinic's settings"
      error={settings.error}
      onRetry={() => void settings.refetch()}
    />
  );
}
