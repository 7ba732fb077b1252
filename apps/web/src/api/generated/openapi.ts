/**
 * Generated from the API's OpenAPI document by `npm run api:types`: do not edit.
 * The web client's response types are aliases of these schemas.
 */

export interface paths {
    "/api/clinical-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClinicalSettingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_beginTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_enableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_disableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_listTokens"];
        put?: never;
        post: operations["AuthController_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AuthController_revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BreakGlassController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BreakGlassController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care-teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CareTeamsController_list"];
        put?: never;
        post: operations["CliniciansController_createCareTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care-teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CareTeamsController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseloadController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PatientsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PatientsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PatientsController_update"];
        trace?: never;
    };
    "/api/patient-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PatientTransfersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/naltrexone-starts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MedicationController_listStarts"];
        put?: never;
        post: operations["MedicationController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/medication-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MedicationController_listEvents"];
        put?: never;
        post: operations["MedicationController_recordEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/adherence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MedicationController_adherence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TimelineController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/therapy-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TherapyController_list"];
        put?: never;
        post: operations["TherapyController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/therapy-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TherapyController_recordOutcome"];
        trace?: never;
    };
    "/api/patients/{id}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ObservationsController_list"];
        put?: never;
        post: operations["ObservationsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/relapses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RelapsesController_list"];
        put?: never;
        post: operations["RelapsesController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/safety-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SafetyAssessmentsController_list"];
        put?: never;
        post: operations["SafetyAssessmentsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsentsController_list"];
        put?: never;
        post: operations["ConsentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/consents/{consentId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConsentsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinicians": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CliniciansController_list"];
        put?: never;
        post: operations["CliniciansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clinicians/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CliniciansController_update"];
        trace?: never;
    };
    "/api/care-teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["CliniciansController_updateCareTeam"];
        trace?: never;
    };
    "/api/patients/{id}/discontinuation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DiscontinuationController_listForPatient"];
        put?: never;
        post: operations["DiscontinuationController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/stop-resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DiscontinuationController_resolveStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discontinuation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DiscontinuationController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discontinuation-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DiscontinuationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discontinuation-requests/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DiscontinuationController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discontinuation-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DiscontinuationController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discontinuation-requests/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DiscontinuationController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discontinuation-requests/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DiscontinuationController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/adherence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_adherence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DisclosuresController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportJobsController_list"];
        put?: never;
        post: operations["ExportJobsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportJobsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportJobsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeasuresController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/outreach-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PatientOutreachController_listTasks"];
        put?: never;
        post: operations["PatientOutreachController_createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/flag-acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PatientOutreachController_listAcknowledgements"];
        put?: never;
        post: operations["PatientOutreachController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outreach-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutreachTasksController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outreach-tasks/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OutreachTasksController_attempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outreach-tasks/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OutreachTasksController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outreach-tasks/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OutreachTasksController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care-teams/{id}/outreach-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutreachRulesController_list"];
        put: operations["OutreachRulesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TodayController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseReviewController_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-review/agenda.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CaseReviewController_agendaPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-review/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CaseReviewController_discuss"];
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
        ReadinessSettingsDto: {
            /** @example 180 */
            minDaysOnNaltrexone: number;
            /**
             * @description No day of use in a relapse episode in this many days, and none ongoing
             * @example 90
             */
            relapseFreeDays: number;
            /** @example 0.8 */
            minPdc: number;
            /** @example 0.75 */
            minAttendance: number;
            /**
             * @description The window PDC and attendance are measured over
             * @example 90
             */
            windowDays: number;
            /**
             * @description The latest PACS must be below this
             * @example 15
             */
            maxPacsExclusive: number;
        };
        ClinicalSettingsDto: {
            /**
             * @description Days one XR-NTX injection covers for PDC and the dashboard
             * @example 28
             */
            xrInjectionCoverageDays: number;
            /**
             * @description Days HEDIS counts an injection for in quality-measure reports
             * @example 31
             */
            hedisXrInjectionCoverageDays: number;
            /**
             * @description Consecutive uncovered days that make a gap
             * @example 8
             */
            gapMinDays: number;
            /** @example 28 */
            injectionIntervalDays: number;
            /** @example 7 */
            injectionDueSoonDays: number;
            /** @example 7 */
            injectionGraceDays: number;
            /**
             * @description A PDC at or above this is adherent
             * @example 0.8
             */
            adherentPdc: number;
            /** @example 7 */
            opioidFreeDays: number;
            /** @example 14 */
            opioidFreeDaysAfterAgonist: number;
            /** @example 3 */
            lftMaxUlnMultiple: number;
            /**
             * @description A relapse with onset within this many days of the start is early
             * @example 84
             */
            earlyRelapseDays: number;
            /** @example 5 */
            heavyDrinkingDrinksMale: number;
            /**
             * @description Also for sex other or unknown
             * @example 4
             */
            heavyDrinkingDrinksFemale: number;
            /** @example 4 */
            xbotConsecutiveWeeks: number;
            /** @example 7 */
            xbotConsecutiveDays: number;
            /**
             * @description Weeks after a start a urine screen is expected every week; 0: off
             * @example 24
             */
            screeningExpectedWeeks: number;
            /** @example 14 */
            relapseEndOpioidDays: number;
            /** @example 14 */
            relapseEndAlcoholDays: number;
            /** @example 90 */
            earlyRelapseFlagDays: number;
            /** @example 7 */
            notStartedDays: number;
            /**
             * @description A PACS total at or above this is a high craving
             * @example 15
             */
            cravingHighPacs: number;
            /** @example 14 */
            positiveScreenDays: number;
            /** @example 2 */
            missedSessionsInRow: number;
            /** @example 8 */
            stoppedOralDays: number;
            readiness: components["schemas"]["ReadinessSettingsDto"];
            /**
             * @description Largest days’ supply one dispense may carry
             * @example 365
             */
            maxDaysSupply: number;
        };
        AuditEventDto: {
            /** @description Position in the chain, 1-based and gapless (a bigint) */
            seq: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            actorId: string | null;
            /** @description The email at the time, or what a failed sign-in typed */
            actorLabel: string | null;
            /**
             * @description Method and route
             * @example GET /api/patients/:id
             */
            action: string;
            resourceType: string | null;
            resourceId: string | null;
            /** Format: uuid */
            patientId: string | null;
            /**
             * @description denied: 401, 403, 404 and 429; failure: other errors
             * @enum {string}
             */
            outcome: "success" | "denied" | "failure";
            statusCode: number | null;
            ip: string | null;
            requestId: string | null;
            /** @description Non-clinical context, e.g. a break-glass reason or an export recipient */
            detail: {
                [key: string]: (string | null) | number | boolean;
            } | null;
            /** @description Hash of the previous link */
            prevHash: string;
            /** @description Hash of the previous hash and this link, as hashAlg says */
            hash: string;
            /**
             * @description hmac-sha256: keyed with a secret held outside the database; sha256: written before the key
             * @enum {string}
             */
            hashAlg: "sha256" | "hmac-sha256";
        };
        AuditEventPageDto: {
            /** @description Newest first */
            items: components["schemas"]["AuditEventDto"][];
            /** @description Pass as `before` for the next (older) page */
            nextBefore: string | null;
        };
        CheckpointCheckDto: {
            /** @description seq of the newest link when the checkpoint was written; null without a valid checkpoint */
            id: string | null;
            /**
             * Format: date-time
             * @description When the checkpoint was written
             */
            at: string | null;
            /**
             * @description ok: the chain holds that link unchanged; missing_events: links up to it were deleted; hash_mismatch: it was re-hashed or rewritten; invalid_signature: the checkpoint file was altered; none: no checkpoint yet
             * @enum {string}
             */
            status: "ok" | "missing_events" | "hash_mismatch" | "invalid_signature" | "none";
        };
        ChainVerificationDto: {
            /** @description Every link verified and the checkpoint, if any, matches */
            ok: boolean;
            /** @description Links checked */
            checked: number;
            /** @description seq of the first link whose hash, predecessor or position is wrong */
            firstBrokenId?: string;
            checkpoint: components["schemas"]["CheckpointCheckDto"];
        };
        LoginDto: {
            /** @example prescriber.north@example.org */
            email: string;
            password: string;
            /** @description The 6-digit code, for users with a second factor */
            totpCode?: string;
        };
        CareTeamRefDto: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        CurrentUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            roles: ("prescriber" | "therapist" | "nurse" | "team_lead" | "admin" | "auditor")[];
            careTeams: components["schemas"]["CareTeamRefDto"][];
            totpEnabled: boolean;
            /** @description An admin must set up a second factor before anything else */
            totpSetupRequired: boolean;
            /**
             * @description The clinic's IANA time zone: clinical days (and 'today' for new records) are counted in it
             * @example America/New_York
             */
            clinicTimeZone: string;
        };
        LoginResultDto: {
            user: components["schemas"]["CurrentUserDto"];
            /** @description Send as X-CSRF-Token on every write made with the session cookie */
            csrfToken: string;
        };
        CurrentSessionDto: {
            user: components["schemas"]["CurrentUserDto"];
            /** @description Send as X-CSRF-Token on writes made with the cookie */
            csrfToken: string | null;
        };
        TotpSetupDto: {
            /** @description Base32 secret, for typing into an authenticator app */
            secret: string;
            /** @example otpauth://totp/Naltrack:dana%40example.org?secret=... */
            otpauthUri: string;
        };
        TotpCodeDto: {
            /** @example 123456 */
            code: string;
        };
        ChangePasswordDto: {
            /** @description The password in use now */
            currentPassword: string;
            /** @description 12 to 128 characters, not a common password, not the email name */
            newPassword: string;
        };
        ApiTokenViewDto: {
            /** Format: uuid */
            id: string;
            /** @example nightly export */
            name: string;
            /**
             * @description The start of the token, to tell tokens apart
             * @example nt_a1b2c3
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Refused from then on
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description Written at most once a minute
             */
            lastUsedAt: string | null;
        };
        CreateApiTokenDto: {
            /** @example nightly export */
            name: string;
            /** @description Days until it expires; 90 when omitted */
            expiresInDays?: number;
        };
        CreatedApiTokenDto: {
            /** Format: uuid */
            id: string;
            /** @example nightly export */
            name: string;
            /**
             * @description The start of the token, to tell tokens apart
             * @example nt_a1b2c3
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Refused from then on
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description Written at most once a minute
             */
            lastUsedAt: string | null;
            /** @description Send as `Authorization: Bearer <token>`; shown this once */
            token: string;
        };
        BreakGlassDto: {
            /** @description Why this patient must be opened outside your care teams */
            reason: string;
        };
        BreakGlassOpeningDto: {
            /** Format: uuid */
            patientId: string;
            /**
             * Format: date-time
             * @description The patient is open to you until then
             */
            expiresAt: string;
        };
        BreakGlassEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clinicianId: string;
            clinicianEmail: string;
            /** Format: uuid */
            patientId: string;
            /** Format: uuid */
            careTeamId: string;
            reason: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        HealthReportDto: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "up" | "down";
            /**
             * @description The read replica (absent without REPORTS_DATABASE_URL); unless up, its reads go to the primary
             * @enum {string}
             */
            replica?: "up" | "lagging" | "down";
        };
        CareTeamSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example north */
            code: string;
            /** @example North Clinic */
            name: string;
            /** @description Discontinuation also needs the team lead */
            requireLeadApproval: boolean;
            /** @description Patients in the team, any status */
            patientCount: number;
            /** @description Patients currently active on naltrexone */
            activeCount: number;
        };
        CareTeamMemberDto: {
            /** Format: uuid */
            id: string;
            /** @example Nurse North Clinic (demo) */
            displayName: string;
            roles: ("prescriber" | "therapist" | "nurse" | "team_lead" | "admin" | "auditor")[];
        };
        InjectionViewDto: {
            /** Format: date */
            lastOn: string | null;
            /** Format: date */
            dueOn: string | null;
            /** @enum {string} */
            status: "none" | "on_time" | "due_soon" | "late" | "overdue";
        };
        CaseloadOutreachDto: {
            /** @description Outreach tasks open for the patient */
            openTasks: number;
            /**
             * Format: date
             * @description The earliest due day among them
             */
            nextDueOn: string | null;
            /**
             * Format: date
             * @description Day of the latest attempt on any task
             */
            lastAttemptOn: string | null;
        };
        CaseloadAcknowledgedFlagDto: {
            /** @enum {string} */
            flag: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started";
            /**
             * Format: date
             * @description The last day it is muted
             */
            untilOn: string;
            reason: string;
        };
        SwitchToDto: {
            /**
             * @description Must treat one of the patient's diagnoses
             * @enum {string}
             */
            medication: "buprenorphine" | "methadone" | "acamprosate" | "disulfiram" | "other";
            /** @enum {string} */
            prescribedBy: "this_team" | "other_program";
            /** @description Required when another program prescribes */
            program?: string | null;
        };
        CaseloadItemDto: {
            /** Format: uuid */
            patientId: string;
            /** @example Sample, Ada */
            name: string;
            givenName: string;
            familyName: string;
            mrn: string;
            /** Format: uuid */
            careTeamId: string;
            /** @enum {string} */
            status: "referred" | "inducting" | "active" | "tapering" | "discontinued" | "switched" | "lost_to_follow_up";
            /** @enum {string|null} */
            formulation: "oral" | "xr_injection" | null;
            daysOnNaltrexone: number | null;
            pdc30: number | null;
            pdc90: number | null;
            /** Format: date */
            lastDoseOn: string | null;
            injection: components["schemas"]["InjectionViewDto"];
            attendanceRate90: number | null;
            /** Format: date */
            lastSessionOn: string | null;
            latestPacs: number | null;
            earlyRelapse: boolean;
            /** Format: date */
            lastRelapseOn: string | null;
            /**
             * Format: date
             * @description Last day of use in a relapse
             */
            lastRelapseUseOn: string | null;
            /** @description A relapse is ongoing */
            relapseOngoing: boolean;
            flags: ("suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started")[];
            outreach: components["schemas"]["CaseloadOutreachDto"];
            /** @description Flags acknowledged for a while, in force today (shown muted) */
            acknowledgedFlags: components["schemas"]["CaseloadAcknowledgedFlagDto"][];
            /** @description A switched patient: the medication the completed switch moved them to and who prescribes it */
            switchedTo: components["schemas"]["SwitchToDto"] | (never | null);
        };
        CaseloadFlagCountsDto: {
            /** @example 0 */
            suicide_risk: number;
            /** @example 0 */
            injection_overdue: number;
            /** @example 0 */
            low_adherence: number;
            /** @example 0 */
            missed_sessions: number;
            /** @example 0 */
            craving_high: number;
            /** @example 0 */
            positive_screen: number;
            /** @example 0 */
            early_relapse: number;
            /** @example 0 */
            stopped_without_approval: number;
            /** @example 0 */
            relapse_during_taper: number;
            /** @example 0 */
            not_started: number;
        };
        CaseloadPageDto: {
            items: components["schemas"]["CaseloadItemDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
            /** @description Patients matching every filter */
            total: number;
            /** @description Patients with each flag among those matching the filters other than `flag` */
            counts: components["schemas"]["CaseloadFlagCountsDto"];
        };
        CreatePatientDto: {
            /**
             * @description Medical record number, unique in the organisation
             * @example MRN-004211
             */
            mrn: string;
            /** @example Ada */
            givenName: string;
            /** @example Sample */
            familyName: string;
            /**
             * Format: date
             * @example 1984-03-02
             */
            birthDate: string;
            /** @enum {string} */
            sex: "female" | "male" | "other" | "unknown";
            /**
             * @example [
             *       "OUD"
             *     ]
             */
            diagnoses: ("AUD" | "OUD")[];
            /** Format: uuid */
            careTeamId: string;
            /**
             * Format: date
             * @description Day the patient entered the program
             * @example 2026-01-05
             */
            enrolledOn: string;
        };
        PatientMetricsDto: {
            /**
             * Format: date
             * @description Clinic day the metrics were computed for
             */
            asOf: string;
            /** @enum {string|null} */
            formulation: "oral" | "xr_injection" | null;
            /** Format: date */
            startedOn: string | null;
            daysOnNaltrexone: number | null;
            /** @description PDC over the last 30 days, 0-1 */
            pdc30: number | null;
            /** @description PDC over the last 90 days, 0-1 */
            pdc90: number | null;
            /** Format: date */
            lastDoseOn: string | null;
            injection: components["schemas"]["InjectionViewDto"];
            /** @description Attendance over the last 90 days, 0-1 */
            attendanceRate90: number | null;
            /** Format: date */
            lastSessionOn: string | null;
            /** @description Latest PACS total, 0-30 */
            latestPacs: number | null;
            /**
             * Format: date
             * @description Onset of the latest relapse of the current course
             */
            lastRelapseOn: string | null;
            /**
             * Format: date
             * @description Last day of use in a relapse of the current course
             */
            lastRelapseUseOn: string | null;
            /** @description A relapse of the current course is ongoing (use has not stopped for 2 weeks) */
            relapseOngoing: boolean;
            /** @description An early relapse of the current course, ongoing or ended recently */
            earlyRelapse: boolean;
            flags: ("suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started")[];
        };
        PatientViewDto: {
            /** Format: uuid */
            id: string;
            mrn: string;
            givenName: string;
            familyName: string;
            /** Format: date */
            birthDate: string;
            /** @enum {string} */
            sex: "female" | "male" | "other" | "unknown";
            diagnoses: ("AUD" | "OUD")[];
            /** Format: uuid */
            careTeamId: string;
            /** @enum {string} */
            status: "referred" | "inducting" | "active" | "tapering" | "discontinued" | "switched" | "lost_to_follow_up";
            /** Format: date */
            enrolledOn: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Null until computed for a new patient */
            metrics: components["schemas"]["PatientMetricsDto"] | (never | null);
        };
        UpdatePatientDto: {
            /**
             * @description Medical record number, unique in the organisation
             * @example MRN-004211
             */
            mrn?: string;
            /** @example Ada */
            givenName?: string;
            /** @example Sample */
            familyName?: string;
            /**
             * Format: date
             * @example 1984-03-02
             */
            birthDate?: string;
            /** @enum {string} */
            sex?: "female" | "male" | "other" | "unknown";
            /**
             * @example [
             *       "OUD"
             *     ]
             */
            diagnoses?: ("AUD" | "OUD")[];
            /** Format: uuid */
            careTeamId?: string;
            /**
             * Format: date
             * @description Day the patient entered the program
             * @example 2026-01-05
             */
            enrolledOn?: string;
            /** @enum {string} */
            status?: "referred" | "inducting" | "active" | "lost_to_follow_up";
        };
        PatientTransferViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** Format: uuid */
            fromCareTeamId: string;
            /** Format: uuid */
            toCareTeamId: string;
            /** Format: uuid */
            clinicianId: string;
            clinicianEmail: string;
            /** Format: date-time */
            transferredAt: string;
        };
        LiverFunctionTestsDto: {
            /**
             * @description ALT, same unit as uln
             * @example 32
             */
            alt: number;
            /**
             * @description AST, same unit as uln
             * @example 28
             */
            ast: number;
            /**
             * @description Upper limit of normal for ALT and AST
             * @example 40
             */
            uln: number;
            bilirubinNormal: boolean;
        };
        CreateNaltrexoneStartDto: {
            /** @enum {string} */
            formulation: "oral" | "xr_injection";
            /**
             * @description mg: 380 for XR-NTX, typically 25-100 oral
             * @example 380
             */
            doseMg: number;
            /** Format: date */
            startedOn: string;
            /**
             * Format: date
             * @description Last opioid use (any opioid, methadone and buprenorphine included); required for OUD, after an agonist or when the record shows opioid use. Absent otherwise means no opioid use.
             */
            lastOpioidUseOn?: string;
            /** @enum {string|null} */
            priorAgonist?: "methadone" | "buprenorphine" | null;
            /** @enum {string} */
            naloxoneChallenge?: "negative" | "positive" | "not_done";
            /** @enum {string} */
            opioidScreen?: "negative" | "positive" | "not_done";
            /** @description Required for oral naltrexone */
            lft?: components["schemas"]["LiverFunctionTestsDto"];
            /** @description A prescriber's reason to start despite unmet prerequisites */
            overrideReason?: string;
        };
        InductionFailureDto: {
            /** @enum {string} */
            rule: "opioid_free_days" | "opioid_screen" | "naloxone_challenge" | "liver_function";
            message: string;
        };
        NaltrexoneStartViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            formulation: "oral" | "xr_injection";
            doseMg: number;
            /** Format: date */
            startedOn: string;
            /** Format: date */
            lastOpioidUseOn: string | null;
            priorAgonist: string | null;
            naloxoneChallenge: string | null;
            opioidScreen: string | null;
            lft: components["schemas"]["LiverFunctionTestsDto"] | (never | null);
            /** @description Started despite unmet prerequisites */
            overridden: boolean;
            overriddenFailures: components["schemas"]["InductionFailureDto"][];
            overrideReason: string | null;
            /** @description A start after an earlier discontinuation */
            isReinduction: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CreateMedicationEventDto: {
            /** @enum {string} */
            kind: "dispensed" | "administered" | "taken" | "missed" | "refused";
            /** @enum {string} */
            formulation: "oral" | "xr_injection";
            /**
             * Format: date
             * @description Clinic day of the event; not in the future
             */
            occurredOn: string;
            /** @description Required for a dispense: the days' supply */
            daysSupply?: number;
            /** @example 50 */
            doseMg?: number;
            /** @description For a dose taken: observed by staff (true) or self-reported (false) */
            observed?: boolean;
            /** @description Lot number of an administered injection */
            lot?: string;
            /**
             * @description Injection site
             * @example left gluteal
             */
            site?: string;
            note?: string;
        };
        MedicationEventViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            kind: "dispensed" | "administered" | "taken" | "missed" | "refused";
            /** @enum {string} */
            formulation: "oral" | "xr_injection";
            /** Format: date */
            occurredOn: string;
            daysSupply: number | null;
            doseMg: number | null;
            observed: boolean | null;
            lot: string | null;
            site: string | null;
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CoverageGapDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            days: number;
        };
        AdherenceDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description The default period starts at the current naltrexone start, inside the last 90 days (the caseload PDC window) */
            sinceStart: boolean;
            /** @description Proportion of days covered, 0-1 (PQA) */
            pdc: number | null;
            /** @description Medication possession ratio: days' supply / days */
            mpr: number | null;
            coveredDays: number;
            /** @description Days from the later of `from` and the first fill to `to` */
            periodDays: number;
            /**
             * Format: date
             * @description The later of `from` and the first fill; null before any fill
             */
            periodStart: string | null;
            /** Format: date */
            firstFillOn: string | null;
            /** @description PDC >= the adherence threshold (0.8) */
            adherent: boolean;
            /** @description Runs of >= 8 uncovered days */
            gaps: components["schemas"]["CoverageGapDto"][];
            /** @description Longest stretch without a gap */
            continuousDays: number;
            injection: components["schemas"]["InjectionViewDto"];
        };
        NaltrexoneStartDetailsDto: {
            /** @enum {string} */
            formulation: "oral" | "xr_injection";
            doseMg: number;
            /** @description Started despite unmet prerequisites */
            overridden: boolean;
            isReinduction: boolean;
        };
        MedicationEventDetailsDto: {
            /** @enum {string} */
            kind: "dispensed" | "administered" | "taken" | "missed" | "refused";
            /** @enum {string} */
            formulation: "oral" | "xr_injection";
            daysSupply: number | null;
            doseMg: number | null;
            observed: boolean | null;
            lot: string | null;
            site: string | null;
            note: string | null;
        };
        TherapySessionDetailsDto: {
            /** @enum {string} */
            type: "individual" | "group" | "family" | "medication_management" | "intake";
            /** @enum {string} */
            status: "scheduled" | "attended" | "late" | "no_show" | "cancelled_by_patient" | "cancelled_by_clinic";
            /** @enum {string|null} */
            modality: "in_person" | "video" | "phone" | null;
            /** Format: uuid */
            clinicianId: string | null;
            copingSkills: ("urge_surfing" | "trigger_avoidance" | "refusal_skills" | "cognitive_restructuring" | "distraction" | "social_support" | "relaxation" | "other")[] | null;
        };
        InstrumentScoreDto: {
            /** @description The total; null for the BAM, which has none */
            total: number | null;
            /**
             * @description bam: use, risk and protective; empty for the others
             * @example {
             *       "use": 2,
             *       "risk": 9,
             *       "protective": 15
             *     }
             */
            subscores: {
                [key: string]: number;
            };
            /**
             * @description phq9: none_minimal, mild, moderate, moderately_severe, severe; gad7: minimal, mild, moderate, severe; audit_c: negative, positive, severe; bam: null
             * @example moderate
             */
            band: string | null;
            flags: ("item9_positive" | "positive_screen" | "any_use" | "risk_high" | "protection_low")[];
        };
        ObservationDetailsDto: {
            /** @enum {string} */
            kind: "pacs" | "craving_vas" | "uds" | "breath_alcohol" | "drinks" | "self_reported_use" | "phq9" | "gad7" | "audit_c" | "bam";
            value: number | null;
            items: number[] | null;
            results: {
                [key: string]: "positive" | "negative";
            } | null;
            substance: string | null;
            /** @description The instruments: their score when recorded */
            score: components["schemas"]["InstrumentScoreDto"] | (never | null);
            cues: ("people" | "places" | "paraphernalia" | "negative_mood" | "stress" | "positive_mood" | "substance_cue" | "physical_discomfort" | "other")[] | null;
            cueNote: string | null;
        };
        RelapseDetailsDto: {
            /** @enum {string} */
            substance: "opioids" | "alcohol";
            /** @enum {string} */
            source: "detected" | "recorded";
            /** @enum {string|null} */
            rule: "xbot_4_weeks" | "xbot_7_days" | "heavy_drinking_day" | null;
            early: boolean;
            /**
             * Format: date
             * @description The last day of use a clinician stated
             */
            lastUseOn: string | null;
            note: string | null;
        };
        DiscontinuationRequestDetailsDto: {
            /** @enum {string} */
            kind: "taper" | "stop" | "switch";
            /** @enum {string} */
            reasonCode: "clinical_stability" | "patient_request" | "adverse_effect" | "pregnancy" | "lack_of_efficacy" | "patient_preference" | "other";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn" | "in_taper" | "completed";
            /** Format: date */
            effectiveOn: string;
            /** Format: date */
            startedOn: string | null;
            /** Format: date */
            completedOn: string | null;
            /** Format: uuid */
            proposedBy: string;
        };
        DiscontinuationDecisionDetailsDto: {
            /** Format: uuid */
            requestId: string;
            /** @enum {string} */
            decision: "approve" | "reject";
            /** Format: uuid */
            clinicianId: string;
            comment: string;
        };
        TimelineClinicianDto: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        OutreachTaskOpenedDetailsDto: {
            /** Format: uuid */
            taskId: string;
            /** @enum {string} */
            reason: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started" | "other";
            assignee: components["schemas"]["TimelineClinicianDto"];
            /** Format: date */
            dueOn: string;
            note: string | null;
            /** @description Null when the team's rule opened it */
            openedBy: components["schemas"]["TimelineClinicianDto"] | (never | null);
        };
        OutreachAttemptDetailsDto: {
            /** Format: uuid */
            taskId: string;
            /** @enum {string} */
            channel: "phone" | "text" | "letter" | "in_person" | "other";
            /** @enum {string} */
            outcome: "reached" | "no_answer" | "left_message" | "wrong_number" | "declined";
            note: string | null;
            /** Format: date */
            nextAttemptOn: string | null;
            attemptedBy: components["schemas"]["TimelineClinicianDto"];
        };
        ClearedByDetailsDto: {
            /** @example medication_event */
            kind: string;
            /** Format: uuid */
            id: string;
        };
        OutreachTaskResolvedDetailsDto: {
            /** Format: uuid */
            taskId: string;
            /** @enum {string} */
            reason: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started" | "other";
            /** @enum {string} */
            resolution: "re_engaged" | "rescheduled" | "transferred" | "declined_treatment" | "unreachable" | "other" | "flag_cleared";
            note: string | null;
            /** @description Null when the flag cleared */
            resolvedBy: components["schemas"]["TimelineClinicianDto"] | (never | null);
            /** @description The record that cleared the flag */
            clearedBy: components["schemas"]["ClearedByDetailsDto"] | (never | null);
        };
        FlagAcknowledgementDetailsDto: {
            /** @enum {string} */
            flag: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started";
            reason: string;
            /** Format: date */
            untilOn: string;
            acknowledgedBy: components["schemas"]["TimelineClinicianDto"];
        };
        CaseReviewItemDetailsDto: {
            /** Format: uuid */
            careTeamId: string;
            /** @description The agenda section */
            kind: string;
            /** Format: date */
            reviewOn: string;
            decisionNote: string;
            discussedBy: components["schemas"]["TimelineClinicianDto"];
        };
        SafetyAssessmentDetailsDto: {
            /** @enum {string} */
            outcome: "no_current_risk" | "low" | "moderate" | "high" | "referred_emergency";
            plan: string;
            assessedBy: components["schemas"]["TimelineClinicianDto"];
        };
        TimelineItemDto: {
            /** @enum {string} */
            type: "naltrexone_start" | "medication_event" | "therapy_session" | "observation" | "relapse" | "discontinuation_request" | "discontinuation_decision" | "outreach_task_opened" | "outreach_attempt" | "outreach_task_resolved" | "flag_acknowledgement" | "case_review_item" | "safety_assessment";
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When it happened; noon in the clinic zone for day-only records
             */
            at: string;
            /**
             * Format: date
             * @description Clinic day
             */
            on: string;
            /** @description The record’s own fields: the shape its `type` names */
            details: components["schemas"]["NaltrexoneStartDetailsDto"] | components["schemas"]["MedicationEventDetailsDto"] | components["schemas"]["TherapySessionDetailsDto"] | components["schemas"]["ObservationDetailsDto"] | components["schemas"]["RelapseDetailsDto"] | components["schemas"]["DiscontinuationRequestDetailsDto"] | components["schemas"]["DiscontinuationDecisionDetailsDto"] | components["schemas"]["OutreachTaskOpenedDetailsDto"] | components["schemas"]["OutreachAttemptDetailsDto"] | components["schemas"]["OutreachTaskResolvedDetailsDto"] | components["schemas"]["FlagAcknowledgementDetailsDto"] | components["schemas"]["CaseReviewItemDetailsDto"] | components["schemas"]["SafetyAssessmentDetailsDto"];
        };
        TimelinePageDto: {
            /** @description Newest first */
            items: components["schemas"]["TimelineItemDto"][];
            /** @description Pass as `before` for older events; null at the start */
            nextBefore: string | null;
        };
        CreateTherapySessionDto: {
            /**
             * Format: date-time
             * @description An instant with its UTC offset; from the patient's birth to one year ahead
             * @example 2026-11-30T15:00:00-05:00
             */
            scheduledAt: string;
            /**
             * @example individual
             * @enum {string}
             */
            type: "individual" | "group" | "family" | "medication_management" | "intake";
            /**
             * @example video
             * @enum {string}
             */
            modality?: "in_person" | "video" | "phone";
            /**
             * Format: uuid
             * @description The clinician who holds the session; must exist
             */
            clinicianId?: string;
        };
        TherapySessionViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** Format: date-time */
            scheduledAt: string;
            /**
             * Format: date
             * @description Clinic day of scheduledAt
             */
            scheduledOn: string;
            /** @enum {string} */
            type: "individual" | "group" | "family" | "medication_management" | "intake";
            /** @enum {string|null} */
            modality: "in_person" | "video" | "phone" | null;
            /** Format: uuid */
            clinicianId: string | null;
            /** @enum {string} */
            status: "scheduled" | "attended" | "late" | "no_show" | "cancelled_by_patient" | "cancelled_by_clinic";
            copingSkills: ("urge_surfing" | "trigger_avoidance" | "refusal_skills" | "cognitive_restructuring" | "distraction" | "social_support" | "relaxation" | "other")[] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateTherapySessionDto: {
            /**
             * @description attended, late and no_show only once the session has begun
             * @example attended
             * @enum {string}
             */
            status: "attended" | "late" | "no_show" | "cancelled_by_patient" | "cancelled_by_clinic";
            /**
             * @description The coping skills practiced in the session, each once; replaces those recorded before
             * @example [
             *       "urge_surfing",
             *       "refusal_skills"
             *     ]
             */
            copingSkills?: ("urge_surfing" | "trigger_avoidance" | "refusal_skills" | "cognitive_restructuring" | "distraction" | "social_support" | "relaxation" | "other")[];
        };
        CreateObservationDto: {
            /**
             * @example pacs
             * @enum {string}
             */
            kind: "pacs" | "craving_vas" | "uds" | "breath_alcohol" | "drinks" | "self_reported_use" | "phq9" | "gad7" | "audit_c" | "bam";
            /**
             * Format: date
             * @description Clinic day of the observation; not in the future, not before the patient's birth
             * @example 2026-11-20
             */
            observedOn: string;
            /**
             * @description Required for pacs (5 items, 0-6 each), phq9 (9 items, 0-3), gad7 (7 items, 0-3), audit_c (3 items, 0-4) and bam (17 items, 0-4; item 14 is 0 or 4), in the instrument order; refused for other kinds
             * @example [
             *       3,
             *       2,
             *       4,
             *       1,
             *       3
             *     ]
             */
            items?: number[];
            /**
             * @description Required for craving_vas (0-100), breath_alcohol (g/dL, 0-0.5), drinks (whole drinks that day, 0-60) and self_reported_use (amount used, > 0 means use); refused for pacs, uds and the instruments
             * @example 42
             */
            value?: number;
            /**
             * @description uds only, required: results per substance (opioids, heroin, morphine, codeine, oxycodone, hydrocodone, hydromorphone, fentanyl, tramadol, buprenorphine, methadone, alcohol, cocaine, amphetamines, benzodiazepines, cannabis), at least one
             * @example {
             *       "opioids": "positive",
             *       "fentanyl": "negative"
             *     }
             */
            results?: {
                [key: string]: "positive" | "negative";
            };
            /**
             * @description self_reported_use only, required: what was used (opioids, alcohol or a drug screen substance)
             * @example opioids
             */
            substance?: string;
            /**
             * @description pacs and craving_vas only: what set the craving off, each cue once; other needs cueNote. An unknown or repeated cue answers 400 naming cues.N
             * @example [
             *       "people",
             *       "stress"
             *     ]
             */
            cues?: ("people" | "places" | "paraphernalia" | "negative_mood" | "stress" | "positive_mood" | "substance_cue" | "physical_discomfort" | "other")[];
            /**
             * @description Required with the cue other (what it was), refused otherwise
             * @example payday
             */
            cueNote?: string;
        };
        ObservationViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            kind: "pacs" | "craving_vas" | "uds" | "breath_alcohol" | "drinks" | "self_reported_use" | "phq9" | "gad7" | "audit_c" | "bam";
            /** Format: date */
            observedOn: string;
            /** @description pacs and the instruments: the item scores */
            items: number[] | null;
            /** @description The measurement; for pacs the total 0-30, for an instrument its total */
            value: number | null;
            /** @description The instruments: their score when recorded */
            score: components["schemas"]["InstrumentScoreDto"] | (never | null);
            results: {
                [key: string]: "positive" | "negative";
            } | null;
            substance: string | null;
            /** @description pacs and craving_vas: the cues recorded, if any */
            cues: ("people" | "places" | "paraphernalia" | "negative_mood" | "stress" | "positive_mood" | "substance_cue" | "physical_discomfort" | "other")[] | null;
            /** @description What the cue other was */
            cueNote: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RelapseViewDto: {
            /**
             * Format: uuid
             * @description Null for a detection no clinician has confirmed yet
             */
            id: string | null;
            /**
             * Format: date
             * @description First day of the relapse
             */
            onsetOn: string;
            /**
             * Format: date
             * @description Last day of use in the episode: the latest of the stated one and the use screens and reports show (a screening week without its screen counts as use, dated by its last day)
             */
            lastUseOn: string;
            /**
             * Format: date
             * @description Day the run of non-use that ends the episode was complete (2 weeks after the last use); null while ongoing
             */
            endedOn: string | null;
            /** @description Use has not stopped for the end window: the relapse continues */
            ongoing: boolean;
            /**
             * Format: date
             * @description Day the rule was met; null when the rules do not detect it
             */
            detectedOn: string | null;
            /** @enum {string} */
            substance: "opioids" | "alcohol";
            /**
             * @description The rule that detected it
             * @enum {string|null}
             */
            rule: "xbot_4_weeks" | "xbot_7_days" | "heavy_drinking_day" | null;
            /** @description Onset within 12 weeks of the start of its naltrexone course */
            early: boolean;
            /**
             * @description detected by the rules, or recorded by a clinician
             * @enum {string}
             */
            source: "detected" | "recorded";
            /** @description A clinician recorded or confirmed it */
            confirmed: boolean;
            note: string | null;
        };
        RecordRelapseDto: {
            /**
             * Format: date
             * @description First day of the relapse (clinic day); not in the future, not before the patient's birth
             * @example 2026-11-02
             */
            onsetOn: string;
            /**
             * @example opioids
             * @enum {string}
             */
            substance: "opioids" | "alcohol";
            /**
             * Format: date
             * @description Last day of use the clinician knows of (clinic day); not before onsetOn, not in the future. Later use in screens and reports still extends the episode
             * @example 2026-11-20
             */
            lastUseOn?: string;
            /** @example Reported at group session */
            note?: string;
            /**
             * @description Confirms the relapse the rules detected with this substance and onset (422 RELAPSE_NOT_DETECTED if none) instead of recording a new one
             * @default false
             */
            confirmDetected: boolean;
        };
        SafetyAssessmentViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            assessedOn: string;
            /** @enum {string} */
            outcome: "no_current_risk" | "low" | "moderate" | "high" | "referred_emergency";
            plan: string;
            /**
             * Format: uuid
             * @description The clinician who recorded it
             */
            assessedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        RecordSafetyAssessmentDto: {
            /**
             * Format: date
             * @description Day of the assessment (clinic day); not in the future, not before the patient's birth
             * @example 2026-11-02
             */
            assessedOn: string;
            /**
             * @description The risk the clinician found
             * @example low
             * @enum {string}
             */
            outcome: "no_current_risk" | "low" | "moderate" | "high" | "referred_emergency";
            /** @example Safety plan reviewed; crisis line numbers given; follow-up in 3 days */
            plan: string;
        };
        CreateConsentDto: {
            /**
             * @description Who may receive the records
             * @example Acme Health Plan
             */
            recipient: string;
            /**
             * @description Why they may receive them
             * @example payment
             */
            purpose: string;
            scope: ("demographics" | "medication" | "adherence" | "attendance" | "observations" | "drug_screens" | "relapses" | "discontinuation")[];
            /** Format: date */
            effectiveOn: string;
            /**
             * Format: date
             * @description Part 2 consents must say when they end
             */
            expiresOn: string;
        };
        ConsentViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            recipient: string;
            purpose: string;
            scope: ("demographics" | "medication" | "adherence" | "attendance" | "observations" | "drug_screens" | "relapses" | "discontinuation")[];
            /** Format: date */
            effectiveOn: string;
            /** Format: date */
            expiresOn: string;
            /** Format: date-time */
            revokedAt?: string | null;
            revokedBy?: string | null;
            recordedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description In force today: effective, not expired, not revoked */
            active: boolean;
        };
        ClinicianViewDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            roles: ("prescriber" | "therapist" | "nurse" | "team_lead" | "admin" | "auditor")[];
            careTeamIds: string[];
            active: boolean;
            totpEnabled: boolean;
        };
        CreateClinicianDto: {
            /** @example therapist.west@example.org */
            email: string;
            /** @example Dana Example */
            displayName: string;
            roles: ("prescriber" | "therapist" | "nurse" | "team_lead" | "admin" | "auditor")[];
            careTeamIds?: string[];
            /** @description 12 to 128 characters, not a common password */
            password: string;
        };
        UpdateClinicianDto: {
            displayName?: string;
            roles?: ("prescriber" | "therapist" | "nurse" | "team_lead" | "admin" | "auditor")[];
            careTeamIds?: string[];
            /** @description false disables the account and ends all of its sessions */
            active?: boolean;
        };
        CreateCareTeamDto: {
            /**
             * @description Short stable handle: lower-case letters, digits and -
             * @example west
             */
            code: string;
            /** @example West Clinic */
            name: string;
            /**
             * @description Discontinuation also needs the team lead
             * @default false
             */
            requireLeadApproval: boolean;
        };
        CareTeamViewDto: {
            /** Format: uuid */
            id: string;
            /** @example west */
            code: string;
            /** @example West Clinic */
            name: string;
            /** @description Discontinuation also needs the team lead */
            requireLeadApproval: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateCareTeamDto: {
            /** @example West Clinic */
            name?: string;
            /** @description Discontinuation also needs the team lead */
            requireLeadApproval?: boolean;
        };
        ProposeDiscontinuationDto: {
            /** @enum {string} */
            kind: "taper" | "stop" | "switch";
            /** @enum {string} */
            reasonCode: "clinical_stability" | "patient_request" | "adverse_effect" | "pregnancy" | "lack_of_efficacy" | "patient_preference" | "other";
            /** @description The clinical reasoning, for the approvers */
            reason: string;
            /**
             * Format: date
             * @description Last day on naltrexone; for a switch, the day the new medication starts
             */
            effectiveOn: string;
            /** @description Oral tapers: doses stepping down. A switch: how the new medication starts, as text; required for an opioid agonist starting before the XR-NTX blockade ends */
            plan?: components["schemas"]["TaperStepDto"][] | string;
            /** @description Required for a switch: the medication and its prescriber */
            switchTo?: components["schemas"]["SwitchToDto"];
        };
        TaperStepDto: {
            /** Format: date */
            startsOn: string;
            /** @example 25 */
            doseMg: number;
        };
        ReadinessItemDto: {
            /** @enum {string} */
            id: "days_on_naltrexone" | "relapse_free" | "adherence" | "attendance" | "cravings";
            /** @example Days on naltrexone */
            label: string;
            met: boolean;
            /** @description What the record shows; null when it shows nothing (which never meets the target) */
            value: (string | null) | number;
            /** @example ≥ 180 */
            target: string;
        };
        ReadinessDto: {
            ready: boolean;
            items: components["schemas"]["ReadinessItemDto"][];
        };
        SwitchFactsDto: {
            /** @description Relapse episodes on the current naltrexone course */
            relapseEpisodes: number;
            /** Format: date */
            lastRelapseUseOn: string | null;
            relapseOngoing: boolean;
            /** @description PDC (0-1) over the last 90 days */
            pdc90: number | null;
            /** @enum {string|null} */
            formulation: "oral" | "xr_injection" | null;
            /** Format: date */
            lastInjectionOn: string | null;
            /**
             * Format: date
             * @description XR-NTX: 28 days after the last injection; an opioid agonist starting earlier needs a plan
             */
            blockadeEndsOn: string | null;
        };
        RequiredApprovalDto: {
            /** @enum {string} */
            role: "prescriber" | "therapist" | "nurse" | "team_lead" | "admin" | "auditor";
        };
        DecisionViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clinicianId: string;
            /** @enum {string} */
            decision: "approve" | "reject";
            roles: ("prescriber" | "therapist" | "nurse" | "team_lead" | "admin" | "auditor")[];
            comment: string;
            /** Format: date-time */
            createdAt: string;
        };
        RequestPatientDto: {
            givenName: string;
            familyName: string;
            mrn: string;
        };
        DiscontinuationViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            kind: "taper" | "stop" | "switch";
            /** @enum {string} */
            reasonCode: "clinical_stability" | "patient_request" | "adverse_effect" | "pregnancy" | "lack_of_efficacy" | "patient_preference" | "other";
            reason: string;
            /** Format: date */
            effectiveOn: string;
            plan: components["schemas"]["TaperStepDto"][];
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn" | "in_taper" | "completed";
            /** Format: uuid */
            proposedBy: string;
            /** @description The readiness checklist when proposed; null for a switch */
            readiness: components["schemas"]["ReadinessDto"] | (never | null);
            /** @description A switch: the new medication and its prescriber */
            switchTo: components["schemas"]["SwitchToDto"] | (never | null);
            /** @description A switch: how the new medication starts */
            switchPlan: string | null;
            /** @description A switch: what approvers need, when proposed */
            switchFacts: components["schemas"]["SwitchFactsDto"] | (never | null);
            /** @description A completed switch: the hand-off */
            handOffNote: string | null;
            /** @description e.g. a prescriber and a therapist */
            requiredApprovals: components["schemas"]["RequiredApprovalDto"][];
            decisions: components["schemas"]["DecisionViewDto"][];
            /** Format: date */
            startedOn: string | null;
            /** Format: date */
            completedOn: string | null;
            /** @description While the taper runs: a relapse was ongoing when it began, or began since (the relapse_during_taper flag) */
            relapseAlert: boolean;
            patientMetrics: components["schemas"]["PatientMetricsDto"] | (never | null);
            patient: components["schemas"]["RequestPatientDto"] | (never | null);
            /** Format: date-time */
            createdAt: string;
        };
        ResolveStopDto: {
            /** @enum {string} */
            resolution: "re_engaged" | "relapse_recorded" | "request_proposed";
            note?: string;
        };
        StopResolutionViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            resolution: "re_engaged" | "relapse_recorded" | "request_proposed";
            note: string | null;
            /**
             * Format: date
             * @description Clinic day of the resolution
             */
            resolvedOn: string;
            /**
             * Format: uuid
             * @description The clinician who resolved it
             */
            resolvedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        DecideDto: {
            /** @enum {string} */
            decision: "approve" | "reject";
            comment: string;
        };
        CompleteDiscontinuationDto: {
            /** @description A naloxone kit was given; a taper or stop needs it */
            naloxoneKitProvided?: boolean;
            /** @description The patient was counselled on overdose risk after stopping; a taper or stop needs it */
            overdoseRiskCounselled?: boolean;
            /** @description A switch needs it: how the patient was handed to the new prescriber */
            handOffNote?: string;
        };
        DisclosedByDto: {
            /** Format: uuid */
            id: string;
            displayName: string | null;
        };
        DisclosureViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            disclosedAt: string;
            disclosedBy: components["schemas"]["DisclosedByDto"];
            /** @description Null: the care team's own use */
            recipient: string | null;
            purpose: string | null;
            /** @enum {string} */
            format: "csv" | "pdf" | "fhir";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description Patients the export carried, this one included */
            patientCount: number;
        };
        AdherenceExportQuery: {
            /** @enum {string} */
            format: "csv" | "pdf" | "fhir";
            /**
             * Format: date
             * @description First day of the period
             */
            from: string;
            /**
             * Format: date
             * @description Last day of the period, inclusive; days after today are left out
             */
            to: string;
            /**
             * Format: uuid
             * @description One of your care teams; default all of them
             */
            careTeamId?: string;
            /**
             * Format: uuid
             * @description One patient of your care teams
             */
            patientId?: string;
            /** @description Who receives the export outside the care team; every patient needs an active consent naming them */
            recipient?: string;
            /** @description Why the records are disclosed; required with a recipient */
            purpose?: string;
        };
        ExportJobQueryDto: {
            /** @enum {string} */
            format: "csv" | "pdf" | "fhir";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: uuid */
            careTeamId?: string;
            /** Format: uuid */
            patientId?: string;
            recipient?: string;
            purpose?: string;
        };
        ExportJobViewDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description Rows written so far */
            rowsDone: number;
            /** @description Rows the export will have */
            rowsTotal: number | null;
            patientsTotal: number | null;
            query: components["schemas"]["ExportJobQueryDto"];
            /** @description Why the export failed, when it did */
            errorCode: string | null;
            errorMessage: string | null;
            /** @description Where to download the file once done */
            downloadUrl: string | null;
            fileName: string | null;
            byteSize: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            /**
             * Format: date-time
             * @description When the job and its file are deleted
             */
            expiresAt: string | null;
        };
        MeasureDistributionDto: {
            /** @description Median days (nearest rank: the lower middle value of an even count); null when none is measured */
            median: number | null;
            /** @description 90th percentile of days (nearest rank: the value at rank ceil(0.9 × n)); null when none is measured */
            p90: number | null;
        };
        MeasureTrendPointDto: {
            /**
             * @description Calendar month, YYYY-MM
             * @example 2025-03
             */
            month: string;
            numerator: number;
            denominator: number;
            /** @description numerator / denominator; null when nobody is counted */
            rate: number | null;
            /** @description Distribution measures only: the percentiles of the month’s numerator */
            distribution?: components["schemas"]["MeasureDistributionDto"];
        };
        MeasurePatientDto: {
            /** Format: uuid */
            patientId: string;
            /** @example Sample, Ada */
            name: string;
            mrn: string;
            inNumerator: boolean;
            /** @description The value that decided; its meaning is per measure */
            value: number | null;
            /** @example PDC 83.3% */
            valueLabel: string;
            /**
             * Format: date
             * @description The day the patient entered the measure (start, intake, first fill)
             */
            indexOn: string;
            /**
             * Format: uuid
             * @description Outreach measures only: the task counted (a patient may have several)
             */
            taskId?: string;
            /**
             * @description Outreach measures only: why the task was opened
             * @enum {string}
             */
            reason?: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started" | "other";
        };
        MeasureResultDto: {
            /** @enum {string} */
            id: "pdc_80" | "pod_180" | "retention_90" | "retention_180" | "early_relapse" | "iet_initiation" | "iet_engagement" | "measurement_based_care" | "outreach_days_to_attempt" | "outreach_on_time" | "outreach_re_engagement";
            title: string;
            description: string;
            source: string;
            /** @description A falling rate (for a distribution, fewer days) is the good direction */
            lowerIsBetter: boolean;
            /**
             * @description rate: numerator / denominator; distribution: days, as `distribution` percentiles over the numerator (those it happened to), the rest of the denominator still waiting
             * @enum {string}
             */
            kind: "rate" | "distribution";
            /**
             * @description What the denominator counts: patients or outreach tasks
             * @enum {string}
             */
            unit: "patient" | "task";
            numerator: number;
            denominator: number;
            rate: number | null;
            /**
             * @description cohort_month: patients counted in the month of their index day; period_to_date: from `from` to each month end
             * @enum {string}
             */
            trendKind: "cohort_month" | "period_to_date";
            /** @description Distribution measures only: over the period */
            distribution?: components["schemas"]["MeasureDistributionDto"];
            trend: components["schemas"]["MeasureTrendPointDto"][];
            /** @description With include=patients: every patient (for an outreach measure, every task) in the denominator, in the numerator first */
            patients?: components["schemas"]["MeasurePatientDto"][];
        };
        MeasuresReportDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /**
             * Format: date
             * @description The clinic day the record was read up to
             */
            asOf: string;
            /** Format: uuid */
            careTeamId: string | null;
            measures: components["schemas"]["MeasureResultDto"][];
        };
        ImportRowErrorDto: {
            /** @description Line of the file the row starts on (the CSV header is line 1) */
            line: number;
            /** @description The field at fault; null when the whole row is */
            field: string | null;
            message: string;
        };
        ImportReportDto: {
            /** @description Data rows read (blank NDJSON lines and the CSV header not counted) */
            rowsRead: number;
            /** @description Rows written; every other row is in errors */
            rowsImported: number;
            /** @description Rows refused, with one entry per field at fault */
            errorCount: number;
            /** @description The first 100 errors, in line order */
            errors: components["schemas"]["ImportRowErrorDto"][];
        };
        ClinicianRefDto: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        RecordRefDto: {
            /**
             * @description The kind of record (its table)
             * @example medication_event
             */
            kind: string;
            /** Format: uuid */
            id: string;
        };
        OutreachAttemptViewDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            channel: "phone" | "text" | "letter" | "in_person" | "other";
            /** @enum {string} */
            outcome: "reached" | "no_answer" | "left_message" | "wrong_number" | "declined";
            note: string | null;
            /** Format: date */
            nextAttemptOn: string | null;
            attemptedBy: components["schemas"]["ClinicianRefDto"];
            /**
             * Format: date
             * @description Clinic day of the attempt
             */
            attemptedOn: string;
            /** Format: date-time */
            attemptedAt: string;
        };
        OutreachTaskViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /**
             * @description Family, Given
             * @example Sample, Ada
             */
            patientName: string;
            mrn: string;
            /** Format: uuid */
            careTeamId: string;
            /**
             * @description The caseload flag it answers, or other
             * @enum {string}
             */
            reason: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started" | "other";
            /** @enum {string} */
            status: "open" | "done";
            assignee: components["schemas"]["ClinicianRefDto"];
            /** Format: date */
            dueOn: string;
            /** @description Open and due before today */
            overdue: boolean;
            note: string | null;
            /** @description Null when the team's rule opened it */
            openedBy: components["schemas"]["ClinicianRefDto"] | (never | null);
            /** Format: date */
            openedOn: string;
            /** @enum {string|null} */
            resolution: "re_engaged" | "rescheduled" | "transferred" | "declined_treatment" | "unreachable" | "other" | "flag_cleared" | null;
            resolutionNote: string | null;
            /** @description Null while open, or when the flag cleared */
            resolvedBy: components["schemas"]["ClinicianRefDto"] | (never | null);
            /** Format: date */
            resolvedOn: string | null;
            /** @description For resolution flag_cleared: the record whose writing cleared the flag, when known */
            clearedBy: components["schemas"]["RecordRefDto"] | (never | null);
            /** @description Oldest first */
            attempts: components["schemas"]["OutreachAttemptViewDto"][];
        };
        CreateOutreachTaskDto: {
            /**
             * @description A caseload flag, or other
             * @enum {string}
             */
            reason: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started" | "other";
            /**
             * Format: uuid
             * @description An active member of the patient's care team
             */
            assigneeId: string;
            /**
             * Format: date
             * @description Not before today
             */
            dueOn: string;
            note?: string;
        };
        FlagAcknowledgementViewDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            flag: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started";
            reason: string;
            /** Format: date */
            untilOn: string;
            acknowledgedBy: components["schemas"]["ClinicianRefDto"];
            /** Format: date-time */
            acknowledgedAt: string;
        };
        CreateFlagAcknowledgementDto: {
            /** @enum {string} */
            flag: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started";
            /** @example In hospital until 12 Jan */
            reason: string;
            /**
             * Format: date
             * @description The last day the flag is muted; not before today
             */
            untilOn: string;
        };
        OutreachTaskPageDto: {
            /** @description By due day, then id */
            items: components["schemas"]["OutreachTaskViewDto"][];
            /** @description Pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        RecordOutreachAttemptDto: {
            /** @enum {string} */
            channel: "phone" | "text" | "letter" | "in_person" | "other";
            /** @enum {string} */
            outcome: "reached" | "no_answer" | "left_message" | "wrong_number" | "declined";
            note?: string;
            /**
             * Format: date
             * @description When to try again; not before today
             */
            nextAttemptOn?: string;
        };
        ResolveOutreachTaskDto: {
            /** @enum {string} */
            resolution: "re_engaged" | "rescheduled" | "transferred" | "declined_treatment" | "unreachable" | "other";
            note?: string;
        };
        ReassignOutreachTaskDto: {
            /**
             * Format: uuid
             * @description An active member of the patient's care team
             */
            assigneeId: string;
            /**
             * Format: date
             * @description A new due day; not before today
             */
            dueOn?: string;
        };
        OutreachRuleDto: {
            /** @enum {string} */
            flag: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started";
            /** @description Open a task when the flag appears */
            enabled: boolean;
            /**
             * @description Who gets the task (the team's lead when no one has the role)
             * @enum {string}
             */
            assigneeRole: "prescriber" | "therapist" | "nurse" | "team_lead";
            /** @description Due this many days after the flag appears */
            dueInDays: number;
        };
        UpdateOutreachRulesDto: {
            /** @description The rules to change, one per flag at most */
            rules: components["schemas"]["OutreachRuleDto"][];
        };
        TodayCountsDto: {
            suicideRisk: number;
            injectionsDue: number;
            sessionsToday: number;
            noShowsYesterday: number;
            newSignals: number;
            notStarted: number;
            stoppedWithoutApproval: number;
            approvals: number;
            outreachTasks: number;
        };
        TodayPatientLineDto: {
            /** Format: uuid */
            patientId: string;
            /**
             * @description "Family, Given"
             * @example Rivera, Ana
             */
            name: string;
            mrn: string;
            /** Format: uuid */
            careTeamId: string;
            /**
             * Format: date
             * @description The day that matters: positive PHQ-9 item 9, injection due, naltrexone started, last naltrexone
             */
            on: string;
            /**
             * @description A few words for people
             * @example 3 days late
             */
            detail: string;
        };
        TodaySessionLineDto: {
            /** Format: uuid */
            patientId: string;
            /** @description "Family, Given" */
            name: string;
            mrn: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            scheduledAt: string;
            /** @enum {string} */
            status: "scheduled" | "attended" | "late" | "no_show" | "cancelled_by_patient" | "cancelled_by_clinic";
        };
        TodaySignalLineDto: {
            /** Format: uuid */
            patientId: string;
            /** @description "Family, Given" */
            name: string;
            mrn: string;
            /** @enum {string} */
            kind: "positive_screen" | "craving_high";
            /** Format: date */
            observedOn: string;
            /**
             * @description The score, or what the screen was positive for
             * @example PACS 24
             */
            detail: string;
        };
        TodayApprovalLineDto: {
            /** Format: uuid */
            requestId: string;
            /** Format: uuid */
            patientId: string;
            /** @description "Family, Given" */
            name: string;
            mrn: string;
            /** @enum {string} */
            kind: "taper" | "stop" | "switch";
            /**
             * Format: date
             * @description The clinic day it was proposed
             */
            proposedOn: string;
            /** @description The proposer's display name */
            proposedBy: string;
        };
        TodayTaskLineDto: {
            /** Format: uuid */
            taskId: string;
            /** Format: uuid */
            patientId: string;
            /** @description "Family, Given" */
            name: string;
            mrn: string;
            /**
             * @description A caseload flag, or "other"
             * @enum {string}
             */
            reason: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started" | "other";
            /** Format: date */
            dueOn: string;
            /** @description dueOn is before today */
            overdue: boolean;
            attempts: number;
            /**
             * @description Of the latest attempt
             * @enum {string|null}
             */
            lastOutcome: "reached" | "no_answer" | "left_message" | "wrong_number" | "declined" | null;
        };
        TodayViewDto: {
            /** Format: date */
            today: string;
            counts: components["schemas"]["TodayCountsDto"];
            /** @description Counts stop here: a count equal to it means at least that many */
            countLimit: number;
            /** @description For every clinician of the team: a PHQ-9 item 9 above 0 awaiting a safety assessment; on is that PHQ-9's day; by name */
            suicideRisk: components["schemas"]["TodayPatientLineDto"][];
            /** @description XR injections due today or late, longest late first */
            injectionsDue: components["schemas"]["TodayPatientLineDto"][];
            /** @description Not cancelled, by time */
            sessionsToday: components["schemas"]["TodaySessionLineDto"][];
            noShowsYesterday: components["schemas"]["TodaySessionLineDto"][];
            /** @description Positive screens and high PACS recorded after the last visit, in the last 30 days; newest first */
            newSignals: components["schemas"]["TodaySignalLineDto"][];
            notStarted: components["schemas"]["TodayPatientLineDto"][];
            stoppedWithoutApproval: components["schemas"]["TodayPatientLineDto"][];
            /** @description Oldest first */
            approvals: components["schemas"]["TodayApprovalLineDto"][];
            /** @description Overdue, then due today, then later */
            outreachTasks: components["schemas"]["TodayTaskLineDto"][];
        };
        CaseReviewFigureDto: {
            /** @example PDC 90 days */
            label: string;
            /** @example 62% */
            value: string;
        };
        CaseReviewClinicianDto: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        CaseReviewDiscussedDto: {
            decisionNote: string;
            discussedBy: components["schemas"]["CaseReviewClinicianDto"];
            /** Format: date-time */
            discussedAt: string;
        };
        CaseReviewAgendaItemDto: {
            /** Format: uuid */
            patientId: string;
            /** @description "Family, Given" */
            name: string;
            mrn: string;
            /** @enum {string} */
            kind: "pending_approval" | "early_relapse" | "relapse_during_taper" | "stopped_without_approval" | "injection_overdue" | "outreach_stalled";
            /** @description The figures the team decides on */
            figures: components["schemas"]["CaseReviewFigureDto"][];
            /**
             * Format: uuid
             * @description The discontinuation request the item is about (pending approval, relapse during a taper)
             */
            requestId: string | null;
            /** @description Null until discussed on this day */
            discussed: components["schemas"]["CaseReviewDiscussedDto"] | (never | null);
        };
        CaseReviewSectionDto: {
            /** @enum {string} */
            kind: "pending_approval" | "early_relapse" | "relapse_during_taper" | "stopped_without_approval" | "injection_overdue" | "outreach_stalled";
            title: string;
            /** @description By name */
            items: components["schemas"]["CaseReviewAgendaItemDto"][];
        };
        CaseReviewAgendaDto: {
            /** Format: uuid */
            careTeamId: string;
            careTeamName: string;
            /** Format: date */
            on: string;
            /** @description Every section, in the order of the meeting */
            sections: components["schemas"]["CaseReviewSectionDto"][];
        };
        CreateCaseReviewItemDto: {
            /** Format: uuid */
            careTeamId: string;
            /**
             * Format: uuid
             * @description A patient of that team
             */
            patientId: string;
            /** @enum {string} */
            kind: "pending_approval" | "early_relapse" | "relapse_during_taper" | "stopped_without_approval" | "injection_overdue" | "outreach_stalled";
            /**
             * Format: date
             * @description The clinic day of the meeting; not in the future
             */
            on: string;
            /** @example Taper approved; review in 2 weeks */
            decisionNote: string;
        };
        CaseReviewItemViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            careTeamId: string;
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            kind: "pending_approval" | "early_relapse" | "relapse_during_taper" | "stopped_without_approval" | "injection_overdue" | "outreach_stalled";
            /** Format: date */
            on: string;
            decisionNote: string;
            discussedBy: components["schemas"]["CaseReviewClinicianDto"];
            /** Format: date-time */
            discussedAt: string;
        };
        ErrorResponseDto: {
            /** @example 404 */
            statusCode: number;
            /** @description What clients branch on, e.g. VALIDATION_FAILED, NOT_FOUND, DUPLICATE_MRN */
            code: string;
            /** @description For people; never a stack trace, SQL or a driver message */
            message: string;
            /** @description Depends on `code`, e.g. `fields: [{field, messages}]` for VALIDATION_FAILED */
            details?: {
                [key: string]: unknown;
            };
            /** @description The X-Request-Id of the request, for finding it in the logs */
            requestId: string;
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
    ClinicalSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clinic's effective clinical settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClinicalSettingsDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                patientId?: string;
                actorId?: string;
                /** @description Exact action */
                action?: string;
                from?: string;
                to?: string;
                /** @description seq of the last event seen: older events follow */
                before?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit events, newest first; page with `before` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hash chain walked from the start, and held against the last signed checkpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
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
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultDto"];
                };
            };
            /** @description INVALID_CREDENTIALS, TOTP_REQUIRED or INVALID_TOTP */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many failures for this account or address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
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
            /** @description The session has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
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
            /** @description The caller, and the CSRF token of their session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentSessionDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_beginTotpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Add it to an authenticator app, then enable */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetupDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_enableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeDto"];
            };
        };
        responses: {
            /** @description The second factor is on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many wrong codes for this user or address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeDto"];
            };
        };
        responses: {
            /** @description The second factor is off (not for administrators) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many wrong codes for this user or address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; every other session of yours has ended, this one goes on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description currentPassword is not correct, or newPassword is not allowed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many wrong passwords for this account or address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your live API tokens (never their secrets) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenViewDto"][];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenDto"];
            };
        };
        responses: {
            /** @description The new token; `token` is shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiTokenDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BreakGlassController_open: {
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
                "application/json": components["schemas"]["BreakGlassDto"];
            };
        };
        responses: {
            /** @description The patient is open to you for one hour; always audited */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassOpeningDto"];
                };
            };
            /** @description No such patient */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BreakGlassController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Break-glass openings of patients then in your teams, in the last 30 days */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassEntryDto"][];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
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
            /** @description The API and its database answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
            /** @description The database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CareTeamsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your care teams; every team for admins */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareTeamSummaryDto"][];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CliniciansController_createCareTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCareTeamDto"];
            };
        };
        responses: {
            /** @description The new care team */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareTeamViewDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CareTeamsController_members: {
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
            /** @description The team's active clinicians */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareTeamMemberDto"][];
                };
            };
            /** @description No such team, or not one of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseloadController_page: {
        parameters: {
            query?: {
                careTeamId?: string;
                /** @description One or more, comma-separated */
                status?: ("referred" | "inducting" | "active" | "tapering" | "discontinued" | "switched" | "lost_to_follow_up")[];
                flag?: "suicide_risk" | "injection_overdue" | "low_adherence" | "missed_sessions" | "craving_high" | "positive_screen" | "early_relapse" | "stopped_without_approval" | "relapse_during_taper" | "not_started";
                /** @description none: flagged patients, some flag not acknowledged, with no open outreach task */
                outreach?: "none";
                /** @description Part of a name or MRN */
                q?: string;
                /** @description A leading - sorts descending */
                sort?: "name" | "mrn" | "pdc30" | "pdc90" | "daysOnNaltrexone" | "injectionDue" | "latestPacs" | "lastSessionOn" | "-name" | "-mrn" | "-pdc30" | "-pdc90" | "-daysOnNaltrexone" | "-injectionDue" | "-latestPacs" | "-lastSessionOn";
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of patients with their metrics and flags */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadPageDto"];
                };
            };
            /** @description A filter, sort or cursor is invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PatientsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePatientDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientViewDto"];
                };
            };
            /** @description A field is missing, unknown or invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The MRN is already in use in one of your care teams */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PatientsController_get: {
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
            /** @description The record with its current metrics and flags */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientViewDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PatientsController_update: {
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
                "application/json": components["schemas"]["UpdatePatientDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientViewDto"];
                };
            };
            /** @description BREAK_GLASS_READ_ONLY: break-glass access reads only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The MRN is already in use in one of your care teams */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PatientTransfersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moves of patients out of or into your teams in the last 90 days, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientTransferViewDto"][];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MedicationController_listStarts: {
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
                    "application/json": components["schemas"]["NaltrexoneStartViewDto"][];
                };
            };
            /** @description No such patient */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MedicationController_start: {
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
                "application/json": components["schemas"]["CreateNaltrexoneStartDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NaltrexoneStartViewDto"];
                };
            };
            /** @description A field is missing, unknown or invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description INDUCTION_PREREQUISITES_NOT_MET: details.failures lists every unmet prerequisite */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MedicationController_listEvents: {
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
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicationEventViewDto"][];
                };
            };
            /** @description No such patient */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MedicationController_recordEvent: {
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
                "application/json": components["schemas"]["CreateMedicationEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicationEventViewDto"];
                };
            };
            /** @description A field is missing, unknown or invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MedicationController_adherence: {
        parameters: {
            query?: {
                /** @description Period start; default the caseload's PDC window: 89 days before `to`, or the current naltrexone start when later */
                from?: string;
                /** @description Period end, inclusive; default today */
                to?: string;
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
                    "application/json": components["schemas"]["AdherenceDto"];
                };
            };
            /** @description No such patient */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TimelineController_page: {
        parameters: {
            query?: {
                /** @description nextBefore of the previous page: events older than its last one */
                before?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every event of the patient, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePageDto"];
                };
            };
            /** @description A malformed `before` or `limit` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TherapyController_list: {
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
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TherapySessionViewDto"][];
                };
            };
            /** @description No such patient or session (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TherapyController_schedule: {
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
                "application/json": components["schemas"]["CreateTherapySessionDto"];
            };
        };
        responses: {
            /** @description The session, status scheduled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TherapySessionViewDto"];
                };
            };
            /** @description A field is missing, unknown or invalid (scheduledAt out of range, unknown clinicianId) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient or session (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TherapyController_recordOutcome: {
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
                "application/json": components["schemas"]["UpdateTherapySessionDto"];
            };
        };
        responses: {
            /** @description The session with its new status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TherapySessionViewDto"];
                };
            };
            /** @description An unknown status, or an outcome for a session that has not begun */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient or session (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ObservationsController_list: {
        parameters: {
            query?: {
                /** @description Only observations of this kind */
                kind?: "pacs" | "craving_vas" | "uds" | "breath_alcohol" | "drinks" | "self_reported_use" | "phq9" | "gad7" | "audit_c" | "bam";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservationViewDto"][];
                };
            };
            /** @description An unknown kind */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ObservationsController_record: {
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
                "application/json": components["schemas"]["CreateObservationDto"];
            };
        };
        responses: {
            /** @description The observation; a PACS carries its total as value */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObservationViewDto"];
                };
            };
            /** @description A field is missing, invalid, or does not belong to the kind; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RelapsesController_list: {
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
            /** @description Detected and recorded, newest onset first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelapseViewDto"][];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RelapsesController_record: {
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
                "application/json": components["schemas"]["RecordRelapseDto"];
            };
        };
        responses: {
            /** @description The stored relapse, confirmed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelapseViewDto"];
                };
            };
            /** @description A field is missing or invalid, or onsetOn is in the future */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RELAPSE_ALREADY_RECORDED: same substance and onset already stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description RELAPSE_NOT_DETECTED: confirmDetected but nothing was detected */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SafetyAssessmentsController_list: {
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
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyAssessmentViewDto"][];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SafetyAssessmentsController_record: {
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
                "application/json": components["schemas"]["RecordSafetyAssessmentDto"];
            };
        };
        responses: {
            /** @description The assessment; it clears the suicide_risk flag of a positive PHQ-9 item 9 on or before its day */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyAssessmentViewDto"];
                };
            };
            /** @description A field is missing or invalid, or assessedOn is in the future */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ConsentsController_list: {
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
            /** @description Newest first, revoked and expired included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"][];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ConsentsController_create: {
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
                "application/json": components["schemas"]["CreateConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ConsentsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                consentId: string;
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
                    "application/json": components["schemas"]["ConsentViewDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CliniciansController_list: {
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
                    "application/json": components["schemas"]["ClinicianViewDto"][];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CliniciansController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClinicianDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClinicianViewDto"];
                };
            };
            /** @description The email is already in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CliniciansController_update: {
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
                "application/json": components["schemas"]["UpdateClinicianDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClinicianViewDto"];
                };
            };
            /** @description SELF_ROLE_GRANT: an admin gave themself a clinical or auditor role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CliniciansController_updateCareTeam: {
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
                "application/json": components["schemas"]["UpdateCareTeamDto"];
            };
        };
        responses: {
            /** @description The care team, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareTeamViewDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_listForPatient: {
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
                    "application/json": components["schemas"]["DiscontinuationViewDto"][];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_propose: {
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
                "application/json": components["schemas"]["ProposeDiscontinuationDto"];
            };
        };
        responses: {
            /** @description status pending, readiness snapshot, requiredApprovals */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscontinuationViewDto"];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_ALREADY_OPEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_resolveStop: {
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
                "application/json": components["schemas"]["ResolveStopDto"];
            };
        };
        responses: {
            /** @description Resolves "stopped without team approval"; kept for the record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopResolutionViewDto"];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_inbox: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "withdrawn" | "in_taper" | "completed";
                /** @description Only requests the caller may decide now */
                awaiting?: "me";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approvals inbox of your teams */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscontinuationViewDto"][];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_get: {
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
                    "application/json": components["schemas"]["DiscontinuationViewDto"];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_decide: {
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
                "application/json": components["schemas"]["DecideDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscontinuationViewDto"];
                };
            };
            /** @description PROPOSER_CANNOT_DECIDE or NOT_AN_APPROVER */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description REQUEST_CLOSED or ALREADY_DECIDED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_withdraw: {
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
                    "application/json": components["schemas"]["DiscontinuationViewDto"];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_start: {
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
            /** @description The patient is tapering */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscontinuationViewDto"];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DiscontinuationController_complete: {
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
                "application/json": components["schemas"]["CompleteDiscontinuationDto"];
            };
        };
        responses: {
            /** @description The patient is discontinued */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscontinuationViewDto"];
                };
            };
            /** @description No such patient or request (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description NALOXONE_COUNSELLING_REQUIRED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_adherence: {
        parameters: {
            query: {
                format: "csv" | "pdf" | "fhir";
                /** @description First day of the period */
                from: string;
                /** @description Last day of the period, inclusive; days after today are left out */
                to: string;
                /** @description One of your care teams; default all of them */
                careTeamId?: string;
                /** @description One patient of your care teams */
                patientId?: string;
                /** @description Who receives the export outside the care team; every patient needs an active consent naming them */
                recipient?: string;
                /** @description Why the records are disclosed; required with a recipient */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a download, streamed; the export is recorded as a disclosure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/pdf": string;
                    "application/fhir+json": {
                        /** @enum {string} */
                        resourceType: "Bundle";
                    };
                };
            };
            /** @description A parameter is missing or invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CONSENT_REQUIRED: patients without consent for the recipient and purpose */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such care team or patient among yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description USE_BACKGROUND_EXPORT: more than 1000 patients; POST /api/exports instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DisclosuresController_list: {
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
            /** @description Accounting of disclosures: every export of the last three years that carried the patient, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureViewDto"][];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ExportJobsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your recent exports, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJobViewDto"][];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ExportJobsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdherenceExportQuery"];
            };
        };
        responses: {
            /** @description Queued; Location names the job to poll */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJobViewDto"];
                };
            };
            /** @description A field of the query is invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ExportJobsController_get: {
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
                    "application/json": components["schemas"]["ExportJobViewDto"];
                };
            };
            /** @description No such export, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ExportJobsController_download: {
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
            /** @description The file, streamed from the database */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/pdf": string;
                    "application/fhir+json": {
                        /** @enum {string} */
                        resourceType: "Bundle";
                    };
                };
            };
            /** @description CONSENT_REQUIRED: a consent of the disclosure was revoked or expired since */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such export, not yours, or holding patients you no longer see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The export has not finished */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MeasuresController_report: {
        parameters: {
            query: {
                /** @description First day of the period */
                from: string;
                /** @description Last day of the period (inclusive); not after today */
                to: string;
                /** @description One of your care teams; all of them when absent */
                careTeamId?: string;
                /** @description Only this measure */
                measure?: "pdc_80" | "pod_180" | "retention_90" | "retention_180" | "early_relapse" | "iet_initiation" | "iet_engagement" | "measurement_based_care" | "outreach_days_to_attempt" | "outreach_on_time" | "outreach_re_engagement";
                /** @description `patients` adds the drill-down list to each measure */
                include?: "patients";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each quality measure over the period: rate, numerator, denominator, monthly trend and, on request, its patients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasuresReportDto"];
                };
            };
            /** @description from, to, careTeamId, measure or include is invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Administrators and auditors read no clinical data */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such care team among yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ImportsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One row per record: `record` (medication_event or therapy_session), `patientId` or `mrn`, then the fields of POST /patients/:id/medication-events or /therapy-sessions (a session may carry its `status`). CSV has a header row. */
        requestBody: {
            content: {
                "text/csv": string;
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description Valid rows are written in batches; the others are listed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description Only prescribers, nurses and therapists import */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The body is larger than 64 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Neither text/csv nor application/x-ndjson */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PatientOutreachController_listTasks: {
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
            /** @description Open tasks by due day, then done ones newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTaskViewDto"][];
                };
            };
            /** @description BREAK_GLASS_READ_ONLY on a write through break-glass access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PatientOutreachController_createTask: {
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
                "application/json": components["schemas"]["CreateOutreachTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTaskViewDto"];
                };
            };
            /** @description A field is invalid, dueOn is before today, or the assignee is not an active member of the patient's team */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BREAK_GLASS_READ_ONLY on a write through break-glass access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OUTREACH_TASK_ALREADY_OPEN: an open task with this reason exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PatientOutreachController_listAcknowledgements: {
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
            /** @description Those in force today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagAcknowledgementViewDto"][];
                };
            };
            /** @description BREAK_GLASS_READ_ONLY on a write through break-glass access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PatientOutreachController_acknowledge: {
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
                "application/json": components["schemas"]["CreateFlagAcknowledgementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlagAcknowledgementViewDto"];
                };
            };
            /** @description A field is invalid, or untilOn is before today */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BREAK_GLASS_READ_ONLY on a write through break-glass access */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such patient (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutreachTasksController_page: {
        parameters: {
            query?: {
                /** @description `me`, or a clinician id */
                assignee?: string;
                /** @description One of your care teams; all of them by default */
                careTeamId?: string;
                /** @description Both by default */
                status?: "open" | "done";
                /** @description Only tasks due before this day */
                dueBefore?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks of your care teams' patients, by due day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTaskPageDto"];
                };
            };
            /** @description A filter or cursor is invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutreachTasksController_attempt: {
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
                "application/json": components["schemas"]["RecordOutreachAttemptDto"];
            };
        };
        responses: {
            /** @description The task with the attempt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTaskViewDto"];
                };
            };
            /** @description A field is invalid, or nextAttemptOn is before today */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BREAK_GLASS_READ_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such task (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OUTREACH_TASK_NOT_OPEN: the task is done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutreachTasksController_resolve: {
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
                "application/json": components["schemas"]["ResolveOutreachTaskDto"];
            };
        };
        responses: {
            /** @description The task, done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTaskViewDto"];
                };
            };
            /** @description A field is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BREAK_GLASS_READ_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such task (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OUTREACH_TASK_NOT_OPEN: the task is done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutreachTasksController_reassign: {
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
                "application/json": components["schemas"]["ReassignOutreachTaskDto"];
            };
        };
        responses: {
            /** @description The task with its new assignee */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachTaskViewDto"];
                };
            };
            /** @description A field is invalid, or the assignee is not in the patient's team */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description BREAK_GLASS_READ_ONLY */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such task (or not one of your care teams) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description OUTREACH_TASK_NOT_OPEN: the task is done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutreachRulesController_list: {
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
            /** @description Every caseload flag, the defaults merged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachRuleDto"][];
                };
            };
            /** @description No such care team (or not one of yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OutreachRulesController_update: {
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
                "application/json": components["schemas"]["UpdateOutreachRulesDto"];
            };
        };
        responses: {
            /** @description Every caseload flag after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachRuleDto"][];
                };
            };
            /** @description A rule is invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only the team's lead or an admin changes its rules */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such care team (or not one of yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TodayController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in clinician's day over their care teams */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodayViewDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseReviewController_agenda: {
        parameters: {
            query: {
                /** @description One of your care teams */
                careTeamId: string;
                /** @description The clinic day of the meeting; today by default */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A team's agenda for a day, with what was discussed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReviewAgendaDto"];
                };
            };
            /** @description careTeamId or on is missing or invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such care team or patient among yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseReviewController_agendaPdf: {
        parameters: {
            query: {
                /** @description One of your care teams */
                careTeamId: string;
                /** @description The clinic day of the meeting; today by default */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agenda as a printable PDF, streamed; the Part 2 notice on every page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description careTeamId or on is missing or invalid; details.fields names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such care team or patient among yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CaseReviewController_discuss: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseReviewItemDto"];
            };
        };
        responses: {
            /** @description The decision, stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReviewItemViewDto"];
                };
            };
            /** @description A field is missing or invalid, or on is in the future */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only the team's lead records decisions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such care team or patient among yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description CASE_REVIEW_ALREADY_DISCUSSED: this item was discussed at this meeting */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An error: `{statusCode, code, message, details?, requestId}` */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
