import type { Coding, Meta } from '@medplum/fhirtypes';
import { PART2_NOTICE } from '@naltrack/domain';

/** Where Naltrack's own FHIR identifiers, code systems and extensions live. */
export const FHIR_BASE = 'https://naltrack.example/fhir/';

export const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/** 42 CFR Part 2 policy and restricted confidentiality: the labels every exported resource carries. */
export const PART2_SECURITY: Coding[] = [
  { system: V3_ACT_CODE, code: '42CFRPart2', display: '42 CFR Part2' },
  { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' },
];

export const PART2_NOTICE_EXTENSION = `${FHIR_BASE}StructureDefinition/part2-notice`;

/** Meta with the Part 2 labels and the notice that must travel with the records (42 CFR 2.32). */
export function part2Meta(): Meta {
  return {
    security: PART2_SECURITY.map((coding) => ({ ...coding })),
    extension: [{ url: PART2_NOTICE_EXTENSION, valueString: PART2_NOTICE }],
  };
}
