import * as migration_20261126_144758_initial from './20261126_144758_initial';

export const migrations = [
  {
    up: migration_20261126_144758_initial.up,
    down: migration_20261126_144758_initial.down,
    name: '20261126_144758_initial'
  },
];
