import type { Trajectory } from '../course-builder.js';
import type { TrajectoryName } from '../demo-types.js';
import { discontinued } from './discontinued.js';
import { dropOut } from './drop-out.js';
import { earlyRelapse } from './early-relapse.js';
import { fallingOral } from './falling-oral.js';
import { newStart } from './new-start.js';
import { steadyOral, steadyXr } from './steady.js';
import { struggling } from './struggling.js';

/** Each trajectory with its share of a team's patients (weights add up to 100). */
export const TRAJECTORIES: Record<TrajectoryName, { weight: number; build: Trajectory }> = {
  steady_xr: { weight: 24, build: steadyXr },
  steady_oral: { weight: 10, build: steadyOral },
  falling_oral: { weight: 12, build: fallingOral },
  early_relapse: { weight: 10, build: earlyRelapse },
  drop_out: { weight: 12, build: dropOut },
  struggling: { weight: 12, build: struggling },
  new_start: { weight: 10, build: newStart },
  discontinued: { weight: 10, build: discontinued },
};
