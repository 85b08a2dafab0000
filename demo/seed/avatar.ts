import sharp from 'sharp'

const palette = ['#1d4ed8', '#7c3aed', '#be123c', '#047857', '#b45309', '#0e7490', '#4338ca', '#9d174d']

/** A generated 512×512 PNG with the person's initials: the demo has no real photos. */
export async function initialsAvatar(name: string): Promise<Buffer> {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .filter((letter) => /[A-Z]/.test(letter))
    .slice(0, 2)
    .join('')
  let hash = 0
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  const color = palette[hash % palette.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512">
  <rect width="512" height="512" fill="${color}"/>
  <text x="50%" y="50%" dy=".35em" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif"
    font-size="200" font-weight="700" fill="#ffffff">${initials}</text>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
