import { Module } from '@nestjs/common';
import { ClinicalSettingsController } from './clinical-settings.controller.js';

/** Serves the clinical settings ClinicalModule resolves (it is global, so nothing to import). */
@Module({ controllers: [ClinicalSettingsController] })
export class ClinicalSettingsModule {}
