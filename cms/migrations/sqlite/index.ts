import * as migration_20261201_022245_initial from './20261201_022245_initial';
import * as migration_20261201_030245_site_builds from './20261201_030245_site_builds';
import * as migration_20261201_044235_datasets from './20261201_044235_datasets';
import * as migration_20261201_050039_publication_type from './20261201_050039_publication_type';
import * as migration_20261201_050842_forms from './20261201_050842_forms';
import * as migration_20261201_053220_submission_id from './20261201_053220_submission_id';
import * as migration_20261202_072715_security from './20261202_072715_security';
import * as migration_20261202_153407_ways_in_and_page_language from './20261202_153407_ways_in_and_page_language';
import * as migration_20261202_182708_pages_localized from './20261202_182708_pages_localized';
import * as migration_20261202_184446_settings_and_menu_localized from './20261202_184446_settings_and_menu_localized';
import * as migration_20261202_185523_reports_localized from './20261202_185523_reports_localized';
import * as migration_20261206_023043_datasets_notices_localized from './20261206_023043_datasets_notices_localized';
import * as migration_20261206_025022_media_texts_localized from './20261206_025022_media_texts_localized';
import * as migration_20261206_025746_notice_rights_localized from './20261206_025746_notice_rights_localized';
import * as migration_20261206_051020_redirects from './20261206_051020_redirects';
import * as migration_20261206_051537_editorial_control from './20261206_051537_editorial_control';
import * as migration_20261206_052703_audit_log_and_link_check from './20261206_052703_audit_log_and_link_check';
import * as migration_20261206_053649_checks_and_overdue from './20261206_053649_checks_and_overdue';

export const migrations = [
  {
    up: migration_20261201_022245_initial.up,
    down: migration_20261201_022245_initial.down,
    name: '20261201_022245_initial',
  },
  {
    up: migration_20261201_030245_site_builds.up,
    down: migration_20261201_030245_site_builds.down,
    name: '20261201_030245_site_builds',
  },
  {
    up: migration_20261201_044235_datasets.up,
    down: migration_20261201_044235_datasets.down,
    name: '20261201_044235_datasets',
  },
  {
    up: migration_20261201_050039_publication_type.up,
    down: migration_20261201_050039_publication_type.down,
    name: '20261201_050039_publication_type',
  },
  {
    up: migration_20261201_050842_forms.up,
    down: migration_20261201_050842_forms.down,
    name: '20261201_050842_forms',
  },
  {
    up: migration_20261201_053220_submission_id.up,
    down: migration_20261201_053220_submission_id.down,
    name: '20261201_053220_submission_id',
  },
  {
    up: migration_20261202_072715_security.up,
    down: migration_20261202_072715_security.down,
    name: '20261202_072715_security',
  },
  {
    up: migration_20261202_153407_ways_in_and_page_language.up,
    down: migration_20261202_153407_ways_in_and_page_language.down,
    name: '20261202_153407_ways_in_and_page_language',
  },
  {
    up: migration_20261202_182708_pages_localized.up,
    down: migration_20261202_182708_pages_localized.down,
    name: '20261202_182708_pages_localized',
  },
  {
    up: migration_20261202_184446_settings_and_menu_localized.up,
    down: migration_20261202_184446_settings_and_menu_localized.down,
    name: '20261202_184446_settings_and_menu_localized',
  },
  {
    up: migration_20261202_185523_reports_localized.up,
    down: migration_20261202_185523_reports_localized.down,
    name: '20261202_185523_reports_localized',
  },
  {
    up: migration_20261206_023043_datasets_notices_localized.up,
    down: migration_20261206_023043_datasets_notices_localized.down,
    name: '20261206_023043_datasets_notices_localized',
  },
  {
    up: migration_20261206_025022_media_texts_localized.up,
    down: migration_20261206_025022_media_texts_localized.down,
    name: '20261206_025022_media_texts_localized',
  },
  {
    up: migration_20261206_025746_notice_rights_localized.up,
    down: migration_20261206_025746_notice_rights_localized.down,
    name: '20261206_025746_notice_rights_localized',
  },
  {
    up: migration_20261206_051020_redirects.up,
    down: migration_20261206_051020_redirects.down,
    name: '20261206_051020_redirects',
  },
  {
    up: migration_20261206_051537_editorial_control.up,
    down: migration_20261206_051537_editorial_control.down,
    name: '20261206_051537_editorial_control',
  },
  {
    up: migration_20261206_052703_audit_log_and_link_check.up,
    down: migration_20261206_052703_audit_log_and_link_check.down,
    name: '20261206_052703_audit_log_and_link_check',
  },
  {
    up: migration_20261206_053649_checks_and_overdue.up,
    down: migration_20261206_053649_checks_and_overdue.down,
    name: '20261206_053649_checks_and_overdue'
  },
];
