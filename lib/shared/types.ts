/** Identifiers are branded so a document id can't be passed where an entity id belongs. */
export type DocumentId = string & { readonly brand: 'DocumentId' };
export type EntityId = string & { readonly brand: 'EntityId' };

export type EntityKind = 'official' | 'person' | 'organization';

/** A date as far as the text gives it: "Wednesday (July 5)" has no year, and none is invented. */
export interface PublishedDate {
  year?: number;
  month?: number;
  day?: number;
  weekday?: string;
  /** The words the date was read from. */
  text: string;
}

export interface DocumentMeta {
  id: DocumentId;
  path: string;
  title: string;
  /** The agency or outlet named in datelines, credits and bylines, or null. */
  source: string | null;
  published: PublishedDate | null;
}

/** A role as one document states it, such as "Secretary of Homeland Security" for the US. */
export interface RoleStatement {
  title: string;
  country: string | null;
  documentId: DocumentId;
}

/** One appearance of a name: the exact text as written, its offsets in the cleaned text, and its sentence. */
export interface Mention {
  documentId: DocumentId;
  text: string;
  start: number;
  end: number;
  sentence: string;
}

interface EntityBase {
  id: EntityId;
  /** The fullest form of the name, without titles or honorifics. */
  name: string;
  aliases: string[];
  mentions: Mention[];
}

export type Entity =
  | (EntityBase & { kind: 'official'; roles: RoleStatement[] })
  | (EntityBase & { kind: 'person'; roles: RoleStatement[] })
  | (EntityBase & { kind: 'organization'; roles: RoleStatement[] });

/** A cleaned, profiled document: the text every mention's offsets point into. */
export interface ProfiledDocument extends DocumentMeta {
  text: string;
}

export interface CorpusProfile {
  documents: ProfiledDocument[];
  entities: Entity[];
}

/** Errors that cross a boundary (CLI, import, messages) are values. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };
