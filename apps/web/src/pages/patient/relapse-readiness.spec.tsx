import { evaluateReadiness } from '@naltrack/domain';
import { screen, within } from '@testing-library/react';
import type { DiscontinuationRequest } from '../../api/discontinuation';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { API, OPEN_REQUEST, ok, PATIENT_PATH, patientRoutes } from './patient-fixtures';

/** A taper under way while an opioid relapse goes on: the checklist as the domain words it. */
const TAPERING_DURING_RELAPSE: DiscontinuationRequest = {
  ...OPEN_REQUEST,
  status: 'in_taper',
  startedOn: '2026-05-01',
  relapseAlert: true,
  readiness: evaluateReadiness({
    today: '2026-05-01',
    naltrexoneStartedOn: '2025-10-01',
    lastRelapseUseOn: '2026-04-29',
    relapseOngoing: true,
    pdc90: 0.9,
    attendanceRate90: 0.8,
    latestPacs: 8,
  }),
};

describe('Readiness and a relapse during the taper', () => {
  it('shows an ongoing relapse as not relapse-free, and the alert while the taper runs', async () => {
    mockApi(patientRoutes({ [`GET ${API}/discontinuation-requests`]: ok([TAPERING_DURING_RELAPSE]) }));
    renderApp(PATIENT_PATH);
    const panel = await screen.findByRole('region', { name: 'Discontinuation' });

    const checklist = await within(panel).findByRole('list', { name: 'Readiness checklist' });
    const relapseItem = within(checklist)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('No relapse'));
    expect(relapseItem).toHaveTextContent('✗No relapse in the last 90 days — not met (relapse ongoing)');
    const alert = within(panel).getByRole('alert');
    expect(alert).toHaveTextContent('Relapse during taper');
    expect(alert).toHaveTextContent('A relapse was ongoing when the taper began, or began since.');
  });

  it('counts relapse-free days from the last day of use once the relapse has ended', async () => {
    const ended = {
      ...TAPERING_DURING_RELAPSE,
      relapseAlert: false,
      readiness: evaluateReadiness({
        today: '2026-05-01',
        naltrexoneStartedOn: '2025-10-01',
        lastRelapseUseOn: '2026-01-31',
        relapseOngoing: false,
        pdc90: 0.9,
        attendanceRate90: 0.8,
        latestPacs: 8,
      }),
    };
    mockApi(patientRoutes({ [`GET ${API}/discontinuation-requests`]: ok([ended]) }));
    renderApp(PATIENT_PATH);
    const panel = await screen.findByRole('region', { name: 'Discontinuation' });

    const checklist = await within(panel).findByRole('list', { name: 'Readiness checklist' });
    expect(checklist).toHaveTextContent('✓No relapse in the last 90 days — met (days since last use in a relapse: 90)');
    expect(checklist).toHaveTextContent('✓Latest craving score (PACS, 0-30) below 15 — met (now 8)');
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });
});
