/** Recorded interactions written as a Pact v3 or v4 document. */
export {
  pactDocument,
  pactFileName,
  writePactFile,
  type PactDocumentInput,
  type WritablePactVersion,
} from './pact-document.js';
