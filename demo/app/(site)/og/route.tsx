// The generated social card (1200×630 PNG) for pages without an image of their own.
import { ImageResponse } from 'next/og'

const clip = (value: null | string, length: number) => (value ?? '').slice(0, length)

export function GET(request: Request): ImageResponse {
  const params = new URL(request.url).searchParams
  const title = clip(params.get('title'), 100) || 'talk-notes'
  const leader = clip(params.get('leader'), 100)
  const description = clip(params.get('description'), 200)
  return new ImageResponse(
    (
      <div
        style={{
          background: '#0f172a',
          color: '#f8fafc',
          display: 'flex',
          flexDirection: 'column',
          height: '100%',
          justifyContent: 'space-between',
          padding: 72,
          width: '100%',
        }}
      >
        <div style={{ color: '#93c5fd', display: 'flex', fontSize: 32 }}>{leader || 'talk-notes'}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
          {description ? (
            <div style={{ color: '#cbd5e1', display: 'flex', fontSize: 30, marginTop: 28 }}>{description}</div>
          ) : null}
        </div>
      </div>
    ),
    { headers: { 'Cache-Control': 'public, max-age=86400' }, height: 630, width: 1200 },
  )
}
