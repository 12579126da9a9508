import { useEffect, type ReactNode } from 'react';
import { PageHeader, type PageHeaderProps } from './page-header';
import './page.css';

export interface PageProps extends PageHeaderProps {
  children: ReactNode;
}

const appName = 'DigitalOcean Panel';

/** One area's page: its header and content; it also names the window after the area. */
export const Page = ({ title, description, actions, children }: PageProps) => {
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title]);

  return (
    <div className="page">
      <PageHeader title={title} description={description} actions={actions} />
      <div className="page__content">{children}</div>
    </div>
  );
};
