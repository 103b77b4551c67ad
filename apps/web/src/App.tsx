import { ApiClientProvider } from './modules/api/components/ApiClientProvider';
import { ConnectScreen } from './modules/auth/components/ConnectScreen';
import { useApiKey } from './modules/auth/hooks/useApiKey';
import { AppShell } from './modules/navigation/components/AppShell';

export function App() {
  const { apiKey } = useApiKey();
  if (!apiKey) return <ConnectScreen />;
  return (
    <ApiClientProvider key={apiKey}>
      <AppShell />
    </ApiClientProvider>
  );
}
