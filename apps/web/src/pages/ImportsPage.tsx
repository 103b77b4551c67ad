import type { ApiKeyRole } from '../generated/graphql';
import { isMissingRoleError } from '../modules/auth/role-error.util';
import { ImportPreviewPanel } from '../modules/imports/components/ImportPreviewPanel';
import { ImportsTable } from '../modules/imports/components/ImportsTable';
import { UploadDropZone } from '../modules/imports/components/UploadDropZone';
import { UploadStatus } from '../modules/imports/components/UploadStatus';
import { useImports } from '../modules/imports/hooks/useImports';
import { useImportUpload } from '../modules/imports/hooks/useImportUpload';
import { Notice } from '../modules/ui/components/Notice';

/** `imports` needs the analyst role, so a key it refuses for its role can only be a viewer key. */
const VIEWER_KEY_NOTICE = 'This API key is a viewer key: the import history needs an analyst key.';

/** Roles that may upload (docs/CONTRACT.md, Authentication); the API refuses the others with 403 anyway. */
const UPLOADING_ROLES: ReadonlySet<ApiKeyRole> = new Set(['UPLOADER', 'OWNER']);

export function ImportsPage({ keyRole }: { keyRole: ApiKeyRole }) {
  const { imports, loading, error, refetch } = useImports();
  const upload = useImportUpload(refetch);
  const viewerKey = isMissingRoleError(error);

  return (
    <div className="page">
      <div className="page__heading">
        <h1>Imports</h1>
        <p className="muted">Upload organic and paid exports; the Overview counts them once they are completed.</p>
      </div>
      {UPLOADING_ROLES.has(keyRole) ? (
        <UploadDropZone busy={upload.sending} onFiles={(files, request) => void upload.upload(files, request)} />
      ) : (
        <Notice tone="warning" testId="upload-role-notice">
          This API key is a {keyRole.toLowerCase()} key: uploading exports needs an uploader or owner key.
        </Notice>
      )}
      <UploadStatus files={upload.files} />
      {upload.previews.map((item) => (
        <ImportPreviewPanel
          key={item.preview.id}
          item={item}
          onCommit={() => void upload.commit(item.preview)}
          onDiscard={() => upload.discard(item.preview.id)}
        />
      ))}
      <section className="panel">
        <h2>Recent imports</h2>
        {viewerKey && (
          <Notice tone="warning" testId="imports-role-notice">
            {VIEWER_KEY_NOTICE}
          </Notice>
        )}
        {error && !viewerKey && <Notice tone="error">Could not load the imports: {error.message}</Notice>}
        {!imports && loading && <p className="muted">Loading…</p>}
        {imports && <ImportsTable imports={imports} />}
      </section>
    </div>
  );
}
