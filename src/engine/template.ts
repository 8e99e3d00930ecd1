/** Fill {name} placeholders; an unknown placeholder stays visible so a typo in a rule file shows. */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}
