/**
 * JSON Resume (https://jsonresume.org/schema, v1 and the pre-v1 names still
 * found in the wild) read as a content document. A resume is recognised by
 * its own top-level keys; the fields the kit shows are checked with the same
 * limits as the kit's own (errors carry the resume's paths, `work[2].startDate`);
 * every other JSON Resume field is kept out of the way, never refused.
 *
 *   basics      -> profile   name; label as title; summary
 *               -> recruiter summary as the pitch; email; url (or pre-v1 website) and profiles[].url as links
 *   work[]      -> logs      year of startDate (else endDate); "position at name" (pre-v1: company);
 *                            highlights as lines (the summary when there are none)
 *   projects[]  -> modules   name; keywords as the pipeline (else the name); description as solution;
 *                            highlights as metric chips; status "active", or "shipped" with an endDate
 *
 * Kit keys in the same document (`decisions`, `sections`, … even `profile`) are
 * kept and win over what the resume maps to.
 */
import * as v from 'valibot';
import { CONTENT_KEYS, email, href, isCalendarDate, LIMITS, list, looseObj, pathOf, str } from './schema';
import type { ContentDocument, Link, LogEntry, Profile, Recruiter, RuntimeModule } from './types';

// The cheap check lives with the validator, which loads this module only for a resume.
export { isJsonResume } from './validate';

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A non-blank string. */
const given = (x: unknown): boolean => typeof x === 'string' && x.trim() !== '';

// --- The fields the kit reads, with the kit's limits ---

/** An optional string where JSON Resume often has "" for "not given". */
const maybe = <T extends v.GenericSchema<string, string>>(schema: T) => v.optional(v.union([v.literal(''), schema], 'expected a string'));

