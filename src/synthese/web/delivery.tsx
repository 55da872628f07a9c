/**
 * The delivery of the approved synthesis: the consultant records it (date, channel); both read
 * it back with the beneficiary's acknowledgement, which the beneficiary gives here.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { checklistFactChanged } from '../../bilans/web/query-keys.ts';
import { syntheseEndpoints } from '../contracts/endpoints.ts';
import { DELIVERY_CHANNEL_LABELS, RecordDeliverySchema, type SyntheseDeliveryView } from '../contracts/schemas.ts';
import { parisLocalDateTime } from '../../shared/calendar/paris-time.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { DateField, longFrenchDate } from '../../ui/DateField.tsx';
import { Form, SelectField, useSubmit } from '../../ui/Form.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { formatDateTime } from '../../ui/format.ts';

export function DeliveryFacts({
  delivery,
  viewer,
}: {
  delivery: SyntheseDeliveryView;
  viewer: 'consultant' | 'beneficiary';
}) {
  return (
    <dl className="facts">
      <div>
        <dt>Remise</dt>
        <dd>
          {longFrenchDate(delivery.deliveredOn) ?? delivery.deliveredOn} — {delivery.channelLabel}
        </dd>
      </div>
      <div>
        <dt>Accusé de réception</dt>
        <dd>
          {delivery.acknowledgedAt ? (
            <>
              <StatusChip tone="success">Reçue</StatusChip> le {formatDateTime(delivery.acknowledgedAt)}
            </>
          ) : (
            <StatusChip tone="neutral">
              {viewer === 'beneficiary' ? 'À confirmer par vous' : 'Pas encore confirmé par la ou le bénéficiaire'}
            </StatusChip>
          )}
        </dd>
      </div>
    </dl>
  );
}

export function RecordDeliveryForm({
  bilanId,
  onDone,
}: {
  bilanId: string;
  onDone: (message: string) => Promise<unknown>;
}) {
  const client = useQueryClient();
  const [values, setValues] = useState({ channel: '', deliveredOn: parisLocalDateTime(new Date()).slice(0, 10) });
  const { errors, pending, submit } = useSubmit(
    RecordDeliverySchema,
    (data) => call(syntheseEndpoints.recordDelivery, { params: { id: bilanId }, body: data }),
    () => {
      // The delivery is the closure's « synthèse remise »: the checklist and the transitions move.
      checklistFactChanged(client, bilanId);
      void onDone('La remise de la synthèse est enregistrée : la ou le bénéficiaire peut en accuser réception.');
    },
  );
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={{ channel: 'Mode de remise', deliveredOn: 'Date de remise' }}
      submitLabel="Enregistrer la remise"
      pending={pending}
    >
      <DateField
        name="deliveredOn"
        label="Date de remise"
        value={values.deliveredOn}
        onChange={(deliveredOn) => setValues((v) => ({ ...v, deliveredOn }))}
        error={errors?.fields.deliveredOn}
      />
      <SelectField
        name="channel"
        label="Mode de remise"
        value={values.channel}
        onChange={(channel) => setValues((v) => ({ ...v, channel }))}
        placeholder="Choisissez…"
        options={Object.entries(DELIVERY_CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
        error={errors?.fields.channel}
      />
    </Form>
  );
}

export function AcknowledgeDelivery({
  bilanId,
  onDone,
}: {
  bilanId: string;
  onDone: (message: string) => Promise<unknown>;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error ? (
        <div role="alert" className="notice notice-error">
          <p>{error}</p>
        </div>
      ) : null}
      <p>
        <Button
          variant="primary"
          isPending={pending}
          onPress={async () => {
            setPending(true);
            setError(null);
            try {
              await call(syntheseEndpoints.acknowledgeDelivery, { params: { id: bilanId } });
              await onDone('Merci : la réception de votre synthèse est confirmée.');
            } catch (cause) {
              setError(cause instanceof Error ? cause.message : 'L’action n’a pas abouti. Réessayez dans un instant.');
            } finally {
              setPending(false);
            }
          }}
        >
          J’accuse réception de ma synthèse
        </Button>
      </p>
    </>
  );
}
