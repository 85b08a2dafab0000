// The admin panels' inline styles, on Payload's theme variables so that they follow its light and dark themes.
import type React from 'react'

/** A text input or select outside Payload's own fields. */
export const inputStyle: React.CSSProperties = {
  background: 'var(--theme-input-bg)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  color: 'var(--theme-elevation-800)',
  fontSize: 'inherit',
  padding: '8px 12px',
}

/** A table cell of a panel's tables. */
export const cellStyle: React.CSSProperties = {
  borderTop: '1px solid var(--theme-elevation-150)',
  padding: '6px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
}
