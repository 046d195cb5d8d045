/** A fresh identifier for a takeaway, action item, comment or round: the API's identifier shape. */
export function freshKey(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}
