/** Injection token for the resolved ClinicalSettings (defaults with CLINICAL_SETTINGS applied). */
export const CLINICAL_SETTINGS = Symbol('CLINICAL_SETTINGS');
