import { PageTitle } from '../components/page-title.js';
import { Link } from '../router/link.js';
import { useRouter } from '../router/use-router.js';

/** An address the UI does not know. */
export function NotFoundPage() {
  const { location } = useRouter();
  return (
    <>
      <PageTitle title="Page not found" />
      <p>
        Nothing lives at <code>{location.path}</code>. <Link href="/">Back to the services</Link>
      </p>
    </>
  );
}
