import { useEffect, type ReactNode } from 'react';
import { cx } from './cx';
import { PageHeader, type PageHeaderProps } from './page-header';
import './page.css';

export interface PageProps extends PageHeaderProps {
  children: ReactNode;
  /** `fill`: the page takes the whole window and its content the height left under the header (wide tables). */
  layout?: 'reading' | 'fill';
}

const appName = 'DigitalOcean Panel';

/** One area's page: its header and content; it also names the window after the area. */
export const Page = ({ title, description, actions, children, layout = 'reading' }: PageProps) => {
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title]);

  return (
    <div className={cx('page', layout === 'fill' && 'page--fill')}>
      <PageHeader title={title} description={description} actions={actions} />
      <div className="page__content">{children}</div>
    </div>
  );
};
