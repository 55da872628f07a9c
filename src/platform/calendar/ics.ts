/**
 * Calendar invitations (.ics, RFC 5545) with the `ics` package. Times are written in UTC, which
 * every calendar converts; the UID is stable per séance and SEQUENCE grows with each change, so
 * calendars update or cancel the event they already have.
 */
import { createEvent, type EventAttributes } from 'ics';

export interface CalendarEvent {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  location: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  stamp: Date;
}

export function renderIcs(event: CalendarEvent): string {
  // DTSTAMP comes from `timestamp` (read by the package at run time, absent from its types).
  const attributes: EventAttributes & { timestamp: number } = {
    uid: event.uid,
    sequence: event.sequence,
    method: event.method,
    status: event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    timestamp: event.stamp.getTime(),
    title: event.title,
    description: event.description,
    ...(event.location ? { location: event.location } : {}),
    organizer: event.organizer,
    attendees: [{ ...event.attendee, rsvp: false, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' }],
    productId: 'sillage/seances',
  };
  const result = createEvent(attributes);
  if (result.error || !result.value) throw result.error ?? new Error('ics: empty event');
  return result.value;
}
