// A generated social card (1200×630) for pages without an image of their own, drawn by the
// site's /og route from a title, a leader line and a description.
export function generatedSocialImage(title: string, leader?: string, description?: string) {
  const query = new URLSearchParams({ title: title.slice(0, 100) })
  if (leader) query.set('leader', leader.slice(0, 100))
  if (description) query.set('description', description.slice(0, 200))
  return { alt: title, height: 630, url: `/og?${query.toString()}`, width: 1200 }
}
