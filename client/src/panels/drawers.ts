/** At tablet width the side panels become drawers opened from the header. */
export function installDrawers(pairs: [HTMLButtonElement, HTMLElement][]): void {
  for (const [button, panel] of pairs) {
    button.setAttribute('aria-controls', panel.id);
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => {
      const open = !panel.classList.contains('open');
      for (const [b, p] of pairs) {
        p.classList.remove('open');
        b.setAttribute('aria-expanded', 'false');
      }
      panel.classList.toggle('open', open);
      button.setAttribute('aria-expanded', String(open));
      if (open) panel.querySelector<HTMLElement>('button, input, select, a')?.focus();
    });
  }
}
