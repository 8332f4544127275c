// Splits HTML into start tags, end tags and text, reporting what a browser would silently repair:
// duplicate or malformed attributes, unterminated tags and comments, a raw "<" in text.
export interface StartTag {
  kind: "start";
  name: string;
  attrs: Map<string, string>;
  selfClosing: boolean;
}
export type HtmlToken =
  | StartTag
  | { kind: "end"; name: string }
  | { kind: "text"; text: string }
  | { kind: "problem"; message: string };

/** Their content is text up to the matching end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  const text = (end: number) => {
    const chunk = html.slice(i, end);
    if (chunk) tokens.push({ kind: "text", text: chunk });
    i = end;
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text(html.length);
      break;
    }
    text(lt);
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end < 0) {
        tokens.push({ kind: "problem", message: "an unterminated comment" });
        break;
      }
      i = end + 3;
    } else if (/^<!doctype/i.test(html.slice(i, i + 9))) {
      i = html.indexOf(">", i) + 1 || html.length;
    } else if (/^<\/[a-zA-Z]/.test(html.slice(i, i + 3))) {
      const match = /^<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/.exec(html.slice(i));
      if (!match) {
        tokens.push({ kind: "problem", message: `a malformed end tag near "${html.slice(i, i + 30)}"` });
        i += 2;
        continue;
      }
      tokens.push({ kind: "end", name: match[1]!.toLowerCase() });
      i += match[0].length;
    } else if (/^<[a-zA-Z]/.test(html.slice(i, i + 2))) {
      const tag = readStartTag(html, i, tokens);
      if (!tag) break;
      tokens.push(tag.token);
      i = tag.next;
      if (RAW_TEXT.has(tag.token.name) && !tag.token.selfClosing) {
        const close = html.toLowerCase().indexOf(`</${tag.token.name}`, i);
        if (close < 0) {
          tokens.push({ kind: "problem", message: `<${tag.token.name}> is never closed` });
          break;
        }
        text(close);
      }
    } else {
      tokens.push({ kind: "problem", message: `a raw "<" in text near "${html.slice(i, i + 30)}"` });
      i += 1;
    }
  }
  return tokens;
}

function readStartTag(html: string, start: number, tokens: HtmlToken[]): { token: StartTag; next: number } | null {
  const nameMatch = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start, start + 40))!;
  const token: StartTag = { kind: "start", name: nameMatch[1]!.toLowerCase(), attrs: new Map(), selfClosing: false };
  let i = start + nameMatch[0].length;
  const problem = (message: string) => tokens.push({ kind: "problem", message: `${message} in <${token.name}>` });
  for (;;) {
    const hadSpace = /\s/.test(html[i] ?? "");
    while (/\s/.test(html[i] ?? "")) i++;
    if (i >= html.length) {
      problem("an unterminated tag");
      return null;
    }
    if (html.startsWith("/>", i)) {
      token.selfClosing = true;
      return { token, next: i + 2 };
    }
    if (html[i] === ">") return { token, next: i + 1 };
    if (!hadSpace) problem("attributes without a space between them");
    const nameMatch = /^[^\s"'>/=<]+/.exec(html.slice(i, i + 200));
    if (!nameMatch) {
      problem(`an unexpected "${html[i]}"`);
      i++;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    i += nameMatch[0].length;
    let value = "";
    let afterName = i;
    while (/\s/.test(html[afterName] ?? "")) afterName++;
    if (html[afterName] === "=") {
      i = afterName + 1;
      while (/\s/.test(html[i] ?? "")) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        if (end < 0) {
          problem("an unterminated attribute value");
          return null;
        }
        value = html.slice(i + 1, end);
        i = end + 1;
      } else {
        const bare = /^[^\s>]*/.exec(html.slice(i))![0];
        if (/["'=<`]/.test(bare) || !bare) problem(`a malformed unquoted value for ${name}`);
        value = bare;
        i += bare.length;
      }
    }
    if (token.attrs.has(name)) problem(`a duplicate attribute ${name}`);
    token.attrs.set(name, decodeEntities(value));
  }
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[lower]!;
  });
}
