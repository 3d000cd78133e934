/** The shared read cache lives with the stores (only stores reach the backend). */
export { useApiQuery, type QueryState } from '../stores/query-store';
