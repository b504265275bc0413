// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
  '/api/v1/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DemoController_mode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logoutEverywhere'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ApiKeysController_list'];
    put?: never;
    post: operations['ApiKeysController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['ApiKeysController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_find'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_reactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['StaffController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/jobcentres': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicJobcentresController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/jobcentres/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicJobcentresController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CompaniesController_find'];
    put?: never;
    post: operations['CompaniesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CompaniesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['CompaniesController_update'];
    trace?: never;
  };
  '/api/v1/employer/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EmployerCompaniesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntakesController_queue'];
    put?: never;
    post: operations['IntakesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntakesController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntakesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['IntakesController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IntakesController_claim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IntakesController_reassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes/{id}/contact-attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IntakesController_logContactAttempt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IntakesController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employer/intakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EmployerIntakesController_list'];
    put?: never;
    post: operations['EmployerIntakesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employer/intakes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EmployerIntakesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/duty-roster': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DutyRosterController_list'];
    put?: never;
    post: operations['DutyRosterController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/duty-roster/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['DutyRosterController_remove'];
    options?: never;
    head?: never;
    patch: operations['DutyRosterController_update'];
    trace?: never;
  };
  '/api/v1/duty-desk/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DutyDeskSettingsController_get'];
    put: operations['DutyDeskSettingsController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/duty-desk/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DutyDeskOverviewController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CandidatesController_find'];
    put?: never;
    post: operations['CandidatesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CandidatesController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CandidatesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['CandidatesController_update'];
    trace?: never;
  };
  '/api/v1/candidates/{id}/ladder-steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CandidatesController_ladderSteps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{id}/consultant-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CandidatesController_consultantChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{id}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CandidatesController_giveConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{id}/consents/{companyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['CandidatesController_withdrawConsent'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditLogController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postcodes/{postcode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PostcodesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postcodes/{postcode}/distance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PostcodesController_distance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/taxonomy/skills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaxonomyController_searchSkills'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/taxonomy/occupations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaxonomyController_searchOccupations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/taxonomy/occupations/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaxonomyController_occupation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/taxonomy/sectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TaxonomyController_sectors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PostingsController_find'];
    put?: never;
    post: operations['PostingsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postings/rule-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PostingsController_checkRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postings/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PostingsController_exportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PostingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['PostingsController_update'];
    trace?: never;
  };
  '/api/v1/postings/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PostingsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postings/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PostingsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/intakes/{id}/posting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['IntakePostingController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/placements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PlacementsController_find'];
    put?: never;
    post: operations['PlacementsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/placements/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PlacementsController_exportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/placements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PlacementsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/placements/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PlacementsController_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/posting-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PostingSettingsController_get'];
    put: operations['PostingSettingsController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/jobcentres/{code}/postings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicPostingsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/jobcentres/{code}/postings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PublicPostingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportsController_companies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportsController_candidates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/postings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ImportsController_postings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postings/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MatchesController_forPosting'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/candidates/{id}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MatchesController_forCandidate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matching/weights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MatchWeightsController_get'];
    put: operations['MatchWeightsController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matching/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PartnersController_list'];
    put: operations['PartnersController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matching/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MatchRunsController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matching/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MatchRunsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/matching/representation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MatchRunsController_representation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortage-sectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ShortageSectorsController_list'];
    put?: never;
    post: operations['ShortageSectorsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortage-sectors/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ShortageSectorsController_current'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortage-sectors/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ShortageSectorsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortage-sectors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ShortageSectorsController_get'];
    put: operations['ShortageSectorsController_replace'];
    post?: never;
    delete: operations['ShortageSectorsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortlists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ShortlistsController_find'];
    put?: never;
    post: operations['ShortlistsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortlists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ShortlistsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortlists/{id}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ShortlistsController_addEntries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortlists/{id}/entries/{candidateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['ShortlistsController_removeEntry'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortlists/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ShortlistsController_send'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shortlists/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ShortlistsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employer/shortlists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EmployerShortlistsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employer/shortlists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EmployerShortlistsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employer/shortlists/{id}/entries/{reference}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['EmployerShortlistsController_answer'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/network': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NetworkController_get'];
    put: operations['NetworkController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MembershipsController_list'];
    put?: never;
    post: operations['MembershipsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/members/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MembershipsController_exportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MembershipsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['MembershipsController_update'];
    trace?: never;
  };
  '/api/v1/code-of-care/members/{id}/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MembershipsController_join'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/members/{id}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MembershipsController_leave'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/members/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MembershipsController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/members/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MembershipsController_contact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/pledges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PledgesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/members/{id}/pledges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PledgesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/pledges/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['PledgesController_replace'];
    post?: never;
    delete: operations['PledgesController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/activity/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ActivityController_recompute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/activity/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ActivityController_latest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/warnings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ActivityController_warnings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/warnings/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ActivityController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/courses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CoursesController_list'];
    put?: never;
    post: operations['CoursesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/courses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CoursesController_get'];
    put: operations['CoursesController_replace'];
    post?: never;
    delete: operations['CoursesController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EventsController_list'];
    put?: never;
    post: operations['EventsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EventsController_get'];
    put: operations['EventsController_replace'];
    post?: never;
    delete: operations['EventsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_list'];
    put?: never;
    post: operations['GoalsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/goals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_get'];
    put: operations['GoalsController_replace'];
    post?: never;
    delete: operations['GoalsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/goals/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/goals/{id}/chart.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_chart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/code-of-care/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GoalsController_yearProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InboxController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InboxController_unreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InboxController_markAllRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InboxController_preferences'];
    put: operations['InboxController_updatePreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InboxController_markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notification-deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeliveriesController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notification-deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DeliveriesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notification-deliveries/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['DeliveriesController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MonthlyReportsController_latest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/monthly/recompute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MonthlyReportsController_recompute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/monthly/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MonthlyReportsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/monthly/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MonthlyReportsController_series'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/monthly/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MonthlyExportsController_exportMonth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/monthly/series/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MonthlyExportsController_exportSeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/monthly/charts/{name}.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MonthlyExportsController_chart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    DemoModeResponse: {
      /** @description This process seeds the demo jobcentre: its logins are printed in the terminal that started Jobbro and the password is kept in .data/demo-password. Never the logins themselves. */
      demo: boolean;
    };
    HealthCheckResponse: {
      /** @enum {string} */
      status: 'up' | 'down';
      /** @description Why it is down */
      error?: string;
    };
    QueueHealthResponse: {
      /** @enum {string} */
      status: 'up' | 'down';
      /** @description Why it is down */
      error?: string;
      /**
       * @description The BullMQ backend in use
       * @enum {string}
       */
      backend: 'postgres' | 'redis';
    };
    HealthResponse: {
      /**
       * @description degraded: serving, but a further check is down
       * @enum {string}
       */
      status: 'ok' | 'degraded' | 'error';
      database: components['schemas']['HealthCheckResponse'];
      queue: components['schemas']['QueueHealthResponse'];
    };
    LoginDto: {
      /** @example anna.mikkelsen@hedensted.dk */
      email: string;
      /** Format: password */
      password: string;
      /**
       * @description Where the refresh token goes: in the response body (API clients), or in an httpOnly, Secure, SameSite=Strict cookie scoped to /api/v1/auth that no script can read (the web app)
       * @default body
       * @enum {string}
       */
      refreshTokenIn: 'body' | 'cookie';
    };
    WhoAmIResponse: {
      /**
       * Format: uuid
       * @description The staff member, employer user or API key
       */
      id: string;
      /** @example Anna Mikkelsen */
      name: string;
      /** @enum {string} */
      role: 'consultant' | 'network-coordinator' | 'lead' | 'admin' | 'employer' | 'integration';
      /** Format: uuid */
      jobcentreId: string;
      /** @description Employer users: the CVR numbers they act for; empty for everyone else */
      companyCvrNumbers: string[];
    };
    LoginResponse: {
      /** @description Send as "Authorization: Bearer <accessToken>" */
      accessToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /**
       * @description Seconds until the access token expires
       * @example 900
       */
      expiresIn: number;
      /** @description Works once: POST /auth/refresh gives a new pair. Absent when the session cookie carries it */
      refreshToken?: string;
      /** Format: date-time */
      refreshTokenExpiresAt: string;
      user: components['schemas']['WhoAmIResponse'];
    };
    RefreshDto: {
      /**
       * Format: password
       * @description The refresh token from the login or the last refresh; each works once. Leave it out when the session cookie carries it (a login with refreshTokenIn "cookie")
       */
      refreshToken?: string;
    };
    TokensResponse: {
      /** @description Send as "Authorization: Bearer <accessToken>" */
      accessToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /**
       * @description Seconds until the access token expires
       * @example 900
       */
      expiresIn: number;
      /** @description Works once: POST /auth/refresh gives a new pair. Absent when the session cookie carries it */
      refreshToken?: string;
      /** Format: date-time */
      refreshTokenExpiresAt: string;
    };
    CreateApiKeyDto: {
      /** @example Hjemmeside: kontaktformular for virksomheder */
      name: string;
    };
    CreatedApiKeyResponse: {
      /** Format: uuid */
      id: string;
      /** @example Hjemmeside: kontaktformular for virksomheder */
      name: string;
      /** @description The public part of the key, to recognise it by */
      keyPrefix: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** Format: date-time */
      revokedAt: string | null;
      /**
       * @description The secret key for X-Api-Key: shown this once, never again
       * @example jbk_…
       */
      key: string;
    };
    ApiKeyResponse: {
      /** Format: uuid */
      id: string;
      /** @example Hjemmeside: kontaktformular for virksomheder */
      name: string;
      /** @description The public part of the key, to recognise it by */
      keyPrefix: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** Format: date-time */
      revokedAt: string | null;
    };
    UserResponse: {
      /**
       * Format: uuid
       * @description The user account
       */
      id: string;
      /**
       * Format: uuid
       * @description Staff: their staff member, the id the roster and the audit log (actorId) know them by
       */
      staffMemberId: string | null;
      /** @example Sara Sørensen */
      name: string;
      /** @example sara.sorensen@hedensted.dk */
      email: string;
      /** @enum {string} */
      role: 'consultant' | 'network-coordinator' | 'lead' | 'admin' | 'employer';
      /** @description Employer users: the companies they act for; empty for staff */
      companyCvrNumbers: string[];
      /** @description false: cannot sign in (deactivated) */
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When they last signed in; null if never
       */
      lastSignInAt: string | null;
    };
    UserPageResponse: {
      items: components['schemas']['UserResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    CreateUserDto: {
      /** @example Sara Sørensen */
      name: string;
      /**
       * @description The sign-in; stored in lower case
       * @example sara.sorensen@hedensted.dk
       */
      email: string;
      /** @enum {string} */
      role: 'consultant' | 'network-coordinator' | 'lead' | 'admin' | 'employer';
      /**
       * @description Employer users only (and required for them): the companies of your jobcentre they act for
       * @example [
       *       "10150817"
       *     ]
       */
      companyCvrNumbers?: string[];
    };
    CreatedUserResponse: {
      /**
       * Format: uuid
       * @description The user account
       */
      id: string;
      /**
       * Format: uuid
       * @description Staff: their staff member, the id the roster and the audit log (actorId) know them by
       */
      staffMemberId: string | null;
      /** @example Sara Sørensen */
      name: string;
      /** @example sara.sorensen@hedensted.dk */
      email: string;
      /** @enum {string} */
      role: 'consultant' | 'network-coordinator' | 'lead' | 'admin' | 'employer';
      /** @description Employer users: the companies they act for; empty for staff */
      companyCvrNumbers: string[];
      /** @description false: cannot sign in (deactivated) */
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When they last signed in; null if never
       */
      lastSignInAt: string | null;
      /**
       * @description The one-time initial password: shown this once, stored only as a hash; give it to the user to sign in with
       * @example q7fk-m2xp-9tha-w3rn
       */
      initialPassword: string;
    };
    UpdateUserDto: {
      /** @example Sara Sørensen */
      name?: string;
      /**
       * @description Staff users only: an employer user stays an employer user (create a staff user instead)
       * @enum {string}
       */
      role?: 'consultant' | 'network-coordinator' | 'lead' | 'admin';
      /**
       * @description Employer users only
       * @example [
       *       "10150817"
       *     ]
       */
      companyCvrNumbers?: string[];
    };
    StaffMemberResponse: {
      /** Format: uuid */
      id: string;
      /** @example Anna Mikkelsen */
      name: string;
      /** @example anna.mikkelsen@hedensted.dk */
      email: string;
      /** @enum {string} */
      role: 'consultant' | 'network-coordinator' | 'lead' | 'admin';
      /** @description false for someone who has left; kept for the history they made */
      active: boolean;
    };
    StaffPageResponse: {
      items: components['schemas']['StaffMemberResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    JobcentreContactResponse: {
      /** @example 79 75 50 00 */
      phone: string | null;
      /** @example jobcentret@hedensted.dk */
      email: string | null;
      /** @example Niels Espes Vej 8, 8722 Hedensted */
      address: string | null;
      /** @example Telefonen er åben mandag–torsdag kl. 9–15 */
      openingHours: string | null;
    };
    PublicJobcentreResponse: {
      /** @example hedensted */
      code: string;
      /** @example Jobcenter Hedensted */
      name: string;
      contact: components['schemas']['JobcentreContactResponse'];
    };
    ContactPersonDto: {
      /** @example Mette Jensen */
      name: string;
      /** @example HR-chef */
      title?: string;
      /** @example mette@example.dk */
      email?: string;
      /** @example +45 75 12 34 56 */
      phone?: string;
    };
    CreateCompanyDto: {
      /**
       * @description 8 digits, modulus-11 checked; "DK 4127 5103" is accepted
       * @example 41275103
       */
      cvrNumber: string;
      /** @example Tømrerfirmaet Hansen ApS */
      name: string;
      /** @example Åvej 12 */
      address?: string;
      /** @example 8722 */
      postcode?: string;
      /** @example Hedensted */
      city?: string;
      /** @example håndværk */
      sector?: string;
      /** @enum {string} */
      sizeBand?: 'small' | 'medium' | 'large';
      contactPersons?: components['schemas']['ContactPersonDto'][];
    };
    ContactPersonResponse: {
      /** @example Mette Jensen */
      name: string;
      /** @example HR-chef */
      title?: string;
      /** @example mette@example.dk */
      email?: string;
      /** @example +45 75 12 34 56 */
      phone?: string;
    };
    CompanyResponse: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The jobcentre whose record this is
       */
      jobcentreId: string;
      /**
       * @description 8 digits, modulus-11 checked
       * @example 29189609
       */
      cvrNumber: string;
      /** @example Tømrerfirmaet Hansen ApS */
      name: string;
      /** @example Åvej 12 */
      address: string | null;
      /** @example 8722 */
      postcode: string | null;
      /** @example Hedensted */
      city: string | null;
      /** @example håndværk */
      sector: string | null;
      /** @enum {string|null} */
      sizeBand: 'small' | 'medium' | 'large' | null;
      contactPersons: components['schemas']['ContactPersonResponse'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Grows with every change */
      version: number;
    };
    CompanyPageResponse: {
      items: components['schemas']['CompanyResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    UpdateCompanyDto: {
      /**
       * @description 8 digits, modulus-11 checked; "DK 4127 5103" is accepted
       * @example 41275103
       */
      cvrNumber?: string;
      /** @example Tømrerfirmaet Hansen ApS */
      name?: string;
      /** @example Åvej 12 */
      address?: string;
      /** @example 8722 */
      postcode?: string;
      /** @example Hedensted */
      city?: string;
      /** @example håndværk */
      sector?: string;
      /** @enum {string} */
      sizeBand?: 'small' | 'medium' | 'large';
      contactPersons?: components['schemas']['ContactPersonDto'][];
    };
    NewCompanyDto: {
      /**
       * @description A company already registered is reused, by CVR
       * @example 10150817
       */
      cvrNumber: string;
      /** @example Juelsminde Byg & Anlæg ApS */
      name: string;
    };
    IntakeContactPersonDto: {
      /** @example Mette Jensen */
      name: string;
      /** @example +45 75 12 34 56 */
      phone?: string;
      /** @example mette@example.dk */
      email?: string;
    };
    CreateIntakeDto: {
      /** @description A company already registered in your jobcentre; or give `company` instead */
      companyId?: string;
      /** @description Identifies the company by CVR; registered if new */
      company?: components['schemas']['NewCompanyDto'];
      contactPerson: components['schemas']['IntakeContactPersonDto'];
      /** @enum {string} */
      kind:
        | 'recruitment'
        | 'småjob'
        | 'voksenlærling'
        | 'praktik-løntilskud'
        | 'retention'
        | 'mentor-course'
        | 'code-of-care-interest';
      /** @example Søger to lagermedarbejdere, 15 timer om ugen */
      description: string;
      /** @enum {string} */
      channel: 'phone' | 'e-mail' | 'web' | 'visit';
    };
    IntakeCompanyReference: {
      /**
       * Format: uuid
       * @example 0b0f6f2c-8a4e-4c44-9f5e-2f2b9c7d1a11
       */
      id: string;
      /**
       * @description Left out only when the company could not be read
       * @example 29189609
       */
      cvrNumber?: string;
      /** @example Tømrerfirmaet Hansen ApS */
      name?: string;
    };
    IntakeContactPersonResponse: {
      /** @example Mette Jensen */
      name: string;
      /** @example +45 75 12 34 56 */
      phone?: string;
      /** @example mette@example.dk */
      email?: string;
    };
    StaffReference: {
      /**
       * Format: uuid
       * @example 0b0f6f2c-8a4e-4c44-9f5e-2f2b9c7d1a11
       */
      id: string;
      /** @example Anna Mikkelsen */
      name: string;
    };
    IntakeResponse: {
      /**
       * Format: uuid
       * @example 0b0f6f2c-8a4e-4c44-9f5e-2f2b9c7d1a11
       */
      id: string;
      /** @enum {string} */
      kind:
        | 'recruitment'
        | 'småjob'
        | 'voksenlærling'
        | 'praktik-løntilskud'
        | 'retention'
        | 'mentor-course'
        | 'code-of-care-interest';
      /** @enum {string} */
      channel: 'phone' | 'e-mail' | 'web' | 'visit';
      /** @enum {string} */
      status: 'awaiting-contact' | 'contacted' | 'closed';
      /** @example 10 timer om ugen på lageret */
      description: string;
      company: components['schemas']['IntakeCompanyReference'];
      contactPerson: components['schemas']['IntakeContactPersonResponse'];
      /** @description null when nobody was on the duty roster */
      assignee: components['schemas']['StaffReference'] | null;
      /** Format: date-time */
      receivedAt: string;
      /**
       * Format: date-time
       * @description When the first contact is due (the 24-hour promise, or the jobcentre’s policy)
       */
      deadlineAt: string;
      /**
       * Format: date-time
       * @description When the assignee is reminded, if the company has not been reached by then
       */
      reminderAt: string;
      /** Format: date-time */
      reminderSentAt: string | null;
      /** Format: date-time */
      firstContactAt: string | null;
      /** @description The deadline passed before the company was reached */
      breached: boolean;
      /** Format: date-time */
      breachedAt: string | null;
      /** @description The lead the breach was escalated to */
      escalatedTo: components['schemas']['StaffReference'] | null;
      /** @enum {string|null} */
      outcome: 'posting-created' | 'shortlist-sent' | 'referred' | 'no-need' | null;
      outcomeNote: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** @description Grows with every change */
      version: number;
    };
    IntakePageResponse: {
      items: components['schemas']['IntakeResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    HistoryActorResponse: {
      /**
       * Format: uuid
       * @description Staff only; employers and integrations are named
       */
      id: string | null;
      /** @example Anna Mikkelsen */
      name: string;
    };
    IntakeHistoryEntryResponse: {
      /** @enum {string} */
      type:
        | 'received'
        | 'assigned'
        | 'unassigned'
        | 'claimed'
        | 'reassigned'
        | 'contact-attempted'
        | 'reminder-sent'
        | 'deadline-breached'
        | 'closed'
        | 'shortlist-sent'
        | 'shortlist-answered';
      /** Format: date-time */
      at: string;
      /** @description null when the system acted */
      actor: components['schemas']['HistoryActorResponse'] | null;
      /**
       * @example {
       *       "reached": true,
       *       "note": "Talte med Mette",
       *       "withinDeadline": true
       *     }
       */
      details: {
        [key: string]: (string | number | boolean) | null;
      };
    };
    ReassignIntakeDto: {
      /** @description The consultant who takes over */
      assigneeId: string;
    };
    LogContactAttemptDto: {
      /** @description Whether the company was reached */
      reached: boolean;
      /** @example Talte med Mette; sender stillingsopslag i morgen */
      note?: string;
    };
    CloseIntakeDto: {
      /** @enum {string} */
      outcome: 'posting-created' | 'shortlist-sent' | 'referred' | 'no-need';
      /** @description Required for referred and no-need: the reason or where the company was referred */
      note?: string;
    };
    EmployerIntakeDto: {
      contactPerson: components['schemas']['IntakeContactPersonDto'];
      /** @enum {string} */
      kind:
        | 'recruitment'
        | 'småjob'
        | 'voksenlærling'
        | 'praktik-løntilskud'
        | 'retention'
        | 'mentor-course'
        | 'code-of-care-interest';
      /** @example Søger to lagermedarbejdere, 15 timer om ugen */
      description: string;
      /** @description One of the companies you act for (GET /api/v1/employer/companies) */
      companyId: string;
    };
    EmployerIntakeResponse: {
      /** Format: uuid */
      id: string;
      company: components['schemas']['IntakeCompanyReference'];
      /** @enum {string} */
      kind:
        | 'recruitment'
        | 'småjob'
        | 'voksenlærling'
        | 'praktik-løntilskud'
        | 'retention'
        | 'mentor-course'
        | 'code-of-care-interest';
      /** @example Vi søger en voksenlærling som tømrer */
      description: string;
      contactPerson: components['schemas']['IntakeContactPersonResponse'];
      /** @enum {string} */
      status: 'awaiting-contact' | 'contacted' | 'closed';
      /** Format: date-time */
      receivedAt: string;
      /**
       * Format: date-time
       * @description When the jobcentre will have called you back at the latest
       */
      answerBy: string;
      /** Format: date-time */
      firstContactAt: string | null;
      /** @enum {string|null} */
      outcome: 'posting-created' | 'shortlist-sent' | 'referred' | 'no-need' | null;
      /** Format: date-time */
      closedAt: string | null;
    };
    EmployerIntakePageResponse: {
      items: components['schemas']['EmployerIntakeResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    CreateDutyPeriodDto: {
      consultantId: string;
      /**
       * Format: date-time
       * @example 2026-11-23T07:00:00Z
       */
      startsAt: string;
      /**
       * Format: date-time
       * @example 2026-11-23T15:00:00Z
       */
      endsAt: string;
    };
    DutyPeriodResponse: {
      /** Format: uuid */
      id: string;
      consultant: components['schemas']['StaffReference'];
      /**
       * Format: date-time
       * @example 2026-11-23T07:00:00.000Z
       */
      startsAt: string;
      /**
       * Format: date-time
       * @example 2026-11-23T15:00:00.000Z
       */
      endsAt: string;
    };
    UpdateDutyPeriodDto: {
      consultantId?: string;
      /**
       * Format: date-time
       * @example 2026-11-23T07:00:00Z
       */
      startsAt?: string;
      /**
       * Format: date-time
       * @example 2026-11-23T15:00:00Z
       */
      endsAt?: string;
    };
    OpeningHoursDto: {
      /** @example 08:00 */
      opensAt: string;
      /** @example 15:00 */
      closesAt: string;
    };
    ClosedDaysDto: {
      /** @description Grundlovsdag, 5 June */
      constitutionDay?: boolean;
      /** @description Juleaftensdag, 24 December */
      christmasEve?: boolean;
      /** @description Nytårsaftensdag, 31 December */
      newYearsEve?: boolean;
    };
    FirstContactPolicyDto: {
      /** @enum {string} */
      mode: 'calendar-hours' | 'working-hours';
      /** @example 24 */
      hours: number;
      /**
       * @description working-hours only
       * @example Europe/Copenhagen
       */
      timeZone?: string;
      /** @description Monday to Friday; required for working-hours */
      openingHours?: components['schemas']['OpeningHoursDto'];
      /** @description Days the jobcentre is closed besides public holidays */
      closedDays?: components['schemas']['ClosedDaysDto'];
    };
    DutyDeskSettingsResponse: {
      firstContactPolicy: components['schemas']['FirstContactPolicyDto'];
    };
    UpdateDutyDeskSettingsDto: {
      firstContactPolicy: components['schemas']['FirstContactPolicyDto'];
    };
    DutyDeskCountsResponse: {
      /**
       * @description Intakes awaiting contact or contacted, not closed
       * @example 12
       */
      open: number;
      /**
       * @description Awaiting first contact, deadline within the window
       * @example 3
       */
      dueSoon: number;
      /**
       * @description Awaiting first contact, deadline passed
       * @example 1
       */
      breached: number;
    };
    DutyDeskAssigneeCountsResponse: {
      /**
       * @description Intakes awaiting contact or contacted, not closed
       * @example 12
       */
      open: number;
      /**
       * @description Awaiting first contact, deadline within the window
       * @example 3
       */
      dueSoon: number;
      /**
       * @description Awaiting first contact, deadline passed
       * @example 1
       */
      breached: number;
      /** @description Null for the intakes nobody holds; every active consultant is listed, also with nothing open */
      assignee: components['schemas']['StaffReference'] | null;
    };
    DutyDeskOverviewResponse: {
      /**
       * Format: date-time
       * @description When the numbers were counted
       */
      at: string;
      /** @example 4 */
      dueWithinHours: number;
      /**
       * Format: date-time
       * @description Deadlines before this instant (and not past) are due soon
       */
      dueSoonUntil: string;
      totals: components['schemas']['DutyDeskCountsResponse'];
      /** @description Consultants by name, then the unassigned */
      perAssignee: components['schemas']['DutyDeskAssigneeCountsResponse'][];
    };
    CandidateSkillDto: {
      /**
       * @description An ESCO skill URI, or a Danish or English label (normalised to the URI)
       * @example http://data.europa.eu/esco/skill/9a2b8ad4-7d7e-4ea0-8b9a-41a0a4b8b1a4
       */
      skill: string;
      /** @description 1 basics, 2 independent, 3 experienced, 4 teaches */
      level: number;
    };
    CreateCandidateDto: {
      /** @example Sofie Hansen */
      name: string;
      /** @example sofie@example.dk */
      email?: string;
      /** @example +45 20 30 40 50 */
      phone?: string;
      /**
       * @description The id in the system the candidate comes from
       * @example KMD-123456
       */
      externalId?: string;
      /**
       * Format: date
       * @description YYYY-MM-DD; the candidate must be 15 to 80 years old today (never a CPR number)
       * @example 1990-04-12
       */
      birthDate: string;
      /**
       * @description Ydelsesgruppe: the benefit the candidate receives
       * @enum {string}
       */
      targetGroup:
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob';
      /**
       * @description Highest completed education
       * @enum {string}
       */
      educationLevel?: 'grundskole' | 'gymnasial' | 'erhvervsfaglig' | 'kort-videregående' | 'mellemlang' | 'lang';
      /** @example Lagerassistent (EUD) */
      education?: string;
      /**
       * @description A Danish postcode
       * @example 8722
       */
      postcode?: string;
      /** @description How far the candidate will travel */
      travelReachKm?: number;
      /** @description Replaces the candidate's skills when given */
      skills?: components['schemas']['CandidateSkillDto'][];
      /**
       * @description ESCO occupation codes, URIs or labels (normalised to codes)
       * @example [
       *       "8344.1"
       *     ]
       */
      desiredOccupations?: string[];
      /**
       * @description Sector codes
       * @example [
       *       "lager-logistik"
       *     ]
       */
      desiredSectors?: string[];
      willingToChangeSector?: boolean;
      /** @description Hours a week the candidate can work */
      hoursPerWeek?: number;
      /** @description Beskæftigelsestrappen: 1 activation course … 5 ordinary job */
      ladderStep: number;
      /** @description Skånehensyn: what work must take into account; never shown to employers */
      accommodations?: string;
      /**
       * Format: uuid
       * @description The responsible consultant: a consultant or lead of yours
       */
      consultantId?: string;
      /** @description Why the consultant is (re)assigned; kept in the consultant history */
      consultantChangeReason?: string;
      /** @description Free text for the jobcentre only; never shown to employers */
      notes?: string;
    };
    CodeLabelResponse: {
      /** @example 8344.1 */
      code: string;
      /** @example gaffeltruckfører */
      label: string;
    };
    CandidateSkillResponse: {
      /** @example http://data.europa.eu/esco/skill/9a2b8ad4-7d7e-4ea0-8b9a-41a0a4b8b1a4 */
      uri: string;
      /**
       * @description Danish label, English where there is none
       * @example truckcertifikat
       */
      label: string;
      level: number;
    };
    CandidateResponse: {
      /** Format: uuid */
      id: string;
      /** @example Sofie Hansen */
      name: string;
      /** @example sofie@example.dk */
      email: string | null;
      /** @example +45 20 30 40 50 */
      phone: string | null;
      /** @description The id in the system the candidate was imported from */
      externalId: string | null;
      /**
       * Format: date
       * @example 1990-04-12
       */
      birthDate: string | null;
      /**
       * @description Ydelsesgruppe
       * @enum {string|null}
       */
      targetGroup:
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob'
        | null;
      /** @enum {string|null} */
      educationLevel:
        'grundskole' | 'gymnasial' | 'erhvervsfaglig' | 'kort-videregående' | 'mellemlang' | 'lang' | null;
      /** @example Lagerassistent (EUD) */
      education: string | null;
      /** @example 8722 */
      postcode: string | null;
      /**
       * @description How far the candidate will travel
       * @example 25
       */
      travelReachKm: number | null;
      /**
       * @description Whole years today, from birthDate
       * @example 36
       */
      age: number | null;
      /** @description ESCO occupations the candidate wants */
      desiredOccupations: components['schemas']['CodeLabelResponse'][];
      willingToChangeSector: boolean;
      /** @description Skånehensyn; staff only, never shown to employers */
      accommodations: string | null;
      /**
       * Format: uuid
       * @description The responsible consultant
       */
      consultantId: string | null;
      /** @description ESCO skills with a level, highest level first */
      skills: components['schemas']['CandidateSkillResponse'][];
      /** @description Sectors the candidate wants */
      desiredSectors: components['schemas']['CodeLabelResponse'][];
      /** @example 15 */
      hoursPerWeek: number | null;
      /** @description Beskæftigelsestrappen, 1 to 5 */
      ladderStep: number;
      /** @description For the jobcentre only; never shown to employers */
      notes: string | null;
      /** @description Companies the candidate consented to be identified to */
      consentedCompanyIds: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CandidatePageResponse: {
      items: components['schemas']['CandidateResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    CandidateLadderStepResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      candidateId: string;
      step: number;
      /** @description Null for the step the candidate was registered on */
      previousStep: number | null;
      /** @example registered */
      reason: string;
      /**
       * Format: uuid
       * @description The placement that moved the candidate
       */
      placementId: string | null;
      /** Format: date-time */
      changedAt: string;
      /**
       * Format: uuid
       * @description The staff member; null for the system
       */
      changedById: string | null;
    };
    CandidateConsultantChangeResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      candidateId: string;
      /** Format: uuid */
      fromConsultantId: string | null;
      /** Format: uuid */
      toConsultantId: string | null;
      reason: string | null;
      /** Format: date-time */
      changedAt: string;
      /** Format: uuid */
      changedById: string | null;
    };
    UpdateCandidateDto: {
      /** @example Sofie Hansen */
      name?: string;
      /** @example sofie@example.dk */
      email?: string;
      /** @example +45 20 30 40 50 */
      phone?: string;
      /**
       * @description The id in the system the candidate comes from
       * @example KMD-123456
       */
      externalId?: string;
      /**
       * Format: date
       * @description YYYY-MM-DD; the candidate must be 15 to 80 years old today (never a CPR number)
       * @example 1990-04-12
       */
      birthDate?: string;
      /**
       * @description Ydelsesgruppe: the benefit the candidate receives
       * @enum {string}
       */
      targetGroup?:
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob';
      /**
       * @description Highest completed education
       * @enum {string}
       */
      educationLevel?: 'grundskole' | 'gymnasial' | 'erhvervsfaglig' | 'kort-videregående' | 'mellemlang' | 'lang';
      /** @example Lagerassistent (EUD) */
      education?: string;
      /**
       * @description A Danish postcode
       * @example 8722
       */
      postcode?: string;
      /** @description How far the candidate will travel */
      travelReachKm?: number;
      /** @description Replaces the candidate's skills when given */
      skills?: components['schemas']['CandidateSkillDto'][];
      /**
       * @description ESCO occupation codes, URIs or labels (normalised to codes)
       * @example [
       *       "8344.1"
       *     ]
       */
      desiredOccupations?: string[];
      /**
       * @description Sector codes
       * @example [
       *       "lager-logistik"
       *     ]
       */
      desiredSectors?: string[];
      willingToChangeSector?: boolean;
      /** @description Hours a week the candidate can work */
      hoursPerWeek?: number;
      /** @description Beskæftigelsestrappen: 1 activation course … 5 ordinary job */
      ladderStep?: number;
      /** @description Skånehensyn: what work must take into account; never shown to employers */
      accommodations?: string;
      /**
       * Format: uuid
       * @description The responsible consultant: a consultant or lead of yours
       */
      consultantId?: string;
      /** @description Why the consultant is (re)assigned; kept in the consultant history */
      consultantChangeReason?: string;
      /** @description Free text for the jobcentre only; never shown to employers */
      notes?: string;
      /** @description Why the ladder step changes; required with ladderStep, kept in its history */
      ladderStepReason?: string;
    };
    CandidateConsentDto: {
      /** @description The company, registered in your jobcentre, the candidate agrees to be identified to */
      companyId: string;
    };
    AuditEntryResponse: {
      /**
       * @description Grows with every entry
       * @example 1042
       */
      id: string;
      /** Format: uuid */
      jobcentreId: string;
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      actorId: string | null;
      /** @example Anna Mikkelsen */
      actorName: string;
      /** @example consultant */
      actorRole: string;
      /** @enum {string} */
      action: 'read' | 'create' | 'update' | 'delete';
      /** @example candidate */
      recordType: string;
      /** Format: uuid */
      recordId: string;
      /** @example GET /api/v1/candidates/:id */
      endpoint: string;
      /**
       * @description What changed
       * @example role: consultant → lead
       */
      detail: string | null;
    };
    AuditPageResponse: {
      items: components['schemas']['AuditEntryResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    PostcodeResponse: {
      /** @example 8722 */
      postcode: string;
      /** @example Hedensted */
      name: string;
      /**
       * @description WGS84; null for large-recipient codes
       * @example 55.7705
       */
      latitude: number | null;
      /** @example 9.7011 */
      longitude: number | null;
      /** @example 0766 */
      municipalityCode: string;
      /** @example Hedensted */
      municipalityName: string;
      /** @example Region Midtjylland */
      regionName: string | null;
    };
    DistanceResponse: {
      from: components['schemas']['PostcodeResponse'];
      to: components['schemas']['PostcodeResponse'];
      /**
       * @description As the crow flies between the two towns, to 0.1 km
       * @example 13.7
       */
      km: number;
    };
    MatchResponse: {
      /**
       * @description The label or synonym the query matched, as written
       * @example truckfører
       */
      term: string;
      /** @enum {string} */
      language: 'da' | 'en';
      /** @description true when a synonym matched, not the preferred label */
      synonym: boolean;
      /**
       * @description exact: the whole label; prefix: the label starts with the query; words: the query words start words of the label; fuzzy: with one typo in a word
       * @enum {string}
       */
      kind: 'exact' | 'prefix' | 'words' | 'fuzzy';
    };
    SkillHitResponse: {
      /** @example http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da */
      uri: string;
      /**
       * @description The preferred label in the language asked for
       * @example operate forklift
       */
      label: string;
      /**
       * @description The label's language: English where the skill has no Danish label
       * @enum {string}
       */
      language: 'da' | 'en';
      /** @enum {string|null} */
      type: 'skill/competence' | 'knowledge' | null;
      matched: components['schemas']['MatchResponse'];
    };
    SkillSearchResponse: {
      /** @description The best matches first */
      items: components['schemas']['SkillHitResponse'][];
    };
    OccupationHitResponse: {
      /**
       * @description The ESCO code; its first four digits are the ISCO-08 group
       * @example 8344.1
       */
      code: string;
      /** @example http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755 */
      uri: string;
      /** @example gaffeltruckfører */
      label: string;
      /** @enum {string} */
      language: 'da' | 'en';
      matched: components['schemas']['MatchResponse'];
      /** @description The ISCO-08 unit group */
      iscoGroup: components['schemas']['CodeLabelResponse'];
      /** @description The sector Jobbro reports it under */
      sector: components['schemas']['CodeLabelResponse'];
    };
    OccupationSearchResponse: {
      /** @description The best matches first */
      items: components['schemas']['OccupationHitResponse'][];
    };
    SkillRefResponse: {
      /** @example http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da */
      uri: string;
      /** @example operate forklift */
      label: string;
      /** @enum {string} */
      language: 'da' | 'en';
      /** @enum {string|null} */
      type: 'skill/competence' | 'knowledge' | null;
    };
    OccupationResponse: {
      /** @example 8344.1 */
      code: string;
      /** @example http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755 */
      uri: string;
      /** @example gaffeltruckfører */
      label: string;
      /** @enum {string} */
      language: 'da' | 'en';
      /**
       * @description Synonyms in the language asked for
       * @example [
       *       "Truckfører"
       *     ]
       */
      synonyms: string[];
      iscoGroup: components['schemas']['CodeLabelResponse'];
      sector: components['schemas']['CodeLabelResponse'];
      /** @description ESCO: skills the occupation needs, by label */
      essentialSkills: components['schemas']['SkillRefResponse'][];
      /** @description ESCO: skills often asked for, by label */
      optionalSkills: components['schemas']['SkillRefResponse'][];
    };
    SectorResponse: {
      /** @example lager-logistik */
      code: string;
      /** @example Lager og logistik */
      labelDa: string;
      /** @example Warehouse and logistics */
      labelEn: string;
      /**
       * @description ISCO-08 groups it covers; an occupation belongs to the sector with its longest matching prefix
       * @example [
       *       "4321",
       *       "8344"
       *     ]
       */
      iscoPrefixes: string[];
    };
    SectorListResponse: {
      /** @description In the order Jobbro reports them, shortage sectors first */
      items: components['schemas']['SectorResponse'][];
    };
    CreatePostingDto: {
      /**
       * Format: uuid
       * @description A company of your jobcentre (for employers: one you act for)
       */
      companyId: string;
      /**
       * @description The posting's id in another system; imports upsert on it
       * @example HR-2027-0042
       */
      externalId?: string;
      /**
       * @description ordinary (ordinært job), småjob, voksenlærling, virksomhedspraktik, løntilskud, fleksjob
       * @enum {string}
       */
      kind: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /** @example Lagermedarbejder, 10 timer om ugen */
      title: string;
      /** @example Pluk og pak på vores lager i Hedensted */
      description?: string;
      /**
       * @description ESCO occupation code, ESCO URI or a Danish or English label; needed to publish
       * @example 8344.1
       */
      occupation?: string;
      /**
       * @description ESCO skill URIs or labels
       * @example [
       *       "truckcertifikat"
       *     ]
       */
      requiredSkills?: string[];
      /** @description ESCO skill URIs or labels */
      desiredSkills?: string[];
      /**
       * @description Up to one decimal; needed to publish
       * @example 10
       */
      hoursPerWeek?: number;
      /**
       * @description Danish postcode of the workplace; needed to publish
       * @example 8722
       */
      workplacePostcode?: string;
      /**
       * Format: date
       * @description Needed to publish
       * @example 2027-01-04
       */
      startDate?: string;
      /**
       * Format: date
       * @example 2027-06-30
       */
      endDate?: string;
      /** @description Virksomhedspraktik and løntilskud: length in weeks */
      durationWeeks?: number;
      /** @default 1 */
      positions: number;
      /** @description Småjob: the target groups it is for; the jobcentre's småjob groups when left out */
      targetGroups?: (
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob'
      )[];
      /**
       * @description Virksomhedspraktik and løntilskud: the target group whose limits apply (fleksjob: fleksjob)
       * @enum {string}
       */
      targetGroup?:
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob';
      /**
       * @description Løntilskud: a private or a public employer
       * @enum {string}
       */
      employerType?: 'private' | 'public';
      /**
       * @description Voksenlærling: the trade education
       * @example Tømrer
       */
      educationName?: string;
      /**
       * @description Voksenlærling: length in months
       * @example 48
       */
      educationMonths?: number;
      /**
       * @description Whether the public job pages may name the company (its consent; otherwise "En virksomhed i <town>"). An employer may change it on its own open postings too
       * @default false
       */
      companyVisiblePublicly: boolean;
    };
    PostingCompanyResponse: {
      /** Format: uuid */
      id: string;
      /** @example Juelsminde Byg & Anlæg ApS */
      name: string;
      /** @example 10150817 */
      cvrNumber: string;
    };
    SkillLabelResponse: {
      /** @example http://data.europa.eu/esco/skill/… */
      uri: string;
      /**
       * @description Danish where Jobbro has one, English otherwise
       * @example truckcertifikat
       */
      label: string;
    };
    PostingResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description A short number to quote on the phone or in an e-mail
       * @example 12
       */
      referenceNumber: number;
      company: components['schemas']['PostingCompanyResponse'];
      /** Format: uuid */
      intakeId: string | null;
      externalId: string | null;
      /** @enum {string} */
      kind: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /**
       * @description The Danish name of the kind
       * @example småjob
       */
      kindName: string;
      /** @enum {string} */
      status: 'draft' | 'open' | 'filled' | 'closed';
      /** @example Lagermedarbejder, 10 timer om ugen */
      title: string;
      description: string | null;
      occupation: components['schemas']['CodeLabelResponse'] | null;
      /** @description The occupation's sector */
      sector: components['schemas']['CodeLabelResponse'] | null;
      /** @description True when the occupation's sector is one of the jobcentre's shortage sectors */
      shortageSector: boolean;
      requiredSkills: components['schemas']['SkillLabelResponse'][];
      desiredSkills: components['schemas']['SkillLabelResponse'][];
      /** @example 10 */
      hoursPerWeek: number | null;
      /** @example 8722 */
      workplacePostcode: string | null;
      /** Format: date */
      startDate: string | null;
      /** Format: date */
      endDate: string | null;
      durationWeeks: number | null;
      /** @example 2 */
      positions: number;
      /**
       * @description Placements made; ended ones included
       * @example 0
       */
      positionsFilled: number;
      targetGroups: (
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob'
      )[];
      /** @enum {string|null} */
      targetGroup:
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob'
        | null;
      /** @enum {string|null} */
      employerType: 'private' | 'public' | null;
      educationName: string | null;
      educationMonths: number | null;
      companyVisiblePublicly: boolean;
      /** @description Who created the posting */
      createdByName: string | null;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CheckPostingRulesDto: {
      /**
       * @description ordinary (ordinært job), småjob, voksenlærling, virksomhedspraktik, løntilskud, fleksjob
       * @enum {string}
       */
      kind: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /** @example Lagermedarbejder, 10 timer om ugen */
      title?: string;
      /** @example Pluk og pak på vores lager i Hedensted */
      description?: string;
      /**
       * @description ESCO occupation code, ESCO URI or a Danish or English label; needed to publish
       * @example 8344.1
       */
      occupation?: string;
      /**
       * @description ESCO skill URIs or labels
       * @example [
       *       "truckcertifikat"
       *     ]
       */
      requiredSkills?: string[];
      /** @description ESCO skill URIs or labels */
      desiredSkills?: string[];
      /**
       * @description Up to one decimal; needed to publish
       * @example 10
       */
      hoursPerWeek?: number;
      /**
       * @description Danish postcode of the workplace; needed to publish
       * @example 8722
       */
      workplacePostcode?: string;
      /**
       * Format: date
       * @description Needed to publish
       * @example 2027-01-04
       */
      startDate?: string;
      /**
       * Format: date
       * @example 2027-06-30
       */
      endDate?: string;
      /** @description Virksomhedspraktik and løntilskud: length in weeks */
      durationWeeks?: number;
      /** @default 1 */
      positions: number;
      /** @description Småjob: the target groups it is for; the jobcentre's småjob groups when left out */
      targetGroups?: (
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob'
      )[];
      /**
       * @description Virksomhedspraktik and løntilskud: the target group whose limits apply (fleksjob: fleksjob)
       * @enum {string}
       */
      targetGroup?:
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob';
      /**
       * @description Løntilskud: a private or a public employer
       * @enum {string}
       */
      employerType?: 'private' | 'public';
      /**
       * @description Voksenlærling: the trade education
       * @example Tømrer
       */
      educationName?: string;
      /**
       * @description Voksenlærling: length in months
       * @example 48
       */
      educationMonths?: number;
      /**
       * @description Whether the public job pages may name the company (its consent; otherwise "En virksomhed i <town>"). An employer may change it on its own open postings too
       * @default false
       */
      companyVisiblePublicly: boolean;
    };
    RuleOutcomeResponse: {
      /**
       * @description The rule's stable name, as the 400s name it
       * @example småjob-hours
       */
      rule: string;
      /** @description Kept as the posting would be published */
      passed: boolean;
      /** @description Broken already for a draft: saving is refused until it is kept */
      blocksSaving: boolean;
      /**
       * @description The fields it is broken by (API names)
       * @example [
       *       "hoursPerWeek"
       *     ]
       */
      fields: string[];
      /**
       * @description What the rule says, one message per broken field, as a save or publish would refuse it
       * @example [
       *       "a småjob has 1 to 15 hours a week in this jobcentre, not 20 (rule småjob-hours)"
       *     ]
       */
      messages: string[];
    };
    PostingRuleCheckResponse: {
      /** @enum {string} */
      kind: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /** @description No rule refuses it as a draft */
      savable: boolean;
      /** @description No rule refuses publishing it */
      publishable: boolean;
      /** @description Every rule of the kind, in the order they are checked */
      rules: components['schemas']['RuleOutcomeResponse'][];
    };
    PostingPageResponse: {
      items: components['schemas']['PostingResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    UpdatePostingDto: {
      /**
       * @description The posting's id in another system; imports upsert on it
       * @example HR-2027-0042
       */
      externalId?: string;
      /**
       * @description ordinary (ordinært job), småjob, voksenlærling, virksomhedspraktik, løntilskud, fleksjob
       * @enum {string}
       */
      kind?: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /** @example Lagermedarbejder, 10 timer om ugen */
      title?: string;
      /** @example Pluk og pak på vores lager i Hedensted */
      description?: string;
      /**
       * @description ESCO occupation code, ESCO URI or a Danish or English label; needed to publish
       * @example 8344.1
       */
      occupation?: string;
      /**
       * @description ESCO skill URIs or labels
       * @example [
       *       "truckcertifikat"
       *     ]
       */
      requiredSkills?: string[];
      /** @description ESCO skill URIs or labels */
      desiredSkills?: string[];
      /**
       * @description Up to one decimal; needed to publish
       * @example 10
       */
      hoursPerWeek?: number;
      /**
       * @description Danish postcode of the workplace; needed to publish
       * @example 8722
       */
      workplacePostcode?: string;
      /**
       * Format: date
       * @description Needed to publish
       * @example 2027-01-04
       */
      startDate?: string;
      /**
       * Format: date
       * @example 2027-06-30
       */
      endDate?: string;
      /** @description Virksomhedspraktik and løntilskud: length in weeks */
      durationWeeks?: number;
      /** @default 1 */
      positions: number;
      /** @description Småjob: the target groups it is for; the jobcentre's småjob groups when left out */
      targetGroups?: (
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob'
      )[];
      /**
       * @description Virksomhedspraktik and løntilskud: the target group whose limits apply (fleksjob: fleksjob)
       * @enum {string}
       */
      targetGroup?:
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob';
      /**
       * @description Løntilskud: a private or a public employer
       * @enum {string}
       */
      employerType?: 'private' | 'public';
      /**
       * @description Voksenlærling: the trade education
       * @example Tømrer
       */
      educationName?: string;
      /**
       * @description Voksenlærling: length in months
       * @example 48
       */
      educationMonths?: number;
      /**
       * @description Whether the public job pages may name the company (its consent; otherwise "En virksomhed i <town>"). An employer may change it on its own open postings too
       * @default false
       */
      companyVisiblePublicly: boolean;
    };
    CreatePostingFromIntakeDto: {
      /**
       * @description The posting's id in another system; imports upsert on it
       * @example HR-2027-0042
       */
      externalId?: string;
      /**
       * @description ordinary (ordinært job), småjob, voksenlærling, virksomhedspraktik, løntilskud, fleksjob
       * @enum {string}
       */
      kind: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /** @example Lagermedarbejder, 10 timer om ugen */
      title: string;
      /** @example Pluk og pak på vores lager i Hedensted */
      description?: string;
      /**
       * @description ESCO occupation code, ESCO URI or a Danish or English label; needed to publish
       * @example 8344.1
       */
      occupation?: string;
      /**
       * @description ESCO skill URIs or labels
       * @example [
       *       "truckcertifikat"
       *     ]
       */
      requiredSkills?: string[];
      /** @description ESCO skill URIs or labels */
      desiredSkills?: string[];
      /**
       * @description Up to one decimal; needed to publish
       * @example 10
       */
      hoursPerWeek?: number;
      /**
       * @description Danish postcode of the workplace; needed to publish
       * @example 8722
       */
      workplacePostcode?: string;
      /**
       * Format: date
       * @description Needed to publish
       * @example 2027-01-04
       */
      startDate?: string;
      /**
       * Format: date
       * @example 2027-06-30
       */
      endDate?: string;
      /** @description Virksomhedspraktik and løntilskud: length in weeks */
      durationWeeks?: number;
      /** @default 1 */
      positions: number;
      /** @description Småjob: the target groups it is for; the jobcentre's småjob groups when left out */
      targetGroups?: (
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob'
      )[];
      /**
       * @description Virksomhedspraktik and løntilskud: the target group whose limits apply (fleksjob: fleksjob)
       * @enum {string}
       */
      targetGroup?:
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob';
      /**
       * @description Løntilskud: a private or a public employer
       * @enum {string}
       */
      employerType?: 'private' | 'public';
      /**
       * @description Voksenlærling: the trade education
       * @example Tømrer
       */
      educationName?: string;
      /**
       * @description Voksenlærling: length in months
       * @example 48
       */
      educationMonths?: number;
      /**
       * @description Whether the public job pages may name the company (its consent; otherwise "En virksomhed i <town>"). An employer may change it on its own open postings too
       * @default false
       */
      companyVisiblePublicly: boolean;
    };
    CreatePlacementDto: {
      /**
       * Format: uuid
       * @description An open posting of your jobcentre
       */
      postingId: string;
      /**
       * Format: uuid
       * @description A candidate of your jobcentre
       */
      candidateId: string;
      /**
       * Format: date
       * @description The posting's start date by default
       * @example 2027-01-04
       */
      startDate?: string;
      /** @description The posting's hours a week by default */
      hoursPerWeek?: number;
      /** @description Beskæftigelsestrappen: the step the candidate moves to with the placement (left as it is if not given) */
      ladderStep?: number;
    };
    PlacementResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      postingId: string;
      /** Format: uuid */
      candidateId: string;
      /** @enum {string} */
      kind: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /** @example småjob */
      kindName: string;
      /** Format: date */
      startDate: string;
      /** @example 10 */
      hoursPerWeek: number;
      /** @description Beskæftigelsestrappen before the placement */
      ladderStepBefore: number | null;
      /** @description Beskæftigelsestrappen after it, if it moved */
      ladderStepAfter: number | null;
      /** @description False once the placement has ended */
      active: boolean;
      /** Format: date-time */
      endedAt: string | null;
      /** @enum {string|null} */
      endReason: 'ordinary-job' | 'more-hours' | 'ended' | 'moved-on' | null;
      endNote: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    PlacementPageResponse: {
      items: components['schemas']['PlacementResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    EndPlacementDto: {
      /**
       * @description ordinary-job and more-hours are the successes a jobcentre reports; ended; moved-on
       * @enum {string}
       */
      reason: 'ordinary-job' | 'more-hours' | 'ended' | 'moved-on';
      /** @example Fik fast job på lageret, 25 timer */
      note?: string;
      /** @description The step the candidate moves to as the placement ends */
      ladderStep?: number;
    };
    SmaajobRulesDto: {
      /** @example 1 */
      minHours: number;
      /** @example 15 */
      maxHours: number;
      targetGroups: (
        | 'dagpenge'
        | 'kontanthjælp'
        | 'uddannelseshjælp'
        | 'sygedagpenge'
        | 'jobafklaring'
        | 'ressourceforløb'
        | 'integration'
        | 'fleksjob'
      )[];
    };
    VoksenlaerlingRulesDto: {
      /** @example 25 */
      minAge: number;
    };
    WeeksByTargetGroupDto: {
      dagpenge?: number | null;
      'kontanthj\u00E6lp'?: number | null;
      'uddannelseshj\u00E6lp'?: number | null;
      sygedagpenge?: number | null;
      jobafklaring?: number | null;
      'ressourceforl\u00F8b'?: number | null;
      integration?: number | null;
      fleksjob?: number | null;
    };
    PraktikRulesDto: {
      maxWeeks: components['schemas']['WeeksByTargetGroupDto'];
    };
    LoentilskudWeeksDto: {
      private: components['schemas']['WeeksByTargetGroupDto'];
      public: components['schemas']['WeeksByTargetGroupDto'];
    };
    LoentilskudRulesDto: {
      maxWeeks: components['schemas']['LoentilskudWeeksDto'];
    };
    PostingRulesDto: {
      smaajob: components['schemas']['SmaajobRulesDto'];
      voksenlaerling: components['schemas']['VoksenlaerlingRulesDto'];
      virksomhedspraktik: components['schemas']['PraktikRulesDto'];
      loentilskud: components['schemas']['LoentilskudRulesDto'];
      /**
       * @example [
       *       "handvaerk",
       *       "social-sundhed",
       *       "lager-logistik"
       *     ]
       */
      shortageSectors: string[];
    };
    PublicPlaceResponse: {
      /** @example 8723 */
      postcode: string;
      /**
       * @description The postcode's town
       * @example Løsning
       */
      town: string;
    };
    PublicPostingResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description The number to quote when asking the jobcentre
       * @example 12
       */
      referenceNumber: number;
      /** @enum {string} */
      kind: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /**
       * @description The Danish name of the kind
       * @example småjob
       */
      kindName: string;
      /** @example Pakkemedarbejder, 10 timer om ugen */
      title: string;
      description: string | null;
      /**
       * @description Only when the company agreed to be named publicly; null otherwise
       * @example Løsning Lager & Logistik A/S
       */
      companyName: string | null;
      /**
       * @description The company's name where it agreed, otherwise "En virksomhed i <town>" (Danish)
       * @example En virksomhed i Løsning
       */
      employerLabel: string;
      occupation: components['schemas']['CodeLabelResponse'] | null;
      /** @description The occupation's sector */
      sector: components['schemas']['CodeLabelResponse'] | null;
      requiredSkills: components['schemas']['SkillLabelResponse'][];
      /** @example 10 */
      hoursPerWeek: number | null;
      /** @description Where the work is */
      place: components['schemas']['PublicPlaceResponse'] | null;
      /** Format: date */
      startDate: string | null;
      /** Format: date */
      endDate: string | null;
      /** @description Praktik and løntilskud: length in weeks */
      durationWeeks: number | null;
      /**
       * @description Positions not yet filled
       * @example 1
       */
      openPositions: number;
      /** @description Voksenlærling: the trade education */
      educationName: string | null;
      /** @description Voksenlærling: length in months */
      educationMonths: number | null;
      /** Format: date-time */
      publishedAt: string;
    };
    PublicPostingPageResponse: {
      items: components['schemas']['PublicPostingResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    PublicPostingDetailResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description The number to quote when asking the jobcentre
       * @example 12
       */
      referenceNumber: number;
      /** @enum {string} */
      kind: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
      /**
       * @description The Danish name of the kind
       * @example småjob
       */
      kindName: string;
      /** @example Pakkemedarbejder, 10 timer om ugen */
      title: string;
      description: string | null;
      /**
       * @description Only when the company agreed to be named publicly; null otherwise
       * @example Løsning Lager & Logistik A/S
       */
      companyName: string | null;
      /**
       * @description The company's name where it agreed, otherwise "En virksomhed i <town>" (Danish)
       * @example En virksomhed i Løsning
       */
      employerLabel: string;
      occupation: components['schemas']['CodeLabelResponse'] | null;
      /** @description The occupation's sector */
      sector: components['schemas']['CodeLabelResponse'] | null;
      requiredSkills: components['schemas']['SkillLabelResponse'][];
      /** @example 10 */
      hoursPerWeek: number | null;
      /** @description Where the work is */
      place: components['schemas']['PublicPlaceResponse'] | null;
      /** Format: date */
      startDate: string | null;
      /** Format: date */
      endDate: string | null;
      /** @description Praktik and løntilskud: length in weeks */
      durationWeeks: number | null;
      /**
       * @description Positions not yet filled
       * @example 1
       */
      openPositions: number;
      /** @description Voksenlærling: the trade education */
      educationName: string | null;
      /** @description Voksenlærling: length in months */
      educationMonths: number | null;
      /** Format: date-time */
      publishedAt: string;
      /** @description Whom to ask about the job: the jobcentre */
      jobcentre: components['schemas']['PublicJobcentreResponse'];
    };
    RejectedRowResponse: {
      /**
       * @description The line of the file (the header is line 1)
       * @example 7
       */
      line: number;
      /**
       * @description The field (column) that is wrong; "row" for the whole row
       * @example birthDate
       */
      field: string;
      /** @example birthDate must make the candidate 15 to 80 years old today; it makes them 14 */
      message: string;
    };
    ImportReportResponse: {
      /** @description Rows read, the header not counted */
      rows: number;
      /** @description New records */
      imported: number;
      /** @description Records that existed (same CVR / external id) and changed */
      updated: number;
      /** @description Records that existed and were already as the row says */
      unchanged: number;
      /** @description Rows not imported */
      rejectedRows: number;
      /** @description Why, per field, for the first 1,000 problems */
      rejected: components['schemas']['RejectedRowResponse'][];
    };
    MatchWeightsDto: {
      /** @description Coverage of the required (ESCO essential) skills (points of 100) */
      requiredSkills: number;
      /** @description Coverage of the desired (ESCO optional) skills (points of 100) */
      desiredSkills: number;
      /** @description The candidate wants this occupation or one of its ISCO group (points of 100) */
      occupation: number;
      /** @description The posting is in a shortage occupation or sector (points of 100) */
      shortage: number;
      /** @description The candidate's ladder step suits the kind of posting (points of 100) */
      ladder: number;
      /** @description Hours wanted against hours offered (points of 100) */
      hours: number;
      /** @description Distance against travel reach (points of 100) */
      distance: number;
    };
    ScorePartResponse: {
      /** @enum {string} */
      part: 'requiredSkills' | 'desiredSkills' | 'occupation' | 'shortage' | 'ladder' | 'hours' | 'distance';
      /**
       * @description Points given, one decimal
       * @example 30
       */
      points: number;
      /**
       * @description The part's weight: the most it can give
       * @example 40
       */
      max: number;
      /** @example 3 af 4 krævede færdigheder */
      da: string;
      /** @example 3 of 4 required skills */
      en: string;
    };
    MatchSkillResponse: {
      /** @example http://data.europa.eu/esco/skill/949c119b-3433-439f-8ca9-1a9ce04b696d */
      uri: string;
      /** @example flytte patienter */
      label: string;
    };
    MatchRelatedSkillResponse: {
      /** @example http://data.europa.eu/esco/skill/949c119b-3433-439f-8ca9-1a9ce04b696d */
      uri: string;
      /** @example flytte patienter */
      label: string;
      /** @description The related skill held, which counts for less */
      via: components['schemas']['MatchSkillResponse'];
    };
    MatchSkillsResponse: {
      matched: components['schemas']['MatchSkillResponse'][];
      related: components['schemas']['MatchRelatedSkillResponse'][];
      missing: components['schemas']['MatchSkillResponse'][];
    };
    CandidateMatchResponse: {
      /** @description 1 is the best */
      rank: number;
      /** Format: uuid */
      candidateId: string;
      name: string;
      /**
       * @description 0–100, one decimal: the sum of the parts
       * @example 72.5
       */
      score: number;
      parts: components['schemas']['ScorePartResponse'][];
      requiredSkills: components['schemas']['MatchSkillsResponse'];
      desiredSkills: components['schemas']['MatchSkillsResponse'];
      /** @example 12.4 */
      distanceKm: number | null;
      age: number | null;
      targetGroup: string | null;
      ladderStep: number;
      hoursPerWeek: number | null;
      /** @description The candidate consented to show their identity to the posting's company */
      identityShared: boolean;
    };
    ExclusionResponse: {
      /** @example voksenlærling-min-age */
      rule: string;
      /** @example En voksenlærling skal være mindst 25 år ved start; kandidaten er 24 */
      da: string;
      /** @example A voksenlærling must be 25 or older at the start; the candidate is 24 */
      en: string;
    };
    ExcludedCandidateResponse: {
      /** Format: uuid */
      candidateId: string;
      name: string;
      /** @description The score they would have had */
      score: number;
      reasons: components['schemas']['ExclusionResponse'][];
    };
    PostingMatchesResponse: {
      /**
       * Format: uuid
       * @description The recorded match list (EU AI Act): GET /api/v1/matching/runs/{id}
       */
      matchRunId: string;
      /** Format: date-time */
      requestedAt: string;
      /**
       * @description The day ages and periods were judged on (Copenhagen)
       * @example 2026-11-24
       */
      day: string;
      /** @description Version of the weights ranked with (0: the defaults) */
      weightsVersion: number;
      weights: components['schemas']['MatchWeightsDto'];
      /**
       * @description The shortage period in force
       * @example Arbejdsmarkedsbalancen 2026, 2. halvår
       */
      shortagePeriod: string;
      limit: number;
      offset: number;
      /** @description Candidates (postings) judged to make the list */
      evaluated: number;
      /** @description How many the rules left out; null unless asked */
      excludedCount: number | null;
      /** Format: uuid */
      postingId: string;
      results: components['schemas']['CandidateMatchResponse'][];
      /** @description Null unless includeExcluded */
      excluded: components['schemas']['ExcludedCandidateResponse'][] | null;
    };
    MatchedPostingJobcentreResponse: {
      /** @example horsens */
      code: string;
      /** @example Jobcenter Horsens */
      name: string;
    };
    PostingMatchResponse: {
      rank: number;
      /** Format: uuid */
      postingId: string;
      title: string;
      /** @example voksenlærling */
      kind: string;
      companyName: string;
      occupationCode: string | null;
      occupationLabel: string | null;
      jobcentre: components['schemas']['MatchedPostingJobcentreResponse'];
      /** @description A partner jobcentre's posting */
      partner: boolean;
      score: number;
      parts: components['schemas']['ScorePartResponse'][];
      requiredSkills: components['schemas']['MatchSkillsResponse'];
      desiredSkills: components['schemas']['MatchSkillsResponse'];
      distanceKm: number | null;
    };
    ExcludedPostingResponse: {
      /** Format: uuid */
      postingId: string;
      title: string;
      score: number;
      reasons: components['schemas']['ExclusionResponse'][];
    };
    CandidateMatchesResponse: {
      /**
       * Format: uuid
       * @description The recorded match list (EU AI Act): GET /api/v1/matching/runs/{id}
       */
      matchRunId: string;
      /** Format: date-time */
      requestedAt: string;
      /**
       * @description The day ages and periods were judged on (Copenhagen)
       * @example 2026-11-24
       */
      day: string;
      /** @description Version of the weights ranked with (0: the defaults) */
      weightsVersion: number;
      weights: components['schemas']['MatchWeightsDto'];
      /**
       * @description The shortage period in force
       * @example Arbejdsmarkedsbalancen 2026, 2. halvår
       */
      shortagePeriod: string;
      limit: number;
      offset: number;
      /** @description Candidates (postings) judged to make the list */
      evaluated: number;
      /** @description How many the rules left out; null unless asked */
      excludedCount: number | null;
      /** Format: uuid */
      candidateId: string;
      results: components['schemas']['PostingMatchResponse'][];
      /** @description Null unless includeExcluded */
      excluded: components['schemas']['ExcludedPostingResponse'][] | null;
    };
    MatchWeightsResponse: {
      /** @description Version 0 is the defaults; each change makes the next version */
      version: number;
      weights: components['schemas']['MatchWeightsDto'];
      /**
       * Format: date-time
       * @description Null for the defaults
       */
      since: string | null;
    };
    PartnerResponse: {
      /** @example horsens */
      code: string;
      /** @example Jobcenter Horsens */
      name: string;
      /** @description The partner names this jobcentre too: only then do open postings cross */
      mutual: boolean;
    };
    PartnersDto: {
      /**
       * @description Codes of the jobcentres this one names partner
       * @example [
       *       "horsens"
       *     ]
       */
      partnerCodes: string[];
    };
    MatchRunResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      direction: 'posting-candidates' | 'candidate-postings';
      /** Format: uuid */
      subjectId: string;
      /** @enum {string} */
      purpose: 'review' | 'employer';
      /** Format: uuid */
      requestedById: string | null;
      /** Format: date-time */
      requestedAt: string;
      weightsVersion: number;
      resultCount: number;
      /** @description Eligible candidates (postings) the list was ranked from */
      eligibleCount: number;
      excludedCount: number;
    };
    MatchRunPageResponse: {
      items: components['schemas']['MatchRunResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    RecordedResultResponse: {
      /**
       * Format: uuid
       * @description Candidate or posting
       */
      id: string;
      rank: number;
      score: number;
      targetGroup: string | null;
      ageBand: string | null;
    };
    MatchRunDetailResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      direction: 'posting-candidates' | 'candidate-postings';
      /** Format: uuid */
      subjectId: string;
      /** @enum {string} */
      purpose: 'review' | 'employer';
      /** Format: uuid */
      requestedById: string | null;
      /** Format: date-time */
      requestedAt: string;
      weightsVersion: number;
      resultCount: number;
      /** @description Eligible candidates (postings) the list was ranked from */
      eligibleCount: number;
      excludedCount: number;
      /** @description The weights of that version */
      weights: components['schemas']['MatchWeightsDto'] | null;
      /** @description The facts ranked on, the day, the paging */
      inputs: {
        [key: string]: unknown;
      };
      results: components['schemas']['RecordedResultResponse'][];
    };
    RepresentationRowResponse: {
      /** @example kontanthjælp */
      group: string;
      /** @description Entries of this group in the top-20 lists */
      top20: number;
      /** @example 0.31 */
      top20Share: number;
      /**
       * @description The group's mean share of the eligible pools of the same lists
       * @example 0.28
       */
      poolShare: number;
      /**
       * @description top20Share / poolShare; null for no pool
       * @example 1.1
       */
      ratio: number | null;
      /** @description Ratio below 0.8 (the four-fifths rule) with at least 2 % of the pool */
      underRepresented: boolean;
    };
    RepresentationResponse: {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      /** @description Posting → candidate lists in the period */
      runs: number;
      /** @description Entries ranked 1–20 in them */
      top20Entries: number;
      targetGroups: components['schemas']['RepresentationRowResponse'][];
      ageBands: components['schemas']['RepresentationRowResponse'][];
      /** @description How the figures are made, in Danish */
      method: string;
    };
    SectorWeightResponse: {
      /** @example handvaerk */
      code: string;
      /** @example Håndværk */
      labelDa: string;
      /** @example Skilled trades */
      labelEn: string;
      /** @example 1 */
      weight: number;
    };
    OccupationWeightResponse: {
      /** @example 5322.1 */
      code: string;
      /**
       * @description Danish label, English where ESCO has none
       * @example social- og sundhedshjælper
       */
      label: string;
      /** @example 1 */
      weight: number;
      /**
       * @description STAR's rating, for imported rows
       * @enum {string|null}
       */
      starRating: 'mangel' | 'paradoks' | 'gode' | 'mindre-gode' | null;
      /**
       * @description STAR's occupation code, for imported rows
       * @example 5322.1
       */
      starCode: string | null;
    };
    ShortagePeriodResponse: {
      /** Format: uuid */
      id: string;
      /** @example Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland */
      name: string;
      /** @example 2026-07-01 */
      validFrom: string;
      /**
       * @description The last day, included
       * @example 2026-12-31
       */
      validTo: string;
      /** @enum {string} */
      source: 'manual' | 'star-import';
      /** @example RAR Østjylland */
      rarArea: string | null;
      sectors: components['schemas']['SectorWeightResponse'][];
      occupations: components['schemas']['OccupationWeightResponse'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Grows with every change */
      version: number;
    };
    ShortagePeriodPageResponse: {
      items: components['schemas']['ShortagePeriodResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    CurrentShortageResponse: {
      /** @example 2026-11-24 */
      on: string;
      /**
       * @description period: a period covers the day; posting-settings: none does, so the fallback applies
       * @enum {string}
       */
      basis: 'period' | 'posting-settings';
      /** @example Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland */
      name: string;
      /** @description The covering period, if any */
      period: components['schemas']['ShortagePeriodResponse'] | null;
      sectors: components['schemas']['SectorWeightResponse'][];
      occupations: components['schemas']['OccupationWeightResponse'][];
    };
    SkippedCountsResponse: {
      'unknown-star-code': number;
      'other-area': number;
      'not-shortage': number;
      'bad-rating': number;
      'bad-row': number;
    };
    SkippedRowResponse: {
      /**
       * @description The line of the file (the header is line 1)
       * @example 12
       */
      line: number;
      /** @enum {string} */
      reason: 'unknown-star-code' | 'other-area' | 'not-shortage' | 'bad-rating' | 'bad-row';
      /** @example star_kode "7126.52" maps to no ESCO occupation (Blikkenslager) */
      message: string;
    };
    StarImportReportResponse: {
      period: components['schemas']['ShortagePeriodResponse'];
      /** @description Rows read, the header not counted */
      rows: number;
      /** @description ESCO occupations stored (a STAR code may map to several) */
      occupationsStored: number;
      /** @description Rows not stored, for any reason */
      skippedRows: number;
      skippedByReason: components['schemas']['SkippedCountsResponse'];
      /** @description The first 1,000 rows left out */
      skipped: components['schemas']['SkippedRowResponse'][];
    };
    SectorWeightDto: {
      /**
       * @description A sector code (GET /api/v1/taxonomy/sectors)
       * @example handvaerk
       */
      code: string;
      /** @example 1 */
      weight: number;
    };
    OccupationWeightDto: {
      /**
       * @description An ESCO occupation code
       * @example 5322.1
       */
      code: string;
      /** @example 0.5 */
      weight: number;
    };
    ShortagePeriodDto: {
      /** @example Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland */
      name: string;
      /**
       * @description First day of the period (YYYY-MM-DD)
       * @example 2026-07-01
       */
      validFrom: string;
      /**
       * @description Last day of the period (YYYY-MM-DD), on or after validFrom
       * @example 2026-12-31
       */
      validTo: string;
      /**
       * @description The RAR area the period is for
       * @example RAR Østjylland
       */
      rarArea?: string | null;
      sectors: components['schemas']['SectorWeightDto'][];
      occupations: components['schemas']['OccupationWeightDto'][];
    };
    ReplaceShortagePeriodDto: {
      /** @example Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland */
      name: string;
      /**
       * @description First day of the period (YYYY-MM-DD)
       * @example 2026-07-01
       */
      validFrom: string;
      /**
       * @description Last day of the period (YYYY-MM-DD), on or after validFrom
       * @example 2026-12-31
       */
      validTo: string;
      /**
       * @description The RAR area the period is for
       * @example RAR Østjylland
       */
      rarArea?: string | null;
      sectors: components['schemas']['SectorWeightDto'][];
      occupations: components['schemas']['OccupationWeightDto'][];
      /** @description The version read; a 409 if the period changed since */
      version?: number;
    };
    ShortlistEntryDto: {
      /**
       * Format: uuid
       * @description A candidate of your jobcentre
       */
      candidateId: string;
      /**
       * Format: uuid
       * @description The recorded match list the candidate was picked from
       */
      matchRunId?: string;
      /**
       * @description true: the eligibility rules left the candidate out and you include them anyway (note required)
       * @default false
       */
      includedAnyway: boolean;
      /** @description Why; required with includedAnyway */
      note?: string;
    };
    CreateShortlistDto: {
      entries: components['schemas']['ShortlistEntryDto'][];
      /**
       * Format: uuid
       * @description The intake the list answers (or postingId)
       */
      intakeId?: string;
      /**
       * Format: uuid
       * @description The posting the list answers (or intakeId)
       */
      postingId?: string;
    };
    ShortlistCompanyResponse: {
      /** Format: uuid */
      id: string;
      /** @example Juelsminde Byg & Anlæg ApS */
      name: string;
    };
    ShortlistPostingResponse: {
      /** Format: uuid */
      id: string;
      /** @example Lagermedarbejder, 10 timer om ugen */
      title: string;
    };
    ShortlistCandidateResponse: {
      /** Format: uuid */
      id: string;
      /** @example Sofie Hansen */
      name: string;
    };
    ShortlistAnswerResponse: {
      /** @enum {string} */
      answer: 'interested' | 'not-interested';
      /** @example Vi vil gerne møde kandidaten */
      comment: string | null;
      /** Format: date-time */
      answeredAt: string;
      /** @description The employer user who answered, by name */
      answeredBy: string | null;
    };
    ShortlistEntryResponse: {
      candidate: components['schemas']['ShortlistCandidateResponse'];
      position: number;
      /** Format: uuid */
      matchRunId: string | null;
      includedAnyway: boolean;
      note: string | null;
      /**
       * @description The company's pseudonymous reference for the candidate
       * @example K-7QX3MZ
       */
      reference: string;
      /** @description True while the candidate's consent to this company stands: the company sees the name */
      identifiedToCompany: boolean;
      answer: components['schemas']['ShortlistAnswerResponse'] | null;
    };
    ShortlistResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'draft' | 'sent' | 'closed';
      company: components['schemas']['ShortlistCompanyResponse'];
      /** Format: uuid */
      intakeId: string | null;
      posting: components['schemas']['ShortlistPostingResponse'] | null;
      /**
       * @description The consultant who made the list
       * @example Anna Mikkelsen
       */
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      sentAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      entryCount: number;
      answeredCount: number;
      interestedCount: number;
      /** @description Who sent it */
      sentBy?: string | null;
      entries: components['schemas']['ShortlistEntryResponse'][];
    };
    ShortlistSummaryResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'draft' | 'sent' | 'closed';
      company: components['schemas']['ShortlistCompanyResponse'];
      /** Format: uuid */
      intakeId: string | null;
      posting: components['schemas']['ShortlistPostingResponse'] | null;
      /**
       * @description The consultant who made the list
       * @example Anna Mikkelsen
       */
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      sentAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      entryCount: number;
      answeredCount: number;
      interestedCount: number;
    };
    ShortlistPageResponse: {
      items: components['schemas']['ShortlistSummaryResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    ShortlistEntriesDto: {
      entries: components['schemas']['ShortlistEntryDto'][];
    };
    EmployerShortlistSummaryResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description closed: the jobcentre takes no more answers
       * @enum {string}
       */
      status: 'sent' | 'closed';
      company: components['schemas']['ShortlistCompanyResponse'];
      posting: components['schemas']['ShortlistPostingResponse'] | null;
      /** Format: date-time */
      sentAt: string;
      entryCount: number;
      answeredCount: number;
    };
    EmployerShortlistPageResponse: {
      items: components['schemas']['EmployerShortlistSummaryResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    EmployerSkillResponse: {
      /** @example betjene gaffeltruck */
      label: string;
      level: number;
    };
    CandidateIdentityResponse: {
      /** @example Sofie Hansen */
      name: string;
      email: string | null;
      phone: string | null;
    };
    EmployerShortlistEntryResponse: {
      /**
       * @description The same for this candidate on every list your company gets
       * @example K-7QX3MZ
       */
      reference: string;
      position: number;
      skills: components['schemas']['EmployerSkillResponse'][];
      hoursPerWeek: number | null;
      /** @description Beskæftigelsestrappen, 1–5 */
      ladderStep: number;
      /**
       * @description From home to the workplace, as the crow flies
       * @enum {string|null}
       */
      distanceBand: 'under-5-km' | '5-15-km' | '15-30-km' | 'over-30-km' | null;
      /**
       * @example [
       *       "gaffeltruckfører"
       *     ]
       */
      desiredOccupations: string[];
      /** @description Only when the candidate has consented to share it with your company */
      identity: components['schemas']['CandidateIdentityResponse'] | null;
      answer: components['schemas']['ShortlistAnswerResponse'] | null;
    };
    EmployerShortlistResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description closed: the jobcentre takes no more answers
       * @enum {string}
       */
      status: 'sent' | 'closed';
      company: components['schemas']['ShortlistCompanyResponse'];
      posting: components['schemas']['ShortlistPostingResponse'] | null;
      /** Format: date-time */
      sentAt: string;
      entryCount: number;
      answeredCount: number;
      entries: components['schemas']['EmployerShortlistEntryResponse'][];
    };
    ShortlistAnswerDto: {
      /** @enum {string} */
      answer: 'interested' | 'not-interested';
      comment?: string | null;
    };
    NetworkResponse: {
      /** Format: uuid */
      id: string;
      /** @example Code of Care */
      name: string;
      /** @example 12 */
      activityWindowMonths: number;
      /** @example 30 */
      warningDays: number;
      /** @description Grows with every change */
      version: number;
    };
    UpdateNetworkDto: {
      /** @example Code of Care Hedensted */
      name: string;
      /**
       * @description A member is active while its latest activity lies within this many months
       * @example 12
       */
      activityWindowMonths: number;
      /**
       * @description How many days before a member would turn inactive the coordinator is warned
       * @example 30
       */
      warningDays: number;
      /** @description The version read; a 409 if the network changed since */
      version: number;
    };
    CompanyRef: {
      /** Format: uuid */
      id: string;
      /** @example Tømrerfirmaet Hansen ApS */
      name: string;
      /** @example 29189609 */
      cvrNumber: string;
    };
    StaffRef: {
      /** Format: uuid */
      id: string;
      /** @example Nina Netværk */
      name: string;
    };
    MemberActivityResponse: {
      /** @enum {string} */
      status: 'active' | 'inactive';
      /** @example 2026-05-04 */
      lastActivityOn: string | null;
      /** @enum {string|null} */
      lastActivityKind: 'posting' | 'placement' | 'praktik' | 'mentor-trained' | 'event' | null;
      /**
       * @description The last day the member counts as active without doing more; null with no activity at all
       * @example 2027-05-03
       */
      activeUntil: string | null;
      /** @description Days until the first inactive day; null if inactive */
      daysUntilInactive: number | null;
      /** @description Active, but inactive within the network's warning days */
      lapsingSoon: boolean;
    };
    MembershipResponse: {
      /** Format: uuid */
      id: string;
      company: components['schemas']['CompanyRef'];
      /** @enum {string} */
      status: 'prospect' | 'member' | 'left';
      /**
       * @description Where the company stands in the pipeline (for prospects)
       * @enum {string}
       */
      prospectStage: 'new' | 'contacted' | 'meeting' | 'deciding' | 'declined';
      /**
       * @description intake: from an intake of kind code-of-care-interest
       * @enum {string}
       */
      source: 'intake' | 'manual' | 'import';
      /** Format: uuid */
      sourceIntakeId: string | null;
      owner: components['schemas']['StaffRef'] | null;
      /** Format: date-time */
      lastContactAt: string | null;
      /** @example 2026-11-20 */
      pledgeSignedOn: string | null;
      /** @example Mette Jensen, direktør */
      pledgeSignatory: string | null;
      /** @example 2026-11-20 */
      joinedOn: string | null;
      leftOn: string | null;
      leftReason: string | null;
      note: string | null;
      /** @description For members only */
      activity: components['schemas']['MemberActivityResponse'] | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Grows with every change */
      version: number;
    };
    MembershipPageResponse: {
      items: components['schemas']['MembershipResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
    };
    HistoryEntryResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'status' | 'activity' | 'stage' | 'owner' | 'contact';
      /** @description The value before: a status, a stage, the owner's name, an activity status; null at the start */
      fromValue: string | null;
      /** @description The value after; the owner's name or 'none' for an owner, the contact's time for a contact */
      toValue: string;
      /**
       * @description The day the change took effect
       * @example 2026-11-20
       */
      effectiveOn: string;
      note: string | null;
      /** @description Who recorded it; null for the system */
      byName: string | null;
      /** Format: date-time */
      recordedAt: string;
    };
    MembershipDetailResponse: {
      /** Format: uuid */
      id: string;
      company: components['schemas']['CompanyRef'];
      /** @enum {string} */
      status: 'prospect' | 'member' | 'left';
      /**
       * @description Where the company stands in the pipeline (for prospects)
       * @enum {string}
       */
      prospectStage: 'new' | 'contacted' | 'meeting' | 'deciding' | 'declined';
      /**
       * @description intake: from an intake of kind code-of-care-interest
       * @enum {string}
       */
      source: 'intake' | 'manual' | 'import';
      /** Format: uuid */
      sourceIntakeId: string | null;
      owner: components['schemas']['StaffRef'] | null;
      /** Format: date-time */
      lastContactAt: string | null;
      /** @example 2026-11-20 */
      pledgeSignedOn: string | null;
      /** @example Mette Jensen, direktør */
      pledgeSignatory: string | null;
      /** @example 2026-11-20 */
      joinedOn: string | null;
      leftOn: string | null;
      leftReason: string | null;
      note: string | null;
      /** @description For members only */
      activity: components['schemas']['MemberActivityResponse'] | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Grows with every change */
      version: number;
      /** @description In the order recorded, oldest first */
      history: components['schemas']['HistoryEntryResponse'][];
    };
    CreateMembershipDto: {
      /**
       * Format: uuid
       * @description A company of your jobcentre not yet in the network
       */
      companyId: string;
      /** @enum {string} */
      status: 'prospect' | 'member';
      /**
       * Format: uuid
       * @description The staff member who follows the company
       */
      ownerId?: string;
      /** @example Mødt på erhvervsmessen */
      note?: string;
      /**
       * @description For a member: the day it signed the pledge
       * @example 2026-11-20
       */
      pledgeSignedOn?: string;
      /**
       * @description For a member: who signed
       * @example Mette Jensen, direktør
       */
      pledgeSignatory?: string;
      /**
       * @description For a member: the first day; pledgeSignedOn if left out
       * @example 2026-11-20
       */
      joinedOn?: string;
    };
    JoinDto: {
      /** @description The version read; a 409 if the membership changed since */
      version: number;
      /**
       * @description The day the pledge was signed; not after today
       * @example 2026-11-20
       */
      pledgeSignedOn: string;
      /** @example Mette Jensen, direktør */
      pledgeSignatory: string;
      /**
       * @description The first day as a member; pledgeSignedOn if left out
       * @example 2026-11-20
       */
      joinedOn?: string;
      /** @description Kept on the history event */
      note?: string;
    };
    LeaveDto: {
      /** @description The version read; a 409 if the membership changed since */
      version: number;
      /**
       * @description The day the company left the network; not after today
       * @example 2026-11-20
       */
      leftOn: string;
      /** @example Virksomheden er lukket */
      reason: string;
    };
    ReopenDto: {
      /** @description The version read; a 409 if the membership changed since */
      version: number;
      /**
       * @description The day the company is a prospect again; not after today
       * @example 2026-11-20
       */
      on: string;
      note?: string;
    };
    UpdateMembershipDto: {
      /** @description The version read; a 409 if the membership changed since */
      version: number;
      /**
       * @description Only for a prospect
       * @enum {string}
       */
      prospectStage?: 'new' | 'contacted' | 'meeting' | 'deciding' | 'declined';
      /**
       * Format: uuid
       * @description null: nobody follows it
       */
      ownerId?: string | null;
      note?: string | null;
    };
    ContactDto: {
      /**
       * Format: date-time
       * @description When the company was contacted; not in the future
       * @example 2026-11-20T10:30:00+01:00
       */
      contactedAt: string;
      /** @example Ringede til direktøren; møde aftalt */
      note: string;
    };
    PledgeResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      membershipId: string;
      company: components['schemas']['CompanyRef'];
      /** @enum {string} */
      kind: 'småjob' | 'voksenlærling' | 'mentor' | 'host-event' | 'share-knowledge';
      /** @example 4 */
      quantity: number;
      /** @example 2026-01-01 */
      fromOn: string;
      /** @example 2026-12-31 */
      dueOn: string;
      description: string | null;
      /**
       * @description Counted from postings, placements, courses and events
       * @example 1
       */
      delivered: number;
      /**
       * @description quantity − delivered, at least 0
       * @example 3
       */
      remaining: number;
      /**
       * @description delivered / quantity, at most 1
       * @example 0.25
       */
      shareDelivered: number;
      /**
       * @description met: delivered reached quantity; overdue: dueOn passed before that; open otherwise
       * @enum {string}
       */
      status: 'open' | 'met' | 'overdue';
      version: number;
    };
    PledgePageResponse: {
      items: components['schemas']['PledgeResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
    };
    CreatePledgeDto: {
      /**
       * @description småjob: småjob postings published; voksenlærling: voksenlærling placements started; mentor: mentors trained on courses ending in the period; host-event: network events hosted; share-knowledge: events where it shared knowledge
       * @enum {string}
       */
      kind: 'småjob' | 'voksenlærling' | 'mentor' | 'host-event' | 'share-knowledge';
      /** @example 4 */
      quantity: number;
      /**
       * @description The first day that counts; the day the pledge was signed, or today, if left out
       * @example 2026-01-01
       */
      fromOn?: string;
      /**
       * @description The last day that counts, on or after fromOn
       * @example 2026-12-31
       */
      dueOn: string;
      /** @example To småjobs på lageret i 2026 */
      description?: string | null;
    };
    ReplacePledgeDto: {
      /**
       * @description småjob: småjob postings published; voksenlærling: voksenlærling placements started; mentor: mentors trained on courses ending in the period; host-event: network events hosted; share-knowledge: events where it shared knowledge
       * @enum {string}
       */
      kind: 'småjob' | 'voksenlærling' | 'mentor' | 'host-event' | 'share-knowledge';
      /** @example 4 */
      quantity: number;
      /** @example 2026-01-01 */
      fromOn: string;
      /**
       * @description On or after fromOn
       * @example 2026-12-31
       */
      dueOn: string;
      description?: string | null;
      /** @description The version read; a 409 if the pledge changed since */
      version: number;
    };
    ActivityRunResponse: {
      /** Format: uuid */
      id: string;
      /**
       * @description The day the activity was computed for
       * @example 2026-11-24
       */
      asOf: string;
      /**
       * @description schedule: the daily job; manual: a coordinator
       * @enum {string}
       */
      trigger: 'schedule' | 'manual' | 'startup';
      /**
       * @description Jobcentres the run covered: always 1, your own
       * @example 1
       */
      jobcentres: number;
      /**
       * @description Members (status member) looked at
       * @example 48
       */
      members: number;
      /**
       * @description Of them, active on asOf
       * @example 41
       */
      active: number;
      /** @example 1 */
      turnedActive: number;
      /** @example 2 */
      turnedInactive: number;
      /**
       * @description Warnings raised by this run (none twice)
       * @example 3
       */
      warningsRaised: number;
      /** @example 40 */
      durationMs: number;
      /** Format: date-time */
      finishedAt: string;
    };
    WarningResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      membershipId: string;
      company: components['schemas']['CompanyRef'];
      /**
       * @description inactive-soon: turns inactive within the warning days unless it does something; turned-inactive
       * @enum {string}
       */
      kind: 'inactive-soon' | 'turned-inactive';
      /**
       * @description The first day the member is (or will be) inactive
       * @example 2026-12-24
       */
      inactiveOn: string;
      /** Format: date-time */
      raisedAt: string;
      /** Format: date-time */
      acknowledgedAt: string | null;
      /** @example Nina Netværk */
      acknowledgedByName: string | null;
    };
    WarningPageResponse: {
      items: components['schemas']['WarningResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
    };
    CourseParticipantResponse: {
      company: components['schemas']['CompanyRef'];
      /** @example 2 */
      participants: number;
      /** @example 2 */
      mentorsTrained: number;
    };
    CourseResponse: {
      /** Format: uuid */
      id: string;
      /** @example Mentoruddannelse, forår */
      title: string;
      provider: string | null;
      /** @example 2026-03-02 */
      startsOn: string;
      /** @example 2026-03-27 */
      endsOn: string;
      /** @description By company name */
      participants: components['schemas']['CourseParticipantResponse'][];
      /** @description Mentors trained, all companies together */
      totalMentorsTrained: number;
      /** @description Grows with every change */
      version: number;
    };
    CoursePageResponse: {
      items: components['schemas']['CourseResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
    };
    CourseParticipantDto: {
      /**
       * Format: uuid
       * @description A company of your jobcentre
       */
      companyId: string;
      /** @example 2 */
      participants: number;
      /**
       * @description Of the participants, those who finished as mentors; at most participants
       * @example 2
       */
      mentorsTrained: number;
    };
    CourseDto: {
      /** @example Mentoruddannelse, forår */
      title: string;
      /** @example VIA University College */
      provider?: string;
      /** @example 2026-03-02 */
      startsOn: string;
      /**
       * @description On or after startsOn; the mentors count as trained on this day
       * @example 2026-03-27
       */
      endsOn: string;
      /** @description One entry per company */
      participants: components['schemas']['CourseParticipantDto'][];
    };
    ReplaceCourseDto: {
      /** @example Mentoruddannelse, forår */
      title: string;
      /** @example VIA University College */
      provider?: string;
      /** @example 2026-03-02 */
      startsOn: string;
      /**
       * @description On or after startsOn; the mentors count as trained on this day
       * @example 2026-03-27
       */
      endsOn: string;
      /** @description One entry per company */
      participants: components['schemas']['CourseParticipantDto'][];
      /** @description The version read; a 409 if the course changed since */
      version: number;
    };
    EventAttendanceResponse: {
      company: components['schemas']['CompanyRef'];
      /** @example 2 */
      attendees: number;
      sharedKnowledge: boolean;
    };
    EventResponse: {
      /** Format: uuid */
      id: string;
      /** @example 2026-10-08 */
      heldOn: string;
      /** @example Småjobs i praksis */
      topic: string;
      location: string | null;
      hostCompany: components['schemas']['CompanyRef'] | null;
      /** @description By company name */
      attendance: components['schemas']['EventAttendanceResponse'][];
      /** @description Grows with every change */
      version: number;
    };
    EventPageResponse: {
      items: components['schemas']['EventResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 50 */
      limit: number;
      /** @example 0 */
      offset: number;
    };
    EventAttendanceDto: {
      /**
       * Format: uuid
       * @description A company of your jobcentre
       */
      companyId: string;
      /** @example 2 */
      attendees: number;
      /**
       * @description The company shared its experience at the event
       * @default false
       */
      sharedKnowledge: boolean;
    };
    EventDto: {
      /** @example 2026-10-08 */
      heldOn: string;
      /** @example Småjobs i praksis */
      topic: string;
      /** @example Hedensted Rådhus */
      location?: string;
      /**
       * Format: uuid
       * @description The company that hosted the event, one of your jobcentre
       */
      hostCompanyId?: string;
      /** @description One entry per company */
      attendance: components['schemas']['EventAttendanceDto'][];
    };
    ReplaceEventDto: {
      /** @example 2026-10-08 */
      heldOn: string;
      /** @example Småjobs i praksis */
      topic: string;
      /** @example Hedensted Rådhus */
      location?: string;
      /**
       * Format: uuid
       * @description The company that hosted the event, one of your jobcentre
       */
      hostCompanyId?: string;
      /** @description One entry per company */
      attendance: components['schemas']['EventAttendanceDto'][];
      /** @description The version read; a 409 if the event changed since */
      version: number;
    };
    GoalResponse: {
      /** Format: uuid */
      id: string;
      /** @example 2021 */
      year: number;
      /** @example 55 */
      target: number;
      /** @example 48 */
      baseline: number;
      /** @example 2020-12-31 */
      baselineOn: string;
      /** @example 2021-12-31 */
      deadlineOn: string;
      /** @enum {string} */
      counts: 'members' | 'active-members';
      note: string | null;
      /** @description Grows with every change */
      version: number;
    };
    GoalDto: {
      /** @example 2021 */
      year: number;
      /**
       * @description The count aimed at
       * @example 55
       */
      target: number;
      /**
       * @description The count on baselineOn, as the jobcentre states it; joins and leaves recorded after it are added
       * @example 48
       */
      baseline: number;
      /**
       * @description The day the baseline was counted (YYYY-MM-DD); by default the last day of the year before
       * @example 2020-12-31
       */
      baselineOn?: string;
      /**
       * @description The day the target is to be reached (YYYY-MM-DD), after baselineOn; by default the end of the year
       * @example 2021-12-31
       */
      deadlineOn?: string;
      /**
       * @description members: every member; active-members: only the members active by the activity rule
       * @default members
       * @enum {string}
       */
      counts: 'members' | 'active-members';
      /** @example Vedtaget i beskæftigelsesudvalget */
      note?: string | null;
    };
    ReplaceGoalDto: {
      /** @example 2021 */
      year: number;
      /**
       * @description The count aimed at
       * @example 55
       */
      target: number;
      /**
       * @description The count on baselineOn, as the jobcentre states it; joins and leaves recorded after it are added
       * @example 48
       */
      baseline: number;
      /**
       * @description The day the baseline was counted (YYYY-MM-DD); by default the last day of the year before
       * @example 2020-12-31
       */
      baselineOn?: string;
      /**
       * @description The day the target is to be reached (YYYY-MM-DD), after baselineOn; by default the end of the year
       * @example 2021-12-31
       */
      deadlineOn?: string;
      /**
       * @description members: every member; active-members: only the members active by the activity rule
       * @default members
       * @enum {string}
       */
      counts: 'members' | 'active-members';
      /** @example Vedtaget i beskæftigelsesudvalget */
      note?: string | null;
      /** @description The version read; a 409 if the goal changed since */
      version: number;
    };
    MonthlyProgressResponse: {
      /**
       * @description YYYY-MM
       * @example 2021-05
       */
      month: string;
      /** @description Companies that became members in the month (after baselineOn) */
      joins: number;
      /** @description Members that left in the month (after baselineOn) */
      leaves: number;
      /** @description The count at the month's end (on asOf for the month under way): members, or active members */
      count: number;
    };
    ForecastResponse: {
      /** @enum {string} */
      method: 'mean-monthly-net-change';
      /** @description The method and its uncertainty, in English, with the numbers used */
      description: string;
      /** @description The same in Danish, for the page */
      descriptionDa: string;
      /** @description The whole months the trend is taken from */
      basedOnMonths: number;
      /**
       * @description Mean net change a month over those months
       * @example 0.8
       */
      meanPerMonth: number;
      /**
       * @description Sample standard deviation of the monthly net changes
       * @example 1.3
       */
      sdPerMonth: number;
      /**
       * @description Months from asOf to the deadline, partial months by their days
       * @example 6.5
       */
      monthsAhead: number;
      /**
       * @description The count expected on the deadline if the trend goes on
       * @example 58.2
       */
      expectedAtDeadline: number;
      /**
       * @description Lower end of the interval
       * @example 51.74
       */
      low: number;
      /**
       * @description Upper end of the interval
       * @example 64.66
       */
      high: number;
      /**
       * @description The probability the interval holds the count on the deadline
       * @example 0.8
       */
      confidence: number;
      /**
       * @description P(count on the deadline ≥ target)
       * @example 0.737
       */
      probabilityOfReaching: number;
      /** @description The expected count reaches the target */
      onTrack: boolean;
    };
    ProspectToCloseGapResponse: {
      /** Format: uuid */
      membershipId: string;
      company: components['schemas']['CompanyRef'];
      /** @enum {string} */
      prospectStage: 'new' | 'contacted' | 'meeting' | 'deciding' | 'declined';
      owner: components['schemas']['StaffRef'] | null;
      /** Format: date-time */
      lastContactAt: string | null;
    };
    ProgressResponse: {
      goal: components['schemas']['GoalResponse'];
      /** @example 2021-06-15 */
      asOf: string;
      /** @example 53 */
      current: number;
      /** @example 55 */
      target: number;
      /**
       * @description current / target: 1 is the goal reached
       * @example 0.9636
       */
      shareReached: number;
      /**
       * @description Still missing to the target; 0 once reached
       * @example 2
       */
      gap: number;
      /** @description From baselineOn's month to the month of asOf (or of the deadline, if earlier) */
      monthly: components['schemas']['MonthlyProgressResponse'][];
      /** @description Null on and after the deadline, or with fewer than two whole months since the baseline */
      forecast: components['schemas']['ForecastResponse'] | null;
      /** @description Open prospects, the furthest in the pipeline first, then the latest contacted; as many as the gap */
      prospectsToCloseGap: components['schemas']['ProspectToCloseGapResponse'][];
    };
    InboxItemResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      eventType:
        | 'intake-assigned'
        | 'intake-deadline-reminder'
        | 'intake-deadline-breached'
        | 'intake-receipt'
        | 'shortlist-sent'
        | 'code-of-care-inactive-soon'
        | 'monthly-figures-ready';
      /**
       * @description What the notification is about, to link to it
       * @enum {string}
       */
      subjectType: 'intake' | 'shortlist' | 'code-of-care-membership' | 'monthly-report';
      /** Format: uuid */
      subjectId: string;
      /** @description The event's facts as they were when it happened (see the event type's data) */
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      readAt: string | null;
    };
    InboxPageResponse: {
      items: components['schemas']['InboxItemResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    UnreadCountResponse: {
      /** @example 3 */
      unread: number;
    };
    MarkedReadResponse: {
      /**
       * @description How many were unread and are now read
       * @example 3
       */
      marked: number;
    };
    EventChannelChoiceResponse: {
      /** @enum {string} */
      eventType:
        | 'intake-assigned'
        | 'intake-deadline-reminder'
        | 'intake-deadline-breached'
        | 'intake-receipt'
        | 'shortlist-sent'
        | 'code-of-care-inactive-soon'
        | 'monthly-figures-ready';
      /** @enum {string} */
      channels: 'email-and-in-app' | 'email' | 'in-app';
      /** @description False while the default applies (no choice made) */
      chosen: boolean;
    };
    PreferencesResponse: {
      /** @enum {string} */
      language: 'da' | 'en';
      /** @description Every event type that can reach you, with your choice or the default */
      choices: components['schemas']['EventChannelChoiceResponse'][];
    };
    EventChannelChoiceDto: {
      /** @enum {string} */
      channels: 'email-and-in-app' | 'email' | 'in-app';
      /** @enum {string} */
      eventType:
        | 'intake-assigned'
        | 'intake-deadline-reminder'
        | 'intake-deadline-breached'
        | 'intake-receipt'
        | 'shortlist-sent'
        | 'code-of-care-inactive-soon'
        | 'monthly-figures-ready';
    };
    UpdatePreferencesDto: {
      /** @enum {string} */
      language?: 'da' | 'en';
      /**
       * @description The same choice for every event type
       * @enum {string}
       */
      allChannels?: 'email-and-in-app' | 'email' | 'in-app';
      choices?: components['schemas']['EventChannelChoiceDto'][];
    };
    DeliverySummaryResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      eventType:
        | 'intake-assigned'
        | 'intake-deadline-reminder'
        | 'intake-deadline-breached'
        | 'intake-receipt'
        | 'shortlist-sent'
        | 'code-of-care-inactive-soon'
        | 'monthly-figures-ready';
      /** @example konsulent@hedensted.dk */
      to: string;
      /** @description The subject as last rendered; null before the first attempt */
      subject: string | null;
      /**
       * @description pending: on its way (or waiting to be tried again); sent; failed: given up, can be sent again
       * @enum {string}
       */
      status: 'pending' | 'sent' | 'failed';
      /**
       * @description Attempts made
       * @example 1
       */
      attempts: number;
      /** @description Why the latest failed attempt failed */
      lastError: string | null;
      /**
       * @description smtp: handed to the mail server; outbox: kept here only (no SMTP_URL)
       * @enum {string|null}
       */
      transport: 'smtp' | 'outbox' | null;
      /** @example <8a6f1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10@notifications.jobbro> */
      messageId: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description While pending: when it is (tried again)
       */
      nextAttemptAt: string;
      /** Format: date-time */
      sentAt: string | null;
    };
    DeliveryPageResponse: {
      items: components['schemas']['DeliverySummaryResponse'][];
      /**
       * @description All matching records, on every page
       * @example 1
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      pageSize: number;
    };
    DeliveryResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      eventType:
        | 'intake-assigned'
        | 'intake-deadline-reminder'
        | 'intake-deadline-breached'
        | 'intake-receipt'
        | 'shortlist-sent'
        | 'code-of-care-inactive-soon'
        | 'monthly-figures-ready';
      /** @example konsulent@hedensted.dk */
      to: string;
      /** @description The subject as last rendered; null before the first attempt */
      subject: string | null;
      /**
       * @description pending: on its way (or waiting to be tried again); sent; failed: given up, can be sent again
       * @enum {string}
       */
      status: 'pending' | 'sent' | 'failed';
      /**
       * @description Attempts made
       * @example 1
       */
      attempts: number;
      /** @description Why the latest failed attempt failed */
      lastError: string | null;
      /**
       * @description smtp: handed to the mail server; outbox: kept here only (no SMTP_URL)
       * @enum {string|null}
       */
      transport: 'smtp' | 'outbox' | null;
      /** @example <8a6f1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10@notifications.jobbro> */
      messageId: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description While pending: when it is (tried again)
       */
      nextAttemptAt: string;
      /** Format: date-time */
      sentAt: string | null;
      /** @description The plain-text body; null before the first attempt */
      text: string | null;
      /** @description The HTML body; null before the first attempt */
      html: string | null;
    };
    RequestedBy: {
      /** Format: uuid */
      id: string | null;
      /** @example Lene Holm */
      name: string;
    };
    SourceRowsResponse: {
      intakes: number;
      breachedIntakes: number;
      postingsOpened: number;
      postingsFilled: number;
      placementsStarted: number;
      ladderSteps: number;
      consultantChanges: number;
      memberships: number;
      companies: number;
    };
    ComputedFrom: {
      /**
       * @description The version of the definitions the figures follow
       * @example 1
       */
      computationVersion: number;
      /**
       * Format: date-time
       * @description The database as it stood at this instant
       */
      asOf: string;
      /** @description How many rows each part read */
      rows: components['schemas']['SourceRowsResponse'];
      /** @example 35 */
      durationMs: number;
    };
    Percentiles: {
      /**
       * @description Median, hours
       * @example 3.5
       */
      median: number | null;
      /**
       * @description 90th percentile, hours
       * @example 20.25
       */
      p90: number | null;
    };
    ConsultantCount: {
      /**
       * Format: uuid
       * @description Null: intakes assigned to no one
       */
      staffMemberId: string | null;
      /** @example Anna Mikkelsen */
      name: string;
      count: number;
    };
    ChannelCount: {
      /** @example phone */
      channel: string;
      count: number;
    };
    KindCount: {
      /** @example recruitment */
      kind: string;
      count: number;
    };
    Breaches: {
      total: number;
      byConsultant: components['schemas']['ConsultantCount'][];
      byChannel: components['schemas']['ChannelCount'][];
      byKind: components['schemas']['KindCount'][];
    };
    IntakeFigures: {
      /** @description Company requests received in the month */
      received: number;
      /** @description Of them, first contacted no later than their deadline */
      contactedWithinDeadline: number;
      /**
       * @description 0–1; null with nothing received
       * @example 0.8333
       */
      withinDeadlineShare: number | null;
      /** @description Of them, neither contacted nor closed when computed */
      awaitingContact: number;
      /** @description Hours from received to first contact, of those contacted */
      hoursToFirstContact: components['schemas']['Percentiles'];
      /** @description Received in the month and recorded as breached */
      breaches: components['schemas']['Breaches'];
    };
    PostingKindFigures: {
      /** @example småjob */
      kind: string;
      /** @description Published in the month */
      opened: number;
      /** @description Filled in the month (its last position) */
      filled: number;
      /**
       * @description Median days from published to filled
       * @example 12.5
       */
      medianDaysToFill: number | null;
    };
    PostingFigures: {
      /** @description Every posting kind, in a fixed order */
      byKind: components['schemas']['PostingKindFigures'][];
    };
    SmaajobFigures: {
      /** @description Småjob placements started in the month */
      started: number;
      /**
       * @description Their agreed hours a week, in total
       * @example 34.5
       */
      hoursPerWeek: number;
    };
    TargetGroupCount: {
      /**
       * @description The candidate's target group; 'unknown' when not recorded
       * @example kontanthjælp
       */
      targetGroup: string;
      count: number;
    };
    LadderMoves: {
      up: number;
      down: number;
    };
    PlacementFigures: {
      /** @description Placements starting in the month */
      started: number;
      byTargetGroup: components['schemas']['TargetGroupCount'][];
      /** @description Ladder steps recorded in the month, up and down */
      ladderStepMoves: components['schemas']['LadderMoves'];
    };
    ShortageFigures: {
      placementsIntoShortageSectors: number;
      candidatesWhoChangedSector: number;
    };
    GoalFigures: {
      target: number;
      /** @enum {string} */
      counts: 'members' | 'active-members';
      year: number;
    };
    CodeOfCareFigures: {
      /** @description Members at the month's end */
      members: number;
      /** @description Of them, active at the month's end */
      activeMembers: number;
      /** @description The goal of the month's year, if set */
      goal: components['schemas']['GoalFigures'] | null;
    };
    CooperationFigures: {
      /** @description Companies registered by the month's end */
      knownCompanies: number;
      /** @description Of them, with an intake, an opened posting or a started placement */
      cooperatingCompanies: number;
      /**
       * @description Samarbejdsgrad, 0–1
       * @example 0.1234
       */
      share: number | null;
    };
    ConsultantChangeFigures: {
      /** @description Changes from one consultant to another (first assignments apart) */
      changes: number;
      candidatesAffected: number;
      /**
       * @description changes / candidatesAffected
       * @example 1.25
       */
      perCandidate: number | null;
    };
    MonthlyFiguresResponse: {
      /** Format: uuid */
      jobcentreId: string;
      /** @example 2026-10 */
      month: string;
      intakes: components['schemas']['IntakeFigures'];
      postings: components['schemas']['PostingFigures'];
      smaajobs: components['schemas']['SmaajobFigures'];
      /** @description Voksenlærling placements started in the month */
      voksenlaerlingStarts: number;
      placements: components['schemas']['PlacementFigures'];
      shortageSectors: components['schemas']['ShortageFigures'];
      codeOfCare: components['schemas']['CodeOfCareFigures'];
      cooperation: components['schemas']['CooperationFigures'];
      consultantChanges: components['schemas']['ConsultantChangeFigures'];
    };
    MonthlySnapshotResponse: {
      /** Format: uuid */
      id: string;
      /** @example 2026-10 */
      month: string;
      /** Format: date-time */
      computedAt: string;
      /**
       * @description schedule: the job on the 1st; on-demand: a recompute
       * @enum {string}
       */
      trigger: 'schedule' | 'on-demand';
      /** @description Who asked (null for the schedule) */
      requestedBy: components['schemas']['RequestedBy'] | null;
      computedFrom: components['schemas']['ComputedFrom'];
      figures: components['schemas']['MonthlyFiguresResponse'];
    };
    RecomputeMonthBody: {
      /**
       * @description A month, YYYY-MM; not in the future
       * @example 2026-10
       */
      month: string;
    };
    MonthlySnapshotListResponse: {
      /** @description Every snapshot of the month, the latest first */
      items: components['schemas']['MonthlySnapshotResponse'][];
    };
    SeriesMonth: {
      /** @example 2026-10 */
      month: string;
      /** @description Its latest snapshot; null if none */
      snapshot: components['schemas']['MonthlySnapshotResponse'] | null;
    };
    MonthlySeriesResponse: {
      /** @description Twelve months, oldest first */
      months: components['schemas']['SeriesMonth'][];
    };
    ErrorResponse: {
      /** @example 404 */
      statusCode: number;
      /** @example Not Found */
      error: string;
      /** @example No intake with id 0b0f6f2c-8a4e-4c44-9f5e-2f2b9c7d1a11 */
      message: string;
    };
    FieldErrorResponse: {
      /**
       * @description The field, as a dotted path into the request
       * @example contactPerson.phone
       */
      field: string;
      /**
       * @example [
       *       "phone must be a phone number of 8 to 20 digits, spaces or dashes"
       *     ]
       */
      messages: string[];
    };
    ValidationErrorResponse: {
      /** @example 400 */
      statusCode: number;
      /** @example Bad Request */
      error: string;
      /** @example The request has invalid fields */
      message: string;
      errors?: components['schemas']['FieldErrorResponse'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  DemoController_mode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether the demo jobcentre is seeded by this process */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoModeResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The database and the queue backend answer ("ok"; "degraded" when another check is down) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      /** @description The database or the queue backend does not answer */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description A short-lived access token and a refresh token */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description The e-mail or the password is wrong (which one is never said) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many attempts from this address, or too many failures for this e-mail */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      /** @description A new access token and a new refresh token; the one sent stops working */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokensResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description The refresh token is unknown, used before, expired or revoked */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many sign-in requests from this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session ended: its access and refresh tokens no longer work */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_logoutEverywhere: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every session of the signed-in user ended, on every device: no access or refresh token of it works */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Who you are signed in as */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhoAmIResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ApiKeysController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobcentre's keys, without their secrets */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyResponse'][];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ApiKeysController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApiKeyDto'];
      };
    };
    responses: {
      /** @description The key; its secret `key` is shown this once and never again */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKeyResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ApiKeysController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key no longer works */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only users with this role */
        role?: 'consultant' | 'network-coordinator' | 'lead' | 'admin' | 'employer';
        /** @description true: only active users; false: only deactivated; default both */
        active?: boolean;
        /** @description Part of the name or the e-mail */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobcentre's users by name, with role and last sign-in */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPageResponse'];
        };
      };
      /** @description A filter is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description The user, with a one-time initial password shown this once (stored only as a hash) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedUserResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The e-mail already belongs to a user */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      /** @description The user as changed; a new role applies to their next request */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An admin cannot deactivate or demote themself, nor the last active admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user can no longer sign in; their sessions have ended */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description An admin cannot deactivate or demote themself, nor the last active admin */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_reactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user can sign in again with their password */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  UsersController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new one-time password, shown this once; the old one and every session of the user stop working */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedUserResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The user is deactivated */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  StaffController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only staff with this role */
        role?: 'consultant' | 'network-coordinator' | 'lead' | 'admin';
        /** @description true: only active staff (default); false: only former staff */
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The staff of your jobcentre, by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffPageResponse'];
        };
      };
      /** @description A filter is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicJobcentresController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every jobcentre, by name, with its public contact */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicJobcentreResponse'][];
        };
      };
      /** @description Too many requests from this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicJobcentresController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicJobcentreResponse'];
        };
      };
      /** @description The code is not a jobcentre code */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description No jobcentre has this code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CompaniesController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description What the user typed in one search box: the start of a CVR number (digits, spaces and a "DK" prefix allowed) or part of the name, case-insensitive; a company matching either is found */
        q?: string;
        /** @description Exact CVR number */
        cvrNumber?: string;
        /** @description Part of the name, case-insensitive */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of companies, filtered by CVR number or part of the name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CompaniesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCompanyDto'];
      };
    };
    responses: {
      /** @description The company was registered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The CVR number is already registered in this jobcentre */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CompaniesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CompaniesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCompanyDto'];
      };
    };
    responses: {
      /** @description The company as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The new CVR number is already registered in this jobcentre */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EmployerCompaniesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The companies you act for, as your jobcentre has them registered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyResponse'][];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_queue: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description open = awaiting contact or contacted */
        status?: 'open' | 'awaiting-contact' | 'contacted' | 'closed' | 'all';
        /** @description A consultant id, or "unassigned" */
        assignee?: string;
        kind?:
          | 'recruitment'
          | 'småjob'
          | 'voksenlærling'
          | 'praktik-løntilskud'
          | 'retention'
          | 'mentor-course'
          | 'code-of-care-interest';
        /** @description true: only intakes whose deadline was breached; false: only the others */
        breached?: boolean;
        /** @description Only this company's intakes (with status=all: its whole history) */
        companyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The duty-desk queue, most urgent deadline first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakePageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the first intake */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIntakeDto'];
      };
    };
    responses: {
      /** @description An earlier request with the same Idempotency-Key created this intake */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
        };
      };
      /** @description The intake entered the duty-desk queue */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The Idempotency-Key was used for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_events: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Server-sent events, one `event: intake` with data `{"intakeId","change"}` whenever an intake of your jobcentre is received or changes (change: the history entry type, e.g. claimed, contact-attempted, deadline-breached, closed). Ids only: refetch what you show. A comment every 20 s keeps the stream alive; it ends when the access token expires or the server shuts down: reconnect with a current token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Everything that happened to the intake, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeHistoryEntryResponse'][];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_claim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The intake as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The intake is closed or already yours */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_reassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReassignIntakeDto'];
      };
    };
    responses: {
      /** @description The intake as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
        };
      };
      /** @description The new assignee is not an active consultant of the jobcentre */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The intake is closed or already assigned to that consultant */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_logContactAttempt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LogContactAttemptDto'];
      };
    };
    responses: {
      /** @description The intake as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The intake is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakesController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseIntakeDto'];
      };
    };
    responses: {
      /** @description The intake as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The company has not been reached yet, or the intake is already closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EmployerIntakesController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your companies' requests, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployerIntakePageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EmployerIntakesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeating a request with the same key returns the first intake */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmployerIntakeDto'];
      };
    };
    responses: {
      /** @description An earlier request with the same Idempotency-Key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployerIntakeResponse'];
        };
      };
      /** @description The request reached the duty desk; it is answered by `answerBy` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployerIntakeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EmployerIntakesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployerIntakeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such request for your companies */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DutyRosterController_list: {
    parameters: {
      query?: {
        /** @description Start of the window; default now */
        from?: string;
        /** @description End of the window; default a week after from */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Duty periods overlapping the window, earliest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyPeriodResponse'][];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DutyRosterController_add: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDutyPeriodDto'];
      };
    };
    responses: {
      /** @description The consultant is on the duty roster for the period */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyPeriodResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The consultant is already on duty in an overlapping period */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DutyRosterController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The period is off the roster */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DutyRosterController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDutyPeriodDto'];
      };
    };
    responses: {
      /** @description The period as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyPeriodResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The consultant is already on duty in an overlapping period */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DutyDeskSettingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyDeskSettingsResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DutyDeskSettingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDutyDeskSettingsDto'];
      };
    };
    responses: {
      /** @description The policy now in force for new intakes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyDeskSettingsResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DutyDeskOverviewController_get: {
    parameters: {
      query?: {
        /** @description Hours ahead in which a deadline counts as due soon */
        dueWithinHours?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Open, due soon and breached, in all and per assignee */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DutyDeskOverviewResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Part of the name */
        name?: string;
        targetGroup?:
          | 'dagpenge'
          | 'kontanthjælp'
          | 'uddannelseshjælp'
          | 'sygedagpenge'
          | 'jobafklaring'
          | 'ressourceforløb'
          | 'integration'
          | 'fleksjob';
        ladderStep?: number;
        /** @description Has this skill (ESCO URI or label) */
        skill?: string;
        /** @description Wants this occupation (code, URI or label) */
        occupation?: string;
        /** @description Lives in this postcode, or within radiusKm of it */
        postcode?: string;
        /** @description With postcode: km from it */
        radiusKm?: number;
        /** @description Available at least these hours */
        hours?: number;
        /** @description The responsible consultant */
        consultantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of candidates, by name, filtered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidatePageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCandidateDto'];
      };
    };
    responses: {
      /** @description The candidate was registered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The externalId is already another candidate of this jobcentre */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_export: {
    parameters: {
      query?: {
        /** @description Part of the name */
        name?: string;
        targetGroup?:
          | 'dagpenge'
          | 'kontanthjælp'
          | 'uddannelseshjælp'
          | 'sygedagpenge'
          | 'jobafklaring'
          | 'ressourceforløb'
          | 'integration'
          | 'fleksjob';
        ladderStep?: number;
        /** @description Has this skill (ESCO URI or label) */
        skill?: string;
        /** @description Wants this occupation (code, URI or label) */
        occupation?: string;
        /** @description Lives in this postcode, or within radiusKm of it */
        postcode?: string;
        /** @description With postcode: km from it */
        radiusKm?: number;
        /** @description Available at least these hours */
        hours?: number;
        /** @description The responsible consultant */
        consultantId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV with the columns id, age, externalId, name, email, phone, birthDate, targetGroup, educationLevel, education, postcode, travelReachKm, hoursPerWeek, ladderStep, willingToChangeSector, desiredOccupations, desiredSectors, skills, accommodations, consultantId, notes; lists joined with "|" */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCandidateDto'];
      };
    };
    responses: {
      /** @description The candidate as they are now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The externalId is already another candidate of this jobcentre */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_ladderSteps: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The candidate's steps on beskæftigelsestrappen, oldest first, from the step registered on */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateLadderStepResponse'][];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_consultantChanges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every assignment of a responsible consultant, oldest first, the first one included */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateConsultantChangeResponse'][];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_giveConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CandidateConsentDto'];
      };
    };
    responses: {
      /** @description The consent is recorded (recording it again changes nothing) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CandidatesController_withdrawConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        companyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The consent is withdrawn; the company sees the candidate anonymised again */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  AuditLogController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        recordType?: string;
        recordId?: string;
        /** @description A staff member, employer user or API key id */
        actorId?: string;
        /** @description Only reads, or only one kind of change */
        action?: 'read' | 'create' | 'update' | 'delete';
        /** @description From this time (inclusive) */
        from?: string;
        /** @description Until this time (exclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Reads and changes of personal data, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostcodesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        postcode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The postcode with its place on the map and its kommune */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostcodeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No Danish postcode has that number */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostcodesController_distance: {
    parameters: {
      query: {
        /** @description The other postcode */
        to: string;
      };
      header?: never;
      path: {
        postcode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How far apart two postcodes are, in km */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DistanceResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description One of the postcodes does not exist */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description One of the postcodes is a large-recipient code with no place */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TaxonomyController_searchSkills: {
    parameters: {
      query: {
        /** @description The language of the labels answered */
        lang?: 'da' | 'en';
        /** @description What the user has typed: case, accents and æ/ae, ø/oe, å/aa do not matter; every word may be the start of a word of the label; one typo per word of four letters or more is forgiven */
        q: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Skills for what the user is typing, best first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SkillSearchResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TaxonomyController_searchOccupations: {
    parameters: {
      query: {
        /** @description The language of the labels answered */
        lang?: 'da' | 'en';
        /** @description What the user has typed: case, accents and æ/ae, ø/oe, å/aa do not matter; every word may be the start of a word of the label; one typo per word of four letters or more is forgiven */
        q: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Occupations for what the user is typing, best first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OccupationSearchResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TaxonomyController_occupation: {
    parameters: {
      query?: {
        /** @description The language of the labels answered */
        lang?: 'da' | 'en';
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The occupation with its essential and optional skills */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OccupationResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer, integration */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No occupation has that code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  TaxonomyController_sectors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sectors Jobbro reports on, with their ISCO-08 groups */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SectorListResponse'];
        };
      };
      /** @description Too many requests from this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingsController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        kind?: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
        status?: 'draft' | 'open' | 'filled' | 'closed';
        /** @description Sector code, e.g. lager-logistik */
        sector?: string;
        /** @description ESCO occupation code or label */
        occupation?: string;
        /** @description true: only postings in one of the jobcentre's shortage sectors; false: only the others */
        shortageSector?: boolean;
        /** @description With radiusKm: postings whose workplace is within radiusKm of this postcode */
        postcode?: string;
        /** @description With postcode: km as the crow flies */
        radiusKm?: number;
        /** @description At least this many hours a week */
        minHours?: number;
        /** @description At most this many hours a week */
        maxHours?: number;
        companyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of postings, newest first; an employer sees only its own companies' postings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePostingDto'];
      };
    };
    responses: {
      /** @description The posting was created as a draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingResponse'];
        };
      };
      /** @description A field is invalid or breaks a rule of the kind (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingsController_checkRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckPostingRulesDto'];
      };
    };
    responses: {
      /** @description Every rule of the posting's kind, kept or broken, with the jobcentre's settings, by the checks a save and a publish run; nothing is saved (for a form to show the rules while the user types) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingRuleCheckResponse'];
        };
      };
      /** @description A field is not of its type (the message names it); rules never give a 400 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingsController_exportCsv: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        kind?: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
        status?: 'draft' | 'open' | 'filled' | 'closed';
        /** @description Sector code, e.g. lager-logistik */
        sector?: string;
        /** @description ESCO occupation code or label */
        occupation?: string;
        /** @description true: only postings in one of the jobcentre's shortage sectors; false: only the others */
        shortageSector?: boolean;
        /** @description With radiusKm: postings whose workplace is within radiusKm of this postcode */
        postcode?: string;
        /** @description With postcode: km as the crow flies */
        radiusKm?: number;
        /** @description At least this many hours a week */
        minHours?: number;
        /** @description At most this many hours a week */
        maxHours?: number;
        companyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every posting the filters match (paging ignored), as CSV with a header row, streamed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePostingDto'];
      };
    };
    responses: {
      /** @description The posting as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingResponse'];
        };
      };
      /** @description A field is invalid or breaks a rule of the kind (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The posting is filled or closed, or (for an employer) no longer a draft: then an employer may only change companyVisiblePublicly, its consent to be named on the public job pages */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The posting is open */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingResponse'];
        };
      };
      /** @description The posting is incomplete or breaks a rule of its kind (each named) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The posting is not a draft */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The posting is closed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The posting is already filled or closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  IntakePostingController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePostingFromIntakeDto'];
      };
    };
    responses: {
      /** @description The posting was created as a draft for the intake's company; the intake is closed, posting-created */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingResponse'];
        };
      };
      /** @description A field is invalid or breaks a rule of the kind (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The intake is closed already, or its company has not been reached yet */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PlacementsController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        postingId?: string;
        candidateId?: string;
        /** @description true: only placements not ended; false: only ended ones */
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of placements, latest start first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlacementPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PlacementsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePlacementDto'];
      };
    };
    responses: {
      /** @description The candidate is placed; the posting is filled when this took its last position */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlacementResponse'];
        };
      };
      /** @description A field is invalid, or the posting or the candidate is not in your jobcentre */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The posting is not open, the candidate is placed in it already, or a rule of its kind refuses it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PlacementsController_exportCsv: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        postingId?: string;
        candidateId?: string;
        /** @description true: only placements not ended; false: only ended ones */
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every placement the filters match (paging ignored), as CSV with the columns id, postingId, postingTitle, candidateId, candidateName, kind, kindName, startDate, hoursPerWeek, ladderStepBefore, ladderStepAfter, active, endedAt, endReason, endNote, createdAt, streamed; each placement's candidate is audited as read */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PlacementsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlacementResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PlacementsController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndPlacementDto'];
      };
    };
    responses: {
      /** @description The placement has ended; its posting keeps its status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlacementResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The placement has ended already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingSettingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobcentre's rules for the kinds of posting: its own where it set them, the defaults elsewhere */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingRulesDto'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PostingSettingsController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PostingRulesDto'];
      };
    };
    responses: {
      /** @description The rules as they are now; they apply from the next change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingRulesDto'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicPostingsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        kind?: 'ordinary' | 'småjob' | 'voksenlærling' | 'virksomhedspraktik' | 'løntilskud' | 'fleksjob';
        /** @description Sector code, e.g. lager-logistik */
        sector?: string;
        /** @description ESCO occupation code or label */
        occupation?: string;
        /** @description With radiusKm: postings whose workplace is within radiusKm of this postcode */
        postcode?: string;
        /** @description With postcode: km as the crow flies */
        radiusKm?: number;
        /** @description At least this many hours a week */
        minHours?: number;
        /** @description At most this many hours a week */
        maxHours?: number;
        /** @description Words the title holds (any case), e.g. lager */
        q?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the jobcentre's open postings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPostingPageResponse'];
        };
      };
      /** @description The code or a filter is not valid (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description No jobcentre has this code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PublicPostingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The open posting and the jobcentre to ask */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicPostingDetailResponse'];
        };
      };
      /** @description The code or the id is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description No such jobcentre, or no open posting with this id in it */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests from this address; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImportsController_companies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description CSV, UTF-8 (with or without a byte order mark), ";" or "," between fields, a header row with the columns cvrNumber, name, address, postcode, city, sector, sizeBand, contactName, contactTitle, contactEmail, contactPhone (required: cvrNumber, name); lists in a cell are separated by "|" */
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Upserted by CVR number; bad rows listed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReportResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The file is larger than 50 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImportsController_candidates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description CSV, UTF-8 (with or without a byte order mark), ";" or "," between fields, a header row with the columns externalId, name, email, phone, birthDate, targetGroup, educationLevel, education, postcode, travelReachKm, hoursPerWeek, ladderStep, willingToChangeSector, desiredOccupations, desiredSectors, skills, accommodations, consultantId, notes (required: externalId, name, birthDate, targetGroup, ladderStep); lists in a cell are separated by "|" */
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Upserted by external id; bad rows listed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReportResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The file is larger than 50 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ImportsController_postings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description CSV, UTF-8 (with or without a byte order mark), ";" or "," between fields, a header row with the columns externalId, companyCvr, companyId, kind, title, description, occupation, requiredSkills, desiredSkills, hoursPerWeek, workplacePostcode, startDate, endDate, durationWeeks, targetGroup, employerType, educationName, educationMonths, positions, targetGroups, companyVisiblePublicly, status (required: externalId, kind, title, companyCvr or companyId); lists in a cell are separated by "|" */
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Upserted by external id, as drafts unless status is open (then published); bad rows listed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReportResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The file is larger than 50 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MatchesController_forPosting: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Results to skip; offset + limit may be at most 1000 */
        offset?: number;
        /** @description true: also the candidates (postings) the rules left out, with the reasons */
        includeExcluded?: boolean;
        /** @description employer: a list to build a shortlist for the posting's company from (consent rules apply) */
        purpose?: 'review' | 'employer';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobcentre's best candidates for the posting, eligible ones only, each score explained; recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostingMatchesResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MatchesController_forCandidate: {
    parameters: {
      query?: {
        limit?: number;
        /** @description Results to skip; offset + limit may be at most 1000 */
        offset?: number;
        /** @description true: also the candidates (postings) the rules left out, with the reasons */
        includeExcluded?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The best open postings for the candidate, the partner jobcentres' included; recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidateMatchesResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MatchWeightsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobcentre's match weights now, and their version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchWeightsResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MatchWeightsController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MatchWeightsDto'];
      };
    };
    responses: {
      /** @description The new version; match lists from now on use it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchWeightsResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PartnersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobcentres this one names partner, and whether mutual */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerResponse'][];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PartnersController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartnersDto'];
      };
    };
    responses: {
      /** @description The partners as named now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerResponse'][];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MatchRunsController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description From this time (inclusive); default 30 days before `to` */
        from?: string;
        /** @description Until this time (exclusive); default now */
        to?: string;
        /** @description The posting or candidate the lists were made for */
        subjectId?: string;
        direction?: 'posting-candidates' | 'candidate-postings';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Match lists shown, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchRunPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MatchRunsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A match list as shown, with its inputs and weights */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchRunDetailResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such record in your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MatchRunsController_representation: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description From this time (inclusive); default 30 days before `to` */
        from?: string;
        /** @description Until this time (exclusive); default now */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How target groups and age bands are represented in top-20 lists against their eligible pools */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RepresentationResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortageSectorsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only the period covering this day */
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Periods, latest first; `on` keeps the covering one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortagePeriodPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortageSectorsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShortagePeriodDto'];
      };
    };
    responses: {
      /** @description The period, with labels */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortagePeriodResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The period overlaps another of the jobcentre (named in the message) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortageSectorsController_current: {
    parameters: {
      query?: {
        /** @description The day; today in Danish time if left out */
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The weights in force on the day: the covering period, or else the posting settings' sectors */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentShortageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortageSectorsController_import: {
    parameters: {
      query?: {
        /** @description The RAR area whose rows are imported; needed when the file holds several */
        rarArea?: string;
        /** @description With validTo: the period, instead of the periode column */
        validFrom?: string;
        validTo?: string;
        /** @description The period's name; by default "Arbejdsmarkedsbalancen <year>, <n>. halvår – <area>" */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description STAR's Arbejdsmarkedsbalancen as CSV, UTF-8 (with or without a byte order mark), ";" or "," between fields, a header row with the columns rar_omraade, periode, stillingsbetegnelse, star_kode, vurdering (required: rar_omraade, star_kode, vurdering); vurdering is Mangel på arbejdskraft, Paradoksproblemer, Gode beskæftigelsesmuligheder or Mindre gode beskæftigelsesmuligheder */
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description The new period, and the rows left out */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StarImportReportResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The period overlaps another of the jobcentre */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The file is larger than 10 MB */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortageSectorsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortagePeriodResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortageSectorsController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceShortagePeriodDto'];
      };
    };
    responses: {
      /** @description The period as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortagePeriodResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The period overlaps another, or changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortageSectorsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The period is gone */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortlistsController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        intakeId?: string;
        postingId?: string;
        companyId?: string;
        status?: 'draft' | 'sent' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of shortlists, newest first (no names) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortlistPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortlistsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShortlistDto'];
      };
    };
    responses: {
      /** @description The shortlist was created as a draft */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortlistResponse'];
        };
      };
      /** @description A field is invalid: intakeId or postingId (one of them) unknown, a candidate given twice */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A candidate is not one of your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The posting is closed, or two candidates would share a reference */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortlistsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The shortlist with its candidates' names and the answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortlistResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin, network-coordinator */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortlistsController_addEntries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShortlistEntriesDto'];
      };
    };
    responses: {
      /** @description The candidates were added at the end of the list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortlistResponse'];
        };
      };
      /** @description A field is invalid, or a candidate is on the list already */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such shortlist, or a candidate is not one of your jobcentre */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The shortlist is no longer a draft, or two candidates would share a reference */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortlistsController_removeEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        candidateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The candidate is off the list; those after moved up */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The shortlist is no longer a draft */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortlistsController_send: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The company can see the list now. For an intake: the intake's history records it, and a contacted intake is closed with outcome shortlist-sent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortlistResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The list is not a draft, has no candidates, or its intake company has not been reached yet */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ShortlistsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list is closed: the company's answers are final */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShortlistResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The list is a draft or closed already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EmployerShortlistsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Shortlists sent to your companies, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployerShortlistPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EmployerShortlistsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The candidates, anonymised; named only where the candidate has consented to your company */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployerShortlistResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EmployerShortlistsController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        reference: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShortlistAnswerDto'];
      };
    };
    responses: {
      /** @description Your answer is recorded; the jobcentre sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployerShortlistEntryResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such list sent to your company, or no candidate with that reference on it */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The jobcentre has closed the list */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  NetworkController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobcentre's network; made with the defaults on first read */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  NetworkController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNetworkDto'];
      };
    };
    responses: {
      /** @description The network as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The network changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        status?: 'prospect' | 'member' | 'left';
        /** @description Prospects at this stage */
        stage?: 'new' | 'contacted' | 'meeting' | 'deciding' | 'declined';
        /** @description Members active or inactive today; lapsing: active, but inactive within the warning days */
        activity?: 'active' | 'inactive' | 'lapsing';
        ownerId?: string;
        /** @description Part of the company's name, or its CVR number */
        q?: string;
        /** @description name: A–Z; status: members, prospects, those who left (each A–Z); lastActivity, lastContact: latest first */
        sort?: 'name' | 'status' | 'lastActivity' | 'lastContact';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prospects, members and those who left; members' activity today */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMembershipDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The company is in the network already (the answer names its membership) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_exportCsv: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        status?: 'prospect' | 'member' | 'left';
        /** @description Prospects at this stage */
        stage?: 'new' | 'contacted' | 'meeting' | 'deciding' | 'declined';
        /** @description Members active or inactive today; lapsing: active, but inactive within the warning days */
        activity?: 'active' | 'inactive' | 'lapsing';
        ownerId?: string;
        /** @description Part of the company's name, or its CVR number */
        q?: string;
        /** @description name: A–Z; status: members, prospects, those who left (each A–Z); lastActivity, lastContact: latest first */
        sort?: 'name' | 'status' | 'lastActivity' | 'lastContact';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every membership the filters match, in the same order (paging ignored), as CSV with ";" between fields */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The membership with its dated history */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipDetailResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMembershipDto'];
      };
    };
    responses: {
      /** @description The membership as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A stage for a company that is not a prospect, or a change since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_join: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JoinDto'];
      };
    };
    responses: {
      /** @description A member from joinedOn, by the pledge signed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The move is not allowed from the current status (the message says why), or the membership changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_leave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LeaveDto'];
      };
    };
    responses: {
      /** @description Out of the network from leftOn */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The move is not allowed from the current status (the message says why), or the membership changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenDto'];
      };
    };
    responses: {
      /** @description A company that left, back in the pipeline at stage new */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The move is not allowed from the current status (the message says why), or the membership changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MembershipsController_contact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactDto'];
      };
    };
    responses: {
      /** @description The contact is in the history; lastContactAt follows it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PledgesController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        membershipId?: string;
        kind?: 'småjob' | 'voksenlærling' | 'mentor' | 'host-event' | 'share-knowledge';
        /** @description As of today */
        status?: 'open' | 'met' | 'overdue';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Pledges, the earliest due first, with what was delivered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgePageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PledgesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePledgeDto'];
      };
    };
    responses: {
      /** @description The pledge, with what was delivered so far */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No such membership in your network */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The company is not a member (a prospect, or it left) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PledgesController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplacePledgeDto'];
      };
    };
    responses: {
      /** @description The pledge as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgeResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The pledge changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  PledgesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pledge is gone */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ActivityController_recompute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recomputes your members' activity today, as the daily job does, and raises its warnings */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityRunResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ActivityController_latest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest recomputation of your members' activity */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityRunResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description It has never been computed */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ActivityController_warnings: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description true: only warnings not yet acknowledged; false: only acknowledged ones; left out: all */
        open?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Warnings, the latest raised first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarningPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  ActivityController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The warning, acknowledged (by the first who did) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarningResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CoursesController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description From this day on (YYYY-MM-DD) */
        from?: string;
        /** @description Up to and including this day (YYYY-MM-DD) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Courses sharing a day with from–to, latest start first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoursePageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CoursesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CourseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CoursesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CoursesController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceCourseDto'];
      };
    };
    responses: {
      /** @description The course as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The course changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  CoursesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The course and its participants are gone */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EventsController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description From this day on (YYYY-MM-DD) */
        from?: string;
        /** @description Up to and including this day (YYYY-MM-DD) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Events held from–to, latest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EventsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EventDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EventsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EventsController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceEventDto'];
      };
    };
    responses: {
      /** @description The event as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The event changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  EventsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event and its attendance are gone */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GoalsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobcentre's goals, the latest year first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'][];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GoalsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GoalDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The jobcentre has a goal for the year already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GoalsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GoalsController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceGoalDto'];
      };
    };
    responses: {
      /** @description The goal as it is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Another goal has the year, or the goal changed since `version` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GoalsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The goal is gone */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: network-coordinator, lead */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GoalsController_progress: {
    parameters: {
      query?: {
        /** @description The day progress is counted to; today by default */
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GoalsController_chart: {
    parameters: {
      query?: {
        /** @description The day progress is counted to; today by default */
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The goal chart as SVG, labelled in Danish: the count over time, the goal line and the forecast with its 80 % band, with a <title> and <desc> for screen readers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/svg+xml': string;
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  GoalsController_yearProgress: {
    parameters: {
      query?: {
        /** @description The day progress is counted to; today by default */
        asOf?: string;
        /** @description The goal's year; this year by default */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Progress toward the jobcentre's goal for the year */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The jobcentre has no goal for the year */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InboxController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description true: only unread notifications; left out or false: all */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your in-app notifications, the newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InboxController_unreadCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How many of your in-app notifications are unread */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InboxController_markAllRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every one of your notifications is read */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedReadResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InboxController_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Your language and how you are told, per event type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InboxController_updatePreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePreferencesDto'];
      };
    };
    responses: {
      /** @description Your preferences, changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  InboxController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notification, read (when it was first read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxItemResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: consultant, network-coordinator, lead, admin, employer */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description No notification of yours with that id */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DeliveriesController_find: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only e-mails in this state; left out: all */
        status?: 'pending' | 'sent' | 'failed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Notification e-mails, the newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryPageResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DeliveriesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One e-mail with its text and HTML as sent (or to be sent) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  DeliveriesController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The e-mail, pending again and due now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryResponse'];
        };
      };
      /** @description The request has invalid fields; each is named with what is wrong with it. Nothing was changed */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The e-mail has not failed (it is pending or sent) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MonthlyReportsController_latest: {
    parameters: {
      query: {
        /** @description A month, YYYY-MM; not in the future */
        month: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The month's latest snapshot */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonthlySnapshotResponse'];
        };
      };
      /** @description Not a month (YYYY-MM), before 2000-01, or in the future */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The month has not been computed yet (POST recompute computes it) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MonthlyReportsController_recompute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecomputeMonthBody'];
      };
    };
    responses: {
      /** @description The month computed now, as a new snapshot */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonthlySnapshotResponse'];
        };
      };
      /** @description Not a month (YYYY-MM), before 2000-01, or in the future */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A body that is not JSON sent with Content-Type: application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MonthlyReportsController_history: {
    parameters: {
      query: {
        /** @description A month, YYYY-MM; not in the future */
        month: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every snapshot of the month, the latest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonthlySnapshotListResponse'];
        };
      };
      /** @description Not a month (YYYY-MM), before 2000-01, or in the future */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MonthlyReportsController_series: {
    parameters: {
      query?: {
        /** @description The last of the 12 months, YYYY-MM (default: the month before this one); not in the future */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest snapshot of each of the 12 months ending with `to`, for the lead's dashboard */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonthlySeriesResponse'];
        };
      };
      /** @description Not a month (YYYY-MM), before 2000-01, or in the future */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MonthlyExportsController_exportMonth: {
    parameters: {
      query: {
        /** @description A month, YYYY-MM; not in the future */
        month: string;
        /** @description csv (Danish Excel: ";" and decimal comma), xlsx or pdf */
        format: 'csv' | 'xlsx' | 'pdf';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The month's latest snapshot as a file: CSV for Danish Excel, an XLSX workbook (one sheet per section) or an A4 PDF report in Danish */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/pdf': string;
        };
      };
      /** @description Not a month (YYYY-MM), before 2000-01, in the future, or an unknown format or chart */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The month has not been computed yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MonthlyExportsController_exportSeries: {
    parameters: {
      query: {
        /** @description The last of the 12 months, YYYY-MM (default: the month before this one); not in the future */
        to?: string;
        /** @description csv (Danish Excel: ";" and decimal comma) or xlsx */
        format: 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest snapshots of the 12 months ending with `to` as one file, a column (XLSX) or rows (CSV) per month; months never computed are left out */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv; charset=utf-8': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Not a month (YYYY-MM), before 2000-01, in the future, or an unknown format or chart */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description None of the 12 months has been computed */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  MonthlyExportsController_chart: {
    parameters: {
      query?: {
        /** @description The last of the 12 months, YYYY-MM (default: the month before this one); not in the future */
        to?: string;
      };
      header?: never;
      path: {
        name: 'compliance' | 'first-contact' | 'placements' | 'code-of-care';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One of the lead's charts over the 12 months ending with `to`, as SVG labelled in Danish, with a <title> and a <desc> giving every value for screen readers; months never computed are left out */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/svg+xml': string;
        };
      };
      /** @description Not a month (YYYY-MM), before 2000-01, in the future, or an unknown format or chart */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorResponse'];
        };
      };
      /** @description Not signed in, or the token is expired, revoked or invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Only for: lead, admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description None of the 12 months has been computed */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The database or the queue cannot be reached right now; retry after the Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
