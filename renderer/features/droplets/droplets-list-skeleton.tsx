import { TableSkeleton } from '../../components/table-skeleton';

/** Rows shaped like the table's while the list loads. */
export const DropletsListSkeleton = () => <TableSkeleton what="droplets" />;
