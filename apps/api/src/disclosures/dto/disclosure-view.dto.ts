import { ApiProperty } from '@nestjs/swagger';

export class DisclosedByDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) displayName: string | null;
}

/** One disclosure of a patient's records; never names the other patients it carried. */
export class DisclosureViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() disclosedAt: Date;
  @ApiProperty({ type: DisclosedByDto }) disclosedBy: DisclosedByDto;
  @ApiProperty({ nullable: true, type: String, description: "Null: the care team's own use" })
  recipient: string | null;
  @ApiProperty({ nullable: true, type: String }) purpose: string | null;
  @ApiProperty({ enum: ['csv', 'pdf', 'fhir'] }) format: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ description: 'Patients the export carried, this one included' }) patientCount: number;
}
