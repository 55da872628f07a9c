/**
 * « Composants de l'interface »: the shared components, live, with their states (decision 032).
 * For staff; two sections with their own address, which is also how `SectionNav` is shown.
 */
import { useState } from 'react';
import { useLocation } from 'react-router';
import { CalendarPlus, Download, FilePlus2, Plus, Send, Trash2 } from 'lucide-react';
import { Page } from '../../ui/Page.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card, EmptyState } from '../../ui/Card.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { DateField, TimeField } from '../../ui/DateField.tsx';
import { Loading, Notice } from '../../ui/Feedback.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/Form.tsx';
import { SectionNav } from '../../ui/SectionNav.tsx';
import { StatusChip, type ChipTone } from '../../ui/StatusChip.tsx';
import { ResponsiveTable, type Column } from '../../ui/TableRegion.tsx';
import { useToast } from '../../ui/Toast.tsx';

const BASE = '/composants';
const FOUNDATIONS = `${BASE}/fondations`;

export function ComponentsPage() {
  const { pathname } = useLocation();
  const foundations = pathname.replace(/\/$/, '') === FOUNDATIONS;
  return (
    <Page
      title={foundations ? 'Couleurs et typographie' : 'Composants de l’interface'}
      intro={
        <p>
          Les éléments communs à tous les écrans de Sillage, avec leurs états. Chaque écran les reprend tels quels : un
          même geste a partout la même apparence.
        </p>
      }
    >
      <SectionNav
        label="Parties du catalogue"
        items={[
          { to: BASE, label: 'Composants', end: true },
          { to: FOUNDATIONS, label: 'Couleurs et typographie' },
        ]}
      />
      {foundations ? <Foundations /> : <Components />}
    </Page>
  );
}

function Components() {
  return (
    <>
      <Buttons />
      <Chips />
      <Messages />
      <Fields />
      <Tables />
      <Surfaces />
      <Dialogs />
    </>
  );
}

function Buttons() {
  return (
    <section aria-labelledby="boutons">
      <h2 id="boutons">Boutons</h2>
      <p className="muted">
        Au survol, le fond se fonce ; au clavier, un contour jaune et noir entoure le bouton. Un bouton d’action
        irréversible est rouge et demande toujours confirmation.
      </p>
      <Card title="Variantes" headingLevel={3}>
        <div className="button-row">
          <Button variant="primary">Action principale</Button>
          <Button variant="secondary">Action secondaire</Button>
          <Button variant="quiet">Action discrète</Button>
          <Button variant="destructive" icon={Trash2}>
            Supprimer
          </Button>
        </div>
      </Card>
      <Card title="Avec une icône, désactivé, en cours" headingLevel={3}>
        <div className="button-row">
          <Button variant="primary" icon={Plus}>
            Nouveau bilan
          </Button>
          <Button variant="secondary" icon={Download}>
            Télécharger la convention
          </Button>
          <Button variant="primary" isDisabled>
            Indisponible
          </Button>
          <Button variant="primary" isPending>
            Enregistrement
          </Button>
        </div>
      </Card>
    </section>
  );
}

const CHIPS: [ChipTone, string][] = [
  ['info', 'Nouvelle'],
  ['neutral', 'Planifiée'],
  ['warning', 'À signer'],
  ['success', 'Signé'],
  ['danger', 'En retard'],
  ['neutral', 'Abandonné'],
];

