import type { ContentObject } from '@nestjs/swagger';

/** What a report download answers, by format: documented for the synchronous and background exports alike. */
export const EXPORT_FILE_CONTENT: ContentObject = {
  'text/csv': { schema: { type: 'string', description: 'One row per patient and period; the Part 2 notice first' } },
  'application/pdf': { schema: { type: 'string', format: 'binary' } },
  'application/fhir+json': {
    schema: {
      type: 'object',
      description: 'A FHIR R4 Bundle (collection) of MeasureReports, with the Part 2 notice in its meta',
      required: ['resourceType'],
      properties: { resourceType: { type: 'string', enum: ['Bundle'] } },
    },
  },
};
