/**
 * The engine's entry point: news texts in, profiles of the officials, people and organisations
 * they name out, with every mention and every role kept per document.
 */
import { EntityRegistry } from './alias-resolve';
import { analyzeDocument, type DocumentAnalysis } from './document-analysis';
import { formatPublished } from './metadata';
import type { CorpusProfile, DocumentId, EntityKind, ProfiledDocument } from '../shared/types';

export interface SourceText {
  path: string;
  text: string;
}

/** The JSON the command line prints: the form tests, the extension build and evaluation read. */
export interface CorpusJson {
  documents: { id: string; path: string; title: string; source: string | null; published: string | null }[];
  entities: {
    id: string;
    kind: EntityKind;
    name: string;
    aliases: string[];
    roles: { title: string; country: string | null; documentId: string }[];
    mentions: { documentId: string; text: string; start: number; end: number; sentence: string }[];
  }[];
}

/** A document id from its file name: "seeds/000_ff79ce6ae809aed7.txt" → "000_ff79ce6ae809aed7". */
function documentIdFor(path: string, taken: Set<string>): DocumentId {
  const base =
    path
      .split(/[\\/]/)
      .pop()!
      .replace(/\.[^.]+$/, '') || 'document';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id as DocumentId;
}

/** Profiles a corpus of news texts. */
export function profileCorpus(inputs: readonly SourceText[]): CorpusProfile {
  return profileAnalysed(inputs.map((input) => ({ path: input.path, analysis: analyzeDocument(input.text) })));
}

/** Profiles documents the engine has already read: the text saved is not read a second time. */
export function profileAnalysed(inputs: readonly { path: string; analysis: DocumentAnalysis }[]): CorpusProfile {
  const registry = new EntityRegistry();
  const taken = new Set<string>();
  const analysed: { id: DocumentId; path: string; analysis: DocumentAnalysis }[] = [];
  for (const { path, analysis } of inputs) {
    const id = documentIdFor(path, taken);
    registry.addDocument(id, analysis);
    analysed.push({ id, path, analysis });
  }
  registry.consolidate();
  for (const { id, analysis } of analysed) registry.scanKnownNames(id, analysis);
  const documents: ProfiledDocument[] = analysed.map(({ id, path, analysis }) => ({
    id,
    path,
    title: analysis.meta.title,
    source: analysis.meta.source,
    published: analysis.meta.published,
    text: analysis.tagged.text,
  }));
  return { documents, entities: registry.entities() };
}

/** The profile in the command line's JSON form. */
export function corpusToJson(profile: CorpusProfile): CorpusJson {
  return {
    documents: profile.documents.map((d) => ({ id: d.id, path: d.path, title: d.title, source: d.source, published: formatPublished(d.published) })),
    entities: profile.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      roles: e.roles.map((r) => ({ title: r.title, country: r.country, documentId: r.documentId })),
      mentions: e.mentions.map((m) => ({ documentId: m.documentId, text: m.text, start: m.start, end: m.end, sentence: m.sentence })),
    })),
  };
}
