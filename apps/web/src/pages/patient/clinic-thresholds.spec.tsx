import { DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import { screen, within } from '@testing-library/react';
import type { TimelinePage } from '../../api/patients';
import { holdClockAt } from '../../test/clinical-clock';
import { mockApi, never } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { API, ok, PATIENT, PATIENT_PATH, patientRoutes, TIMELINE_PAGE_1 } from './patient-fixtures';

/** A clinic that calls a PACS of 10 high (the default: 15) and a PDC of 70% adherent (80%). */
const CLINIC_SETTINGS = { ...DEFAULT_CLINICAL_SETTINGS, cravingHighPacs: 10, adherentPdc: 0.7 };
const metrics = PATIENT.metrics;
if (!metrics) throw new Error('the fixture patient has metrics');
/** PDC 72%: below the default target, above the clinic's; PACS 13: high only by the clinic's threshold. */
const PATIENT_13 = { ...PATIENT, metrics: { ...metrics, latestPacs: 13 } };
const TIMELINE_PACS_13: TimelinePage = {
  ...TIMELINE_PAGE_1,
  items: TIMELINE_PAGE_1.items.map((item) =>
    item.id === 'o4' ? { ...item, details: { ...item.details, value: 13 } } : item,
  ),
};

function renderWithClinicSettings() {
  mockApi(
    patientRoutes({
      'GET /api/clinical-settings': ok(CLINIC_SETTINGS),
      [`GET ${API}`]: ok(PATIENT_13),
      [`GET ${API}/timeline`]: ok(TIMELINE_PACS_13),
    }),
  );
  renderApp(PATIENT_PATH);
}

describe("Patient page with the clinic's clinical settings", () => {
  it('reads the metric cards against the thresholds the API answers', async () => {
    renderWithClinicSettings();

    const pacs = await screen.findByRole('region', { name: 'Latest PACS' });
    expect(pacs).toHaveTextContent('13 / 30High at ≥ 10');
    expect(within(pacs).getByText('13 / 30')).toHaveStyle({ color: 'var(--mantine-color-red-8)' });
    const pdc = screen.getByRole('region', { name: 'PDC' });
    expect(pdc).toHaveTextContent('72%Last 90 days · target ≥ 70%');
    expect(within(pdc).getByText('72%')).not.toHaveStyle({ color: 'var(--mantine-color-red-8)' });
  });

  it('marks a timeline PACS high, and draws and counts the cravings, by the clinic’s threshold', async () => {
    // The fixtures' cravings sit in the cue chart's last twelve months.
    holdClockAt(new Date('2026-05-01T12:00:00Z'));
    renderWithClinicSettings();

    const timeline = await screen.findByRole('list', { name: 'Timeline, newest first' });
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('PACSTotal 13 / 30 (high)');
    // PACS 10 on Mar 30 and 17 on Apr 28 (the observations' list): both high at 10, one at 15.
    expect(await screen.findByRole('figure', { name: 'Cravings over time' })).toHaveAccessibleDescription(
      /latest 17 on Apr 28, 2026, at or above the threshold of 10; 2 at or above it\..*the PACS threshold of 10\.$/,
    );
    expect(await screen.findByRole('figure', { name: 'Cues of high cravings by month' })).toHaveAccessibleDescription(
      '3 high cravings in the last 12 months; cues named: Stress 2, People 1; 1 without a cue.',
    );
  });

  it('shows the metric cards as loading while the settings are on their way', async () => {
    mockApi(patientRoutes({ 'GET /api/clinical-settings': never }));
    renderApp(PATIENT_PATH);

    expect(await screen.findByText('Loading metrics…')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Latest PACS' })).not.toBeInTheDocument();
  });
});
