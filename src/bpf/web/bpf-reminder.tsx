/** On the admin's home, from 1 April: the previous year's BPF to file (legal.md BPF-01). */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { call } from '../../ui/api.ts';
import { bpfEndpoints } from '../contracts/endpoints.ts';
import { bpfKeys } from './query-keys.ts';

export function AdminBpfReminder() {
  const data = useQuery({ queryKey: bpfKeys.reminder, queryFn: () => call(bpfEndpoints.reminder) });
  if (!data.data?.reminder) return null;
  const { reminder, message } = data.data;
  return (
    <div className={`notice ${reminder.overdue ? 'notice-error' : 'notice-warning'}`}>
      <p>
        <strong>Bilan pédagogique et financier {reminder.year} : </strong>
        {message} <Link to={`/admin/bpf?annee=${reminder.year}`}>Préparer le bilan pédagogique et financier</Link>
      </p>
    </div>
  );
}
