// Plain text with blank-line paragraphs, rendered escaped (for admin-edited site texts).
// `lang` marks text written in another language than the page (see user-text.tsx).
export function Prose({ text, lang }: { text: string; lang?: string }) {
  return (
    <div class="prose" lang={lang}>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p class="utrecht-paragraph">{p}</p>
        ))}
    </div>
  );
}
