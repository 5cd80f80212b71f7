/** Trust boundaries: request bodies and forms, read with bounded work. */
export { type FormFields, formFields } from './form-fields';
export { type BodyError, MAX_BODY_CHARS, readJsonBody } from './json-body';
