/**
 * Recognition, typing and roles, on sentences from the seeds and on sentences of the same shapes
 * with other names, outlets and countries.
 */
import { describe, expect, it } from 'vitest';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { entitiesIn } from './story';
import type { Entity } from '../../../lib/shared/types';

function find(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

function summary(text: string): Record<string, string> {
  return Object.fromEntries(entitiesIn(text).map((e) => [e.name, e.kind]));
}

describe('recognising officials from their titles', () => {
  it('strips the title from the name and keeps it as the role, with its country', () => {
    const entities = entitiesIn('MEXICO CITY (AFP) - US Secretary of Homeland Security John Kelly met Mexican President Enrique Pena Nieto on Wednesday.');
    expect(find(entities, 'John Kelly')).toMatchObject({ kind: 'official', roles: [{ title: 'Secretary of Homeland Security', country: 'US' }] });
    expect(find(entities, 'Enrique Pena Nieto')).toMatchObject({ kind: 'official', roles: [{ title: 'President', country: 'Mexico' }] });
    expect(entities.map((e) => e.name)).not.toContain('Security John Kelly');
  });

  it('reads titles before, after and around the portfolio, in other countries', () => {
    const entities = entitiesIn(
      "German Foreign Minister Annalena Baerbock met Brazil's Minister of Finance Fernando Haddad and Kenyan Interior Secretary Kithure Kindiki in Berlin on Monday.",
    );
    expect(find(entities, 'Annalena Baerbock')).toMatchObject({ kind: 'official', roles: [{ title: 'Foreign Minister', country: 'Germany' }] });
    expect(find(entities, 'Fernando Haddad')).toMatchObject({ kind: 'official', roles: [{ title: 'Minister of Finance', country: 'Brazil' }] });
    expect(find(entities, 'Kithure Kindiki')).toMatchObject({ kind: 'official', roles: [{ title: 'Interior Secretary', country: 'Kenya' }] });
    expect(entities.map((e) => e.name)).not.toContain('Berlin');
  });

  it('reads lower-case titles and the office a person speaks for', () => {
    const seed = entitiesIn('Both groups opened fire on officers when they arrived on the scene, said state police chief Oscar Aparicio.');
    expect(find(seed, 'Oscar Aparicio')).toMatchObject({ kind: 'official', roles: [{ title: 'state police chief' }] });
    const other = entitiesIn("The attack was planned for weeks, said Mr Tomas Zeron of the attorney general's office for the state of Sonora.");
    expect(find(other, 'Tomas Zeron')?.kind).toBe('official');
    expect(find(other, 'Tomas Zeron')?.roles[0]?.title).toContain("attorney general's office");
  });

  it('carries a country across a coordinated title', () => {
    const entities = entitiesIn(
      'Mrs. Clinton traveled to Mexico City for meetings with Mexican President Felipe Calderón and Foreign Minister Patricia Espinoza.',
    );
    expect(find(entities, 'Patricia Espinoza')?.roles[0]).toMatchObject({ title: 'Foreign Minister', country: 'Mexico' });
  });

  it('reads a role from an apposition', () => {
    const entities = entitiesIn('Olaf Scholz, the German chancellor, said on Friday that talks would resume.');
    expect(find(entities, 'Olaf Scholz')).toMatchObject({ kind: 'official', roles: [{ title: 'chancellor', country: 'Germany' }] });
  });
});

describe('typing people who hold no office', () => {
  it('keeps experts, criminals and journalists as people', () => {
    expect(summary('Andrew Selee, an expert on U.S.-Mexico relations at the Woodrow Wilson Center, said these encounters are new.')).toMatchObject({
      'Andrew Selee': 'person',
      'Woodrow Wilson Center': 'organization',
    });
    expect(summary('The cartel has been in turmoil since its kingpin Joaquin "El Chapo" Guzman was extradited.')).toEqual({ 'Joaquin Guzman': 'person' });
    expect(summary('Maria Fernanda Lopez, a researcher at the Brookings Institution, said the plan would fail.')).toEqual({
      'Maria Fernanda Lopez': 'person',
      'Brookings Institution': 'organization',
    });
  });

  it('does not take months, weekdays or places for people', () => {
    const names = entitiesIn('Defense Secretary Salvador Cienfuegos spoke about an April meeting in Hamburg, Germany, on Tuesday.').map((e) => e.name);
    expect(names).toEqual(['Salvador Cienfuegos']);
  });
});

describe('recognising organisations', () => {
  it('finds cartels, agencies, departments, the Pentagon and media by the grammar around them', () => {
    expect(
      summary(
        'Investigators believe the gunmen were "La Linea" - the armed wing of the Juarez cartel - and hitmen from the Sinaloa cartel, Mr Esparza told AFP.',
      ),
    ).toMatchObject({
      'La Linea': 'organization',
      'Juarez cartel': 'organization',
      'Sinaloa cartel': 'organization',
      AFP: 'organization',
    });
    expect(summary('The Pentagon confirmed the call. The US State Department said on Wednesday it was working with the Justice Department.')).toMatchObject({
      Pentagon: 'organization',
      'State Department': 'organization',
      'Justice Department': 'organization',
    });
    expect(summary('"We are not expecting agreements," he told Mexican TV network Televisa.')).toEqual({ Televisa: 'organization' });
  });

  it('finds the same shapes with names the seeds never use', () => {
    expect(
      summary(
        'Gunmen from the Gulf cartel clashed with soldiers, the Ministry of Defence said, according to Colombian radio station Caracol and the news agency Xinhua.',
      ),
    ).toMatchObject({ 'Gulf cartel': 'organization', 'Ministry of Defence': 'organization', Caracol: 'organization', Xinhua: 'organization' });
    expect(summary('The leaks were published by Bellingcat, an investigative group, and reported by Le Monde.')).toMatchObject({ Bellingcat: 'organization' });
    expect(summary('Leaders of the Group of Seven (G7) met in Japan while NATO troops stood by.')).toMatchObject({ NATO: 'organization' });
  });

  it('does not take places, datelines or a person’s cartel for organisations', () => {
    const names = entitiesIn(
      'WASHINGTON/MEXICO CITY (Reuters) - A shootout near the remote town of Las Varas left the Guzman cartel, led by Joaquin Guzman, weakened in Villa Union and Washington, DC.',
    ).map((e) => e.name);
    expect(names).toContain('Reuters');
    expect(names).not.toContain('Las Varas');
    expect(names).not.toContain('Guzman cartel');
    expect(names).not.toContain('Villa Union');
    expect(names).not.toContain('DC');
    expect(names).not.toContain('WASHINGTON/MEXICO CITY');
  });
});

describe('technical words', () => {
  it('does not take parts, ports or product codes for organisations', () => {
    const names = entitiesIn(
      'The new console has a faster CPU and GPU, two HDMI ports, USB charging, a VR headset and the RTX4090 chip, and costs RM8 billion to build, the Zorvex company said.',
    ).map((e) => e.name);
    for (const word of ['CPU', 'GPU', 'HDMI', 'USB', 'VR', 'RTX4090', 'RM8']) expect(names).not.toContain(word);
  });
});

describe('mentions', () => {
  it('keep the exact text, its offsets in the cleaned text, and the sentence', () => {
    const text = 'Barr is due to sit down with officials.\n\nUS Attorney General William Barr spoke at the Justice Department.';
    const [document] = profileCorpus([{ path: 'a.txt', text }]).documents;
    const barr = entitiesIn(text).find((e) => e.name === 'William Barr');
    expect(barr?.mentions.map((m) => [m.text, m.sentence])).toEqual([
      ['Barr', 'Barr is due to sit down with officials.'],
      ['William Barr', 'US Attorney General William Barr spoke at the Justice Department.'],
    ]);
    for (const m of barr?.mentions ?? []) expect(document?.text.slice(m.start, m.end)).toBe(m.text);
  });
});
