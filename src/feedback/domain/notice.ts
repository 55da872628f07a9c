/**
 * What is kept about a respondent and for how long (GDPR Art. 14, decision 048): told in the
 * invitation and on the answer page.
 */
export const RESPONDENT_DATA_NOTICE =
  'Votre adresse e-mail et vos réponses servent uniquement à ce bilan de compétences : elles sont détruites avec son contenu, à la fin du bilan.';
