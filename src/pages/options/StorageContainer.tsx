import { useEffect, useState } from 'preact/hooks';
import { readStorageInfo, requestPersistence, type PersistResult, type StorageInfo } from './storage-info';
import { StorageSection } from './StorageSection';

/** "Storage" wired to navigator.storage; read again after asking for persistence. */
export function StorageContainer() {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [persistResult, setPersistResult] = useState<PersistResult | null>(null);

  useEffect(() => {
    void readStorageInfo().then(setInfo);
  }, []);

  return (
    <StorageSection
      info={info}
      persistResult={persistResult}
      onPersist={() =>
        void requestPersistence().then(async (result) => {
          setPersistResult(result);
          setInfo(await readStorageInfo());
        })
      }
    />
  );
}
