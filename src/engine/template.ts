/** Each template split once into literal text (even indexes) and placeholder names (odd indexes). */
const compiled = new Map<string, string[]>();

/** Fill {name} placeholders; an unknown placeholder stays visible so a typo in a rule file shows. */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (parts[i] in vars ? String(vars[parts[i]]) : `{${parts[i]}}`) + parts[i + 1];
  return out;
}
