import { Module } from '@nestjs/common';
import { CliniciansController } from './clinicians.controller.js';
import { CliniciansService } from './clinicians.service.js';

@Module({ controllers: [CliniciansController], providers: [CliniciansService] })
export class CliniciansModule {}
