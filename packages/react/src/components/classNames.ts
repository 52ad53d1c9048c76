/** The elements a theme can target; each always has its `pb-…` class, plus the one given here. */
export type PatchbayClassNames = Partial<
  Record<
    | 'root'
    | 'list'
    | 'item'
    | 'icon'
    | 'name'
    | 'description'
    | 'status'
    | 'actions'
    | 'button'
    | 'secondaryButton'
    | 'message'
    | 'overlay'
    | 'dialog'
    | 'form'
    | 'field'
    | 'label'
    | 'input'
    | 'error',
    string
  >
>;

export function classes(base: string, extra: string | undefined): string {
  return extra ? `${base} ${extra}` : base;
}
