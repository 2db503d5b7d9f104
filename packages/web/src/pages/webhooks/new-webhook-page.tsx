import { PageTitle } from '../../components/page-title.js';
import { useRouter } from '../../router/use-router.js';
import { useBroker } from '../../api/use-broker.js';
import { markCreated } from './just-created.js';
import { inputOf } from './webhook-form-state.js';
import { WebhookForm } from './webhook-form.js';

/** A new subscription; on success, its own page (saying it was saved). */
export function NewWebhookPage() {
  const api = useBroker().client.webhooks;
  const { navigate } = useRouter();
  return (
    <>
      <PageTitle title="New webhook" />
      <WebhookForm
        submitLabel="Create webhook"
        onSubmit={async (form) => {
          const hook = await api.create(inputOf(form));
          markCreated(hook.id);
          navigate(`/webhooks/${hook.id}`);
        }}
      />
    </>
  );
}
