import { Module } from '@nestjs/common';
import { ImportBodyParser } from './import-body-parser.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

@Module({
  controllers: [ImportsController],
  providers: [ImportsService, ImportBodyParser],
})
export class ImportsModule {}
