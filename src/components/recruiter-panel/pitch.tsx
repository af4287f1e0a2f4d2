/**
 * The pitch column's body under the section intro: who, the pitch with its
 * highlighted phrases (each a `highlight` part, its stroke drawn by CSS), and the links.
 */
import { FunctionalComponent, h } from '@stencil/core';
import type { Profile, Recruiter } from '../../data/types';
import { safeHref } from '../../data/links';
import { mailtoAddress } from './delivery';
import { splitHighlights } from './highlights';

export const Pitch: FunctionalComponent<{ profile: Profile; recruiter: Recruiter; email?: string }> = ({ profile, recruiter, email }) => [
  <p class="identity" part="identity">
    <span class="name">{profile.name}</span>
    {profile.title ? <span class="role">{profile.title}</span> : null}
  </p>,
  recruiter.pitch.map(text => (
    <p class="pitch-line">
      {splitHighlights(text, recruiter.highlights).map(s => (s.mark ? <span class="hl" part="highlight">{s.text}</span> : s.text))}
    </p>
  )),
  recruiter.links?.length || email ? (
    <ul class="links" part="links">
      {(recruiter.links ?? []).map(link => {
        const href = safeHref(link.href);
        return <li>{href ? <a href={href} rel="noopener noreferrer">{link.label}</a> : <span>{link.label}</span>}</li>;
      })}
      {email ? (
        <li>
          <a href={safeHref(mailtoAddress(email))}>{email}</a>
        </li>
      ) : null}
    </ul>
  ) : null,
];
