import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error';
  children: ReactNode;
  testId?: string;
}

export function Notice({ tone, children, testId }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
