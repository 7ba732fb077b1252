import { Select } from '@mantine/core';
import { useState } from 'react';
import { type PatientOption, usePatientOptions } from './use-patient-options';

interface PatientPickerProps {
  value: string | null;
  onChange: (patientId: string | null) => void;
  error?: string | undefined;
}

/** Finds a patient of the user's teams by name or MRN; what is typed stays in the page, never the URL. */
export function PatientPicker({ value, onChange, error }: PatientPickerProps) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<PatientOption | null>(null);
  const options = usePatientOptions(search);
  const found = options.data ?? [];
  // The chosen patient stays an option while a new search runs, so the field keeps its label.
  const data = chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  return (
    <Select
      label="Patient"
      placeholder="Type a name or MRN"
      required
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      // The API has filtered already; Mantine must not filter again by label.
      filter={({ options: all }) => all}
      value={value}
      onChange={(patientId, option) => {
        setChosen(patientId ? option : null);
        onChange(patientId);
      }}
      nothingFoundMessage={search.trim().length < 2 ? 'Type at least two characters' : 'No patient matches'}
      error={error}
    />
  );
}
