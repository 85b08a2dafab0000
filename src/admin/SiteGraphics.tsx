'use client'
// The site's name and logo in the admin, as Payload's `admin.components.graphics`: the logo on the
// sign-in screen, a compact mark in the navigation. Both get the sanitized `branding` option.
import React from 'react'

import type { SanitizedBranding } from '../types.ts'

import { initialsOf } from '../formats/text.ts'

export interface SiteGraphicsProps {
  branding: SanitizedBranding
}

/** The site's initials on its accent colour, in the text colour that contrasts with it; named when nothing beside it is. */
function Mark({ branding, named, size }: { branding: SanitizedBranding; named: boolean; size: number }) {
  return (
    <span
      {...(named ? { 'aria-label': branding.siteName, role: 'img', title: branding.siteName } : { 'aria-hidden': true })}
      style={{
        alignItems: 'center',
        background: branding.accentColor,
        borderRadius: Math.round(size / 5),
        color: branding.accentContrast,
        display: 'inline-flex',
        flex: 'none',
        fontSize: Math.round(size * 0.45),
        fontWeight: 700,
        height: size,
        justifyContent: 'center',
        letterSpacing: 0,
        lineHeight: 1,
        width: size,
      }}
    >
      {initialsOf(branding.siteName)}
    </span>
  )
}

/** The sign-in screen's logo: the logo image (else the mark) and the site's name beside it. */
export function SiteLogo({ branding }: SiteGraphicsProps) {
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 12 }}>
      {branding.logo ? (
        // The name is written beside it, so the image itself says nothing more to a screen reader.
        <img alt="" src={branding.logo.url} style={{ display: 'block', height: 48, maxWidth: 160, objectFit: 'contain' }} />
      ) : (
        <Mark branding={branding} named={false} size={48} />
      )}
      <span style={{ color: 'var(--theme-text)', fontSize: 28, fontWeight: 600, lineHeight: 1.2 }}>{branding.siteName}</span>
    </span>
  )
}

/** The navigation's icon, in the small square Payload gives it: the logo when there is one, else the mark. */
export function SiteIcon({ branding }: SiteGraphicsProps) {
  if (branding.logo) {
    return <img alt={branding.logo.alt} height={18} src={branding.logo.url} style={{ display: 'block', objectFit: 'contain' }} width={18} />
  }
  return <Mark branding={branding} named size={18} />
}
