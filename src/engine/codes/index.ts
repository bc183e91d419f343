// The codes' public face, for callers that import `engine/codes` as one module (the SCORM
// build and launch, written before codes.ts was split by concern).
export { codeKey } from './base32';
export * from './classCode';
export * from './names';
export * from './resultCode';
export * from './verifier';
export { gameFingerprint } from './fingerprint';
