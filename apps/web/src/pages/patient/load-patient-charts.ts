let charts: Promise<typeof import('./patient-charts')> | undefined;

/** The patient page's charts, imported once however many panels ask for them at the same time. */
export function loadPatientCharts(): Promise<typeof import('./patient-charts')> {
  charts ??= import('./patient-charts');
  return charts;
}
