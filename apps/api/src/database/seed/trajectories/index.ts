import type { Diagnosis } from '@naltrack/domain';
import type { Trajectory } from '../course-builder.js';
import type { TrajectoryName } from '../demo-types.js';
import { discontinued } from './discontinued.js';
import { dropOut } from './drop-out.js';
import { earlyRelapse } from './early-relapse.js';
import { fallingOral } from './falling-oral.js';
import { newStart, newStartDiagnoses } from './new-start.js';
import { steadyDiagnoses, steadyOral, steadyXr } from './steady.js';
import { struggling } from './struggling.js';

export interface TrajectoryEntry {
  /** Share of a team's patients (the weights add up to 100). */
  weight: number;
  build: Trajectory;
  /** The diagnoses a story needs for the patient at this ordinal; null keeps the drawn ones. */
  diagnoses?: (ordinal: number) => Diagnosis[] | null;
}

/** Each trajectory with its share of a team's patients. */
export const TRAJECTORIES: Record<TrajectoryName, TrajectoryEntry> = {
  steady_xr: { weight: 24, build: steadyXr, diagnoses: steadyDiagnoses },
  steady_oral: { weight: 10, build: steadyOral, diagnoses: steadyDiagnoses },
  falling_oral: { weight: 12, build: fallingOral },
  early_relapse: { weight: 10, build: earlyRelapse },
  drop_out: { weight: 12, build: dropOut },
  struggling: { weight: 12, build: struggling },
  new_start: { weight: 10, build: newStart, diagnoses: newStartDiagnoses },
  discontinued: { weight: 10, build: discontinued },
};
