/** A template cut at its {name} placeholders once: [text, name, text, …, text]. Every finding fills one. */
const compiled = new Map<string, string[]>();

/** Fill {name} placeholders; an unknown placeholder stays visible so a typo in a rule file shows. */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in vars ? String(vars[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}
