/**
 * The reader's settings: what to highlight, where Dramatis stays off, and whether it saves every
 * article it reads. Plain data and pure rules, so the page, the popup and the options page agree.
 */
import type { EntityKind } from './types';

export interface Settings {
  /** Which kinds get marks. */
  kinds: Record<EntityKind, boolean>;
  /** Mark only a name's first mention in each paragraph. */
  firstPerParagraph: boolean;
  /** Sites (host names) Dramatis does not run on. */
  disabledSites: string[];
  /** Pages (address without the fragment) Dramatis does not run on. */
  disabledPages: string[];
  /** Save every news article the reader opens. */
  autoSave: boolean;
  /** Sites whose articles are never saved automatically. */
  neverSaveSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  kinds: { official: true, organization: true, person: false },
  firstPerParagraph: false,
  disabledSites: [],
  disabledPages: [],
  autoSave: false,
  neverSaveSites: [],
};

/** Settings as stored, filled from the defaults where older versions had fewer of them. */
export function normalizeSettings(value: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...value,
    kinds: { ...DEFAULT_SETTINGS.kinds, ...value?.kinds },
  };
}

/** The host a site rule names: "https://www.bbc.co.uk/news/x" → "bbc.co.uk"; "BBC.co.uk" → "bbc.co.uk". */
export function siteOf(urlOrHost: string): string {
  const trimmed = urlOrHost.trim().toLowerCase();
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    // Not a URL: keep what was typed.
  }
  return host.replace(/^www\./, '');
}

/** A page's address without its fragment, as page rules store it. */
export function pageOf(url: string): string {
  return url.replace(/#.*$/, '');
}

function onSite(url: string, sites: readonly string[]): boolean {
  const host = siteOf(url);
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether Dramatis is off on this page, by a site rule or a page rule. */
export function isDisabled(settings: Settings, url: string): boolean {
  return onSite(url, settings.disabledSites) || settings.disabledPages.includes(pageOf(url));
}

/** Whether an article at this address is saved automatically. */
export function shouldAutoSave(settings: Settings, url: string): boolean {
  return settings.autoSave && !isDisabled(settings, url) && !onSite(url, settings.neverSaveSites);
}

/** Adds or removes a value from one of the lists. */
export function toggled(list: readonly string[], value: string, on: boolean): string[] {
  const rest = list.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}
