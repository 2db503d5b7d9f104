/**
 * `npm run demo`: plays SPEC §2's reference workflow with the signet CLI against a fresh broker (embedded
 * database in a temporary directory) and four small real services, printing each step and its verdict.
 */
import { stepVerdicts } from '../e2e/reference-workflow/verdicts.js';
import { playReferenceWorkflow } from '../e2e/reference-workflow/workflow.js';

const result = await playReferenceWorkflow((line) => console.log(line));
console.log('\n== Verdicts');
for (const line of stepVerdicts(result)) console.log(line);
