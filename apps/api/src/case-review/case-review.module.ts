import { Module } from '@nestjs/common';
import { CaseReviewController } from './case-review.controller.js';
import { CaseReviewService } from './case-review.service.js';

@Module({ controllers: [CaseReviewController], providers: [CaseReviewService] })
export class CaseReviewModule {}
