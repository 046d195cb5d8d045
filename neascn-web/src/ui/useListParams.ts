import { useSearchParams } from 'react-router-dom';

/**
 * A list's filters, sort and page live in the address, as the API names them, so that a
 * filtered list is a link to share and the back button restores it.
 */
export function useListParams(keys: string[], limit = 20) {
  const [search, setSearch] = useSearchParams();
  const query: Record<string, string | number | undefined> = {};
  for (const key of [...keys, 'q', 'sort']) query[key] = search.get(key) || undefined;
  const offset = Math.max(0, Number(search.get('offset') ?? 0) || 0);
  query.offset = offset;
  query.limit = limit;
  function set(key: string, value: string | undefined) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'offset') next.delete('offset');
    setSearch(next, { replace: key !== 'offset' });
  }
  function clear() {
    setSearch(new URLSearchParams(), { replace: true });
  }
  const filters = Object.fromEntries(Object.entries(query).filter(([k]) => k !== 'offset' && k !== 'limit')) as Record<string, string | undefined>;
  return { query, filters, offset, limit, set, clear, value: (key: string) => search.get(key) ?? '' };
}
