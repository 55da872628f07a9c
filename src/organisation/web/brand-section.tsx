/**
 * The admin's « Identité visuelle » on the organisation page (decision 036): the logo (PNG or
 * JPEG, uploaded, replaced or removed) and the accent colour, with a live preview of the top bar
 * and a button in that colour, and its contrast on white said in words.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { call } from '../../ui/api.ts';
import { Confirm, LoadError, Loading } from '../../ui/Feedback.tsx';
import { FileField, Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { accountKeys } from '../../accounts/web/query-keys.ts';
import { organisationEndpoints } from '../contracts/endpoints.ts';
import { BrandColourSchema, LOGO_PART, LOGO_PROBLEM_MESSAGES, type BrandView } from '../contracts/brand.ts';
import { contrastOnWhiteFr, darkerShade, normaliseHexColour, readableOnWhite } from '../domain/colour.ts';
import { MAX_LOGO_BYTES } from '../domain/logo-image.ts';
import { OrganisationLogo } from './brand.tsx';
import { organisationKeys } from './query-keys.ts';
import './brand.css';

const SILLAGE_BLUE = '#1f4e79';

function useBrandSaved() {
  const client = useQueryClient();
  return (brand: BrandView) => {
    client.setQueryData(organisationKeys.brand, brand);
    // The top bar shows the session's brand: read it again.
    void client.invalidateQueries({ queryKey: accountKeys.session });
  };
}

const LogoSchema = z.object({
  [LOGO_PART]: z
    .instanceof(File, { error: 'Choisissez l’image du logo (PNG ou JPEG).' })
    .refine((file) => file.size > 0, LOGO_PROBLEM_MESSAGES.empty)
    .refine((file) => file.size <= MAX_LOGO_BYTES, LOGO_PROBLEM_MESSAGES.too_large),
});

function LogoForm({ brand, organisationName }: { brand: BrandView; organisationName: string }) {
  const saved = useBrandSaved();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { errors, pending, submit } = useSubmit(
    LogoSchema,
    (data) => {
      const form = new FormData();
      form.append(LOGO_PART, data[LOGO_PART], data[LOGO_PART].name);
      return call(organisationEndpoints.uploadLogo, { form });
    },
    (brandAfter) => {
      saved(brandAfter);
      setFile(null);
      setInputKey((k) => k + 1);
      setDone('Le logo est enregistré.');
    },
  );
  const remove = async () => {
    try {
      saved(await call(organisationEndpoints.removeLogo));
      setConfirming(false);
      setRemoveError(null);
      setDone('Le logo est retiré.');
    } catch {
      setRemoveError('Le logo n’a pas pu être retiré. Réessayez dans un instant.');
    }
  };
  return (
    <div className="brand-part">
      <h3>Logo</h3>
      {brand.logo ? (
        <div className="brand-current-logo">
          <OrganisationLogo url={brand.logo.url} name={organisationName} className="org-logo org-logo-page" />
          {confirming ? (
            <Confirm
              id="retirer-logo"
              question="Retirer le logo ?"
              detail="Les pages, e-mails et documents produits ensuite n’en afficheront plus ; les documents déjà produits le gardent."
              confirmLabel="Retirer le logo"
              tone="danger"
              error={removeError}
              onConfirm={() => void remove()}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
              Retirer le logo
            </button>
          )}
        </div>
      ) : (
        <p>Aucun logo pour le moment : le nom de l’organisme s’affiche seul.</p>
      )}
      <Form
        onSubmit={() => {
          setDone(null);
          void submit({ [LOGO_PART]: file });
        }}
        errors={errors}
        labels={{ [LOGO_PART]: 'Logo' }}
        submitLabel={brand.logo ? 'Remplacer le logo' : 'Enregistrer le logo'}
        pending={pending}
        done={done}
        note={null}
      >
        <FileField
          key={inputKey}
          name={LOGO_PART}
          label="Image du logo"
          hint="Image PNG ou JPEG, 300 ko au plus, entre 16 et 2 000 pixels de côté. Un logo sur fond transparent ou blanc s’affiche le mieux."
          error={errors?.fields[LOGO_PART]}
          accept="image/png,image/jpeg,.png,.jpg,.jpeg"
          onChange={(picked) => {
            setDone(null);
            setFile(picked);
          }}
        />
      </Form>
    </div>
  );
}

/** The preview of a colour: the top bar, a button and a link, and its contrast in words. */
function ColourPreview({ colour, organisationName }: { colour: string | null; organisationName: string }) {
  if (!colour)
    return (
      <p className="hint" role="status">
        Aperçu : saisissez une couleur au format #rrggbb.
      </p>
    );
  const readable = readableOnWhite(colour);
  return (
    <div className="brand-preview" aria-label="Aperçu de la couleur" role="group">
      <div className="brand-preview-bar" style={{ background: colour }}>
        <span>{organisationName}</span>
      </div>
      <div className="brand-preview-body">
        <span className="brand-preview-button" style={{ background: colour }}>
          Bouton
        </span>
        <span className="brand-preview-link" style={{ color: colour }}>
          Lien
        </span>
        <span className="brand-preview-button" style={{ background: darkerShade(colour) }}>
          Survol
        </span>
      </div>
      <p role="status" className={readable ? 'brand-contrast' : 'field-error'}>
        Contraste sur fond blanc : {contrastOnWhiteFr(colour)} pour 1{' '}
        {readable ? '(lisible : au moins 4,5 pour 1).' : '(trop faible : il faut au moins 4,5 pour 1).'}
      </p>
    </div>
  );
}

