import * as migration_20261201_022256_initial from './20261201_022256_initial';
import * as migration_20261201_030250_site_builds from './20261201_030250_site_builds';

export const migrations = [
  {
    up: migration_20261201_022256_initial.up,
    down: migration_20261201_022256_initial.down,
    name: '20261201_022256_initial',
  },
  {
    up: migration_20261201_030250_site_builds.up,
    down: migration_20261201_030250_site_builds.down,
    name: '20261201_030250_site_builds'
  },
];
