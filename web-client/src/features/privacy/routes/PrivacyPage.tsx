import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { usePersonalData, type PersonLookup } from '../api/get-personal-data';
import type { PersonalDataErasure } from '../api/erase-personal-data';
import { EraseDialog } from '../components/EraseDialog';
import { ExportView } from '../components/ExportView';
import { LookupForm } from '../components/LookupForm';
import '@/components/ui.css';
import '../privacy.css';

function PersonalData() {
  const { t } = useTranslation('privacy');
  const [lookup, setLookup] = useState<PersonLookup | null>(null);
  const [erasing, setErasing] = useState(false);
  const [erased, setErased] = useState<PersonalDataErasure | null>(null);
  const data = usePersonalData(erased ? null : lookup);

  return (
    <>
      <LookupForm
        onLookup={(next) => {
          setErased(null);
          setLookup(next);
        }}
      />
      {erased && (
        <div className="panel privacy-result" role="status">
          <p className="privacy-result__title">{t('erase.done', { pseudonym: erased.pseudonymName, count: erased.totalRows })}</p>
          <p>{t('erase.keycloak')}</p>
        </div>
      )}
      {lookup && !erased && data.isPending && <Loading label={t('export.loading')} />}
      {lookup && !erased && data.isError && <ErrorMessage error={data.error} />}
      {lookup && !erased && data.data && <ExportView lookup={lookup} data={data.data} onErase={() => setErasing(true)} />}
      {erasing && lookup && data.data && (
        <EraseDialog
          lookup={lookup}
          rows={data.data.totalRows}
          onClose={() => setErasing(false)}
          onErased={(erasure) => {
            setErasing(false);
            setErased(erasure);
          }}
        />
      )}
    </>
  );
}

/** Admins look up a person, read and download what is stored about them, and erase it. */
export function PrivacyPage() {
  const { t } = useTranslation('privacy');
  return (
    <div className="content">
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <RequireRole roles={['admin']} messages={{ loginRequired: t('access.loginRequired'), forbidden: t('access.forbidden') }}>
        <PersonalData />
      </RequireRole>
    </div>
  );
}
