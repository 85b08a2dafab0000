import * as migration_20261126_150437_initial from './20261126_150437_initial';

export const migrations = [
  {
    up: migration_20261126_150437_initial.up,
    down: migration_20261126_150437_initial.down,
    name: '20261126_150437_initial'
  },
];
