// Plain text with blank-line paragraphs, rendered escaped (for admin-edited site texts).
export function Prose({ text }: { text: string }) {
  return (
    <div class="prose">
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
