import { ApiClientProvider } from './modules/api/components/ApiClientProvider';
import { ConnectScreen } from './modules/auth/components/ConnectScreen';
import { useApiKey } from './modules/auth/hooks/useApiKey';
import { AppShell } from './modules/navigation/components/AppShell';

export function App() {
  const { apiKey, adding } = useApiKey();
  if (!apiKey || adding) return <ConnectScreen />;
  return (
    <ApiClientProvider key={apiKey}>
      <AppShell />
    </ApiClientProvider>
  );
}
