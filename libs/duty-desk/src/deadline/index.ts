export * from './danish-holidays';
export * from './first-contact-deadline';
