import { screen } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { API, ok, PATIENT, PATIENT_PATH, patientRoutes } from './patient-fixtures';

describe('Patient page for a break-glass reader', () => {
  it('shows the record read-only, with no recording or discontinuation forms', async () => {
    mockApi(patientRoutes({ [`GET ${API}`]: ok({ ...PATIENT, careTeamId: 'south-team' }) }));

    renderApp(PATIENT_PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Example, Robin' })).toBeInTheDocument();
    expect(await screen.findByText('Break-glass access: read only')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Record' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record medication event' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Discontinuation' })).not.toBeInTheDocument();
  });

  it('keeps the forms for the patient’s own team', async () => {
    mockApi(patientRoutes());

    renderApp(PATIENT_PATH);

    expect(await screen.findByRole('region', { name: 'Record' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Discontinuation' })).toBeInTheDocument();
    expect(screen.queryByText('Break-glass access: read only')).not.toBeInTheDocument();
  });
});
