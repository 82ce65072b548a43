export { formatDate, formatDateTime } from '@/lib/format';