function ColourForm({ brand, organisationName }: { brand: BrandView; organisationName: string }) {
  const saved = useBrandSaved();
  const [value, setValue] = useState(brand.accentColour ?? '');
  const [done, setDone] = useState<string | null>(null);
  const { errors, pending, submit } = useSubmit(
    BrandColourSchema,
    (data) => call(organisationEndpoints.updateBrandColour, { body: { accentColour: data.accentColour ?? '' } }),
    (after) => {
      saved(after);
      setValue(after.accentColour ?? '');
      setDone(after.accentColour ? 'La couleur est enregistrée.' : 'Les couleurs de Sillage sont rétablies.');
    },
  );
  const hex = normaliseHexColour(value);
  return (
    <div className="brand-part">
      <h3>Couleur principale</h3>
      <Form
        onSubmit={() => {
          setDone(null);
          void submit({ accentColour: value });
        }}
        errors={errors}
        labels={{ accentColour: 'Couleur principale' }}
        submitLabel="Enregistrer la couleur"
        pending={pending}
        done={done}
        note={null}
      >
        <TextField
          name="accentColour"
          label="Couleur principale (code hexadécimal)"
          value={value}
          onChange={(v) => {
            setDone(null);
            setValue(v);
          }}
          error={errors?.fields.accentColour}
          optional
          hint="Par exemple #1f4e79. Elle colore la barre du haut, les boutons et les titres ; elle doit rester assez foncée pour que les textes soient lisibles sur fond blanc. Laissez vide pour garder les couleurs de Sillage."
          autoComplete="off"
          spellCheck={false}
        />
        <div className="field">
          <label htmlFor="champ-accentColour-palette">Ou choisissez-la dans la palette</label>
          <input
            id="champ-accentColour-palette"
            type="color"
            className="brand-palette"
            value={hex ?? SILLAGE_BLUE}
            onChange={(event) => {
              setDone(null);
              setValue(event.target.value);
            }}
          />
        </div>
        <ColourPreview colour={hex} organisationName={organisationName} />
      </Form>
    </div>
  );
}

export function BrandSection({ organisationName }: { organisationName: string }) {
  const brand = useQuery({ queryKey: organisationKeys.brand, queryFn: () => call(organisationEndpoints.brand) });
  return (
    <section aria-labelledby="identite-visuelle" className="brand-section">
      <h2 id="identite-visuelle">Identité visuelle</h2>
      <p>
        Le logo et la couleur s’affichent sur la page publique, dans la barre du haut pour les personnes de l’organisme,
        dans les e-mails et sur les documents PDF produits ensuite.
      </p>
      {brand.isPending ? (
        <Loading />
      ) : brand.isError ? (
        <LoadError error={brand.error} />
      ) : (
        <>
          <LogoForm brand={brand.data} organisationName={organisationName} />
          <ColourForm brand={brand.data} organisationName={organisationName} />
        </>
      )}
    </section>
  );
}
