import { PageTitle } from '../../components/page-title.js';
import { useRouter } from '../../router/use-router.js';
import { GuardAnswer } from './guard-answer.js';
import { GuardForm } from './guard-form.js';

/** Is it safe to deploy version V of service S to environment E? (`?service=&version=&environment=`) */
export function DeployGuardPage() {
  const { location } = useRouter();
  const question = {
    service: location.search.get('service') ?? '',
    version: location.search.get('version') ?? '',
    environment: location.search.get('environment') ?? '',
  };
  const complete = question.service !== '' && question.version !== '' && question.environment !== '';
  return (
    <>
      <PageTitle title="Deploy guard" />
      <GuardForm key={JSON.stringify(question)} initial={question} />
      {complete ? (
        <GuardAnswer question={question} />
      ) : (
        <p className="muted">Choose a service, one of its versions and an environment.</p>
      )}
    </>
  );
}
