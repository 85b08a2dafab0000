import * as migration_20261202_044147_initial from './20261202_044147_initial';

export const migrations = [
  {
    up: migration_20261202_044147_initial.up,
    down: migration_20261202_044147_initial.down,
    name: '20261202_044147_initial'
  },
];
