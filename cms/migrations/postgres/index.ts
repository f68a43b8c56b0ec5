import * as migration_20261201_022256_initial from './20261201_022256_initial';
import * as migration_20261201_030250_site_builds from './20261201_030250_site_builds';
import * as migration_20261201_044253_datasets from './20261201_044253_datasets';
import * as migration_20261201_050048_publication_type from './20261201_050048_publication_type';
import * as migration_20261201_050848_forms from './20261201_050848_forms';
import * as migration_20261201_053225_submission_id from './20261201_053225_submission_id';
import * as migration_20261202_072757_security from './20261202_072757_security';
import * as migration_20261202_115450_survey_stacked_view from './20261202_115450_survey_stacked_view';
import * as migration_20261202_122711_statistics_map_view from './20261202_122711_statistics_map_view';
import * as migration_20261202_151508_municipality_regions from './20261202_151508_municipality_regions';
import * as migration_20261202_153436_ways_in_and_page_language from './20261202_153436_ways_in_and_page_language';
import * as migration_20261202_182930_pages_localized from './20261202_182930_pages_localized';
import * as migration_20261202_184548_settings_and_menu_localized from './20261202_184548_settings_and_menu_localized';
import * as migration_20261202_185623_reports_localized from './20261202_185623_reports_localized';
import * as migration_20261206_023155_datasets_notices_localized from './20261206_023155_datasets_notices_localized';
import * as migration_20261206_025132_media_texts_localized from './20261206_025132_media_texts_localized';
import * as migration_20261206_025904_notice_rights_localized from './20261206_025904_notice_rights_localized';
import * as migration_20261206_051051_redirects from './20261206_051051_redirects';
import * as migration_20261206_051609_editorial_control from './20261206_051609_editorial_control';
import * as migration_20261206_052732_audit_log_and_link_check from './20261206_052732_audit_log_and_link_check';
import * as migration_20261206_053719_checks_and_overdue from './20261206_053719_checks_and_overdue';

export const migrations = [
  {
    up: migration_20261201_022256_initial.up,
    down: migration_20261201_022256_initial.down,
    name: '20261201_022256_initial',
  },
  {
    up: migration_20261201_030250_site_builds.up,
    down: migration_20261201_030250_site_builds.down,
    name: '20261201_030250_site_builds',
  },
  {
    up: migration_20261201_044253_datasets.up,
    down: migration_20261201_044253_datasets.down,
    name: '20261201_044253_datasets',
  },
  {
    up: migration_20261201_050048_publication_type.up,
    down: migration_20261201_050048_publication_type.down,
    name: '20261201_050048_publication_type',
  },
  {
    up: migration_20261201_050848_forms.up,
    down: migration_20261201_050848_forms.down,
    name: '20261201_050848_forms',
  },
  {
    up: migration_20261201_053225_submission_id.up,
    down: migration_20261201_053225_submission_id.down,
    name: '20261201_053225_submission_id',
  },
  {
    up: migration_20261202_072757_security.up,
    down: migration_20261202_072757_security.down,
    name: '20261202_072757_security',
  },
  {
    up: migration_20261202_115450_survey_stacked_view.up,
    down: migration_20261202_115450_survey_stacked_view.down,
    name: '20261202_115450_survey_stacked_view',
  },
  {
    up: migration_20261202_122711_statistics_map_view.up,
    down: migration_20261202_122711_statistics_map_view.down,
    name: '20261202_122711_statistics_map_view',
  },
  {
    up: migration_20261202_151508_municipality_regions.up,
    down: migration_20261202_151508_municipality_regions.down,
    name: '20261202_151508_municipality_regions',
  },
  {
    up: migration_20261202_153436_ways_in_and_page_language.up,
    down: migration_20261202_153436_ways_in_and_page_language.down,
    name: '20261202_153436_ways_in_and_page_language',
  },
  {
    up: migration_20261202_182930_pages_localized.up,
    down: migration_20261202_182930_pages_localized.down,
    name: '20261202_182930_pages_localized',
  },
  {
    up: migration_20261202_184548_settings_and_menu_localized.up,
    down: migration_20261202_184548_settings_and_menu_localized.down,
    name: '20261202_184548_settings_and_menu_localized',
  },
  {
    up: migration_20261202_185623_reports_localized.up,
    down: migration_20261202_185623_reports_localized.down,
    name: '20261202_185623_reports_localized',
  },
  {
    up: migration_20261206_023155_datasets_notices_localized.up,
    down: migration_20261206_023155_datasets_notices_localized.down,
    name: '20261206_023155_datasets_notices_localized',
  },
  {
    up: migration_20261206_025132_media_texts_localized.up,
    down: migration_20261206_025132_media_texts_localized.down,
    name: '20261206_025132_media_texts_localized',
  },
  {
    up: migration_20261206_025904_notice_rights_localized.up,
    down: migration_20261206_025904_notice_rights_localized.down,
    name: '20261206_025904_notice_rights_localized',
  },
  {
    up: migration_20261206_051051_redirects.up,
    down: migration_20261206_051051_redirects.down,
    name: '20261206_051051_redirects',
  },
  {
    up: migration_20261206_051609_editorial_control.up,
    down: migration_20261206_051609_editorial_control.down,
    name: '20261206_051609_editorial_control',
  },
  {
    up: migration_20261206_052732_audit_log_and_link_check.up,
    down: migration_20261206_052732_audit_log_and_link_check.down,
    name: '20261206_052732_audit_log_and_link_check',
  },
  {
    up: migration_20261206_053719_checks_and_overdue.up,
    down: migration_20261206_053719_checks_and_overdue.down,
    name: '20261206_053719_checks_and_overdue'
  },
];
