import { describe, expect, it } from 'vitest';
import { nameKey, sameFullName, surnameForms } from '../../../lib/engine/names';

describe('sameFullName', () => {
  it('joins names that differ in accents, an initial, a middle name or a second surname', () => {
    expect(sameFullName('John F. Kelly', 'John Kelly')).toBe(true);
    expect(sameFullName('Enrique Peña Nieto', 'Enrique Pena Nieto')).toBe(true);
    expect(sameFullName('Andrés Manuel López Obrador', 'Andres Manuel Lopez Obrador')).toBe(true);
    expect(sameFullName('Enrique Peña Nieto', 'Enrique Peña')).toBe(true);
    expect(sameFullName('Miguel Ángel Osorio Chong', 'Miguel Osorio Chong')).toBe(true);
  });

  it('joins a short form of a first name to the full one', () => {
    expect(sameFullName('Bill Barr', 'William P. Barr')).toBe(true);
    expect(sameFullName('Jim Mattis', 'James Mattis')).toBe(true);
  });

  it('never joins different people who share a surname', () => {
    expect(sameFullName('Hillary Clinton', 'Bill Clinton')).toBe(false);
    expect(sameFullName('John Kelly', 'Mark Kelly')).toBe(false);
    expect(sameFullName('George W. Bush', 'George H. W. Bush')).toBe(false);
  });
});

describe('name forms', () => {
  it('drops honorifics, possessives and accents from the key', () => {
    expect(nameKey('Mr Kelly')).toBe('kelly');
    expect(nameKey("Kelly's")).toBe('kelly');
    expect(nameKey('Mr. Calderón')).toBe('calderon');
  });

  it('lists the surnames a full name is shortened to', () => {
    expect(surnameForms('Enrique Pena Nieto')).toEqual(['pena nieto', 'nieto', 'pena']);
    // A Spanish name's first surname alone: "Tomás Arrieta Gaviria" is "Arrieta".
    expect(surnameForms('Tomás Arrieta Gaviria')).toContain('arrieta');
    expect(surnameForms('John F. Kelly')).toEqual(['kelly']);
  });
});
