'use client'
// In the admin's live preview, re-renders the page (server-side, from the latest draft) whenever
// the editor's document is saved or autosaved: the admin posts a 'payload-document-event' message.
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

export function RefreshOnSave({ adminOrigin }: { adminOrigin: string }) {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== adminOrigin) return
      if ((event.data as { type?: string } | null)?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [adminOrigin, router])
  return null
}
