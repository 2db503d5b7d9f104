/** Recorded interactions written as a Pact v3 or v4 document, or merged into an existing one. */
export {
  pactDocument,
  pactFileName,
  writePactFile,
  type PactDocumentInput,
  type WritablePactVersion,
} from './pact-document.js';
export { PactFileError } from './pact-file-error.js';
export { checkMergeable, saveRecording, type SaveOutcome } from './save-recording.js';
