import * as migration_20261201_022245_initial from './20261201_022245_initial';

export const migrations = [
  {
    up: migration_20261201_022245_initial.up,
    down: migration_20261201_022245_initial.down,
    name: '20261201_022245_initial'
  },
];
