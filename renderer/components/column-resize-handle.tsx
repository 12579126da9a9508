import { minColumnWidth, useColumnResize } from './use-column-resize';

/** The focusable edge of a column header that resizes the column. */
export const ColumnResizeHandle = ({ header, width, onChange }: { header: string; width: number | undefined; onChange: (width: number | null) => void }) => {
  const { ref, valueNow, onPointerDown, onKeyDown } = useColumnResize(width, onChange);
  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${header}`}
      aria-valuenow={valueNow}
      aria-valuemin={minColumnWidth}
      tabIndex={0}
      className="virtual-table__resize"
      title="Drag to resize; double-click for the default width"
      onPointerDown={onPointerDown}
      onDoubleClick={() => onChange(null)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={onKeyDown}
    />
  );
};
