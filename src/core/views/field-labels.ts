// The visible label of every field in a form, read from the form's own elements, so the error
// summary can say "E-mailadres: vul dit veld in" without each page repeating its labels.
// Fields are found by the id convention of forms.tsx: <label for="field-NAME"> for one input,
// <fieldset id="field-NAME"> with a <legend> for a group. Our components are pure functions of
// their props (no hooks), so expanding them here is safe; it only happens on a form with errors.
import { type ComponentChildren, isValidElement, type VNode } from "preact";

type Props = Record<string, unknown> & { children?: ComponentChildren };

/** The text inside elements, without tags ("Postcode <span>(niet verplicht)</span>" → both parts). */
function textOf(node: ComponentChildren): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (!isValidElement(node)) return "";
  const vnode = node as VNode<Props>;
  return typeof vnode.type === "function" ? textOf(expand(vnode)) : textOf(vnode.props.children);
}

function expand(vnode: VNode<Props>): ComponentChildren {
  const component = vnode.type as (props: Props) => ComponentChildren;
  // Class components (none in this project) would need an instance: skip rather than guess.
  if ((component as { prototype?: { render?: unknown } }).prototype?.render) return null;
  return component(vnode.props);
}

function legendOf(children: ComponentChildren): string | null {
  const list = Array.isArray(children) ? children.flat(Infinity) : [children];
  for (const child of list) {
    if (isValidElement(child) && (child as VNode).type === "legend")
      return textOf((child as VNode<Props>).props.children);
  }
  return null;
}

export function collectFieldLabels(node: ComponentChildren, into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(node)) {
    for (const child of node) collectFieldLabels(child, into);
    return into;
  }
  if (!isValidElement(node)) return into;
  const vnode = node as VNode<Props>;
  if (typeof vnode.type === "function") return collectFieldLabels(expand(vnode), into);
  const props = vnode.props;
  if (vnode.type === "label" && typeof props.for === "string" && props.for.startsWith("field-")) {
    const name = props.for.slice("field-".length);
    if (!into.has(name)) into.set(name, textOf(props.children).trim());
  }
  if (vnode.type === "fieldset" && typeof props.id === "string" && props.id.startsWith("field-")) {
    const legend = legendOf(props.children);
    if (legend) into.set(props.id.slice("field-".length), legend.trim());
  }
  return collectFieldLabels(props.children, into);
}

/** "E-mailadres" + "Vul dit veld in." → "E-mailadres: vul dit veld in." (an initial capital of a
 *  word is lowered after the colon, "U koos…" too, but not "EUR…"). A label that is
 *  a question keeps its question mark and no colon: "Kan het? Kies een antwoord." */
export function labelledMessage(label: string | undefined, message: string): string {
  const name = label?.trim().replace(/:$/u, "");
  if (!name) return message;
  if (name.endsWith("?")) return `${name} ${message}`;
  const body = /^\p{Lu}(?!\p{Lu})/u.test(message) ? message[0]!.toLowerCase() + message.slice(1) : message;
  return `${name}: ${body}`;
}