function Chips() {
  return (
    <section aria-labelledby="pastilles">
      <h2 id="pastilles">Pastilles d’état</h2>
      <p className="muted">Toujours un mot : la couleur ne fait que le souligner.</p>
      <ul className="chip-list">
        {CHIPS.map(([tone, word]) => (
          <li key={word}>
            <StatusChip tone={tone}>{word}</StatusChip>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Messages() {
  const toast = useToast();
  return (
    <section aria-labelledby="messages">
      <h2 id="messages">Messages</h2>
      <Notice tone="info">
        <p>Information : la convention sera proposée à la signature après l’entretien préalable.</p>
      </Notice>
      <Notice tone="success">
        <p>Succès : la séance est enregistrée.</p>
      </Notice>
      <Notice tone="warning">
        <p>Attention : le certificat Qualiopi expire dans 60 jours.</p>
      </Notice>
      <div className="notice notice-error">
        <p>Erreur : impossible d’afficher ces informations pour le moment.</p>
      </div>
      <Loading label="Chargement en cours… (état de chargement)" />
      <h3>Notifications</h3>
      <p className="muted">
        Un court message en bas de l’écran, là où la personne regarde après une action, lu par les lecteurs d’écran. Il
        disparaît seul après quelques secondes, ou avec « Fermer le message ».
      </p>
      <div className="button-row">
        <Button variant="secondary" onPress={() => toast('Séance enregistrée.')}>
          Montrer une confirmation
        </Button>
        <Button
          variant="secondary"
          onPress={() => toast('Le document attend la signature de la ou du bénéficiaire.', 'info')}
        >
          Montrer une information
        </Button>
        <Button
          variant="secondary"
          onPress={() => toast('L’envoi n’a pas abouti. Réessayez dans un instant.', 'danger')}
        >
          Montrer un échec
        </Button>
      </div>
    </section>
  );
}

function Fields() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('claire.dubois@exemple');
  const [financing, setFinancing] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [day, setDay] = useState('2026-12-07');
  const [emptyDay, setEmptyDay] = useState('');
  const [start, setStart] = useState('09:30');
  return (
    <section aria-labelledby="champs">
      <h2 id="champs">Champs de formulaire</h2>
      <p className="muted">
        Chaque champ a son libellé, une aide si besoin, et son erreur juste au-dessus de la saisie. Les dates et les
        heures se lisent à la française dans tous les navigateurs.
      </p>
      <div className="grid-cards">
        <Card title="Texte" headingLevel={3}>
          <TextField name="demo-nom" label="Prénom et nom" value={name} onChange={setName} />
          <TextField
            name="demo-courriel"
            label="Adresse e-mail"
            type="email"
            value={email}
            onChange={setEmail}
            hint="Elle reçoit les invitations et les rappels."
            error="Saisissez une adresse e-mail complète, par exemple nom@exemple.fr."
          />
          <SelectField
            name="demo-financement"
            label="Financement"
            optional
            value={financing}
            onChange={setFinancing}
            placeholder="Choisir…"
            options={[
              { value: 'cpf', label: 'Compte personnel de formation' },
              { value: 'opco', label: 'Plan de développement des compétences' },
              { value: 'personnel', label: 'Financement personnel' },
            ]}
          />
          <CheckboxField name="demo-accord" label="J’ai lu la charte" checked={agreed} onChange={setAgreed} />
        </Card>
        <Card title="Dates et heures" headingLevel={3}>
          <DateField name="demo-date" label="Date de la séance" value={day} onChange={setDay} />
          <TimeField name="demo-heure" label="Heure de début" value={start} onChange={setStart} />
          <DateField
            name="demo-echeance"
            label="À rendre au plus tard le"
            value={emptyDay}
            onChange={setEmptyDay}
            hint="Format : jour, mois, année."
            error="Indiquez la date limite."
          />
          <DateField
            name="demo-date-fermee"
            label="Date de fin (fermée)"
            value="2027-03-01"
            onChange={() => undefined}
            isDisabled
          />
        </Card>
      </div>
    </section>
  );
}

interface DemoBilan {
  id: string;
  beneficiary: string;
  financing: string;
  next: string;
  state: [ChipTone, string];
}

const BILANS: DemoBilan[] = [
  {
    id: '1',
    beneficiary: 'Bruno Lefèvre',
    financing: 'CPF',
    next: 'lundi 7 décembre 2026, 9 h 30',
    state: ['warning', 'À signer'],
  },
  {
    id: '2',
    beneficiary: 'Inès Moreau',
    financing: 'Plan de développement',
    next: 'mardi 8 décembre 2026, 14 h',
    state: ['success', 'Signé'],
  },
  { id: '3', beneficiary: 'Karim Benali', financing: 'Personnel', next: '—', state: ['danger', 'En retard'] },
];

const COLUMNS: Column<DemoBilan>[] = [
  { header: 'Bénéficiaire', cell: (b) => b.beneficiary },
  { header: 'Financement', cell: (b) => b.financing },
  { header: 'Prochaine séance', cell: (b) => b.next },
  { header: 'État', cell: (b) => <StatusChip tone={b.state[0]}>{b.state[1]}</StatusChip> },
];

function Tables() {
  return (
    <section aria-labelledby="tableaux">
      <h2 id="tableaux">Tableaux</h2>
      <p className="muted">Sur un téléphone, chaque ligne devient une carte : rien ne dépasse de l’écran.</p>
      <h3>Avec des lignes</h3>
      <ResponsiveTable caption="Bilans en cours (exemple)" columns={COLUMNS} rows={BILANS} rowKey={(b) => b.id} />
      <h3>Sans ligne</h3>
      <ResponsiveTable
        caption="Bilans clos (exemple)"
        columns={COLUMNS}
        rows={[]}
        rowKey={(b) => b.id}
        empty={
          <EmptyState
            headingLevel={4}
            title="Aucun bilan clos pour l’instant"
            action={
              <Button variant="secondary" icon={FilePlus2}>
                Voir les bilans en cours
              </Button>
            }
          >
            Les bilans terminés, avec leur synthèse remise, se retrouvent ici pendant la durée de conservation.
          </EmptyState>
        }
      />
      <h3>Pendant le chargement</h3>
      <Loading label="Chargement des bilans…" />
    </section>
  );
}

function Surfaces() {
  return (
    <section aria-labelledby="surfaces">
      <h2 id="surfaces">Cartes et états vides</h2>
      <div className="grid-cards">
        <Card
          title="Prochaine séance"
          headingLevel={3}
          actions={
            <Button variant="quiet" size="small" icon={CalendarPlus}>
              Planifier
            </Button>
          }
        >
          <p>Lundi 7 décembre 2026, 9 h 30 — entretien d’investigation, 2 h.</p>
        </Card>
        <Card title="Carte secondaire" headingLevel={3} muted>
          <p>Sur le fond gris : une information d’appui, moins importante que le contenu principal.</p>
        </Card>
      </div>
      <EmptyState
        headingLevel={3}
        icon={CalendarPlus}
        title="Aucune séance pour l’instant"
        action={
          <Button variant="primary" icon={Plus}>
            Planifier une séance
          </Button>
        }
      >
        Les séances planifiées avec la ou le bénéficiaire apparaîtront ici, avec leur émargement et les heures
        réalisées.
      </EmptyState>
    </section>
  );
}

function Dialogs() {
  const toast = useToast();
  return (
    <section aria-labelledby="dialogues">
      <h2 id="dialogues">Confirmation d’une action irréversible</h2>
      <p className="muted">
        La fenêtre nomme l’action et dit ce qui ne pourra pas être défait. Échap ou « Annuler » la ferment et rendent la
        main au bouton d’origine.
      </p>
      <div className="button-row">
        <ConfirmDialog
          triggerLabel="Supprimer le brouillon"
          triggerIcon={Trash2}
          title="Supprimer ce brouillon ?"
          irreversible="Le brouillon sera effacé définitivement : il ne pourra pas être récupéré."
          confirmLabel="Supprimer définitivement"
          onConfirm={() => toast('Brouillon supprimé.')}
        />
        <ConfirmDialog
          tone="primary"
          triggerLabel="Envoyer les réponses"
          triggerIcon={Send}
          triggerVariant="secondary"
          title="Envoyer vos réponses ?"
          irreversible="Une fois envoyées, vos réponses ne pourront plus être modifiées."
          confirmLabel="Envoyer"
          onConfirm={() => toast('Réponses envoyées à votre consultant·e.')}
        >
          <p>Votre consultant·e les lira avant la prochaine séance.</p>
        </ConfirmDialog>
      </div>
    </section>
  );
}

const SWATCHES: { name: string; use: string; background: string; color: string }[] = [
  {
    name: 'Accent',
    use: 'Actions principales, liens, élément courant',
    background: 'var(--accent)',
    color: 'var(--on-accent)',
  },
  { name: 'Encre', use: 'Texte courant', background: 'var(--ink)', color: 'var(--paper)' },
  { name: 'Texte secondaire', use: 'Aides, métadonnées', background: 'var(--muted)', color: 'var(--paper)' },
  {
    name: 'Surface',
    use: 'Navigation, pied de page, cartes secondaires',
    background: 'var(--surface)',
    color: 'var(--ink)',
  },
  { name: 'Surface appuyée', use: 'Survol, pastille neutre', background: 'var(--surface-2)', color: 'var(--ink)' },
  {
    name: 'Information',
    use: 'Messages et pastilles d’information',
    background: 'var(--info-bg)',
    color: 'var(--info)',
  },
  { name: 'Succès', use: 'Confirmations', background: 'var(--success-bg)', color: 'var(--success)' },
  { name: 'Attention', use: 'Échéances proches, à faire', background: 'var(--warning-bg)', color: 'var(--warning)' },
  {
    name: 'Danger',
    use: 'Erreurs, retards, actions irréversibles',
    background: 'var(--danger-bg)',
    color: 'var(--danger)',
  },
];

const TYPE_SCALE: { name: string; size: string; use: string }[] = [
  { name: 'Très grand', size: 'var(--text-3xl)', use: 'Chiffre clé' },
  { name: 'Titre de page', size: 'var(--text-2xl)', use: 'Un par page' },
  { name: 'Titre de partie', size: 'var(--text-xl)', use: 'Parties de la page' },
  { name: 'Sous-titre', size: 'var(--text-lg)', use: 'Cartes, sous-parties' },
  { name: 'Texte', size: 'var(--text-base)', use: 'Texte courant' },
  { name: 'Petit texte', size: 'var(--text-sm)', use: 'Métadonnées, en-têtes de tableau' },
];

function Foundations() {
  return (
    <>
      <section aria-labelledby="couleurs">
        <h2 id="couleurs">Couleurs</h2>
        <p className="muted">
          Une base neutre, une couleur d’accent que l’organisme peut remplacer par la sienne, et quatre couleurs d’état.
          Chaque texte garde un contraste d’au moins 4,5 pour 1 avec son fond.
        </p>
        <ul className="swatches">
          {SWATCHES.map((swatch) => (
            <li key={swatch.name}>
              <span className="swatch" style={{ background: swatch.background, color: swatch.color }}>
                Aa
              </span>
              <span>
                <strong>{swatch.name}</strong>
                <br />
                <span className="muted small">{swatch.use}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="typographie">
        <h2 id="typographie">Typographie</h2>
        <p className="muted">
          Inter, une police libre livrée avec l’application (rien n’est chargé depuis un autre site), en six tailles.
        </p>
        <ul className="type-scale">
          {TYPE_SCALE.map((step) => (
            <li key={step.name}>
              <span style={{ fontSize: step.size, fontWeight: 650, lineHeight: 1.25 }}>{step.name}</span>
              <span className="muted small">{step.use}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="espacements">
        <h2 id="espacements">Espacements et coins</h2>
        <p className="muted">
          Des pas de 8 pixels, des coins arrondis de 6 à 8 pixels ; une ombre seulement pour ce qui flotte au-dessus de
          la page (fenêtres, notifications, listes de choix).
        </p>
        <ul className="spacing-scale">
          {[8, 16, 24, 32, 48, 64].map((pixels, index) => (
            <li key={pixels}>
              <span className="spacing-bar" style={{ width: `var(--space-${index + 1})` }} />
              <span className="small">{pixels} px</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
