import type { ReactNode } from 'react';

/** An empty list that says what to do about it. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty" role="note">
      <p className="empty-title">{title}</p>
      {children && <div>{children}</div>}
    </div>
  );
}
