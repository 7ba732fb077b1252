import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareTeam } from './care-team.entity.js';
import { CareTeamsController } from './care-teams.controller.js';
import { CareTeamsService } from './care-teams.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CareTeam])],
  controllers: [CareTeamsController],
  providers: [CareTeamsService],
})
export class CareTeamsModule {}
