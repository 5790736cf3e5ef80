import { demoFileJson } from './demo';

const FIRST_NAMES = [
  'Zoë', 'Ana', 'Björn', 'Chloé', 'José', 'Léa', 'Mia', 'Noah', 'Olivia', 'Émile', 'Søren', 'Inès', 'Jürgen', 'Wei',
  'Yuki', 'Priya', 'Lukas', 'Sofía', 'Matteo', 'Hannah', 'Aiden', 'Fatima', 'Jan', 'Eva', 'Tomás', 'Ingrid', 'Kenji',
  'Amara', 'Pieter', 'Zofia', 'Raúl', 'Elif', 'Daan', 'Mei', 'Oskar', 'Nadia', 'Luca', 'Sven', 'Aoife', 'Rafael',
];
const LAST_NAMES = [
  'Müller', 'García', 'Núñez', 'Østergaard', 'Smith', 'Dubois', 'Kowalski', 'Nakamura', 'Silva', 'van der Berg',
  'O’Brien', 'Schäfer', 'Rossi', 'Jansen', 'Nguyen', 'Andersson', 'Fernández', 'Novák', 'Papadopoulos', 'Yılmaz',
  'Kim', 'Bianchi', 'de Vries', 'Lindqvist', 'Moreau', 'Horvath', 'Costa', 'Fischer', 'Ivanova', 'Takahashi', 'Okafor',
  'Petrović', 'Laurent', 'Weber', 'Santos', 'Kaur', 'Hoffmann', 'Virtanen', 'Dvořák', 'Chen', 'Ó Súilleabháin',
  'Martín', 'Becker', 'Öztürk', 'Mercier', 'Bakker', 'Lund', 'Rahman', 'Sato', 'Wójcik',
];

/** Plain letters for an address: "Zoë Østergaard" writes zoe.ostergaard. */
function addressPart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

export interface GeneratedPerson {
  aadObjectId: string;
  displayName: string;
  email: string;
  roles: string[];
  accountType: 'mpn' | 'cspOnly';
}

/**
 * The demo company with `count` more people: names repeat as in any large company (the addresses differ), names carry
 * accents, and every 25th account is tied only to CSP.
 */
export function largeCompanyFile(count: number): Record<string, unknown> & { users: GeneratedPerson[] } {
  const demo = demoFileJson() as Record<string, unknown> & { users: GeneratedPerson[] };
  const generated = Array.from({ length: count }, (_, index): GeneratedPerson => {
    const first = FIRST_NAMES[index % FIRST_NAMES.length];
    const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length];
    return {
      aadObjectId: `10000000-0000-4000-8000-${index.toString().padStart(12, '0')}`,
      displayName: `${first} ${last}`,
      email: `${addressPart(first)}.${addressPart(last)}${index}@contoso-partners.example`,
      roles: [],
      accountType: index % 25 === 24 ? 'cspOnly' : 'mpn',
    };
  });
  return { ...demo, users: [...demo.users, ...generated] };
}