/** JSON Resume dates: YYYY, YYYY-MM or YYYY-MM-DD, each a real one. */
export function isResumeDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
  return isCalendarDate(value);
}
const resumeDate = () => v.pipe(str(10), v.check(isResumeDate, 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD'));

/** The half of a log title ("position at company") each side may take. */
const HALF_TITLE = (LIMITS.title - 4) >> 1;

const WorkSchema = looseObj({
  name: maybe(str(HALF_TITLE)),
  company: maybe(str(HALF_TITLE)),
  position: maybe(str(HALF_TITLE)),
  startDate: maybe(resumeDate()),
  endDate: maybe(resumeDate()),
  summary: maybe(str(LIMITS.line)),
  highlights: v.optional(list(str(LIMITS.line))),
});

export const ResumeSchema = v.pipe(
  looseObj({
    basics: v.optional(
      looseObj({
        name: maybe(str(LIMITS.name)),
        label: maybe(str(LIMITS.title)),
        summary: maybe(str(LIMITS.text)),
        email: maybe(email()),
        url: maybe(href()),
        website: maybe(href()),
        profiles: v.optional(list(looseObj({ network: maybe(str(LIMITS.name)), username: maybe(str(LIMITS.name)), url: maybe(href()) }))),
      }),
    ),
    work: v.optional(
      list(
        v.pipe(
          WorkSchema,
          v.rawCheck(({ dataset, addIssue }) => {
            // A log entry needs a year and a title (checked even when other fields are wrong).
            const w = dataset.value;
            if (!isObject(w)) return;
            if (!given(w.startDate) && !given(w.endDate)) addIssue({ message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD (the log shows the year)', path: pathOf(w, ['startDate']) });
            if (!given(w.position) && !given(w.name) && !given(w.company)) addIssue({ message: 'expected a position or a company name (the log entry needs a title)', path: pathOf(w, ['position']) });
          }),
        ),
      ),
    ),
    projects: v.optional(
      list(
        looseObj({
          name: v.pipe(str(LIMITS.name), v.nonEmpty('expected a non-empty string')),
          description: maybe(str(LIMITS.text)),
          highlights: v.optional(list(str(LIMITS.title))),
          keywords: v.optional(list(str(LIMITS.label))),
          endDate: maybe(resumeDate()),
        }),
      ),
    ),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    // The profile shows a name: a resume with basics needs one.
    const doc = dataset.value;
    if (isObject(doc) && isObject(doc.basics) && !given(doc.basics.name)) {
      addIssue({ message: 'expected a non-empty string (the profile shows the name)', path: pathOf(doc, ['basics', 'name']) });
    }
  }),
);

// --- The mapping ---

const s = (x: unknown): string => (typeof x === 'string' ? x.trim() : '');
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.map(s).filter(Boolean) : []);
const objects = (x: unknown): Obj[] => (Array.isArray(x) ? x.filter(isObject) : []);
const yearOf = (date: string): number => Number(date.slice(0, 4));

function toProfile(basics: Obj, work: Obj[], projects: Obj[]): Profile {
  const roles = `${work.length} role${work.length === 1 ? '' : 's'}`;
  const made = `${projects.length} project${projects.length === 1 ? '' : 's'}`;
  return {
    name: s(basics.name),
    title: s(basics.label),
    summary: s(basics.summary),
    bootLines: ['Initializing system...', `Loading resume: ${roles}, ${made}...`, 'Runtime ready.'],
    stats: [],
  };
}

function toRecruiter(basics: Obj): Recruiter {
  const links: Link[] = [];
  const add = (label: string, url: string) => {
    if (url && !links.some(l => l.href === url)) links.push({ label, href: url });
  };
  add('Website', s(basics.url) || s(basics.website));
  for (const p of objects(basics.profiles)) add(s(p.network) || s(p.username) || 'Profile', s(p.url));
  // The summary is the pitch too: a page may show the contact panel without the profile.
  const recruiter: Recruiter = { pitch: strings([basics.summary]), links };
  if (s(basics.email)) recruiter.email = s(basics.email);
  return recruiter;
}

function toLog(job: Obj): LogEntry {
  const position = s(job.position);
  const company = s(job.name) || s(job.company);
  const highlights = strings(job.highlights);
  return {
    year: yearOf(s(job.startDate) || s(job.endDate)),
    title: position && company ? `${position} at ${company}` : position || company,
    lines: highlights.length ? highlights : strings([job.summary]),
  };
}

function toModules(projects: Obj[]): RuntimeModule[] {
  const used = new Set<string>();
  return projects.map((p, i) => {
    const name = s(p.name);
    // A readable, unique id from the name (modules are keyed by id).
    const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, LIMITS.id - 4) || `project-${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const keywords = strings(p.keywords);
    return {
      id,
      name,
      status: s(p.endDate) ? 'shipped' : 'active',
      pipeline: keywords.length ? keywords : [name],
      problem: '',
      solution: s(p.description),
      impact: '',
      metrics: strings(p.highlights),
    };
  });
}

/**
 * Maps a JSON Resume document to a content document (see the table above).
 * Total: never throws, whatever it is given; fields of the wrong type are
 * skipped. Kit keys in the document are kept and win. Run the result through
 * `validateContent` (which also checks the resume's own fields) before use.
 */
export function fromJsonResume(doc: unknown): ContentDocument {
  if (!isObject(doc)) return {};
  const out: ContentDocument = {};
  const work = objects(doc.work);
  const projects = objects(doc.projects);
  if (isObject(doc.basics)) {
    out.profile = toProfile(doc.basics, work, projects);
    out.recruiter = toRecruiter(doc.basics);
  }
  if (Array.isArray(doc.work)) out.logs = work.map(toLog);
  if (Array.isArray(doc.projects)) out.modules = toModules(projects);
  for (const key of CONTENT_KEYS) if (doc[key] !== undefined) (out as Obj)[key] = doc[key];
  return out;
}

/** The kit keys of a document that is a JSON Resume (checked as kit content, at their own paths). */
export function kitPart(doc: Obj): Obj {
  return Object.fromEntries(CONTENT_KEYS.filter(key => doc[key] !== undefined).map(key => [key, doc[key]]));
}

